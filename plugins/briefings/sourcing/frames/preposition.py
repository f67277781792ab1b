"""Selon/d'après: "Selon X, P", "P, d'après X", "Pour X, P", "un rapport selon lequel P"."""

from __future__ import annotations

from ..clauses import after_que, clause_from, clause_start, piece_start, present_participle, strip
from ..context import Context, Found, Range, SourceRef
from ..hedges import Hedge
from ..layout import CLOSING, FINAL_PUNCTUATION, OPENING, text_of, token_chars
from ..phrases import PERSON_LABELS, Phrase
from ..registry import document_frame
from ..speakers import can_speak, nearest_phrase_before, person_in


@document_frame("preposition")
def preposition(ctx: Context, found: list[Found]) -> list[Found]:
    """ "Selon X, P", "P, d'après X", "Pour X, P" (fronted, X a speaker), "un rapport selon
    lequel P"; "selon certaines informations" is also hearsay, a hedge."""
    reader = ctx.reader
    claims = []
    for i in range(len(ctx.doc)):
        first = reader.word(i)
        for prep in ctx.lex.prepositions:
            if first != prep.words[0]:  # most words start no preposition: skip the tuple
                continue
            n = len(prep.words)
            if tuple(reader.word(i + k) for k in range(n) if i + k < len(ctx.doc)) != prep.words:
                continue
            after = i + n
            if prep.linked:
                # "de l'avis de X", "aux yeux du ministre": the phrase starts at du/des
                link = reader.word(after) if after < len(ctx.doc) else ""
                if link in ctx.lex.words.de_elided:
                    after += 1
                elif link not in ctx.lex.words.fused_de:
                    continue
            claim = _preposition_claim(ctx, i, after, prep.fronted)
            if claim is not None:
                claims.append(claim)
                claims.extend(_cited_by(ctx, claim))
    return claims


def _journalist_after(ctx: Context, k: int, right: Range) -> bool:
    """What follows a postposed "selon X," at token k is not the claim, which is then the whole
    clause before: the complement of the name, where X serves, with no verb ("P, selon le
    commandant X, des pompiers du Var."); the journalist's comment ("P, selon X, soit deux fois
    plus que …", "…, mais pas toujours …"); a relative on X ("P, selon les hydrologues, qui
    annoncent …")."""
    reader, words = ctx.reader, ctx.lex.words
    word = reader.word(k)
    if word in words.de or word in words.fused_de or word in words.de_elided:
        return not any(reader.is_finite(j) or reader.is_auxiliary(j) for j in range(right[0], right[1]))
    return word in words.incise_sequels or word in words.relatives or _apposition_with_relative(ctx, right)


def _apposition_with_relative(ctx: Context, right: Range) -> bool:
    """ "P, selon X, un des médecins qui le suivent.": a noun phrase on X whose only verb is in
    its relative clause, an apposition (not "P, selon X, la hausse a été de 3 %")."""
    reader, words = ctx.reader, ctx.lex.words
    start, end = right
    if not (reader.is_determiner(start) or reader.word(start) in words.one_of):
        return False
    verb = next((j for j in range(start, end) if reader.is_finite(j) or reader.is_auxiliary(j)), None)
    if verb is None:
        return False
    relative = next((j for j in range(start + 1, verb) if reader.word(j) in words.relatives), None)
    if relative is None or any(ctx.doc[j].is_punct for j in range(start, relative)):
        return False
    # the relative's verb group is the only one ("la digue qui protégeait le village a été
    # emportée" has a verb of its own after it: the claim)
    k = verb + 1  # the relative's verb group: its participles, infinitives and adverbs; a second
    # finite verb is the clause's own ("les maisons qui brûlent sont nombreuses")
    while k < end and (
        (ctx.doc[k].pos_ in ("VERB", "AUX") and not reader.is_finite(k)) or ctx.doc[k].pos_ == "ADV"
    ):
        k += 1
    return not any(reader.is_finite(j) or reader.is_auxiliary(j) for j in range(k, end))


