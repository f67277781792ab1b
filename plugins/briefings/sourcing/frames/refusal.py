"""No comment: "X n'a pas souhaité commenter", "X s'est refusé à tout commentaire"."""

# A refusal to comment is the source's answer to what the article reports: a claim with the
# stance not_confirmed. Its content is what the source would not comment on when the sentence
# says it ("commenter ces informations"), else the sentence before, which reported it.

from __future__ import annotations

from ..clauses import clause_from, strip
from ..context import Context, Found, SourceRef
from ..registry import document_frame
from ..speakers import can_speak, subject_before
from .subject import qui_antecedent

#: How far before the word of comment the refusal may be ("n'a pas souhaité faire de commentaire").
_REACH = 6


@document_frame("no_comment")
def no_comment(ctx: Context, found: list[Found]) -> list[Found]:
    """Refusals to comment, with stance not_confirmed."""
    reader = ctx.reader
    words = ctx.lex.words
    claims = []
    for i, token in enumerate(ctx.doc):
        lemma = (token.lemma_ or "").lower()
        if reader.word(i) not in words.comment_words and lemma not in words.comment_words:
            continue
        unit_start, unit_end = ctx.layout.unit_of(i)
        if token.pos_ in ("VERB", "AUX") and not _reflexive_or_infinitive(ctx, i):
            # "commenter", "s'exprimer": the infinitive after the refusal; or the verb itself,
            # negated and with nothing after it ("Le ministère n'a pas commenté.")
            trigger = i if _negated_alone(ctx, i, unit_start, unit_end) else None
        else:
            trigger = _refusal_before(ctx, i, unit_start)
        if trigger is None:
            continue
        first = _group_start(ctx, trigger, unit_start)
        phrases, pronoun = subject_before(reader, first, unit_start)
        if pronoun is not None and reader.word(pronoun) in words.relative_subject:
            sources = qui_antecedent(ctx, pronoun, unit_start)  # "les experts qui ne pouvaient confirmer"
            if not sources:
                continue
        elif pronoun is not None:
            sources = [SourceRef(pronoun=pronoun)]
        elif phrases and all(can_speak(reader, p) for p in phrases):
            sources = [SourceRef(phrase=p) for p in phrases]
        else:
            continue
        content = _matter(ctx, i, unit_start, unit_end)
        if content is None:
            continue
        cue = list(range(first, i + 1))
        claims.append(Found(content, sources, cue, "not_confirmed", "no_comment", first))
    return claims


def _reflexive_or_infinitive(ctx: Context, i: int) -> bool:
    """ "s'exprimer", "répondre", "confirmer" only as the infinitive of a refusal."""
    return "Inf" in ctx.doc[i].morph.get("VerbForm", []) or ctx.reader.word(i - 1) in ctx.lex.words.reflexive


def _refusal_before(ctx: Context, i: int, floor: int) -> int | None:
    """The verb of refusal, or the negated verb of wish, shortly before token i."""
    reader = ctx.reader
    words = ctx.lex.words
    for j in range(i - 1, max(floor, i - _REACH) - 1, -1):
        lemma = (ctx.doc[j].lemma_ or reader.word(j)).lower()
        if ctx.doc[j].text in (",", ";", ":", ".") or reader.word(j) in words.complementizer:
            return None
        if lemma in words.refusal_verbs or reader.word(j) in words.refusal_verbs:
            return j
        if lemma in words.wish_verbs and any(
            reader.word(k) in words.negation for k in range(max(floor, j - 4), j)
        ):
            return j
    return None


def _negated_alone(ctx: Context, i: int, floor: int, end: int) -> bool:
    """A verb of comment negated, its clause ending right after it: "n'a pas commenté.", "ne
    commente pas,"."""
    reader = ctx.reader
    words = ctx.lex.words
    j = i + 1
    while j < end and reader.word(j) in words.negation_words:
        j += 1
    lemma = (ctx.doc[i].lemma_ or "").lower()
    object_follows = lemma in words.comment_object_verbs and reader.is_determiner(j)
    if j < end and ctx.doc[j].text not in (".", ",", ";", "!") and not object_follows:
        return False  # (but "n'a pas commenté la situation": what was not commented on follows)
    return any(reader.word(k) in words.negation for k in range(max(floor, i - 4), i))


def _group_start(ctx: Context, j: int, floor: int) -> int:
    """Back over the auxiliary, the negation and the clitics of the verb at j."""
    reader = ctx.reader
    words = ctx.lex.words
    k = j
    while k - 1 >= floor and (
        reader.word(k - 1) in words.negation
        or reader.word(k - 1) in words.negation_words
        or reader.word(k - 1) in words.clitics
        or reader.is_auxiliary(k - 1)
    ):
        k -= 1
    return k


def _matter(ctx: Context, i: int, unit_start: int, unit_end: int) -> tuple[int, int] | None:
    """What the source would not comment on: the object after the word of comment, else the
    sentence before."""
    reader = ctx.reader
    j = i + 1
    if j < unit_end and reader.word(j) in ctx.lex.dropped_prepositions:
        j += 1
    if j < unit_end and (reader.is_determiner(j) or reader.is_nominal(j)):
        content = clause_from(ctx, j, unit_end)
        if content is not None and content[1] - content[0] >= 2:
            for k in range(content[0] + 1, content[1] - 1):
                if ctx.doc[k].text == "," and (reader.is_finite(k + 1) or reader.is_auxiliary(k + 1)):
                    # "X, qui n'a pas souhaité commenter la décision, a quitté …": the main verb
                    return strip(reader, content[0], k) or content
            return content
    index = ctx.layout.unit_index(i)
    if index == 0:
        return None
    start, end = ctx.layout.units[index - 1]
    if ctx.layout.paragraph_index(start) < ctx.layout.paragraph_index(unit_start) - 1:
        return None
    return strip(reader, start, end)
