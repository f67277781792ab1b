"""What every view reads and returns: the site's data and options, a view, a page's pieces."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..corpus import Corpus
from ..i18n import Strings, english
from ..model import Briefing
from ..render import render_template
from ..seeds import SeedReport

#: The pieces of a page: `content` always; a briefing also has `sidebar` (its panel), `head`
#: (JSON-LD) and `search` (what the search index gets instead of the annotated content).
Pieces = dict[str, str]


@dataclass(frozen=True)
class SiteOptions:
    """What pages show besides the corpus (the plugin's options)."""

    page_size: int = 50
    related_size: int = 5
    graph_size: int = 50
    seeds_dir: str = "seeds"
    site_url: str | None = None
    #: `src_uri` of the build report, linked from the lists when there are errors
    report_uri: str = "briefings/report.md"


@dataclass
class SiteData:
    """What every view reads: the corpus, the build's report, and digests of the briefings."""

    corpus: Corpus
    options: SiteOptions = field(default_factory=SiteOptions)
    report: SeedReport = field(default_factory=SeedReport)
    overlay_errors: list[Any] = field(default_factory=list)
    #: what every page's HTML depends on besides its own data (templates, settings)
    settings_digest: str = ""
    fingerprints: dict[str, str] = field(default_factory=dict)
    #: the words of the site's language
    strings: Strings = field(default_factory=english)

    def fingerprint(self, briefing: Briefing) -> str:
        return self.fingerprints[briefing.slug]


@dataclass(frozen=True)
class View:
    """A page's cache key (`None`: cheap enough to render every time) and how to render it."""

    key: str | None
    render: Callable[[], Pieces]


def render_with(site: SiteData, template: str, **context: Any) -> Markup:
    """A content template with the site's words (`t`) and dates."""
    return render_template(template, t=site.strings, **context)


def content_only(render: Callable[[], Markup]) -> Callable[[], Pieces]:
    return lambda: {"content": str(render())}
