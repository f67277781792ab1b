"""Passive agent: "P a été émise par X", "P sont pointées du doigt", "P n'a pas été confirmé"
(an implicit source)."""

from __future__ import annotations

from ..clauses import after_que, clause_from, quote_opening_at, strip
from ..context import Context, CueSite, Found, Range, SourceRef, found_at
from ..groups import VerbGroup
from ..layout import Quote
from ..phrases import Phrase
from ..registry import cue_frame
from ..speakers import can_speak, subject_before
from .content import (
    agent_after,
    agent_after_attribute,
    content_after,
    sentence_in,
    skip_framing,
    subject_clause,
)


@cue_frame("passive")
def passive(ctx: Context, site: CueSite) -> list[Found] | None:
    """ "L'existence du boson a été émise par X": the content is the subject, the source the
    agent, or nobody in particular for a cue that may go without one ("sont pointées du
    doigt") or a negated one that is then not confirmed ("n'a pas été revendiquée")."""
    group, floor, scope_end = site.group, site.floor, site.scope_end
    if not group.passive or group.participle is not None:
        return None
    if group.cue.active_only:
        return []  # "dont la liberté est menacée par une démocratie": no one speaks
    if any(ctx.reader.word(k) in ctx.lex.words.future_etre for k in group.cue_tokens):
        return []  # "les résultats seront proclamés par la cour": an act still to come, nothing said yet
    named = _named_as(ctx, group, scope_end)
    if named is not None:
        # "L'incendie a été qualifié de « violent » par les pompiers": what they called it
        attribute, phrases = named
        return [found_at(group, attribute, [SourceRef(phrase=p) for p in phrases], "passive")]
    quoted_by = _quoted_attribute_by(ctx, group, scope_end)
    if quoted_by is not None:
        # "Quatre attaques ont été classées « loup non exclu » par les spécialistes"
        attribute, phrases = quoted_by
        return [found_at(group, attribute, [SourceRef(phrase=p) for p in phrases], "passive")]
    agent = agent_after(ctx, group.last, scope_end)
    judged = agent is None and (agent := agent_after_attribute(ctx, group, scope_end)) is not None
    if (
        agent
        and not judged
        and group.cue.sentence_with is not None
        and sentence_in(ctx, group.cue.sentence_with, agent[0].start, agent[-1].end, scope_end)
    ):
        return []  # "a été condamné par le tribunal à deux ans de prison": a sentence, not speech
    # "aucun décès n'a été annoncé", "l'attaque n'a pas été revendiquée": nobody confirmed it
    unconfirmed = agent is None and group.negated and group.cue.negated == "not_confirmed"
    impersonal = _impersonal_que(ctx, group, floor, scope_end)
    if impersonal is not None:
        # "Il a été annoncé (par X) que P": the content is the que-clause
        clause, phrases = impersonal
        sources = [SourceRef(phrase=p) for p in phrases] if phrases else [SourceRef(implicit=True)]
        found = found_at(group, clause, sources, "passive")
        found.future_in_past = clause  # "il a été annoncé que l'usine fermerait"
        return [found]
    impersonal_object = _impersonal_object(ctx, group, floor, scope_end)
    if impersonal_object is not None:
        # "Il est fait état de trois blessés": what is reported follows, nobody reports it
        # (the "de" phrase is the object there, not an agent)
        by = agent and ctx.reader.word(agent[0].start - 1) in ctx.lex.words.agent_prepositions
        sources = [SourceRef(phrase=p) for p in agent] if agent and by else [SourceRef(implicit=True)]
        return [found_at(group, impersonal_object, sources, "passive")]
    if agent is None and group.cue.charge_passive:
        charge = _asked_after_agent(ctx, skip_framing(ctx, group.last, scope_end), scope_end)
        if charge is not None:
            # "X est accusé d'avoir utilisé …": what X is charged with, by someone not named
            return [found_at(group, charge, [SourceRef(implicit=True)], "passive")]
    if agent is None and _directive(ctx, group) and not group.negated and _people_subject(ctx, group, floor):
        k = skip_framing(ctx, group.last, scope_end)
        if group.cue.particles and group.cue.particles[-1] in ctx.lex.dropped_prepositions:
            k = group.last - 1  # "sont appelés à" read as "appeler à": the à is the cue's
        asked = _asked_after_agent(ctx, k, scope_end)
        if asked is not None:
            # "Les habitants sont invités à rester chez eux": what is asked of them, by someone
            # not named
            return [found_at(group, asked, [SourceRef(implicit=True)], "passive")]
    if agent is None and group.cue.forecast_passive and not group.negated:
        forecast = _forecast_subject(ctx, group, floor)
        if forecast is not None:
            # "De fortes pluies sont prévues dans le Sud": what is forecast, by someone not named
            return [found_at(group, forecast, [SourceRef(implicit=True)], "passive")]
    if agent is None:
        quoted = _quoted_attribute(ctx, group, scope_end)
        if quoted is not None:
            # "La situation est jugée « très préoccupante »", "n'a jamais été déclaré comme
            # « maîtrisé »": someone's words, quoted, with no one named
            return [found_at(group, quoted, [SourceRef(implicit=True)], "passive")]
    if group.negated and group.cue.negated is None:
        # "aucune information n'a été divulguée par X", "l'ordre n'a pas été émis": nothing was
        # said (a quoted word is someone's, above; "n'a pas été confirmé" keeps its stance)
        return []
    if agent is None and not group.cue.passive_only and not unconfirmed and not _agentless_act(ctx, group):
        return []
    if agent and group.cue.directive:
        asked = _asked_after_agent(ctx, agent[-1].end, scope_end)
        if asked is not None:
            # "Les pharmaciens sont invités par l'agence à vérifier leurs stocks": what is asked
            return [found_at(group, asked, [SourceRef(phrase=p) for p in agent], "passive")]
    if not group.cue.object and not (agent and group.cue.agent_passive):
        return []  # "Ces chiffres ont été communiqués par X" needs its agent
    if (
        agent
        and all(ctx.reader.word(p.start) in ctx.lex.words.indefinite for p in agent)
        and not any(can_speak(ctx.reader, p) for p in agent)
    ):
        return []  # "L'année a été caractérisée par des pluies": a description, nobody speaks
    content = subject_clause(ctx, group.first, floor)
    if content is None:
        return []
    if judged and content[1] - content[0] == 1 and ctx.doc[content[0]].pos_ == "PRON":
        return []  # "Elle a été considérée comme disparue par la police": nothing but a pronoun
    sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
    return [found_at(group, content, sources, "passive")]


