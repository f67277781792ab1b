"""Postposed cue or apposition: "P, a annoncé jeudi X", "« P », a-t-il ajouté"."""

# The content comes before the cue, the speaker after it (or inverted into it).

from __future__ import annotations

from ..clauses import (
    clause_floor,
    clause_from,
    clause_start,
    in_relative,
    present_participle,
    pronoun_ref,
    que_follows,
    quote_opening_at,
    strip,
)
from ..context import Context, CueSite, Found, Range, SourceRef, found_at
from ..groups import VerbGroup
from ..layout import CLOSING, FINAL_PUNCTUATION, QUOTE_MARKS, STRAIGHT_MARKS, Quote
from ..phrases import Phrase
from ..registry import cue_frame
from ..speakers import can_speak, subject_after

#: The fewest tokens of a sentence with no verb that an inverted cue after it reports.
_VERBLESS_MIN_TOKENS = 4


@cue_frame("incise")
def incise(ctx: Context, site: CueSite) -> list[Found] | None:
    """A cue after its content, its subject after it: "P, a annoncé jeudi X", "« P », a-t-il
    ajouté", "« Moi, dit-il, j'ai … »", "les soldats qui, dit-on, s'étaient rendus"."""
    group, floor, scope_end = site.group, site.floor, site.scope_end
    before = content_before(ctx, group, floor)
    quote = ctx.layout.quote_around(group.first, group.last)
    inside = (
        group.inverted is not None
        and quote is not None
        and ctx.doc[group.first - 1].text == ","
        and group.last < quote.end
    )
    if (
        inside
        and quote is not None
        and group.inverted is not None
        and ctx.doc[group.last].text == ","
        and not _manner_then_end(ctx, group.last + 1, quote.end)
        and not _incises_before(ctx, group, quote)
    ):
        # "« Moi, dit-il, j'ai l'impression … »": an incise inside the quotation it reports
        whole = strip(ctx.reader, quote.start, quote.end)
        if whole is not None:
            return [found_at(group, whole, [pronoun_ref(ctx, group.inverted)], "incise")]
    second = inside and quote is not None and _same_sentence_incise_before(ctx, group, quote)
    if group.inverted is not None and before is not None:
        # inserted in the middle of a paraphrase ("les soldats qui, dit-on, s'étaient
        # rendus"), the cue reports what follows it
        if (
            not second
            and not _after_quote(ctx, group)
            and group.last + 1 < scope_end
            and ctx.doc[group.last].text == ","
            and not _manner_then_end(ctx, group.last + 1, scope_end)
            and not present_participle(ctx, group.last + 1)  # "P, a-t-il ajouté, précisant que Q"
        ):
            after = clause_from(ctx, group.last + 1, scope_end)
            if after is not None:
                before = after
        source = de_source(ctx, group.last, scope_end) or pronoun_ref(ctx, group.inverted)
        if source.generic is not None:
            source = side_source(ctx, group.last, scope_end) or source
        claims = [found_at(group, before, [source], "incise")]
        if second and quote is not None:
            claims += _tail_of_quote(ctx, group, quote, scope_end, source)
        elif _after_quote(ctx, group):
            claims += _quotation_after(ctx, group, scope_end, source)
        if inside and quote is not None and before[1] <= group.first:
            claims += _rest_of_quote(ctx, group, quote)
        return claims
    if before is None and group.participle is None and not group.infinitive:
        # put first, after a linking adverbial: "Par ailleurs, poursuit X, P", "Enfin, ajoute-t-il, P"
        fronted = fronted_incise(ctx, group, scope_end)
        if fronted is not None:
            return fronted
    if before is None and group.participle is None and not group.infinitive and group.inverted is None:
        unmarked = _unmarked_incise(ctx, group, scope_end)
        if unmarked is not None:
            return unmarked
    if before is not None and group.participle is None and not group.infinitive:
        subjects = subject_after(ctx.reader, group.last, scope_end)
        speakers = [p for p in subjects if can_speak(ctx.reader, p)]
        if (
            speakers
            and not que_follows(ctx, group.last, scope_end)
            and _ends_clause(ctx, speakers[-1].end, scope_end)
        ):
            if quote is not None and quote.start <= before[0] and not _incises_after(ctx, group, quote):
                before = _longer_side(ctx, before, speakers[-1].end, quote.end)
            found = found_at(group, before, [SourceRef(phrase=p) for p in speakers], "incise")
            return [found, *_cited_after(ctx, found, speakers[-1], scope_end)]
    return None


