"""Verb cue: "X a affirmé que P", "X a condamné P", "…, affirmant que P"."""

# A participle's speaker is the subject of the clause that governs it; coordinated verbs share
# their subject ("a condamné P et estimé que Q").

from __future__ import annotations

from ..clauses import after_que, previous_finite, strip, verb_between
from ..context import Context, CueSite, Found, Range, SourceRef, found_at
from ..groups import VerbGroup
from ..layout import CLOSING, OPENING
from ..phrases import Phrase
from ..registry import claims_of_cue, cue_frame, document_frame
from ..speakers import can_speak, subject_before
from .content import content_after, unable
from .subject import cue_subject, pronoun_subject_at, quote_opened_by


@cue_frame("verb")
def verb(ctx: Context, site: CueSite) -> list[Found] | None:
    """A reporting verb with its subject before it (or the subject of the verb that governs a
    participle or an infinitive) and its content after it: "X a affirmé que P", "X a condamné
    P", "X a déclaré : « P »", "…, affirmant que P"."""
    group, floor, scope_end = site.group, site.floor, site.scope_end
    if group.inverted is not None and _asks(ctx, group.head):
        return []  # "Les syndicats annoncent-ils une grève ?": the journalist's question
    sources = cue_subject(ctx, group, floor, scope_end)
    if not sources:
        return []
    content, frame, colon = content_after(ctx, group, scope_end)
    if content is None:
        return []
    opened = quote_opened_by(ctx, group)
    if opened is not None and opened.closing is not None and content[0] < opened.end < content[1]:
        content = (content[0], opened.end)  # "« exige P » et …": the quoted words
    cannot = unable(ctx, group) and frame == "que"
    if (
        group.infinitive
        and frame != "quote"
        and not cannot
        and not _purpose(ctx, group)
        and not _made(ctx, group)
    ):
        return []  # "se verra demander de …", "pourront contester …": not a speech act made
    second = next(
        (
            g
            for g in ctx.groups
            if content[0] < g.first - 2 and g.head < content[1] and _after_first_act(ctx, g)
        ),
        None,
    )
    if second is not None:
        # "a déclaré que P, avant d'ajouter que Q": P stops before the second act
        content = strip(ctx.reader, content[0], second.first - 2) or content
    unit_start, _ = ctx.layout.unit_of(group.head)
    fronted = group.participle == "present" or (
        group.infinitive and group.first > 0 and ctx.reader.word(group.first - 1) in ctx.lex.words.done_before
    )
    if fronted and not verb_between(ctx, unit_start, group.first):
        content = _before_main_clause(ctx, content)  # "Après avoir affirmé que P, X a …"
        if group.participle == "present" and frame == "object":
            content = _before_main_verb(ctx, content)  # "L'annonce du maire promettant P est …"
    found = found_at(group, content, sources, frame)
    found.colon = colon
    if cannot:
        found.stance = "not_confirmed"  # "ne pouvaient affirmer si P"
    if group.past or group.participle is not None or group.infinitive:
        # a conditional reported under a past cue may be the concordance of tenses; under a
        # present one ("affirment qu'il y aurait dix morts") it is the reportive conditional
        found.future_in_past = reported_clause(ctx, content, frame)
    medium = _cited_first(ctx, unit_start, sources)
    if medium is not None:
        # "Cité par la radio, le directeur précise que P": the medium makes the claim too
        participle, phrases = medium
        refs = [SourceRef(phrase=p) for p in phrases]
        return [found, Found(content, refs, [participle], "asserts", "verb", participle)]
    cited = _cited_between(ctx, group.last, content[0]) if frame == "que" else None
    if cited is not None:
        # "La télévision a annoncé, citant la présidence, que P": the source cited says P too
        participle, phrase = cited
        return [
            found,
            Found(content, [SourceRef(phrase=phrase)], [participle], "asserts", "verb", participle),
        ]
    return [found]


