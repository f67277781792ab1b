"""An article's own acronyms come before the knowledge base's aliases (issue 13).

A name followed by its acronym in parentheses ("Conseil X (CX)"), or the acronym followed by the
name ("le CX (Conseil X)"), defines the acronym for that article: every mention of the acronym is
the name, even where the knowledge base has the same letters as the alias of another entity. An
acronym that is a defined one with two letters swapped (a typo) is no sign of a knowledge-base entity that the
article names no other way. The organisations and the sentences are made up for the test.
"""

from __future__ import annotations

import re

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.model import Entity
from briefings.nlp.canonical import Canonicaliser, RawMention

_KB = KnowledgeBase(
    entities={
        entity.id: entity
        for entity in (
            Entity(
                "front-uni-des-vallees",
                "Front uni des vallées",
                "ORG",
                aliases=["FUV"],
                known=True,
            ),
            Entity(
                "agence-nord-internationale",
                "Agence Nord internationale",
                "ORG",
                aliases=["ANI"],
                known=True,
            ),
            Entity(
                "alliance-des-mouvements-ruraux",
                "Alliance des mouvements ruraux",
                "ORG",
                aliases=["AMR"],
                known=True,
            ),
        )
    }
)


def _mentions(text: str, *names: tuple[str, str]) -> list[RawMention]:
    """The mentions of `names` ((text, label)), at each of their places in `text`, in order."""
    found = []
    for name, label in set(names):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            found.append(RawMention(match.start(), match.end(), name, label))
    return sorted(found, key=lambda mention: mention.start)


