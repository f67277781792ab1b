"""Render briefings to HTML: markup inserted by character offsets, every piece of seed text escaped."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import groupby

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from .i18n import Strings, english
from .model import (
    CREDIBILITY_GRADES,
    LINKED_LABELS,
    RELIABILITY_GRADES,
    Article,
    Block,
    Claim,
    Correction,
    EntityMention,
    InlineMark,
    claim_anchor,
    grade_level,
    mention_anchor,
)


@dataclass(frozen=True)
class Span:
    """Markup around `text[start:end]`; `rank` orders spans that start at the same offset."""

    start: int
    end: int
    open: Markup
    close: Markup
    rank: int = 0


def render_spans(text: str, spans: Iterable[Span]) -> Markup:
    """Escape `text` and wrap spans in their markup, always well nested.

    A span that crosses the end of an enclosing one is closed there and reopened after it.
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end, s.rank),
    )
    boundaries = sorted({0, len(text), *(s.start for s in ordered), *(s.end for s in ordered)})
    starting = {key: list(group) for key, group in groupby(ordered, key=lambda s: s.start)}
    out: list[str] = []
    stack: list[Span] = []
    for index, point in enumerate(boundaries):
        if any(span.end == point for span in stack):
            reopen: list[Span] = []
            while any(span.end == point for span in stack):
                span = stack.pop()
                out.append(span.close)
                if span.end != point:
                    reopen.append(span)
            for span in reversed(reopen):
                out.append(span.open)
                stack.append(span)
        for span in starting.get(point, []):
            out.append(span.open)
            stack.append(span)
        if index + 1 < len(boundaries):
            out.append(escape(text[point : boundaries[index + 1]]))
    return Markup("".join(out))


def mention_tooltip(mention: EntityMention, name: str, strings: Strings | None = None) -> str:
    label = (strings or english()).label(mention.label)
    detail = mention.value or (name if name != mention.text else "")
    return f"{label} · {detail}" if detail else label


def edited_text(corrections: Sequence[Correction], strings: Strings) -> str:
    """ "edited by the analyst: …", with the analyst's reasons, else what each correction changed
    (in the site's language)."""
    reasons = [c.reason for c in corrections if c.reason] or [strings.message(c.detail) for c in corrections]
    return strings("common.edited", reasons="; ".join(reasons))


def _edited(corrections: Sequence[Correction], strings: Strings) -> tuple[str, str]:
    """(extra class, tooltip suffix) for an item the analyst corrected."""
    if not corrections:
        return "", ""
    reasons = "; ".join(c.reason or strings.message(c.detail) for c in corrections)
    return " bf-edited", " · " + strings("common.edited", reasons=reasons)


def mention_spans(
    mentions: Sequence[EntityMention],
    *,
    names: dict[str, str],
    url_for: Callable[[str], str | None],
    edits: Callable[[EntityMention], Sequence[Correction]] = lambda mention: (),
    strings: Strings | None = None,
) -> list[Span]:
    """Markup of every entity mention: a <mark> with its label, a link to the entity's page."""
    strings = strings or english()
    spans = []
    for index, mention in enumerate(mentions):
        label = mention.label
        edited_class, edited_tip = _edited(edits(mention), strings)
        tip = mention_tooltip(mention, names.get(mention.id, mention.text), strings) + edited_tip
        url = url_for(mention.id) if label in LINKED_LABELS else None
        # f-strings and escape(), not Markup.format: this runs for every mention of every briefing
        attributes = (
            f' class="bf-entity bf-entity--{escape(label.lower())}{edited_class}"'
            f' data-label="{escape(label)}" id="{mention_anchor(index)}"'
        )
        if url:
            open_ = Markup(f'<mark{attributes}><a href="{escape(url)}" data-tip="{escape(tip)}">')
            close = Markup("</a></mark>")
        else:
            open_ = Markup(f'<mark{attributes} tabindex="0" data-tip="{escape(tip)}">')
            close = Markup("</mark>")
        spans.append(Span(mention.start, mention.end, open_, close, rank=1))
    return spans


def grade_text(claim: Claim, strings: Strings | None = None) -> str:
    """ "B3 — usually reliable source, possibly true"."""
    strings = strings or english()
    return strings(
        "panel.grade",
        grade=claim.grade,
        reliability=strings.word("reliability", claim.reliability),
        credibility=strings.word("credibility", claim.credibility),
    )


def reasons_text(claim: Claim, strings: Strings | None = None) -> str:
    """The reasons of a claim's grade in the site's language, "; " between them."""
    strings = strings or english()
    return "; ".join(strings.reason(reason) for reason in claim.reasons)


