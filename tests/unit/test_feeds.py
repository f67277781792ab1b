"""The Atom feed and the JSON-LD of briefing pages, without MkDocs."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from briefings.corpus import Corpus
from briefings.site import atom_feed, news_article_jsonld

from ..factories import briefing

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feed_is_atom_with_absolute_links_and_escaped_titles(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    items = [
        briefing("a", "Premier.", title="Crise <b> & « guerre »", date="2012-07-06"),
        briefing("b", "Second.", title="Sans date"),
    ]
    feed = atom_feed(
        items,
        title="Site & co : dernières fiches",
        language="fr",
        site_name="Site & co",
        site_url="https://example.org/sub/",
        url_of=lambda slug: f"b/{slug}/",
    )
    root = ET.fromstring(feed)
    assert root.find(f"{ATOM}title").text == "Site & co : dernières fiches"  # type: ignore[union-attr]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert root.find(f"{ATOM}updated").text == "2012-07-06T00:00:00Z"  # type: ignore[union-attr]
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Crise <b> & « guerre »", "Sans date"]  # type: ignore[union-attr]
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [  # type: ignore[union-attr]
        "https://example.org/sub/b/a/",
        "https://example.org/sub/b/b/",
    ]


def test_json_ld_cannot_close_its_script_element() -> None:
    item = briefing("a", "Texte.", title="</script><script>alert(1)</script>")
    html = str(news_article_jsonld(item, "briefings/a/", Corpus.build([item]), site_url="https://e.org/"))
    body = re.fullmatch(r'<script type="application/ld\+json">(.*)</script>', html, re.S)
    assert body is not None and "</" not in body.group(1)
    data = json.loads(body.group(1))
    assert data["headline"] == "</script><script>alert(1)</script>"
    assert data["url"] == "https://e.org/briefings/a/"
