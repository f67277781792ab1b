"""What a reporting verb says: the content after a cue, a passive's agent, a participle's clause."""

# The content after a cue is a que-clause, a quotation (after a colon or not), an infinitive, the
# object of a cue that takes one ("a condamné le crime"), or an addressee then what is asked of
# them ("a appelé les habitants à rester chez eux").

from __future__ import annotations

from ..clauses import (
    after_que,
    clause_from,
    clause_start,
    colon_quote_ahead,
    quote_ends_clause,
    quote_opening_at,
    strip,
    verb_follows,
)
from ..context import Context, Range
from ..groups import VerbGroup
from ..layout import CLOSING, FINAL_PUNCTUATION, OPENING, QUOTE_MARKS
from ..lexicon import VerbCue
from ..phrases import Phrase
from ..speakers import can_speak


def content_after(ctx: Context, group: VerbGroup, scope_end: int) -> tuple[Range | None, str, int | None]:
    """The content that follows a cue, and the frame that delimits it."""
    reader = ctx.reader
    cue = group.cue
    i = skip_framing(ctx, group.last, scope_end)
    if i >= scope_end:
        return None, "", None
    if reader.word(i) in ctx.lex.words.coordinators and i + 1 < scope_end and ctx.doc[i + 1].pos_ == "VERB":
        # "regrette et condamne fermement P": two verbs share what follows the second
        i = skip_framing(ctx, i + 2, scope_end)
        while i < scope_end and ctx.doc[i].pos_ == "ADV" and reader.entity(i) is None:
            i += 1
        if i >= scope_end:
            return None, "", None
    word = reader.word(i)
    if (
        ctx.doc[i].text in (",", ":")
        and i + 1 < scope_end
        and quote_opening_at(ctx, i + 1) is None
        and any(reader.word(k) in ctx.lex.words.cataphoric_clitics for k in range(group.first, group.head))
        and (reader.is_determiner(i + 1) or ctx.doc[i + 1].pos_ == "PROPN")
    ):
        # "C'est X qui le confirme, P", "La mairie l'annonce : P": the clitic announces P, a
        # clause with its own subject (not "l'a dit, a rapporté X", "l'a annoncé, puis …")
        content = clause_from(ctx, i + 1, scope_end, clause=True)
        if content is not None and any(reader.is_finite(k) for k in range(content[0], content[1])):
            return content, "que", None
    # "que P", "qu'« P »", "à ce que P"
    complement = after_que(ctx, i)
    # (a "que" tagged as a relative pronoun is still the complementizer after a framing phrase:
    # "a annoncé sur les réseaux sociaux qu'il …")
    if complement is not None and not (ctx.doc[i].pos_ == "PRON" and cue.object and i == group.last):
        quote = quote_opening_at(ctx, complement)
        if (
            quote is not None
            and quote.closing is not None
            # "estime que « 354 plans » sont en cours": the quotation is only the subject
            and not verb_follows(ctx, quote.closing, scope_end)
        ):
            # "a précisé que « P » en ajoutant …": the quotation is the content
            return strip(reader, quote.start, quote.end), "que", None
        return clause_from(ctx, complement, scope_end, clause=True), "que", None
    # "en précisant « qu'il ne reste rien » du projet": the que-clause opens the quotation
    opening = quote_opening_at(ctx, i)
    inner = after_que(ctx, opening.start) if opening is not None and opening.start < scope_end else None
    if inner is not None:
        return clause_from(ctx, inner, scope_end, clause=True), "que", None
    lead = ctx.lex.words.complementizer_lead  # "à ce" of "à ce que P"
    if (
        lead
        and word == lead[0]
        and i + len(lead) < scope_end
        and all(reader.word(i + n) == part for n, part in enumerate(lead))
        and reader.word(i + len(lead)) in ctx.lex.words.complementizer
    ):
        return clause_from(ctx, i + len(lead) + 1, scope_end, clause=True), "que", None
    if (
        word in ctx.lex.words.whether
        and i + 1 < scope_end
        and (cue.stance == "questions" or unable(ctx, group))
    ):
        # "s'interroge si P", "se demande s'il viendra": the question asked, without "si"
        return clause_from(ctx, i + 1, scope_end, clause=True), "que", None
    # "a déclaré : « P »", "se souvient : « P »"
    if ctx.doc[i].text == ":":
        k = i + 1
        while k < len(ctx.doc) and ctx.doc[k].is_space:
            k += 1  # "a déclaré :" at the end of a paragraph, the quotation in the next ones
        quote = quote_opening_at(ctx, k)
        if quote is not None:
            return strip(reader, quote.start, quote.end), "quote", i
        if cue.quote:
            return None, "", None
        return clause_from(ctx, i + 1, scope_end), "colon", i
    # "a dénoncé « P »", "a promis un « nouveau départ »"; not a quoted noun phrase after a verb
    # whose object is a claim only with a word after it ("présentaient des « symptômes »": no
    # "comme", no speech)
    quoted_object = reader.is_determiner(i) and (cue.object or cue.object_with is None)
    quote = quote_opening_at(ctx, i) or (quote_opening_at(ctx, i + 1) if quoted_object else None)
    if quote is not None and quote_ends_clause(ctx, quote, scope_end):
        return strip(reader, quote.start, quote.end), "quote", None
    # an infinitive complement: "ont raconté avoir entendu …", "nie avoir livré des armes"
    k = i
    while k + 1 < scope_end and (
        reader.word(k) in ctx.lex.words.negation_words or reader.word(k) in ctx.lex.words.clitics
    ):
        k += 1  # "affirme ne rien avoir entendu", "assure en avoir abattu six", "dit l'avoir vu"
    infinitive = "Inf" in ctx.doc[k].morph.get("VerbForm", []) or (
        ctx.doc[k].pos_ in ("VERB", "AUX") and reader.word(k) == ctx.doc[k].lemma_  # "rien avoir"
    )
    if infinitive and cue.no_infinitive:
        return None, "", None  # "espèrent relancer le réacteur": what they hope to do
    if infinitive and not cue.quote:
        start = i
        while start - 1 >= group.last and reader.word(start - 1) in ctx.lex.words.negation_words:
            start -= 1  # "dit ne pas pouvoir le décrire": the negation is part of the claim
        return _before_adjunct_clause(ctx, clause_from(ctx, start, scope_end)), "infinitive", None
    # a colon further on: "a défendu sa décision : « P »"
    colon = colon_quote_ahead(ctx, i, scope_end)
    if colon is not None:
        quote = quote_opening_at(ctx, colon + 1)
        assert quote is not None
        if cue.object or cue.quote or not cue.content:
            return strip(reader, quote.start, quote.end), "quote", colon
    if cue.addressee:
        told = _after_addressee(ctx, group, i, scope_end)
        if told is not None:
            return told
    if (
        cue.directive
        and reader.word(i) in ctx.lex.words.before_infinitive
        and _infinitive_after(ctx, i + 1, scope_end)
    ):
        # "nous ont conseillé d'aller voir le juge", "a conseillé de rester": what is asked,
        # the addressee a clitic before the verb or no one
        content = clause_from(ctx, i + 1, scope_end)
        if content is not None:
            return content, "object", None
    if cue.directive:
        # "a appelé les habitants à rester chez eux": the addressee, then what is asked
        content = clause_from(ctx, i, scope_end)
        if content is not None and _directive_in(ctx, content):
            return trim_object(ctx, group, content), "object", None
    if cue.attribute and _attribute_at(ctx, i, scope_end):
        # "s'est dit favorable à un référendum", "se disent contre le projet": what the source
        # says it is, up to the end of the clause
        content = clause_from(ctx, i, scope_end)
        if content is not None:
            return trim_object(ctx, group, content), "object", None
    if cue.quote:
        # "avait appelé Marine Le Pen « la bourgeoise du château de Montretout »"
        content = clause_from(ctx, i, scope_end)
        if content is not None:
            content = trim_object(ctx, group, content)
        if content is not None and any(
            ctx.layout.quote_opening_at(k) is not None for k in range(content[0], content[1])
        ):
            return content, "object", None
        return None, "", None
    # "relève de la compétence …" is not one: a bare "de" is a preposition there
    indefinite = ctx.lex.words.indefinite - (ctx.lex.words.de - ctx.lex.words.fused_de)
    relative = (
        cue.relative_object
        and group.first > 0
        and reader.word(group.first - 1) in ctx.lex.words.relative_subject
        and not group.passive
    )
    if (
        (cue.indefinite_object or relative)
        and _indefinite_or_figure(ctx, cue, i, indefinite)
        and i + 1 < scope_end
    ):
        # "notait une légère amélioration", "constate des retards": an observation
        content = clause_from(ctx, i, scope_end)
        return (None, "", None) if content is None else (trim_object(ctx, group, content), "object", None)
    if cue.object_with is not None and reader.is_determiner(i):
        # "les experts expliquent ce facteur par les négociations": the cause given is the claim
        phrase = reader.phrase_at(i, scope_end)
        if phrase is not None and phrase.end < scope_end and reader.word(phrase.end) == cue.object_with:
            content = clause_from(ctx, i, scope_end)
            return (None, "", None) if content is None else (trim_object(ctx, group, content), "object", None)
    if (
        cue.prepositional_object
        and reader.word(i) in ctx.lex.dropped_prepositions
        and i + 1 < scope_end
        and not ctx.doc[i + 1].is_punct
    ):
        # "avertissant d'un risque de crue": what is warned of, never the addressee alone
        content = clause_from(ctx, i + 1, scope_end)
        return (None, "", None) if content is None else (trim_object(ctx, group, content), "object", None)
    if cue.object_heads:
        # "a donné à la presse un bilan de 4 morts": what the object of this noun says
        content = _headed_object(ctx, cue, i, scope_end)
        return (None, "", None) if content is None else (trim_object(ctx, group, content), "object", None)
    if cue.content or not cue.object or cue.passive_only or cue.indefinite_object:
        return None, "", None
    if cue.sentence_with is not None and sentence_at(ctx, cue.sentence_with, i, scope_end):
        return None, "", None  # "l'a condamné à deux ans de prison": a court's sentence
    # "a condamné le crime de Tombouctou", "a menacé de s'en prendre", "contre les risques"
    start = i
    if reader.word(start) in ctx.lex.dropped_prepositions and start + 1 < scope_end:
        start += 1
    elif (
        ctx.doc[start].pos_ == "ADP"
        and reader.word(start) not in ctx.lex.words.fused_de | ctx.lex.words.fused_a
    ):
        return None, "", None  # "s'est exprimé devant la presse": a place, not what was said
    if (
        start >= scope_end
        or ctx.doc[start].text in FINAL_PUNCTUATION
        or ctx.doc[start].text in (",", ";", ".", ")")
    ):
        return None, "", None
    if _topic_only(ctx, start, scope_end):
        return None, "", None  # "ont confirmé la cause de la panne": a topic, no proposition
    content = clause_from(ctx, start, scope_end)
    if content is None:
        return None, "", None
    return trim_object(ctx, group, content), "object", None


