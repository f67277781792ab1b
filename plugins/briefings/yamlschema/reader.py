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

from ..model import InputError
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
    """How messages name one kind of YAML document, and what they advise when it is broken."""

    #: Put before "is not valid YAML": "" for a whole file, "front matter" for a seed's.
    name: str = ""
    syntax_hint: str = (
        "check the indentation, and quote text that contains ': ' or starts with "
        "a quote, '*', '&', '!', '%', '@' or '`'"
    )
    #: "{tag}" is replaced by the tag as written ("!!python/object").
    tag_message: str = "YAML tag '{tag}' is not allowed"
    tag_hint: str = "editorial files hold only text, numbers, true/false, lists and mappings; remove the tag"


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
                    self.error_type(self.path, "is not a regular file", hint="replace it by a YAML file")
                )
                return None
            if info.st_size > MAX_FILE_BYTES:
                self.errors.append(
                    self.error_type(
                        self.path,
                        f"is {info.st_size:,} bytes long; an editorial file holds at most {MAX_FILE_BYTES:,}",
                        hint="split it, or remove what does not belong in it",
                    )
                )
                return None
            return path.read_bytes()
        except OSError as error:
            self.errors.append(self.error_type(self.path, f"cannot be read ({error.strerror})"))
            return None

    def decode(self, raw: bytes) -> str | None:
        """UTF-8 text (a byte-order mark is dropped), or None after saying where it is not."""
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            self.errors.append(
                self.error_type(self.path, "is not valid UTF-8", line=line, hint="re-save the file as UTF-8")
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
            problem = getattr(error, "problem", None) or "invalid YAML"
            name = f"{self.document.name} " if self.document.name else ""
            self.errors.append(
                self.error_type(
                    self.path,
                    f"{name}is not valid YAML ({problem})",
                    line=line,
                    hint=self.document.syntax_hint,
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

    def error(self, node: Node | None, message: str, hint: str = "") -> None:
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
        what: str,
        *,
        hints: Mapping[str, str] | None = None,
        example: str = "",
    ) -> dict[str, Node] | None:
        """Known keys → value nodes; keys with an empty value are left out."""
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, f"{what} must be a mapping of `key: value` lines, not {describe(node)}", example)
            return None
        result: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not self._usable(key_node):
                continue
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.error(key_node, f"a key of {what} must be a word, not {describe(key_node)}")
            elif key not in keys:
                hint = (hints or {}).get(key) or suggest(key, keys, "known keys")
                self.error(key_node, f"unknown key '{key}' in {what}", hint)
            elif key in result:
                self.error(key_node, f"'{key}' appears twice in {what}", "keep only one")
            elif not is_null(value_node):
                result[key] = value_node
        return result

    def items(self, node: Node | None, what: str) -> list[Node]:
        if node is None or not self._usable(node):
            return []
        if not isinstance(node, SequenceNode):
            self.error(
                node,
                f"{what} must be a list, not {describe(node)}",
                "start each item on its own line with '- '",
            )
            return []
        return list(node.value)

    def text(self, node: Node | None, what: str) -> str | None:
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                f"{what} must be text, not {describe(node)}",
                "write it after the colon, or as a block after '|'",
            )
            return None
        return str(node.value)  # the text as written: `text: 2024` is "2024"

    def flag(self, node: Node | None, what: str) -> bool | None:
        if node is None or not self._usable(node):
            return None
        if isinstance(node, ScalarNode) and node.tag == YAML_TAG + "bool":
            return bool(SafeConstructor().construct_object(node))
        self.error(node, f"{what} must be true or false, not {describe(node)}")
        return None

    def count(self, node: Node | None, what: str) -> int | None:
        """A whole number from 1 up."""
        if node is None or not self._usable(node):
            return None
        if isinstance(node, ScalarNode) and node.tag == YAML_TAG + "int":
            number = int(SafeConstructor().construct_object(node))
            if number >= 1:
                return number
            self.error(node, f"{what} must be 1 or more, not {number}", "occurrences count from 1")
            return None
        self.error(node, f"{what} must be a whole number, not {describe(node)}")
        return None

    def choice(self, node: Node | None, choices: Sequence[str], what: str) -> str | None:
        if node is None or not self._usable(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"{what} must be one of {', '.join(choices)}, not {describe(node)}")
            return None
        value = str(node.value).strip()
        if value in choices:
            return value
        self.error(
            node, f"{what} '{value}' is not one of {', '.join(choices)}", suggest(value, choices, "one of")
        )
        return None

    def slug(self, node: Node | None, what: str) -> str | None:
        value = self.text(node, what)
        if value is None or SLUG_PATTERN.fullmatch(value):
            return value
        self.error(
            node,
            f"{what} '{value}' is not an id",
            f"ids are lower-case letters, digits and dashes, e.g. '{slugify(value) or 'my-id'}'",
        )
        return None

    def value(self, node: Node | None, what: str) -> Any:
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
            self.error(node, f"{what} cannot be read ({error})")
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
            what = (
                "loop back into themselves"
                if expanded is None
                else (
                    f"expand it to {expanded[0]:,} values and {expanded[1]:,} characters "
                    f"(at most {MAX_EXPANDED_NODES:,} and {MAX_EXPANDED_CHARS:,})"
                )
            )
            self.errors.append(
                self.error_type(
                    self.path,
                    "is too large once its YAML aliases are expanded: "
                    f"its anchors (&) and aliases (*) {what}",
                    line=line_of(root),
                    hint="write the values out instead of repeating them through aliases",
                )
            )
            return False
        for node in walk(root):
            if isinstance(node, ScalarNode) and _SURROGATE.search(node.value):
                self._rejected.add(id(node))
                self.errors.append(
                    self.error_type(
                        self.path,
                        "holds an escaped lone surrogate (such as \\ud800), which is not a character",
                        line=line_of(node),
                        hint="remove the escape, or write the character itself",
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
                        self.document.tag_message.format(tag=tag),
                        line=line_of(node),
                        hint=self.document.tag_hint,
                    )
                )
