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


def test_the_report_table_is_what_the_template_loop_made() -> None:
    """The report's rows are made in Python (a Jinja loop over 5 000 briefings took most of a
    rebuild's rendering); they are the bytes the loop made: Jinja's `dictsort` order (paths,
    case aside, ties in the corpus's order), every field escaped, a missing page's link "None"."""
    from dataclasses import replace

    from jinja2 import Environment

    from briefings.corpus import Corpus
    from briefings.site import Links, SiteData, SiteOptions, UrlScheme, page_url, view_of
    from briefings.site.pages import ReportPage

    from ..factories import briefing, claim, mention, source

    text = "Emmanuel Macron a dit que la France allait bien."
    made = []
    for slug, path, title in [
        ("z", "B/x.txt", 'T <b>&"g"</b>'),
        ("a", "a/Y.txt", "Été"),
        ("b", "A/y.txt", "N"),
    ]:
        found = briefing(
            slug,
            text,
            mentions=[mention(text, "Emmanuel Macron", "PER", "macron")],
            claims=[claim(text, "la France allait bien", source("Macron"))],
            title=title,
        )
        made.append(replace(found, article=replace(found.article, source_path=path)))
    corpus = Corpus.build(made)
    scheme = UrlScheme()
    site = SiteData(corpus, SiteOptions(report_uri=scheme.report()))
    urls = {scheme.briefing(slug): page_url(scheme.briefing(slug), use_directory_urls=True) for slug in "za"}
    page = ReportPage(scheme.report(), "Build report")
    url = page_url(page.src_uri, use_directory_urls=True)
    links = Links(url, urls=urls, scheme=scheme, entities=corpus.entities)
    content = view_of(page, site, links).render()["content"]
    loop = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(
        "  <tbody>\n  {% for path, briefing in built | dictsort %}\n  <tr><td><code>{{ path }}</code></td>"
        '<td><a href="{{ link.briefing(briefing.slug) }}">{{ briefing.article.title }}</a></td>'
        "<td>{{ briefing.annotation.mentions | length }}</td><td>{{ briefing.visible_claims() | length }}"
        "</td></tr>\n  {% endfor %}\n  </tbody>"
    )
    built = {b.article.source_path: b for b in corpus.briefings}
    expected = loop.render(built=built, link=Links(url, urls=urls, scheme=scheme, entities=corpus.entities))
    assert expected in content
    # "A/y.txt" and "a/Y.txt" tie: in the corpus's order (newest first, then by slug, reversed)
    assert expected.index("A/y.txt") < expected.index("a/Y.txt") < expected.index("B/x.txt")
    assert 'href="None"' in expected and "&lt;b&gt;&amp;&#34;g&#34;" in expected
