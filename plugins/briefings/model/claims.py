"""Who claims what (`Claim`), and who they are (`Source`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
    the sourcing stage, then across briefings by the corpus stage.
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