def _cited_first(ctx: Context, start: int, sources: list[SourceRef]) -> tuple[int, list[Phrase]] | None:
    """ "Cité par X, le directeur …": a participle of citing and its agent put first, then a
    comma and the cue's subject; the participle and the media that can speak, or None."""
    reader = ctx.reader
    while start < len(ctx.doc) and (ctx.doc[start].is_space or ctx.doc[start].text in OPENING):
        start += 1
    if not (
        start + 2 < len(ctx.doc)
        and reader.word(start) in ctx.lex.words.citing_participles
        and reader.word(start + 1) in ctx.lex.words.agent_prepositions
    ):
        return None
    phrases, stop = reader.coordinated_at(start + 2, len(ctx.doc))
    if not phrases:
        # a name the tagger did not read as one ("Cité par 9news,"): the words up to the comma
        stop = next((k for k in range(start + 2, min(len(ctx.doc), start + 5)) if ctx.doc[k].text == ","), -1)
        if stop <= start + 2 or any(ctx.doc[k].is_punct for k in range(start + 2, stop)):
            return None
        phrases = [Phrase(start + 2, stop, stop - 1, (), None)]
    if stop >= len(ctx.doc) or ctx.doc[stop].text != ",":
        return None
    if not all(ref.phrase is not None and ref.phrase.start > stop for ref in sources):
        return None
    # (whoever a text is cited by speaks, whatever the lexicon knows of it: "Cité par 9news")
    return start, phrases


def _cited_between(ctx: Context, start: int, end: int) -> tuple[int, Phrase] | None:
    """ ", citant X," between a cue and its que-clause: the participle and X, when X can speak."""
    for k in range(start, end - 1):
        if ctx.doc[k].text == "," and ctx.reader.word(k + 1) in ctx.lex.words.citing_present:
            phrase = ctx.reader.phrase_at(k + 2, end)
            if phrase is not None and can_speak(ctx.reader, phrase):
                return k + 1, phrase
    return None


def _asks(ctx: Context, i: int) -> bool:
    """Whether token i is in a sentence that ends with a question mark, outside quotations."""
    if ctx.layout.in_quote(i):
        return False
    _, end = ctx.layout.sentence_of(i)
    k = end - 1
    while k > i and (ctx.doc[k].is_space or ctx.doc[k].text in CLOSING):
        k -= 1
    return k > i and ctx.doc[k].text == "?"


@document_frame("verb_cues")
def verb_cues(ctx: Context, found: list[Found]) -> list[Found]:
    """The claims of every reporting verb, each read by the cue frames (see registry.py)."""
    claims: list[Found] = []
    for group in ctx.groups:
        claims.extend(claims_of_cue(ctx, group))
    return claims


@cue_frame("own_words")
def own_words(ctx: Context, site: CueSite) -> list[Found] | None:
    """No claim of its own for a cue in the first or second person: "Je peux confirmer que …",
    "nous pensons que" are the speaker's own words, part of their claim; outside quotations,
    the journalist's ("Rappelons que")."""
    return [] if _first_person(ctx, site.group, site.floor) else None


def _first_person(ctx: Context, group: VerbGroup, floor: int) -> bool:
    for k in [group.head, *group.cue_tokens]:
        person = ctx.doc[k].morph.get("Person", [])
        if ("1" in person or "2" in person) and ctx.doc[k].pos_ in ("VERB", "AUX"):
            return True
    if not ctx.layout.in_quote(group.head):
        return False
    if group.inverted is not None:
        # "…, nos contacts, ajoutait-il": the inverted pronoun is the subject, not the words before
        return ctx.reader.word(group.inverted) in ctx.lex.first_person
    j = group.first - 1
    if j >= floor and ctx.reader.word(j) in ctx.lex.first_person:
        return True
    if j >= floor and ctx.reader.word(j) in ctx.lex.generic_pronouns and ctx.layout.in_quote(j):
        return True  # « On demande à mon client … »: "on" is "we" in the speaker's mouth
    # "mon bilan montre que …", "nos chiffres prouvent …": the speaker's own, inside the quote
    phrases, _ = subject_before(ctx.reader, group.first, floor)
    return any(ctx.reader.word(p.start) in ctx.lex.words.first_person_possessives for p in phrases)


