"""Rendering by offsets: nesting, escaping, links."""

from __future__ import annotations

from markupsafe import Markup

from briefings.model import Article, Block, EntityMention, InlineMark
from briefings.render import Span, mark_spans, mention_spans, render_body, render_spans

from ..htmlcheck import parse


def tag(name: str, start: int, end: int, rank: int = 0) -> Span:
    return Span(start, end, Markup(f"<{name}>"), Markup(f"</{name}>"), rank)


def test_text_is_escaped() -> None:
    html = render_spans("<script>alert(1)</script> & {{ x }}", [])
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{ x }}"


def test_crossing_spans_are_split_and_stay_well_nested() -> None:
    text = "abcdefgh"
    html = render_spans(text, [tag("b", 0, 5), tag("i", 3, 8)])
    parsed = parse(html)
    assert parsed.balanced and not parsed.stack
    assert "".join(parsed.text) == text
    assert html == "<b>abc<i>de</i></b><i>fgh</i>"


def test_nested_and_touching_spans() -> None:
    html = render_spans("Vladimir Poutine", [tag("mark", 0, 16), tag("em", 0, 8, rank=2), tag("u", 9, 16)])
    assert html == "<mark><em>Vladimir</em> <u>Poutine</u></mark>"


def test_mentions_link_to_entity_pages_and_carry_their_label() -> None:
    text = "Vladimir Poutine a parlé jeudi."
    mentions = [
        EntityMention(0, 16, "Vladimir Poutine", "PER", "vladimir-poutine"),
        EntityMention(25, 30, "jeudi", "DATE", "date-jeudi", "2024-10-31"),
    ]
    spans = mention_spans(
        mentions,
        names={"vladimir-poutine": "Vladimir Poutine"},
        url_for=lambda entity_id: f"../../entities/{entity_id}/",
    )
    html = render_spans(text, spans)
    assert '<mark class="bf-entity bf-entity--per" data-label="PER" id="m1">' in html
    assert '<a href="../../entities/vladimir-poutine/" data-tip="Person">Vladimir Poutine</a>' in html
    assert 'data-label="DATE" id="m2" tabindex="0" data-tip="Date · 2024-10-31">jeudi</mark>' in html
    assert "".join(parse(html).text) == text


def test_attribute_values_from_seed_text_are_escaped() -> None:
    text = 'Le "chef" <b>'
    mention = EntityMention(0, len(text), text, "PER", "x")
    html = render_spans(text, mention_spans([mention], names={"x": 'A "B" <c>'}, url_for=lambda _: None))
    assert 'data-tip="Person · A &#34;B&#34; &lt;c&gt;"' in html
    assert "<b>" not in html


def test_body_blocks_lists_and_marks() -> None:
    text = "Titre\n\nun point\n\ndeux points\n\nFin avec lien."
    article = Article(
        slug="a",
        source_path="a.md",
        title="A",
        text=text,
        blocks=[
            Block("heading", 0, 5, 2),
            Block("list_item", 7, 15, 1),
            Block("list_item", 17, 28, 1),
            Block("paragraph", 30, 44),
        ],
        marks=[InlineMark("link", 39, 43, "https://example.org")],
    )
    html = render_body(article, mark_spans(article.marks))
    assert html == (
        "<h2>Titre</h2>\n<ul>\n<li>un point</li>\n<li>deux points</li>\n</ul>\n"
        '<p>Fin avec <a href="https://example.org" rel="nofollow noopener">lien</a>.</p>'
    )