def _ids(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    resolved = Canonicaliser(_KB).resolve(_mentions(text, *names), text)
    return [(mention.text, entity.id) for mention, entity in resolved]


_LOCAL = "federation-des-usagers-du-velo"


@pytest.mark.parametrize(
    "text",
    [
        "La Fédération des usagers du vélo (FUV) a dénoncé la mesure. Selon la FUV, les pistes sont sales.",
        "La FUV (Fédération des usagers du vélo) a dénoncé la mesure. La FUV réclame des pistes.",
        "La FUV réclame des pistes, a déclaré la Fédération des usagers du vélo (FUV) lundi.",
        "Selon la Fédération des usagers du vélo ( FUV ), la FUV et ses membres manifesteront samedi.",
    ],
)
def test_an_acronym_the_article_defines_is_its_name(text: str) -> None:
    ids = _ids(text, ("Fédération des usagers du vélo", "ORG"), ("FUV", "ORG"))
    assert {entity for _, entity in ids} == {_LOCAL}, ids


def test_a_definition_wins_over_an_alias_the_knowledge_base_matched() -> None:
    text = "Le Comité de veille (CV) a parlé. Le CV a insisté."
    mentions = _mentions(text, ("Comité de veille", "ORG"), ("CV", "ORG"))
    kb = KnowledgeBase(entities={"cv": Entity("cv", "Club des vétérans", "ORG", aliases=["CV"], known=True)})
    mentions = [RawMention(m.start, m.end, m.text, m.label, "cv" if m.text == "CV" else "") for m in mentions]
    assert {entity.id for _, entity in Canonicaliser(kb).resolve(mentions, text)} == {"comite-de-veille"}


@pytest.mark.parametrize(
    "text",
    [
        "La FUV a organisé un meeting dans les vallées.",
        "Le Front uni des vallées (FUV) a organisé un meeting. La FUV a promis de revenir.",
        # not a definition: the acronym spells another name's initials, or a person's party
        "La Fédération des cyclistes (FUV) a parlé, puis la FUV a répondu.",
    ],
)
def test_an_acronym_the_article_does_not_define_otherwise_stays_known(text: str) -> None:
    ids = _ids(
        text,
        ("FUV", "ORG"),
        ("Front uni des vallées", "ORG"),
        ("Fédération des cyclistes", "ORG"),
    )
    assert [entity for name, entity in ids if name == "FUV"] and all(
        entity == "front-uni-des-vallees" for name, entity in ids if name == "FUV"
    ), ids


def test_a_persons_name_defines_no_acronym() -> None:
    text = "Fabien Ulric Vasseur (FUV) a parlé. La FUV a répondu."
    ids = _ids(text, ("Fabien Ulric Vasseur", "PER"), ("FUV", "ORG"))
    assert ids[1:] == [("FUV", "front-uni-des-vallees")] * 2, ids


@pytest.mark.parametrize(
    "text",
    [
        "L'Agence de régulation minière (ARM) a suspendu le permis. Selon l'AMR, le site n'est pas sûr.",
        "Selon l'AMR, le site n'est pas sûr. L'Agence de régulation minière (ARM) a suspendu le permis.",
        "L'ARM (Agence de régulation minière) a parlé. L'AMR a confirmé, puis l'ARM a conclu.",
    ],
)
def test_a_defined_acronym_with_two_letters_swapped_is_no_sign_of_the_knowledge_base(text: str) -> None:
    ids = _ids(text, ("Agence de régulation minière", "ORG"), ("ARM", "ORG"), ("AMR", "ORG"))
    assert ("AMR", "alliance-des-mouvements-ruraux") not in ids, ids
    assert all(entity == "agence-de-regulation-miniere" for name, entity in ids if name == "ARM"), ids


@pytest.mark.parametrize(
    "text",
    [
        # nothing defined in the article
        "Selon l'AMR, le site n'est pas sûr.",
        # the entity's own name is in the article too
        "L'Agence de régulation minière (ARM) a suspendu le permis. L'Alliance des mouvements "
        "ruraux a salué la décision et l'AMR appelle à manifester.",
        # a defined acronym far from it, or one letter off it: another acronym
        "L'Office des routes (OR) a parlé. Selon l'AMR, le site n'est pas sûr.",
        "L'Agence des mines et des sols (AMS) a parlé. Selon l'AMR, le site n'est pas sûr.",
    ],
)
def test_a_known_acronym_with_nothing_against_it_stays_known(text: str) -> None:
    ids = _ids(
        text,
        ("AMR", "ORG"),
        ("Agence de régulation minière", "ORG"),
        ("ARM", "ORG"),
        ("Alliance des mouvements ruraux", "ORG"),
        ("Office des routes", "ORG"),
        ("OR", "ORG"),
        ("Agence des mines et des sols", "ORG"),
        ("AMS", "ORG"),
    )
    assert ("AMR", "alliance-des-mouvements-ruraux") in ids, ids


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "L'Agence Nord International (ANI) a publié un bilan. Selon l'ANI, tout va bien.",
            "Agence Nord International",
        ),
        ("Selon l'ANI (Agences Nord Internationales), tout va bien.", "Agences Nord Internationales"),
    ],
)
def test_a_definition_spelt_as_the_known_entity_but_for_its_endings_is_that_entity(
    text: str, name: str
) -> None:
    ids = _ids(text, (name, "ORG"), ("ANI", "ORG"))
    assert {entity for _, entity in ids} == {"agence-nord-internationale"}, ids


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "L'Agence Nord Intérimaire (ANI) a publié un bilan. Selon l'ANI, tout va bien.",
            "Agence Nord Intérimaire",
        ),
        ("L'Agence Nord Interne (ANI) a publié un bilan. Selon l'ANI, tout va bien.", "Agence Nord Interne"),
    ],
)
def test_a_definition_with_other_words_is_not_the_known_entity(text: str, name: str) -> None:
    ids = _ids(text, (name, "ORG"), ("ANI", "ORG"))
    assert "agence-nord-internationale" not in {entity for _, entity in ids}, ids
    assert len({entity for _, entity in ids}) == 1, ids


def test_without_the_text_nothing_changes() -> None:
    text = "La Fédération des usagers du vélo (FUV) a dénoncé la mesure."
    mentions = _mentions(text, ("Fédération des usagers du vélo", "ORG"), ("FUV", "ORG"))
    ids = [entity.id for _, entity in Canonicaliser(_KB).resolve(mentions)]
    assert ids == [_LOCAL, "front-uni-des-vallees"]