def _cited_by(ctx: Context, claim: Found) -> list[Found]:
    """ "Selon une source militaire citée par Reuters, P": the medium that cites the source
    makes the claim too (a claim by each)."""
    reader = ctx.reader
    stretch = next((scope for scope in claim.hedge_scopes if scope[0] == claim.position), None)
    if stretch is None:
        return []
    for k in range(stretch[0] + 1, min(stretch[1], len(ctx.doc) - 1)):
        if (
            reader.word(k) in ctx.lex.words.relative_subject
            and reader.word(k + 1) in ctx.lex.words.citing_finite
            and k + 2 < stretch[1]
        ):
            # "Selon le journal X, qui cite un porte-parole de la police, P"
            phrases, _ = reader.coordinated_at(k + 2, stretch[1])
            speakers = [p for p in phrases if can_speak(reader, p)]
            if speakers:
                refs = [SourceRef(phrase=p) for p in speakers]
                return [Found(claim.content, refs, [k + 1], "asserts", "preposition", k + 1, [])]
        agent = _agent_after_participle(ctx, k, stretch[1])
        if agent is not None:
            phrases, _ = reader.coordinated_at(agent, len(ctx.doc))
            speakers = [p for p in phrases if can_speak(reader, p)]
            if speakers:
                cited = Found(
                    claim.content,
                    [SourceRef(phrase=p) for p in speakers],
                    [k],
                    "asserts",
                    "preposition",
                    k,
                    [],
                )
                return [cited]
    return []


def _agent_after_participle(ctx: Context, k: int, end: int) -> int | None:
    """Where the agent starts after a participle of citing or publishing at k: "citée par X",
    "publié le 20 mai dans une revue par X" (dates, a medium between), or None."""
    reader = ctx.reader
    words = ctx.lex.words
    if reader.word(k) in words.citing_participles and reader.word(k + 1) in words.agent_prepositions:
        return k + 2
    if reader.word(k) not in words.publishing_participles:
        return None
    for j in range(k + 1, min(end, k + 12)):
        if reader.word(j) in words.agent_prepositions and j + 1 < end:
            return j + 1
        if ctx.doc[j].is_punct or reader.is_finite(j) or reader.word(j) in words.relatives:
            return None
    return None