def _made(ctx: Context, group: VerbGroup) -> bool:
    """An infinitive cue whose act was made: after a verb that says so ("a tenu à préciser",
    "n'a pas manqué de rappeler", "a souhaité ajouter") or after "après" ("Après avoir affirmé
    que P, X a …")."""
    words = ctx.lex.words
    j = group.first - 1
    if group.governor is None:
        return (j >= 0 and ctx.reader.word(j) in words.done_before) or _after_first_act(ctx, group)
    lemma = (ctx.doc[group.governor].lemma_ or "").lower()
    unit_start, _ = ctx.layout.unit_of(group.head)
    before = range(max(unit_start, group.governor - 4), group.governor)
    negated = any(ctx.reader.word(k) in words.negation for k in before)
    return lemma in (words.made_when_negated if negated else words.made_governors)


def _after_first_act(ctx: Context, group: VerbGroup) -> bool:
    """ "a déclaré P avant d'ajouter que Q": an infinitive cue after "avant de" and, earlier in
    the sentence, a reporting verb of its own: a second act of the same speaker."""
    reader = ctx.reader
    words = ctx.lex.words
    j = group.first - 1
    if j < 1 or reader.word(j) not in words.before_infinitive or reader.word(j - 1) not in words.done_after:
        return False
    unit_start, _ = ctx.layout.unit_of(group.head)
    return any(unit_start <= g.head < j - 1 and g.participle is None and not g.infinitive for g in ctx.groups)


def _purpose(ctx: Context, group: VerbGroup) -> bool:
    """An infinitive cue as the purpose of what its subject did: "ont manifesté pour dénoncer
    le projet", "se sont rassemblés afin d'exiger …" (the act is made, by the subject of the
    verb before, in the same clause)."""
    j = group.first - 1
    words = ctx.lex.words
    if group.governor is not None or j < 0:
        return False
    if ctx.reader.word(j) in words.de_elided and j > 0 and ctx.reader.word(j - 1) in words.purpose_before_de:
        j -= 1
    elif ctx.reader.word(j) not in words.purpose:
        return False
    unit_start, _ = ctx.layout.unit_of(group.head)
    verb = previous_finite(ctx, j, unit_start)
    if verb is None or any(ctx.doc[k].text in (",", ";", ":") for k in range(verb, j)):
        return False
    # only acts that voice a demand ("ont défilé", "a lancé une pétition"), not "dispose de
    # dix jours pour proclamer …", where the act is still to come
    head = next((k for k in range(verb, j) if ctx.doc[k].pos_ == "VERB"), None)
    return head is not None and (ctx.doc[head].lemma_ or "").lower() in words.purpose_verbs


def _before_main_clause(ctx: Context, content: Range) -> Range:
    """A participle clause put first ends where the main clause starts: "Tout en insistant
    sur le bilan, le républicain poursuit …"."""
    start, end = content
    for k in range(start + 1, end - 1):
        if ctx.doc[k].text != ",":
            continue
        phrases, stop = ctx.reader.coordinated_at(k + 1, end)
        if phrases and stop < end and (ctx.reader.is_finite(stop) or ctx.reader.is_auxiliary(stop)):
            return strip(ctx.reader, start, k) or content
        if pronoun_subject_at(ctx, k + 1, end):
            return strip(ctx.reader, start, k) or content  # "Rappelant que P, ils dénoncent"
    return content


def _before_main_verb(ctx: Context, content: Range) -> Range:
    """A participle in the subject, its object the claim: the object ends where the main verb
    starts ("L'annonce du maire promettant la gratuité des bus est mal passée"), unless a
    relative clause comes first (its verb is the object's)."""
    start, end = content
    for k in range(start + 1, end):
        if ctx.layout.in_quote(k) or ctx.reader.word(k) in ctx.lex.words.relatives:
            return content
        if ctx.reader.is_finite(k) or ctx.reader.is_auxiliary(k):
            return strip(ctx.reader, start, k) or content
    return content


def reported_clause(ctx: Context, content: Range, frame: str) -> Range | None:
    """Where a conditional is the concordance of tenses or a hypothesis, not a hedge: in a
    clause reported with que ("a affirmé qu'il viendrait", "affirmant que son ouverture
    apporterait le malheur")."""
    if frame == "que":
        return content
    start, end = content
    que = next((k for k in range(start, end) if after_que(ctx, k) is not None), None)
    return (que, end) if que is not None else None