def _quote_after_cue(ctx: Context, group: VerbGroup, end: int) -> tuple[Quote, int] | None:
    """The closed quotation that opens right after a passive cue (after "comme" or "de", perhaps),
    and the index of its closing mark."""
    reader = ctx.reader
    j = skip_framing(ctx, group.last, end)
    if j < end and (reader.word(j) in ctx.lex.words.as_said or reader.word(j) in ctx.lex.words.de_elided):
        j += 1
    quote = quote_opening_at(ctx, j) if j < end else None
    return (quote, quote.closing) if quote is not None and quote.closing is not None else None


def _quoted_attribute(ctx: Context, group: VerbGroup, end: int) -> Range | None:
    """A quotation right after a passive cue (after "comme" or "de", perhaps), that ends the
    clause: what the subject was called, in someone's words."""
    reader = ctx.reader
    found = _quote_after_cue(ctx, group, end)
    if found is None:
        return None
    quote, closing = found
    after = closing + 1
    if after < end and not (ctx.doc[after].is_punct and ctx.doc[after].text not in ("(", "-")):
        return None
    return strip(reader, quote.start, quote.end)


def _quoted_attribute_by(ctx: Context, group: VerbGroup, end: int) -> tuple[Range, list[Phrase]] | None:
    """A quotation right after a passive cue, then its agent: "jugées « très graves » par les
    experts" (what the agent called the subject)."""
    reader = ctx.reader
    found = _quote_after_cue(ctx, group, end)
    if found is None:
        return None
    quote, closing = found
    after = closing + 1
    if after + 1 >= end or reader.word(after) not in ctx.lex.words.agent_prepositions:
        return None
    phrases, _ = reader.coordinated_at(after + 1, end)
    content = strip(reader, quote.start, quote.end)
    return (content, phrases) if phrases and content is not None else None


def _asked_after_agent(ctx: Context, k: int, end: int) -> Range | None:
    """After the agent of a passive directive (or a passive charge), "à" or "de" and an
    infinitive: what is asked (or charged), up to the end of the clause."""
    reader = ctx.reader
    if k + 1 >= end or reader.word(k) not in ctx.lex.dropped_prepositions:
        return None
    j = k + 1
    while (
        j + 1 < end
        and j - k <= 3
        and (reader.word(j) in ctx.lex.words.clitics or reader.word(j) in ctx.lex.words.negation_words)
    ):
        j += 1  # "à les jeter", "à ne pas sortir": the clitic and the negation are the claim's
    if "Inf" not in ctx.doc[j].morph.get("VerbForm", []):
        return None
    return clause_from(ctx, k + 1, end)


def _directive(ctx: Context, group: VerbGroup) -> bool:
    """The cue, or another cue of its verb, is a directive ("sont appelés à" read as "appeler à")."""
    return group.cue.directive or any(c.directive for c in ctx.lex.verbs_by_lemma.get(group.cue.lemma, ()))


def _people_subject(ctx: Context, group: VerbGroup, floor: int) -> bool:
    """The subject of a passive directive is people who can be asked ("Les habitants sont
    invités à …"), not a thing ("Les prix sont appelés à augmenter": bound to)."""
    phrases, pronoun = subject_before(ctx.reader, group.first, floor)
    if pronoun is not None:
        return ctx.reader.word(pronoun) in ctx.lex.pronouns
    return bool(phrases) and all(can_speak(ctx.reader, p) for p in phrases)