def _preposition_claim(ctx: Context, i: int, after: int, fronted_only: bool) -> Found | None:
    reader = ctx.reader
    doc = ctx.doc
    scope_start, scope_end = ctx.layout.scope(i)
    if after >= scope_end:
        return None
    floor = clause_start(ctx, i - 1, scope_start) if i > scope_start else scope_start
    start_of_clause = clause_start(ctx, i - 1, floor) if i > floor else floor
    # (after connectives and adverbs: "Toujours selon X, P", "Mais selon X, P")
    fronted = start_of_clause >= i or all(
        reader.word(k) in ctx.lex.connectives or doc[k].text == "," or doc[k].pos_ == "ADV"
        for k in range(start_of_clause, i)
    )
    piece = piece_start(ctx, i, start_of_clause)
    if not fronted and piece < i and all(_linking_word(ctx, k) for k in range(piece, i)):
        fronted = True  # "…, et selon X, P": a new clause starts at the conjunction
    if fronted_only and not fronted and reader.word(after) not in ctx.lex.words.relative_subject:
        return None
    if reader.word(after) in ctx.lex.words.complementizer:
        return None
    if not fronted and _after_what_varies(ctx, i, start_of_clause):
        return None  # "les prix varient selon les régions": depending on, not according to
    # "un rapport selon lequel P"
    if reader.word(after) in ctx.lex.words.relatives:
        antecedent = nearest_phrase_before(reader, i, floor)
        if antecedent is None or not can_speak(reader, antecedent):
            # "X, pour qui P": only a speaker; "l'idée selon laquelle P" names what is
            # said, not who says it (no claim): only a speaker or a document
            return None
        content = clause_from(ctx, after + 1, scope_end)
        if content is None:
            return None
        content = _before_resumed_clause(ctx, content)
        return Found(
            content,
            [SourceRef(phrase=antecedent)],
            list(range(i, after)),
            "asserts",
            "preposition",
            i,
            [(i, after)],
        )
    free: int | None = None
    if (
        reader.word(after) in ctx.lex.pronouns
        or reader.word(after) in ctx.lex.words.stressed_pronouns
        or reader.word(after) in ctx.lex.first_person
    ):
        if reader.word(after) in ctx.lex.first_person:
            return None
        sources: list[SourceRef] = [SourceRef(pronoun=after)]
        stop = after + 1
    else:
        # "d'après ce qu'ont pu rapporter des témoins": the subject of the free relative
        free = _free_relative_subject(ctx, after, scope_end)
        phrases, stop = reader.coordinated_at(free or after, scope_end)
        if not phrases:
            return None
        if len(phrases) == 1 and fronted:
            phrases = [reader.with_noun_modifier(phrases[0], scope_end)]  # "Selon le centre antipoison, P"
            stop = max(stop, phrases[0].end)
        if fronted_only and not all(can_speak(ctx.reader, p) for p in phrases):
            return None
        if not any(
            can_speak(reader, p)
            or _names_entity(ctx, p)
            or reader.word(p.head) in ctx.lex.words.records
            # (set off: "vendu selon un calendrier publié par la mairie" is in accordance with it)
            or (
                (fronted or doc[i - 1].text == ",")
                and any(_published_by_speaker(ctx, k, scope_end) for k in range(p.head + 1, p.end + 1))
            )
            for p in phrases
        ):
            return None  # "selon les cas", "selon la saison": depending on, not according to
        # "Selon le président du conseil du CERN, Michel Spiro, P": the name is an apposition
        if stop < scope_end and doc[stop].text == "," and len(phrases) == 1:
            apposition = reader.phrase_at(stop + 1, scope_end)
            if (
                apposition is not None
                and (
                    apposition.end < scope_end
                    and doc[apposition.end].text == ","
                    # "P, d'après le président de la commission, Jean Morel.": the name ends it
                    or _is_person(ctx, apposition)
                    and _ends_sentence(ctx, apposition.end, scope_end)
                )
                and (
                    _is_person(ctx, apposition)
                    # "Selon Jean Morel, porte-parole de la police, P": a role after the name
                    or (person_in(reader, phrases[0]) is not None and _role(ctx, apposition))
                )
            ):
                phrases = [phrases[0].with_appositions([(apposition.start, apposition.end)])]
                stop = apposition.end
            elif fronted and (role_end := _role_after_name(ctx, phrases[0], stop, scope_end)) is not None:
                # "Selon les prévisions du syndicat X, premier syndicat du primaire, P"
                phrases = [phrases[0].with_appositions([(stop + 1, role_end)])]
                stop = role_end
        if phrases[-1].parenthetical:
            stop = max(stop, phrases[-1].parenthetical[1] + 1)
        stop = _cited_by_end(ctx, stop, scope_end)
        stop = _citing_relative_end(ctx, stop, scope_end)
        stop = _phrase_modifiers_end(ctx, stop, scope_end)
        sources = [SourceRef(phrase=p) for p in phrases]
        quoted = _apposition_then_quote(ctx, stop, scope_end)
        if quoted is not None:
            # "Pour X, son secrétaire général : « Q »": the apposition names X, Q is the claim
            named, quotation = quoted
            if len(phrases) == 1:
                sources = [SourceRef(phrase=phrases[0].with_appositions([named]))]
            return Found(quotation, sources, list(range(i, after)), "asserts", "preposition", i, [(i, stop)])
    cue = list(range(i, after))
    postposed = (
        not fronted and i > floor and (doc[i - 1].text != "," or stop >= scope_end or doc[stop].text != ",")
    )
    adverbs = i - 1
    while adverbs > start_of_clause and doc[adverbs].pos_ == "ADV" and reader.entity(adverbs) is None:
        adverbs -= 1  # "P, toujours selon X.", "P, là encore selon X."
    if postposed and adverbs < i - 1 and doc[adverbs].text == ",":
        content = strip(reader, start_of_clause, adverbs)
        scopes = [(adverbs + 1, stop)]
    elif postposed and (doc[i - 1].text == "," or _closes_quote(ctx, i - 1)):
        # "P, selon X." and "« P » selon X." (or '"P" selon X.'): the clause before
        content = strip(reader, start_of_clause, i)
        scopes = [(i, stop)]
    elif postposed and not doc[i - 1].is_punct:
        # "… et 10 000 selon les organisateurs": what comes right before, back to a comma
        content = strip(reader, piece_start(ctx, i, start_of_clause), i)
        scopes = [(i, stop)]
    elif stop < scope_end and doc[stop].text == ",":
        if fronted:
            content = _quote_before_incise(ctx, clause_from(ctx, stop + 1, scope_end, clause=True))
            scopes = [(i, stop)]
        else:
            # an incise in the middle: the longer side carries the claim ("ce qui a pu
            # permettre, d'après X, à des députés de …"; "Environ 3 000 manifestants, selon
            # la police, et 10 000 selon les organisateurs")
            left = strip(reader, piece_start(ctx, i - 1, start_of_clause), i)
            right = clause_from(ctx, stop + 1, _next_preposition(ctx, stop + 1, scope_end))
            if right is not None and present_participle(ctx, right[0]):
                right = None  # "P, selon X, confirmant une information de Y": P is the content
            elif right is not None and _journalist_after(ctx, stop + 1, right):
                right = None
                left = strip(reader, start_of_clause, i)
            sizes = [(part[1] - part[0]) if part else 0 for part in (left, right)]
            content = right if sizes[1] >= sizes[0] else left
            scopes = [(start_of_clause, i), (i, stop)]
    elif (
        fronted and sources[0].phrase is not None and _clause_follows(ctx, sources[0].phrase, stop, scope_end)
    ):
        # "Selon le maire une dizaine de maisons ont été inondées": no comma after the source
        content = clause_from(ctx, stop, scope_end, clause=True)
        scopes = [(i, stop)]
    elif fronted and sources[0].pronoun is not None and _subject_then_verb(ctx, stop, scope_end):
        # "Pour lui tous les témoins mentent": no comma after the pronoun either
        content = clause_from(ctx, stop, scope_end, clause=True)
        scopes = [(i, stop)]
    else:
        return None
    if content is None:
        return None
    if fronted_only and _situation_at(ctx, content[0]):
        return None  # "Pour les secouristes, pas le temps de souffler": their situation, no opinion
    if free is not None:
        # (its verb is no hedge: "ont pu rapporter" says what they reported)
        scopes = [(free, end) if start == i else (start, end) for start, end in scopes]
    found = Found(content, sources, cue, "asserts", "preposition", i, scopes)
    # "Selon certaines informations": hearsay, the whole attribution is the hedge
    if len(sources) == 1 and sources[0].phrase is not None:
        phrase = sources[0].phrase
        head = reader.word(phrase.head)
        if head in ctx.lex.hearsay_sources and not reader.entity(phrase.head) and _vague(ctx, phrase):
            first, last = token_chars(doc, i, phrase.end)
            found.extra_hedges.append(Hedge(first, last, text_of(doc)[first:last], "hearsay"))
    return found


