"""Errors about a user's input files: which file, which line, what is wrong, how to fix it; and the
words of such an error, or of an analyst's change, kept as data so that a page can say them in
its site's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Word:
    """A word of one of the string tables' vocabularies (`label`, `kind`, `stance`…), by its key:
    "LOC" is "Place" on an English page, "Lieu" on a French one."""

    table: str
    key: str

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class Message:
    """Words as data: a key of the string tables (`data/i18n/<lang>.yml`) and the values put in.

    Pages say it in the site's language (`i18n.Strings.message`); `text` is how the terminal, the
    export and the tests read it: English, with vocabulary words as their keys. Made by
    `i18n.say`, which fills `text` in.
    """

    key: str
    values: tuple[tuple[str, MessageValue], ...] = ()
    text: str = field(default="", compare=False)

    def __str__(self) -> str:
        return self.text


#: What a message puts in: text and numbers as they are, words and messages of the tables, and
#: tuples of those (a list of alternatives: "'a', 'b' or 'c'").
MessageValue = Union[str, int, Word, Message, tuple["MessageValue", ...]]  # noqa: UP007 - a recursive alias


class InputError(Exception):
    """A mistake in a seed, an overlay or the knowledge base, reported as "path:line: message — hint"."""

    def __init__(self, path: str, message: Message, *, line: int | None = None, hint: Message | None = None):
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}" + (f" — {self.hint}" if self.hint else "")
