"""What every frame works on: one parsed document, and the claims as the frames find them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..knowledge import KnowledgeBase
from ..model import EntityMention
from .groups import VerbGroup, verb_groups
from .hedges import Hedge
from .layout import Layout
from .lexicon import Lexicon
from .phrases import Phrase, Reader
from .sources import SourceBook

#: Tokens start..end-1.
Range = tuple[int, int]


@dataclass(frozen=True)
class SourceRef:
    """Who a claim is attributed to, before it is resolved to a `Source`."""

    phrase: Phrase | None = None
    pronoun: int | None = None  # a pronoun token ("-il", "qui", "elle")
    generic: int | None = None  # "on"
    implicit: bool = False
    previous_speaker: bool = False  # a quotation standing alone: its speaker came just before


@dataclass
class Found:
    """A claim as a frame found it: token spans, before sources are resolved."""

    content: Range
    sources: list[SourceRef]
    cue: list[int]
    stance: str
    frame: str
    position: int  # the cue's head, to process claims in reading order
    hedge_scopes: list[Range] = field(default_factory=list)
    future_in_past: Range | None = None
    extra_hedges: list[Hedge] = field(default_factory=list)
    colon: int | None = None  # the colon a quotation frame used
    own_words: bool = False  # the speaker's own words without quotation marks (an interview's answer)


@dataclass
class Context:
    """One document as the frames see it: its words, layout, verb groups and source book."""

    reader: Reader
    groups: list[VerbGroup]
    book: SourceBook
    group_starts: frozenset[int] = field(init=False)
    # the speakers of each verb group, by head, once: a participle asks for its governing verb's
    speakers_by_group: dict[int, list[SourceRef]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.group_starts = frozenset(group.first for group in self.groups)

    @classmethod
    def of(
        cls,
        doc: Doc,
        lex: Lexicon,
        mentions: Sequence[EntityMention] = (),
        kb: KnowledgeBase | None = None,
    ) -> Context:
        reader = Reader.of(doc, lex)
        return cls(reader, verb_groups(reader), SourceBook(reader, mentions, kb))

    @property
    def doc(self) -> Doc:
        return self.reader.doc

    @property
    def lex(self) -> Lexicon:
        return self.reader.lex

    @property
    def layout(self) -> Layout:
        return self.reader.layout

    def word(self, i: int) -> str:
        return self.reader.word(i)


@dataclass(frozen=True)
class CueSite:
    """A reporting verb group and the stretch of text its claim can take: what a cue frame
    reads (see `clauses.cue_site`)."""

    group: VerbGroup
    floor: int  # where the cue's clause starts
    scope_start: int
    scope_end: int


def found_at(group: VerbGroup, content: Range, sources: list[SourceRef], frame: str) -> Found:
    """The claim of a verb cue: its cue tokens, its stance, its hedges around the cue."""
    return Found(
        content=content,
        sources=sources,
        cue=sorted(set(group.cue_tokens)),
        stance=group.stance,
        frame=frame,
        position=group.head,
        hedge_scopes=[(min(group.cue_tokens), max(group.cue_tokens) + 1)],
    )
