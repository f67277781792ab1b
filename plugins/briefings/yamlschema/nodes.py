"""YAML nodes without constructing them: limits, walks, sizes once aliases expand, wording."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..i18n import say
from ..model import Message

YAML_TAG = "tag:yaml.org,2002:"
#: Node tags a plain data file needs; anything else (`!!python/object`, `!!binary`, custom tags)
#: is rejected before any value is read, so no tag is ever constructed.
SAFE_TAGS = frozenset(
    YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
#: libyaml's parser when PyYAML was built with it: the world knowledge base is 4 000 lines.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Limits checked before any value is read. Anchors and aliases let a few hundred bytes stand for
#: gigabytes of text once expanded ("billion laughs"); an editorial file is a few hundred KB.
MAX_FILE_BYTES = 10_000_000
MAX_EXPANDED_NODES = 500_000
MAX_EXPANDED_CHARS = 10_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")


def unsafe(node: Node) -> bool:
    return node.tag not in SAFE_TAGS


def walk(root: Node, prune: Callable[[Node], bool] | None = None) -> Iterator[Node]:
    """`root` and every node under it, once each, but nothing under a node that `prune` accepts."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias shares its anchor's node
            continue
        seen.add(id(node))
        yield node
        if prune is not None and prune(node):
            continue
        if isinstance(node, MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)


def expanded_size(root: Node) -> tuple[int, int] | None:
    """(values, characters) of the document with every alias expanded, computed over the shared
    nodes without expanding anything; None when an alias loops back into its own anchor."""
    sizes: dict[int, tuple[int, int]] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if isinstance(node, ScalarNode):
            sizes[key] = (1, len(node.value))
            continue
        children = (
            [part for pair in node.value for part in pair]
            if isinstance(node, MappingNode)
            else list(node.value)
        )
        if children_done:
            open_nodes.discard(key)
            counts = [sizes[id(child)] for child in children]
            sizes[key] = (1 + sum(c[0] for c in counts), sum(c[1] for c in counts))
            continue
        if key in open_nodes:
            return None  # an alias inside its own anchor
        open_nodes.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in open_nodes:
                return None
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes[id(root)]


def compose(source: str) -> Node | None:
    """The node tree of `source`, by libyaml when it is there and accepts the text.

    Anything libyaml rejects is composed again by PyYAML itself, whose messages are clearer
    ("expected ',' or ']', but got '<stream end>'") and which is the reference for what is valid.
    """
    # compose only builds nodes; values are read from them, tags are never run
    if _FAST_LOADER is not yaml.SafeLoader:
        try:
            return yaml.compose(source, Loader=_FAST_LOADER)  # type: ignore[no-any-return]
        except yaml.YAMLError:
            pass
    return yaml.compose(source, Loader=yaml.SafeLoader)


def line_of(node: Node | None) -> int:
    """The 1-based line of a node; 0 for no node."""
    return node.start_mark.line + 1 if node is not None else 0


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == YAML_TAG + "null"


def describe(node: Node) -> Message:
    """What a node holds, as a message says it: "a list", "the number 3", "the text 'x'"."""
    if isinstance(node, MappingNode):
        return say("input.a_mapping")
    if isinstance(node, SequenceNode):
        return say("input.a_list")
    shown = shorten(str(node.value), 40)
    kind = node.tag.removeprefix(YAML_TAG)
    if kind == "null":
        return say("input.empty_value")
    if kind in ("int", "float"):
        return say("input.the_number", value=shown)
    if kind == "bool":
        return say("input.the_flag", value=shown)
    return say("input.the_text", value=shown)


def suggest(word: str, choices: Iterable[str], known: str) -> Message:
    """ "did you mean 'relabel'?", or the list of what is allowed (`known`: the key of the
    message that lists it, "input.known_keys" or "input.one_of")."""
    choices = list(choices)
    by_fold = {choice.casefold(): choice for choice in choices}
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if word.casefold() in by_fold:
        return say("input.did_you_mean", word=by_fold[word.casefold()])
    if close:
        return say("input.did_you_mean", word=close[0])
    return say(known, choices=", ".join(choices))


def shorten(text: str, size: int) -> str:
    """`text`, cut to `size` characters with an ellipsis."""
    return text if len(text) <= size else text[: size - 1] + "…"
