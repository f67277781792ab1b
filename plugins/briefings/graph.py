"""The entity co-occurrence graph, laid out here so the page is plain SVG with no script."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from .corpus import Corpus


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
    corpus: Corpus, *, max_nodes: int = 60, width: int = 960, height: int = 720, iterations: int = 300
) -> Graph:
    """The `max_nodes` entities found in most briefings, linked when they share a briefing."""
    document_frequency = {entity_id: len({r.briefing.slug for r in refs}) for entity_id, refs in corpus.mentions.items()}
    chosen = sorted(document_frequency, key=lambda e: (-document_frequency[e], e))[:max_nodes]
    chosen_set = set(chosen)
    pairs: Counter[tuple[str, str]] = Counter()
    for briefing in corpus.briefings:
        present = sorted(e for e in corpus.entity_ids_of(briefing) if e in chosen_set)
        pairs.update(combinations(present, 2))
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
            radius=round(5 + 17 * math.sqrt(document_frequency[entity_id] / largest), 1),
        )
        for i, entity_id in enumerate(chosen)
    }
    edges = [Edge(nodes[a], nodes[b], weight) for (a, b), weight in sorted(pairs.items())]
    return Graph(list(nodes.values()), edges, width, height)


def _layout(
    ids: list[str], pairs: Counter[tuple[str, str]], width: int, height: int, iterations: int
) -> np.ndarray:
    """Fruchterman–Reingold force layout, started from a circle: deterministic for equal input."""
    count = len(ids)
    index = {entity_id: i for i, entity_id in enumerate(ids)}
    angles = np.linspace(0, 2 * math.pi, count, endpoint=False)
    position = np.stack([np.cos(angles), np.sin(angles)], axis=1) * min(width, height) * 0.35
    weights = np.zeros((count, count))
    for (a, b), weight in pairs.items():
        weights[index[a], index[b]] = weights[index[b], index[a]] = math.log1p(weight)
    k = math.sqrt(width * height / max(count, 1)) * 0.6
    temperature = width / 10
    for _ in range(iterations):
        delta = position[:, None, :] - position[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 0.01)
        force = (k * k / distance**2 - weights * distance / k)[:, :, None] * delta
        displacement = force.sum(axis=1)
        displacement -= position * 0.02  # a little gravity keeps loose nodes in the frame
        length = np.maximum(np.linalg.norm(displacement, axis=1), 0.01)[:, None]
        position += displacement / length * np.minimum(length, temperature)
        temperature *= 0.985
    # fit into the frame with a margin for labels
    low, high = position.min(axis=0), position.max(axis=0)
    span = np.maximum(high - low, 1e-6)
    margin = np.array([90.0, 40.0])
    return margin + (position - low) / span * (np.array([width, height]) - 2 * margin)