def _cited_after(ctx: Context, found: Found, speaker: Phrase, end: int) -> list[Found]:
    """ "P, a indiqué X, porte-parole de Y, cité par l'agence Z": the medium citing the speaker
    makes the claim too (the rule of "selon X cité par Z")."""
    reader = ctx.reader
    # (the participle may have been read as the speaker's apposition: ", cité par Z")
    commas = [speaker.end, *(k for start, stop in speaker.appositions for k in (start - 1, stop))]
    k = next(
        (
            k
            for k in sorted(commas)
            if k + 2 < end
            and ctx.doc[k].text == ","
            and reader.word(k + 1) in ctx.lex.words.citing_participles
            and reader.word(k + 2) in ctx.lex.words.agent_prepositions
        ),
        None,
    )
    if k is None:
        return []
    phrases, _ = reader.coordinated_at(k + 3, end)
    media = [SourceRef(phrase=p) for p in phrases if can_speak(reader, p)]
    return [Found(found.content, media, [k + 1], "asserts", "incise", k + 1, [])] if media else []


def _longer_side(ctx: Context, before: Range, after_speaker: int, quote_end: int) -> Range:
    """An incise inside a quotation splits it ("« A, a expliqué X. B »"): the longer side is
    the claim."""
    k = after_speaker
    if k < quote_end and ctx.doc[k].text == ",":
        # "…, explique X, délégué syndical et agent au Pontet. B »": the speaker's apposition
        # runs to the end of the sentence, B starts after it
        stop = next((j for j in range(k + 1, quote_end) if ctx.doc[j].text in FINAL_PUNCTUATION), None)
        if stop is not None and not any(ctx.reader.is_finite(j) for j in range(k + 1, stop)):
            k = stop
    while k < quote_end and (ctx.doc[k].is_punct or ctx.doc[k].is_space):
        k += 1
    after = strip(ctx.reader, k, quote_end) if k < quote_end else None
    if after is None or after[1] - after[0] <= before[1] - before[0]:
        return before
    return after


def _attribution_then_comma(ctx: Context, start: int, opening: int) -> bool:
    """Whether tokens start..opening-1 are a preposition cue, its source and a comma ("Selon
    la compagnie, ")."""
    if opening - 1 <= start or ctx.doc[opening - 1].text != ",":
        return False
    words = [ctx.reader.word(k) for k in range(start, opening)]
    if any(ctx.reader.is_finite(k) for k in range(start, opening)):
        return False  # "Pour ces maisons, la mairie devra reloger les familles, « … », précise X"
    return any(tuple(words[: len(prep.words)]) == prep.words for prep in ctx.lex.prepositions)


def _manner_then_end(ctx: Context, i: int, end: int) -> bool:
    """Whether a word or two of manner, then the end of the sentence, come at i: "…, ajoutait-il,
    ferme. C'est …" (the incise ends its sentence)."""
    k = i
    while (
        k < end and k - i < 3 and not ctx.doc[k].is_punct and ctx.doc[k].pos_ not in ("VERB", "AUX", "PRON")
    ):
        k += 1
    return i < k and (k >= end or ctx.doc[k].text in FINAL_PUNCTUATION)


def _incises_before(ctx: Context, group: VerbGroup, quote: Quote) -> list[VerbGroup]:
    """The cues set off by commas in the same quotation before this one."""
    return [
        other
        for other in ctx.groups
        if quote.start < other.first
        and other.last < group.first
        and ctx.doc[other.first - 1].text in ctx.lex.words.incise_marks
    ]


def _incises_after(ctx: Context, group: VerbGroup, quote: Quote) -> bool:
    """Whether another cue set off by commas comes later in the same quotation."""
    return any(
        group.last < other.first < quote.end and ctx.doc[other.first - 1].text in ctx.lex.words.incise_marks
        for other in ctx.groups
    )


