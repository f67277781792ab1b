"""Noun phrases from part-of-speech tags, entities and punctuation: the sources of claims."""

# The dependency parse is not trusted to delimit sources (it runs sentences across paragraphs);
# the tagger is. A phrase is a determiner, adjectives, a head (a noun, a name or an entity),
# then its adjectives, names and complements ("l'agence de renseignement sud-coréenne",
# "les rapports des services de renseignement américains, sud-coréens et ukrainiens").
# Comma-bounded noun phrases next to it are appositions ("Mme Fatou Bensouda" in "La procureure
# de la Cour pénale internationale, Mme Fatou Bensouda, a déclaré").

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .layout import QUOTE_MARKS, Layout
from .lexicon import Endings, Lexicon, Words, norm

NOMINAL = frozenset({"NOUN", "PROPN"})
#: Entity labels that can be (part of) a source; DATE and QUANTITY never are.
SOURCE_LABELS = frozenset({"PER", "ORG", "LOC", "MISC", "NORP", "GPE", "PERSON"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
SPEAKING_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "NORP"})


@dataclass(frozen=True)
class Phrase:
    """A noun phrase: tokens start..end-1, its head, and what describes it."""

    start: int
    end: int
    head: int
    appositions: tuple[tuple[int, int], ...] = ()
    parenthetical: tuple[int, int] | None = None  # "(Armée de Libération Nationale)", "(PS)"

    def with_appositions(self, appositions: list[tuple[int, int]]) -> Phrase:
        return Phrase(self.start, self.end, self.head, tuple(appositions), self.parenthetical)


