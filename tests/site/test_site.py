"""The built sample site as a whole: links, cross-links, feeds, determinism."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ..linkcheck import broken_links

pytestmark = pytest.mark.slow

SEED = "000-6d26b8eed05513dc"


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def test_no_broken_internal_link_or_anchor(sample_site: Path) -> None:
    assert broken_links(sample_site, base="/briefings/") == []  # site_url has a sub-path


def test_linkcheck_catches_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/#nope">x</a><a href="b/">y</a><p id="here"></p>', "utf-8"
    )
    (tmp_path / "a" / "index.html").write_text('<a href="../#here">back</a>', "utf-8")
    assert broken_links(tmp_path) == [
        "index.html -> a/#nope (no anchor #nope)",
        "index.html -> b/ (no file b/index.html)",
    ]


def test_briefing_page_has_sources_claims_related_and_jsonld(sample_site: Path) -> None:
    page = html(sample_site, f"briefings/{SEED}")
    assert 'class="bf-claim bf-claim--' in page and 'id="c1"' in page
    assert "Agence de renseignement sud-coréenne" in page
    assert 'id="related-briefings"' in page
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "NewsArticle" and data["headline"].startswith("La Corée du Nord")
    assert "Analyst&#39;s note" in page or "Analyst's note" in page  # from briefings/<slug>.yml
    assert "bf-edited" in page


def test_entity_page_lists_mentions_coentities_and_claims(sample_site: Path) -> None:
    page = html(sample_site, "entities/coree-du-nord")
    assert f'href="../../briefings/{SEED}/#m' in page
    assert 'id="seen-with"' in page and ">Russie" in page
    sources = html(sample_site, "sources")
    assert "Intelligence service" in sources


def test_related_briefings_share_rare_entities(sample_site: Path) -> None:
    export = json.loads((sample_site / "briefings.json").read_text("utf-8"))
    by_slug = {
        b["slug"]: {e["id"] for e in b["entities"] if e["label"] in ("PER", "ORG", "LOC", "MISC")}
        for b in export
    }
    page = html(sample_site, "briefings/wikinews-44485")
    related = page.split('id="related-briefings"')[1].split("</ol>")[0]
    slugs = [part.split("/")[0] for part in related.split('href="../')[1:] if not part.startswith("..")]
    assert slugs, "no related briefing"
    assert by_slug["wikinews-44485"] & by_slug[slugs[0]]  # shares at least one entity


def test_timeline_graph_feed_and_report(sample_site: Path) -> None:
    timeline = html(sample_site, "timeline")
    published = timeline.split('id="published"')[1].split("</ol>")[0]
    dates = [part.split('"')[0] for part in published.split('datetime="')[1:]]
    assert len(dates) >= 25 and dates == sorted(dates)
    events = timeline.split('id="events"')[1]
    assert "2012-06-03" in events  # "le 3 juin 2012" in the Lagos crash article
    graph = html(sample_site, "graph")
    assert (
        graph.count("<circle") >= 20
        and graph.count('<figure class="bf-graph ') == 2  # the wide one and a phone's
        and all(
            "<script" not in figure.split("</figure>")[0] for figure in graph.split('class="bf-graph ')[1:]
        )
    )
    feed = ET.parse(sample_site / "feed.xml").getroot()
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) >= 20
    assert entries[0].find("{http://www.w3.org/2005/Atom}link").get("href").startswith("https://")
    report = html(sample_site, "briefings/report")
    assert "27 built, 0 with errors" in report