def _after_incise(ctx: Context, other: VerbGroup, end: int) -> int:
    """Where the words after an incise start: after its inverted pronoun or its postposed
    speaker (and the speaker's apposition), and the comma after them."""
    k = other.last
    if other.inverted is None:
        speakers = [p for p in subject_after(ctx.reader, other.last, end) if can_speak(ctx.reader, p)]
        if speakers:
            # (not an "apposition" that is the subject of B: "précise X, la charpente a bougé")
            k = max(
                [
                    speakers[-1].end,
                    *(
                        stop
                        for _, stop in speakers[-1].appositions
                        if stop >= end or not (ctx.reader.is_finite(stop) or ctx.reader.is_auxiliary(stop))
                    ),
                ]
            )
    while k < end and ctx.doc[k].text in ctx.lex.words.incise_marks:
        k += 1
    return min(k, end)


def _same_sentence_incise_before(ctx: Context, group: VerbGroup, quote: Quote) -> bool:
    """Whether an incise of the same quotation comes before this one in the same sentence
    ("« A, explique X, B, explique-t-il, C »")."""
    return any(
        ctx.layout.sentence_of(other.last)[1] > group.first for other in _incises_before(ctx, group, quote)
    )


def _tail_of_quote(
    ctx: Context, group: VerbGroup, quote: Quote, scope_end: int, source: SourceRef
) -> list[Found]:
    """ "« A, explique X, B, explique-t-il, C »": C, after the second incise of the same
    sentence, is the same speaker's too (cue "(implicit)"); when another incise follows, the
    words before it are that incise's claim, and the tail is the last one's."""
    if _incises_after(ctx, group, quote):
        return []
    k = group.last
    while k < scope_end and ctx.doc[k].text in ctx.lex.words.incise_marks:
        k += 1
    _, sentence_end = ctx.layout.sentence_of(group.last)
    tail = strip(ctx.reader, k, min(sentence_end, quote.end, scope_end))
    if tail is None or not any(_clause_verb(ctx, j) for j in range(*tail)):
        return []
    return [Found(tail, [source], [], "asserts", "standalone", tail[0], [])]


def _quotation_after(ctx: Context, group: VerbGroup, scope_end: int, source: SourceRef) -> list[Found]:
    """ "« B », ajoute-t-il, « C ».": a quotation right after the incise that ends the sentence
    is the same speaker's (cue "(implicit)")."""
    k = group.last
    if k >= scope_end or ctx.doc[k].text != ",":
        return []
    quote = quote_opening_at(ctx, k + 1)
    if quote is None or quote.closing is None:
        return []
    after = quote.closing + 1
    if after < scope_end and ctx.doc[after].text not in FINAL_PUNCTUATION:
        return []
    content = strip(ctx.reader, quote.start, quote.end)
    if content is None or not any(_clause_verb(ctx, j) for j in range(*content)):
        return []
    return [Found(content, [source], [], "asserts", "standalone", content[0], [])]


def _rest_of_quote(ctx: Context, group: VerbGroup, quote: Quote) -> list[Found]:
    """The sentences of a quotation after its last incise, with no cue of their own: the same
    speaker goes on ("« A, a-t-il dit. B »": B is theirs too, cue "(implicit)")."""
    if _incises_after(ctx, group, quote):
        return []
    _, end = ctx.layout.sentence_of(group.last)
    if end >= quote.end:
        return []
    rest = strip(ctx.reader, end, quote.end)
    if rest is None:
        return []
    return [Found(rest, [SourceRef(previous_speaker=True)], [], "asserts", "standalone", rest[0], [])]