@dataclass
class Reader:
    """A Doc with what the sourcing rules ask of it again and again."""

    doc: Doc
    layout: Layout
    lex: Lexicon
    tagged: bool = True  # False on a blank pipeline: rules fall back to the words
    _entities: dict[int, Span] = field(default_factory=dict)
    _words: list[str] = field(default_factory=list)  # normalised once: the rules ask hundreds of times
    words: Words = field(init=False)
    endings: Endings = field(init=False)

    def __post_init__(self) -> None:
        self.words = self.lex.words
        self.endings = self.lex.endings

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> Reader:
        reader = cls(
            doc,
            Layout.of(doc, lex.words.abbreviations),
            lex,
            tagged=doc.has_annotation("TAG") or doc.has_annotation("POS"),
        )
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                reader._entities[i] = ent
        reader._words = [norm(token.text) for token in doc]
        return reader

    # --- tokens ---------------------------------------------------------------------------------

    def word(self, i: int) -> str:
        return self._words[i]

    def pos(self, i: int) -> str:
        return self.doc[i].pos_

    def entity(self, i: int) -> Span | None:
        ent = self._entities.get(i)
        return ent if ent is not None and ent.label_ in SOURCE_LABELS else None

    def any_entity(self, i: int) -> Span | None:
        return self._entities.get(i)

    def pronoun_ending_at(self, end: int, floor: int = 0) -> tuple[int, str] | None:
        """A pronoun of the lexicon of one to three tokens that ends right before `end` ("il",
        "Celui-ci", "Ce dernier", "L'intéressé"): its first token and its key."""
        pronouns = self.lex.pronouns
        for size in (3, 2, 1):
            start = end - size
            if start < floor or start < 0:
                continue
            text = "".join(
                self.word(k) + (" " if self.doc[k].whitespace_ and k < end - 1 else "")
                for k in range(start, end)
            )
            if text in pronouns:
                return start, text
        return None

    def date_at(self, i: int) -> Span | None:
        """The DATE entity that token i belongs to ("jeudi", "le week-end dernier")."""
        ent = self._entities.get(i) if 0 <= i < len(self.doc) else None
        return ent if ent is not None and ent.label_ == "DATE" else None

    def is_punct(self, i: int) -> bool:
        token = self.doc[i]
        return token.is_punct or token.text in QUOTE_MARKS

    def is_finite(self, i: int) -> bool:
        token = self.doc[i]
        if token.pos_ not in ("VERB", "AUX"):
            return False
        morph = token.morph
        return (
            "Fin" in morph.get("VerbForm", []) or bool(morph.get("Mood", [])) or bool(morph.get("Person", []))
        )

    def framing_adverb_at(self, j: int, end: int) -> int:
        """The number of tokens of a framing adverbial of the lexicon at j ("pour sa part"), or 0."""
        for phrase in self.words.framing_adverbs:
            words = phrase.split()
            if j + len(words) <= end and all(self.word(j + n) == w for n, w in enumerate(words)):
                return len(words)
        return 0

    def is_auxiliary(self, i: int) -> bool:
        """An auxiliary, even when tagged as a verb ("a" in "a de son côté dénoncé")."""
        token = self.doc[i]
        if token.pos_ == "AUX":
            return True
        if token.lemma_ not in self.words.auxiliaries or token.pos_ != "VERB":
            return False
        j = i + 1
        while (
            j < len(self.doc)
            and j - i < 6
            and (self.doc[j].pos_ in ("ADV", "ADP", "DET", "NOUN", "PRON", "PART") or self.doc[j].text == ",")
        ):
            j += 1  # (", aussi,": "a, aussi, appelé")
        return j < len(self.doc) and "Part" in self.doc[j].morph.get("VerbForm", [])

    def is_determiner(self, i: int) -> bool:
        token = self.doc[i]
        if token.pos_ == "DET":
            return True
        return self.word(i) in self.words.determiners and token.pos_ not in ("PRON", "NOUN", "PROPN")

    def is_nominal(self, i: int) -> bool:
        token = self.doc[i]
        if self.entity(i) is not None:
            return not self.is_adjective(i) or token.pos_ in NOMINAL
        if not self.tagged:
            return (
                token.is_alpha
                and self.word(i) not in self.words.determiners
                and self.word(i) not in self.words.de
            )
        return token.pos_ in NOMINAL or (token.pos_ == "NUM" and not token.like_num)

    def is_adjective(self, i: int) -> bool:
        token = self.doc[i]
        if token.pos_ == "ADJ":
            return True
        ent = self._entities.get(i)
        if ent is not None and ent.label_ == "NORP" and token.is_lower:
            return True  # "américains, sud-coréens et ukrainiens"
        # past participles used as adjectives ("la moyenne publiée", "l'explication avancée")
        return (
            token.pos_ == "VERB"
            and "Part" in token.morph.get("VerbForm", [])
            and "Past" in token.morph.get("Tense", [])
        )

    def _participle(self, i: int) -> bool:
        token = self.doc[i]
        morph = "Part" in token.morph.get("VerbForm", [])
        return morph or (token.pos_ == "ADJ" and norm(token.text).endswith(self.endings.phrase_participle))

    def starts_phrase(self, i: int, end: int) -> bool:
        return i < end and (self.is_determiner(i) or self.is_nominal(i) or self.partitive(i, end))

    def partitive(self, i: int, end: int) -> bool:
        """ "De nombreux habitants": de/d' before an adjective or a noun is a determiner."""
        return (
            i + 1 < end
            and self.word(i) in self.words.de_elided
            and (self.pos(i + 1) in ("ADJ", "NOUN") or self.word(i + 1) in self.words.determiners)
            and self.word(i + 1) not in self.words.not_partitive
        )

    # --- phrases ----------------------------------------------------------------------------------

    def phrase_at(self, i: int, end: int, *, complements: bool = True) -> Phrase | None:
        """The noun phrase that starts at token i and ends before `end` (or None)."""
        j = i
        if self.partitive(j, end):
            j += 1
        while j < end and self.is_determiner(j) and self.entity(j) is None:
            j += 1
        while j < end and (
            ((self.is_adjective(j) or self.word(j) in self.words.prenominal) and self.entity(j) is None)
            # "les quatre syndicats", "ses deux avocats": a number between determiner and noun
            or (
                j > i
                and self.is_determiner(j - 1)
                and self.doc[j].pos_ == "NUM"
                and j + 1 < end
                and self.is_nominal(j + 1)
                and self.doc[j + 1].is_lower
            )
        ):
            j += 1
        if (
            j > i
            and (j >= end or not self.is_nominal(j))
            and self.is_adjective(j - 1)
            and self.is_determiner(i)
        ):
            # an adjective used as a noun: "un jeune manifestant", "le républicain"
            return self._rest_of_phrase(i, j - 1, j, end, complements)
        if j >= end:
            return None
        ent = self.entity(j)
        if ent is not None:
            head = j
            j = min(ent.end, end)
        elif (
            self.is_nominal(j)
            or (self.pos(j) == "PRON" and self.word(j) in self.words.part_pronouns)
            or (j > i and self.pos(j) == "VERB" and self.word(j).endswith(self.endings.present_participle))
        ):
            # "un jeune manifestant": a present participle after a determiner is a noun
            head = j
            j += 1
        else:
            return None
        return self._rest_of_phrase(i, head, j, end, complements)

    def apposition_at(self, i: int, end: int) -> Phrase | None:
        """The apposition that opens at token i, after a comma: a noun phrase, not a relative
        clause, with a bare noun that qualifies its head ("X, adjudant chef du peloton, …")."""
        phrase = self.phrase_at(i, end)
        if phrase is None or self.word(i) in self.words.relatives:
            return None
        return self.with_noun_modifier(phrase, end)

    def with_noun_modifier(self, phrase: Phrase, end: int) -> Phrase:
        """The phrase with a bare lower-case noun that qualifies its head ("le centre antipoison",
        "le syndicat maison"), when the phrase stopped right after the head and a comma or a
        complement follows that noun; otherwise the phrase as it is."""
        k = phrase.end
        if not (
            phrase.end == phrase.head + 1
            and k + 1 < end
            and self.entity(phrase.head) is None
            and self.doc[phrase.head].is_lower
            and self.pos(k) == "NOUN"
            and self.doc[k].is_lower
            and self.any_entity(k) is None
            and (self.word(k + 1) == "," or self.word(k + 1) in self.words.de)
        ):
            return phrase
        return self._rest_of_phrase(phrase.start, phrase.head, k + 1, end, True)

    def glued_hyphen(self, j: int, end: int) -> bool:
        """A hyphen glued to the words on both sides: "état" "-" "major"."""
        doc = self.doc
        return (
            j + 1 < end
            and j > 0
            and doc[j].text == "-"
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and doc[j + 1].is_alpha
        )

    def _rest_of_phrase(self, i: int, head: int, j: int, end: int, complements: bool) -> Phrase:
        """The phrase from token i with its head, going on from token j: adjectives, names,
        complements, a list of adjectives, a parenthesis."""
        doc = self.doc
        parenthetical: tuple[int, int] | None = None
        while j < end:
            word = self.word(j)
            ent = self.entity(j)
            if ent is not None and ent.start == j:
                if self.entity(head) is not None:
                    break  # "l'AFP Gilles-Éric Séralini": two names, not one phrase
                j = min(ent.end, end)  # "le président Obama"
            elif self.glued_hyphen(j, end):
                j += 2  # "l'état-major", "le vice-président": a compound the tokenizer cut
            elif j == head + 1 and self.pos(j) in ("NUM", "DET") and self.rank_at(head, j):
                j += 1  # "le numéro un chinois": a rank that names a speaker, then its qualifier,
                if j < end and doc[j].is_lower and self.pos(j) in ("NOUN", "ADJ"):
                    j += 1  # which the tagger may read as a noun
            elif (
                self.is_adjective(j)
                or (self.pos(j) == "PROPN")
                or (doc[j].text[:1] == "-" and not doc[j - 1].whitespace_)
            ):
                j += 1
            elif word in self.words.phrase_adverbs and j + 1 < end and self.is_adjective(j + 1) and j > head:
                j += 2  # "un bilan encore provisoire", "une source très proche"
            elif not doc[j - 1].whitespace_ and doc[j].is_alpha and doc[j - 1].text[-1:] in "'’":
                j += 1  # "Moody'" + "s": a name the tokenizer cut
            elif (
                doc[j].text[:1].isupper()
                and self.is_determiner(j)
                and j + 1 < end
                and (self.entity(j + 1) is not None or self.pos(j + 1) == "PROPN")
            ):
                j += 1  # "le quotidien Le Monde": a name that starts with its article
            elif self.pos(j) == "NOUN" and doc[j].text[:1].isupper():
                j += 1  # a name the tagger read as a noun ("le général De Gaulle")
            elif (
                word in self.words.de
                and j + 1 < end
                and self.word(head) in self.words.part_pronouns
                and self.word(j + 1) in self.words.part_complements
            ):
                j += 2  # "l'un d'eux", "plusieurs d'entre elles": one of those just named
                if j < end and self.word(j - 1) in self.words.part_links:
                    j += 1
            elif (
                complements
                and word in self.words.de
                and self.starts_phrase(j + (word not in self.words.fused_de), end)
            ):
                # "de l'agence", and "des services" / "du BEA", whose article is fused in
                inner = self.phrase_at(j + 1, end)
                if inner is None and word in self.words.fused_de:
                    inner = self.phrase_at(j, end)
                if inner is None:
                    break
                j = inner.end
            elif (
                complements
                and (
                    word in self.words.inner_prepositions
                    or word in self.words.agent_prepositions
                    and self._participle(j - 1)
                )
                and self.starts_phrase(j + 1, end)
            ):
                # "des experts en sécurité", "les experts interrogés par l'AFP"
                inner = self.phrase_at(j + 1, end, complements=False)
                if inner is None:
                    break
                j = inner.end
            elif word == "," and self._adjective_list(j, end):
                j = self._adjective_list(j, end)
            elif (
                word in self.words.list_coordinators
                and j + 1 < end
                and self.is_adjective(j + 1)
                and self.is_adjective(j - 1)
            ):
                j += 2
            elif doc[j].text == "(" and parenthetical is None:
                close = next((k for k in range(j + 1, min(end, j + 12)) if doc[k].text == ")"), None)
                if close is None:
                    break
                parenthetical = (j + 1, close)
                name = self.entity(close + 1) if close + 1 < end else None
                if name is not None and name.start == close + 1 and name.label_ in PERSON_LABELS:
                    # "le porte-parole de l'Organisation … (OIM) Pierre Martin": the name after
                    # the parenthesis is the speaker's, in apposition to the title
                    return Phrase(i, min(name.end, end), head, (), parenthetical)
                named = self._complement_then_name(close + 1, end)
                if named is not None:
                    # "le maire (PCF) de la commune Pierre Martin": a complement after the
                    # parenthesis, then the name, which is the speaker's
                    return Phrase(i, named, head, (), parenthetical)
                # the phrase itself stops before the parenthesis: "l'ALN (Armée …)" is "l'ALN"
                return Phrase(i, j, head, (), parenthetical)
            else:
                break
        while j > head + 1 and (
            self.is_punct(j - 1)
            or self.word(j - 1) in self.words.de
            or self.word(j - 1) in self.words.coordinators
        ):
            j -= 1
        return Phrase(i, j, head, (), parenthetical)

    def rank_at(self, head: int, j: int) -> bool:
        """Whether the head and the number at j together name a speaker ("numéro deux"), the
        head alone not."""
        return bool(self.lex.kinds_in(f"{self.doc[head].text} {self.doc[j].text}")) and not self.lex.kinds_in(
            self.doc[head].text
        )

    def _complement_then_name(self, k: int, end: int) -> int | None:
        """The end of a "de" complement at token k that ends with a person's name ("de la
        commune Pierre Martin"), or None."""
        if k >= end or self.word(k) not in self.words.de:
            return None
        start = k + (self.word(k) not in self.words.fused_de)
        if not self.starts_phrase(start, end):
            return None
        inner = self.phrase_at(start, end) or (
            self.phrase_at(k, end) if self.word(k) in self.words.fused_de else None
        )
        if inner is None:
            return None
        name = self.entity(inner.end - 1)
        if name is None or name.label_ not in PERSON_LABELS or name.end != inner.end or name.start <= start:
            return None
        return inner.end

    def _adjective_list(self, comma: int, end: int) -> int:
        """End of ", sud-coréens et ukrainiens" after "américains": single lower-case words
        listed after an adjective and closed by "et"/"ou" and an adjective (the tagger may read
        one of them as a noun)."""
        if not self.is_adjective(comma - 1):
            return 0
        j = comma
        while j + 1 < end and (self.word(j) == "," or self.word(j) in self.words.list_coordinators):
            item = self.doc[j + 1]
            if not item.is_lower or not item.is_alpha and "-" not in item.text or self.is_determiner(j + 1):
                return 0
            closing = self.word(j) in self.words.list_coordinators
            j += 2
            if closing:
                return j if self.is_adjective(j - 1) or self.doc[j - 1].pos_ in ("NOUN", "ADJ") else 0
        return 0

    def coordinated_at(self, i: int, end: int) -> tuple[list[Phrase], int]:
        """Phrases coordinated from token i ("Séoul et les services …", "Ni Moscou ni Pyongyang",
        "Robert Brout, François Englert et Peter Higgs"), and where they end."""
        j = i
        if self.word(j) in self.words.correlative:
            j += 1
        first = self.phrase_at(j, end)
        if first is None:
            return [], i
        phrases = [first]
        j = self._after_parenthesis(first, end)
        while j < end:
            word = self.word(j)
            joins = word in self.words.coordinators or (word == "," and self._list_goes_on(j + 1, end))
            if (
                word in self.words.coordinators
                and j + 2 < end
                and self.word(j + 1) in self.words.de_elided
                and self.word(j + 2) in self.words.definite  # (not "et de nombreux habitants")
                and self._has_complement(phrases[-1])  # (not "par le maire et de la même façon")
                and (complement := self.phrase_at(j + 2, end)) is not None
            ):
                # "les services de la statistique et de la prospective du ministère": "et de"
                # goes on with a second complement of the same head
                last = phrases[-1]
                phrases[-1] = Phrase(
                    last.start, complement.end, last.head, last.appositions, complement.parenthetical
                )
                j = self._after_parenthesis(complement, end)
                continue
            nxt = self.phrase_at(j + 1, end) if joins and self.starts_phrase(j + 1, end) else None
            if nxt is None or (j + 1 < end and self.word(j + 1) in self.words.de_elided):
                break  # ("le service d'incendie et de secours": "et de" goes on with a complement)
            if word in self.words.coordinators and self._complement_goes_on(phrases[-1], j, end):
                # "le président du comité des pêches et des cultures marines": one complement
                last = phrases[-1]
                phrases[-1] = Phrase(last.start, nxt.end, last.head, last.appositions, nxt.parenthetical)
                j = self._after_parenthesis(nxt, end)
                continue
            if word in self.words.coordinators and self._same_referent(phrases[-1], nxt):
                # "le maire et conseiller régional Paul Martin": one person with two titles
                phrases[-1] = Phrase(phrases[-1].start, nxt.end, phrases[-1].head, (), nxt.parenthetical)
                j = nxt.end
                continue
            phrases.append(nxt)
            j = self._after_parenthesis(nxt, end)
            if word in self.words.coordinators and not (
                j < end and self.word(j) in self.words.coordinators | {","}
            ):
                break
        return phrases, j

    def _after_parenthesis(self, phrase: Phrase, end: int) -> int:
        """Where a list goes on after a member: past its parenthesis ("l'Institut (USGS) et
        l'AFP"), the parenthesis itself not being part of the phrase."""
        if phrase.parenthetical is None or phrase.parenthetical[1] + 1 >= end:
            return phrase.end
        after = phrase.parenthetical[1] + 1
        return after if self.word(after) in self.words.coordinators else phrase.end

    def _same_referent(self, first: Phrase, second: Phrase) -> bool:
        """ "Le sociologue et historien", "le ministre … et porte-parole …": a second title
        with no determiner of its own shares the first one's, so both name one referent."""
        return (
            self.is_determiner(first.start)
            and self.entity(first.head) is None
            and self.pos(first.head) == "NOUN"
            and self.doc[first.head].is_lower
            and second.start == second.head
            and self.entity(second.head) is None
            and self.is_nominal(second.head)  # the tagger may read "porte-parole" as a name
            and self.doc[second.head].is_lower
        )

    def _complement_goes_on(self, before: Phrase, coordinator: int, end: int) -> bool:
        """ "du comité des pêches et des cultures marines", "de la chambre des métiers et de
        l'artisanat": after a phrase with a de-complement, "et de" (or "et des", "et du" then
        no speaker noun) coordinates a second complement, not a second phrase."""
        k = coordinator + 1
        if k >= end or self.word(k) not in self.words.de or not self._has_complement(before):
            return False
        if self.word(k) not in self.words.fused_de:
            return True
        nxt = self.phrase_at(k, end)
        return (
            nxt is not None
            and self.entity(nxt.head) is None
            and not self.lex.kinds_in(self.doc[nxt.head].text)
        )

    def _has_complement(self, phrase: Phrase) -> bool:
        """Whether a de-complement follows the phrase's head ("les services de la statistique")."""
        return any(self.word(m) in self.words.de for m in range(phrase.head + 1, phrase.end))

    def _list_goes_on(self, i: int, end: int) -> bool:
        """ ", B et C": a comma joins list members only if an "et"/"ou" ends the list."""
        j = i
        for _ in range(4):
            phrase = self.phrase_at(j, end)
            if phrase is None:
                return False
            j = phrase.end
            if j < end and self.word(j) in self.words.coordinators:
                # ("X, président de la chambre des métiers et de l'artisanat": no list, the
                # "et" goes on with the title's complement)
                return not self._complement_goes_on(phrase, j, end)
            if not (j < end and self.word(j) == ","):
                return False
            j += 1
        return False

    def phrase_ending_at(self, end: int, floor: int) -> int | None:
        """Where the noun phrase that ends right before token `end` starts (None if none)."""
        j = end - 1
        while j >= floor:
            ent = self.any_entity(j)
            if (
                ent is not None
                and ent.label_ == "DATE"
                and ent.start > floor
                and self.doc[ent.start - 1].pos_ == "VERB"
                and "Part" in self.doc[ent.start - 1].morph.get("VerbForm", [])
            ):
                j = ent.start - 1  # "l'enquête publiée mardi" (a verb's participle: not "politiques")
                continue
            if ent is not None and ent.label_ in ("DATE", "QUANTITY"):
                break
            if ent is not None:
                j = ent.start - 1
                continue
            token = self.doc[j]
            word = self.word(j)
            if (
                token.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
                or word in self.words.de
                or word in self.words.inner_prepositions
                or (word in self.words.agent_prepositions and j > floor and self._participle(j - 1))
                # "la déclaration adoptée lors du sommet": when the participle's act took place
                or (word in self.words.participle_times and j > floor and self._participle(j - 1))
                or (word in self.words.coordinators and j + 1 < end and self.starts_phrase(j + 1, end))
                # coordinated complements: "les services de la statistique et de la prospective"
                or (
                    word in self.words.coordinators
                    and j + 1 < end
                    and self.word(j + 1) in self.words.de_elided
                )
                or token.text in ("-", "(", ")", "&")
                or (
                    word == ","
                    and j > 0
                    and self.pos(j - 1) == "ADJ"
                    and j + 1 < end
                    and self.pos(j + 1) == "ADJ"
                )
                or (token.pos_ == "PRON" and word in self.words.one_of)
                or (self.is_adjective(j))
                or (not self.tagged and token.is_alpha)
            ):
                j -= 1
                continue
            break
        start = j + 1
        # a phrase never starts with a preposition or a conjunction
        while start < end and (
            (self.word(start) in self.words.inner_prepositions)
            or (
                self.word(start) in self.words.de
                and not self.partitive(start, end)
                and self.word(start) not in self.words.plural_indefinite
            )
            or (
                self.word(start) in self.words.coordinators and self.word(start) not in self.words.correlative
            )
            or self.is_punct(start)
        ):
            start += 1
        if start >= end or not any(self.is_nominal(k) for k in range(start, end)):
            return None
        return start
