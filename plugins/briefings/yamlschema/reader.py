"""One line-aware reader for every editorial YAML file: typed values node by node, errors with lines.

Seed front matter, overlays, `sources.yml` and the knowledge base are all read the same way: the
text is composed into nodes (never constructed, so no tag ever runs), tags other than plain data
are rejected, and each schema then asks the `Reader` for the value of a node as a mapping, a
list, text, a number, a choice… Every mistake is collected with its line, so a file's errors are
reported at once and the valid parts can still be used. Material's blog validates a post's
metadata with a `Config` subclass; we keep nodes instead because every error needs its line.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..i18n import say
from ..model import InputError, Message, MessageValue
from ..text import SLUG_PATTERN, slugify
from .nodes import (
    _SURROGATE,
    MAX_EXPANDED_CHARS,
    MAX_EXPANDED_NODES,
    MAX_FILE_BYTES,
    YAML_TAG,
    compose,
    describe,
    expanded_size,
    is_null,
    line_of,
    suggest,
    unsafe,
    walk,
)

E = TypeVar("E", bound=InputError)
T = TypeVar("T")


@dataclass(frozen=True)
class Document:
    """How messages name one kind of YAML document, and what they advise when it is broken: keys
    of the string tables."""

    #: "is not valid YAML ({problem})" for a whole file; a seed's front matter says so of itself.
    syntax: str = "yaml_errors.not_yaml"
    syntax_hint: str = "yaml_errors.not_yaml_hint"
    #: "{tag}" is the tag as written ("!!python/object").
    tag_message: str = "yaml_errors.tag"
    tag_hint: str = "yaml_errors.tag_hint"


#: The wording for an editorial file of its own (overlays, `sources.yml`, the knowledge base).
EDITORIAL_FILE = Document()


@dataclass
class Reader(Generic[E]):
    """Reads one YAML document node by node and collects every error instead of stopping at one.

    Each reading method returns None (or an empty list) for a node it cannot use, after
    reporting why; `entry` drops a whole list item when any part of it was wrong. Errors are
    instances of `error_type`, the caller's subclass of `InputError`.
    """

    path: str  # as messages show it
    error_type: type[E]
    document: Document = EDITORIAL_FILE
    errors: list[E] = field(default_factory=list, init=False)
    failures: int = field(default=0, init=False)  # values that could not be read, tags included
    _rejected: set[int] = field(default_factory=set, init=False, repr=False)  # ids of nodes

    # Parsing

    def read(self, path: Path) -> tuple[bytes | None, Node | None]:
        """The file's bytes and its node tree; (None, None) when it cannot be read or parsed."""
        raw = self.read_bytes(path)
        if raw is None:
            return None, None
        source = self.decode(raw)
        if source is None:
            return None, None
        valid, root = self.parse(source)
        return (raw, root) if valid else (None, None)

    def read_bytes(self, path: Path) -> bytes | None:
        """The file's bytes; its size is checked before it is read, and a symbolic link, a
        folder or a FIFO is not a file to read."""
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                self.errors.append(
                    self.error_type(
                        self.path, say("yaml_errors.not_regular"), hint=say("yaml_errors.not_regular_hint")
                    )
                )
                return None
            if info.st_size > MAX_FILE_BYTES:
                self.errors.append(
                    self.error_type(
                        self.path,
                        say("yaml_errors.too_long", size=info.st_size, limit=MAX_FILE_BYTES),
                        hint=say("yaml_errors.too_long_hint"),
                    )
                )
                return None
            return path.read_bytes()
        except OSError as error:
            self.errors.append(
                self.error_type(self.path, say("input.cannot_read", reason=error.strerror or str(error)))
            )
            return None

    def decode(self, raw: bytes) -> str | None:
        """UTF-8 text (a byte-order mark is dropped), or None after saying where it is not."""
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            self.errors.append(
                self.error_type(self.path, say("input.not_utf8"), line=line, hint=say("input.save_as_utf8"))
            )
            return None

    def parse(
        self, source: str, *, first_line: int = 1, last_line: int | None = None
    ) -> tuple[bool, Node | None]:
        """(True, root node) — None for an empty document — or (False, None) when it is not YAML.

        `first_line` is the line of the file where `source` starts (a seed's front matter starts
        on line 2); a syntax error found past `last_line` (an unclosed bracket is found at the
        end of the text) is reported on `last_line`.
        """
        # blank lines in front make every mark, nodes' and errors', a line of the file
        padded = "\n" * (first_line - 1) + source
        try:
            root = compose(padded)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            if line is not None and last_line is not None:
                line = min(line, last_line)
            problem = getattr(error, "problem", None)  # PyYAML's wording, kept as it is
            self.errors.append(
                self.error_type(
                    self.path,
                    say(self.document.syntax, problem=problem or say("yaml_errors.invalid")),
                    line=line,
                    hint=say(self.document.syntax_hint),
                )
            )
            return False, None
        if root is not None:
            if not self._within_limits(root):
                return False, None
            self._reject_tags(root)
        return True, root

    # Errors

    def sorted_errors(self) -> list[E]:
        """The errors in the order of the file (stable: errors of one line keep their order)."""
        return sorted(self.errors, key=lambda error: error.line or 0)

    def error(self, node: Node | None, message: Message, hint: Message | None = None) -> None:
        self.failures += 1
        self.errors.append(self.error_type(self.path, message, line=line_of(node) or None, hint=hint))

    def entry(self, read: Callable[[Reader[E], Node], T | None], node: Node) -> T | None:
        """`read(self, node)`, or None when anything in the item was wrong."""
        failures = self.failures
        result = read(self, node)
        return result if self.failures == failures else None

    # Values. Each method takes the value node of a key (None when the key is absent).

    def mapping(
        self,
        node: Node | None,
        keys: Sequence[str],
        what: MessageValue,
        *,
        hints: Mapping[str, Message] | None = None,
        example: Message | None = None,
    ) -> dict[str, Node] | None:
        """Known keys → value nodes; keys with an empty value are left out."""
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, say("yaml_errors.not_mapping", what=what, kind=describe(node)), example)
            return None
        result: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not self._usable(key_node):
                continue
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.error(key_node, say("yaml_errors.key_not_word", what=what, kind=describe(key_node)))
            elif key not in keys:
                hint = (hints or {}).get(key) or suggest(key, keys, "input.known_keys")
                self.error(key_node, say("yaml_errors.unknown_key", key=key, what=what), hint)
            elif key in result:
                self.error(
                    key_node, say("yaml_errors.twice", key=key, what=what), say("yaml_errors.twice_hint")
                )
            elif not is_null(value_node):
                result[key] = value_node
        return result

    def items(self, node: Node | None, what: MessageValue) -> list[Node]:
        if node is None or not self._usable(node):
            return []
        if not isinstance(node, SequenceNode):
            self.error(
                node,
                say("yaml_errors.not_list", what=what, kind=describe(node)),
                say("yaml_errors.not_list_hint"),
            )
            return []
        return list(node.value)

    def text(self, node: Node | None, what: MessageValue) -> str | None:
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                say("yaml_errors.not_text", what=what, kind=describe(node)),
                say("yaml_errors.not_text_hint"),
            )
            return None
        return str(node.value)  # the text as written: `text: 2024` is "2024"

    def flag(self, node: Node | None, what: MessageValue) -> bool | None:
        if node is None or not self._usable(node):
            return None
        if isinstance(node, ScalarNode) and node.tag == YAML_TAG + "bool":
            return bool(SafeConstructor().construct_object(node))
        self.error(node, say("yaml_errors.not_flag", what=what, kind=describe(node)))
        return None

    def count(self, node: Node | None, what: MessageValue) -> int | None:
        """A whole number from 1 up."""
        if node is None or not self._usable(node):
            return None
        if isinstance(node, ScalarNode) and node.tag == YAML_TAG + "int":
            number = int(SafeConstructor().construct_object(node))
            if number >= 1:
                return number
            self.error(
                node,
                say("yaml_errors.too_small", what=what, number=number),
                say("yaml_errors.too_small_hint"),
            )
            return None
        self.error(node, say("yaml_errors.not_count", what=what, kind=describe(node)))
        return None

    def choice(self, node: Node | None, choices: Sequence[str], what: MessageValue) -> str | None:
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                say("yaml_errors.not_choice", what=what, choices=", ".join(choices), kind=describe(node)),
            )
            return None
        value = str(node.value).strip()
        if value in choices:
            return value
        self.error(
            node,
            say("yaml_errors.not_one_of", what=what, value=value, choices=", ".join(choices)),
            suggest(value, choices, "input.one_of"),
        )
        return None

    def slug(self, node: Node | None, what: MessageValue) -> str | None:
        value = self.text(node, what)
        if value is None or SLUG_PATTERN.fullmatch(value):
            return value
        self.error(
            node,
            say("yaml_errors.not_id", what=what, value=value),
            say("yaml_errors.not_id_hint", example=slugify(value) or "my-id"),
        )
        return None

    def value(self, node: Node | None, what: MessageValue) -> Any:
        """The plain Python value of a node (text, number, date, list, dict), as YAML types it."""
        if node is None or not self._usable(node):
            return None
        if any(id(part) in self._rejected for part in walk(node)):
            self.failures += 1  # the tag inside was reported; the value cannot be used
            return None
        try:
            # safe: every tag that would build an object was rejected when parsing
            return SafeConstructor().construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as error:  # a timestamp like 2024-13-45
            self.error(node, say("yaml_errors.unreadable", what=what, reason=str(error)))
            return None

    def _usable(self, node: Node) -> bool:
        if id(node) in self._rejected:
            self.failures += 1  # already reported; still spoils its entry
            return False
        return True

    def _within_limits(self, root: Node) -> bool:
        """False, after saying so, when aliases make the document too large once expanded (or
        loop back into themselves); a lone surrogate ("\\ud800" in quotes), which is no character
        and cannot be written to a page, is an error on its node."""
        expanded = expanded_size(root)
        if expanded is None or expanded[0] > MAX_EXPANDED_NODES or expanded[1] > MAX_EXPANDED_CHARS:
            message = (
                say("yaml_errors.aliases_loop")
                if expanded is None
                else say(
                    "yaml_errors.aliases_expand",
                    values=expanded[0],
                    chars=expanded[1],
                    max_values=MAX_EXPANDED_NODES,
                    max_chars=MAX_EXPANDED_CHARS,
                )
            )
            self.errors.append(
                self.error_type(self.path, message, line=line_of(root), hint=say("yaml_errors.aliases_hint"))
            )
            return False
        for node in walk(root):
            if isinstance(node, ScalarNode) and _SURROGATE.search(node.value):
                self._rejected.add(id(node))
                self.errors.append(
                    self.error_type(
                        self.path,
                        say("yaml_errors.surrogate"),
                        line=line_of(node),
                        hint=say("yaml_errors.surrogate_hint"),
                    )
                )
        return True

    def _reject_tags(self, root: Node) -> None:
        """Report every node with a tag that is not plain data; what is under it is not looked at."""
        for node in walk(root, prune=unsafe):
            if unsafe(node):
                self._rejected.add(id(node))
                tag = node.tag.replace(YAML_TAG, "!!")
                self.errors.append(
                    self.error_type(
                        self.path,
                        say(self.document.tag_message, tag=tag),
                        line=line_of(node),
                        hint=say(self.document.tag_hint),
                    )
                )