def _published_by_speaker(ctx: Context, k: int, end: int) -> bool:
    """A participle of publishing right after the phrase, with an agent that can speak: "selon
    une estimation publiée vendredi par le ministère" (what a body published is a document)."""
    reader = ctx.reader
    if k >= end or reader.word(k) not in ctx.lex.words.publishing_participles:
        return False
    agent = _agent_after_participle(ctx, k, end)
    if agent is None:
        return False
    phrases, _ = reader.coordinated_at(agent, end)
    return any(can_speak(reader, p) for p in phrases)


def _free_relative_subject(ctx: Context, after: int, end: int) -> int | None:
    """Where the inverted subject of a free relative starts: "selon ce qu'a indiqué la
    préfecture", "d'après ce qu'ont pu rapporter habitants et pompiers" (ce, que, the verb
    group, then the subject), or None."""
    reader, words = ctx.reader, ctx.lex.words
    if reader.word(after) not in words.points_back:
        return None
    j = after_que(ctx, after + 1)
    if j is None:
        return None
    verb = j
    while (
        j < end
        and j - verb < 5
        and (
            reader.is_finite(j)
            or reader.is_auxiliary(j)
            or ctx.doc[j].pos_ in ("VERB", "AUX")
            or reader.word(j) in words.possibility_participle
        )
    ):
        j += 1
    if j == verb or j >= end or ctx.doc[j].is_punct:
        return None  # "selon ce que …" with no verb, or no subject after it ("ce qu'il a dit")
    return j


