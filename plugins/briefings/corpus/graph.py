"""The entity co-occurrence graph, laid out here so the page is plain SVG with no script."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

from .index import Corpus

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    label: str
    briefings: int
    x: float
    y: float
    radius: float
    #: where its name is written (the middle of the text's baseline); `named`: written at all,
    #: else shown on hover and focus only (there was no room for it)
    label_x: float = 0.0
    label_y: float = 0.0
    named: bool = True


@dataclass(frozen=True)
class Edge:
    source: Node
    target: Node
    weight: int


@dataclass(frozen=True)
class Graph:
    nodes: list[Node]
    edges: list[Edge]
    width: int
    height: int
    #: the size of its names, in the units of its picture (`width` × `height`)
    font_size: float = 11.0

    def edge_paths(self) -> list[tuple[float, str]]:
        """Its edges as SVG path data, one path for each stroke width, thinnest first (drawn
        below the thicker ones): a path of `M x y L x y` pieces is a third of the bytes of as
        many `<line>` elements, and an entity page carries two graphs."""
        pieces: dict[float, list[str]] = {}
        for edge in self.edges:
            start, end = edge.source, edge.target
            piece = (
                f"M{_svg_number(start.x)} {_svg_number(start.y)}L{_svg_number(end.x)} {_svg_number(end.y)}"
            )
            pieces.setdefault(stroke_width(edge.weight), []).append(piece)
        return [(width, "".join(pieces[width])) for width in sorted(pieces)]


def stroke_width(weight: int) -> float:
    """An edge's width: the briefings its two entities share, thicker up to a limit."""
    return round(min(0.6 + weight * 0.6, 5.0), 1)


def _svg_number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def co_occurrence_graph(
    corpus: Corpus, *, max_nodes: int = 60, width: int = 960, height: int = 820, iterations: int = 300
) -> Graph:
    """The `max_nodes` entities found in most briefings, linked when they share a briefing,
    laid out (`co_occurrence` and `lay_out`)."""
    chosen, pairs, frequency = co_occurrence(corpus, max_nodes=max_nodes)
    if not chosen:
        return Graph([], [], width, height)
    return lay_out(corpus, chosen, pairs, frequency, width=width, height=height, iterations=iterations)


def co_occurrence(
    corpus: Corpus, *, max_nodes: int = 60
) -> tuple[list[str], Counter[tuple[str, str]], dict[str, int]]:
    """The `max_nodes` entities found in most briefings, the briefings each pair of them shares,
    and each one's briefing count: what the graph page shows (cheap; the layout is `lay_out`'s).

    Entities that share no briefing with another chosen entity are left out: a dot with no line
    tells the reader nothing the entity index does not.
    """
    document_frequency = {e: corpus.briefing_count(e) for e in corpus.mentions}
    ranked = sorted(document_frequency, key=lambda e: (-document_frequency[e], e))[: max_nodes * 2]
    ranked_set = set(ranked)
    pairs: Counter[tuple[str, str]] = Counter()
    for briefing in corpus.briefings:
        present = sorted(e for e in corpus.entity_ids_of(briefing) if e in ranked_set)
        pairs.update(combinations(present, 2))
    # the strongest links first, so that the chosen nodes are connected to one another
    degree: Counter[str] = Counter()
    for (a, b), weight in pairs.items():
        degree[a] += weight
        degree[b] += weight
    chosen = sorted((e for e in ranked if degree[e]), key=lambda e: (-document_frequency[e], -degree[e], e))[
        :max_nodes
    ]
    chosen_set = set(chosen)
    pairs = Counter({pair: w for pair, w in pairs.items() if pair[0] in chosen_set and pair[1] in chosen_set})
    return chosen, pairs, {e: document_frequency[e] for e in chosen}


def neighbourhood(
    corpus: Corpus, entity_id: str, *, max_nodes: int = 15
) -> tuple[list[str], Counter[tuple[str, str]], dict[str, int]]:
    """An entity and the entities most often in its briefings (`max_nodes` in all), with the
    briefings each pair shares and each one's briefing count: what its graph shows (cheap; the
    layout is `lay_out`'s)."""
    chosen = [entity_id] + [other.id for other, _ in corpus.co_occurring(entity_id, limit=max_nodes - 1)]
    chosen_set = set(chosen)
    pairs: Counter[tuple[str, str]] = Counter()
    for briefing in corpus.briefings_of(entity_id):
        present = sorted(e for e in corpus.entity_ids_of(briefing[0]) if e in chosen_set)
        pairs.update(combinations(present, 2))
    frequency = {e: corpus.briefing_count(e) for e in chosen}
    return chosen, pairs, frequency


