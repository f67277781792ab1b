"""Ids and URLs for names in any script: transliterated, never empty, never shared by two names."""

from __future__ import annotations

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.nlp.canonical import Canonicaliser, RawMention
from briefings.text import MAX_NAME, SLUG_PATTERN, name_id, slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Corée du Nord", "coree-du-nord"),  # ids of Latin names stay what they were
        ("aujourd’hui", "aujourdhui"),
        ("l'Élysée", "l-elysee"),
        ("Владимир Путин", "vladimir-putin"),  # Cyrillic
        ("Дмитрий Медведев", "dmitrii-medvedev"),
        ("Αλέξης Τσίπρας", "alexes-tsipras"),  # Greek
        ("محمد مرسي", "mhmd-mrsy"),  # Arabic
        ("Restos du Cœur", "restos-du-coeur"),  # French ligatures
        ("Œuvre d'Orient", "oeuvre-d-orient"),
        ("Ærø", "aero"),
        ("Straße", "strasse"),
    ],
)
def test_names_in_any_script_are_transliterated(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert name_id(name) == slug


def test_names_that_slugs_cannot_tell_apart_get_their_own_ids() -> None:
    names = ["C", "C++", "C#", "AT&T", "AT-T", "🇰🇷", "★", "Владимир Путин", "Дмитрий Медведев"]
    ids = [name_id(name) for name in names]
    assert len(set(ids)) == len(names)
    for entity_id in ids:
        head, _, tag = entity_id.partition("--")
        assert SLUG_PATTERN.fullmatch(head) and (not tag or tag.isalnum())
        assert 0 < len(entity_id) <= MAX_NAME
    assert name_id("🇰🇷") == name_id("🇰🇷")  # stable
    assert len(name_id("Nom " * 100)) <= MAX_NAME


def test_people_named_in_cyrillic_are_different_entities() -> None:
    canonical = Canonicaliser(KnowledgeBase())
    mentions = [
        RawMention(0, 14, "Владимир Путин", "PER", ""),
        RawMention(20, 36, "Дмитрий Медведев", "PER", ""),
        RawMention(40, 44, "Обама", "PER", ""),
    ]
    ids = [entity.id for _, entity in canonical.resolve(mentions)]
    assert ids == ["vladimir-putin", "dmitrii-medvedev", "obama"]
