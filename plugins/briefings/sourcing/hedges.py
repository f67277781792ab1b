"""Hedges: the words that make a claim less than a plain assertion, each as written in the text."""

# Kinds of hedge, and what they mean for the grade (see grade.py):
#
# - ``conditional``: the reportive conditional ("se préparerait", "serait dû"), by the ending of
#   the verb or auxiliary (-rait, -raient, -rais, -rions, -riez) before a future stem, because
#   the model tags "se préparerait" as an imperfect; the imperfect of verbs in -rer ("déclarait")
#   is told apart by its stem. Not counted in the main clause of a "si" clause (a hypothesis), nor
#   in a clause reported with que (the concordance of tenses: "a dit qu'il viendrait"), unless it
#   is a compound conditional ("affirme que des civils auraient été tués", "se serait enfui"),
#   which there is the conditional of reported information, but for "aurait fallu", "aurait dû".
# - ``possibility``: pouvoir of possibility ("pourraient constituer", "a pu", "peut ouvrir"),
#   not when negated nor after "on" or the first person (permission, ability).
# - ``uncertainty``: "il semble que", "apparemment", "probablement", "provisoire", "nous pensons"…
# - ``hearsay``: "dit-on", "selon certaines informations".
# - ``approximation``: "environ", "quasiment"; "près de", "autour de" before a figure (bounds such
#   as "plus de", "au moins", "jusqu'à" are not hedges: see `figure_approximators`); ranges
#   ("entre 10 000 et 12 000", "deux à trois"); vague quantities ("plusieurs centaines"); a
#   figure given as an estimate ("estimées à").

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..text import NUMBER_PATTERN, YEAR
from .layout import text_of
from .lexicon import Lexicon, lexicon, norm

HEDGE_KINDS = ("conditional", "possibility", "uncertainty", "hearsay", "approximation")


@dataclass(frozen=True)
class Hedge:
    start: int  # character offsets in doc.text
    end: int
    text: str
    kind: str  # one of HEDGE_KINDS


def find_hedges(
    doc: Doc,
    start: int,
    end: int,
    *,
    lex: Lexicon | None = None,
    future_in_past: tuple[int, int] | None = None,
) -> list[Hedge]:
    """Hedges in tokens start..end-1 of `doc`, in order of position.

    `future_in_past` is the token range of a que-clause under a past cue: conditionals in it are
    the future in the past, not hedges.
    """
    lex = lex or lexicon()
    found = _conditionals(doc, start, end, lex, future_in_past)
    found += _possibility(doc, start, end, lex)
    first, last = _chars(doc, start, end)
    found += _text_hedges(text_of(doc), first, last, lex)
    return _distinct(found)


def hedges_in_text(text: str, *, lex: Lexicon | None = None) -> list[Hedge]:
    """The hedges that need no tagging (expressions, hearsay, approximations) in plain text."""
    return _distinct(_text_hedges(text, 0, len(text), lex or lexicon()))


def is_conditional(form: str, lemma: str = "", *, lex: Lexicon | None = None) -> bool:
    """Whether a verb form is a conditional: a conditional ending after a future stem.

    "préparerait" is prépare-r-ait on the stem "préparer"; "déclarait" is the imperfect of
    "déclarer" (its stem "déclar" is the infinitive without -er).
    """
    hedges = (lex or lexicon()).hedges
    word = norm(form)
    if word in hedges.conditional_exceptions or len(word) < 5:
        return False
    ending = next((e for e in hedges.conditional_endings if word.endswith(e)), None)
    if ending is None:
        return False
    stem = word[: -len(ending)] + "r"
    lemma = norm(lemma)
    if lemma.endswith("er") and stem == lemma[:-2]:
        return False  # imperfect of a verb in -rer
    if stem in hedges.future_stems or stem.endswith("er"):
        return True
    if lemma and (stem == lemma or (lemma.endswith("re") and stem == lemma[:-1])):
        return True
    return len(stem) > 3 and stem.endswith(hedges.future_stem_endings)


def _conditionals(
    doc: Doc, start: int, end: int, lex: Lexicon, future_in_past: tuple[int, int] | None
) -> list[Hedge]:
    tagged = doc.has_annotation("POS")
    found = []
    for i in range(start, end):
        token = doc[i]
        if tagged and token.pos_ not in ("VERB", "AUX"):
            continue
        if not token.is_alpha or norm(token.text).startswith(lex.endings.possibility_conditional):
            continue  # pourrait is the possibility hedge
        if not is_conditional(token.text, token.lemma_, lex=lex) or _counterfactual(doc, i, end, lex):
            continue
        if norm(token.lemma_) in lex.words.deontic_verbs:
            continue  # "devrait obliger", "il faudrait": what ought to be, not reported hearsay
        if (
            future_in_past is not None
            and future_in_past[0] <= i < future_in_past[1]
            and not _reported_past(doc, i, end, lex)
        ):
            continue
        if _after_si(doc, i, start, lex) or _before_si(doc, i, lex):
            continue
        if _under_past_verb(doc, i, start, lex) and not _reported_past(doc, i, end, lex):
            continue  # "précise que l'équipe avait dit au coureur que son contrat ne serait pas …"
        first, last = i, i + 1
        if first > start and norm(doc[first - 1].text) in lex.words.reflexive:
            first -= 1
        if token.pos_ == "AUX" or norm(token.text).startswith(lex.endings.conditional_auxiliary):
            # "serait dû", "aurait été": the participle belongs to the hedge
            j = i + 1
            while j < end and doc[j].pos_ == "ADV":
                j += 1
            if j < end and (doc[j].pos_ in ("VERB", "AUX") or not tagged) and doc[j].is_alpha:
                last = j + 1
        found.append(_hedge(doc, first, last, "conditional"))
    return found


