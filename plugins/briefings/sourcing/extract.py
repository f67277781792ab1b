"""Find the attributed claims of a parsed article: cue, source, content span, stance, hedges."""

# The frames (frames/, one registered rule per attribution pattern, run in the order of
# registry.py) find the claims; this module runs them, resolves the sources in reading order
# (pronouns need the speakers before them), finds the hedges and grades the claims.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..knowledge import KnowledgeBase
from ..model import Claim, EntityMention, Source
from . import frames  # noqa: F401  (registers the frames)
from .context import Context, Found, Range, SourceRef
from .grade import grade_claims
from .hedges import Hedge, find_hedges
from .layout import text_of, token_chars
from .lexicon import lexicon, norm
from .registry import find_all


def extract_claims(
    doc: Doc,
    mentions: Sequence[EntityMention] = (),
    kb: KnowledgeBase | None = None,
    *,
    language: str = "fr",
    grade: bool = True,
) -> list[Claim]:
    """The attributed claims of `doc`, in reading order, graded (see grade.py)."""
    ctx = Context.of(doc, lexicon(language), mentions, kb)
    claims = _drop_repeats(_resolve(_deduplicate(find_all(ctx)), ctx))
    return grade_claims(claims, doc=doc, mentions=mentions) if grade else claims


def _deduplicate(found: list[Found]) -> list[Found]:
    """One claim per (content, source phrase): several rules may find the same one."""
    kept: list[Found] = []
    seen: set[tuple[Range, tuple[object, ...]]] = set()
    for claim in sorted(found, key=lambda f: (f.position, f.content)):
        key = (
            claim.content,
            tuple((s.phrase.start if s.phrase else None, s.pronoun, s.implicit) for s in claim.sources),
        )
        if key in seen:
            continue
        seen.add(key)
        kept.append(claim)
    return kept


def _drop_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per (content, resolved source): "X évoque Y : « Q », a-t-il déclaré" finds Q
    by the colon and by the incise, once through "X" and once through "il", both X. The verb's
    is kept rather than the colon's."""
    kept: dict[tuple[int, int, str], int] = {}
    out: list[Claim] = []
    for claim in claims:
        key = (claim.start, claim.end, claim.source.id)
        if key not in kept:
            kept[key] = len(out)
            out.append(claim)
        elif out[kept[key]].cue == ":" and claim.cue != ":":
            out[kept[key]] = claim
    return out


def _resolve(found: list[Found], ctx: Context) -> list[Claim]:
    """Resolve sources in reading order (pronouns need the speakers before them), then build
    the claims: one per source of each claim."""
    doc, reader, book = ctx.doc, ctx.reader, ctx.book
    claims: list[Claim] = []
    frame_names: list[str] = []
    for item in sorted(found, key=lambda f: (f.position, f.content)):
        sources: list[Source] = []
        tentative: list[Hedge] = []
        for ref in item.sources:
            if ref.pronoun is not None:  # one source, or each of a coordinated antecedent
                sources += ctx.book.pronoun_all(ref.pronoun, exclude=item.content)
                continue
            source = _source(ref, item, ctx)
            if source is not None:
                sources.append(source)
                tentative += _tentative_document(ref, source, ctx)
        if not sources:
            continue
        sources = _shared_title(sources)
        if item.sources and item.sources[0].phrase is not None:
            agreement = book.agreement_of([r.phrase for r in item.sources if r.phrase is not None])
        else:
            agreement = ""
        for source in sources:
            if not source.implicit and source.kind != "anonymous":
                book.remember(doc[item.position].i if item.cue else item.position, source, agreement or "", 0)
        first, last = token_chars(doc, *item.content)
        hedges: list[Hedge] = list(item.extra_hedges) + tentative
        for start, end in [item.content, *item.hedge_scopes]:
            hedges.extend(find_hedges(doc, start, end, lex=reader.lex, future_in_past=item.future_in_past))
        kept = _distinct_hedges(hedges)
        quote = reader.layout.quote_around(*item.content)
        direct = quote is not None or item.own_words
        cue_text, cue_start, cue_end = _cue_text(doc, item.cue)
        for source in sources:
            frame_names.append(item.frame)
            claims.append(
                Claim(
                    start=first,
                    end=last,
                    text=text_of(doc)[first:last],
                    source=source,
                    cue=cue_text,
                    cue_start=cue_start,
                    cue_end=cue_end,
                    stance=item.stance,
                    direct_quote=direct,
                    hedges=tuple(h.text for h in kept),
                    hedge_kinds=tuple(h.kind for h in kept),
                )
            )
    # "le documentaire qui précise que le polonium est, selon lui, …": "selon lui" inside a
    # claim of the same source says nothing more
    claims = [
        claim
        for claim, frame in zip(claims, frame_names, strict=True)
        if frame != "preposition"
        or not any(
            other is not claim
            and other.source.id == claim.source.id
            and other.start <= claim.cue_start
            and claim.end <= other.end
            for other in claims
        )
    ]
    return sorted(claims, key=lambda c: (c.start, c.cue_start))


