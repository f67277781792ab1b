"""Find the attributed claims of a parsed article: cue, source, content span, stance, hedges.

Cues, by how they attribute (each rule is general; the words come from data/sourcing_fr.yml):

- a reporting verb, with its subject before it ("X a affirmé que P", "X a condamné P"), after it
  ("P, a annoncé jeudi X", "« P », a-t-il ajouté"), in a participle ("…, affirmant que P": the
  subject of the governing clause), or in the passive ("P a été émise par X", "P sont pointées
  du doigt": no agent, an implicit source);
- a figure given as an estimate ("victimes …, estimées à environ 1 100");
- "selon X, P", "d'après X", "pour X, P" (fronted, X a speaker);
- a noun of speech ("la suggestion de X de P");
- a colon before a quotation, with no reporting verb ("X s'est basé sur ce raisonnement : « P »");
- a sentence that is only a quotation, right after its speaker was introduced.

The content is the complement of the cue (que-clause, quotation, object) up to the end of its
clause, or what precedes an inserted cue. Clauses end at ";", at a colon before a quotation, at
", mais …", and before a coordinated cue ("a condamné P et estimé que Q").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..models import EntityMention
from ..nlp.knowledge import KnowledgeBase
from .hedges import Hedge, find_hedges
from .layout import CLOSING, FINAL_PUNCTUATION, OPENING, QUOTE_MARKS, STRAIGHT, Quote
from .lexicon import Lexicon, VerbCue, lexicon, norm
from .models import Claim, Source
from .phrases import DE, RELATIVES, Phrase, Reader, token_chars
from .sources import SourceBook

_AUXILIARIES = frozenset({"avoir", "être"})
_CLITICS = frozenset({"se", "s'", "me", "m'", "te", "t'", "nous", "vous", "lui", "leur", "l'", "le", "la", "les", "y", "en"})
_REFLEXIVE = frozenset({"se", "s'"})
_NEGATION = frozenset({"ne", "n'"})
_CLAUSE_BREAKERS = frozenset({"mais", "car", "puis", "tandis", "cependant"})
_PAST_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ise", "ises")
#: After a comma, these open an adjunct that is not part of a noun-phrase claim.
_ADJUNCTS = frozenset({"après", "avant", "lors", "pendant", "depuis", "malgré", "dès", "durant", "suite", "en", "alors", "tandis", "bien", "parce", "puisque", "lorsque", "quand", "afin"})
_FRAMING_PREPOSITIONS = frozenset({"dans", "sur", "devant", "lors", "pendant", "sous", "au", "à", "aux", "en", "après", "avant", "depuis", "par"})


@dataclass(frozen=True)
class SourceRef:
    """Who a claim is attributed to, before it is resolved to a `Source`."""

    phrase: Phrase | None = None
    pronoun: int | None = None  # a pronoun token ("-il", "qui", "elle")
    generic: int | None = None  # "on"
    implicit: bool = False
    previous_speaker: bool = False  # a quotation standing alone: its speaker came just before
    antecedent_of: int | None = None  # "qui": the phrase it stands for, at this token


@dataclass
class Found:
    """A claim as the rules found it: token spans, before sources are resolved."""

    content: tuple[int, int]
    sources: list[SourceRef]
    cue: list[int]
    stance: str
    frame: str
    position: int  # the cue's head, to process claims in reading order
    hedge_scopes: list[tuple[int, int]] = field(default_factory=list)
    future_in_past: tuple[int, int] | None = None
    extra_hedges: list[Hedge] = field(default_factory=list)
    colon: int | None = None  # the colon a quotation frame used


@dataclass
class _Group:
    """A verb cue with its auxiliaries, clitics and negation: "n'ont", "a-t-il ajouté"."""

    cue: VerbCue
    head: int
    first: int  # first token of the group
    last: int  # index after the group
    cue_tokens: list[int]
    inverted: int | None = None  # "-il" of "a-t-il ajouté"
    negated: bool = False
    passive: bool = False
    past: bool = False
    participle: str | None = None  # "present" ("affirmant") or "past" (no auxiliary)
    infinitive: bool = False
    governor: int | None = None  # "tente-t-il de corriger": the group of "tente"

    @property
    def stance(self) -> str:
        return (self.cue.negated or self.cue.stance) if self.negated else self.cue.stance


def extract_claims(
    doc: Doc,
    mentions: Sequence[EntityMention] = (),
    kb: KnowledgeBase | None = None,
    *,
    language: str = "fr",
    grade: bool = True,
) -> list[Claim]:
    """The attributed claims of `doc`, in reading order, graded (see grade.py)."""
    from .grade import grade_claims  # grade imports the models only; no cycle at import time

    lex = lexicon(language)
    reader = Reader.of(doc, lex)
    finder = _Finder(reader)
    found = finder.find()
    book = SourceBook(reader, mentions, kb)
    claims = _resolve(found, reader, book)
    return grade_claims(claims, doc=doc, mentions=mentions) if grade else claims


class _Finder:
    def __init__(self, reader: Reader):
        self.reader = reader
        self.doc = reader.doc
        self.lex: Lexicon = reader.lex
        self.layout = reader.layout
        self.groups: list[_Group] = []
        self.group_starts: set[int] = set()
        self._sources_cache: dict[int, list[SourceRef]] = {}

    # --- driver ---------------------------------------------------------------------------------

    def find(self) -> list[Found]:
        self.groups = [group for i in range(len(self.doc)) if (group := self._group_at(i)) is not None]
        self.group_starts = {group.first for group in self.groups}
        found: list[Found] = []
        for group in self.groups:
            found.extend(self._verb_claims(group))
        found.extend(self._preposition_claims())
        found.extend(self._noun_claims())
        found.extend(self._colon_claims(found))
        found.extend(self._standalone_quotes(found))
        return _deduplicate(found)

    # --- verb groups ------------------------------------------------------------------------------

    def _group_at(self, head: int) -> _Group | None:
        reader = self.reader
        token = self.doc[head]
        if reader.tagged and token.pos_ not in ("VERB", "AUX", "ADJ") and not self._verb_tagged_as_noun(head):
            return None
        if token.pos_ == "AUX" and token.lemma_ in _AUXILIARIES:
            return None
        if token.pos_ == "ADJ" and not norm(token.text).endswith(("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes", "se", "ses")):
            return None
        cues = sorted(self.lex.verb_cues(token.text, token.lemma_), key=lambda c: -c.specificity)
        for cue in cues:
            group = self._build_group(head, cue)
            if group is not None:
                return group
        return None

    def _verb_tagged_as_noun(self, i: int) -> bool:
        """The tagger reads some verb forms as nouns ("se sont félicités", "…, chiffré à",
        "une directive européenne demande aux pilotes"): a form of a reporting verb after an
        auxiliary, a clitic, a comma or a noun phrase, never after a determiner."""
        token = self.doc[i]
        if token.pos_ not in ("NOUN", "PROPN") or not token.is_lower or i == 0:
            return False
        if norm(token.text) not in self.lex.verbs_by_form:
            return False
        previous = self.doc[i - 1]
        if previous.pos_ in ("DET", "ADP", "NUM") or self.reader.word(i - 1) in DE:
            return False
        if self.reader.is_auxiliary(i - 1) or previous.pos_ == "AUX" or self.reader.word(i - 1) in _CLITICS or previous.text == ",":
            return True
        following = self.doc[i + 1] if i + 1 < len(self.doc) else None
        return previous.pos_ in ("ADJ", "NOUN", "PROPN") and following is not None and (
            following.pos_ in ("ADP", "DET", "SCONJ") or following.text in QUOTE_MARKS or following.text == ":"
        )

    def _build_group(self, head: int, cue: VerbCue) -> _Group | None:
        reader = self.reader
        doc = self.doc
        unit_start, unit_end = self.layout.unit_of(head)
        # the words after the head that complete a multi-word cue
        last = head + 1
        for particle in cue.particles:
            if last < unit_end and reader.word(last) == particle:
                last += 1
            else:
                return None
        group = _Group(cue, head, head, last, [head])
        group.cue_tokens.extend(range(head + 1, last))
        # inverted subject: "explique-t-il", "dit-on"
        while last < unit_end and (reader.word(last) == "-t" or self._inverted_pronoun(last)):
            if reader.word(last) != "-t":
                group.inverted = last
            group.cue_tokens.append(last)
            last += 1
        group.last = last
        # to the left: auxiliaries, clitics, negation, inserted words
        reflexive = False
        clitic = None
        j = head - 1
        while j >= unit_start:
            word = reader.word(j)
            token = doc[j]
            if self._inverted_pronoun(j) or word == "-t":
                if word != "-t":
                    group.inverted = j
                group.cue_tokens.append(j)
            elif reader.is_auxiliary(j) or (not reader.tagged and word in ("a", "ont", "avait", "est", "sont", "été", "avaient")):
                group.cue_tokens.append(j)
                if token.lemma_ == "être" or word in ("est", "sont", "été", "était", "étaient", "fut", "furent", "sera"):
                    group.passive = True
                if "Past" in token.morph.get("Tense") or "Imp" in token.morph.get("Tense") or token.pos_ == "AUX":
                    group.past = True
            elif word in _NEGATION:
                group.negated = True
                group.cue_tokens.append(j)
            elif word in _REFLEXIVE:
                reflexive = True
                group.cue_tokens.append(j)
            elif word in _CLITICS and token.pos_ in ("PRON", ""):
                if word == cue.clitic:
                    clitic = word
                    group.cue_tokens.append(j)
            elif token.pos_ == "ADV" and self._auxiliary_left_of(j, unit_start):
                pass  # "a cependant déclaré", "n'a pas été confirmée"
            elif token.pos_ in ("ADP", "DET", "NOUN", "PRON") and self._auxiliary_left_of(j, unit_start, span=3):
                pass  # "a de son côté dénoncé", "a pour sa part condamné", "a lui écrit"
            else:
                break
            j -= 1
        group.first = j + 1
        if reflexive:
            group.passive = False  # "se sont félicités" is active
        if cue.reflexive and not reflexive:
            return None
        if cue.clitic and clitic is None:
            return None
        if not cue.reflexive and reflexive and any(c.reflexive and c.lemma == cue.lemma for c in self.lex.verbs_by_lemma.get(cue.lemma, ())):
            return None  # "se dire" was tried first
        morph = doc[head].morph
        form = norm(doc[head].text)
        has_aux = any(reader.is_auxiliary(k) for k in group.cue_tokens if k != head)
        if "Inf" in morph.get("VerbForm") or form == cue.lemma:
            group.infinitive = True
            self._attach_governor(group, unit_start)
        elif not has_aux and (("Part" in morph.get("VerbForm") and "Pres" in morph.get("Tense")) or form.endswith("ant") and doc[head].pos_ == "VERB"):
            group.participle = "present"
        elif not has_aux and ("Part" in morph.get("VerbForm") or doc[head].pos_ in ("ADJ", "NOUN") and form.endswith(_PAST_PARTICIPLE)):
            # "a condamné P et estimé que Q": the participle shares the auxiliary before it
            previous = group.first - 1
            shared = previous >= unit_start and reader.word(previous) in ("et", ",", "puis") and any(
                reader.is_auxiliary(k) for k in range(unit_start, previous)
            )
            if shared:
                group.past = True
            else:
                group.participle = "past"
        elif not has_aux:
            group.past = bool(set(morph.get("Tense")) & {"Past", "Imp"})
        group.cue_tokens.sort()
        return group

    def _inverted_pronoun(self, i: int) -> bool:
        word = self.reader.word(i)
        return word.startswith("-") and (word in self.lex.pronouns or word in self.lex.generic_pronouns or word in self.lex.first_person)

    def _auxiliary_left_of(self, j: int, floor: int, span: int = 5) -> bool:
        k = j - 1
        while k >= floor and j - k <= span:
            token = self.doc[k]
            if self.reader.is_auxiliary(k):
                return True
            if token.pos_ not in ("ADV", "ADP", "DET", "NOUN", "PRON") and self.reader.word(k) not in _NEGATION:
                return False
            k -= 1
        return False

    def _attach_governor(self, group: _Group, floor: int) -> None:
        """ "tente-t-il de corriger", "a souhaité ajouter": the subject is the governor's."""
        j = group.first - 1
        if j >= floor and self.reader.word(j) in ("de", "d'", "à"):
            j -= 1
        k = j
        while k >= floor and (self._inverted_pronoun(k) or self.reader.word(k) == "-t"):
            if self.reader.word(k) != "-t":
                group.inverted = k
            k -= 1
        if k >= floor and self.doc[k].pos_ == "VERB":
            group.governor = k
            group.cue_tokens.extend(range(k, group.first))
            group.first = k
            while group.first - 1 >= floor and (self.doc[group.first - 1].pos_ == "AUX" or self.reader.word(group.first - 1) in _NEGATION):
                group.first -= 1
                group.cue_tokens.append(group.first)

    # --- verb frames ------------------------------------------------------------------------------

    def _verb_claims(self, group: _Group) -> list[Found]:
        cue = group.cue
        scope_start, scope_end = self.layout.scope(group.head)
        floor = self._floor(group.first, scope_start)
        if self._first_person_inside_quote(group, floor):
            return []
        # 1. a figure estimate: "estimées à environ 1 100", "estime à 2,3 points l'écart"
        if cue.lemma in self.lex.figure_estimates and group.last < scope_end and self.reader.word(group.last) in ("à", "au", "aux"):
            return self._figure_estimate(group, floor, scope_end)
        # 2. the cue follows its content: "P, a annoncé X", "« P », a-t-il ajouté"
        before = self._content_before(group, floor)
        quote = self.layout.quote_around(group.first, group.last)
        if (group.inverted is not None and quote is not None and self.doc[group.first - 1].text == ","
                and group.last < quote.end and self.doc[group.last].text == ","):
            # "« Moi, dit-il, j'ai l'impression … »": an incise inside the quotation it reports
            whole = _strip(self.reader, quote.start, quote.end)
            if whole is not None:
                return [self._found(group, whole, [self._pronoun_ref(group.inverted)], "incise")]
        if group.inverted is not None and before is not None:
            # inserted in the middle of a paraphrase ("les soldats qui, dit-on, s'étaient
            # rendus"), the cue reports what follows it
            if not self._after_quote(group) and group.last + 1 < scope_end and self.doc[group.last].text == ",":
                after = self._clause(group.last + 1, scope_end)
                if after is not None:
                    before = after
            return [self._found(group, before, [self._pronoun_ref(group.inverted)], "incise")]
        if before is not None and group.participle is None and not group.infinitive:
            subjects = self.reader.subject_after(group.last, scope_end)
            book_check = [p for p in subjects if self._can_speak(p)]
            if book_check and not self._que_follows(group.last, scope_end):
                return [self._found(group, before, [SourceRef(phrase=p) for p in book_check], "incise")]
        # 3. the source: subject, participle's governing subject, passive agent
        if group.passive and group.participle is None:
            return self._passive(group, floor, scope_end)
        if group.participle == "past":
            return self._past_participle(group, floor, scope_end)
        sources = self._subject(group, floor, scope_end)
        if not sources:
            return []
        # 4. the content after the cue
        content, frame, colon = self._content_after(group, scope_end)
        if content is None:
            return []
        if group.infinitive and frame != "quote":
            return []  # "se verra demander de …", "pourront contester …": not a speech act made
        found = self._found(group, content, sources, frame)
        found.colon = colon
        found.future_in_past = self._reported_clause(content, frame)
        return [found]

    def _reported_clause(self, content: tuple[int, int], frame: str) -> tuple[int, int] | None:
        """Where a conditional is the concordance of tenses or a hypothesis, not a hedge: in a
        clause reported with que ("a affirmé qu'il viendrait", "affirmant que son ouverture
        apporterait le malheur")."""
        if frame == "que":
            return content
        start, end = content
        que = next((k for k in range(start, end) if self._after_que(k) is not None), None)
        return (que, end) if que is not None else None

    def _first_person_inside_quote(self, group: _Group, floor: int) -> bool:
        """ "Je peux confirmer que …", "nous pensons que": the speaker's own words, part of
        their claim; outside quotations, the journalist's ("Rappelons que")."""
        for k in [group.head, *group.cue_tokens]:
            person = self.doc[k].morph.get("Person")
            if ("1" in person or "2" in person) and self.doc[k].pos_ in ("VERB", "AUX"):
                return True
        if not self.layout.in_quote(group.head):
            return False
        if group.inverted is not None and self.reader.word(group.inverted) in self.lex.first_person:
            return True
        j = group.first - 1
        return j >= floor and self.reader.word(j) in self.lex.first_person

    def _floor(self, i: int, scope_start: int) -> int:
        """Where the clause of token i starts: after ";", ":" or a quotation mark."""
        j = i - 1
        while j >= scope_start:
            text = self.doc[j].text
            if text in (";", ":") or text in QUOTE_MARKS:
                return j + 1
            j -= 1
        return scope_start

    def _found(self, group: _Group, content: tuple[int, int], sources: list[SourceRef], frame: str) -> Found:
        return Found(
            content=content,
            sources=sources,
            cue=sorted(set(group.cue_tokens)),
            stance=group.stance,
            frame=frame,
            position=group.head,
            hedge_scopes=[(min(group.cue_tokens), max(group.cue_tokens) + 1)],
        )

    def _pronoun_ref(self, i: int) -> SourceRef:
        if self.reader.word(i).lstrip("-") in {w.lstrip("-") for w in self.lex.generic_pronouns}:
            return SourceRef(generic=i)
        return SourceRef(pronoun=i)

    def _content_before(self, group: _Group, floor: int) -> tuple[int, int] | None:
        """The content of an inserted cue: the quotation or the clause before it."""
        j = group.first - 1
        if j < 0:
            return None
        if self.doc[j].text == ",":
            j -= 1
        if j < 0:
            return None
        text = self.doc[j].text
        if text in CLOSING or text == STRAIGHT:
            quote = next((q for q in self.layout.quotes if q.closing == j), None)
            if quote is not None:
                return _strip(self.reader, quote.start, quote.end)
            return None
        if self.doc[group.first - 1].text != ",":
            return None
        unit_start, _ = self.layout.unit_of(group.head)
        start = self._clause_start(j, unit_start)
        if not any(self.reader.is_finite(k) for k in range(start, j + 1)):
            return None
        return _strip(self.reader, start, j + 1)

    def _after_quote(self, group: _Group) -> bool:
        j = group.first - 1
        if j >= 0 and self.doc[j].text == ",":
            j -= 1
        return j >= 0 and (self.doc[j].text in CLOSING or self.doc[j].text == STRAIGHT)

    def _clause_start(self, j: int, floor: int) -> int:
        """Start of the clause that ends at token j: after ";" or the start of the sentence,
        without a leading connective ("Toutefois, si …")."""
        k = j
        while k >= floor and self.doc[k].text not in (";",):
            k -= 1
        start = k + 1
        while start < j and (self.reader.word(start) in self.lex.connectives or self.doc[start].text == ","):
            start += 1
        return start

    def _que_follows(self, i: int, end: int) -> bool:
        return i < end and self._after_que(i) is not None

    def _after_que(self, i: int) -> int | None:
        """The token after a complementizer at i ("que", "qu'", and "qu" + "'" before «)."""
        if i >= len(self.doc):
            return None
        word = self.reader.word(i)
        if word in ("que", "qu'"):
            return i + 1
        if word == "qu" and i + 1 < len(self.doc) and self.doc[i + 1].text in ("'", "’"):
            return i + 2
        return None

    def _can_speak(self, phrase: Phrase) -> bool:
        return self.reader.can_speak(phrase)

    def _subject(self, group: _Group, floor: int, scope_end: int) -> list[SourceRef]:
        reader = self.reader
        if group.inverted is not None:
            return [self._pronoun_ref(group.inverted)]
        if group.participle == "present" or group.infinitive:
            return self._governing_subject(group, floor, scope_end)
        phrases, pronoun = reader.subject_before(group.first, floor)
        if pronoun is not None:
            word = reader.word(pronoun)
            if word in self.lex.first_person:
                return []
            if word == "qui":
                return self._qui(pronoun, floor)
            return [self._pronoun_ref(pronoun)]
        speakers = [p for p in phrases if self._can_speak(p)]
        if speakers and len(speakers) == len(phrases):
            return [SourceRef(phrase=p) for p in speakers]
        # coordinated verbs share a subject: "a condamné P et estimé que Q", "et a menacé"
        if self._coordinated(group.first, floor):
            unit_start, _ = self.layout.unit_of(group.head)
            previous = self._previous_group(group, unit_start)
            if previous is not None:
                return self._group_sources(previous)
            verb = self._previous_finite(group.first, unit_start)
            if verb is not None:
                phrases, pronoun = reader.subject_before(verb, self._floor(verb, unit_start))
                if pronoun is not None and reader.word(pronoun) not in self.lex.first_person:
                    return [self._pronoun_ref(pronoun)]
                return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
        return []

    def _coordinated(self, first: int, floor: int) -> bool:
        j = first - 1
        return j >= floor and self.reader.word(j) in ("et", "puis", "mais", "ou", ",")

    def _previous_group(self, group: _Group, floor: int) -> _Group | None:
        candidates = [g for g in self.groups if floor <= g.head < group.first and g is not group]
        return candidates[-1] if candidates else None

    def _previous_finite(self, i: int, floor: int) -> int | None:
        """The first token of the group of the nearest finite verb before token i."""
        j = i - 1
        while j >= floor:
            if self.reader.is_finite(j) or (self.doc[j].pos_ == "VERB" and "Part" in self.doc[j].morph.get("VerbForm") and j > floor and self.doc[j - 1].pos_ == "AUX"):
                k = j
                while k - 1 >= floor and (self.doc[k - 1].pos_ == "AUX" or self.reader.word(k - 1) in _NEGATION | _CLITICS or self.doc[k - 1].pos_ == "ADV"):
                    k -= 1
                return k
            j -= 1
        return None

    def _governing_subject(self, group: _Group, floor: int, scope_end: int) -> list[SourceRef]:
        """The speaker of a participle or infinitive cue: the noun it follows ("une croyance
        locale affirmant"), else the subject of the governing clause, before or after."""
        reader = self.reader
        # after a reporting verb, the participle goes on with the same speaker ("a réfuté l'idée
        # d'un prêt par l'État affirmant : « … »", "a salué …, y voyant")
        if group.participle == "present":
            unit_start, _ = self.layout.unit_of(group.head)
            clause_start = self._clause_start(group.first - 1, unit_start)
            earlier = [g for g in self.groups if clause_start <= g.head < group.first and g.participle is None and not g.infinitive]
            if earlier and not self._verb_between(earlier[-1].last, group.first):
                sources = self._group_sources(earlier[-1])
                if sources:
                    return sources
        j = group.first - 1
        if group.governor is None and j >= floor and (reader.is_nominal(j) or reader.is_adjective(j)) and self.doc[j].text not in QUOTE_MARKS:
            phrase = reader.nearest_phrase_before(j + 1, floor)
            widest = reader.phrase_ending_at(j + 1, floor)
            # the object of a verb is not the speaker: "a salué la création de ce gouvernement
            # y voyant …" is said by the subject of "a salué"
            is_object = widest is not None and widest > floor and self.doc[widest - 1].pos_ in ("VERB", "AUX")
            if phrase is not None and not is_object and self._can_speak(phrase):
                return [SourceRef(phrase=phrase)]
        if group.governor is not None:
            governor = _Group(group.cue, group.governor, group.first, group.governor + 1, [group.governor])
            phrases, pronoun = reader.subject_before(group.first, floor)
            if pronoun is not None:
                return [self._pronoun_ref(pronoun)] if reader.word(pronoun) not in self.lex.first_person else []
            if phrases:
                return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
            del governor
        # the governing clause before: "Des experts … ont mis en garde …, affirmant que"
        unit_start, unit_end = self.layout.unit_of(group.head)
        verb = self._previous_finite(group.first, unit_start)
        while verb is not None:
            previous = next((g for g in self.groups if g.first == verb), None)
            if previous is not None and previous.participle is None:
                return self._group_sources(previous)
            phrases, pronoun = reader.subject_before(verb, self._floor(verb, unit_start))
            if pronoun is not None:
                if reader.word(pronoun) == "qui":
                    return self._qui(pronoun, unit_start)
                return [self._pronoun_ref(pronoun)] if reader.word(pronoun) not in self.lex.first_person else []
            if phrases:
                return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
            verb = self._previous_finite(verb, unit_start)
        # the governing clause after: "Tout en insistant sur X, le républicain poursuit"
        j = group.last
        while j < unit_end:
            if self.doc[j].text == "," and j + 1 < unit_end:
                phrases, stop = reader.coordinated_at(j + 1, unit_end)
                if phrases and stop < unit_end and (reader.is_finite(stop) or self.doc[stop].pos_ in ("AUX", "VERB")):
                    return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
            j += 1
        return []

    def _verb_between(self, start: int, end: int) -> bool:
        """A verb outside quotations between two tokens: they are in different clauses."""
        return any(
            self.doc[k].pos_ in ("VERB", "AUX") and not self.layout.in_quote(k) for k in range(start, end)
        )

    def _group_sources(self, group: _Group) -> list[SourceRef]:
        """Who speaks in a cue group, however its claim attributes it (also postposed)."""
        key = group.head
        if key not in self._sources_cache:
            self._sources_cache[key] = []  # no loops through a cycle of participles
            claims = self._verb_claims(group)
            if claims:
                self._sources_cache[key] = claims[0].sources
            else:
                unit_start, unit_end = self.layout.unit_of(group.head)
                self._sources_cache[key] = self._subject(group, self._floor(group.first, unit_start), unit_end)
        return self._sources_cache[key]

    def _qui(self, pronoun: int, floor: int) -> list[SourceRef]:
        """The antecedent of a relative "qui": the noun phrase before it, with its appositions
        ("l'organisation islamique, qui affirme", "Arnaud Montebourg, le ministre …, qui")."""
        phrases, _ = self.reader.subject_before(pronoun, floor)
        phrases = [p for p in phrases if self._can_speak(p)]
        if phrases:
            return [SourceRef(phrase=p, antecedent_of=pronoun) for p in phrases]
        antecedent = self.reader.nearest_phrase_before(pronoun, max(floor, pronoun - 12))
        if antecedent is not None and self._can_speak(antecedent):
            return [SourceRef(phrase=antecedent, antecedent_of=pronoun)]
        return []

    def _content_after(self, group: _Group, scope_end: int) -> tuple[tuple[int, int] | None, str, int | None]:
        """The content that follows a cue, and the frame that delimits it."""
        reader = self.reader
        cue = group.cue
        i = self._skip_framing(group.last, scope_end)
        if i >= scope_end:
            return None, "", None
        word = reader.word(i)
        # "que P", "qu'« P »", "à ce que P"
        after_que = self._after_que(i)
        if after_que is not None and not (self.doc[i].pos_ == "PRON" and cue.object):
            quote = self._quote_opening_at(after_que)
            if quote is not None and quote.closing is not None:
                # "a précisé que « P » en ajoutant …": the quotation is the content
                return _strip(reader, quote.start, quote.end), "que", None
            return self._clause(after_que, scope_end), "que", None
        if word == "à" and i + 2 < scope_end and reader.word(i + 1) == "ce" and reader.word(i + 2) in ("que", "qu'"):
            return self._clause(i + 3, scope_end), "que", None
        # "a déclaré : « P »", "se souvient : « P »"
        if self.doc[i].text == ":":
            quote = self._quote_opening_at(i + 1)
            if quote is not None:
                return _strip(reader, quote.start, quote.end), "quote", i
            if cue.quote:
                return None, "", None
            return self._clause(i + 1, scope_end), "colon", i
        # "a dénoncé « P »", "a promis un « nouveau départ »"
        quote = self._quote_opening_at(i) or (self._quote_opening_at(i + 1) if reader.is_determiner(i) else None)
        if quote is not None and self._quote_ends_clause(quote, scope_end):
            return _strip(reader, quote.start, quote.end), "quote", None
        # a colon further on: "a défendu sa décision : « P »"
        colon = self._colon_quote_ahead(i, scope_end)
        if colon is not None:
            quote = self._quote_opening_at(colon + 1)
            assert quote is not None
            if cue.object or cue.quote or not cue.content:
                return _strip(reader, quote.start, quote.end), "quote", colon
        if cue.quote:
            # "avait appelé Marine Le Pen « la bourgeoise du château de Montretout »"
            content = self._clause(i, scope_end)
            if content is not None:
                content = self._trim_object(group, content)
            if content is not None and any(q.opening is not None and content[0] <= q.opening < content[1] for q in self.layout.quotes):
                return content, "object", None
            return None, "", None
        if cue.content or not cue.object or cue.passive_only:
            return None, "", None
        # "a condamné le crime de Tombouctou", "a menacé de s'en prendre", "contre les risques"
        start = i
        if reader.word(start) in self.lex.dropped_prepositions and start + 1 < scope_end:
            start += 1
        if start >= scope_end or self.doc[start].text in FINAL_PUNCTUATION or self.doc[start].text in (",", ";", ".", ")"):
            return None, "", None
        content = self._clause(start, scope_end)
        if content is None:
            return None, "", None
        return self._trim_object(group, content), "object", None

    def _skip_framing(self, i: int, end: int) -> int:
        """Skip adverbs, dates and framing phrases between a cue and its content, when a "que"
        comes after them ("affirme dans son blog vidéo hebdomadaire qu'il …")."""
        reader = self.reader
        j = i
        steps = 0
        while j < end and steps < 6:
            ent = reader.any_entity(j)
            if ent is not None and ent.label_ == "DATE":
                j = ent.end
            elif self.doc[j].pos_ == "ADV" and reader.word(j) not in ("que", "qu'") and reader.entity(j) is None:
                j += 1
            else:
                break
            steps += 1
        # a framing phrase ("dans son blog vidéo hebdomadaire", "à la presse") only when a
        # complementizer or a colon follows it
        if j < end and reader.word(j) in _FRAMING_PREPOSITIONS | {"à"}:
            k = j + 1
            while k < end and k - j <= 8:
                token = self.doc[k]
                if self._after_que(k) is not None or token.text == ":":
                    return k
                if token.pos_ in ("VERB", "AUX", "SCONJ", "PUNCT") or token.text in QUOTE_MARKS:
                    break
                k += 1
        return j

    def _clause(self, start: int, scope_end: int) -> tuple[int, int] | None:
        """From `start` to the end of its clause (see the module docstring)."""
        reader = self.reader
        doc = self.doc
        depth = 0
        j = start
        while j < scope_end:
            text = doc[j].text
            if text in OPENING or text == "(" or (text == STRAIGHT and self._quote_opening_at(j)):
                depth += 1
            elif text in CLOSING or text == ")" or (text == STRAIGHT and depth):
                depth = max(0, depth - 1)
            elif not depth:
                if text == ";":
                    break
                if text == ":" and self._quote_opening_at(j + 1) is not None:
                    break
                if text == "," and j + 1 < scope_end and reader.word(j + 1) in _CLAUSE_BREAKERS:
                    break
                if j in self.group_starts and j > start and self._coordinated_group_at(j):
                    break
                if (j + 1 in self.group_starts and reader.word(j) in ("et", ",", "puis") and j > start
                        and self._coordinated_group_at(j + 1)):
                    break
            j += 1
        return _strip(reader, start, j)

    def _coordinated_group_at(self, first: int) -> bool:
        group = next((g for g in self.groups if g.first == first), None)
        if group is None:
            return False
        return group.participle == "present" or (self.reader.word(first - 1) in ("et", ",", "puis", "mais")) or self.reader.word(first) == "y"

    def _trim_object(self, group: _Group, content: tuple[int, int]) -> tuple[int, int]:
        """A noun-phrase claim ends before an adjunct of the verb: ", après plus de 7 ans de
        guerre", ", alors qu'elle …", ", en référence à …", "par Christian Jacob"."""
        doc = self.doc
        start, end = content
        depth = 0
        for k in range(start + 1, end):
            text = doc[k].text
            if text in OPENING or text == "(":
                depth += 1
            elif text in CLOSING or text == ")":
                depth = max(0, depth - 1)
            elif depth:
                continue
            elif text == "," and k + 1 < end and (self.reader.word(k + 1) in _ADJUNCTS or doc[k + 1].pos_ == "SCONJ"):
                return _strip(self.reader, start, k) or content
            elif self._agent_phrase_at(k) or self._predicate_at(k, end):
                return _strip(self.reader, start, k) or content
        return content

    def _predicate_at(self, k: int, end: int) -> bool:
        """ "et s'est approprié …": a second predicate of the subject, not part of the object."""
        if self.reader.word(k) not in ("et", ",", "mais", "puis"):
            return False
        j = k + 1
        while j < end and (self.reader.word(j) in _CLITICS | _NEGATION or self.doc[j].pos_ == "ADV"):
            j += 1
        return j < end and (self.reader.is_finite(j) or self.reader.is_auxiliary(j))

    def _agent_phrase_at(self, i: int) -> bool:
        """ "par Christian Jacob": who the act went through, not part of the content (but
        "l'exécution par les rebelles" keeps its agent: only a person's name is cut)."""
        if self.reader.word(i) != "par":
            return False
        phrase = self.reader.phrase_at(i + 1, len(self.doc))
        if phrase is None:
            return False
        ent = self.reader.entity(phrase.head)
        return ent is not None and ent.label_ in ("PER", "PERSON")

    def _quote_opening_at(self, i: int) -> Quote | None:
        return next((q for q in self.layout.quotes if q.opening == i), None)

    def _quote_ends_clause(self, quote: Quote, scope_end: int) -> bool:
        after = (quote.closing + 1) if quote.closing is not None else quote.end
        while after < scope_end and self.doc[after].text in FINAL_PUNCTUATION:
            after += 1
        return after >= scope_end or self.doc[after].text in (",", ";", ".", ":", ")") or self.reader.word(after) in ("et", "mais", "puis", "avant", "dans", "en")

    def _colon_quote_ahead(self, i: int, scope_end: int) -> int | None:
        j = i
        while j < scope_end and j - i < 12:
            if self.doc[j].text == ":":
                return j if self._quote_opening_at(j + 1) is not None else None
            if self.doc[j].text in (",", ";", ".") or self.doc[j].text in QUOTE_MARKS or j in self.group_starts:
                return None
            j += 1
        return None

    # --- passive and participles ----------------------------------------------------------------

    def _agent(self, i: int, end: int, *, source_noun_only: bool = False) -> list[Phrase] | None:
        """The agent after a passive cue: "par X", or "de source X" for confirmation."""
        reader = self.reader
        j = self._skip_framing(i, end)
        k = j
        for _ in range(3):
            ent = reader.any_entity(k)
            if k < end and ent is not None and ent.label_ == "DATE":
                k = ent.end
            elif k < end and reader.word(k) == "en" and k + 1 < end and reader.any_entity(k + 1) is not None and reader.any_entity(k + 1).label_ == "DATE":  # type: ignore[union-attr]
                k = reader.any_entity(k + 1).end  # type: ignore[union-attr]
            else:
                break
        if k < end and reader.word(k) == "par":
            phrases, _ = reader.coordinated_at(k + 1, end)
            return phrases or None
        if k < end and reader.word(k) in ("de", "d'") and k + 1 < end:
            phrase = reader.phrase_at(k + 1, end)
            if phrase is not None and self.lex.kinds_in(self.doc[phrase.start : phrase.head + 1].text):
                return [phrase]
        return None

    def _passive(self, group: _Group, floor: int, scope_end: int) -> list[Found]:
        """ "L'existence du boson a été émise par X": the content is the subject."""
        agent = self._agent(group.last, scope_end)
        if agent is None and not group.cue.passive_only:
            return []
        if not group.cue.object:
            return []
        content = self._subject_clause(group.first, floor)
        if content is None:
            return []
        sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
        return [self._found(group, content, sources, "passive")]

    def _subject_clause(self, first: int, floor: int) -> tuple[int, int] | None:
        start = self._clause_start(first - 1, floor) if first - 1 >= floor else floor
        return _strip(self.reader, start, first)

    def _past_participle(self, group: _Group, floor: int, scope_end: int) -> list[Found]:
        """ "Plusieurs attaques …, revendiqués par X," and "L'explication avancée est que P"."""
        reader = self.reader
        doc = self.doc
        after = group.last
        # "N avancée (par X) est que P"
        agent = self._agent(after, scope_end)
        k = after
        if agent:
            k = agent[-1].end
        if k + 1 < scope_end and reader.word(k) in ("est", "était", "fut") and reader.word(k + 1) in ("que", "qu'") and reader.is_nominal(group.first - 1):
            content = self._clause(k + 2, scope_end)
            if content is None:
                return []
            sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
            return [self._found(group, content, sources, "nominal")]
        # ", revendiqués par X," after the noun phrase it describes
        if agent and group.cue.object and group.first - 1 >= floor and doc[group.first - 1].text == ",":
            content = self._subject_clause(group.first - 1, floor)
            if content is not None:
                return [self._found(group, content, [SourceRef(phrase=p) for p in agent], "participle")]
        return []

    def _figure_estimate(self, group: _Group, floor: int, scope_end: int) -> list[Found]:
        """A figure given as an estimate: "estimées à environ 1 100" (no agent: implicit)."""
        start = group.last + 1
        end = start
        while end < scope_end and self.doc[end].text not in (",", ";", ".", ")", ":") and not (end in self.group_starts and end > start):
            end += 1
        if group.participle is None and not group.passive:
            end = self._clause(start, scope_end) or (start, end)
            end = end[1]
        content = _strip(self.reader, start, end)
        if content is None:
            return []
        if group.participle is None and not group.passive:
            sources = self._subject(group, floor, scope_end)
            if not sources:
                return []
        else:
            agent = self._agent(end, scope_end)
            sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
        found = self._found(group, content, sources, "estimate")
        found.stance = "estimates"
        found.cue = sorted(set(group.cue_tokens) | {group.last})
        if group.cue.lemma in self.lex.approximate_estimates:
            first, last = token_chars(self.doc, group.head, group.last + 1)
            found.extra_hedges.append(Hedge(first, last, self.doc.text[first:last], "approximation"))
        return [found]

    # --- prepositions, nouns, colons, quotations ------------------------------------------------

    def _preposition_claims(self) -> list[Found]:
        reader = self.reader
        found = []
        for i in range(len(self.doc)):
            for prep in self.lex.prepositions:
                n = len(prep.words)
                if tuple(reader.word(i + k) for k in range(n) if i + k < len(self.doc)) != prep.words:
                    continue
                claim = self._preposition_claim(i, i + n, prep.fronted)
                if claim is not None:
                    found.append(claim)
        return found

    def _preposition_claim(self, i: int, after: int, fronted_only: bool) -> Found | None:
        reader = self.reader
        doc = self.doc
        scope_start, scope_end = self.layout.scope(i)
        if after >= scope_end:
            return None
        floor = self._clause_start(i - 1, scope_start) if i > scope_start else scope_start
        clause_start = self._clause_start(i - 1, floor) if i > floor else floor
        fronted = clause_start >= i or all(reader.word(k) in self.lex.connectives or doc[k].text == "," for k in range(clause_start, i))
        if fronted_only and not fronted:
            return None
        if reader.word(after) in ("que", "qu'"):
            return None
        # "un rapport selon lequel P"
        if reader.word(after) in RELATIVES:
            antecedent = reader.nearest_phrase_before(i, floor)
            if antecedent is None:
                return None
            content = self._clause(after + 1, scope_end)
            if content is None:
                return None
            return Found(content, [SourceRef(phrase=antecedent)], list(range(i, after)), "asserts", "preposition", i, [(i, after)])
        if reader.word(after) in self.lex.pronouns or reader.word(after) in ("eux",) or reader.word(after) in self.lex.first_person:
            if reader.word(after) in self.lex.first_person:
                return None
            sources: list[SourceRef] = [SourceRef(pronoun=after)]
            stop = after + 1
        else:
            phrases, stop = reader.coordinated_at(after, scope_end)
            if not phrases:
                return None
            if fronted_only and not all(self._can_speak(p) for p in phrases):
                return None
            # "Selon le président du conseil du CERN, Michel Spiro, P": the name is an apposition
            if stop < scope_end and doc[stop].text == "," and len(phrases) == 1:
                apposition = reader.phrase_at(stop + 1, scope_end)
                if apposition is not None and apposition.end < scope_end and doc[apposition.end].text == "," and reader.entity(apposition.head) is not None and reader.entity(apposition.head).label_ in ("PER", "PERSON"):  # type: ignore[union-attr]
                    phrases = [phrases[0].with_appositions([(apposition.start, apposition.end)])]
                    stop = apposition.end
            if phrases[-1].parenthetical:
                stop = max(stop, phrases[-1].parenthetical[1] + 1)
            stop = self._phrase_modifiers_end(stop, scope_end)
            sources = [SourceRef(phrase=p) for p in phrases]
        cue = list(range(i, after))
        if stop < scope_end and doc[stop].text == ",":
            if fronted:
                content = self._clause(stop + 1, scope_end)
                scopes = [(i, stop)]
            else:  # an incise in the middle: "ce qui a pu permettre, d'après X, à des députés …"
                content = self._clause(stop + 1, scope_end)
                scopes = [(clause_start, i), (i, stop)]
        elif not fronted and i > floor and (doc[i - 1].text == "," or doc[i - 1].text in CLOSING):
            # "P, selon X." and "« P » selon X."
            content = _strip(reader, clause_start, i)
            scopes = [(i, stop)]
        else:
            return None
        if content is None:
            return None
        found = Found(content, sources, cue, "asserts", "preposition", i, scopes)
        # "Selon certaines informations": hearsay, the whole attribution is the hedge
        if len(sources) == 1 and sources[0].phrase is not None:
            phrase = sources[0].phrase
            head = reader.word(phrase.head)
            if head in self.lex.hearsay_sources and not reader.entity(phrase.head):
                first, last = token_chars(doc, i, phrase.end)
                found.extra_hedges.append(Hedge(first, last, doc.text[first:last], "hearsay"))
        return found

    def _phrase_modifiers_end(self, stop: int, end: int) -> int:
        """ "selon un rapport établi par l'INSEE sur « … », P": the source phrase goes on with
        participles and complements up to the comma, as long as no finite verb comes."""
        doc = self.doc
        if stop >= end or doc[stop].text == "," or not (self.reader.is_adjective(stop) or doc[stop].pos_ in ("VERB", "ADP") or doc[stop].text in OPENING):
            return stop
        j = stop
        depth = 0
        while j < end and j - stop < 25:
            text = doc[j].text
            if text in OPENING:
                depth += 1
            elif text in CLOSING:
                depth = max(0, depth - 1)
            elif not depth and text == ",":
                return j
            elif not depth and (self.reader.is_finite(j) or text in (";", ":", ".")):
                return stop
            j += 1
        return stop

    def _noun_claims(self) -> list[Found]:
        """ "la suggestion de X de P", "l'annonce par X que P"."""
        reader = self.reader
        found = []
        for i, token in enumerate(self.doc):
            if token.pos_ not in ("NOUN", "") or norm(token.lemma_ or token.text) not in self.lex.nouns:
                continue
            noun = self.lex.nouns[norm(token.lemma_ or token.text)]
            _, scope_end = self.layout.scope(i)
            j = i + 1
            if j >= scope_end or reader.word(j) not in ("de", "d'", "par", "du", "des"):
                continue
            start = j if reader.word(j) in ("du", "des") else j + 1
            phrase = reader.phrase_at(start, scope_end)
            if phrase is None or not self._can_speak(phrase) or reader.entity(phrase.head) is None and reader.doc[phrase.head].pos_ != "NOUN":
                continue
            k = phrase.end
            if k < scope_end and reader.word(k) in ("de", "d'") and k + 1 < scope_end and self.doc[k + 1].pos_ in ("VERB", "AUX", "PRON", "ADV"):
                content = self._clause(k + 1, scope_end)
            elif k < scope_end and reader.word(k) in ("que", "qu'"):
                content = self._clause(k + 1, scope_end)
            else:
                continue
            if content is not None:
                found.append(Found(content, [SourceRef(phrase=phrase)], [i], noun.stance, "noun", i, [(i, i + 1)]))
        return found

    def _colon_claims(self, found: list[Found]) -> list[Found]:
        """A quotation after a colon, with no reporting verb of its own: the speaker is the
        source of a claim just before it in the sentence, or the subject of the clause."""
        reader = self.reader
        used = {f.colon for f in found if f.colon is not None}
        claims = []
        for quote in self.layout.quotes:
            if quote.opening is None:
                continue
            colon = quote.opening - 1
            if colon < 0 or self.doc[colon].text != ":" or colon in used or self.layout.in_quote(colon):
                continue
            if any(f.content[0] <= quote.start and quote.end <= f.content[1] and f.content != (quote.start, quote.end) for f in found if f.frame != "preposition"):
                continue
            unit_start, _ = self.layout.unit_of(colon)
            earlier = [f for f in found if unit_start <= f.position < colon]
            content = _strip(reader, quote.start, quote.end)
            if content is None:
                continue
            if earlier:
                sources = earlier[-1].sources
            else:
                verb = self._previous_finite(colon, unit_start)
                if verb is None:
                    continue
                phrases, pronoun = reader.subject_before(verb, self._floor(verb, unit_start))
                if pronoun is not None:
                    sources = [self._pronoun_ref(pronoun)] if reader.word(pronoun) not in self.lex.first_person else []
                else:
                    sources = [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
            if sources:
                claims.append(Found(content, list(sources), [colon], "asserts", "colon", colon, [(colon, colon + 1)]))
        return claims

    def _standalone_quotes(self, found: list[Found]) -> list[Found]:
        """A sentence that is only a quotation, right after a sentence that introduced its
        speaker (the two quotations of Christian Jacob after "Il a souhaité faire un rappel")."""
        claimed_units = {self.layout.unit_index(f.position) for f in found}
        claims = []
        for index, (start, end) in enumerate(self.layout.units):
            quote = self._quote_opening_at(start)
            if quote is None or quote.closing is None or index in claimed_units or index == 0:
                continue
            rest = [self.doc[k].text for k in range(quote.closing + 1, end)]
            if any(text not in FINAL_PUNCTUATION for text in rest):
                continue
            if self.layout.paragraph_index(start) != self.layout.paragraph_index(self.layout.units[index - 1][0]):
                continue
            content = _strip(self.reader, quote.start, quote.end)
            if content is None:
                continue
            claims.append(Found(content, [SourceRef(previous_speaker=True)], [], "asserts", "standalone", quote.start, []))
        return claims


def _strip(reader: Reader, start: int, end: int) -> tuple[int, int] | None:
    """Without surrounding spaces, punctuation and quotation marks ("pleuré. »" → "pleuré")."""
    doc = reader.doc
    while start < end and (doc[start].is_space or doc[start].text in (",", ";", ":") or doc[start].text in QUOTE_MARKS):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or doc[end - 1].text in FINAL_PUNCTUATION
        or doc[end - 1].text in (",", ";", ":")
        or doc[end - 1].text in QUOTE_MARKS
        or not doc[end - 1].text.strip()
    ):
        end -= 1
    while end > start and doc[end - 1].text == ")" and not any(doc[k].text == "(" for k in range(start, end)):
        end -= 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in FINAL_PUNCTUATION or doc[end - 1].text in QUOTE_MARKS):
            end -= 1
    if start < end and reader.word(start) in reader.lex.connectives and start + 1 < end and doc[start + 1].text == ",":
        start += 2
    return (start, end) if start < end else None