def _topic_only(ctx: Context, i: int, end: int) -> bool:
    """A definite object headed by a noun of topic ("la cause de la panne", "l'origine du
    feu"), then the end of the clause: what the claim is about, not what it says."""
    reader = ctx.reader
    if reader.word(i) not in ctx.lex.words.definite:
        return False
    phrase = reader.phrase_at(i, end)
    if phrase is None or reader.word(phrase.head) not in ctx.lex.words.topic_nouns:
        return False
    k = phrase.end
    if k < end and ctx.doc[k].text == ",":
        # "l'identité de la victime, un homme de 40 ans": an apposition says what it is
        return k + 1 >= end or not (reader.is_determiner(k + 1) or ctx.doc[k + 1].like_num)
    return k >= end or ctx.doc[k].text in FINAL_PUNCTUATION or ctx.doc[k].text == ";"


def unable(ctx: Context, group: VerbGroup) -> bool:
    """An infinitive cue of assertion after a negated verb of ability: "ne pouvaient affirmer
    si P", "n'a pas pu confirmer que P" (the source could not confirm it)."""
    if not group.infinitive or group.governor is None or group.cue.stance != "asserts":
        return False
    if (ctx.doc[group.governor].lemma_ or "").lower() not in ctx.lex.words.unable_governors:
        return False
    unit_start, _ = ctx.layout.unit_of(group.head)
    around = range(max(unit_start, group.governor - 4), group.head)
    return any(ctx.reader.word(k) in ctx.lex.words.negation for k in around)


