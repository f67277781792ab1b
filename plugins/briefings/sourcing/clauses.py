"""What the cue frames share: the found claims, clause boundaries, complementizers, quotations.

Clauses end at ";", at a colon before a quotation, at ", mais …", and before a coordinated
cue ("a condamné P et estimé que Q"). Contents are stripped of surrounding punctuation,
connectives and the quotation marks around them, never of the marks of a quotation inside them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .groups import CLITICS, NEGATION, VerbGroup
from .hedges import Hedge
from .layout import CLOSING, FINAL_PUNCTUATION, OPENING, QUOTE_MARKS, STRAIGHT, Quote
from .lexicon import Lexicon
from .phrases import RELATIVES, Phrase, Reader

#: After a comma, these open an adjunct that is not part of a noun-phrase claim.
ADJUNCTS = frozenset({
    "après", "avant", "lors", "pendant", "depuis", "malgré", "dès", "durant", "suite", "en",
    "alors", "tandis", "bien", "parce", "puisque", "lorsque", "quand", "afin",
})  # fmt: skip
#: Prepositions of phrases that may come between a cue and its "que" ("affirme dans son blog
#: vidéo hebdomadaire qu'…", "a déclaré au Sénat que …").
FRAMING_PREPOSITIONS = frozenset({
    "dans", "sur", "devant", "lors", "pendant", "sous", "au", "à", "aux", "en", "après", "avant",
    "depuis", "par",
})  # fmt: skip
CLAUSE_BREAKERS = frozenset({"mais", "car", "puis", "tandis", "cependant"})
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
    """A claim as the rules found it: token spans, before sources are resolved."""

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


class ClauseRules:
    """The rules every frame uses, over one document and its verb groups."""

    def __init__(self, reader: Reader, groups: list[VerbGroup]):
        self.reader = reader
        self.doc = reader.doc
        self.lex: Lexicon = reader.lex
        self.layout = reader.layout
        self.groups = groups
        self.group_starts = {group.first for group in groups}
        self._sources_cache: dict[int, list[SourceRef]] = {}

    def _floor(self, i: int, scope_start: int) -> int:
        """Where the clause of token i starts: after ";", ":" or a quotation mark."""
        j = i - 1
        while j >= scope_start:
            text = self.doc[j].text
            if text in (";", ":") or text in QUOTE_MARKS:
                return j + 1
            j -= 1
        return scope_start

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

    def _clause(self, start: int, scope_end: int) -> Range | None:
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
                if text == "," and j + 1 < scope_end and reader.word(j + 1) in CLAUSE_BREAKERS:
                    break
                if j in self.group_starts and j > start and self._coordinated_group_at(j):
                    break
                if (
                    j + 1 in self.group_starts
                    and reader.word(j) in ("et", ",", "puis")
                    and j > start
                    and self._coordinated_group_at(j + 1)
                ):
                    break
            j += 1
        return strip(reader, start, j)

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

    def _que_follows(self, i: int, end: int) -> bool:
        return i < end and self._after_que(i) is not None

    def _quote_opening_at(self, i: int) -> Quote | None:
        return next((q for q in self.layout.quotes if q.opening == i), None)

    def _quote_ends_clause(self, quote: Quote, scope_end: int) -> bool:
        after = (quote.closing + 1) if quote.closing is not None else quote.end
        while after < scope_end and self.doc[after].text in FINAL_PUNCTUATION:
            after += 1
        return (
            after >= scope_end
            or self.doc[after].text in (",", ";", ".", ":", ")")
            or self.reader.word(after) in ("et", "mais", "puis", "avant", "dans", "en")
        )

    def _colon_quote_ahead(self, i: int, scope_end: int) -> int | None:
        j = i
        while j < scope_end and j - i < 20:
            if self.doc[j].text == ":":
                return j if self._quote_opening_at(j + 1) is not None else None
            if (
                self.doc[j].text in (",", ";", ".")
                or self.doc[j].text in QUOTE_MARKS
                or j in self.group_starts
            ):
                return None
            j += 1
        return None

    def _can_speak(self, phrase: Phrase) -> bool:
        return self.reader.can_speak(phrase)

    def _pronoun_ref(self, i: int) -> SourceRef:
        if self.reader.word(i).lstrip("-") in {w.lstrip("-") for w in self.lex.generic_pronouns}:
            return SourceRef(generic=i)
        return SourceRef(pronoun=i)

    def _in_relative(self, k: int, floor: int) -> bool:
        """Whether token k is in a relative clause: a relative pronoun comes first in its piece."""
        j = k - 1
        while j >= floor and self.doc[j].text != ",":
            if self.reader.word(j) in RELATIVES and self.doc[j].pos_ in ("PRON", ""):
                return True
            j -= 1
        return False

    def _previous_finite(self, i: int, floor: int) -> int | None:
        """The first token of the group of the nearest finite verb before token i."""
        j = i - 1
        while j >= floor:
            if self.reader.is_finite(j) or (
                self.doc[j].pos_ == "VERB"
                and "Part" in self.doc[j].morph.get("VerbForm", [])
                and j > floor
                and self.doc[j - 1].pos_ == "AUX"
            ):
                k = j
                while k - 1 >= floor and (
                    self.doc[k - 1].pos_ == "AUX"
                    or self.reader.word(k - 1) in NEGATION | CLITICS
                    or self.doc[k - 1].pos_ == "ADV"
                ):
                    k -= 1
                return k
            j -= 1
        return None

    def _main_verb(self, start: int, end: int) -> int | None:
        """The first token of the group of the first finite verb of a clause, outside
        quotations and relative clauses."""
        j = start
        while j < end:
            if self.layout.in_quote(j) or self.reader.word(j) in RELATIVES:
                if self.reader.word(j) in RELATIVES:
                    return None if j == start else self._main_verb(start, j)
                j += 1
                continue
            if self.reader.is_finite(j) or self.reader.is_auxiliary(j):
                k = j
                while k - 1 >= start and (self.reader.word(k - 1) in CLITICS | NEGATION):
                    k -= 1
                return k
            j += 1
        return None

    def _piece_start(self, i: int, floor: int) -> int:
        """After the last comma before token i (or `floor`)."""
        j = i - 1
        while j >= floor and self.doc[j].text != ",":
            j -= 1
        return j + 1

    def _coordinated_group_at(self, first: int) -> bool:
        group = next((g for g in self.groups if g.first == first), None)
        if group is None:
            return False
        return (
            group.participle == "present"
            or (self.reader.word(first - 1) in ("et", ",", "puis", "mais"))
            or self.reader.word(first) == "y"
        )

    def _verb_between(self, start: int, end: int) -> bool:
        """A verb outside quotations between two tokens: they are in different clauses."""
        return any(
            self.doc[k].pos_ in ("VERB", "AUX") and not self.layout.in_quote(k) for k in range(start, end)
        )


def strip(reader: Reader, start: int, end: int) -> Range | None:
    """Without surrounding spaces, punctuation, connectives and the quotation marks around it
    ("pleuré. »" → "pleuré"), but with the marks of a quotation inside it ("une décision
    « brutale »")."""
    doc = reader.doc
    while start < end and (
        doc[start].is_space or doc[start].text in (",", ";", ":") or _unpaired(doc, start, start, end)
    ):
        start += 1
    while end > start and (
        not doc[end - 1].text.strip()
        or doc[end - 1].text in FINAL_PUNCTUATION
        or doc[end - 1].text in (",", ";", ":")
        or _unpaired(doc, end - 1, start, end)
    ):
        end -= 1
    while end > start and doc[end - 1].text == ")" and not any(doc[k].text == "(" for k in range(start, end)):
        end -= 1
        while end > start and (
            doc[end - 1].is_space
            or doc[end - 1].text in FINAL_PUNCTUATION
            or _unpaired(doc, end - 1, start, end)
        ):
            end -= 1
    if (
        start < end
        and reader.word(start) in reader.lex.connectives
        and start + 1 < end
        and doc[start + 1].text == ","
    ):
        start += 2
    elif start + 1 < end and reader.word(start) in ("et", "ou", "mais", "puis"):
        start += 1
    return (start, end) if start < end else None


def _unpaired(doc: Doc, i: int, start: int, end: int) -> bool:
    """A quotation mark at i whose partner is not within start..end-1."""
    text = doc[i].text
    if text in OPENING:
        return not any(doc[k].text == OPENING[text] for k in range(i + 1, end))
    if text in CLOSING:
        return not any(doc[k].text == CLOSING[text] for k in range(start, i))
    if text == STRAIGHT:
        return sum(doc[k].text == STRAIGHT for k in range(start, end)) % 2 == 1
    return False
