"""Properties over any text: rendering is well-formed and shows the text; offsets stay valid."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from briefings.annotate.document import whole_characters
from briefings.model import Article, Block
from briefings.nlp import components  # noqa: F401  (registers the factories)
from briefings.render import Span, render_body, render_spans
from briefings.seeds import read_seed

from ..htmlcheck import parse

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300
)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(TEXT)
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        tag = draw(st.sampled_from(["mark", "a", "span", "em"]))
        spans.append(Span(start, end, Markup(f"<{tag}>"), Markup(f"</{tag}>"), draw(st.integers(0, 2))))
    return text, spans


@given(text_and_spans())
@settings(max_examples=300)
def test_rendered_spans_are_well_formed_and_keep_the_text(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    checker = parse(render_spans(text, spans))
    assert checker.balanced and not checker.stack
    assert "".join(checker.text) == text.replace("\r", "\n") or "".join(checker.text) == text


@given(TEXT)
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_seed_renders_to_its_own_text(tmp_path_factory, body: str) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("seed")) / "s.txt"
    path.write_text("Titre\n" + body + "\nfin du texte.", encoding="utf-8")
    article = read_seed(path)
    html = render_body(article, [])
    checker = parse(html)
    assert checker.balanced and not checker.stack
    assert "".join(checker.text).replace("\n", "") == article.text.replace("\n", "")


_NLP = spacy.blank("fr")
_NLP.add_pipe("briefings_dates")
_NLP.add_pipe("briefings_quantities")
_NLP.add_pipe("briefings_entity_cleanup")
NEWSY = st.lists(
    st.sampled_from(
        [
            "jeudi",
            "10 000",
            "soldats",
            "environ",
            "1 100",
            "mi-janvier",
            "en",
            "2024",
            "é",
            "\u0301",
            "Corée",
            "%",
            "entre",
            "et",
            "plus de",
            "«",
            "»",
            " ",
            "\n\n",
            "’",
            "l'",
            "🇰🇷",
            "e\u0301t\u00e9",
        ]
    ),
    max_size=40,
).map("".join)


@given(NEWSY)
@settings(max_examples=300)
def test_entity_offsets_never_cut_a_character(text: str) -> None:
    doc = _NLP(text)
    for ent in doc.ents:
        start, end = whole_characters(text, ent.start_char, ent.end_char)
        # an edge never falls on a combining mark, i.e. inside a character as the reader sees it
        assert start == end or not unicodedata.combining(text[start])
        assert end == len(text) or not unicodedata.combining(text[end])
        # edges only move off marks: the start forward (at most to the end), the end forward
        assert ent.start_char <= start <= end and ent.end_char <= end
        assert all(unicodedata.combining(c) for c in text[ent.start_char : start])
        assert all(unicodedata.combining(c) for c in text[ent.end_char : end])


def test_blocks_of_a_hand_made_article() -> None:
    article = Article("a", "a.txt", "A", "x < y", [Block("paragraph", 0, 5)])
    assert render_body(article, []) == "<p>x &lt; y</p>"