def content_before(ctx: Context, group: VerbGroup, floor: int) -> Range | None:
    """The content of an inserted cue: the quotation or the clause before it."""
    j = group.first - 1
    if j < 0:
        return None
    if ctx.doc[j].text in ctx.lex.words.incise_marks:
        j -= 1
    if j < 0:
        return None
    text = ctx.doc[j].text
    if text in CLOSING or text in STRAIGHT_MARKS:
        quote = next((q for q in ctx.layout.quotes if q.closing == j), None)
        if quote is None:
            return None
        unit_start, _ = ctx.layout.unit_of(group.head)
        if quote.opening is not None and quote.opening > unit_start:
            # "Il semblerait que la bousculade ait été provoquée « par un feu … » a-t-il
            # précisé": words of the clause before the quotation belong to the claim
            start = clause_start(ctx, quote.opening - 1, clause_floor(ctx, quote.opening, unit_start))
            if _attribution_then_comma(ctx, start, quote.opening):
                # "Selon X, « Q », a précisé X": "Selon X" is a claim of its own
                return strip(ctx.reader, quote.start, quote.end)
            if (
                start < quote.opening
                and not any(ctx.doc[k].text in QUOTE_MARKS for k in range(start, quote.opening))
                and not any(
                    start <= other.first < quote.opening and _after_quote(ctx, other) for other in ctx.groups
                )
            ):  # (not '"A", explique X, "B", ajoute-t-il': B alone)
                return strip(ctx.reader, start, quote.end + 1)
        return strip(ctx.reader, quote.start, quote.end)
    if ctx.doc[group.first - 1].text not in ctx.lex.words.incise_marks:
        return None
    unit_start, _ = ctx.layout.unit_of(group.head)
    quote = ctx.layout.quote_around(group.first, group.last)
    if quote is not None:
        # "« A, a-t-il lancé. B, ajoutait-il. »": B starts after the sentence of the incise before;
        # "« A, explique X, B, explique-t-il, C »": after the speaker of the incise before
        for other in _incises_before(ctx, group, quote):
            sentence_end = ctx.layout.sentence_of(other.last)[1]
            if sentence_end <= group.first:
                unit_start = max(unit_start, sentence_end)
            else:
                unit_start = max(unit_start, _after_incise(ctx, other, group.first))
    start = clause_start(ctx, j, unit_start)
    if not any(_clause_verb(ctx, k) and not in_relative(ctx, k, start) for k in range(start, j + 1)):
        sentence_start = ctx.layout.sentence_of(j)[0]
        if (
            quote is None
            and sentence_start >= unit_start
            and ctx.reader.is_determiner(sentence_start)
            and j + 1 - sentence_start >= _VERBLESS_MIN_TOKENS
            and (group.inverted is not None or _verbless_then_speaker(ctx, group, sentence_start, j))
        ):
            # "Une rencontre au ministère dans la soirée, a-t-on précisé": a sentence with no
            # verb, a noun phrase that says what will happen, then an inverted cue (or a
            # postposed speaker: "Une mesure nécessaire, a fait valoir la préfecture")
            return strip(ctx.reader, sentence_start, j + 1)
        if quote is None or group.inverted is None:
            return None  # "Le maire, qui s'exprimait devant la presse, a appelé": no clause
        # "« Je pense à nos réflexions, nos contacts, ajoutait-il. »": a list before the
        # incise, inside the quotation; the quoted words back to its start are the content
        start = unit_start
        if not any(_clause_verb(ctx, k) for k in range(start, j + 1)):
            return None
    return strip(ctx.reader, start, j + 1)


def _verbless_then_speaker(ctx: Context, group: VerbGroup, start: int, j: int) -> bool:
    """Whether a noun phrase with no finite verb at all (start..j) comes before the cue, and a
    speaker after it ends the sentence: "Une mesure nécessaire, a fait valoir la préfecture
    lundi." (not "Le maire, qui s'exprimait devant la presse, a appelé les habitants à …")."""
    reader = ctx.reader
    if group.participle is not None or group.infinitive or group.passive:
        return False
    if any(reader.is_finite(k) or reader.is_auxiliary(k) for k in range(start, j + 1)):
        return False
    subject = reader.phrase_at(start, j + 1, complements=False)  # (not "… par les autorités russes")
    if subject is None or can_speak(reader, subject):
        return False  # "Le porte-parole du Kremlin, X, a démenti ces informations": the subject
    _, end = ctx.layout.sentence_of(group.last)
    speakers = [p for p in subject_after(reader, group.last, end) if can_speak(reader, p)]
    return bool(speakers) and _ends_sentence_after_dates(ctx, speakers[-1].end, end)


def _ends_sentence_after_dates(ctx: Context, i: int, end: int) -> bool:
    while i < end and (date := ctx.reader.date_at(i)) is not None:
        i = date.end  # "a fait valoir la préfecture mardi 3 mai."
    return _ends_sentence(ctx, i, end)


