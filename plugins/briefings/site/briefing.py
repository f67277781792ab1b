"""A briefing page's view: its content, its panel (the sidebar), its JSON-LD and its search text."""

from __future__ import annotations

from collections import Counter
from typing import Any

from markupsafe import Markup

from ..cache.pages import digest
from ..corpus import Related
from ..model import ENTITY_LABELS, Briefing, grade_level
from ..render import claim_spans, mark_spans, mention_spans, render_body, render_markdown
from .data import Pieces, SiteData, View, render_with
from .feeds import news_article_jsonld
from .links import Links
from .pages import BriefingPage


def briefing_view(page: BriefingPage, site: SiteData, links: Links) -> View:
    briefing = page.briefing
    assert briefing is not None
    corpus = site.corpus
    related = corpus.related(briefing, limit=site.options.related_size)
    shown = sorted(
        {m.id for m in briefing.annotation.mentions} | {c.source.id for c in briefing.annotation.claims}
    )
    key = digest(
        "briefing",
        site.settings_digest,
        site.options.site_url,  # its head's JSON-LD has its absolute address
        links.url,
        site.fingerprint(briefing),
        # what it shows of its related briefings: an edit to one's text leaves this page alone
        [
            (r.briefing.slug, r.briefing.article.title, r.briefing.article.date, r.score, r.shared)
            for r in related
        ],
        [(entity_id, corpus.entities.get(entity_id)) for entity_id in shown],
    )
    return View(key, lambda: briefing_pieces(briefing, related, site, links))


def briefing_pieces(briefing: Briefing, related: list[Related], site: SiteData, links: Links) -> Pieces:
    """The briefing's content, its panel (the sidebar), its JSON-LD and what search indexes."""
    article, annotation = briefing.article, briefing.annotation
    spans = mention_spans(
        annotation.mentions,
        names=site.corpus.names,
        url_for=links.entity,
        edits=briefing.mention_edits,
        strings=site.strings,
    )
    claims = claim_spans(briefing.visible_claims(), edits=briefing.claim_edits, strings=site.strings)
    body = render_body(article, spans + claims + mark_spans(article.marks))
    labels = Counter(mention.label for mention in annotation.mentions)
    visible = [claim for _, claim in briefing.visible_claims()]
    grades = Counter(claim.grade for claim in visible)
    # the grades at a glance, best first: (grade, level, how many)
    glance = [(grade, grade_level(grade[0], int(grade[1:])), grades[grade]) for grade in sorted(grades)]
    overlay = briefing.overlay
    summary = render_markdown(overlay.summary) if overlay is not None else Markup("")
    notes = render_markdown(overlay.notes) if overlay is not None else Markup("")
    content = render_with(
        site,
        "briefing.html",
        summary=summary,
        notes=notes,
        briefing=briefing,
        article=article,
        body=body,
        legend=[(label, labels[label]) for label in ENTITY_LABELS if labels[label]],
        glance=glance,
        claim_count=len(visible),
        related=related,
        # repeated in the content for narrow screens, where Material hides the sidebar; without
        # the anchors of its claims, which the sidebar's copy has
        panel=panel_html(briefing, site, links, anchors=False),
        link=links,
    )
    search = render_with(
        site,
        "briefing_search.html",
        title=article.title,
        summary=summary,
        notes=notes,
        body=render_body(article, mark_spans(article.marks)),
    )
    return {
        "content": str(content),
        "sidebar": str(panel_html(briefing, site, links, anchors=True)),
        "head": str(news_article_jsonld(briefing, links.url, site.corpus, site_url=site.options.site_url)),
        "search": str(search),
    }


def panel_html(briefing: Briefing, site: SiteData, links: Links, *, anchors: bool) -> Markup:
    """The source-confidence panel: sources, claims and their grades, key figures, entities."""
    annotation = briefing.annotation
    visible = briefing.visible_claims()
    claims = [claim for _, claim in visible]
    sources: dict[str, dict[str, Any]] = {}
    for claim in claims:
        entry = sources.setdefault(
            claim.source.id, {"source": claim.source, "claims": 0, "reliability": claim.reliability}
        )
        entry["claims"] += 1
    figures = []
    for index, mention in enumerate(annotation.mentions):
        if mention.label != "QUANTITY":
            continue
        owners = [c for c in claims if c.start <= mention.start and mention.end <= c.end]
        figures.append((index, mention, [c.source for c in owners]))
    by_label: dict[str, Counter[str]] = {}
    for mention in annotation.mentions:
        by_label.setdefault(mention.label, Counter())[mention.id] += 1
    groups = []
    for label in ENTITY_LABELS:
        if label in by_label:
            entries = [
                (site.corpus.entities.get(entity_id) or annotation.entities[entity_id], count)
                for entity_id, count in by_label[label].items()
            ]
            entries.sort(key=lambda pair: (-pair[1], pair[0].name.lower()))
            groups.append((label, entries))
    return render_with(
        site,
        "panel.html",
        sources=list(sources.values()),
        credit_sources=annotation.sources,
        claims=visible,
        claim_edits=briefing.claim_edits,
        figures=figures,
        groups=groups,
        link=links,
        anchors=anchors,
    )
