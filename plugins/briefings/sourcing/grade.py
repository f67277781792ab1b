"""Confidence grades of claims after the Admiralty (NATO) system, each with its reasons."""

# **Reliability of the source** (A–F) comes from the kind of source and whether it is named
# (a name, or a definite description that identifies it: "l'agence de renseignement
# sud-coréenne") or not ("un responsable", "des experts"):
#
# | kind | named | unnamed |
# |---|---|---|
# | government, intelligence, news_agency, document | B | C (D for intelligence) |
# | official | B | D |
# | military, media, expert, organisation, company, party, person | C | D |
# | anonymous ("selon certaines informations", no source given, "on") | F | F |
#
# A: completely reliable — never given by rule (it takes a track record the article cannot show);
# B: usually reliable; C: fairly reliable; D: not usually reliable; E: unreliable — never given by
# rule either; F: reliability cannot be judged.
#
# **Credibility of the information** (1–6) starts from the source: 2 (probably true) from an A/B
# source, 3 (possibly true) from C/D, 4 from E, 6 (cannot be judged) from F. Then, in order:
#
# 1. *Corroboration*: other claims from independent sources (see `independent`) that assert
#    the same content (the same span, the same figure about the same thing, or two of the same
#    entities in largely the same words) make it 1, "corroborated by N independent source(s)
#    (names)" — 2 if the parties concerned did not confirm it (rule 3), and not at all if it is
#    contradicted (rules 4, 5: "conflicting accounts", at least 3).
# 2. *Hedges* make it at least 3: "conditional mood", "possibility (pouvoir)", "expressed with
#    uncertainty", "hearsay", "approximate figure".
# 3. *Not confirmed*: a claim of another source with stance not_confirmed on the same subject
#    makes it at least 3, "not confirmed by <sources>".
# 4. *Contradiction by the same source*: a statement of the same source on the same subject with
#    the opposite polarity (negation, or a denial) makes it at least 4, "contradicted by an
#    earlier statement of the same source" (or "… a later statement …"). Which statement is
#    earlier comes from time words ("plus tôt", "auparavant", the pluperfect), else text order.
# 5. *Denial by another source* makes it at least 4, "denied by <source>"; 5 when that source is
#    more reliable, "denied by a more reliable source".
#
# The findings of rules 2–5 are listed as reasons in every case. A claim whose stance is itself
# a denial, a non-confirmation or a question is graded on its source alone. A claim of an
# anonymous source stays 6, "no identifiable source and no corroboration", unless corroborated.
#
# A claim is compared with the MAX_COMPARED claims on either side of it, no more: real articles
# have far fewer claims, and it keeps the cost linear on a text of any length.

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..model import RELIABILITY_MEANING, Claim, EntityMention, Source
from ..text import FIGURE, YEAR
from .layout import text_of
from .lexicon import Lexicon, lexicon, norm

#: (named, unnamed) reliability by kind of source.
RELIABILITY: dict[str, tuple[str, str]] = {
    "government": ("B", "C"),
    "intelligence": ("B", "D"),
    "news_agency": ("B", "C"),
    "document": ("B", "C"),
    "official": ("B", "D"),
    "military": ("C", "D"),
    "media": ("C", "D"),
    "expert": ("C", "D"),
    "organisation": ("C", "D"),
    "company": ("C", "D"),
    "party": ("C", "D"),
    "person": ("C", "D"),
    "anonymous": ("F", "F"),
}
KIND_NAMES = {
    "government": "government source",
    "official": "official",
    "intelligence": "intelligence service",
    "military": "military source",
    "news_agency": "news agency",
    "media": "news medium",
    "expert": "expert",
    "party": "political source",
    "organisation": "organisation",
    "company": "company",
    "person": "private person",
    "document": "document",
    "anonymous": "anonymous source",
}
HEDGE_REASONS = {
    "conditional": "conditional mood",
    "possibility": "possibility (pouvoir)",
    "uncertainty": "expressed with uncertainty",
    "hearsay": "hearsay",
    "approximation": "approximate figure",
}
#: Credibility before corroboration and findings, by reliability of the source.
BASE_CREDIBILITY = {"A": 2, "B": 2, "C": 3, "D": 3, "E": 4}
#: Stances that make no claim of their own about what they bear on.
NEGATIVE_STANCES = frozenset({"denies", "not_confirmed", "questions"})
POSITIVE_STANCES = frozenset({"asserts", "announces", "estimates", "warns"})
_WORD = re.compile(r"[\w-]+")
_STEM = 5
#: Claims compared with each claim, on either side of it (see the module comment).
MAX_COMPARED = 100
#: How far back the start of a claim's sentence is looked for, in characters.
_SENTENCE_REACH = 2000
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")


@dataclass(frozen=True)
class _Facts:
    """What a claim is about, to compare it with the others."""

    entities: frozenset[str]
    figures: frozenset[str]
    stems: frozenset[str]
    negative: bool
    earlier: bool
    family: frozenset[str]