def _situation_at(ctx: Context, k: int) -> bool:
    """Whether the words at token k open a situation ("pas le temps de …", "direction …")."""
    words = [ctx.reader.word(j) for j in range(k, min(k + 4, len(ctx.doc)))]
    return any(" ".join(words[:n]) in ctx.lex.words.situation_openers for n in range(1, len(words) + 1))


def _after_what_varies(ctx: Context, i: int, floor: int) -> bool:
    """A word of variation right before the preposition, perhaps then adverbs or adjectives, with
    no comma: "varient fortement selon les régions", "des écarts importants selon les foyers"."""
    k = i - 1
    while k > floor and i - k <= 3 and (ctx.doc[k].pos_ == "ADV" or ctx.reader.is_adjective(k)):
        if ctx.doc[k].lemma_.lower() in ctx.lex.words.varies:
            return True
        k -= 1
    return k >= floor and ctx.doc[k].lemma_.lower() in ctx.lex.words.varies


def _ends_sentence(ctx: Context, k: int, scope_end: int) -> bool:
    """Nothing but final punctuation between token k and the end of the scope."""
    return all(ctx.doc[j].text in FINAL_PUNCTUATION for j in range(k, scope_end))


def _quote_before_incise(ctx: Context, content: Range | None) -> Range | None:
    """ "Selon X, « Q », a précisé X": the quotation, not the incise after it (a claim of its own)."""
    if content is None:
        return None
    quote = ctx.layout.quote_opening_at(content[0])
    if quote is None or quote.closing is None or not quote.closing + 2 < content[1]:
        return content
    comma = quote.closing + 1
    if ctx.doc[comma].text != "," or not any(comma < group.first <= comma + 3 for group in ctx.groups):
        return content
    return strip(ctx.reader, quote.start, quote.end) or content


def _closes_quote(ctx: Context, k: int) -> bool:
    """Whether token k is the closing mark of a quotation (a straight mark closes one too)."""
    return ctx.doc[k].text in CLOSING or any(quote.closing == k for quote in ctx.layout.quotes)


def _linking_word(ctx: Context, k: int) -> bool:
    return ctx.doc[k].pos_ == "CCONJ" or ctx.reader.word(k) in ctx.lex.connectives or ctx.doc[k].text == ","


def _clause_follows(ctx: Context, source: Phrase, stop: int, end: int) -> bool:
    """The source phrase ends where a clause starts, with no comma: the verb the source depends
    on comes after it, and it is finite or has its auxiliary."""
    if stop >= end or ctx.doc[stop].is_punct or ctx.reader.word(stop) in ctx.lex.words.complementizer:
        return False
    reader = ctx.reader
    verb = ctx.doc[source.head].head.i
    if not stop < verb < end:
        # the parse hung the source elsewhere: words that may start a subject, then its verb
        return _subject_then_verb(ctx, stop, end)
    return reader.is_finite(verb) or any(
        reader.is_auxiliary(child.i) for child in ctx.doc[verb].children if stop <= child.i < verb
    )


