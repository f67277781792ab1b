"""Seed reading and cleaning, without spaCy or MkDocs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.model import InputError
from briefings.seeds import SeedError, read_seed, read_seeds
from briefings.text import slugify

from ..helpers import ORIGINAL_SEED


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def block_texts(article):  # type: ignore[no-untyped-def]
    return [(b.kind, article.text[b.start : b.end]) for b in article.blocks]


class TestOriginalSeed:
    article = read_seed(ORIGINAL_SEED)

    def test_title_is_first_line(self) -> None:
        assert self.article.title == (
            "La Corée du Nord déploie des troupes supplémentaires en Russie, selon Séoul"
        )

    def test_promotional_lines_become_related_links(self) -> None:
        assert "Nous recommandons" not in self.article.text
        assert "VIDÉO" not in self.article.text
        assert [(link.kind, link.text) for link in self.article.related] == [
            (
                "recommended",
                "Des milliers de soldats nord-coréens massacrés en Ukraine : Maison Blanche.",
            ),
            ("video", "Des soldats nord-coréens revivent une démonstration militaire brutale."),
        ]

    def test_credit_byline_and_publisher(self) -> None:
        assert self.article.credits == ["Avec des informations de l'AFP"]
        assert self.article.byline == "ORP"
        assert self.article.publisher == "excelsior"
        assert "AFP" not in self.article.text
        assert not self.article.text.rstrip().endswith(("ORP", "excelsior"))

    def test_glued_heading_is_split(self) -> None:
        blocks = block_texts(self.article)
        index = blocks.index(("heading", "Soldats nord-coréens en Russie"))
        assert blocks[index + 1][1].startswith("La Corée du Nord a renforcé son soutien")
        assert "RussieLa" not in self.article.text

    def test_removed_lines_are_kept_verbatim(self) -> None:
        assert "Avec des informations de l'AFP." in self.article.removed
        assert len(self.article.removed) == 5

    def test_blocks_are_spans_of_text(self) -> None:
        text = self.article.text
        assert text == "\n\n".join(text[b.start : b.end] for b in self.article.blocks)
        assert len([b for b in self.article.blocks if b.kind == "paragraph"]) == 11


def test_markdown_seed_keeps_structure_and_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        '---\ntitle: "Titre : ici"\ndate: 2024-10-31\npublisher: Le Journal\n'
        "url: https://example.org/a\nlicense: CC BY 4.0\nlanguage: fr\nslug: mon-article\n---\n\n"
        "12 mai 2012. - Le *premier* paragraphe avec un [lien](https://example.org) et "
        "un [piège](javascript:alert(1)).\n\n## Une section\n\n- un point\n- **deux** points\n",
    )
    article = read_seed(path)
    assert (article.slug, article.title, article.date) == (
        "mon-article",
        "Titre : ici",
        "2024-10-31",
    )
    assert article.publisher == "Le Journal" and article.license == "CC BY 4.0"
    assert block_texts(article) == [
        # markdown-it refuses javascript: links: the text stays literal, never a link
        ("paragraph", "Le premier paragraphe avec un lien et un [piège](javascript:alert(1))."),
        ("heading", "Une section"),
        ("list_item", "un point"),
        ("list_item", "deux points"),
    ]
    marks = {(m.kind, article.text[m.start : m.end], m.href) for m in article.marks}
    assert marks == {
        ("em", "premier", ""),
        ("link", "lien", "https://example.org"),
        ("strong", "deux", ""),
    }
    assert article.removed == ["12 mai 2012. -"]


def test_dateline_becomes_the_date(tmp_path: Path) -> None:
    article = read_seed(write(tmp_path, "d.md", "---\ntitle: T\n---\n\n29 mai 2012. - Il pleut à Paris.\n"))
    assert article.date == "2012-05-29"
    assert article.text == "Il pleut à Paris."


def test_whitespace_and_unicode_are_normalised(tmp_path: Path) -> None:
    decomposed = "Corée".replace("é", "e\u0301")
    article = read_seed(write(tmp_path, "w.txt", f"Titre\n\n  {decomposed}\u00a0 a   dit\u200b.  \n"))
    assert article.text == "Corée a dit."


def test_a_capitalised_word_inside_a_name_is_not_a_glued_heading(tmp_path: Path) -> None:
    text = "Titre\nL'appareil de type McDonnel Douglas MD-83 était exploité par Dana Air depuis 2009.\n"
    article = read_seed(write(tmp_path, "m.txt", text))
    assert [b.kind for b in article.blocks] == ["paragraph"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "is empty"),
        ("blank.txt", "  \n\t\n", "is empty"),
        ("binary.txt", b"\x00\x01\x02PNG", "binary"),
        ("yaml.md", "---\ntitle: [unclosed\n---\nText\n", "not valid YAML"),
        ("tag.md", "---\ntitle: !!python/object:os.system x\n---\nText\n", "not valid YAML"),
        ("slug.md", "---\ntitle: T\nslug: ../../x\n---\nText\n", "slug '../../x' is not allowed"),
        ("key.md", "---\ntitel: T\n---\nText\n", "unknown key 'titel' in front matter"),
        ("lang.md", "---\ntitle: T\nlanguage: de\n---\nText\n", "language 'de' is not supported"),
        ("title.txt", "Only a title\n", "no article text"),
    ],
)
def test_bad_seeds_raise_an_error_naming_the_file(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    with pytest.raises(SeedError) as raised:
        read_seed(write(tmp_path, name, content))
    assert name in str(raised.value)
    assert message in str(raised.value)


def test_yaml_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "y.md", "---\ntitle: ok\ndate: : :\n---\nText\n")
    with pytest.raises(SeedError) as raised:
        read_seed(path)
    assert raised.value.line == 3


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "---\ntitle: T\ndate: 2024-13-45\n---\nText\n",
            "d.md:3: front matter key 'date' cannot be read (month must be in 1..12)",
        ),
        (
            "---\ntitle: 2024\n---\nText\n",
            "d.md:2: front matter key 'title' must be text, not the number 2024 — quote the value",
        ),
        (
            "---\ntitle: T\ncredits: [!!python/name:os.system x]\n---\nText\n",
            "d.md:3: front matter is not valid YAML here: it uses a tag that builds objects "
            "(!!python/name:os.system)",
        ),
        ("---\n- a\n---\nText\n", "d.md:2: front matter must be a mapping of `key: value` lines"),
    ],
)
def test_front_matter_errors_name_the_line(tmp_path: Path, content: str, expected: str) -> None:
    with pytest.raises(SeedError) as raised:
        read_seed(write(tmp_path, "d.md", content), root=tmp_path)
    assert str(raised.value).startswith(expected)


def test_latin1_seed_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "l.txt", "Titre\nLa Corée a dit.\n".encode("cp1252"))
    warnings: list[InputError] = []
    article = read_seed(path, warnings=warnings)
    assert article.text == "La Corée a dit."
    assert [str(warning) for warning in warnings] == [
        f"{path.as_posix()}:2: not valid UTF-8, read as Windows-1252 — re-save the file as UTF-8"
    ]


def test_duplicate_slugs_name_both_files_and_keep_the_others(tmp_path: Path) -> None:
    first = write(tmp_path, "a.md", "---\ntitle: A\nslug: same\n---\nTexte A.\n")
    second = write(tmp_path, "b.md", "---\ntitle: B\nslug: same\n---\nTexte B.\n")
    broken = write(tmp_path, "c.txt", "")
    fine = write(tmp_path, "d.txt", "D\nTexte D.\n")
    report = read_seeds([first, second, broken, fine])
    assert [a.slug for a in report.articles] == ["same", "d"]
    messages = [str(e) for e in report.errors]
    assert any("b.md" in m and "a.md" in m and "same" in m for m in messages)
    assert any("c.txt" in m for m in messages)


def test_slugify() -> None:
    assert slugify("Corée du Nord") == "coree-du-nord"
    assert slugify("000_6d26b8eed05513dc") == "000-6d26b8eed05513dc"
