"""Errors about a user's input files: which file, which line, what is wrong, how to fix it."""

from __future__ import annotations


class InputError(Exception):
    """A mistake in a seed, an overlay or the knowledge base, reported as "path:line: message — hint"."""

    def __init__(self, path: str, message: str, *, line: int | None = None, hint: str = ""):
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}" + (f" — {self.hint}" if self.hint else "")
