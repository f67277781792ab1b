"""Paragraphs, quotations and sentences of a Doc, found from punctuation rather than the parser."""

# The parser of `fr_core_news_md` runs sentences across paragraph breaks and splits quotations in
# the middle, and reported speech is all about both: a quotation of three sentences followed by
# ", a-t-il ajouté" is one claim. So the sourcing stage lays the text out itself:
#
# - *paragraphs* never cross a line break;
# - *quotations* pair « », “ ” and straight quotes within a paragraph; a closing mark whose opening
#   mark was lost opens at the start of the paragraph; a quotation left open at the end of a
#   paragraph goes on in the next one when that one starts with a quotation mark (or with a
#   lost one), up to its closing mark;
# - *units* are sentences that keep quotations whole, *sentences* also split inside quotations.
#
# Every rule scans within a unit or a quotation, some of them once per claim, so their length
# bounds the cost of the stage: a text without full stops would otherwise be one sentence, and
# its analysis quadratic in its length. Real sentences stay far below the caps (the longest of
# the seeds and the evaluation sets is about 100 tokens); a longer stretch is cut at its last
# ";", ":" or "," before the cap (or at the cap), a longer quotation keeps its first tokens (or,
# when its opening mark was lost, its last ones).

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from .lexicon import lexicon

OPENING = {"«": "»", "“": "”", "‹": "›"}
CLOSING = {closing: opening for opening, closing in OPENING.items()}
STRAIGHT = '"'
#: Marks that open and close alike: the double one, and a single one standing alone as a token
#: ("'Il a fallu partir', a-t-il dit"; an elision is glued to its word: "c'", "l'").
SINGLE = "'"
STRAIGHT_MARKS = frozenset({STRAIGHT, SINGLE})
QUOTE_MARKS = frozenset(OPENING) | frozenset(CLOSING) | STRAIGHT_MARKS
FINAL_PUNCTUATION = frozenset({".", "!", "?", "…", "!!", "!!!", "!!!!", "?!", "!?", "..."})
#: The dashes that open a line of dialogue ("— Non, je reste, a répondu X").
DIALOGUE_DASHES = frozenset({"—", "–"})
#: The longest unit or sentence the rules scan, in tokens (see the module comment).
MAX_SENTENCE_TOKENS = 160
#: The longest quotation, in tokens.
MAX_QUOTE_TOKENS = 400
#: Where a stretch over the cap is cut, by preference.
_WEAK_BREAKS = (";", ":", ",")
#: a straight mark glued after one of these opens a quotation (the tokenizer split it off:
#: nlp/pipeline.py, GLUED_QUOTE_INFIXES)
_MARKS_BEFORE_OPENING = FINAL_PUNCTUATION | frozenset(_WEAK_BREAKS)