def _subject_then_verb(ctx: Context, stop: int, end: int) -> bool:
    """Words that may start a subject at `stop` ("la réforme", "tous les témoins"), then its
    finite verb, with no verb or punctuation between."""
    reader = ctx.reader
    if stop >= end or ctx.doc[stop].is_punct or reader.word(stop) in ctx.lex.words.complementizer:
        return False
    verb = next((j for j in range(stop, end) if reader.is_finite(j) or reader.is_auxiliary(j)), end)
    # ("tous les témoins": a predeterminer, tagged as an adjective, before the determiner)
    opens = ctx.doc[stop].pos_ in ("DET", "PRON", "PROPN", "NUM") or (
        ctx.doc[stop].pos_ == "ADJ" and stop + 1 < end and reader.is_determiner(stop + 1)
    )
    return (
        stop < verb < end
        and opens
        and not any(ctx.doc[j].pos_ in ("VERB", "AUX") or reader.is_punct(j) for j in range(stop, verb))
    )


def _vague(ctx: Context, phrase: Phrase) -> bool:
    """ "certaines informations", "des sources", "source": no one in particular."""
    first = ctx.reader.word(phrase.start)
    return phrase.start == phrase.head or first in ctx.lex.hearsay_determiners


def _before_resumed_clause(ctx: Context, content: Range) -> Range:
    """ "La ministre, pour qui la réforme est indispensable, a reçu …": the relative ends at the
    comma after which the main clause goes on with its verb."""
    reader = ctx.reader
    start, end = content
    for k in range(start + 1, end - 1):
        if ctx.doc[k].text != ",":
            continue
        j = k + 1
        while j < end and (reader.word(j) in ctx.lex.words.clitics | ctx.lex.words.negation):
            j += 1
        if j < end and (reader.is_finite(j) or reader.is_auxiliary(j)):
            return strip(reader, start, k) or content
    return content


def _apposition_then_quote(ctx: Context, stop: int, end: int) -> tuple[Range, Range] | None:
    """After the source: ", apposition : « Q »", the apposition's span and Q."""
    doc = ctx.doc
    if stop >= end or doc[stop].text != ",":
        return None
    apposition = ctx.reader.phrase_at(stop + 1, end)
    if apposition is None or apposition.end + 1 >= end or doc[apposition.end].text != ":":
        return None
    quote = ctx.layout.quote_opening_at(apposition.end + 1)
    if quote is None or quote.closing is None:
        return None
    content = strip(ctx.reader, quote.start, quote.end)
    return None if content is None else ((apposition.start, apposition.end), content)


def _is_person(ctx: Context, phrase: Phrase) -> bool:
    person = ctx.reader.entity(phrase.head)
    return person is not None and person.label_ in PERSON_LABELS


def _role(ctx: Context, phrase: Phrase) -> bool:
    """A phrase headed by a noun of the lexicon's speakers, with no verb in it."""
    head = ctx.doc[phrase.head]
    return (
        head.pos_ == "NOUN"
        and bool(ctx.lex.kinds_in(head.text))
        and not any(ctx.reader.is_finite(k) for k in range(phrase.start, phrase.end))
    )


def _role_after_name(ctx: Context, phrase: Phrase, stop: int, end: int) -> int | None:
    """The end (a comma) of a role set off by commas right after a source that ends with a
    name: a speaker noun with no determiner before it and no verb in it ("X, premier syndicat du
    primaire,"), not a clause."""
    reader = ctx.reader
    last = reader.entity(phrase.end - 1)
    if last is None or last.label_ in ("DATE", "QUANTITY"):
        return None
    k = stop + 1
    while k < end and k - stop <= 10 and ctx.doc[k].text != ",":
        if reader.is_finite(k) or reader.is_auxiliary(k) or ctx.doc[k].is_punct:
            return None
        k += 1
    if k >= end or ctx.doc[k].text != "," or k == stop + 1 or reader.is_determiner(stop + 1):
        return None
    nouns = [j for j in range(stop + 1, k) if ctx.doc[j].pos_ == "NOUN"]
    if not nouns or not ctx.lex.kinds_in(ctx.doc[nouns[0]].text) or reader.entity(stop + 1) is not None:
        return None
    return k