def _headed_object(ctx: Context, cue: VerbCue, i: int, end: int) -> Range | None:
    """The object of the cue when its head is one of the cue's nouns ("donne un bilan de huit
    blessés"), after an addressee if any ("a donné à la presse un bilan …")."""
    reader = ctx.reader
    words = ctx.lex.words
    if i + 1 < end and (reader.word(i) in words.fused_a or reader.word(i) in words.on_at):
        addressee = reader.phrase_at(i + 1, end, complements=False)
        if addressee is None:
            return None
        i = addressee.end
    if i >= end or not reader.is_determiner(i):
        return None
    phrase = reader.phrase_at(i, end, complements=False)
    if phrase is None or reader.word(phrase.head) not in cue.object_heads:
        return None
    content = clause_from(ctx, i, end)
    if content is not None and cue.heads_with_figure and not any(_figure_at(ctx, k) for k in range(*content)):
        return None  # "la mairie prévoit une augmentation des tarifs": a plan, not a forecast
    return content


def _figure_at(ctx: Context, k: int) -> bool:
    """A figure at token k: digits, or a quantity the entity stage found ("huit pour cent"); not
    the article "une", which spaCy counts as a number word."""
    ent = ctx.reader.any_entity(k)
    return (ent is not None and ent.label_ == "QUANTITY") or any(c.isdigit() for c in ctx.doc[k].text)