def lay_out(
    corpus: Corpus,
    chosen: list[str],
    pairs: Counter[tuple[str, str]],
    frequency: dict[str, int],
    *,
    width: int = 960,
    height: int = 820,
    iterations: int = 300,
    font_size: float = 11.0,
    margin: tuple[float, float] = (110.0, 40.0),
) -> Graph:
    """`chosen` entities placed: each connected group in a region of its own (the largest on
    top, small ones side by side under it), then every name, `font_size` high, where it overlaps
    no other name and no circle. `margin` keeps the circles off the edges (room for names).

    A picture narrower than 640 has smaller circles: a phone shows one at about its own size
    (`lay_out_narrow`)."""
    return lay_out_all(
        corpus,
        [(chosen, pairs, frequency)],
        width=width,
        height=height,
        iterations=iterations,
        font_size=font_size,
        margin=margin,
    )[0]


def lay_out_all(
    corpus: Corpus,
    graphs: Sequence[tuple[list[str], Counter[tuple[str, str]], dict[str, int]]],
    *,
    width: int = 960,
    height: int = 820,
    iterations: int = 300,
    font_size: float = 11.0,
    margin: tuple[float, float] = (110.0, 40.0),
) -> list[Graph]:
    """Several graphs (`chosen`, `pairs`, `frequency`), each as `lay_out` lays it out, in one go:
    the force layouts of groups of the same size in the same frame are computed together, one
    array operation for all of them rather than one each. A cold build lays out an entity page's
    graph for every entity, most of them 15 entities, and a layout of 15 is mostly overhead.
    The places are the same as one at a time: each group's arithmetic is unchanged."""
    regions = [_regions(chosen, pairs, width, height, iterations, margin) for chosen, pairs, _ in graphs]
    laid = _lay_out_regions([region for own in regions for region in own])
    result = []
    for (chosen, pairs, frequency), own in zip(graphs, regions, strict=True):
        positions = _positions(len(chosen), own, [next(laid) for _ in own])
        result.append(_draw(corpus, chosen, pairs, frequency, positions, width, height, font_size))
    return result


def lay_out_narrow(
    corpus: Corpus,
    chosen: list[str],
    pairs: Counter[tuple[str, str]],
    frequency: dict[str, int],
    *,
    height: int,
    iterations: int = 300,
    like: Graph | None = None,
) -> Graph:
    """The same graph as a phone shows it: about as wide as a phone's page (360), so that its
    names are drawn at about their own size, 12 px; a 960-wide picture on a 390 px screen would
    shrink them to 4. Fewer names fit: the others show on focus, as in the wide one.

    With `like` (the wide graph of the same entities), its places are reused, stretched to the
    narrow picture, instead of a layout of its own: an entity page's graph costs one layout."""
    width, font_size, margin = 360, 12.0, (36.0, 24.0)
    if like is None:
        return lay_out(
            corpus,
            chosen,
            pairs,
            frequency,
            width=width,
            height=height,
            iterations=iterations,
            font_size=font_size,
            margin=margin,
        )
    import numpy as np  # only when a graph is laid out: a build from the cache never is

    at = {node.id: (node.x, node.y) for node in like.nodes}
    wide = np.array([at[entity_id] for entity_id in chosen], dtype=float)
    low, high = wide.min(axis=0), wide.max(axis=0)
    span = np.maximum(high - low, 1e-9)
    inner = np.array([width, height], dtype=float) - 2 * np.array(margin)
    positions = np.array(margin) + np.where(high - low > 1.0, (wide - low) / span * inner, inner / 2)
    return _draw(corpus, chosen, pairs, frequency, positions, width, height, font_size)


