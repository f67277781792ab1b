"""Reporting verbs in a Doc, with their auxiliaries, clitics, negation and inverted subject."""

# A group is what the cue of a claim is made of: "n'ont confirmé", "a-t-il ajouté", "se sont
# félicités", "a de son côté dénoncé" (words inserted between the auxiliary and the participle
# are part of the group but not of the cue). It also says whether the verb is negated, passive,
# in a past tense, a participle without auxiliary or an infinitive, which the frames of
# extract.py need.

from __future__ import annotations

from dataclasses import dataclass

from .layout import CLOSING, QUOTE_MARKS, STRAIGHT_MARKS
from .lexicon import Lexicon, VerbCue, norm
from .phrases import Reader

#: The marks that may close a quotation.
_CLOSING_MARKS = frozenset(CLOSING) | STRAIGHT_MARKS


@dataclass
class VerbGroup:
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


def verb_groups(reader: Reader) -> list[VerbGroup]:
    """Every reporting verb of the document, as a group, in reading order."""
    builder = _Builder(reader)
    return [group for i in range(len(reader.doc)) if (group := builder.group_at(i)) is not None]


class _Builder:
    def __init__(self, reader: Reader):
        self.reader = reader
        self.doc = reader.doc
        self.lex: Lexicon = reader.lex
        self.layout = reader.layout
        self.words = reader.lex.words
        self.endings = reader.lex.endings

    def group_at(self, head: int) -> VerbGroup | None:
        reader = self.reader
        token = self.doc[head]
        known = self.lex.verb_cues(token.text, token.lemma_)
        if not known and (fallback := self._verb_after_quotation(head)) is not None:
            return self._build_group(head, fallback)
        if reader.tagged and token.pos_ not in ("VERB", "AUX", "ADJ") and not self._verb_tagged_as_noun(head):
            return None
        if head > 0 and self.doc[head - 1].text == "-" and not self.doc[head - 2].whitespace_:
            return None  # "soi-disant" is not "disant"
        if token.pos_ == "AUX" and token.lemma_ in self.words.auxiliaries and not self._multiword_after(head):
            return None  # but "ont peur que": avoir heads a multi-word cue
        if (
            token.pos_ == "ADJ"
            and not norm(token.text).endswith(self.endings.adjective_participle)
            and not (head > 0 and self.reader.word(head - 1) in self.words.reflexive)  # "s'indigne"
        ):
            return None
        cues = sorted(known, key=lambda c: -c.specificity)
        for cue in cues:
            group = self._build_group(head, cue)
            if group is not None:
                return group
        return None

    def _verb_after_quotation(self, head: int) -> VerbCue | None:
        """A verb the lexicon does not know, between a quotation and its inverted subject ("« P »,
        s'amuse le maire", "« P », a grimacé l'entraîneur", "« P », sourit-elle"): French puts
        only verbs of saying, or of the manner of saying, in that place. The tagger often reads
        such a verb as a noun or an adverb ("grimace", "s'enthousiasme"); in that place, after a
        clitic or an auxiliary or before the subject, it is the verb. A cue of its own that needs
        its content (the quotation) and never reads a passive."""
        doc, reader = self.doc, self.reader
        token = doc[head]
        if not token.is_lower or token.pos_ not in ("VERB", "NOUN", "ADV", "ADJ") or head + 1 >= len(doc):
            return None
        forms = token.morph.get("VerbForm", [])
        k = head - 1
        auxiliary = k >= 0 and reader.is_auxiliary(k)
        if auxiliary:
            if not ("Part" in forms or norm(token.text).endswith(self.endings.adjective_participle)):
                return None
            k -= 1
        elif token.pos_ == "VERB" and "Fin" not in forms:
            return None  # a participle alone ("« Titanic », sorti en 1997") is no incise
        reflexive = k >= 0 and reader.word(k) in self.words.reflexive
        if reflexive:
            k -= 1
        if k < 1 or doc[k].text != "," or doc[k - 1].text not in _CLOSING_MARKS:
            return None
        if doc[k - 1].text in STRAIGHT_MARKS and not self.layout.in_quote(k - 2):
            return None  # a straight mark that opens a quotation rather than closing one
        if not (self._inverted_pronoun(head + 1) or doc[head + 1].pos_ in ("DET", "PROPN")):
            return None  # "le maire", "Jean Dupont", "-t-il": the subject right after the verb
        after = head + 2 if self._inverted_pronoun(head + 1) else head + 1
        if after < len(doc) and "Inf" in doc[after].morph.get("VerbForm", []):
            return None  # "peut-on lire", "tient à préciser": the infinitive is the cue, if any
        if token.pos_ != "VERB" and not (auxiliary or reflexive or doc[head + 1].pos_ == "DET"):
            return None
        lemma = norm(token.lemma_ or token.text)
        return VerbCue(
            key=lemma, lemma=lemma, reflexive=reflexive, content=True, active_only=True, finite=not auxiliary
        )

    def _multiword_after(self, head: int) -> bool:
        """Whether a multi-word cue of this form goes on right after it ("ont peur")."""
        following = self.reader.word(head + 1) if head + 1 < len(self.doc) else ""
        return any(
            cue.particles and cue.particles[0] == following
            for cue in self.lex.verb_cues(self.doc[head].text, self.doc[head].lemma_)
        )

    def _verb_tagged_as_noun(self, i: int) -> bool:
        """The tagger reads some verb forms as nouns ("se sont félicités", "…, chiffré à",
        "une directive européenne demande aux pilotes") or as adverbs ("La direction dément tout
        projet"): a form of a reporting verb after an auxiliary, a clitic, a comma or a noun
        phrase (an adverb: only right after a noun), never after a determiner."""
        token = self.doc[i]
        if token.pos_ not in ("NOUN", "PROPN", "ADV") or not token.is_lower or i == 0:
            return False
        if norm(token.text) not in self.lex.verbs_by_form:
            return False
        previous = self.doc[i - 1]
        if previous.pos_ in ("DET", "ADP", "NUM") or self.reader.word(i - 1) in self.words.de:
            return False
        if token.pos_ == "ADV" and previous.pos_ not in ("NOUN", "PROPN"):
            return False  # "La direction dément tout projet": a verb read as an adverb, after its subject
        if (
            self.reader.is_auxiliary(i - 1)
            or previous.pos_ == "AUX"
            or self.reader.word(i - 1) in self.words.clitics
            or previous.text == ","
        ):
            return True
        if previous.pos_ == "ADV" and self._auxiliary_left_of(i - 1, 0, span=2):
            return True  # "avait d'abord fait état", "a déjà dit": an adverb after the auxiliary
        following = self.doc[i + 1] if i + 1 < len(self.doc) else None
        return (
            previous.pos_ in ("ADJ", "NOUN", "PROPN")
            and following is not None
            and (
                following.pos_ in ("ADP", "DET", "SCONJ")
                or following.text in QUOTE_MARKS
                or following.text == ":"
            )
        )

    def _build_group(self, head: int, cue: VerbCue) -> VerbGroup | None:
        reader = self.reader
        doc = self.doc
        unit_start, unit_end = self.layout.unit_of(head)
        # the words after the head that complete a multi-word cue
        last = head + 1
        for number, particle in enumerate(cue.particles):
            if number == 0:
                # "appelle cet après-midi à voter": a date or an adverb may come in between
                while (
                    last < unit_end
                    and reader.word(last) != particle
                    and (
                        self.doc[last].pos_ == "ADV"
                        or (reader.any_entity(last) is not None and reader.any_entity(last).label_ == "DATE")  # type: ignore[union-attr]
                    )
                ):
                    last += 1
            if last < unit_end and reader.word(last) == particle:
                last += 1
            elif (
                number == len(cue.particles) - 1
                and particle in self.words.a_particle
                and last < unit_end
                and reader.word(last) in self.words.fused_a
            ):
                pass  # "a appelé au calme": the content starts at "au"
            else:
                return None
        group = VerbGroup(cue, head, head, last, [head])
        group.cue_tokens.extend(k for k in range(head + 1, last) if reader.word(k) in cue.particles)
        # "n'a ni confirmé ni démenti P": one cue, whose content comes after the second verb
        if (
            last + 1 < unit_end
            and reader.word(last) in self.words.correlative
            and self.doc[last + 1].pos_ == "VERB"
            and self.lex.verb_cues(self.doc[last + 1].text, self.doc[last + 1].lemma_)
        ):
            group.cue_tokens.extend((last, last + 1))
            last += 2
        # inverted subject: "explique-t-il", "dit-on"
        while last < unit_end and (
            reader.word(last) in self.words.euphonic_t or self._inverted_pronoun(last)
        ):
            if reader.word(last) not in self.words.euphonic_t:
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
            if self._inverted_pronoun(j) or word in self.words.euphonic_t:
                if word not in self.words.euphonic_t:
                    group.inverted = j
                group.cue_tokens.append(j)
            elif reader.is_auxiliary(j) or (not reader.tagged and word in self.words.untagged_auxiliaries):
                group.cue_tokens.append(j)
                if token.lemma_ in self.words.passive_auxiliary or word in self.words.etre_forms:
                    group.passive = True
                if (
                    "Past" in token.morph.get("Tense", [])
                    or "Imp" in token.morph.get("Tense", [])
                    or token.pos_ == "AUX"
                ):
                    group.past = True
            elif word in self.words.negation:
                group.negated = True
                group.cue_tokens.append(j)
            elif word in self.words.reflexive:
                reflexive = True
                group.cue_tokens.append(j)
            elif word in self.words.clitics and token.pos_ in ("PRON", ""):
                if word == cue.clitic:
                    clitic = word
                    group.cue_tokens.append(j)
            elif (token.pos_ == "ADV" or word in self.words.correlative) and self._auxiliary_left_of(
                j, unit_start
            ):
                pass  # "a cependant déclaré", "n'a pas été confirmée", "n'a ni confirmé"
            elif token.pos_ in ("ADP", "DET", "NOUN", "PRON") and self._auxiliary_left_of(
                j, unit_start, span=3
            ):
                pass  # "a de son côté dénoncé", "a pour sa part condamné", "a lui écrit"
            elif word == "," and (opening := self._incise_after_auxiliary(j, unit_start)) is not None:
                j = opening  # "a, aussi, appelé", "a, de même, conseillé": an adverbial between commas
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
        if cue.negated_only and not group.negated:
            return None
        if (
            not cue.reflexive
            and reflexive
            and any(c.reflexive and c.lemma == cue.lemma for c in self.lex.verbs_by_lemma.get(cue.lemma, ()))
        ):
            return None  # "se dire" was tried first
        morph = doc[head].morph
        form = norm(doc[head].text)
        # "« P », déplore le directeur": the participle of an -er verb ends in "é", so a form
        # without that ending is finite, whatever the tagger says
        misread = norm(doc[head].lemma_).endswith(self.endings.er_infinitive) and not form.endswith(
            self.endings.er_participle
        )
        has_aux = any(reader.is_auxiliary(k) for k in group.cue_tokens if k != head)
        # "après avoir affirmé": an infinitive auxiliary makes the group an infinitive
        infinitive_aux = any(
            reader.word(k) in self.words.auxiliaries
            for k in group.cue_tokens
            if k < head and reader.is_auxiliary(k)
        )
        if cue.finite and not has_aux:
            pass  # "« P », grimace l'entraîneur": a present, though tagged as a noun
        elif "Inf" in morph.get("VerbForm", []) or form == cue.lemma or infinitive_aux:
            group.infinitive = True
            self._attach_governor(group, unit_start)
        elif not has_aux and (
            ("Part" in morph.get("VerbForm", []) and "Pres" in morph.get("Tense", []))
            or form.endswith(self.endings.verb_present_participle)
            and doc[head].pos_ == "VERB"
        ):
            group.participle = "present"
        elif (
            not has_aux
            and not misread
            and not self._finite_after_subject(group, unit_start)
            and not self._finite_after_quote(group)
            and (
                # "déclara" (passé simple) is not a participle, whatever the tagger says
                ("Part" in morph.get("VerbForm", []) and not form.endswith(self.endings.passe_simple))
                or doc[head].pos_ in ("ADJ", "NOUN")
                and form.endswith(self.endings.past_participle)
            )
        ):
            # "a condamné P et estimé que Q": the participle shares the auxiliary before it
            previous = group.first - 1
            # (not when a "que" comes between: "a affirmé que le militaire, accusé de …, sera
            # jugé" is an apposition in the reported clause)
            auxiliary = next(
                (k for k in range(previous - 1, unit_start - 1, -1) if reader.is_auxiliary(k)), None
            )
            shared = (
                previous >= unit_start
                and reader.word(previous) in self.words.cue_joiners
                and auxiliary is not None
                and not any(reader.word(k) in self.words.complementizer for k in range(auxiliary, previous))
            )
            if shared:
                group.past = True
            else:
                group.participle = "past"
        elif not has_aux:
            group.past = not misread and bool(set(morph.get("Tense", [])) & {"Past", "Imp"})
        group.cue_tokens.sort()
        return group

    def _finite_after_subject(self, group: VerbGroup, unit_start: int) -> bool:
        """ "Le ministre dit que P", "Le témoin écrit avoir vu": a form that is also a present
        (dit, écrit), right after its subject and before a que-clause or an infinitive, is
        finite, whatever the tagger says ("La victime, dite fragile" stays a participle)."""
        doc, reader = self.doc, self.reader
        before, after = group.first - 1, group.last
        if before < unit_start or after >= len(doc):
            return False
        if doc[before].text == "," and before - 1 >= unit_start and doc[before - 1].pos_ in ("PROPN", "NOUN"):
            before -= 1  # "Un des témoins, Paul Martin, dit avoir vu …": after an apposition
        if not (reader.is_nominal(before) or doc[before].pos_ == "PRON"):
            return False
        if group.cue.particles and group.first == group.head:
            return True  # "L'agence fait état de 40 cas": a multi-word cue right after its subject
        word = reader.word(after)
        return (
            word in self.words.complementizer
            or word in self.words.negation
            or "Inf" in doc[after].morph.get("VerbForm", [])
        )

    def _finite_after_quote(self, group: VerbGroup) -> bool:
        """ "« P », décrit le chercheur": a form that is also a present (décrit, écrit), right
        after a quotation and its comma and before a determiner or a name, is a postposed cue
        with its subject, whatever the tagger says."""
        doc = self.doc
        comma, after = group.first - 1, group.last
        if comma < 1 or after >= len(doc) or group.first != group.head:
            return False
        if doc[comma].text not in self.words.incise_marks:
            return False
        if doc[comma - 1].text not in _CLOSING_MARKS:
            return False
        return doc[after].pos_ in ("DET", "PROPN")

    def _inverted_pronoun(self, i: int) -> bool:
        word = self.reader.word(i)
        return word.startswith("-") and (
            word in self.lex.pronouns or word in self.lex.generic_pronouns or word in self.lex.first_person
        )

    def _incise_after_auxiliary(self, comma: int, floor: int) -> int | None:
        """The opening comma of a short adverbial set off by commas right after an auxiliary
        (", aussi,", ", de même,", ", par ailleurs,"), given its closing comma."""
        k = comma - 1
        while k > floor and comma - k <= 4 and self.doc[k].pos_ in ("ADV", "ADP", "DET", "NOUN", "ADJ"):
            k -= 1
        if k == comma - 1 or k <= floor or self.doc[k].text != ",":
            return None
        return k if self.reader.is_auxiliary(k - 1) else None

    def _auxiliary_left_of(self, j: int, floor: int, span: int = 5) -> bool:
        k = j - 1
        while k >= floor and j - k <= span:
            token = self.doc[k]
            if self.reader.is_auxiliary(k):
                return True
            if (
                token.pos_ not in ("ADV", "ADP", "DET", "NOUN", "PRON")
                and self.reader.word(k) not in self.words.negation
            ):
                return False
            k -= 1
        return False

    def _attach_governor(self, group: VerbGroup, floor: int) -> None:
        """ "tente-t-il de corriger", "a souhaité ajouter": the subject is the governor's."""
        j = group.first - 1
        if j >= floor and self.reader.word(j) in self.words.before_infinitive:
            j -= 1
        k = j
        while k >= floor and (self._inverted_pronoun(k) or self.reader.word(k) in self.words.euphonic_t):
            if self.reader.word(k) not in self.words.euphonic_t:
                group.inverted = k
            k -= 1
        if (
            k - 1 >= floor
            and self.reader.word(k) in self.words.negation_words
            and self.reader.word(k) not in self.words.negation
            and self.doc[k - 1].pos_ == "VERB"
            and self.doc[k - 1].lemma_ in self.words.unable_governors
        ):
            k -= 1  # "ne pouvait pas confirmer": the governor before the negation's second word
        if k >= floor and self.doc[k].pos_ == "VERB":
            group.governor = k
            group.cue_tokens.extend(range(k, group.first))
            group.first = k
            while group.first - 1 >= floor and (
                self.doc[group.first - 1].pos_ == "AUX"
                or self.reader.word(group.first - 1) in self.words.negation
                or self.reader.word(group.first - 1) in self.words.reflexive  # "s'accordent à dire"
            ):
                group.first -= 1
                group.cue_tokens.append(group.first)