def _deduplicate(found: list[Found]) -> list[Found]:
    """One claim per (content, source phrase): several rules may find the same one."""
    kept: list[Found] = []
    seen: set[tuple[tuple[int, int], tuple[object, ...]]] = set()
    for claim in sorted(found, key=lambda f: (f.position, f.content)):
        key = (claim.content, tuple((s.phrase.start if s.phrase else None, s.pronoun, s.implicit) for s in claim.sources))
        if key in seen:
            continue
        seen.add(key)
        kept.append(claim)
    return kept


def _resolve(found: list[Found], reader: Reader, book: SourceBook) -> list[Claim]:
    """Resolve sources in reading order (pronouns need the speakers before them), then build
    the claims: one per source of each claim."""
    doc = reader.doc
    claims: list[Claim] = []
    frames: list[str] = []
    for item in sorted(found, key=lambda f: (f.position, f.content)):
        sources: list[Source] = []
        for ref in item.sources:
            source = _source(ref, item, reader, book)
            if source is not None:
                sources.append(source)
        if not sources:
            continue
        if item.sources and item.sources[0].phrase is not None:
            agreement = book.agreement_of([r.phrase for r in item.sources if r.phrase is not None])
        else:
            agreement = ""
        for source in sources:
            if not source.implicit and source.kind != "anonymous":
                book.remember(doc[item.position].i if item.cue else item.position, source, agreement or "", 0)
        first, last = token_chars(doc, *item.content)
        hedges: list[Hedge] = list(item.extra_hedges)
        for start, end in [item.content, *item.hedge_scopes]:
            hedges.extend(find_hedges(doc, start, end, lex=reader.lex, future_in_past=item.future_in_past))
        hedge_texts = _hedge_texts(hedges)
        quote = reader.layout.quote_around(*item.content)
        direct = quote is not None
        cue_text, cue_start, cue_end = _cue_text(doc, item.cue)
        for source in sources:
            frames.append(item.frame)
            claims.append(
                Claim(
                    start=first,
                    end=last,
                    text=doc.text[first:last],
                    source=source,
                    cue=cue_text,
                    cue_start=cue_start,
                    cue_end=cue_end,
                    stance=item.stance,
                    direct_quote=direct,
                    hedges=hedge_texts,
                )
            )
    # "le documentaire qui précise que le polonium est, selon lui, …": "selon lui" inside a
    # claim of the same source says nothing more
    claims = [
        claim for claim, frame in zip(claims, frames, strict=True)
        if frame != "preposition" or not any(
            other is not claim and other.source.id == claim.source.id
            and other.start <= claim.cue_start and claim.end <= other.end
            for other in claims
        )
    ]
    return sorted(claims, key=lambda c: (c.start, c.cue_start))