@dataclass(frozen=True)
class Quote:
    """A quotation: the tokens inside the marks. `opening` is None when the mark was lost."""

    start: int  # first token inside
    end: int  # index after the last token inside (the closing mark, when there is one)
    opening: int | None
    closing: int | None

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@dataclass
class Layout:
    """Where the paragraphs, quotations and sentences of a Doc are, in token indices."""

    doc: Doc
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    units: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Doc, abbreviations: frozenset[str] | None = None) -> Layout:
        """The layout of `doc`; a "." after one of `abbreviations` ("M. Baupin") ends no
        sentence (by default, those of the French lexicon)."""
        if abbreviations is None:
            abbreviations = lexicon().words.abbreviations
        layout = cls(doc)
        running: Quote | None = None  # a quotation still open at the end of the paragraph before
        for start, end in _paragraphs(doc):
            layout.paragraphs.append((start, end))
            quotes = _quotes(doc, start, end)
            if running is not None:
                quotes, running = _continued(running, quotes, start, layout.quotes)
            else:
                running = _still_open(quotes)
            layout.quotes.extend(quotes)
            for stretch in _sentences(doc, start, end, quotes, abbreviations, keep_quotes=True):
                layout.units.extend(_capped(doc, *stretch))
            for stretch in _sentences(doc, start, end, quotes, abbreviations, keep_quotes=False):
                layout.sentences.extend(_capped(doc, *stretch))
        layout.quotes.sort(key=lambda quote: (quote.start, -quote.end))
        layout._unit_starts = [start for start, _ in layout.units]
        layout._sentence_starts = [start for start, _ in layout.sentences]
        layout._paragraph_starts = [start for start, _ in layout.paragraphs]
        layout._quote_starts = [quote.start for quote in layout.quotes]
        for quote in layout.quotes:
            if quote.opening is not None:
                layout._by_opening.setdefault(quote.opening, quote)
        return layout

    _unit_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _paragraph_starts: list[int] = field(default_factory=list, repr=False)
    _quote_starts: list[int] = field(default_factory=list, repr=False)
    _by_opening: dict[int, Quote] = field(default_factory=dict, repr=False)

    def quote_opening_at(self, i: int) -> Quote | None:
        """The quotation whose opening mark is token i."""
        return self._by_opening.get(i)

    def unit_of(self, i: int) -> tuple[int, int]:
        return self.units[max(0, bisect_right(self._unit_starts, i) - 1)]

    def unit_index(self, i: int) -> int:
        return max(0, bisect_right(self._unit_starts, i) - 1)

    def sentence_of(self, i: int) -> tuple[int, int]:
        return self.sentences[max(0, bisect_right(self._sentence_starts, i) - 1)]

    def paragraph_index(self, i: int) -> int:
        return max(0, bisect_right(self._paragraph_starts, i) - 1)

    def quote_around(self, start: int, end: int) -> Quote | None:
        """The smallest quotation that contains tokens start..end-1."""
        # quotations are sorted by start and no longer than MAX_QUOTE_TOKENS: only those that
        # start at most that far before `start` can contain it
        best: Quote | None = None
        index = bisect_right(self._quote_starts, start) - 1
        while index >= 0 and self.quotes[index].start >= start - MAX_QUOTE_TOKENS:
            quote = self.quotes[index]
            shorter = best is None or quote.end - quote.start < best.end - best.start
            if quote.contains(start, end) and shorter:
                best = quote
            index -= 1
        return best

    def in_quote(self, i: int) -> bool:
        return self.quote_around(i, i + 1) is not None

    def scope(self, i: int) -> tuple[int, int]:
        """The stretch a clause at token i can extend over: its sentence inside a quotation that
        is not itself the whole unit, else its unit."""
        quote = self.quote_around(i, i + 1)
        return self.sentence_of(i) if quote is not None else self.unit_of(i)


#: The text of each Doc still in use: spaCy joins every token again on each `doc.text`, and the
#: rules slice the text dozens of times per document (most of their time, before).
_texts: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (the text of a Doc never changes, even retokenised)."""
    text = _texts.get(doc)
    if text is None:
        text = _texts[doc] = doc.text
    return text


def is_space(token: Token) -> bool:
    return token.is_space or not token.text.strip()


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    paragraphs = []
    start = None
    for token in doc:
        if is_space(token):
            if "\n" in token.text and start is not None:
                paragraphs.append((start, token.i))
                start = None
            continue
        if start is None:
            start = token.i
        if "\n" in token.whitespace_:
            paragraphs.append((start, token.i + 1))
            start = None
    if start is not None:
        paragraphs.append((start, len(doc)))
    return paragraphs


def _quotes(doc: Doc, start: int, end: int) -> list[Quote]:
    """Pair the quotation marks of one paragraph."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    straight_inner: int | None = None
    single_open: int | None = None
    for i in range(start, end):
        text = doc[i].text
        if text in OPENING:
            stack.append((text, i))
        elif text in CLOSING:
            if i > start and doc[i - 1].text == text:
                continue  # "… qu'attendu »»": a doubled mark, not a quotation whose opening was lost
            while stack and stack[-1][0] != CLOSING[text]:
                stack.pop()
            if stack:
                _, opening = stack.pop()
                quotes.append(Quote(opening + 1, i, opening, i))
            else:  # the opening mark was lost: the quotation runs from the paragraph start
                quotes.append(Quote(start, i, None, i))
        elif text == STRAIGHT:
            if straight_open is None and _opens(doc, i, start, end):
                straight_open = i
            elif (
                straight_open is not None
                and straight_inner is None
                and _opens_inside(doc, i, straight_open, end)
            ):
                straight_inner = i  # '"Les vitres sont des "Triplex", explique X, …"': a quotation inside
            elif straight_inner is not None:
                quotes.append(Quote(straight_inner + 1, i, straight_inner, i))
                straight_inner = None
            elif straight_open is not None:
                quotes.append(Quote(straight_open + 1, i, straight_open, i))
                straight_open = None
            else:
                quotes.append(Quote(start, i, None, i))
        elif text == SINGLE:
            # only when paired in the paragraph: a lone one may be an apostrophe set apart
            if single_open is None and _opens(doc, i, start, end):
                single_open = i
            elif single_open is not None and not doc[i - 1].whitespace_:
                quotes.append(Quote(single_open + 1, i, single_open, i))
                single_open = None
    for _, opening in stack:  # the closing mark was lost: up to the paragraph end
        quotes.append(Quote(opening + 1, _before_final(doc, start, end), opening, None))
    if straight_open is not None:
        quotes.append(Quote(straight_open + 1, _before_final(doc, start, end), straight_open, None))
    return sorted((_clipped(quote) for quote in quotes), key=lambda quote: (quote.start, -quote.end))