def grade_claims(
    claims: Sequence[Claim],
    *,
    doc: Doc | None = None,
    mentions: Sequence[EntityMention] = (),
    language: str = "fr",
) -> list[Claim]:
    """The claims with reliability, credibility, reasons, corroborations and contradictions.

    `doc` (the parsed text) lets claims be compared by lemma and time words; without it they
    are compared by their words. `mentions` give the entities each claim is about.
    """
    lex = lexicon(language)
    found = _Mentions(mentions)
    facts = [_facts(claim, doc, found, lex) for claim in claims]
    return [_grade(i, claims, facts) for i in range(len(claims))]


class _Mentions:
    """The mentions in order of start, to find those inside a span by bisection."""

    def __init__(self, mentions: Sequence[EntityMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[EntityMention]:
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


def _grade(i: int, claims: Sequence[Claim], facts: Sequence[_Facts]) -> Claim:
    claim, own = claims[i], facts[i]
    reliability, why = source_reliability(claim.source)
    base = BASE_CREDIBILITY.get(reliability, 6)
    if claim.stance in NEGATIVE_STANCES:
        reason = f"the source {_stance_phrase(claim.stance)}: graded on the source alone"
        return _graded(claim, reliability, base, [why, reason], (), ())
    others = [j for j in range(max(0, i - MAX_COMPARED), min(len(claims), i + MAX_COMPARED + 1)) if j != i]
    corroborating = [
        j
        for j in others
        if claims[j].stance in POSITIVE_STANCES
        and independent(own, facts[j])
        and corroborates(claim, claims[j], own, facts[j])
    ]
    contradicting = [
        j for j in others if same_source(own, facts[j]) and contradicts(claim, claims[j], own, facts[j])
    ]
    not_confirmed = [j for j in others if claims[j].stance == "not_confirmed" and about_same(facts[j], own)]
    denials = [
        j
        for j in others
        if claims[j].stance == "denies" and about_same(facts[j], own) and not same_source(own, facts[j])
    ]
    # each finding sets a floor under the credibility: (floor, reason)
    findings = [(3, HEDGE_REASONS[kind]) for kind in HEDGE_REASONS if kind in claim.hedge_kinds]
    if not_confirmed:
        findings.append((3, f"not confirmed by {_names(claims, not_confirmed)}"))
    for j in contradicting:
        earlier = facts[j].earlier and not own.earlier or (facts[j].earlier == own.earlier and j < i)
        findings.append(
            (4, f"contradicted by {'an earlier' if earlier else 'a later'} statement of the same source")
        )
    for j in denials:
        if _rank(source_reliability(claims[j].source)[0]) < _rank(reliability):
            findings.append((5, "denied by a more reliable source"))
        else:
            findings.append((4, f"denied by {claims[j].source.name}"))
    reasons = [why]
    if corroborating and not contradicting and not denials:
        count = len({claims[j].source.id for j in corroborating})
        plural = "s" if count > 1 else ""
        reasons.append(
            f"corroborated by {count} independent source{plural} ({_names(claims, corroborating)})"
        )
        # confirmed by others, but not by the parties concerned: probably true
        credibility = 2 if not_confirmed else 1
    else:
        if corroborating:
            findings.append((3, "conflicting accounts"))
        if base == 6:
            credibility = 6
            reasons.append("no identifiable source and no corroboration")
        else:
            credibility = max([base, *(floor for floor, _ in findings)])
    reasons.extend(reason for _, reason in findings)
    return _graded(claim, reliability, credibility, reasons, tuple(corroborating), tuple(contradicting))


def source_reliability(source: Source) -> tuple[str, str]:
    """The reliability grade of a source and the reason for it."""
    if source.implicit:
        return "F", "no source given: reliability cannot be judged"
    named, unnamed = RELIABILITY.get(source.kind, ("C", "D"))
    grade = named if source.named else unnamed
    what = KIND_NAMES.get(source.kind, source.kind)
    if source.kind == "anonymous":
        return grade, "no identifiable source: reliability cannot be judged"
    prefix = "named" if source.named else "unnamed"
    return grade, f"{prefix} {what}: {RELIABILITY_MEANING[grade]}"


def independent(a: _Facts, b: _Facts) -> bool:
    """Two sources are independent when they share no entity and no institution ("un
    responsable de l'agence" is not independent of "l'agence de renseignement")."""
    return not (a.family & b.family)


def same_source(a: _Facts, b: _Facts) -> bool:
    return bool(a.family & b.family)


def corroborates(claim: Claim, other: Claim, a: _Facts, b: _Facts) -> bool:
    """The same content; or the same figure about the same thing; or at least two of the same
    entities told in largely the same words. Kept strict on purpose: a false corroboration
    would raise a claim to 1."""
    if (claim.start, claim.end) == (other.start, other.end):
        return True
    if a.figures & b.figures and (a.entities & b.entities or a.stems & b.stems):
        return True
    return len(a.entities & b.entities) >= 2 and _similarity(a.stems, b.stems) >= 0.4


def contradicts(claim: Claim, other: Claim, a: _Facts, b: _Facts) -> bool:
    """Opposite polarity on the same subject: a negated content, or a denial."""
    if (claim.start, claim.end) == (other.start, other.end):
        return False
    polarity_a = a.negative or claim.stance in ("denies", "not_confirmed")
    polarity_b = b.negative or other.stance in ("denies", "not_confirmed")
    if polarity_a == polarity_b:
        return False
    shared = len(a.entities & b.entities) + len(a.stems & b.stems)
    # two statements set apart in time ("Mais plus tôt ce mois-ci, …") need less in common
    return shared >= 2 or (shared >= 1 and a.earlier != b.earlier)


def about_same(a: _Facts, b: _Facts) -> bool:
    """Whether claim b bears on what claim a is about: all of a's words are in b ("le
    déploiement" is about "a déployé des troupes")."""
    if not a.stems and not a.entities:
        return False
    return a.stems <= b.stems | b.entities and (a.entities <= b.entities or not a.entities)


def _facts(claim: Claim, doc: Doc | None, mentions: _Mentions, lex: Lexicon) -> _Facts:
    entities = frozenset(
        m.id for m in mentions.within(claim.start, claim.end) if m.label not in ("DATE", "QUANTITY")
    )
    figures = frozenset(
        re.sub(r"\D", "", f)
        for f in FIGURE.findall(claim.text)
        if len(re.sub(r"\D", "", f)) >= 3 and not YEAR.fullmatch(f)
    )
    if doc is not None:
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        words = (
            [t.lemma_ or t.text for t in span if t.pos_ in ("NOUN", "VERB", "PROPN", "ADJ")]
            if span is not None
            else []
        )
    else:
        words = _WORD.findall(claim.text)
    stems = frozenset(_stem(w) for w in words if len(w) > 3 and norm(w) not in lex.words.stop_words)
    if doc is not None:
        text = text_of(doc)
        sentence = text[_sentence_start(text, claim.start) : claim.end]
        context = text[min(claim.cue_start, claim.start) : max(claim.cue_end, claim.end)]
    else:
        sentence = context = claim.text
    return _Facts(
        entities=entities,
        figures=figures,
        stems=stems,
        negative=bool(lex.content_negation.search(claim.text)) and claim.stance != "denies",
        earlier=bool(lex.earlier.search(sentence))
        or bool(lex.pluperfect.search(context[: max(0, claim.cue_end - min(claim.cue_start, claim.start))])),
        family=_family(claim.source, lex, mentions),
    )


def _family(source: Source, lex: Lexicon, mentions: _Mentions) -> frozenset[str]:
    """What a source stands for, to tell whether two sources are independent: its id, its
    entity, the entities named in it ("l'agence de renseignement sud-coréenne" is South
    Korean, like "Séoul"), and for a named source its institution: its head noun, or for a role
    the institution it belongs to ("un responsable de l'agence" → agence)."""
    keys = {source.id}
    if source.entity_id:
        keys.add(source.entity_id)
    if source.implicit or source.kind == "anonymous":
        return frozenset(keys)
    if source.mention_start is not None and source.mention_end is not None:
        keys.update(
            m.id
            for m in mentions.within(source.mention_start, source.mention_end)
            if m.label not in ("DATE", "QUANTITY")
        )
    words = [norm(w) for w in _WORD.findall(source.name)]
    articles = lex.words.name_articles
    content = [w for w in words if w not in articles]
    if not content:
        return frozenset(keys)
    head = content[0]
    roles = {kind for _, kind in lex.kinds_in(head)}
    if head in lex.member_nouns or roles & {"official", "expert", "person", "party"}:
        # the institution a role belongs to: "un responsable de l'agence" → agence
        for marker in lex.words.institution_links:
            if marker in words:
                position = words.index(marker)
                definite = marker in lex.words.fused_de or (
                    position + 1 < len(words) and words[position + 1] in articles
                )
                rest = [w for w in words[position + 1 :] if w not in articles]
                if rest and definite:
                    keys.add("institution:" + rest[0])
                break
    elif source.named:
        keys.add("institution:" + head)
    return frozenset(keys)


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _stem(word: str) -> str:
    return norm(word)[:_STEM]


def _sentence_start(text: str, position: int) -> int:
    reach = max(0, position - _SENTENCE_REACH)
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, reach, position)]
    return starts[-1] if starts else reach


def _names(claims: Sequence[Claim], indices: Sequence[int]) -> str:
    return ", ".join(dict.fromkeys(claims[j].source.name for j in indices))


def _stance_phrase(stance: str) -> str:
    return {"denies": "denies it", "not_confirmed": "does not confirm it", "questions": "questions it"}[
        stance
    ]


def _rank(grade: str) -> int:
    return "ABCDEF".index(grade) if grade in "ABCDEF" else 5


def _graded(
    claim: Claim,
    reliability: str,
    credibility: int,
    reasons: list[str],
    corroborated_by: tuple[int, ...],
    contradicted_by: tuple[int, ...],
) -> Claim:
    return replace(
        claim,
        reliability=reliability,
        credibility=credibility,
        reasons=tuple(dict.fromkeys(reasons)),
        corroborated_by=corroborated_by,
        contradicted_by=contradicted_by,
    )