def sentence_at(ctx: Context, word: str, i: int, end: int) -> bool:
    """`word` then a penalty (a figure, a determiner or a common noun) right after the cue or
    after its object: "l'a condamné à deux ans", "a condamné le maire à une amende"."""
    reader = ctx.reader
    date = reader.date_at(i + 1 if reader.is_determiner(i) and i + 1 < end else i) or reader.date_at(i)
    if date is not None:
        i = date.end  # "l'a condamné le 11 mars à un an"
    if i >= end:
        return False
    phrase = reader.phrase_at(i, end, complements=False) if reader.word(i) != word else None
    k = phrase.end if phrase is not None else i
    return k + 1 < end and reader.word(k) == word and _penalty_at(ctx, k + 1)


def sentence_in(ctx: Context, word: str, start: int, k: int, end: int) -> bool:
    """A penalty after an agent that ends before token k, or inside it (the agent phrase may have
    taken "à dix ans de prison" as its complement): "condamné par le tribunal à deux ans"."""
    if sentence_at(ctx, word, k, end):
        return True
    return any(ctx.reader.word(j) == word and _penalty_at(ctx, j + 1) for j in range(start, min(k, end - 1)))


def _penalty_at(ctx: Context, j: int) -> bool:
    """A penalty at token j: a figure ("deux ans"), or a penalty's noun after determiners and
    adjectives ("une lourde amende", "la prison à vie"); not "à plusieurs reprises"."""
    doc, reader = ctx.doc, ctx.reader
    if doc[j].pos_ == "NUM" or any(c.isdigit() for c in doc[j].text):
        return True
    for k in range(j, min(j + 4, len(doc))):
        if reader.word(k) in ctx.lex.words.penalties:
            return True
        if not (reader.is_determiner(k) or doc[k].pos_ == "ADJ"):
            return False
    return False


def _attribute_at(ctx: Context, i: int, end: int) -> bool:
    """An adjective or a participle ("favorable", "prête à", "opposés"), or a preposition of
    stance ("pour", "contre") followed by what it is for or against."""
    if ctx.reader.word(i) in ctx.lex.words.stance_prepositions:
        return i + 1 < end and not ctx.doc[i + 1].is_punct and not _infinitive_after(ctx, i + 1, end)
    token = ctx.doc[i]
    return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", []))


def _infinitive_after(ctx: Context, k: int, end: int) -> bool:
    """An infinitive, after its clitics: "jugé pour s'être opposé", "pour avoir volé" give a
    cause or a purpose, not what the source is for."""
    words = ctx.lex.words
    while k < end and (ctx.reader.word(k) in words.clitics or ctx.reader.word(k) in words.negation_words):
        k += 1
    return k < end and "Inf" in ctx.doc[k].morph.get("VerbForm", [])


#: How many tokens an addressee may take before what it is asked to do.
_LONGEST_ADDRESSEE = 24


def _after_addressee(
    ctx: Context, group: VerbGroup, i: int, scope_end: int
) -> tuple[Range | None, str, int | None] | None:
    """The content after a plain object that is the addressee: "a informé les habitants que P"
    (P), "a informé par courriel les familles d'une suspicion de …" (the addressee and what they
    were told of, as the other verbs with several arguments)."""
    reader = ctx.reader
    if reader.word(i) in ctx.lex.words.framing_prepositions:
        medium = reader.phrase_at(i + 1, scope_end)  # "par courriel", "par écrit"
        if medium is None:
            return None
        i = medium.end
    if i >= scope_end or not reader.is_determiner(i):
        return None
    addressee = reader.phrase_at(i, scope_end, complements=False)
    if addressee is None or addressee.end >= scope_end:
        return None
    j = addressee.end
    while j + 2 < scope_end and reader.word(j) in ctx.lex.words.de_elided and ctx.doc[j + 1].pos_ == "NOUN":
        j += 2  # "les parents d'élèves": a bare noun completes the addressee
    complement = after_que(ctx, j)
    if complement is not None:
        return clause_from(ctx, complement, scope_end, clause=True), "que", None
    word = reader.word(j)
    told = j + 1 if word in ctx.lex.words.de_elided else j if word in ctx.lex.words.fused_de else None
    if told is None or not reader.starts_phrase(told, scope_end):
        return None
    of = reader.phrase_at(told, scope_end)
    if of is None or can_speak(reader, of):
        return None  # "a averti les élus de la commune": whose they are, not what they were told
    content = clause_from(ctx, i, scope_end)
    return (None, "", None) if content is None else (trim_object(ctx, group, content), "object", None)