def _draw(
    corpus: Corpus,
    chosen: list[str],
    pairs: Counter[tuple[str, str]],
    frequency: dict[str, int],
    positions: np.ndarray,
    width: int,
    height: int,
    font_size: float,
) -> Graph:
    """The graph of `chosen` entities at `positions`: circles by briefing count, names placed."""
    largest = max(frequency[e] for e in chosen)
    spread = 15 * min(1.0, width / 640)
    radii = [round(5 + spread * math.sqrt(frequency[e] / largest), 1) for e in chosen]
    xy = [(round(float(positions[i][0]), 1), round(float(positions[i][1]), 1)) for i in range(len(chosen))]
    names = [corpus.entities[e].name for e in chosen]
    frequencies = [frequency[e] for e in chosen]
    labels = _place_labels(names, xy, radii, width, height, frequency=frequencies, font_size=font_size)
    nodes = {
        entity_id: Node(
            id=entity_id,
            name=names[i],
            label=corpus.entities[entity_id].label,
            briefings=frequency[entity_id],
            x=xy[i][0],
            y=xy[i][1],
            radius=radii[i],
            label_x=labels[i][0],
            label_y=labels[i][1],
            named=labels[i][2],
        )
        for i, entity_id in enumerate(chosen)
    }
    edges = [Edge(nodes[a], nodes[b], weight) for (a, b), weight in sorted(pairs.items())]
    return Graph(list(nodes.values()), edges, width, height, font_size)


#: Room a name takes, per unit of font size: generous, so that the browser's text fits.
CHAR_WIDTH = 6.8 / 11
LINE_HEIGHT = 14.0 / 11
#: Names written at most, most frequent first: the others show on hover and focus.
MAX_NAMED = 30


def _place_labels(
    names: list[str],
    xy: list[tuple[float, float]],
    radii: list[float],
    width: int,
    height: int,
    *,
    frequency: list[int],
    font_size: float = 11.0,
) -> list[tuple[float, float, bool]]:
    """(x, y, named) of each name: below its circle, else above, right or left of it, where it
    overlaps no written name and no circle; a name with no such place is left to hover."""
    em = font_size / 11  # the offsets below are for 11-unit names
    line = LINE_HEIGHT * font_size
    boxes: list[tuple[float, float, float, float]] = [
        (x - r, y - r, x + r, y + r) for (x, y), r in zip(xy, radii, strict=True)
    ]
    placed: list[tuple[float, float, float, float]] = []
    result: list[tuple[float, float, bool]] = [
        (x, round(y + r + 11 * em, 1), False) for (x, y), r in zip(xy, radii, strict=True)
    ]
    order = sorted(range(len(names)), key=lambda i: (-frequency[i], names[i]))
    for rank, i in enumerate(order):
        x, y = xy[i]
        r = radii[i]
        w = CHAR_WIDTH * font_size * len(names[i]) + 4 * em
        candidates = [
            (x, y + r + 11 * em),  # below
            (x, y - r - 4 * em),  # above
            (x + r + 3 * em + w / 2, y + 4 * em),  # right
            (x - r - 3 * em - w / 2, y + 4 * em),  # left
            (x, y + r + 11 * em + line),  # further below
            (x, y - r - 4 * em - line),  # further above
        ]
        for cx, cy in candidates if rank < MAX_NAMED else []:
            box = (cx - w / 2, cy - line + 3 * em, cx + w / 2, cy + 3 * em)
            inside = box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= height
            circles = [b for j, b in enumerate(boxes) if j != i]
            if inside and not any(_overlap(box, other) for other in placed + circles):
                placed.append(box)
                result[i] = (round(cx, 1), round(cy, 1), True)
                break
    return result


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _components(ids: list[str], pairs: Counter[tuple[str, str]]) -> list[list[int]]:
    """Groups of connected nodes (indices), the largest first."""
    index = {entity_id: i for i, entity_id in enumerate(ids)}
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        parent[root(index[a])] = root(index[b])
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda group: (-len(group), group[0]))


@dataclass(frozen=True)
class _Region:
    """A connected group of a graph and the part of the picture it is laid out in."""

    #: the group's entities: their indices in the graph's `chosen`, and their ids
    members: list[int]
    ids: list[str]
    pairs: Counter[tuple[str, str]]
    origin: tuple[float, float]
    width: int
    height: int
    iterations: int
    margin: tuple[float, float]


