"""The entity co-occurrence graph, laid out here so the page is plain SVG with no script."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from .index import Corpus


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    label: str
    briefings: int
    x: float
    y: float
    radius: float


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


def co_occurrence_graph(
    corpus: Corpus, *, max_nodes: int = 60, width: int = 960, height: int = 820, iterations: int = 300
) -> Graph:
    """The `max_nodes` entities found in most briefings, linked when they share a briefing.

    Entities that share no briefing with another chosen entity are left out: a dot with no line
    tells the reader nothing the entity index does not.
    """
    document_frequency = {e: len({r.briefing.slug for r in refs}) for e, refs in corpus.mentions.items()}
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
    if not chosen:
        return Graph([], [], width, height)
    positions = _layout(chosen, pairs, width, height, iterations)
    largest = max(document_frequency[e] for e in chosen)
    nodes = {
        entity_id: Node(
            id=entity_id,
            name=corpus.entities[entity_id].name,
            label=corpus.entities[entity_id].label,
            briefings=document_frequency[entity_id],
            x=round(float(positions[i][0]), 1),
            y=round(float(positions[i][1]), 1),
            radius=round(5 + 15 * math.sqrt(document_frequency[entity_id] / largest), 1),
        )
        for i, entity_id in enumerate(chosen)
    }
    edges = [Edge(nodes[a], nodes[b], weight) for (a, b), weight in sorted(pairs.items())]
    return Graph(list(nodes.values()), edges, width, height)


def _layout(
    ids: list[str], pairs: Counter[tuple[str, str]], width: int, height: int, iterations: int
) -> np.ndarray:
    """Fruchterman–Reingold force layout with gravity, started from a circle: deterministic."""
    count = len(ids)
    index = {entity_id: i for i, entity_id in enumerate(ids)}
    margin = np.array([110.0, 40.0])
    size = np.array([width, height], dtype=float) - 2 * margin
    center = size / 2
    angles = np.linspace(0, 2 * math.pi, count, endpoint=False)
    position = center + np.stack([np.cos(angles), np.sin(angles)], axis=1) * size.min() * 0.4
    weights = np.zeros((count, count))
    for (a, b), weight in pairs.items():
        weights[index[a], index[b]] = weights[index[b], index[a]] = 1 + math.log(weight)
    k = 0.9 * math.sqrt(size[0] * size[1] / count)
    for step in range(iterations):
        temperature = size.min() / 8 * (1 - step / iterations) + 1
        delta = position[:, None, :] - position[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 1.0)
        repulsion = k * k / distance**2
        attraction = weights * distance / k
        np.fill_diagonal(repulsion, 0)
        displacement = ((repulsion - attraction)[:, :, None] * delta).sum(axis=1)
        displacement += (center - position) * 0.05 * count**0.5  # gravity holds loose groups together
        length = np.maximum(np.linalg.norm(displacement, axis=1), 1e-9)[:, None]
        position += displacement / length * np.minimum(length, temperature)
        position = np.clip(position, 0, size)
    return margin + position