def _directive_in(ctx: Context, content: Range) -> bool:
    """An addressee, then à/de and a verb ("les habitants à rester chez eux") or à and a common
    noun ("la population à la prudence", "les deux camps au calme")."""
    start, end = content
    words = ctx.lex.words
    doc = ctx.doc
    # a long addressee ("le ministère et la direction de l'eau (Dinepa) à y manifester …"),
    # with no verb of its own before à/de
    for k in range(start + 1, min(end - 1, start + _LONGEST_ADDRESSEE)):
        if ctx.reader.is_finite(k):
            break
        if ctx.reader.word(k) in words.before_infinitive and _infinitive_after(ctx, k + 1, end):
            return True
    for k in range(start + 1, min(end - 1, start + 10)):
        word = ctx.reader.word(k)
        noun = k + 2 if word in words.a_particle and ctx.reader.is_determiner(k + 1) else k + 1
        if (
            (word in words.a_particle or word in words.fused_a)
            and noun < end
            and doc[noun].pos_ == "NOUN"
            and doc[noun].is_lower
        ):
            return True
    return False


def _framing_adverb_at(ctx: Context, j: int, end: int) -> int:
    """The number of tokens of an adverbial phrase of the lexicon at j ("tout de même"), or 0."""
    return ctx.reader.framing_adverb_at(j, end)


def _date_after_preposition(ctx: Context, j: int, end: int) -> bool:
    """Whether token j is a preposition right before a date ("vers 10 h 30", "dès lundi")."""
    if j + 1 >= end or ctx.doc[j].pos_ != "ADP":
        return False
    date = ctx.reader.any_entity(j + 1)
    return date is not None and date.label_ == "DATE" and date.start == j + 1


def skip_framing(ctx: Context, i: int, end: int) -> int:
    """Skip adverbs, dates and framing phrases between a cue and its content, when a "que"
    comes after them ("affirme dans son blog vidéo hebdomadaire qu'il …")."""
    reader = ctx.reader
    j = i
    steps = 0
    while j < end and steps < 8:
        ent = reader.any_entity(j)
        following = reader.any_entity(j + 1) if j + 1 < end else None
        if (length := _framing_adverb_at(ctx, j, end)) > 0:
            j += length  # "précise tout de même que"
        elif ent is not None and ent.label_ == "DATE":
            j = ent.end
        elif (
            ctx.doc[j].pos_ == "ADV"
            and reader.word(j) not in ctx.lex.words.complementizer
            and reader.word(j) not in ctx.lex.words.framing_prepositions  # "lors d'une conférence"
            and not _figure_opens(ctx, j, end)  # "dénombre près de 300 maisons"
            and reader.entity(j) is None
        ):
            j += 1
        elif (
            ctx.doc[j].text == ","
            and j + 1 < end
            and reader.word(j + 1) not in ctx.lex.words.framing_prepositions
            and (
                ctx.doc[j + 1].pos_ == "ADV"
                or following is not None
                and following.label_ == "DATE"
                or j > i
                or _date_after_preposition(ctx, j + 1, end)
            )
        ):
            # "a annoncé ce matin, vers 7h30, son abandon": all skipped so far frames; "a évoqué,
            # vers 10 h 30, « P »": a date after a preposition, set off by commas, frames too
            j += 1
        elif (
            ctx.doc[j].pos_ == "ADP"
            and following is not None
            and following.label_ == "DATE"
            and following.start == j + 1
        ):
            j = following.end  # "vers 7h30", "en 2009"
        else:
            break
        steps += 1
    # a framing phrase ("dans son blog vidéo hebdomadaire", "à la presse") only when a
    # complementizer or a colon follows it
    # (also set off by commas: "a annoncé jeudi, dans un communiqué, que …")
    if (
        j > i
        and ctx.doc[j - 1].text == ","
        and (after := _participle_incise_then_que(ctx, j, end)) is not None
    ):
        return after  # "a annoncé samedi, citant la présidence, que P"
    opened = (
        j + 1 < end and ctx.doc[j].text == "," and reader.word(j + 1) in ctx.lex.words.framing_prepositions
    )
    if opened:
        j += 1
    if j < end and reader.word(j) in ctx.lex.words.framing_prepositions:
        k = j + 1
        while k < end and k - j <= 8:
            token = ctx.doc[k]
            if after_que(ctx, k) is not None or token.text == ":":
                return k
            if token.text == "," and (after := _participle_incise_then_que(ctx, k + 1, end)) is not None:
                return after  # "a annoncé dans un communiqué, citant la présidence, que P"
            if (
                token.text == ","
                and (opened or ctx.doc[j - 1].text == ",")
                and (que_follows_at(ctx, k + 1, end) or (k + 1 < end and reader.is_determiner(k + 1)))
            ):
                return k + 1  # "…, dans un communiqué, que P" or "…, dans un communiqué, la fermeture"
            if (
                not opened
                and k > j + 1
                and token.pos_ in ("VERB", "AUX")
                and "Inf" in token.morph.get("VerbForm", [])
                and ctx.doc[k - 1].pos_ not in ("ADP", "PUNCT", "PRON")
                and any(ctx.doc[m].pos_ in ("NOUN", "PROPN") for m in range(j + 1, k))
            ):
                return k  # "a assuré sur son site avoir suspendu …": the infinitive is the content
            if token.pos_ in ("VERB", "AUX", "SCONJ", "PUNCT") or token.text in QUOTE_MARKS:
                break
            k += 1
        if not opened and (after := _after_medium(ctx, j, end)) is not None:
            return after  # "a annoncé dans un communiqué la fermeture": the phrase frames
    return j - 1 if opened else j


