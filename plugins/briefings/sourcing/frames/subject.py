"""The speaker of a reporting verb: its subject, a governing or coordinated verb's, a relative's."""

from __future__ import annotations

from ..clauses import clause_floor, clause_start, previous_finite, pronoun_ref, verb_between, verb_follows
from ..context import Context, SourceRef
from ..groups import VerbGroup
from ..layout import QUOTE_MARKS, Quote
from ..phrases import Phrase
from ..registry import claims_of_cue
from ..speakers import PERSON_LABELS, can_speak, nearest_phrase_before, subject_before


def cue_subject(ctx: Context, group: VerbGroup, floor: int, scope_end: int) -> list[SourceRef]:
    """The speaker of a verb cue: its subject, a pronoun, the antecedent of "qui", or the
    subject it shares with a coordinated or governing verb."""
    reader = ctx.reader
    if group.inverted is not None:
        return [pronoun_ref(ctx, group.inverted)]
    if group.participle == "present" or group.infinitive:
        return _governing_subject(ctx, group, floor, scope_end)
    outside = _subject_outside_quote(ctx, group)
    if outside is not None:
        return outside
    phrases, pronoun = subject_before(reader, group.first, floor)
    if pronoun is not None:
        word = reader.word(pronoun)
        if word in ctx.lex.first_person:
            return []
        if word in ctx.lex.words.relative_subject:
            return qui_antecedent(ctx, pronoun, floor)
        return [pronoun_ref(ctx, pronoun)]
    speakers = [p for p in phrases if can_speak(ctx.reader, p)]
    if speakers and _silent_subject_before(ctx, group, speakers, floor):
        return []  # "La libération de plusieurs prisonniers annonçait la tendance"
    if speakers and len(speakers) == len(phrases):
        return [SourceRef(phrase=p) for p in speakers]
    # coordinated verbs share a subject: "a condamné P et estimé que Q", "et a menacé"
    if _coordinated(ctx, group.first, floor):
        unit_start, _ = ctx.layout.unit_of(group.head)
        previous = _previous_group(ctx, group, unit_start)
        if previous is not None:
            return group_sources(ctx, previous)
        verb = previous_finite(ctx, group.first, unit_start)
        if verb is not None:
            phrases, pronoun = subject_before(reader, verb, clause_floor(ctx, verb, unit_start))
            if pronoun is not None and reader.word(pronoun) not in ctx.lex.first_person:
                return [pronoun_ref(ctx, pronoun)]
            return [SourceRef(phrase=p) for p in phrases if can_speak(ctx.reader, p)]
    return []


def quote_opened_by(ctx: Context, group: VerbGroup) -> Quote | None:
    """The quotation whose first word is a finite cue ("La résolution « exige … »")."""
    mark = group.first - 1
    quote = ctx.layout.quote_opening_at(mark) if mark > 0 else None
    if quote is None or quote.start != group.first or group.participle is not None or group.infinitive:
        return None
    return quote


def _subject_outside_quote(ctx: Context, group: VerbGroup) -> list[SourceRef] | None:
    """A quotation that opens on the cue itself, its subject outside the marks: "La résolution
    « exige le retrait des troupes »", "Le syndicat, dans un tract, « dénonce une provocation »"
    (the journalist quotes the verb with what it says). Only a speaker or a document (None:
    not this pattern)."""
    reader = ctx.reader
    quote = quote_opened_by(ctx, group)
    if quote is None or quote.opening is None:
        return None
    mark = quote.opening
    before = mark - 1
    if before < 0 or ctx.doc[before].is_punct and ctx.doc[before].text != ",":
        return None  # "… : « Exige … »", a quotation that starts its own sentence
    scope_start, _ = ctx.layout.scope(mark)
    if reader.word(before) in ctx.lex.words.subject_joiners and not ctx.doc[before].is_punct:
        # "« exige P » et « exige Q »": the subject of the cue before
        unit_start, _ = ctx.layout.unit_of(group.head)
        previous = _previous_group(ctx, group, unit_start)
        return group_sources(ctx, previous) or None if previous is not None else None
    phrases, pronoun = subject_before(reader, mark, clause_floor(ctx, mark, scope_start))
    if pronoun is not None:
        word = reader.word(pronoun)
        if word in ctx.lex.first_person or word in ctx.lex.words.relative_subject:
            return None
        return [pronoun_ref(ctx, pronoun)]
    speakers = [p for p in phrases if can_speak(reader, p)]
    if not speakers or len(speakers) != len(phrases):
        return None
    return [SourceRef(phrase=p) for p in speakers]