def _names_entity(ctx: Context, phrase: Phrase) -> bool:
    """A name or a document in the phrase ("selon un bilan provisoire de la préfecture",
    "d'après les premiers éléments de l'enquête")."""
    reader = ctx.reader
    words = ctx.doc[phrase.start : phrase.end].text
    return any(kind == "document" for _, kind in ctx.lex.kinds_in(words)) or any(
        reader.entity(k) is not None for k in range(phrase.start, phrase.end)
    )


def _next_preposition(ctx: Context, i: int, end: int) -> int:
    """Where the comma piece of the next "selon"/"d'après" starts, or `end`."""
    for j in range(i, end):
        if any(
            tuple(ctx.reader.word(j + k) for k in range(len(prep.words)) if j + k < end) == prep.words
            for prep in ctx.lex.prepositions
            if not prep.fronted
        ):
            return max(i, piece_start(ctx, j, i) - 1)
    return end


def _cited_by_end(ctx: Context, stop: int, end: int) -> int:
    """ "D'après le parquet, cité par l'AFP, P": a participle and its agent between commas go
    with the source, not with the claim."""
    reader = ctx.reader
    doc = ctx.doc
    if not (
        stop + 2 < end
        and doc[stop].text == ","
        # (the tagger may take the participle for a noun: "cité")
        and (reader.is_adjective(stop + 1) or reader.word(stop + 1).endswith(ctx.lex.endings.past_participle))
        and reader.word(stop + 2) in ctx.lex.words.agent_prepositions
    ):
        return stop
    for k in range(stop + 3, min(end, stop + 15)):
        if doc[k].text in (",", "."):
            return k  # (a period: "P, selon le parquet, cité par l'AFP.")
        if reader.is_finite(k) or doc[k].text in (";", ":"):
            break
    else:
        if end <= stop + 15:
            return end
    return stop


def _citing_relative_end(ctx: Context, stop: int, end: int) -> int:
    """ "Selon le journal X, qui cite un porte-parole de la police, P": the relative of citing
    and its source, between commas, go with the source, not with the claim."""
    reader = ctx.reader
    if not (
        stop + 3 < end
        and ctx.doc[stop].text == ","
        and reader.word(stop + 1) in ctx.lex.words.relative_subject
        and reader.word(stop + 2) in ctx.lex.words.citing_finite
    ):
        return stop
    phrases, k = reader.coordinated_at(stop + 3, end)
    return k if phrases and k < end and ctx.doc[k].text == "," else stop


def _phrase_modifiers_end(ctx: Context, stop: int, end: int) -> int:
    """ "selon un rapport établi par l'INSEE sur « … », P": the source phrase goes on with
    participles, adverbs, dates and complements up to the comma, as long as no finite verb
    comes."""
    doc = ctx.doc
    if (
        stop >= end
        or doc[stop].text == ","
        or not (
            ctx.reader.is_adjective(stop)
            or doc[stop].pos_ in ("VERB", "AUX", "ADP", "ADV")  # "des informations non confirmées"
            or doc[stop].text in OPENING
            or ctx.reader.date_at(stop) is not None  # "l'enquête publiée mercredi par le journal"
            # "un article publié | le 3 mai … par X": the participle ends the phrase
            or (stop > 0 and ctx.reader.word(stop - 1) in ctx.lex.words.publishing_participles)
        )
    ):
        return stop
    j = stop
    depth = 0
    while j < end and j - stop < 25:
        text = doc[j].text
        if text in OPENING:
            depth += 1
        elif text in CLOSING:
            depth = max(0, depth - 1)
        elif not depth and text == ",":
            return j
        elif not depth and text in FINAL_PUNCTUATION and j > stop and _published_by(ctx, stop, j):
            return j  # "P selon un article publié mardi par des chercheurs."
        elif not depth and (ctx.reader.is_finite(j) or text in (";", ":", ".")):
            return stop
        j += 1
    return stop


def _published_by(ctx: Context, start: int, end: int) -> bool:
    """A participle of publishing with its agent in start..end."""
    # (the participle may end the source phrase: "un article publié | le 3 mai … par X")
    return any(_agent_after_participle(ctx, k, end) is not None for k in range(max(0, start - 1), end))