def _forecast_subject(ctx: Context, group: VerbGroup, floor: int) -> Range | None:
    """An indefinite subject naming what can be forecast ("Des orages sont prévus", "De
    fortes chaleurs sont prévues"), not a plan ("Des travaux sont prévus")."""
    reader = ctx.reader
    if group.infinitive or "Part" not in ctx.doc[group.head].morph.get("VerbForm", []):
        return None  # "sont à prévoir" (written "a prévoir"): no passive
    phrases, _ = subject_before(reader, group.first, floor)
    if len(phrases) != 1 or reader.word(phrases[0].start) not in ctx.lex.words.indefinite:
        return None
    if not any(
        reader.word(k) in ctx.lex.words.forecast_nouns for k in range(phrases[0].start, phrases[0].head + 1)
    ):
        return None
    return subject_clause(ctx, group.first, floor)


def _asked_of_addressee(ctx: Context, k: int, end: int) -> Range | None:
    """ "à la population de rester chez elle", "aux automobilistes d'éviter le secteur": an
    addressee, then what is asked of it; the claim is both (as after "il a été demandé")."""
    reader = ctx.reader
    if k + 1 >= end or reader.word(k) not in ctx.lex.words.addressee_prepositions:
        return None
    addressee = reader.phrase_at(k + 1, end)
    if addressee is None or _asked_after_agent(ctx, addressee.end, end) is None:
        return None
    return clause_from(ctx, k, end)


def _agentless_act(ctx: Context, group: VerbGroup) -> bool:
    """A cue that is a claim in the passive with no agent, in a compound tense: "Deux ans de
    prison ont été requis" (someone asked for them), not "Une autorisation est requise" (a
    state: it is needed)."""
    return group.cue.agentless_passive and any(
        ctx.doc[k].pos_ == "AUX" and "Part" in ctx.doc[k].morph.get("VerbForm", [])  # "été"
        for k in range(group.first, group.last + 1)
    )


def _named_as(ctx: Context, group: VerbGroup, end: int) -> tuple[Range, list[Phrase]] | None:
    """An attribute then an agent after a passive cue of naming: "a été qualifié de « violent »
    par X", "qualifiée d'historique par X": the attribute is the claim, the agent its source."""
    reader = ctx.reader
    j = skip_framing(ctx, group.last, end)
    if not group.cue.object or j + 1 >= end or reader.word(j) not in ctx.lex.words.de_elided:
        return None
    quote = quote_opening_at(ctx, j + 1)
    if quote is not None and quote.closing is not None:
        content, k = strip(reader, quote.start, quote.end), quote.closing + 1
    else:
        k = j + 1
        while k < end and k - j <= 4 and (reader.is_adjective(k) or ctx.doc[k].pos_ in ("NOUN", "ADV")):
            k += 1  # "d'historique", "de terroriste", "de très grave"
        content = strip(reader, j + 1, k) if k > j + 1 else None
    if content is None or k >= end or reader.word(k) not in ctx.lex.words.agent_prepositions:
        return None
    phrases, _ = reader.coordinated_at(k + 1, end)
    return (content, phrases) if phrases else None


def _impersonal_que(
    ctx: Context, group: VerbGroup, floor: int, end: int
) -> tuple[Range, list[Phrase]] | None:
    """The que-clause of an impersonal passive and its agents: "Il a été annoncé que P", "il a
    été confirmé par la police que P"."""
    reader = ctx.reader
    if group.first - 1 < floor or reader.word(group.first - 1) not in ctx.lex.words.impersonal_subjects:
        return None
    j = group.last
    date = reader.date_at(j)
    if date is not None:
        j = date.end
    phrases: list[Phrase] = []
    if j < end and reader.word(j) in ctx.lex.words.agent_prepositions:
        phrases, j = reader.coordinated_at(j + 1, end)
    else:
        j = skip_framing(ctx, j, end)
    que = after_que(ctx, j) if j < end else None
    content = clause_from(ctx, que, end, clause=True) if que is not None else None
    return (content, phrases) if content is not None else None


def _impersonal_object(ctx: Context, group: VerbGroup, floor: int, end: int) -> Range | None:
    """The object of an impersonal passive of a cue that takes one: "Il est fait état de P"."""
    before = group.first - 1
    if before < floor or ctx.reader.word(before) not in ctx.lex.words.impersonal_subjects:
        return None
    if group.cue.directive and not group.cue.object:
        # "il est conseillé de raccrocher": what is advised, by someone not named
        k = skip_framing(ctx, group.last, end)
        return _asked_after_agent(ctx, k, end) or _asked_of_addressee(ctx, k, end)
    if not group.cue.object or group.cue.passive_only:
        return None
    content, frame, _ = content_after(ctx, group, end)
    return content if frame == "object" else None