def _still_open(quotes: list[Quote]) -> Quote | None:
    """The last quotation of a paragraph when its closing mark is not in it."""
    unclosed = [q for q in quotes if q.closing is None and q.opening is not None]
    return max(unclosed, key=lambda q: q.opening or 0) if unclosed else None


def _continued(
    running: Quote, quotes: list[Quote], start: int, earlier: list[Quote]
) -> tuple[list[Quote], Quote | None]:
    """A quotation over several paragraphs: after a paragraph that left one open, a paragraph
    whose first quotation starts it (its opening mark first, as French repeats it, or lost)
    goes on with it up to its closing mark. The pieces become one quotation, so that ", a-t-il
    déclaré" after the last paragraph reports all of them."""
    first = min(quotes, key=lambda q: q.start) if quotes else None
    if first is None or not (first.opening is None or first.opening == start):
        return quotes, _still_open(quotes)
    merged = _clipped(Quote(running.start, first.end, running.opening, first.closing))
    if running in earlier:
        earlier.remove(running)
    rest = [q for q in quotes if q is not first]
    return [merged, *rest], (merged if merged.closing is None else _still_open(rest))


def _clipped(quote: Quote) -> Quote:
    """A quotation no longer than MAX_QUOTE_TOKENS: its first tokens, or its last ones when its
    opening mark was lost."""
    if quote.end - quote.start <= MAX_QUOTE_TOKENS:
        return quote
    if quote.opening is None:
        return Quote(quote.end - MAX_QUOTE_TOKENS, quote.end, None, quote.closing)
    return Quote(quote.start, quote.start + MAX_QUOTE_TOKENS, quote.opening, None)


