"""Claims attributed without a reporting verb of their own.

- "Selon X, P", "P, d'après X", "Pour X, P" (fronted, X a speaker), "un rapport selon lequel P";
- a noun of speech: "la suggestion de X de P";
- a quotation after a colon: "le graphiste s'est basé sur le raisonnement suivant : « P »" (the
  subject of the clause), "Selon X, P : « Q »" (the source of the claim before it);
- a sentence that is only a quotation, right after its speaker was introduced.
"""

from __future__ import annotations

from .clauses import ClauseRules, Found, SourceRef, strip
from .hedges import Hedge
from .layout import CLOSING, FINAL_PUNCTUATION, OPENING, text_of
from .lexicon import norm
from .phrases import PERSON_LABELS, RELATIVES, token_chars


class AttributionFrames(ClauseRules):
    """Prepositions, nouns of speech, colons and quotations standing alone."""

    def _preposition_claims(self) -> list[Found]:
        reader = self.reader
        found = []
        for i in range(len(self.doc)):
            first = reader.word(i)
            for prep in self.lex.prepositions:
                if first != prep.words[0]:  # most words start no preposition: skip the tuple
                    continue
                n = len(prep.words)
                if tuple(reader.word(i + k) for k in range(n) if i + k < len(self.doc)) != prep.words:
                    continue
                claim = self._preposition_claim(i, i + n, prep.fronted)
                if claim is not None:
                    found.append(claim)
        return found

    def _preposition_claim(self, i: int, after: int, fronted_only: bool) -> Found | None:
        reader = self.reader
        doc = self.doc
        scope_start, scope_end = self.layout.scope(i)
        if after >= scope_end:
            return None
        floor = self._clause_start(i - 1, scope_start) if i > scope_start else scope_start
        clause_start = self._clause_start(i - 1, floor) if i > floor else floor
        fronted = clause_start >= i or all(
            reader.word(k) in self.lex.connectives or doc[k].text == "," for k in range(clause_start, i)
        )
        if fronted_only and not fronted:
            return None
        if reader.word(after) in ("que", "qu'"):
            return None
        # "un rapport selon lequel P"
        if reader.word(after) in RELATIVES:
            antecedent = reader.nearest_phrase_before(i, floor)
            if antecedent is None:
                return None
            content = self._clause(after + 1, scope_end)
            if content is None:
                return None
            return Found(
                content,
                [SourceRef(phrase=antecedent)],
                list(range(i, after)),
                "asserts",
                "preposition",
                i,
                [(i, after)],
            )
        if (
            reader.word(after) in self.lex.pronouns
            or reader.word(after) in ("eux",)
            or reader.word(after) in self.lex.first_person
        ):
            if reader.word(after) in self.lex.first_person:
                return None
            sources: list[SourceRef] = [SourceRef(pronoun=after)]
            stop = after + 1
        else:
            phrases, stop = reader.coordinated_at(after, scope_end)
            if not phrases:
                return None
            if fronted_only and not all(self._can_speak(p) for p in phrases):
                return None
            # "Selon le président du conseil du CERN, Michel Spiro, P": the name is an apposition
            if stop < scope_end and doc[stop].text == "," and len(phrases) == 1:
                apposition = reader.phrase_at(stop + 1, scope_end)
                if (
                    apposition is not None
                    and apposition.end < scope_end
                    and doc[apposition.end].text == ","
                    and (person := reader.entity(apposition.head)) is not None
                    and person.label_ in PERSON_LABELS
                ):
                    phrases = [phrases[0].with_appositions([(apposition.start, apposition.end)])]
                    stop = apposition.end
            if phrases[-1].parenthetical:
                stop = max(stop, phrases[-1].parenthetical[1] + 1)
            stop = self._phrase_modifiers_end(stop, scope_end)
            sources = [SourceRef(phrase=p) for p in phrases]
        cue = list(range(i, after))
        postposed = (
            not fronted
            and i > floor
            and (doc[i - 1].text != "," or stop >= scope_end or doc[stop].text != ",")
        )
        if postposed and (doc[i - 1].text == "," or doc[i - 1].text in CLOSING):
            # "P, selon X." and "« P » selon X.": the clause before
            content = strip(reader, clause_start, i)
            scopes = [(i, stop)]
        elif postposed and not doc[i - 1].is_punct:
            # "… et 10 000 selon les organisateurs": what comes right before, back to a comma
            content = strip(reader, self._piece_start(i, clause_start), i)
            scopes = [(i, stop)]
        elif stop < scope_end and doc[stop].text == ",":
            if fronted:
                content = self._clause(stop + 1, scope_end)
                scopes = [(i, stop)]
            else:
                # an incise in the middle: the longer side carries the claim ("ce qui a pu
                # permettre, d'après X, à des députés de …"; "Environ 3 000 manifestants, selon
                # la police, et 10 000 selon les organisateurs")
                left = strip(reader, self._piece_start(i - 1, clause_start), i)
                right = self._clause(stop + 1, self._next_preposition(stop + 1, scope_end))
                sizes = [(part[1] - part[0]) if part else 0 for part in (left, right)]
                content = right if sizes[1] >= sizes[0] else left
                scopes = [(clause_start, i), (i, stop)]
        else:
            return None
        if content is None:
            return None
        found = Found(content, sources, cue, "asserts", "preposition", i, scopes)
        # "Selon certaines informations": hearsay, the whole attribution is the hedge
        if len(sources) == 1 and sources[0].phrase is not None:
            phrase = sources[0].phrase
            head = reader.word(phrase.head)
            if head in self.lex.hearsay_sources and not reader.entity(phrase.head):
                first, last = token_chars(doc, i, phrase.end)
                found.extra_hedges.append(Hedge(first, last, text_of(doc)[first:last], "hearsay"))
        return found

    def _next_preposition(self, i: int, end: int) -> int:
        """Where the comma piece of the next "selon"/"d'après" starts, or `end`."""
        for j in range(i, end):
            if any(
                tuple(self.reader.word(j + k) for k in range(len(prep.words)) if j + k < end) == prep.words
                for prep in self.lex.prepositions
                if not prep.fronted
            ):
                return max(i, self._piece_start(j, i) - 1)
        return end

    def _phrase_modifiers_end(self, stop: int, end: int) -> int:
        """ "selon un rapport établi par l'INSEE sur « … », P": the source phrase goes on with
        participles and complements up to the comma, as long as no finite verb comes."""
        doc = self.doc
        if (
            stop >= end
            or doc[stop].text == ","
            or not (
                self.reader.is_adjective(stop)
                or doc[stop].pos_ in ("VERB", "AUX", "ADP")
                or doc[stop].text in OPENING
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
            elif not depth and (self.reader.is_finite(j) or text in (";", ":", ".")):
                return stop
            j += 1
        return stop

    def _noun_claims(self) -> list[Found]:
        """ "la suggestion de X de P", "l'annonce par X que P"."""
        reader = self.reader
        found = []
        for i, token in enumerate(self.doc):
            if token.pos_ not in ("NOUN", "") or norm(token.lemma_ or token.text) not in self.lex.nouns:
                continue
            noun = self.lex.nouns[norm(token.lemma_ or token.text)]
            _, scope_end = self.layout.scope(i)
            j = i + 1
            if j >= scope_end or reader.word(j) not in ("de", "d'", "par", "du", "des"):
                continue
            start = j if reader.word(j) in ("du", "des") else j + 1
            phrase = reader.phrase_at(start, scope_end)
            if (
                phrase is None
                or not self._can_speak(phrase)
                or reader.entity(phrase.head) is None
                and reader.doc[phrase.head].pos_ != "NOUN"
            ):
                continue
            k = phrase.end
            if (
                (
                    k < scope_end
                    and reader.word(k) in ("de", "d'")
                    and k + 1 < scope_end
                    and self.doc[k + 1].pos_ in ("VERB", "AUX", "PRON", "ADV")
                )
                or k < scope_end
                and reader.word(k) in ("que", "qu'")
            ):
                content = self._clause(k + 1, scope_end)
            else:
                continue
            if content is not None:
                found.append(
                    Found(content, [SourceRef(phrase=phrase)], [i], noun.stance, "noun", i, [(i, i + 1)])
                )
        return found

    def _colon_claims(self, found: list[Found]) -> list[Found]:
        """A quotation after a colon, with no reporting verb of its own: the speaker is the
        source of a claim just before it in the sentence, or the subject of the clause."""
        reader = self.reader
        used = {f.colon for f in found if f.colon is not None}
        claims = []
        for quote in self.layout.quotes:
            if quote.opening is None:
                continue
            colon = quote.opening - 1
            if colon < 0 or self.doc[colon].text != ":" or colon in used or self.layout.in_quote(colon):
                continue
            if any(
                f.content[0] <= quote.start
                and quote.end <= f.content[1]
                and f.content != (quote.start, quote.end)
                for f in found
                if f.frame != "preposition"
            ):
                continue
            unit_start, _ = self.layout.unit_of(colon)
            earlier = [f for f in found if unit_start <= f.position < colon]
            content = strip(reader, quote.start, quote.end)
            if content is None:
                continue
            if earlier:
                sources = earlier[-1].sources
            else:
                verb = self._main_verb(unit_start, colon)
                if verb is None:
                    continue
                phrases, pronoun = reader.subject_before(verb, self._floor(verb, unit_start))
                if pronoun is not None:
                    word = reader.word(pronoun)
                    sources = (
                        [self._pronoun_ref(pronoun)]
                        if word not in self.lex.first_person and word != "qui"
                        else []
                    )
                else:
                    sources = [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
            if sources:
                claims.append(
                    Found(content, list(sources), [colon], "asserts", "colon", colon, [(colon, colon + 1)])
                )
        return claims

    def _standalone_quotes(self, found: list[Found]) -> list[Found]:
        """A sentence that is only a quotation, right after a sentence that introduced its
        speaker (the two quotations of Christian Jacob after "Il a souhaité faire un rappel")."""
        claimed_units = {self.layout.unit_index(f.position) for f in found}
        claims = []
        for index, (start, end) in enumerate(self.layout.units):
            quote = self._quote_opening_at(start)
            if quote is None or quote.closing is None or index in claimed_units or index == 0:
                continue
            rest = [self.doc[k].text for k in range(quote.closing + 1, end)]
            if any(text not in FINAL_PUNCTUATION for text in rest):
                continue
            if self.layout.paragraph_index(start) != self.layout.paragraph_index(
                self.layout.units[index - 1][0]
            ):
                continue
            content = strip(self.reader, quote.start, quote.end)
            if content is None:
                continue
            claims.append(
                Found(
                    content, [SourceRef(previous_speaker=True)], [], "asserts", "standalone", quote.start, []
                )
            )
        return claims
