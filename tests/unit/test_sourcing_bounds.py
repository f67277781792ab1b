"""The sourcing stage's scans are bounded: a text without full stops is cut into stretches."""

from __future__ import annotations

import spacy

from briefings.sourcing.layout import MAX_QUOTE_TOKENS, MAX_SENTENCE_TOKENS, Layout


def test_a_text_without_full_stops_is_cut_into_bounded_stretches() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("le vent souffle fort sur la côte , " * 200)
    layout = Layout.of(doc)
    assert len(layout.units) > 1
    assert all(end - start <= MAX_SENTENCE_TOKENS for start, end in layout.units + layout.sentences)
    assert layout.units[0][0] == 0 and layout.units[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(layout.units, layout.units[1:], strict=False))
    assert doc[layout.units[0][1] - 1].text == ","  # cut after a comma


def test_an_unclosed_quotation_is_bounded() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("« " + "la mer monte encore " * 200)
    (quote,) = Layout.of(doc).quotes
    assert quote.end - quote.start == MAX_QUOTE_TOKENS
    assert Layout.of(doc).quote_around(5, 6) == quote


def test_short_sentences_are_untouched() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("Il pleut. Le vent souffle, dit-il.")
    assert len(Layout.of(doc).units) == 2