def _participle_incise_then_que(ctx: Context, k: int, end: int) -> int | None:
    """Where the "que" is, after a present participle phrase set off by commas that starts at k
    (", citant la présidence, que P"), or None."""
    reader = ctx.reader
    if k >= end or ctx.doc[k].pos_ not in ("VERB", "AUX"):
        return None
    if not reader.word(k).endswith(ctx.lex.endings.present_participle):
        return None
    for m in range(k + 1, min(end, k + 10)):
        if ctx.doc[m].text == ",":
            return m + 1 if que_follows_at(ctx, m + 1, end) else None
        if ctx.doc[m].is_punct or ctx.doc[m].text in QUOTE_MARKS:
            return None
    return None


def _after_medium(ctx: Context, j: int, end: int) -> int | None:
    """Where a noun phrase starts right after a framing phrase on a medium or an occasion of
    speech ("dans un communiqué", "lors d'une conférence de presse", "dans une lettre ouverte"),
    or None."""
    reader = ctx.reader
    words = ctx.lex.words
    k = j + 1
    while k < end and (reader.is_determiner(k) or reader.word(k) in words.de | words.de_elided):
        k += 1  # "lors d'une", "dans un", "dans son"
    if k >= end or reader.word(k) not in words.medium_nouns:
        return None
    k += 1
    while k < end and k - j <= 8:
        token = ctx.doc[k]
        if reader.is_determiner(k) and reader.word(k - 1) not in words.de | words.de_elided:
            return k
        if token.pos_ in ("SCONJ", "PUNCT", "CCONJ") or reader.is_finite(k) or token.text in QUOTE_MARKS:
            return None
        k += 1  # "de presse", "ouverte", "télévisée"
    return None


def que_follows_at(ctx: Context, k: int, end: int) -> bool:
    return k < end and after_que(ctx, k) is not None


def trim_object(ctx: Context, group: VerbGroup, content: Range) -> Range:
    """A noun-phrase claim ends before an adjunct of the verb: ", après plus de 7 ans de
    guerre", ", alors qu'elle …", ", en référence à …", "par Christian Jacob"."""
    doc = ctx.doc
    start, end = content
    depth = 0
    for k in range(start + 1, end):
        text = doc[k].text
        if text in OPENING or text == "(":
            depth += 1
        elif text in CLOSING or text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif (
            (
                text == ","
                and k + 1 < end
                and (ctx.reader.word(k + 1) in ctx.lex.words.adjuncts or doc[k + 1].pos_ == "SCONJ")
            )
            or _participle_clause_at(ctx, k)
            or _gerund_at(ctx, k)
            or _coordinated_clause_at(ctx, k, end)
            or _clause_after_infinitive_at(ctx, start, k, end)
            or _agent_phrase_at(ctx, k)
            or _predicate_at(ctx, k, end)
            or _when_or_where_said_at(ctx, k, end)
        ):
            return strip(ctx.reader, start, k) or content
    return content


def _before_adjunct_clause(ctx: Context, content: Range | None) -> Range | None:
    """An infinitive claim ends before a contrast of the journalist's set off by a comma
    ("disaient craindre un tel scénario, alors que le feu …")."""
    if content is None:
        return None
    start, end = content
    depth = 0
    for k in range(start + 1, end - 1):
        text = ctx.doc[k].text
        if text in OPENING or text == "(":
            depth += 1
        elif text in CLOSING or text == ")":
            depth = max(0, depth - 1)
        elif (
            not depth
            and text == ","
            and ctx.reader.word(k + 1) in ctx.lex.words.contrastive
            and any(ctx.reader.is_finite(j) for j in range(k + 2, min(end, k + 14)))
        ):
            return strip(ctx.reader, start, k) or content
    return content


def _coordinated_clause_at(ctx: Context, k: int, end: int) -> bool:
    """ ", et ce n'est que provisoire" after a noun-phrase claim: a conjunction, then a subject
    and its finite verb, start a clause of the journalist's, not a second object."""
    doc, reader = ctx.doc, ctx.reader
    if doc[k].text != "," or k + 2 >= end or doc[k + 1].pos_ != "CCONJ":
        return False
    if doc[k + 2].pos_ not in ("PRON", "DET", "PROPN"):
        return False
    return any(reader.is_finite(j) for j in range(k + 3, min(end, k + 7)))