def _shared_title(sources: list[Source]) -> list[Source]:
    """ "les physiciens Robert Brout, François Englert et Peter Higgs": the title before a list
    of names is the capacity of each of them."""
    titled = {s.kind for s in sources if s.entity_id and s.kind != "person"}
    if len(sources) < 2 or len(titled) != 1:
        return sources
    (kind,) = titled
    return [replace(s, kind=kind) if s.kind == "person" and s.entity_id else s for s in sources]


def _source(ref: SourceRef, item: Found, ctx: Context) -> Source | None:
    book = ctx.book
    if ref.implicit:
        return book.implicit()
    if ref.generic is not None:
        return book.generic(ref.generic)
    if ref.pronoun is not None:  # an antecedent outside the claim's own content
        return book.pronoun(ref.pronoun, exclude=item.content)
    if ref.previous_speaker:
        start, _ = ctx.layout.unit_of(item.position)
        return book.resolve(start, "", answer=True)
    if ref.phrase is not None:
        return book.from_phrase(ref.phrase)
    return None


def _tentative_document(ref: SourceRef, source: Source, ctx: Context) -> list[Hedge]:
    """A document that says it is tentative hedges what it reports, whatever the cue: "un bilan
    provisoire fait état de …" as "selon un bilan provisoire, …"."""
    if ref.phrase is None or source.kind != "document":
        return []
    found = find_hedges(ctx.doc, ref.phrase.start, ref.phrase.end, lex=ctx.reader.lex)
    return [h for h in found if h.kind == "uncertainty"]


def _distinct_hedges(hedges: list[Hedge]) -> list[Hedge]:
    """Each hedge once, in order; one inside another is left out."""
    ordered = sorted(hedges, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hedge] = []
    for hedge in ordered:
        if any(k.start <= hedge.start and hedge.end <= k.end for k in kept):
            continue
        if any(norm(k.text) == norm(hedge.text) for k in kept):
            continue
        kept = [k for k in kept if not (hedge.start <= k.start and k.end <= hedge.end)]
        kept.append(hedge)
    return kept


def _cue_text(doc: Doc, tokens: list[int]) -> tuple[str, int, int]:
    """The cue as written, without words inserted into it ("a de son côté dénoncé" → "a
    dénoncé"), and the character span it covers."""
    if not tokens:
        return "(implicit)", 0, 0
    tokens = sorted(set(tokens))
    parts = []
    for position, i in enumerate(tokens):
        parts.append(doc[i].text)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None:
            parts.append(doc[i].whitespace_ if following == i + 1 else " ")
    first, _ = token_chars(doc, tokens[0], tokens[0] + 1)
    _, last = token_chars(doc, tokens[-1], tokens[-1] + 1)
    return "".join(parts), first, last
