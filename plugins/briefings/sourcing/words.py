"""The function words and endings of a language, as named sets the sourcing rules test against."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, TypeVar


@dataclass(frozen=True)
class Words:
    """The function words the rules test tokens against (data/<lang>/sourcing.yml, `words`)."""

    determiners: frozenset[str]
    not_partitive: frozenset[str]
    definite: frozenset[str]
    indefinite: frozenset[str]
    plural_indefinite: frozenset[str]
    others: frozenset[str]
    other_openers: frozenset[str]
    quantity_openers: frozenset[str]
    de: frozenset[str]
    de_elided: frozenset[str]
    fused_de: frozenset[str]
    a_particle: frozenset[str]
    narrative_openers: frozenset[str]
    impersonal_subjects: frozenset[str]
    counterfactual_verbs: frozenset[str]
    etre_participles: frozenset[str]
    avoir_conditional: frozenset[str]
    fused_a: frozenset[str]
    inner_prepositions: frozenset[str]
    coordinators: frozenset[str]
    list_coordinators: frozenset[str]
    relatives: frozenset[str]
    incise_sequels: frozenset[str]
    future_etre: frozenset[str]
    universal_quantifiers: frozenset[str]
    part_pronouns: frozenset[str]
    part_complements: frozenset[str]
    part_links: frozenset[str]
    one_of: frozenset[str]
    situation_openers: frozenset[str]
    prenominal: frozenset[str]
    phrase_adverbs: frozenset[str]
    postposed_subject_framing: frozenset[str]
    negation: frozenset[str]
    clitics: frozenset[str]
    gerund_marker: frozenset[str]
    reflexive: frozenset[str]
    auxiliaries: frozenset[str]
    etre_forms: frozenset[str]
    untagged_auxiliaries: frozenset[str]
    euphonic_t: frozenset[str]
    before_infinitive: frozenset[str]
    complementizer: frozenset[str]
    complementizer_lead: tuple[str, ...]  # in order
    adjuncts: frozenset[str]
    contrastive: frozenset[str]
    comparatives: frozenset[str]
    deontic_verbs: frozenset[str]
    framing_adverbs: tuple[str, ...]
    backward_nouns: tuple[str, ...]
    backward_openers: frozenset[str]
    backward_fillers: tuple[str, ...]
    backward_copulas: frozenset[str]
    quotation_nouns: frozenset[str]
    framing_prepositions: frozenset[str]
    medium_nouns: frozenset[str]
    generic_hosts: tuple[str, ...]
    citing_participles: frozenset[str]
    clause_breakers: frozenset[str]
    cue_joiners: frozenset[str]
    predicate_joiners: frozenset[str]
    subject_joiners: frozenset[str]
    after_quote: frozenset[str]
    leading_conjunctions: frozenset[str]
    stance_prepositions: frozenset[str]
    as_said: tuple[str, ...]
    object_clitics: frozenset[str]
    points_back: tuple[str, ...]
    source_words: frozenset[str]
    corroborating: frozenset[str]
    reports: frozenset[str]
    learned_from: frozenset[str]
    read_in: frozenset[str]
    records: frozenset[str]
    varies: frozenset[str]
    on_side: frozenset[str]
    made_governors: frozenset[str]
    made_when_negated: frozenset[str]
    done_before: frozenset[str]
    done_after: frozenset[str]
    whether: frozenset[str]
    purpose: frozenset[str]
    purpose_before_de: frozenset[str]
    purpose_verbs: frozenset[str]
    estimate_prepositions: frozenset[str]
    copulas: frozenset[str]
    noun_cue_links: frozenset[str]
    stressed_pronouns: frozenset[str]
    incise_marks: frozenset[str]
    first_person_possessives: frozenset[str]
    negation_words: frozenset[str]
    ambiguous_negation: frozenset[str]
    impersonal_or_first: frozenset[str]
    pu_auxiliaries: frozenset[str]
    hypothesis: frozenset[str]
    hypothesis_elided: frozenset[str]
    hypothesis_elided_before: frozenset[str]
    possibility_participle: frozenset[str]
    perfect_auxiliary: frozenset[str]
    first_person_plural: frozenset[str]
    relative_subject: frozenset[str]
    agent_prepositions: frozenset[str]
    participle_times: frozenset[str]
    separable_prefixes: tuple[str, ...]
    correlative: frozenset[str]
    date_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    media_nouns: frozenset[str]
    addressees: frozenset[str]
    addressee_prepositions: frozenset[str]
    passive_auxiliary: frozenset[str]
    elided_que: frozenset[str]
    cue_clitic_y: frozenset[str]
    cue_clitics: frozenset[str]
    earlier: tuple[str, ...]
    content_negation: tuple[str, ...]
    pluperfect_auxiliaries: tuple[str, ...]
    stop_words: frozenset[str]
    name_articles: frozenset[str]
    institution_links: tuple[str, ...]  # in order of preference
    leading_articles: tuple[str, ...]
    credit_joiners: tuple[str, ...]
    abbreviations: frozenset[str]
    comment_words: frozenset[str]
    comment_object_verbs: frozenset[str]
    plural_members: frozenset[str]
    after_quote_media_only: frozenset[str]
    on_at: frozenset[str]
    on_at_kinds: frozenset[str]
    penalties: frozenset[str]
    clause_conjunctions: frozenset[str]
    negative_determiners: frozenset[str]
    prepositional_nouns: frozenset[str]
    citing_present: frozenset[str]
    refusal_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    forecast_nouns: frozenset[str]
    citing_finite: frozenset[str]
    publishing_participles: frozenset[str]
    topic_nouns: frozenset[str]
    unable_governors: frozenset[str]
    cataphoric_clitics: frozenset[str]
    comparisons: frozenset[str]
    physical_objects: frozenset[str]


@dataclass(frozen=True)
class Endings:
    """Endings of inflected forms (data/<lang>/sourcing.yml, `endings`), for `str.endswith`."""

    adjective_participle: tuple[str, ...]
    past_participle: tuple[str, ...]
    passe_simple: tuple[str, ...]
    er_infinitive: tuple[str, ...]
    er_participle: tuple[str, ...]
    phrase_participle: tuple[str, ...]
    present_participle: tuple[str, ...]
    verb_present_participle: tuple[str, ...]
    er: tuple[str, ...]
    ir: tuple[str, ...]
    er_stem_change: tuple[str, ...]
    er_doubling_stems: tuple[str, ...]
    possibility_conditional: tuple[str, ...]
    conditional_auxiliary: tuple[str, ...]


_Sets = TypeVar("_Sets", Words, Endings)


def named_sets(kind: type[_Sets], data: dict[str, list[str]]) -> _Sets:
    """`Words` or `Endings` from their section of the lexicon (normalised words): every field must
    be there, and nothing else."""
    names = {f.name: str(f.type) for f in fields(kind)}
    missing, unknown = names.keys() - data.keys(), data.keys() - names.keys()
    if missing or unknown:
        raise ValueError(
            f"sourcing lexicon: {kind.__name__.lower()} missing {sorted(missing)}, unknown {sorted(unknown)}"
        )
    values: dict[str, Any] = {}
    for name, items in data.items():
        values[name] = tuple(items) if names[name].startswith("tuple") else frozenset(items)
    return kind(**values)