def _clause_after_infinitive_at(ctx: Context, start: int, k: int, end: int) -> bool:
    """ "a recommandé aux voisins de rester chez eux et certaines écoles pourraient fermer": after
    an infinitive claim, a conjunction then a subject and its finite verb start a clause of the
    journalist's (not "et les pillages qui ont suivi", a relative of a noun phrase)."""
    doc, reader = ctx.doc, ctx.reader
    if doc[k].pos_ != "CCONJ" or k + 2 >= end or doc[k + 1].pos_ not in ("DET", "PRON", "PROPN"):
        return False
    if not any("Inf" in doc[j].morph.get("VerbForm", []) for j in range(start, k)):
        return False
    for j in range(k + 2, min(end, k + 7)):
        if doc[j].is_punct or reader.word(j) in ctx.lex.words.relatives:
            return False
        if reader.is_finite(j):
            return True
    return False


def _participle_clause_at(ctx: Context, k: int) -> bool:
    """ ", le qualifiant d'« historique »", ", estimant que": a participle clause after the
    object is a claim of its own, not part of the object."""
    if ctx.doc[k].text != ",":
        return False
    # (the participle itself may lie past the end: a cue group starts there)
    j = k + 1
    while j < len(ctx.doc) and ctx.reader.word(j) in ctx.lex.words.clitics:
        j += 1
    token = ctx.doc[j] if j < len(ctx.doc) and j > k + 1 else None
    return (
        token is not None
        and token.pos_ in ("VERB", "AUX")
        and ctx.reader.word(j).endswith(ctx.lex.endings.present_participle)
    )


def _gerund_at(ctx: Context, k: int) -> bool:
    """ "a rendu hommage aux pompiers en saluant …": a gerund after the object says how the act
    was made (often a claim of its own), not part of the object."""
    if ctx.reader.word(k) not in ctx.lex.words.gerund_marker:
        return False
    j = k + 1
    while j < len(ctx.doc) and ctx.reader.word(j) in ctx.lex.words.clitics:
        j += 1
    return (
        j < len(ctx.doc)
        and ctx.doc[j].pos_ in ("VERB", "AUX")
        and ctx.reader.word(j).endswith(ctx.lex.endings.present_participle)
    )


def _when_or_where_said_at(ctx: Context, k: int, end: int) -> bool:
    """ "a annoncé la nouvelle le 17 mars dans la revue X", "son abandon en début de matinée":
    a date or a medium after the object says when or where it was said, unless "de" ties it to
    the noun ("l'élection du 6 mai")."""
    words = ctx.lex.words
    if ctx.doc[k].text == "," and k + 1 < end and ctx.reader.word(k + 1) in words.framing_prepositions:
        j = k + 2  # ", dans un communiqué"
        while j < end and ctx.reader.is_determiner(j):
            j += 1
        return j < end and ctx.reader.word(j) in words.media_nouns
    before = ctx.doc[k - 1]
    if ctx.reader.word(k) in words.de or before.is_punct or before.pos_ in ("ADP", "DET"):
        return False  # "l'attaque du 6 mai", "un accord avant juillet"; "l'exécution, jeudi, par …" goes on
    j = k
    while j < min(end, k + 2) and (
        ctx.reader.word(j) in words.date_prepositions or ctx.reader.is_determiner(j)
    ):
        j += 1
    date = ctx.reader.any_entity(j) if j < end else None
    if date is not None and date.label_ == "DATE" and date.start == j:
        # (not "66 cas en 2022 contre 48": the date of a count compared with another)
        return not (date.end < end and ctx.reader.word(date.end) in words.comparisons)
    if ctx.reader.word(k) not in words.framing_prepositions:
        return False
    j = k + 1
    while j < end and ctx.reader.is_determiner(j):
        j += 1
    return j < end and ctx.reader.word(j) in words.media_nouns


def _predicate_at(ctx: Context, k: int, end: int) -> bool:
    """ "et s'est approprié …": a second predicate of the subject, not part of the object."""
    if ctx.reader.word(k) not in ctx.lex.words.predicate_joiners:
        return False
    j = k + 1
    while j < end and (
        ctx.reader.word(j) in ctx.lex.words.clitics | ctx.lex.words.negation or ctx.doc[j].pos_ == "ADV"
    ):
        j += 1
    return j < end and (ctx.reader.is_finite(j) or ctx.reader.is_auxiliary(j))


def _agent_phrase_at(ctx: Context, i: int) -> bool:
    """ "par Christian Jacob": who the act went through, not part of the content (but
    "l'exécution par les rebelles" keeps its agent: only a person's name is cut)."""
    if ctx.reader.word(i) not in ctx.lex.words.agent_prepositions:
        return False
    phrase = ctx.reader.phrase_at(i + 1, len(ctx.doc))
    if phrase is None:
        return False
    ent = ctx.reader.entity(phrase.head)
    return ent is not None and ent.label_ in ("PER", "PERSON")