def _under_past_verb(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    """A conditional in a que-clause whose verb, itself inside the claim, is in a past tense ("a
    dit qu'il viendrait", "avait annoncé que l'usine fermerait"): the future in the past."""
    verb = doc[i] if doc[i].pos_ == "VERB" else doc[i].head
    words = lex.words
    if any(child.dep_ == "mark" and norm(child.text) in words.complementizer for child in verb.children):
        governor = verb.head
        if governor is not verb and start <= governor.i < verb.i and _past_verb(doc, governor, lex):
            return True
    # (the parser may hang the que-clause on the cue: the verb right before the "que" governs it)
    que = next((k for k in range(i - 1, start - 1, -1) if norm(doc[k].text) in words.complementizer), None)
    if que is None or any(doc[k].text in (".", ";", "!", "?") for k in range(que, i)):
        return False
    governor_index = next((k for k in range(que - 1, start - 1, -1) if doc[k].pos_ == "VERB"), None)
    return governor_index is not None and _past_verb(doc, doc[governor_index], lex)


def _past_verb(doc: Doc, verb: Token, lex: Lexicon) -> bool:
    """An imperfect, or a participle with its auxiliary ("avait annoncé", "a dit")."""
    words = lex.words
    if "Imp" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", []):
        return True
    return "Part" in verb.morph.get("VerbForm", []) and any(
        child.dep_.startswith("aux") and child.lemma_ in words.perfect_auxiliary | words.passive_auxiliary
        for child in verb.children
    )


def _counterfactual(doc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """ "aurait fallu", "aurait dû": what should have been, not a reported fact ("serait dû à"
    is one)."""
    if norm(doc[i].text) not in lex.words.avoir_conditional:
        return False
    j = i + 1
    while j < end and doc[j].pos_ == "ADV":
        j += 1
    return (
        j < end and norm(doc[j].lemma_) in lex.words.counterfactual_verbs and doc[j].pos_ in ("VERB", "AUX")
    )


def _reported_past(doc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """A compound conditional ("auraient été tués", "aurait quitté"): in a reported clause it is
    the conditional of reported information, unless it says what should have been ("aurait
    fallu", "aurait dû")."""
    words = lex.words
    if not norm(doc[i].text).startswith(lex.endings.conditional_auxiliary):
        return False
    j = i + 1
    while j < end and doc[j].pos_ == "ADV":
        j += 1
    if j >= end:
        return False
    form = norm(doc[j].text)
    # (the tagger may read a participle as an adjective or a noun: "se serait enfui")
    participle = ("Part" in doc[j].morph.get("VerbForm", []) and doc[j].pos_ in ("VERB", "AUX")) or (
        doc[j].pos_ in ("ADJ", "NOUN") and form.endswith(lex.endings.adjective_participle)
    )
    if not participle:
        return False
    if norm(doc[i].text) not in words.avoir_conditional and not (
        form in words.etre_participles or (i > 0 and norm(doc[i - 1].text) in words.reflexive)
    ):
        return False  # "serait fermée": a passive, the future in the past
    return norm(doc[j].lemma_) not in words.counterfactual_verbs


def _after_si(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    """A conditional after "si … ," in its sentence is the main clause of a hypothesis."""
    words = lex.words
    j = i - 1
    while j >= 0 and j >= start - 12:
        word = norm(doc[j].text)
        if doc[j].text in (".", "!", "?", ";", "«", "»") or "\n" in doc[j].text:
            return False
        if word in words.hypothesis | words.hypothesis_elided and (
            word in words.hypothesis or norm(doc[j + 1].text) in words.hypothesis_elided_before
        ):
            return True
        j -= 1
    return False


def _before_si(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A conditional before "si" and a clause in its sentence ("aurait été plus lourd si les
    secours avaient tardé") is the main clause of a hypothesis."""
    words = lex.words
    for j in range(i + 1, min(len(doc) - 1, i + 13)):
        word = norm(doc[j].text)
        if doc[j].text in (".", "!", "?", ";", "«", "»", ":") or "\n" in doc[j].text:
            return False
        if word in words.hypothesis and doc[j + 1].pos_ not in ("ADJ", "ADV"):
            return True  # (not the adverb: "si grave", "si vite")
        if word in words.hypothesis_elided and norm(doc[j + 1].text) in words.hypothesis_elided_before:
            return True
    return False


def _possibility(doc: Doc, start: int, end: int, lex: Lexicon) -> list[Hedge]:
    found = []
    for i in range(start, end):
        word = norm(doc[i].text)
        if word not in lex.hedges.possibility:
            continue
        first = i
        if word in lex.words.possibility_participle:
            if (
                i == 0
                or doc[i - 1].lemma_ not in lex.words.perfect_auxiliary
                and norm(doc[i - 1].text) not in lex.words.pu_auxiliaries
            ):
                continue
            first = i - 1
            conditional = norm(doc[first].text).startswith(lex.endings.conditional_auxiliary)
            if conditional and _before_si(doc, first, lex):
                continue  # "aurait pu être plus lourd si …": what would have been, a hypothesis
            if conditional and _worse_or_better(doc, i + 1, lex):
                continue  # "une catastrophe qui aurait pu être bien plus grave": what did not happen
        if _negated(doc, first, i, lex) or _impersonal_subject(doc, first, lex):
            continue
        found.append(_hedge(doc, first, i + 1, "possibility"))
    return found


def _worse_or_better(doc: Doc, j: int, lex: Lexicon) -> bool:
    """ "être (bien) plus grave", "être pire" after "aurait pu": a comparison with what did not
    happen, not a possibility."""
    if j >= len(doc) or doc[j].lemma_ not in lex.words.passive_auxiliary:
        return False
    k = j + 1
    while (
        k < len(doc)
        and k - j <= 3
        and doc[k].pos_ == "ADV"
        and norm(doc[k].text) not in lex.words.comparatives
    ):
        k += 1
    return k < len(doc) and norm(doc[k].text) in lex.words.comparatives


def _negated(doc: Doc, first: int, last: int, lex: Lexicon) -> bool:
    before = [norm(doc[j].text) for j in range(max(0, first - 3), first)]
    after = [norm(doc[j].text) for j in range(last + 1, min(len(doc), last + 3))]
    # "plus" right after the verb is as often "more" as "no longer"; a "ne" right after it negates
    # the infinitive, not the possibility ("pourraient ne pas venir" may well not come)
    negation = lex.words.negation_words - lex.words.ambiguous_negation - lex.words.negation
    return any(word in lex.words.negation for word in before) or any(word in negation for word in after[:1])


def _impersonal_subject(doc: Doc, first: int, lex: Lexicon) -> bool:
    after = norm(doc[first + 1].text) if first + 1 < len(doc) else ""
    if after.startswith("-") and after in lex.words.impersonal_or_first:
        return True  # inverted: "peut-on lire", "pouvons-nous"
    j = first - 1
    clitics = lex.words.clitics
    while j >= 0 and norm(doc[j].text) in clitics | lex.words.negation:
        if norm(doc[j].text) in lex.words.first_person_plural and (
            j == 0 or norm(doc[j - 1].text) not in clitics
        ):
            return True  # "nous pouvons": the subject, not a clitic
        j -= 1
    return j >= 0 and norm(doc[j].text) in lex.words.impersonal_or_first


def _text_hedges(text: str, first: int, last: int, lex: Lexicon) -> list[Hedge]:
    hedges = lex.hedges
    part = text[first:last]
    found = []
    for pattern, kind in (
        (hedges.uncertainty, "uncertainty"),
        (hedges.hearsay, "hearsay"),
        (hedges.approximators, "approximation"),
        (hedges.vague_quantity, "approximation"),
    ):
        for match in pattern.finditer(part):
            found.append(Hedge(first + match.start(), first + match.end(), match.group(), kind))
    figure = hedges.figure
    for match in hedges.figure_approximators.finditer(part):
        rest = part[match.end() :]
        if figure.match(rest):
            found.append(Hedge(first + match.start(), first + match.end(), match.group(), "approximation"))
    for match in hedges.range.finditer(part):
        numbers = re.findall(rf"{NUMBER_PATTERN}", match.group())
        if len(numbers) >= 2 and all(YEAR.fullmatch(n) for n in numbers):
            continue  # "entre 2008 et 2009" is a period, not an approximate figure
        if hedges.range_spread_before.search(part[: match.start()]):
            continue  # "âgées de 18 à 25 ans": the spread of a group, not an approximate figure
        found.append(Hedge(first + match.start(), first + match.end(), match.group(), "approximation"))
    stages = [(first + m.start(), first + m.end()) for m in hedges.not_hedges.finditer(part)]
    return [h for h in found if not any(a <= h.start and h.end <= b for a, b in stages)]


def _distinct(hedges: list[Hedge]) -> list[Hedge]:
    """Each expression once; an expression inside a longer one ("semble" in "il semble que") is
    dropped."""
    hedges = sorted(hedges, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hedge] = []
    seen: set[str] = set()
    for hedge in hedges:
        if any(k.start <= hedge.start and hedge.end <= k.end for k in kept):
            continue
        key = norm(hedge.text)
        if key in seen:
            continue
        seen.add(key)
        kept.append(hedge)
    return kept


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    if start >= end:
        return 0, 0
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _hedge(doc: Doc, first: int, last: int, kind: str) -> Hedge:
    start, end = _chars(doc, first, last)
    return Hedge(start, end, text_of(doc)[start:end], kind)