def _source(ref: SourceRef, item: Found, reader: Reader, book: SourceBook) -> Source | None:
    if ref.implicit:
        return book.implicit()
    if ref.generic is not None:
        return book.generic(ref.generic)
    if ref.pronoun is not None:
        exclude = item.content
        return book.pronoun(ref.pronoun, before=min(ref.pronoun, item.content[0]) if ref.pronoun > item.content[1] and item.frame != "incise" else ref.pronoun, exclude=exclude)
    if ref.previous_speaker:
        start, _ = reader.layout.unit_of(item.position)
        return book.resolve(start, "")
    if ref.phrase is not None:
        return book.from_phrase(ref.phrase)
    return None


def _hedge_texts(hedges: list[Hedge]) -> tuple[str, ...]:
    ordered = sorted(hedges, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hedge] = []
    for hedge in ordered:
        if any(k.start <= hedge.start and hedge.end <= k.end for k in kept):
            continue
        if any(norm(k.text) == norm(hedge.text) for k in kept):
            continue
        kept = [k for k in kept if not (hedge.start <= k.start and k.end <= hedge.end)]
        kept.append(hedge)
    return tuple(h.text for h in kept)


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


def with_sources(claims: list[Claim], sources: dict[str, Source]) -> list[Claim]:
    """Claims whose sources are replaced by the given ones, by id (an editor's overlay)."""
    return [replace(claim, source=sources.get(claim.source.id, claim.source)) for claim in claims]