def _capped(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretch start..end-1 in pieces of at most MAX_SENTENCE_TOKENS, each cut after its
    last ";", ":" or "," in the second half of the piece (or at the cap)."""
    while end - start > MAX_SENTENCE_TOKENS:
        limit = start + MAX_SENTENCE_TOKENS
        cut = limit
        half = start + MAX_SENTENCE_TOKENS // 2
        for mark in _WEAK_BREAKS:
            found = next((j for j in range(limit - 1, half, -1) if doc[j].text == mark), None)
            if found is not None:
                cut = found + 1
                break
        yield start, cut
        start = cut
    yield start, end


def _opens(doc: Doc, i: int, start: int, end: int) -> bool:
    """A straight quote opens when it follows a space (or starts) and a word follows it; or, in
    text copied without its spaces, when it is glued after a sentence's or a clause's mark or an
    elision ("… l'agence."Tout …", "d'"explosions"")."""
    before_space = i == start or bool(doc[i - 1].whitespace_) or _glued_before_opening(doc[i - 1].text)
    after_word = i + 1 < end and not doc[i].whitespace_ and not doc[i + 1].is_punct
    return before_space and (after_word or i + 1 < end and doc[i + 1].text not in ",.;:")


def _opens_inside(doc: Doc, i: int, outer: int, end: int) -> bool:
    """A straight mark inside an open straight quotation opens a nested one only when set off by
    a space before and glued to a word after it, and a closing mark for it and one for the outer
    quotation follow in the paragraph (else it closes the outer one)."""
    if i <= outer + 1 or not doc[i - 1].whitespace_ or doc[i].whitespace_ or i + 1 >= end:
        return False
    if not doc[i + 1].is_alpha:
        return False
    return sum(1 for k in range(i + 1, end) if doc[k].text == STRAIGHT) >= 2


def _glued_before_opening(text: str) -> bool:
    return text in _MARKS_BEFORE_OPENING or text[-1:] in "'’"


def _before_final(doc: Doc, start: int, end: int) -> int:
    while end > start and (doc[end - 1].text in FINAL_PUNCTUATION or is_space(doc[end - 1])):
        end -= 1
    return end


def _sentences(
    doc: Doc, start: int, end: int, quotes: list[Quote], abbreviations: frozenset[str], *, keep_quotes: bool
) -> list[tuple[int, int]]:
    depth = [0] * (end - start)
    if keep_quotes:
        for quote in quotes:
            # a mark-less quotation from the paragraph start is still one stretch of speech (a
            # quotation over several paragraphs counts here only for this paragraph's part)
            for i in range(max(quote.start, start), min(quote.end, end)):
                depth[i - start] += 1
    # a straight mark that opens a quotation never ends the sentence before it
    openings = {quote.opening for quote in quotes}
    sentences = []
    first = start
    i = start
    while i < end:
        token = doc[i]
        if (
            token.text in FINAL_PUNCTUATION
            and not depth[i - start]
            and not _abbreviation(doc, i, abbreviations)
            and not _suspension(doc, i)
        ):
            j = i + 1
            # closing marks and more punctuation belong to the sentence that ends here
            while j < end and (
                doc[j].text in CLOSING
                or doc[j].text in FINAL_PUNCTUATION
                or (doc[j].text in STRAIGHT_MARKS and not doc[j - 1].whitespace_)
            ):
                j += 1
            if j >= end or _starts_sentence(doc[j]):
                sentences.append((first, j))
                first = j
            i = j
            continue
        if (
            (token.text in CLOSING or token.text in STRAIGHT_MARKS)
            and i not in openings
            and not depth[i - start]
            and i > start
            and doc[i - 1].text in FINAL_PUNCTUATION
            and i + 1 < end
            and _starts_sentence(doc[i + 1])
        ):  # "… aujourd'hui. » « Il y a là …": the quotation ended its sentence
            sentences.append((first, i + 1))
            first = i + 1
        i += 1
    if first < end:
        sentences.append((first, end))
    return sentences


def _abbreviation(doc: Doc, i: int, abbreviations: frozenset[str]) -> bool:
    if doc[i].text != "." or i == 0 or doc[i - 1].whitespace_:
        return False
    previous = doc[i - 1].text
    return (len(previous) == 1 and previous.isupper()) or previous.lower() in abbreviations


def _suspension(doc: Doc, i: int) -> bool:
    """An ellipsis right after a word that cannot end a sentence, a preposition or a
    determiner: a pause for effect ("un squelette vieux de... 3000 ans"), not an end."""
    return doc[i].text in ("…", "...") and i > 0 and doc[i - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")


def _starts_sentence(token: Token) -> bool:
    text = token.text
    return (
        text[:1].isupper()
        or text[:1].isdigit()
        or text in OPENING
        or text in STRAIGHT_MARKS
        or text in "([-—–"
    )


def token_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens start..end-1, without surrounding spaces."""
    while start < end and is_space(doc[start]):
        start += 1
    while end > start and is_space(doc[end - 1]):
        end -= 1
    if start >= end:
        position = doc[start].idx if start < len(doc) else len(text_of(doc))
        return position, position
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