def _regions(
    ids: list[str],
    pairs: Counter[tuple[str, str]],
    width: int,
    height: int,
    iterations: int,
    margin: tuple[float, float],
) -> list[_Region]:
    """The largest group laid out on top, the small ones side by side in a band under it: no
    group floats apart from the rest."""
    groups = _components(ids, pairs)
    if len(groups) == 1:
        return [_Region(groups[0], ids, pairs, (0.0, 0.0), width, height, iterations, margin)]
    rest = len(ids) - len(groups[0])
    band = min(0.4 * height, max(140.0, height * rest / len(ids)))
    frames = [(0.0, 0.0, float(width), height - band)]
    weights = [max(2, len(group)) for group in groups[1:]]
    left = 0.0
    for weight in weights:
        cell = width * weight / sum(weights)
        frames.append((left, height - band, cell, band))
        left += cell
    regions = []
    for group, (x0, y0, w, h) in zip(groups, frames, strict=True):
        members = [ids[i] for i in group]
        members_set = set(members)
        own = Counter({pair: n for pair, n in pairs.items() if pair[0] in members_set})
        corner = (min(margin[0], w / 4), min(margin[1], h / 4))
        regions.append(_Region(group, members, own, (x0, y0), int(w), int(h), iterations, corner))
    return regions


def _positions(count: int, regions: list[_Region], laid: list[np.ndarray]) -> np.ndarray:
    """A graph's places: each region's layout moved to its part of the picture."""
    import numpy as np

    positions = np.zeros((count, 2))
    for region, places in zip(regions, laid, strict=True):
        positions[region.members] = places + np.array(region.origin)
    return positions


#: Regions laid out together at most: a batch of 15-entity regions is ~4 KB of arrays each.
_BATCH = 512


def _lay_out_regions(regions: list[_Region]) -> Iterator[np.ndarray]:
    """Each region's places, in order: regions with as many entities in frames of one size are
    laid out together (`_layout`)."""
    batches: dict[tuple[Any, ...], list[int]] = {}
    for i, region in enumerate(regions):
        frame = (len(region.ids), region.width, region.height, region.iterations, region.margin)
        batches.setdefault(frame, []).append(i)
    laid: list[Any] = [None] * len(regions)
    for indices in batches.values():
        for start in range(0, len(indices), _BATCH):
            chunk = indices[start : start + _BATCH]
            for i, places in zip(chunk, _layout([regions[i] for i in chunk]), strict=True):
                laid[i] = places
    return iter(laid)


def _layout(regions: list[_Region]) -> list[np.ndarray]:
    """Fruchterman–Reingold force layout with gravity, started from a circle, then enlarged to
    its frame: deterministic. `regions` have as many entities and the same frame; they are laid
    out side by side in the arrays' first axis, each exactly as it would be alone."""
    import numpy as np

    first = regions[0]
    count, width, height, iterations = len(first.ids), first.width, first.height, first.iterations
    if count == 1:
        return [np.array([[width / 2, height / 2]]) for _ in regions]
    corner = np.array(first.margin)
    size = np.array([width, height], dtype=float) - 2 * corner
    center = size / 2
    angles = np.linspace(0, 2 * math.pi, count, endpoint=False)
    start = center + np.stack([np.cos(angles), np.sin(angles)], axis=1) * size.min() * 0.4
    position = np.repeat(start[None, :, :], len(regions), axis=0)
    weights = np.zeros((len(regions), count, count))
    for n, region in enumerate(regions):
        index = {entity_id: i for i, entity_id in enumerate(region.ids)}
        for (a, b), weight in region.pairs.items():
            weights[n, index[a], index[b]] = weights[n, index[b], index[a]] = 1 + math.log(weight)
    k = 0.9 * math.sqrt(size[0] * size[1] / count)
    diagonal = np.eye(count, dtype=bool)
    for step in range(iterations):
        temperature = size.min() / 8 * (1 - step / iterations) + 1
        delta = position[:, :, None, :] - position[:, None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=3), 1.0)
        repulsion = k * k / distance**2
        attraction = weights * distance / k
        repulsion[:, diagonal] = 0
        displacement = ((repulsion - attraction)[:, :, :, None] * delta).sum(axis=2)
        displacement += (center - position) * 0.05 * count**0.5  # gravity holds loose groups together
        length = np.maximum(np.linalg.norm(displacement, axis=2), 1e-9)[:, :, None]
        position += displacement / length * np.minimum(length, temperature)
        position = np.clip(position, 0, size)
    laid = []
    for places in position:
        # enlarged to fill its frame, its shape kept: gravity leaves a tight group (a clique) in
        # the middle, with room for few names around it
        low, high = places.min(axis=0), places.max(axis=0)
        span = high - low
        if (span > 1.0).any():
            scale = min(size[axis] / span[axis] for axis in (0, 1) if span[axis] > 1.0)
            places = (places - (low + high) / 2) * scale + size / 2
        laid.append(corner + places)
    return laid