def _silent_subject_before(ctx: Context, group: VerbGroup, speakers: list[Phrase], floor: int) -> bool:
    """Whether the parse's subject of the cue is a noun that cannot speak, before the phrases
    found: they are then inside its complement ("La libération de plusieurs journalistes ainsi
    que d'autres prisonniers annonçait …" is not said by the prisoners)."""
    subject = next((c for c in ctx.doc[group.head].children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not floor <= subject.i < min(p.start for p in speakers):
        return False  # (the parse may take its subject in a heading before the paragraph)
    phrase = ctx.reader.phrase_at(subject.left_edge.i, subject.i + 1, complements=False)
    return phrase is not None and phrase.head == subject.i and not can_speak(ctx.reader, phrase)


def _coordinated(ctx: Context, first: int, floor: int) -> bool:
    j = first - 1
    return j >= floor and ctx.reader.word(j) in ctx.lex.words.subject_joiners


def _previous_group(ctx: Context, group: VerbGroup, floor: int) -> VerbGroup | None:
    candidates = [g for g in ctx.groups if floor <= g.head < group.first and g is not group]
    return candidates[-1] if candidates else None


def _governing_subject(ctx: Context, group: VerbGroup, floor: int, scope_end: int) -> list[SourceRef]:
    """The speaker of a participle or infinitive cue: the noun it follows ("une croyance
    locale affirmant"), else the subject of the governing clause, before or after."""
    reader = ctx.reader
    # after a reporting verb, the participle goes on with the same speaker ("a réfuté l'idée
    # d'un prêt par l'État affirmant : « … »", "a salué …, y voyant")
    if group.participle == "present":
        unit_start, _ = ctx.layout.unit_of(group.head)
        first = clause_start(ctx, group.first - 1, unit_start)
        # (not a verb that speaks only before a quotation: "a réagi contre X, la droite
        # pointant …" is said by "la droite")
        earlier = [
            g
            for g in ctx.groups
            if first <= g.head < group.first and g.participle is None and not g.infinitive and not g.cue.quote
        ]
        if earlier and (
            not verb_between(ctx, earlier[-1].last, group.first)
            or _after_its_que_clause(ctx, earlier[-1], group)
        ):
            sources = group_sources(ctx, earlier[-1])
            if sources:
                return sources
    j = group.first - 1
    if (
        group.governor is None
        and j >= floor
        and (reader.is_nominal(j) or reader.is_adjective(j))
        and ctx.doc[j].text not in QUOTE_MARKS
    ):
        phrase = nearest_phrase_before(reader, j + 1, floor)
        widest = reader.phrase_ending_at(j + 1, floor)
        # the object of a reporting verb is not the speaker: "a salué la création de ce
        # gouvernement y voyant …" is said by the subject of "a salué"; that of another verb may
        # be ("reçoivent un appel d'une personne prétendant …", "envoient des messages confirmant …")
        is_object = (
            widest is not None
            and widest > floor
            and ctx.doc[widest - 1].pos_ in ("VERB", "AUX")
            and any(g.first <= widest - 1 <= g.last for g in ctx.groups)
        )
        if phrase is not None and not is_object and can_speak(ctx.reader, phrase):
            return [SourceRef(phrase=phrase)]
    if group.governor is not None:  # "X tente de corriger": the subject of "tente"
        phrases, pronoun = subject_before(reader, group.first, floor)
        if pronoun is not None:
            return [] if reader.word(pronoun) in ctx.lex.first_person else [pronoun_ref(ctx, pronoun)]
        if phrases:
            return [SourceRef(phrase=p) for p in phrases if can_speak(ctx.reader, p)]
    # the governing clause before: "Des experts … ont mis en garde …, affirmant que"
    unit_start, unit_end = ctx.layout.unit_of(group.head)
    verb = previous_finite(ctx, group.first, unit_start)
    while verb is not None:
        previous = next((g for g in ctx.groups if g.first == verb), None)
        if previous is not None and previous.participle is None:
            return group_sources(ctx, previous)
        phrases, pronoun = subject_before(reader, verb, clause_floor(ctx, verb, unit_start))
        if pronoun is not None:
            if reader.word(pronoun) in ctx.lex.words.relative_subject:
                return qui_antecedent(ctx, pronoun, unit_start)
            return [pronoun_ref(ctx, pronoun)] if reader.word(pronoun) not in ctx.lex.first_person else []
        speakers = [SourceRef(phrase=p) for p in phrases if can_speak(ctx.reader, p)]
        if speakers:
            return speakers
        # a subject that cannot speak is that of a reported clause ("a annoncé que de
        # nouveaux crédits seraient débloqués, précisant que …"): the speaker is further back
        verb = previous_finite(ctx, verb, unit_start)
    # the governing clause after: "Tout en insistant sur X, le républicain poursuit"
    j = group.last
    while j < unit_end:
        if ctx.doc[j].text == "," and j + 1 < unit_end:
            phrases, stop = reader.coordinated_at(j + 1, unit_end)
            if (
                phrases
                and stop < unit_end
                and (reader.is_finite(stop) or ctx.doc[stop].pos_ in ("AUX", "VERB"))
            ):
                return [SourceRef(phrase=p) for p in phrases if can_speak(ctx.reader, p)]
            if pronoun_subject_at(ctx, j + 1, unit_end):
                # "Rappelant que P, ils dénoncent …": a pronoun subject of the clause after
                return [pronoun_ref(ctx, j + 1)]
        j += 1
    return []


def pronoun_subject_at(ctx: Context, k: int, end: int) -> bool:
    """A third-person subject pronoun at token k, then (after clitics or negation) its verb."""
    word = ctx.reader.word(k)
    return word in ctx.lex.pronouns and word not in ctx.lex.first_person and verb_follows(ctx, k, end)


def group_sources(ctx: Context, group: VerbGroup) -> list[SourceRef]:
    """Who speaks in a cue group, however its claim attributes it (also postposed)."""
    key = group.head
    if key not in ctx.speakers_by_group:
        ctx.speakers_by_group[key] = []  # no loops through a cycle of participles
        claims = claims_of_cue(ctx, group)
        if claims:
            ctx.speakers_by_group[key] = claims[0].sources
        else:
            unit_start, unit_end = ctx.layout.unit_of(group.head)
            ctx.speakers_by_group[key] = cue_subject(
                ctx, group, clause_floor(ctx, group.first, unit_start), unit_end
            )
    return ctx.speakers_by_group[key]


def clause_speakers(ctx: Context, verb: int, floor: int) -> list[SourceRef]:
    """Who speaks in the clause whose verb group starts at `verb`, for a frame with no cue of its
    own (a colon): its subject when it can speak, or a pronoun of the third person."""
    reader = ctx.reader
    phrases, pronoun = subject_before(reader, verb, floor)
    if pronoun is None:
        return [SourceRef(phrase=p) for p in phrases if can_speak(reader, p)]
    word = reader.word(pronoun)
    if word in ctx.lex.first_person or word in ctx.lex.words.relative_subject:
        return []
    return [pronoun_ref(ctx, pronoun)]


def qui_antecedent(ctx: Context, pronoun: int, floor: int) -> list[SourceRef]:
    """The antecedent of a relative "qui": the noun phrase before it, with its appositions
    ("l'organisation islamique, qui affirme", "Arnaud Montebourg, le ministre …, qui")."""
    reader = ctx.reader
    phrases, _ = subject_before(reader, pronoun, floor)
    if phrases and not _reaches(ctx, phrases[-1], pronoun):
        # "X fait l'unanimité au sein de la majorité, qui a salué …": the subject of the clause
        # before, not next to "qui", is no antecedent; the phrase right before it is
        phrases = []
    phrases = [p for p in phrases if can_speak(reader, p)]
    occasion = _occasion_before(ctx, pronoun, floor)
    if occasion is not None or (len(phrases) == 1 and reader.word(phrases[0].start) in ctx.lex.words.de):
        # "des propos tenus par X, jeudi lors d'une réception …, qui affirmait": a complement
        # of time, place or occasion does not speak; the person named before it does
        person = _person_before(ctx, occasion if occasion is not None else phrases[0].start, floor)
        phrases = [person] if person is not None else []
    if phrases:
        return [SourceRef(phrase=p) for p in phrases]
    antecedent = nearest_phrase_before(ctx.reader, pronoun, max(floor, pronoun - 12))
    if antecedent is not None and can_speak(ctx.reader, antecedent):
        return [SourceRef(phrase=antecedent)]
    return []


def _reaches(ctx: Context, phrase: Phrase, pronoun: int) -> bool:
    """Whether the phrase (with its appositions) ends right before the relative pronoun, but for
    a comma or a closing parenthesis."""
    end = max([phrase.end, *(stop for _, stop in phrase.appositions)])
    if phrase.parenthetical is not None:
        end = max(end, phrase.parenthetical[1] + 1)
    return all(ctx.reader.is_punct(k) for k in range(end, pronoun))


def _person_before(ctx: Context, i: int, floor: int) -> Phrase | None:
    """The phrase of the nearest person named before token i, back to `floor`."""
    reader = ctx.reader
    for k in range(i - 1, floor - 1, -1):
        ent = reader.entity(k)
        if ent is not None and ent.label_ in PERSON_LABELS and ent.end <= i:
            phrase = nearest_phrase_before(reader, ent.end, floor)
            return phrase if phrase is not None and can_speak(reader, phrase) else None
    return None


def _occasion_before(ctx: Context, pronoun: int, floor: int) -> int | None:
    """The start of an adverbial of time or occasion set off by commas right before a relative
    pronoun (", mardi lors d'une cérémonie au ministère, qui"), or None."""
    reader = ctx.reader
    if pronoun - 1 < floor or ctx.doc[pronoun - 1].text != ",":
        return None
    start = next((k for k in range(pronoun - 2, floor - 1, -1) if ctx.doc[k].text == ","), None)
    if start is None:
        return None
    k = start + 1
    date = reader.date_at(k)
    if date is not None:
        k = date.end
    return start if k < pronoun - 1 and reader.word(k) in ctx.lex.words.postposed_subject_framing else None


def _after_its_que_clause(ctx: Context, earlier: VerbGroup, group: VerbGroup) -> bool:
    """ "annonce que la banque envoie un coursier, demandant …": a participle set off by a comma
    after the que-clause of a cue goes on with the cue's speaker, not the clause's subject."""
    if ctx.doc[group.first - 1].text != ",":
        return False
    words = ctx.lex.words
    return any(
        ctx.reader.word(k) in words.complementizer
        for k in range(earlier.last, min(group.first, earlier.last + 3))
    )
