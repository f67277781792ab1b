"""The errors of a seed that cannot be read, and the warnings of one read with a doubt."""

from __future__ import annotations

from ..model import InputError


class SeedError(InputError):
    """A seed that cannot be read: names the file, and the line when there is one."""


class SeedWarning(InputError):
    """Something a seed was read in spite of (not UTF-8, read as Windows-1252): the build goes on."""
