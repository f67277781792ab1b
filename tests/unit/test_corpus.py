"""Everything across briefings, from hand-made briefings: index, related briefings, sources, graph."""

from __future__ import annotations

from briefings.corpus import Corpus, co_occurrence_graph
from briefings.corpus.graph import stroke_width

from ..factories import briefing, claim, mention, source


def _about(slug: str, names: list[str], *, date: str | None = None):  # type: ignore[no-untyped-def]
    text = " et ".join(names) + "."
    return briefing(slug, text, mentions=[mention(text, n, "PER", n.lower()) for n in names], date=date)


def test_briefings_are_newest_first_and_entities_gather_every_mention() -> None:
    corpus = Corpus.build(
        [_about("old", ["Alice", "Bob"], date="2012-01-01"), _about("new", ["Alice"], date="2013-01-01")]
    )
    assert [b.slug for b in corpus.briefings] == ["new", "old"]
    assert sorted(corpus.entities) == ["alice", "bob"]
    assert [ref.briefing.slug for ref in corpus.mentions["alice"]] == ["new", "old"]
    assert [(b.slug, len(refs)) for b, refs in corpus.briefings_of("alice")] == [("new", 1), ("old", 1)]


def test_related_briefings_share_rare_entities_and_never_the_briefing_itself() -> None:
    corpus = Corpus.build(
        [
            _about("a", ["Alice", "Bob", "Carol"]),
            _about("b", ["Alice", "Bob"]),
            _about("c", ["Carol"]),
            _about("d", ["Dan"]),
        ]
    )
    a = next(b for b in corpus.briefings if b.slug == "a")
    related = corpus.related(a, limit=5)
    assert [r.briefing.slug for r in related] == ["b", "c"]  # two shared names rank above one
    assert [e.id for e in related[0].shared] == ["alice", "bob"]
    assert corpus.related(next(b for b in corpus.briefings if b.slug == "d")) == []


def test_sources_gather_their_claims_across_briefings_by_kind() -> None:
    text = "Reuters a affirmé que tout va bien."
    agency = source("Reuters", "news_agency")
    corpus = Corpus.build(
        [briefing(slug, text, claims=[claim(text, "tout va bien", agency)]) for slug in ("a", "b")]
    )
    record = corpus.sources["reuters"]
    assert record.briefing_count == 2 and record.stances() == [("asserts", 2)]
    assert [(kind, [r.source.id for r in records]) for kind, records in corpus.sources_by_kind()] == [
        ("news_agency", ["reuters"])
    ]


def test_the_graph_keeps_the_most_frequent_entities_and_is_laid_out_the_same_every_time() -> None:
    corpus = Corpus.build(
        [_about("a", ["Alice", "Bob"]), _about("b", ["Alice", "Bob", "Carol"]), _about("c", ["Dan"])]
    )
    graph = co_occurrence_graph(corpus, max_nodes=3)
    assert len(graph.nodes) == 3 and {"alice", "bob"} <= {n.id for n in graph.nodes}
    weights = {(e.source.id, e.target.id): e.weight for e in graph.edges}
    assert weights[("alice", "bob")] == 2 or weights[("bob", "alice")] == 2
    again = co_occurrence_graph(corpus, max_nodes=3)
    assert [(n.id, n.x, n.y) for n in again.nodes] == [(n.id, n.x, n.y) for n in graph.nodes]
    assert all(0 <= n.x <= graph.width and 0 <= n.y <= graph.height for n in graph.nodes)


def test_graph_edges_are_one_path_for_each_width_thinnest_first() -> None:
    """Every edge is drawn once, from its source's centre to its target's, with the width its
    weight gives it; pieces of the same width share a path."""
    corpus = Corpus.build(
        [_about("a", ["Alice", "Bob"]), _about("b", ["Alice", "Bob", "Carol"]), _about("c", ["Dan", "Carol"])]
    )
    graph = co_occurrence_graph(corpus, max_nodes=4)
    paths = graph.edge_paths()
    assert [width for width, _ in paths] == sorted({stroke_width(e.weight) for e in graph.edges})
    assert stroke_width(1) == 1.2 and stroke_width(2) == 1.8 and stroke_width(50) == 5.0
    drawn = sorted(piece for width, path in paths for piece in path.split("M")[1:])
    expected = sorted(f"{e.source.x:g} {e.source.y:g}L{e.target.x:g} {e.target.y:g}" for e in graph.edges)
    assert drawn == expected and len(drawn) == len(graph.edges) == 4  # a-b, a-c, b-c, c-d