def agent_after(ctx: Context, i: int, end: int) -> list[Phrase] | None:
    """The agent after a passive cue: "par X", or "de source X" for confirmation."""
    reader = ctx.reader
    j = skip_framing(ctx, i, end)
    k = j
    for _ in range(3):
        ent = reader.any_entity(k)
        if k < end and ent is not None and ent.label_ == "DATE":
            k = ent.end
        elif (
            k + 1 < end
            and reader.word(k) in ctx.lex.words.date_prepositions
            and (date := reader.date_at(k + 1)) is not None
        ):
            k = date.end  # "en 1964"
        else:
            break
    if k < end and reader.word(k) in ctx.lex.words.agent_prepositions:
        phrases, _ = reader.coordinated_at(k + 1, end)
        return phrases or None
    if k < end and reader.word(k) in ctx.lex.words.de_elided and k + 1 < end:
        phrase = reader.phrase_at(k + 1, end)
        if phrase is not None and ctx.lex.kinds_in(ctx.doc[phrase.start : phrase.head + 1].text):
            return [phrase]
    return None


def agent_after_attribute(ctx: Context, group: VerbGroup, end: int) -> list[Phrase] | None:
    """The agent of a passive or participle of judgement after what the subject is judged to
    be: "a été jugé alarmant par les médecins", "considéré comme une menace par l'ONU" (the
    attribute: adverbs and adjectives or participles, or "comme" and a noun phrase)."""
    reader = ctx.reader
    if not group.cue.attribute:
        return None
    k = skip_framing(ctx, group.last, end)
    if k < end and reader.word(k) in ctx.lex.words.as_said:
        phrase = reader.phrase_at(k + 1, end, complements=False)
        k = phrase.end if phrase is not None else k + 1  # (or an adjective: "comme dangereux")
        while k < end and (ctx.doc[k].pos_ == "ADJ" or reader.word(k) in ctx.lex.words.phrase_adverbs):
            k += 1  # "comme une organisation terroriste"
    else:
        start = k
        while k < end and (
            _attribute_at(ctx, k, end)
            or (ctx.doc[k].pos_ == "ADV" and reader.word(k) not in ctx.lex.words.agent_prepositions)
            or (k > start and reader.word(k) in ctx.lex.words.coordinators)
        ):
            k += 1  # "très préoccupant", "lent et coûteux"
        if k == start or not any(_attribute_at(ctx, j, end) for j in range(start, k)):
            return None
    if k >= end or reader.word(k) not in ctx.lex.words.agent_prepositions:
        return None
    phrases, _ = reader.coordinated_at(k + 1, end)
    return [p for p in phrases if can_speak(reader, p)] or None


def subject_clause(ctx: Context, first: int, floor: int) -> Range | None:
    start = clause_start(ctx, first - 1, floor) if first - 1 >= floor else floor
    return strip(ctx.reader, start, first)


def _indefinite_or_figure(ctx: Context, cue: VerbCue, i: int, indefinite: frozenset[str]) -> bool:
    """An indefinite object ("une amélioration"), or a figure for a cue of counts ("recense 40
    morts", "près de 300 maisons"; not "on observe deux fois plus de …")."""
    word = ctx.reader.word(i)
    if cue.figure_object and word in ctx.lex.words.universal_quantifiers:
        return False  # "recense tous les accidents": what a body counts, its task, no count given
    if word in indefinite:
        # "relevant des régions", "admet des étudiants": whom it belongs to or lets in, people
        # or institutions, not an observation ("relève des anomalies")
        # (a noun of the speakers' lexicon or a name, not the suffix rule: "des erreurs")
        # (nor things picked up: "a relevé plusieurs objets", "des empreintes")
        # (nor what is kept or abided by: "observent une grève", "une minute de silence")
        phrase = ctx.reader.phrase_at(i, len(ctx.doc), complements=False)
        return phrase is None or not (
            ctx.reader.word(phrase.head) in cue.kept_heads
            or ctx.lex.kinds_in(ctx.doc[phrase.head].text)
            or ctx.reader.entity(phrase.head) is not None
            or ctx.reader.word(phrase.head) in ctx.lex.words.physical_objects
        )
    return cue.figure_object and (word in ctx.lex.words.quantity_openers or ctx.doc[i].like_num)


def _figure_opens(ctx: Context, j: int, end: int) -> bool:
    """ "près de 300", "environ 40": an approximator that opens a figure, not a framing adverb."""
    if ctx.reader.word(j) not in ctx.lex.words.quantity_openers:
        return False
    k = j + 1
    if k < end and ctx.reader.word(k) in ctx.lex.words.de_elided:
        k += 1
    return k < end and ctx.doc[k].like_num
