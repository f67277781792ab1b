"""Plain data of the sourcing stage: who claims what (`Claim`), and who they are (`Source`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

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


@dataclass(frozen=True)
class Source:
    """Who makes a claim: an entity, a described speaker, a document, or no one identifiable."""

    id: str  # stable slug: the entity id when the source is an entity
    name: str  # display name: "Agence de renseignement sud-coréenne"
    kind: str  # one of SOURCE_KINDS
    named: bool  # identifiable (a name or a definite description), not "un responsable"
    entity_id: str | None = None
    mention_start: int | None = None  # the source phrase in the text; None when implicit
    mention_end: int | None = None

    @property
    def implicit(self) -> bool:
        """No source given in the text ("victimes … estimées à environ 1 100")."""
        return self.mention_start is None and self.kind == "anonymous"


@dataclass(frozen=True)
class Claim:
    """One attributed statement: its content span in the text, its source and how it is framed.

    `doc.text[start:end] == text`. `cue` is the reporting expression as written; when words
    were inserted into it ("a de son côté dénoncé") they are left out of `cue`, while
    `cue_start`/`cue_end` span the whole stretch. The grade fields are filled by
    `briefings.sourcing.grade.grade_claims`.
    """

    start: int
    end: int
    text: str
    source: Source
    cue: str
    cue_start: int
    cue_end: int
    stance: str  # one of STANCES
    direct_quote: bool = False
    hedges: tuple[str, ...] = ()
    hedge_kinds: tuple[
        str, ...
    ] = ()  # for each hedge: conditional, possibility, uncertainty, hearsay, approximation
    reliability: str = "F"
    credibility: int = 6
    reasons: tuple[str, ...] = ()
    corroborated_by: tuple[int, ...] = ()
    contradicted_by: tuple[int, ...] = ()

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)

    @property
    def grade(self) -> str:
        """The Admiralty code: "B2"."""
        return f"{self.reliability}{self.credibility}"


def claim_to_export(claim: Claim) -> dict[str, Any]:
    """The public JSON form of a claim (part of the `briefings annotate` export)."""
    return {
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "source": {"id": claim.source.id, "name": claim.source.name, "kind": claim.source.kind},
        "cue": claim.cue,
        "stance": claim.stance,
        "direct_quote": claim.direct_quote,
        "hedges": list(claim.hedges),
        "reliability": claim.reliability,
        "credibility": claim.credibility,
        "reasons": list(claim.reasons),
    }
