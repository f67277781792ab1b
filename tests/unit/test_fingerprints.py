"""A briefing's fingerprint is computed again exactly when the briefing is made of new data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefings.cache import pages
from briefings.cache.pages import Fingerprints, briefing_fingerprint

from ..factories import briefing, mention


def test_a_rebuild_digests_only_the_briefings_made_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Séoul et Pyongyang"
    a = briefing("a", text, mentions=[mention(text, "Séoul", "LOC", "seoul")])
    b = briefing("b", text)
    fingerprints = Fingerprints()
    first = fingerprints([a, b])
    assert first == {"a": briefing_fingerprint(a), "b": briefing_fingerprint(b)}

    digested: list[str] = []
    monkeypatch.setattr(
        pages, "briefing_fingerprint", lambda made: digested.append(made.slug) or briefing_fingerprint(made)
    )
    # the same article and annotation in a new Briefing (what a rebuild makes of a cached seed)
    same_a = replace(a)
    edited_b = replace(b, annotation=replace(b.annotation, mentions=[mention(text, "Pyongyang", "LOC", "p")]))
    again = fingerprints([same_a, edited_b])
    assert digested == ["b"]
    assert again["a"] == first["a"] and again["b"] == briefing_fingerprint(edited_b) != first["b"]