def _unmarked_incise(ctx: Context, group: VerbGroup, scope_end: int) -> list[Found] | None:
    """ "P rapporte le journal.": no comma before the cue, so only when a speaker after it ends
    the sentence and a clause with its own finite verb comes before it."""
    reader = ctx.reader
    unit_start, _ = ctx.layout.unit_of(group.head)
    previous = group.first - 1
    if previous <= unit_start or ctx.doc[previous].is_punct or not reader.is_finite(group.head):
        return None
    if _after_determiner(ctx, previous):
        return None  # "selon les derniers chiffres des autorités": a noun, not "chiffrer"
    if (
        reader.word(previous) in ctx.lex.words.relatives
        or reader.word(previous) in ctx.lex.words.complementizer
    ):
        return None  # "ce que pense le ministre": a relative, not an incise
    speakers = [p for p in subject_after(reader, group.last, scope_end) if can_speak(reader, p)]
    if not speakers:
        return None
    # the speaker with its apposition ("estime X, un des auteurs de l'étude."), then the end of
    # the sentence or a colon and the speaker's quotation ("explique le maire, X : « Q »")
    stop = max([speakers[-1].end, *(end for _, end in speakers[-1].appositions)])
    stop = _told_to_end(ctx, stop, scope_end)
    if not _ends_sentence(ctx, stop, scope_end) and not (
        stop < len(ctx.doc) and ctx.doc[stop].text == ":" and quote_opening_at(ctx, stop + 1) is not None
    ):
        return None
    start = clause_start(ctx, previous, unit_start)
    words = range(start, group.first)
    relative = next((k for k in reversed(words) if reader.word(k) in ctx.lex.words.relatives), None)
    if relative is not None and not any(reader.is_finite(k) for k in range(relative + 1, group.first)):
        # the cue may belong to a relative clause ("les faits que dénonce X"); not when the
        # relative has its own verb ("…, ce qui peut expliquer P estime X")
        return None
    if not any(_clause_verb(ctx, k) for k in words):
        return None
    content = strip(reader, start, group.first)
    if content is None:
        return None
    return [found_at(group, content, [SourceRef(phrase=p) for p in speakers], "incise")]


def _told_to_end(ctx: Context, stop: int, end: int) -> int:
    """After a postposed speaker, whom it was told to: "estime X auprès du journal Y" (the
    end of that phrase), or `stop`."""
    reader = ctx.reader
    words = ctx.lex.words
    if stop + 1 >= end or reader.word(stop) not in words.learned_from:
        return stop
    k = stop + 1
    if reader.word(k) in words.de_elided:
        k += 1
    elif reader.word(k) not in words.fused_de:
        return stop
    phrase = reader.phrase_at(k, end)
    return phrase.end if phrase is not None else stop


def _after_determiner(ctx: Context, previous: int) -> bool:
    """The word before is a determiner, or an adjective right after one ("les derniers")."""
    doc = ctx.doc
    return doc[previous].pos_ == "DET" or (
        doc[previous].pos_ == "ADJ" and previous > 0 and doc[previous - 1].pos_ == "DET"
    )


def _ends_sentence(ctx: Context, i: int, end: int) -> bool:
    return i >= end or ctx.doc[i].text in FINAL_PUNCTUATION


def _clause_verb(ctx: Context, k: int) -> bool:
    """A finite verb, or the root verb the tagger read as a participle ("X fait partie de …")."""
    token = ctx.doc[k]
    return ctx.reader.is_finite(k) or (token.pos_ == "VERB" and token.dep_ == "ROOT")


def _ends_clause(ctx: Context, i: int, end: int) -> bool:
    """After a postposed subject: the end, punctuation, or a framing phrase ("a déclaré
    Mitt Romney dans le Wisconsin"), not a verb ("a appelé les habitants à rester")."""
    while i < end and (date := ctx.reader.date_at(i)) is not None:
        i = date.end  # a date after the speaker: "a déclaré le ministre mardi (soir)"
    if i >= end or ctx.doc[i].is_punct or ctx.doc[i].text in QUOTE_MARKS or ctx.doc[i].pos_ == "SCONJ":
        return True  # "a déclaré Barack Obama lorsqu'il apprit la nouvelle"
    if ctx.doc[i].pos_ in ("ADP", "ADV") and i + 1 < end:
        # "a déclaré X lors d'une conférence", "… au cours d'un point de presse"
        return ctx.doc[i + 1].pos_ not in ("VERB", "AUX")
    if present_participle(ctx, i):
        return True  # "souligne le ministre invitant l'opposition à …": an adjunct of the speaker
    if ctx.reader.framing_adverb_at(i, end) > 0:
        return True  # "a déclaré le ministre lui aussi venu sur place": the speaker ends there
    return ctx.reader.word(i) in ctx.lex.words.relatives


