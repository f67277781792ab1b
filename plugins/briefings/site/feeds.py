"""What other programs read: the Atom feed of briefings and schema.org JSON-LD on briefing pages."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup
from mkdocs.utils import get_build_datetime

from .model import Briefing

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

    from .corpus import Corpus


def _absolute(config: MkDocsConfig, path: str) -> str:
    """An absolute URL when `site_url` is set (feeds need them), else a site-relative one."""
    base = (config.site_url or "").rstrip("/")
    return f"{base}/{path}" if base else path


def _page_path(config: MkDocsConfig, src_uri: str) -> str:
    path = src_uri[: -len(".md")]
    return path + "/" if config.use_directory_urls else path + ".html"


def atom_feed(briefings: Sequence[Briefing], config: MkDocsConfig, src_of: Callable[[str], str]) -> str:
    """An Atom 1.0 feed of `briefings` (newest first); byte-identical for identical input."""
    updated = max((b.article.date for b in briefings if b.article.date), default=None)
    stamp = f"{updated}T00:00:00Z" if updated else get_build_datetime().strftime("%Y-%m-%dT00:00:00Z")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(config.site_name)}</title>",
        f"  <id>{escape(_absolute(config, ''))}</id>",
        f"  <link href={quoteattr(_absolute(config, ''))}/>",
        f"  <updated>{stamp}</updated>",
    ]
    site = config.site_name
    for briefing in briefings:
        article = briefing.article
        url = _absolute(config, _page_path(config, src_of(briefing.slug)))
        date = f"{article.date}T00:00:00Z" if article.date else stamp
        lines += [
            "  <entry>",
            f"    <title>{escape(article.title)}</title>",
            f"    <id>{escape(url)}</id>",
            f"    <link href={quoteattr(url)}/>",
            f"    <updated>{date}</updated>",
            f"    <author><name>{escape(article.byline or article.publisher or site)}</name></author>",
            f"    <summary>{escape(article.lede)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def news_article_jsonld(briefing: Briefing, config: MkDocsConfig, page: Page, corpus: Corpus) -> Markup:
    """schema.org NewsArticle for a briefing page, as a <script type="application/ld+json">."""
    article = briefing.article
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "inLanguage": article.language,
        "description": article.lede,
        "url": _absolute(config, page.url),
        "about": [{"@type": "Thing", "name": e.name} for e in corpus.top_entities(briefing)],
    }
    if article.date:
        data["datePublished"] = article.date
    if article.publisher:
        data["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.byline:
        data["author"] = {"@type": "Person", "name": article.byline}
    if article.license:
        data["license"] = article.license
    if article.url:
        data["isBasedOn"] = article.url
    # "</" would close the script element early: JSON allows escaping the slash
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return Markup('<script type="application/ld+json">{}</script>').format(Markup(payload))
