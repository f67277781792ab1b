"""What other programs read of the site: the Atom feed of briefings, JSON-LD on briefing pages."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from ..corpus import Corpus
from ..model import Briefing

#: What XML 1.0 forbids in a document: control characters other than tab and newlines, lone
#: surrogates, U+FFFE and U+FFFF. A feed reader refuses the whole feed for one of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: In JSON inside an HTML <script>, "<", ">" and "&" could close the element or open a comment
#: ("<!--<script" keeps the parser in the script until the page ends); JSON lets us write them
#: as \u escapes, which mean the same.
_JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def xml_text(text: str) -> str:
    """`text` escaped for XML, without the characters XML forbids."""
    return escape(_NOT_XML.sub("", text))


def json_in_html(data: Any) -> Markup:
    """`data` as JSON that is safe inside an HTML <script> element."""
    return Markup(json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_IN_HTML))


def _absolute(site_url: str | None, path: str) -> str:
    """An absolute URL when `site_url` is set (feeds need them), else a site-relative one."""
    base = (site_url or "").rstrip("/")
    return f"{base}/{path}" if base else path


def build_datetime() -> dt.datetime:
    """The time of the build: `SOURCE_DATE_EPOCH` when set, for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return dt.datetime.now(dt.UTC)
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC)


def atom_feed(
    briefings: Sequence[Briefing],
    *,
    title: str,
    site_name: str,
    site_url: str | None,
    url_of: Callable[[str], str],
    language: str = "",
) -> str:
    """An Atom 1.0 feed of `briefings` (newest first), named `title` (in the site's `language`);
    byte-identical for identical input. `url_of` gives the site-relative URL of a briefing's page
    from its slug; `site_name` is the author of an article with neither byline nor publisher."""
    updated = max((b.article.date for b in briefings if b.article.date), default=None)
    stamp = f"{updated}T00:00:00Z" if updated else build_datetime().strftime("%Y-%m-%dT00:00:00Z")
    lang = f" xml:lang={quoteattr(language)}" if language else ""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom"{lang}>',
        f"  <title>{xml_text(title)}</title>",
        f"  <id>{xml_text(_absolute(site_url, ''))}</id>",
        f"  <link href={quoteattr(_NOT_XML.sub('', _absolute(site_url, '')))}/>",
        f"  <updated>{stamp}</updated>",
    ]
    site = site_name
    for briefing in briefings:
        article = briefing.article
        url = _absolute(site_url, url_of(briefing.slug))
        date = f"{article.date}T00:00:00Z" if article.date else stamp
        lines += [
            "  <entry>",
            f"    <title>{xml_text(article.title)}</title>",
            f"    <id>{xml_text(url)}</id>",
            f"    <link href={quoteattr(_NOT_XML.sub('', url))}/>",
            f"    <updated>{date}</updated>",
            f"    <author><name>{xml_text(article.byline or article.publisher or site)}</name></author>",
            f"    <summary>{xml_text(article.lede)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def news_article_jsonld(briefing: Briefing, url: str, corpus: Corpus, *, site_url: str | None) -> Markup:
    """schema.org NewsArticle for the briefing page at `url`, as a <script type="application/ld+json">."""
    article = briefing.article
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "inLanguage": article.language,
        "description": article.lede,
        "url": _absolute(site_url, url),
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
    return Markup('<script type="application/ld+json">{}</script>').format(json_in_html(data))
