"""The error of a seed that cannot be read."""

from __future__ import annotations

from ..model import InputError


class SeedError(InputError):
    """A seed that cannot be read: names the file, and the line when there is one."""
