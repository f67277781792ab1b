"""The one vocabulary of the package: entity labels, source kinds, stances, the Admiralty scale,
anchors, and the words pages show for each of them."""

from __future__ import annotations

from typing import Literal

#: Entity labels, in the order the legend shows them.
ENTITY_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "NORP", "MISC", "DATE", "QUANTITY")

LABEL_NAMES: dict[str, str] = {
    "PER": "Person",
    "ORG": "Organisation",
    "LOC": "Place",
    "NORP": "Nationality",
    "MISC": "Other name",
    "DATE": "Date",
    "QUANTITY": "Figure",
}

#: Labels whose mentions link to an entity page; dates and figures are highlighted only.
LINKED_LABELS = frozenset({"PER", "ORG", "LOC", "NORP", "MISC"})
#: Titles of the lists of entities of each label.
LABEL_TITLES = {
    "PER": "People",
    "ORG": "Organisations",
    "LOC": "Places",
    "NORP": "Nationalities",
    "MISC": "Other names",
    "DATE": "Dates",
    "QUANTITY": "Figures",
}

SourceKind = Literal[
    "government",
    "official",
    "intelligence",
    "military",
    "news_agency",
    "media",
    "expert",
    "party",
    "organisation",
    "company",
    "person",
    "document",
    "anonymous",
]
Stance = Literal["asserts", "announces", "denies", "not_confirmed", "warns", "estimates", "questions"]

#: Every source kind, in the order the methodology page lists them.
SOURCE_KINDS: tuple[str, ...] = (
    "government", "official", "intelligence", "military", "news_agency", "media", "expert",
    "party", "organisation", "company", "person", "document", "anonymous",
)  # fmt: skip
STANCES: tuple[str, ...] = (
    "asserts", "announces", "denies", "not_confirmed", "warns", "estimates", "questions",
)  # fmt: skip
#: Admiralty grades: reliability of the source, credibility of the information.
RELIABILITY_GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_GRADES: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
#: The scale in plain words, as the page and the reasons show it.
RELIABILITY_MEANING = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY_MEANING = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


#: The Admiralty (NATO) scale in plain words, as pages show it.
RELIABILITY_NAMES = RELIABILITY_MEANING
CREDIBILITY_NAMES = CREDIBILITY_MEANING
SOURCE_KIND_NAMES = {
    "government": "government",
    "official": "official",
    "intelligence": "intelligence service",
    "military": "military",
    "news_agency": "news agency",
    "media": "media",
    "expert": "expert",
    "party": "political party",
    "organisation": "organisation",
    "company": "company",
    "person": "person",
    "document": "document",
    "anonymous": "anonymous",
}
STANCE_NAMES = {
    "asserts": "asserts",
    "announces": "announces",
    "denies": "denies",
    "not_confirmed": "does not confirm",
    "warns": "warns",
    "estimates": "estimates",
    "questions": "questions",
}


def grade_level(reliability: str, credibility: int) -> str:
    """A coarse level of trust for styling: strong, fair, weak or unknown."""
    if reliability == "F" or credibility == 6:
        return "unknown"
    if reliability in "AB" and credibility <= 2:
        return "strong"
    if reliability in "ABC" and credibility <= 3:
        return "fair"
    return "weak"


def mention_anchor(index: int) -> str:
    """The id of the n-th mention of a briefing, the target of entity pages' snippets."""
    return f"m{index + 1}"


def claim_anchor(index: int) -> str:
    """The id of the n-th claim of a briefing in its body."""
    return f"c{index + 1}"