def _after_quote(ctx: Context, group: VerbGroup) -> bool:
    j = group.first - 1
    if j >= 0 and ctx.doc[j].text == ",":
        j -= 1
    return j >= 0 and (ctx.doc[j].text in CLOSING or ctx.doc[j].text in STRAIGHT_MARKS)


def fronted_incise(ctx: Context, group: VerbGroup, scope_end: int) -> list[Found] | None:
    """A cue between commas before its content, with nothing but an adverbial before it: "Par
    ailleurs, poursuit l'ancien président, P", "Surtout, ajoute-t-il, P"."""
    if group.first == 0 or ctx.doc[group.first - 1].text != "," or group.passive:
        return None  # (not "Des pompiers, venus de X, ont été appelés à Y, commune de Z")
    unit_start, _ = ctx.layout.unit_of(group.head)
    if any(ctx.reader.is_finite(k) or ctx.reader.is_auxiliary(k) for k in range(unit_start, group.first - 1)):
        return None  # a clause before it: the ordinary incise
    if group.inverted is not None:
        sources, end = [pronoun_ref(ctx, group.inverted)], group.last
    else:
        speakers = [p for p in subject_after(ctx.reader, group.last, scope_end) if can_speak(ctx.reader, p)]
        if not speakers:
            return None
        sources, end = [SourceRef(phrase=p) for p in speakers], speakers[-1].end
    if end >= scope_end or ctx.doc[end].text != ",":
        return None
    after = clause_from(ctx, end + 1, scope_end)
    if after is None or ctx.reader.is_finite(after[0]) or ctx.reader.is_auxiliary(after[0]):
        return None  # "Le ministre, explique le journal, a démissionné": the subject is before
    return [found_at(group, after, sources, "incise")]


def de_source(ctx: Context, i: int, end: int) -> SourceRef | None:
    """ "indique-t-on de source policière": the source named after a generic "on"."""
    reader = ctx.reader
    date = reader.date_at(i)
    if date is not None:
        i = date.end  # "a-t-on appris vendredi de source judiciaire"
    if i + 1 >= end or reader.word(i) not in ctx.lex.words.de_elided:
        return None
    phrase = reader.phrase_at(i + 1, end)
    if phrase is None or reader.word(phrase.head) not in ctx.lex.words.source_words:
        return None
    return SourceRef(phrase=phrase)


def side_source(ctx: Context, i: int, end: int) -> SourceRef | None:
    """ "explique-t-on du côté de l'institut", "indique-t-on auprès de la mairie": who the
    generic "on" stands for, named after it."""
    reader = ctx.reader
    words = ctx.lex.words
    j = i
    if j + 2 < end and reader.word(j) in words.fused_de and reader.word(j + 1) in words.on_side:
        j += 2  # "du côté"
    elif j + 1 < end and reader.word(j) in words.learned_from:
        j += 1  # "auprès"
    elif j + 1 < end and reader.word(j) in words.on_at:
        # "a-t-on précisé à la préfecture", "… au ministère": an institution speaks
        phrase = reader.phrase_at(j + 1, end)
        if phrase is None or not can_speak(reader, phrase):
            return None
        kinds = ctx.lex.kinds_in(ctx.doc[phrase.head].text)
        return SourceRef(phrase=phrase) if kinds and kinds[0][1] in words.on_at_kinds else None
    else:
        return None
    if reader.word(j) in words.de_elided:
        j += 1
    elif reader.word(j) not in words.fused_de:
        return None
    phrase = reader.phrase_at(j, end)
    if phrase is None or not can_speak(reader, phrase):
        return None
    return SourceRef(phrase=phrase)
