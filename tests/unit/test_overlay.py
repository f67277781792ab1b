"""The analyst's overlay: validation errors that name file and line, and each correction applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefings.knowledge import KnowledgeBase
from briefings.model import Claim, Entity, EntityMention, Source
from briefings.overlay import (
    AppliedOverlay,
    Overlay,
    OverlayError,
    apply_overlay,
    digest,
    load_overlays,
    load_source_ratings,
    unused_ratings,
)

SLUG = "koursk"
FILE = f"briefings/{SLUG}.yml"
TEXT = (
    "La Corée du Nord a envoyé des troupes dans la région de Koursk, a annoncé jeudi "
    "l’agence de renseignement sud-coréenne.\n\n"
    "Séoul affirme que plus de 10 000 soldats nord-coréens sont en Russie. "
    "La Maison Blanche a confirmé le déploiement à Koursk."
)
KB = KnowledgeBase(
    entities={
        entity.id: entity
        for entity in (
            Entity("coree-du-nord", "Corée du Nord", "LOC", known=True),
            Entity("coree-du-sud", "Corée du Sud", "LOC", aliases=["Séoul"], known=True),
            Entity("seoul", "Séoul", "LOC", known=True),
            Entity("koursk", "Koursk", "LOC", known=True),
            Entity("russie", "Russie", "LOC", known=True),
            Entity("maison-blanche", "Maison Blanche", "ORG", known=True),
            Entity("ministere-de-la-defense", "Ministère de la Défense", "ORG", known=True),
        )
    }
)


def mention(text: str, label: str, entity_id: str, occurrence: int = 1) -> EntityMention:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(text, start + 1)
    return EntityMention(start, start + len(text), text, label, entity_id)


MENTIONS = [
    mention("Corée du Nord", "LOC", "coree-du-nord"),
    mention("région de Koursk", "LOC", "koursk"),
    mention("Séoul", "LOC", "seoul"),
    mention("soldats nord-coréens", "MISC", "soldats-nord-coreens"),
    mention("Russie", "LOC", "russie"),
    mention("Maison Blanche", "LOC", "maison-blanche"),
]


def claim(text: str, source: Source, reliability: str = "C", credibility: int = 3) -> Claim:
    start = TEXT.index(text)
    return Claim(
        start, start + len(text), text, source, cue="a annoncé", cue_start=0, cue_end=0,
        stance="announces", reliability=reliability, credibility=credibility,
        reasons=("machine reason",),
    )  # fmt: skip


AGENCY = Source(
    "agence-de-renseignement-sud-coreenne", "agence de renseignement sud-coréenne", "intelligence", True
)
SEOUL = Source("seoul", "Séoul", "government", True, "seoul", 131, 136)
WHITE_HOUSE = Source("maison-blanche", "Maison Blanche", "government", True, "maison-blanche")
CLAIMS = [
    claim("La Corée du Nord a envoyé des troupes dans la région de Koursk", AGENCY),
    claim("plus de 10 000 soldats nord-coréens sont en Russie", SEOUL, "B", 2),
    claim("le déploiement à Koursk", WHITE_HOUSE, "B", 3),
]


def write(tmp_path: Path, content: str, name: str = f"{SLUG}.yml") -> Path:
    folder = tmp_path / "briefings"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(content, encoding="utf-8")
    return folder


def load(tmp_path: Path, content: str) -> tuple[Overlay | None, list[OverlayError]]:
    overlays, errors = load_overlays(write(tmp_path, content), slugs={SLUG}, root=tmp_path)
    return overlays.get(SLUG), errors


def apply(overlay: Overlay | None, **kwargs: object) -> tuple[AppliedOverlay, list[OverlayError]]:
    return apply_overlay(overlay, text=TEXT, mentions=MENTIONS, claims=CLAIMS, kb=KB, **kwargs)  # type: ignore[arg-type]


def applied(tmp_path: Path, content: str) -> AppliedOverlay:
    overlay, errors = load(tmp_path, content)
    assert not errors, [str(error) for error in errors]
    result, errors = apply(overlay)
    assert not errors, [str(error) for error in errors]
    return result


def messages(errors: list[OverlayError]) -> list[str]:
    return [str(error) for error in errors]


# --- One test per kind of mistake ------------------------------------------------------------------


def test_unknown_key_suggests_the_known_one(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "entities:\n  relable:\n    - {text: Maison Blanche, label: ORG}\n")
    assert messages(errors) == [f"{FILE}:2: unknown key 'relable' in `entities` — did you mean 'relabel'?"]


def test_key_in_the_wrong_place_says_where_it_goes(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "title: T\nrelabel:\n  - {text: Maison Blanche, label: ORG}\n")
    assert messages(errors) == [
        f"{FILE}:2: unknown key 'relabel' in the overlay — entity corrections go under `entities:`"
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "claims:\n  - match: déploiement\n    hide: maybe\n",
            f"{FILE}:3: `hide` must be true or false, not the text 'maybe'",
        ),
        (
            "entities:\n  - add: {text: Koursk}\n",
            f"{FILE}:2: `entities` must be a mapping of `key: value` lines, not a list — its keys "
            "are add, remove, relabel and link, each with a list under it",
        ),
        (
            "summary: [a, b]\n",
            f"{FILE}:1: `summary` must be text, not a list — write it after the colon, or as a "
            "block after '|'",
        ),
        (
            "entities:\n  add:\n    - text: Koursk\n      label: LOC\n      occurrence: second\n",
            f"{FILE}:5: `occurrence` must be a whole number, not the text 'second'",
        ),
    ],
)
def test_wrong_type(tmp_path: Path, content: str, expected: str) -> None:
    _, errors = load(tmp_path, content)
    assert messages(errors) == [expected]


def test_grade_written_on_the_claim_says_where_it_goes(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "claims:\n  - match: déploiement\n    reliability: B\n")
    assert messages(errors) == [
        f"{FILE}:2: an item of `claims` changes nothing — give a `source`, `grade`, `stance` or `hide: true`",
        f"{FILE}:3: unknown key 'reliability' in an item of `claims` — put it under `grade:`, "
        "e.g. `grade: {reliability: B, credibility: 2}`",
    ]


def test_bad_label(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "entities:\n  add:\n    - text: Koursk\n      label: PLACE\n")
    assert messages(errors) == [
        f"{FILE}:4: label 'PLACE' is not one of PER, ORG, LOC, NORP, MISC, DATE, QUANTITY"
        " — one of: PER, ORG, LOC, NORP, MISC, DATE, QUANTITY"
    ]
    _, errors = load(tmp_path, "entities:\n  relabel:\n    - {text: Maison Blanche, label: org}\n")
    assert messages(errors)[0].endswith("did you mean 'ORG'?")
    assert messages(errors)[0].startswith(f"{FILE}:3: label 'org'")


def test_bad_grades_are_all_reported(tmp_path: Path) -> None:
    overlay, errors = load(
        tmp_path,
        "claims:\n"
        "  - match: déploiement\n"
        "    grade:\n"
        "      reliability: G\n"
        "      credibility: 7\n"
        "  - match: soldats\n"
        "    grade: {reliability: A}\n",
    )
    assert messages(errors) == [
        f"{FILE}:4: reliability 'G' is not one of A, B, C, D, E, F — one of: A, B, C, D, E, F",
        f"{FILE}:5: credibility '7' is not one of 1, 2, 3, 4, 5, 6 — one of: 1, 2, 3, 4, 5, 6",
    ]
    assert overlay is not None and [c.match for c in overlay.claims] == ["soldats"]


def test_text_not_in_the_article(tmp_path: Path) -> None:
    overlay, errors = load(
        tmp_path,
        "entities:\n"
        "  add:\n"
        "    - text: Kursk\n"
        "      label: LOC\n"
        "    - {text: maison blanche, label: ORG}\n"
        "  remove:\n"
        "    - text: Washington\n",
    )
    assert not errors
    _, errors = apply(overlay)
    assert messages(errors) == [
        f"{FILE}:3: 'Kursk' does not occur in the article — did you mean 'Koursk'?",
        f"{FILE}:5: 'maison blanche' does not occur in the article — the article writes 'Maison Blanche'",
        f"{FILE}:7: 'Washington' does not occur in the article — copy the words exactly as the "
        "briefing page shows them",
    ]


def test_unknown_entity_id(tmp_path: Path) -> None:
    overlay, _ = load(tmp_path, "entities:\n  link:\n    - text: Séoul\n      id: coree-sud\n")
    result, errors = apply(overlay)
    assert messages(errors) == [
        f"{FILE}:4: no entity has the id 'coree-sud' in the knowledge base — did you mean "
        "'coree-du-sud' or 'coree-du-nord'?"
    ]
    assert result.mentions == sorted(MENTIONS, key=lambda m: m.start)


def test_overlay_for_a_missing_seed(tmp_path: Path) -> None:
    folder = write(tmp_path, "title: Kursk\n", name="kursk.yml")
    (folder / "entities.yml").write_text("entities: []\n", encoding="utf-8")
    (folder / "sources.yml").write_text("sources: []\n", encoding="utf-8")
    overlays, errors = load_overlays(folder, slugs={SLUG}, root=tmp_path)
    assert overlays == {}
    assert messages(errors) == [
        "briefings/kursk.yml: no briefing has the slug 'kursk' — did you mean 'koursk'? "
        "rename the file to koursk.yml"
    ]


def test_python_tags_are_rejected_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    overlay, errors = load(
        tmp_path,
        f'title: !!python/object/apply:os.system ["touch {marker}"]\n'
        "entities:\n"
        "  relabel:\n"
        "    - {text: Maison Blanche, label: ORG}\n"
        "    - {text: Séoul, label: !!python/name:os.system }\n",
    )
    assert not marker.exists()
    assert messages(errors) == [
        f"{FILE}:1: YAML tag '!!python/object/apply:os.system' is not allowed — editorial files "
        "hold only text, numbers, true/false, lists and mappings; remove the tag",
        f"{FILE}:5: YAML tag '!!python/name:os.system' is not allowed — editorial files "
        "hold only text, numbers, true/false, lists and mappings; remove the tag",
    ]
    assert overlay is not None and overlay.title is None
    assert [c.text for c in overlay.entities] == ["Maison Blanche"]  # the valid part still applies


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    overlay, errors = load(tmp_path, "title: ok\nentities:\n  add: [{text: Koursk, label: LOC}\n")
    assert overlay is None
    assert len(errors) == 1 and errors[0].line == 4 and errors[0].path == FILE
    # PyYAML's own wording, even where libyaml parses: "did not find expected ',' or ']'" is vaguer
    assert "is not valid YAML (expected ',' or ']', but got '<stream end>')" in str(errors[0])


def test_every_mistake_of_a_file_is_reported_and_the_rest_applies(tmp_path: Path) -> None:
    overlay, errors = load(
        tmp_path,
        "title: Corrected title\n"
        "sumary: oops\n"
        "entities:\n"
        "  relabel:\n"
        "    - {text: Maison Blanche, label: ORG, reason: it is the administration}\n"
        "    - {text: Séoul, lable: ORG}\n"
        "  link:\n"
        "    - {text: Séoul, id: coree-du-sud}\n"
        "    - {text: Séoul, id: coree-du-sud}\n"
        "claims:\n"
        "  - match: déploiement\n"
        "    occurrence: 0\n"
        "    hide: true\n"
        "  - match: soldats\n",
    )
    assert [(error.line, str(error.message)) for error in errors] == [
        (2, "unknown key 'sumary' in the overlay"),
        (6, "unknown key 'lable' in an item of `entities: relabel`"),
        (6, "an item of `entities: relabel` has no `label`"),
        (12, "`occurrence` must be 1 or more, not 0"),
        (14, "an item of `claims` changes nothing"),
    ]
    assert str(errors[2].hint) == "e.g. `- {text: Maison Blanche, label: ORG}`"
    result, errors = apply(overlay)
    assert not errors
    assert result.title == "Corrected title"
    assert next(m for m in result.mentions if m.text == "Maison Blanche").label == "ORG"


def test_duplicate_keys_and_ambiguous_claims(tmp_path: Path) -> None:
    overlay, errors = load(tmp_path, "title: A\ntitle: B\nclaims:\n  - {match: Kou, hide: true}\n")
    assert messages(errors) == [f"{FILE}:2: 'title' appears twice in the overlay — keep only one"]
    _, errors = apply(overlay)
    assert messages(errors) == [
        f"{FILE}:4: 'Kou' is in 2 claims — quote more words, or add `occurrence:` (1 to 2, in "
        "the order of the text)"
    ]


def test_entity_that_is_not_annotated(tmp_path: Path) -> None:
    overlay, _ = load(tmp_path, "entities:\n  relabel:\n    - {text: Koursk, label: LOC, occurrence: 1}\n")
    _, errors = apply(overlay)
    assert messages(errors) == [
        f"{FILE}:3: 'Koursk' (occurrence 1) is not an annotated entity, nothing to relabel — "
        "the annotation there is 'région de Koursk'; write that text"
    ]


def test_bad_source_ratings(tmp_path: Path) -> None:
    path = tmp_path / "briefings" / "sources.yml"
    path.parent.mkdir()
    path.write_text(
        "sources:\n"
        "  - id: seoul\n"
        "    reliability: B\n"
        "  - name: Maison Blanche\n"
        "    reliabilty: A\n"
        "  - id: seoul\n"
        "    reliability: C\n",
        encoding="utf-8",
    )
    ratings, errors = load_source_ratings(path, root=tmp_path)
    assert messages(errors) == [
        "briefings/sources.yml:4: an item of `sources` rates nothing — give a `reliability` "
        "(A to F) or a `kind`",
        "briefings/sources.yml:5: unknown key 'reliabilty' in an item of `sources` — did you "
        "mean 'reliability'?",
        "briefings/sources.yml:6: source 'seoul' is rated twice — keep one; the first one (line 2) is used",
    ]
    assert list(ratings) == ["seoul"]


# --- Each correction applies and is marked as the analyst's ----------------------------------------


def test_add_an_entity_at_one_occurrence(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "entities:\n"
        "  add:\n"
        "    - text: Koursk\n"
        "      id: koursk\n"
        "      occurrence: 2\n"
        "      reason: the place of the deployment\n",
    )
    added = mention("Koursk", "LOC", "koursk", occurrence=2)
    assert added in result.mentions
    assert mention("région de Koursk", "LOC", "koursk") in result.mentions  # occurrence 1 untouched
    [edit] = result.mention_edits(added)
    assert (edit.action, edit.reason, str(edit.detail)) == (
        "add", "the place of the deployment", "added as LOC, linked to 'koursk'",
    )  # fmt: skip
    assert (edit.path, edit.line) == (FILE, 3)


def test_added_entity_replaces_what_it_overlaps(tmp_path: Path) -> None:
    result = applied(tmp_path, "entities:\n  add:\n    - {text: la région de Koursk, label: LOC}\n")
    texts = [m.text for m in result.mentions]
    assert "la région de Koursk" in texts and "région de Koursk" not in texts
    added = next(m for m in result.mentions if m.text == "la région de Koursk")
    assert added.id == "la-region-de-koursk"  # no id given: a slug of the text
    assert result.mentions == sorted(result.mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(result.mentions, result.mentions[1:], strict=False))
    assert "replaces 'région de Koursk' (LOC)" in str(result.mention_edits(added)[0].detail)


def test_remove_an_entity(tmp_path: Path) -> None:
    result = applied(
        tmp_path, "entities:\n  remove:\n    - {text: soldats nord-coréens, reason: not a name}\n"
    )
    removed = mention("soldats nord-coréens", "MISC", "soldats-nord-coreens")
    assert removed not in result.mentions and len(result.mentions) == len(MENTIONS) - 1
    [edit] = result.mention_edits(removed)
    assert (edit.action, edit.reason, str(edit.detail)) == ("remove", "not a name", "removed (MISC)")


def test_relabel_an_entity(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "entities:\n  relabel:\n    - text: Maison Blanche\n      label: ORG\n"
        "      reason: the US administration, not the building\n",
    )
    relabelled = next(m for m in result.mentions if m.text == "Maison Blanche")
    assert relabelled.label == "ORG" and relabelled.id == "maison-blanche"
    [edit] = result.mention_edits(relabelled)
    assert (edit.action, str(edit.detail)) == ("relabel", "label LOC → ORG")
    assert edit.reason == "the US administration, not the building"


def test_link_an_entity(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "entities:\n  link:\n    - {text: Séoul, id: coree-du-sud, reason: the government}\n",
    )
    linked = next(m for m in result.mentions if m.text == "Séoul")
    assert linked.id == "coree-du-sud"
    [edit] = result.mention_edits(linked)
    assert (edit.action, str(edit.detail), edit.reason) == (
        "link", "id 'seoul' → 'coree-du-sud'", "the government",
    )  # fmt: skip


def test_machine_mentions_carry_no_correction(tmp_path: Path) -> None:
    result = applied(tmp_path, "entities:\n  link:\n    - {text: Séoul, id: coree-du-sud}\n")
    russia = next(m for m in result.mentions if m.text == "Russie")
    assert result.mention_edits(russia) == []


def test_change_a_claim_source(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "claims:\n"
        "  - match: corée du nord a envoyé\n"  # case does not matter
        "    source: {name: Un diplomate, kind: official}\n"
        "    reason: the agency quoted a diplomat\n",
    )
    source = result.claims[0].source
    assert (source.id, source.name, source.kind) == ("un-diplomate", "Un diplomate", "official")
    assert source.mention_start is None and source.entity_id is None
    [edit] = result.claim_edits(0)
    assert edit.action == "source"
    assert str(edit.detail) == (
        "source 'agence de renseignement sud-coréenne' (intelligence) → 'Un diplomate' (official)"
    )


def test_change_a_claim_source_to_a_known_entity(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "claims:\n"
        "  - match: soldats nord-coréens\n"
        "    source: {id: ministere-de-la-defense}\n"
        "    reason: the figure comes from the ministry\n",
    )
    source = result.claims[1].source
    assert (source.id, source.name, source.kind, source.entity_id) == (
        "ministere-de-la-defense", "Ministère de la Défense", "government", "ministere-de-la-defense",
    )  # fmt: skip
    [edit] = result.claim_edits(1)
    assert edit.reason == "the figure comes from the ministry"


def test_override_a_grade_with_a_reason(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "claims:\n"
        "  - match: le déploiement\n"
        "    grade: {reliability: A, credibility: 1}\n"
        "    stance: asserts\n"
        "    reason: confirmed by the ministry on 2 Nov\n",
    )
    corrected = result.claims[2]
    assert (corrected.reliability, corrected.credibility, corrected.stance) == ("A", 1, "asserts")
    assert corrected.reasons == ("graded by the analyst: confirmed by the ministry on 2 Nov",)
    edits = result.claim_edits(2)
    assert [(e.action, str(e.detail)) for e in edits] == [
        ("grade", "grade B3 → A1"),
        ("stance", "stance announces → asserts"),
    ]
    assert {e.reason for e in edits} == {"confirmed by the ministry on 2 Nov"}


def test_hide_a_claim(tmp_path: Path) -> None:
    result = applied(tmp_path, "claims:\n  - {match: 10 000 soldats, hide: true, reason: duplicate}\n")
    assert len(result.claims) == len(CLAIMS)  # indices stay valid for corroborated_by
    assert result.hidden == {1}
    assert result.visible_claims == [CLAIMS[0], CLAIMS[2]]
    [edit] = result.claim_edits(1)
    assert (edit.action, edit.reason) == ("hide", "duplicate")


def test_claim_not_found_shows_the_closest(tmp_path: Path) -> None:
    overlay, _ = load(
        tmp_path,
        "claims:\n"
        "  - {match: des troupes en Ukraine, hide: true}\n"
        "  - {match: l'agence de renseignement, hide: true}\n",
    )
    _, errors = apply(overlay)
    assert messages(errors) == [
        f"{FILE}:2: no claim contains 'des troupes en Ukraine' — the closest claim reads "
        "'La Corée du Nord a envoyé des troupes dans la région de Koursk'; copy a few words of it",
        f"{FILE}:3: no claim contains 'l'agence de renseignement' — quote words of what the claim "
        "says, as the page shows it; claims here begin 'La Corée du Nord a envoyé des…', "
        "'plus de 10 000 soldats nord-c…', 'le déploiement à Koursk'",
    ]


def test_title_summary_and_notes(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "title:\n  text: Pyongyang sends more troops\n  reason: shorter\n"
        "summary: |\n  **Two** claims, one source.\nnotes: Checked on 3 Nov.\n",
    )
    assert result.title == "Pyongyang sends more troops"
    assert result.summary == "**Two** claims, one source.\n"
    assert result.notes == "Checked on 3 Nov."
    assert result.corrections[0].action == "title" and result.corrections[0].reason == "shorter"
    json.dumps(result.to_export())  # the export is plain JSON


def test_source_ratings_apply_across_briefings(tmp_path: Path) -> None:
    path = tmp_path / "briefings" / "sources.yml"
    path.parent.mkdir()
    path.write_text(
        "sources:\n"
        "  - id: agence-de-renseignement-sud-coreenne\n"
        "    reliability: B\n"
        "    reason: usually confirmed later\n"
        "  - name: maison blanche\n"
        "    kind: official\n"
        "  - id: afp\n"
        "    reliability: A\n",
        encoding="utf-8",
    )
    ratings, errors = load_source_ratings(path, root=tmp_path)
    assert not errors
    overlay, _ = load(tmp_path, "claims:\n  - match: 10 000 soldats\n    grade: {credibility: 1}\n")
    result, errors = apply(overlay, ratings=ratings)
    assert not errors
    agency_claim = result.claims[0]
    assert agency_claim.reliability == "B" and agency_claim.credibility == 3
    assert agency_claim.reasons == (
        "source rated B by the analyst: usually confirmed later", "machine reason",
    )  # fmt: skip
    [edit] = result.claim_edits(0)
    assert (edit.action, edit.path, edit.line, edit.reason) == (
        "rating", "briefings/sources.yml", 2, "usually confirmed later",
    )  # fmt: skip
    assert result.claims[2].source.kind == "official"
    assert result.claims[1].credibility == 1 and result.claims[1].reliability == "B"
    assert messages(unused_ratings(ratings, [result])) == [
        "briefings/sources.yml:7: no claim has the source id 'afp' — the export lists each claim's "
        "`source.id`"
    ]


def test_no_overlay_changes_nothing() -> None:
    result, errors = apply(None)
    assert not errors and not result.corrections
    assert result.mentions == sorted(MENTIONS, key=lambda m: m.start)
    assert result.claims == CLAIMS


def test_overlay_carries_the_digest_of_its_file(tmp_path: Path) -> None:
    first, _ = load(tmp_path, "title: A\n")
    second, _ = load(tmp_path, "title: B\n")
    assert first is not None and second is not None and first.digest != second.digest
    path = tmp_path / "briefings" / f"{SLUG}.yml"
    before = digest([path, tmp_path / "briefings" / "sources.yml"])
    path.write_text("title: C\n", encoding="utf-8")
    assert digest([path, tmp_path / "briefings" / "sources.yml"]) != before


def test_the_briefing_overlay_wins_over_the_ratings(tmp_path: Path) -> None:
    path = tmp_path / "briefings" / "sources.yml"
    path.parent.mkdir()
    path.write_text("sources:\n  - {id: maison-blanche, kind: official, reliability: A}\n", encoding="utf-8")
    ratings, _ = load_source_ratings(path, root=tmp_path)
    overlay, _ = load(
        tmp_path,
        "claims:\n  - match: le déploiement\n    source: {kind: media}\n    grade: {reliability: C}\n",
    )
    result, errors = apply(overlay, ratings=ratings)
    assert not errors
    white_house_claim = result.claims[2]
    assert (white_house_claim.source.kind, white_house_claim.reliability) == ("media", "C")
    actions = [e.action for e in result.claim_edits(2)]
    assert actions == ["source", "rating", "grade"]


def test_claims_sharing_a_span_are_told_apart(tmp_path: Path) -> None:
    moscow = Source("russie", "Moscou", "government", True, "russie")
    pyongyang = Source("coree-du-nord", "Pyongyang", "government", True, "coree-du-nord")
    claims = [claim("le déploiement", moscow), claim("le déploiement", pyongyang)]
    overlay, _ = load(
        tmp_path, "claims:\n  - {match: le déploiement, occurrence: 2, stance: denies, reason: denied}\n"
    )
    result, errors = apply_overlay(overlay, text=TEXT, mentions=MENTIONS, claims=claims, kb=KB)
    assert not errors
    assert [c.stance for c in result.claims] == ["announces", "denies"]
    assert result.claim_edits(0) == []
    assert [(e.action, e.claim) for e in result.claim_edits(1)] == [("stance", 1)]