def claim_tooltip(claim: Claim, strings: Strings | None = None) -> str:
    strings = strings or english()
    parts = [f"{claim.source.name} ({strings.word('kind', claim.source.kind)})"]
    colon = strings("common.colon")
    parts.append(f"{strings.word('stance', claim.stance)}{colon}« {claim.cue} »")
    if claim.hedges:
        parts.append(strings("common.hedged", hedges=", ".join(claim.hedges)))
    grade = grade_text(claim, strings)
    parts.append(f"{grade}{colon}{reasons_text(claim, strings)}" if claim.reasons else grade)
    return " · ".join(parts)


def claim_spans(
    claims: Sequence[tuple[int, Claim]],
    *,
    edits: Callable[[int], Sequence[Correction]] = lambda index: (),
    strings: Strings | None = None,
) -> list[Span]:
    """Each claim underlined by its grade, its source phrase marked; details on hover and focus.

    `claims` are (index, claim) pairs: the index is the claim's anchor, stable when some are hidden.
    """
    strings = strings or english()
    spans = []
    sources_marked: set[tuple[int, int]] = set()
    for index, claim in claims:
        level = grade_level(claim.reliability, claim.credibility)
        edited_class, edited_tip = _edited(edits(index), strings)
        open_ = Markup(
            '<span class="bf-claim bf-claim--{}{}" id="{}" tabindex="0" data-tip="{}" '
            'aria-describedby="{}-info">'
        ).format(
            level,
            edited_class,
            claim_anchor(index),
            claim_tooltip(claim, strings) + edited_tip,
            claim_anchor(index),
        )
        spans.append(Span(claim.start, claim.end, open_, Markup("</span>"), rank=0))
        source = claim.source
        if source.mention_start is not None and source.mention_end is not None:
            where = (source.mention_start, source.mention_end)
            if where not in sources_marked:
                sources_marked.add(where)
                spans.append(
                    Span(*where, Markup('<span class="bf-source-mention">'), Markup("</span>"), rank=0)
                )
    return spans


def mark_spans(marks: Iterable[InlineMark]) -> list[Span]:
    """Emphasis, code and links kept from Markdown seeds (links were filtered to safe schemes)."""
    tags = {"em": "em", "strong": "strong", "code": "code"}
    spans = []
    for mark in marks:
        if mark.kind == "link":
            open_ = Markup('<a href="{}" rel="nofollow noopener">').format(mark.href)
            spans.append(Span(mark.start, mark.end, open_, Markup("</a>"), rank=2))
        else:
            tag = tags[mark.kind]
            spans.append(Span(mark.start, mark.end, Markup(f"<{tag}>"), Markup(f"</{tag}>"), rank=2))
    return spans


def render_body(article: Article, spans: Sequence[Span]) -> Markup:
    """The article body as HTML blocks, with `spans` (offsets into `article.text`) inside them."""
    out: list[str] = []
    open_list: str | None = None
    for block in article.blocks:
        inner = render_spans(
            article.text[block.start : block.end],
            [_shift(span, block) for span in spans if span.start < block.end and span.end > block.start],
        )
        list_tag = ("ol" if block.ordered else "ul") if block.kind == "list_item" else None
        if open_list and open_list != list_tag:
            out.append(f"</{open_list}>")
            open_list = None
        if list_tag and not open_list:
            out.append(f"<{list_tag}>")
            open_list = list_tag
        if block.kind == "heading":
            level = min(6, max(2, block.level))
            out.append(f"<h{level}>{inner}</h{level}>")
        elif block.kind == "list_item":
            out.append(f"<li>{inner}</li>")
        else:
            out.append(f"<p>{inner}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return Markup("\n".join(out))


def _shift(span: Span, block: Block) -> Span:
    start = max(span.start, block.start) - block.start
    end = min(span.end, block.end) - block.start
    return Span(start, end, span.open, span.close, span.rank)


@cache
def templates() -> Environment:
    """The package's own Jinja templates for page content, autoescaped."""
    env = Environment(
        loader=PackageLoader("briefings", "templates/content"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    # what every page shares; its words come from the `t` (a `Strings`) each view passes
    env.globals.update(
        grade_level=grade_level,
        grade_text=grade_text,
        reasons_text=reasons_text,
        edited_text=edited_text,
        reliability_grades=RELIABILITY_GRADES,
        credibility_grades=CREDIBILITY_GRADES,
    )
    return env


def render_markdown(text: str) -> Markup:
    """An analyst's Markdown (summary, notes) as HTML; raw HTML is shown as text, never run."""
    if not text.strip():
        return Markup("")
    return Markup(MarkdownIt("commonmark", {"html": False}).render(text))


def render_template(name: str, **context: object) -> Markup:
    return Markup(templates().get_template(name).render(**context))
