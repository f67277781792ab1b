"""Language bundles: a language's spaCy model and word lists, from the package's `data/<lang>/`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml


@dataclass(frozen=True)
class LanguageBundle:
    """What the package knows of one language."""

    code: str
    name: str
    model: str  # the spaCy model package used by default
    folder: Traversable

    def data(self, name: str) -> Any:
        """The data file `name` of the bundle (`cleaning.yml`, …), parsed once."""
        return _load(self.code, name)


def _data_folder() -> Traversable:
    return resources.files("briefings").joinpath("data")


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a bundle, sorted."""
    return tuple(
        sorted(entry.name for entry in _data_folder().iterdir() if entry.joinpath("language.yml").is_file())
    )


@cache
def bundle(code: str) -> LanguageBundle:
    """The bundle of language `code`; KeyError when there is none."""
    if code not in available_languages():
        raise KeyError(code)
    folder = _data_folder().joinpath(code)
    about = yaml.safe_load(folder.joinpath("language.yml").read_text("utf-8"))
    return LanguageBundle(code, str(about["name"]), str(about["model"]), folder)


@cache
def _load(code: str, name: str) -> Any:
    return yaml.safe_load(_data_folder().joinpath(code, name).read_text("utf-8"))
