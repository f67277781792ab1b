"""The graphs' layout without a browser: small groups placed under the largest, names where they
overlap nothing, an entity's own neighbourhood."""

from __future__ import annotations

from briefings.corpus import (
    Corpus,
    co_occurrence,
    co_occurrence_graph,
    lay_out,
    lay_out_all,
    lay_out_narrow,
    neighbourhood,
)

from ..factories import briefing, mention


def _about(slug: str, names: list[str]):  # type: ignore[no-untyped-def]
    text = " et ".join(names) + "."
    return briefing(slug, text, mentions=[mention(text, n, "PER", n.lower()) for n in names])


def _corpus() -> Corpus:
    big = ["Alice", "Bob", "Carol", "Dan", "Eve", "Frank"]
    return Corpus.build(
        [
            _about("a", big[:4]),
            _about("b", big[2:]),
            _about("c", big[:2] + big[4:]),
            _about("d", ["Xavier", "Yvonne"]),  # a group of its own
        ]
    )


def test_a_small_group_is_placed_under_the_largest_not_left_floating() -> None:
    graph = co_occurrence_graph(_corpus(), max_nodes=20)
    by_id = {node.id: node for node in graph.nodes}
    assert {"xavier", "yvonne"} <= set(by_id)
    lowest_of_largest = max(node.y for node in graph.nodes if node.id not in ("xavier", "yvonne"))
    assert min(by_id["xavier"].y, by_id["yvonne"].y) > lowest_of_largest
    assert all(0 <= n.x <= graph.width and 0 <= n.y <= graph.height for n in graph.nodes)


def test_written_names_never_overlap() -> None:
    graph = co_occurrence_graph(_corpus(), max_nodes=20)
    boxes = [
        (n.label_x - 3.4 * len(n.name), n.label_y - 11, n.label_x + 3.4 * len(n.name), n.label_y + 3)
        for n in graph.nodes
        if n.named
    ]
    assert len(boxes) == len(graph.nodes)  # room for every name in so small a graph
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_an_entity_neighbourhood_is_itself_and_those_in_its_briefings() -> None:
    corpus = _corpus()
    near, pairs, frequency = neighbourhood(corpus, "alice", max_nodes=4)
    assert near[0] == "alice" and len(near) == 4 and "xavier" not in near
    assert all(a in near and b in near for a, b in pairs)
    graph = lay_out(corpus, near, pairs, frequency, width=640, height=400, iterations=50)
    assert [node.id for node in graph.nodes] == near


def test_a_phone_s_graph_is_drawn_for_its_width_with_larger_names_that_never_overlap() -> None:
    corpus = _corpus()
    chosen, pairs, frequency = co_occurrence(corpus, max_nodes=20)
    graph = lay_out_narrow(corpus, chosen, pairs, frequency, height=400)
    assert (graph.width, graph.font_size) == (360, 12.0)
    assert [node.id for node in graph.nodes] == chosen
    half = 0.62 * graph.font_size / 2  # half the width of a character, about
    boxes = [
        (
            n.label_x - half * len(n.name),
            n.label_y - graph.font_size,
            n.label_x + half * len(n.name),
            n.label_y + 3,
        )
        for n in graph.nodes
        if n.named
    ]
    assert len(boxes) >= 4
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[1] >= 0 and a[2] <= graph.width and a[3] <= graph.height
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    for node in graph.nodes:
        assert node.radius <= node.x <= graph.width - node.radius
        assert node.radius <= node.y <= graph.height - node.radius


def test_a_phone_s_entity_graph_keeps_the_places_of_the_wide_one() -> None:
    corpus = _corpus()
    near, pairs, frequency = neighbourhood(corpus, "alice", max_nodes=6)
    wide = lay_out(corpus, near, pairs, frequency, width=640, height=400, iterations=50)
    narrow = lay_out_narrow(corpus, near, pairs, frequency, height=380, like=wide)
    assert (narrow.width, narrow.height, narrow.font_size) == (360, 380, 12.0)
    assert [node.id for node in narrow.nodes] == [node.id for node in wide.nodes]
    for axis in ("x", "y"):  # stretched, not moved about: the same order along each axis
        order = [n.id for n in sorted(wide.nodes, key=lambda n: (getattr(n, axis), n.id))]
        assert [n.id for n in sorted(narrow.nodes, key=lambda n: (getattr(n, axis), n.id))] == order
    assert all(n.radius <= n.x <= 360 - n.radius and n.radius <= n.y <= 380 - n.radius for n in narrow.nodes)


def test_graphs_laid_out_together_are_placed_as_each_alone() -> None:
    from collections import Counter

    corpus = _corpus()
    four = ["alice", "bob", "carol", "dan"]
    frequency = {entity_id: corpus.briefing_count(entity_id) for entity_id in four}
    shapes = [  # as many entities in the same frame: laid out in one batch
        Counter({("alice", "bob"): 3, ("bob", "carol"): 1, ("carol", "dan"): 1}),  # a path
        Counter({("alice", "bob"): 1, ("alice", "carol"): 1, ("alice", "dan"): 2}),  # a star
        Counter({("alice", "bob"): 1, ("carol", "dan"): 1}),  # two groups
    ]
    graphs = [(four, pairs, frequency) for pairs in shapes]
    graphs += [co_occurrence(corpus, max_nodes=20), neighbourhood(corpus, "xavier")]
    together = lay_out_all(corpus, graphs, width=640, height=400, iterations=150)
    alone = [lay_out(corpus, *graph, width=640, height=400, iterations=150) for graph in graphs]
    assert together == alone
    # the batch did not make the shapes alike: each has places of its own
    assert len({tuple((n.x, n.y) for n in graph.nodes) for graph in together[:3]}) == 3
