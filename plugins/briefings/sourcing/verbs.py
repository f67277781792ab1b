"""Claims reported by a verb: its subject before or after it, a participle, the passive.

- "X a affirmé que P", "X a condamné P", "X a déclaré : « P »", "X a dénoncé « P »";
- "P, a annoncé jeudi X", "« P », a-t-il ajouté" (the content comes first);
- "…, affirmant que P" (the subject of the governing clause speaks), "a condamné P et estimé
  que Q" (coordinated verbs share their subject);
- "P a été émise par X", "P sont pointées du doigt" (no agent: an implicit source);
- "victimes …, estimées à environ 1 100" (a figure given as an estimate).
"""

from __future__ import annotations

from .clauses import ADJUNCTS, FRAMING_PREPOSITIONS, ClauseRules, Found, Range, SourceRef, strip
from .groups import CLITICS, NEGATION, VerbGroup
from .hedges import Hedge
from .layout import CLOSING, FINAL_PUNCTUATION, OPENING, QUOTE_MARKS, STRAIGHT, text_of
from .phrases import RELATIVES, Phrase, token_chars


class VerbFrames(ClauseRules):
    """The frames of reporting verbs."""

    def _verb_claims(self, group: VerbGroup) -> list[Found]:
        cue = group.cue
        scope_start, scope_end = self.layout.scope(group.head)
        floor = self._floor(group.first, scope_start)
        if self._first_person_inside_quote(group, floor):
            return []
        # 1. a figure estimate: "estimées à environ 1 100", "estime à 2,3 points l'écart"
        if (
            cue.lemma in self.lex.figure_estimates
            and group.last < scope_end
            and self.reader.word(group.last) in ("à", "au", "aux")
        ):
            return self._figure_estimate(group, floor, scope_end)
        # 2. the cue follows its content: "P, a annoncé X", "« P », a-t-il ajouté"
        before = self._content_before(group, floor)
        quote = self.layout.quote_around(group.first, group.last)
        if (
            group.inverted is not None
            and quote is not None
            and self.doc[group.first - 1].text == ","
            and group.last < quote.end
            and self.doc[group.last].text == ","
        ):
            # "« Moi, dit-il, j'ai l'impression … »": an incise inside the quotation it reports
            whole = strip(self.reader, quote.start, quote.end)
            if whole is not None:
                return [self._found(group, whole, [self._pronoun_ref(group.inverted)], "incise")]
        if group.inverted is not None and before is not None:
            # inserted in the middle of a paraphrase ("les soldats qui, dit-on, s'étaient
            # rendus"), the cue reports what follows it
            if (
                not self._after_quote(group)
                and group.last + 1 < scope_end
                and self.doc[group.last].text == ","
            ):
                after = self._clause(group.last + 1, scope_end)
                if after is not None:
                    before = after
            return [self._found(group, before, [self._pronoun_ref(group.inverted)], "incise")]
        if before is not None and group.participle is None and not group.infinitive:
            subjects = self.reader.subject_after(group.last, scope_end)
            book_check = [p for p in subjects if self._can_speak(p)]
            if (
                book_check
                and not self._que_follows(group.last, scope_end)
                and self._ends_clause(book_check[-1].end, scope_end)
            ):
                return [self._found(group, before, [SourceRef(phrase=p) for p in book_check], "incise")]
        # 3. the source: subject, participle's governing subject, passive agent
        if group.passive and group.participle is None:
            return self._passive(group, floor, scope_end)
        if group.participle == "past":
            return self._past_participle(group, floor, scope_end)
        sources = self._subject(group, floor, scope_end)
        if not sources:
            return []
        # 4. the content after the cue
        content, frame, colon = self._content_after(group, scope_end)
        if content is None:
            return []
        if group.infinitive and frame != "quote":
            return []  # "se verra demander de …", "pourront contester …": not a speech act made
        unit_start, _ = self.layout.unit_of(group.head)
        if group.participle == "present" and not self._verb_between(unit_start, group.first):
            content = self._before_main_clause(content)
        found = self._found(group, content, sources, frame)
        found.colon = colon
        found.future_in_past = self._reported_clause(content, frame)
        return [found]

    def _before_main_clause(self, content: Range) -> Range:
        """A participle clause put first ends where the main clause starts: "Tout en insistant
        sur le bilan, le républicain poursuit …"."""
        start, end = content
        for k in range(start + 1, end - 1):
            if self.doc[k].text != ",":
                continue
            phrases, stop = self.reader.coordinated_at(k + 1, end)
            if phrases and stop < end and (self.reader.is_finite(stop) or self.reader.is_auxiliary(stop)):
                return strip(self.reader, start, k) or content
        return content

    def _reported_clause(self, content: Range, frame: str) -> Range | None:
        """Where a conditional is the concordance of tenses or a hypothesis, not a hedge: in a
        clause reported with que ("a affirmé qu'il viendrait", "affirmant que son ouverture
        apporterait le malheur")."""
        if frame == "que":
            return content
        start, end = content
        que = next((k for k in range(start, end) if self._after_que(k) is not None), None)
        return (que, end) if que is not None else None

    def _first_person_inside_quote(self, group: VerbGroup, floor: int) -> bool:
        """ "Je peux confirmer que …", "nous pensons que": the speaker's own words, part of
        their claim; outside quotations, the journalist's ("Rappelons que")."""
        for k in [group.head, *group.cue_tokens]:
            person = self.doc[k].morph.get("Person", [])
            if ("1" in person or "2" in person) and self.doc[k].pos_ in ("VERB", "AUX"):
                return True
        if not self.layout.in_quote(group.head):
            return False
        if group.inverted is not None and self.reader.word(group.inverted) in self.lex.first_person:
            return True
        j = group.first - 1
        return j >= floor and self.reader.word(j) in self.lex.first_person

    def _found(self, group: VerbGroup, content: Range, sources: list[SourceRef], frame: str) -> Found:
        return Found(
            content=content,
            sources=sources,
            cue=sorted(set(group.cue_tokens)),
            stance=group.stance,
            frame=frame,
            position=group.head,
            hedge_scopes=[(min(group.cue_tokens), max(group.cue_tokens) + 1)],
        )

    def _content_before(self, group: VerbGroup, floor: int) -> Range | None:
        """The content of an inserted cue: the quotation or the clause before it."""
        j = group.first - 1
        if j < 0:
            return None
        if self.doc[j].text == ",":
            j -= 1
        if j < 0:
            return None
        text = self.doc[j].text
        if text in CLOSING or text == STRAIGHT:
            quote = next((q for q in self.layout.quotes if q.closing == j), None)
            if quote is None:
                return None
            unit_start, _ = self.layout.unit_of(group.head)
            if quote.opening is not None and quote.opening > unit_start:
                # "Il semblerait que la bousculade ait été provoquée « par un feu … » a-t-il
                # précisé": words of the clause before the quotation belong to the claim
                start = self._clause_start(quote.opening - 1, self._floor(quote.opening, unit_start))
                if start < quote.opening and not any(
                    self.doc[k].text in QUOTE_MARKS for k in range(start, quote.opening)
                ):
                    return strip(self.reader, start, quote.end + 1)
            return strip(self.reader, quote.start, quote.end)
        if self.doc[group.first - 1].text != ",":
            return None
        unit_start, _ = self.layout.unit_of(group.head)
        start = self._clause_start(j, unit_start)
        if not any(self.reader.is_finite(k) and not self._in_relative(k, start) for k in range(start, j + 1)):
            return None  # "Le maire, qui s'exprimait devant la presse, a appelé": no clause
        return strip(self.reader, start, j + 1)

    def _ends_clause(self, i: int, end: int) -> bool:
        """After a postposed subject: the end, punctuation, or a framing phrase ("a déclaré
        Mitt Romney dans le Wisconsin"), not a verb ("a appelé les habitants à rester")."""
        if i >= end or self.doc[i].is_punct or self.doc[i].text in QUOTE_MARKS or self.doc[i].pos_ == "SCONJ":
            return True  # "a déclaré Barack Obama lorsqu'il apprit la nouvelle"
        if self.doc[i].pos_ == "ADP" and i + 1 < end:
            return self.doc[i + 1].pos_ not in ("VERB", "AUX")
        return self.reader.word(i) in RELATIVES

    def _after_quote(self, group: VerbGroup) -> bool:
        j = group.first - 1
        if j >= 0 and self.doc[j].text == ",":
            j -= 1
        return j >= 0 and (self.doc[j].text in CLOSING or self.doc[j].text == STRAIGHT)

    def _subject(self, group: VerbGroup, floor: int, scope_end: int) -> list[SourceRef]:
        reader = self.reader
        if group.inverted is not None:
            return [self._pronoun_ref(group.inverted)]
        if group.participle == "present" or group.infinitive:
            return self._governing_subject(group, floor, scope_end)
        phrases, pronoun = reader.subject_before(group.first, floor)
        if pronoun is not None:
            word = reader.word(pronoun)
            if word in self.lex.first_person:
                return []
            if word == "qui":
                return self._qui(pronoun, floor)
            return [self._pronoun_ref(pronoun)]
        speakers = [p for p in phrases if self._can_speak(p)]
        if speakers and len(speakers) == len(phrases):
            return [SourceRef(phrase=p) for p in speakers]
        # coordinated verbs share a subject: "a condamné P et estimé que Q", "et a menacé"
        if self._coordinated(group.first, floor):
            unit_start, _ = self.layout.unit_of(group.head)
            previous = self._previous_group(group, unit_start)
            if previous is not None:
                return self._group_sources(previous)
            verb = self._previous_finite(group.first, unit_start)
            if verb is not None:
                phrases, pronoun = reader.subject_before(verb, self._floor(verb, unit_start))
                if pronoun is not None and reader.word(pronoun) not in self.lex.first_person:
                    return [self._pronoun_ref(pronoun)]
                return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
        return []

    def _coordinated(self, first: int, floor: int) -> bool:
        j = first - 1
        return j >= floor and self.reader.word(j) in ("et", "puis", "mais", "ou", ",")

    def _previous_group(self, group: VerbGroup, floor: int) -> VerbGroup | None:
        candidates = [g for g in self.groups if floor <= g.head < group.first and g is not group]
        return candidates[-1] if candidates else None

    def _governing_subject(self, group: VerbGroup, floor: int, scope_end: int) -> list[SourceRef]:
        """The speaker of a participle or infinitive cue: the noun it follows ("une croyance
        locale affirmant"), else the subject of the governing clause, before or after."""
        reader = self.reader
        # after a reporting verb, the participle goes on with the same speaker ("a réfuté l'idée
        # d'un prêt par l'État affirmant : « … »", "a salué …, y voyant")
        if group.participle == "present":
            unit_start, _ = self.layout.unit_of(group.head)
            clause_start = self._clause_start(group.first - 1, unit_start)
            earlier = [
                g
                for g in self.groups
                if clause_start <= g.head < group.first and g.participle is None and not g.infinitive
            ]
            if earlier and not self._verb_between(earlier[-1].last, group.first):
                sources = self._group_sources(earlier[-1])
                if sources:
                    return sources
        j = group.first - 1
        if (
            group.governor is None
            and j >= floor
            and (reader.is_nominal(j) or reader.is_adjective(j))
            and self.doc[j].text not in QUOTE_MARKS
        ):
            phrase = reader.nearest_phrase_before(j + 1, floor)
            widest = reader.phrase_ending_at(j + 1, floor)
            # the object of a verb is not the speaker: "a salué la création de ce gouvernement
            # y voyant …" is said by the subject of "a salué"
            is_object = widest is not None and widest > floor and self.doc[widest - 1].pos_ in ("VERB", "AUX")
            if phrase is not None and not is_object and self._can_speak(phrase):
                return [SourceRef(phrase=phrase)]
        if group.governor is not None:  # "X tente de corriger": the subject of "tente"
            phrases, pronoun = reader.subject_before(group.first, floor)
            if pronoun is not None:
                return [] if reader.word(pronoun) in self.lex.first_person else [self._pronoun_ref(pronoun)]
            if phrases:
                return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
        # the governing clause before: "Des experts … ont mis en garde …, affirmant que"
        unit_start, unit_end = self.layout.unit_of(group.head)
        verb = self._previous_finite(group.first, unit_start)
        while verb is not None:
            previous = next((g for g in self.groups if g.first == verb), None)
            if previous is not None and previous.participle is None:
                return self._group_sources(previous)
            phrases, pronoun = reader.subject_before(verb, self._floor(verb, unit_start))
            if pronoun is not None:
                if reader.word(pronoun) == "qui":
                    return self._qui(pronoun, unit_start)
                return (
                    [self._pronoun_ref(pronoun)] if reader.word(pronoun) not in self.lex.first_person else []
                )
            if phrases:
                return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
            verb = self._previous_finite(verb, unit_start)
        # the governing clause after: "Tout en insistant sur X, le républicain poursuit"
        j = group.last
        while j < unit_end:
            if self.doc[j].text == "," and j + 1 < unit_end:
                phrases, stop = reader.coordinated_at(j + 1, unit_end)
                if (
                    phrases
                    and stop < unit_end
                    and (reader.is_finite(stop) or self.doc[stop].pos_ in ("AUX", "VERB"))
                ):
                    return [SourceRef(phrase=p) for p in phrases if self._can_speak(p)]
            j += 1
        return []

    def _group_sources(self, group: VerbGroup) -> list[SourceRef]:
        """Who speaks in a cue group, however its claim attributes it (also postposed)."""
        key = group.head
        if key not in self._sources_cache:
            self._sources_cache[key] = []  # no loops through a cycle of participles
            claims = self._verb_claims(group)
            if claims:
                self._sources_cache[key] = claims[0].sources
            else:
                unit_start, unit_end = self.layout.unit_of(group.head)
                self._sources_cache[key] = self._subject(
                    group, self._floor(group.first, unit_start), unit_end
                )
        return self._sources_cache[key]

    def _qui(self, pronoun: int, floor: int) -> list[SourceRef]:
        """The antecedent of a relative "qui": the noun phrase before it, with its appositions
        ("l'organisation islamique, qui affirme", "Arnaud Montebourg, le ministre …, qui")."""
        phrases, _ = self.reader.subject_before(pronoun, floor)
        phrases = [p for p in phrases if self._can_speak(p)]
        if phrases:
            return [SourceRef(phrase=p) for p in phrases]
        antecedent = self.reader.nearest_phrase_before(pronoun, max(floor, pronoun - 12))
        if antecedent is not None and self._can_speak(antecedent):
            return [SourceRef(phrase=antecedent)]
        return []

    def _content_after(self, group: VerbGroup, scope_end: int) -> tuple[Range | None, str, int | None]:
        """The content that follows a cue, and the frame that delimits it."""
        reader = self.reader
        cue = group.cue
        i = self._skip_framing(group.last, scope_end)
        if i >= scope_end:
            return None, "", None
        word = reader.word(i)
        # "que P", "qu'« P »", "à ce que P"
        after_que = self._after_que(i)
        if after_que is not None and not (self.doc[i].pos_ == "PRON" and cue.object):
            quote = self._quote_opening_at(after_que)
            if quote is not None and quote.closing is not None:
                # "a précisé que « P » en ajoutant …": the quotation is the content
                return strip(reader, quote.start, quote.end), "que", None
            return self._clause(after_que, scope_end), "que", None
        if (
            word == "à"
            and i + 2 < scope_end
            and reader.word(i + 1) == "ce"
            and reader.word(i + 2) in ("que", "qu'")
        ):
            return self._clause(i + 3, scope_end), "que", None
        # "a déclaré : « P »", "se souvient : « P »"
        if self.doc[i].text == ":":
            quote = self._quote_opening_at(i + 1)
            if quote is not None:
                return strip(reader, quote.start, quote.end), "quote", i
            if cue.quote:
                return None, "", None
            return self._clause(i + 1, scope_end), "colon", i
        # "a dénoncé « P »", "a promis un « nouveau départ »"
        quote = self._quote_opening_at(i) or (
            self._quote_opening_at(i + 1) if reader.is_determiner(i) else None
        )
        if quote is not None and self._quote_ends_clause(quote, scope_end):
            return strip(reader, quote.start, quote.end), "quote", None
        # an infinitive complement: "ont raconté avoir entendu …", "nie avoir livré des armes"
        if "Inf" in self.doc[i].morph.get("VerbForm", []) and not cue.quote:
            return self._clause(i, scope_end), "infinitive", None
        # a colon further on: "a défendu sa décision : « P »"
        colon = self._colon_quote_ahead(i, scope_end)
        if colon is not None:
            quote = self._quote_opening_at(colon + 1)
            assert quote is not None
            if cue.object or cue.quote or not cue.content:
                return strip(reader, quote.start, quote.end), "quote", colon
        if cue.directive:
            # "a appelé les habitants à rester chez eux": the addressee, then what is asked
            content = self._clause(i, scope_end)
            if content is not None and self._directive_in(content):
                return self._trim_object(group, content), "object", None
        if cue.quote:
            # "avait appelé Marine Le Pen « la bourgeoise du château de Montretout »"
            content = self._clause(i, scope_end)
            if content is not None:
                content = self._trim_object(group, content)
            if content is not None and any(
                q.opening is not None and content[0] <= q.opening < content[1] for q in self.layout.quotes
            ):
                return content, "object", None
            return None, "", None
        if cue.content or not cue.object or cue.passive_only:
            return None, "", None
        # "a condamné le crime de Tombouctou", "a menacé de s'en prendre", "contre les risques"
        start = i
        if reader.word(start) in self.lex.dropped_prepositions and start + 1 < scope_end:
            start += 1
        if (
            start >= scope_end
            or self.doc[start].text in FINAL_PUNCTUATION
            or self.doc[start].text in (",", ";", ".", ")")
        ):
            return None, "", None
        content = self._clause(start, scope_end)
        if content is None:
            return None, "", None
        return self._trim_object(group, content), "object", None

    def _directive_in(self, content: Range) -> bool:
        start, end = content
        return any(
            self.reader.word(k) in ("à", "de", "d'") and "Inf" in self.doc[k + 1].morph.get("VerbForm", [])
            for k in range(start + 1, min(end - 1, start + 10))
        )

    def _skip_framing(self, i: int, end: int) -> int:
        """Skip adverbs, dates and framing phrases between a cue and its content, when a "que"
        comes after them ("affirme dans son blog vidéo hebdomadaire qu'il …")."""
        reader = self.reader
        j = i
        steps = 0
        while j < end and steps < 8:
            ent = reader.any_entity(j)
            following = reader.any_entity(j + 1) if j + 1 < end else None
            if ent is not None and ent.label_ == "DATE":
                j = ent.end
            elif (
                self.doc[j].pos_ == "ADV"
                and reader.word(j) not in ("que", "qu'")
                and reader.entity(j) is None
            ):
                j += 1
            elif (
                self.doc[j].text == ","
                and j + 1 < end
                and (
                    self.doc[j + 1].pos_ == "ADV"
                    or following is not None
                    and following.label_ == "DATE"
                    or j > i
                )
            ):
                j += 1  # "a annoncé ce matin, vers 7h30, son abandon": all skipped so far frames
            elif (
                self.doc[j].pos_ == "ADP"
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
        if j < end and reader.word(j) in FRAMING_PREPOSITIONS | {"à"}:
            k = j + 1
            while k < end and k - j <= 8:
                token = self.doc[k]
                if self._after_que(k) is not None or token.text == ":":
                    return k
                if token.pos_ in ("VERB", "AUX", "SCONJ", "PUNCT") or token.text in QUOTE_MARKS:
                    break
                k += 1
        return j

    def _trim_object(self, group: VerbGroup, content: Range) -> Range:
        """A noun-phrase claim ends before an adjunct of the verb: ", après plus de 7 ans de
        guerre", ", alors qu'elle …", ", en référence à …", "par Christian Jacob"."""
        doc = self.doc
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
                    and (self.reader.word(k + 1) in ADJUNCTS or doc[k + 1].pos_ == "SCONJ")
                )
                or self._agent_phrase_at(k)
                or self._predicate_at(k, end)
            ):
                return strip(self.reader, start, k) or content
        return content

    def _predicate_at(self, k: int, end: int) -> bool:
        """ "et s'est approprié …": a second predicate of the subject, not part of the object."""
        if self.reader.word(k) not in ("et", ",", "mais", "puis"):
            return False
        j = k + 1
        while j < end and (self.reader.word(j) in CLITICS | NEGATION or self.doc[j].pos_ == "ADV"):
            j += 1
        return j < end and (self.reader.is_finite(j) or self.reader.is_auxiliary(j))

    def _agent_phrase_at(self, i: int) -> bool:
        """ "par Christian Jacob": who the act went through, not part of the content (but
        "l'exécution par les rebelles" keeps its agent: only a person's name is cut)."""
        if self.reader.word(i) != "par":
            return False
        phrase = self.reader.phrase_at(i + 1, len(self.doc))
        if phrase is None:
            return False
        ent = self.reader.entity(phrase.head)
        return ent is not None and ent.label_ in ("PER", "PERSON")

    def _agent(self, i: int, end: int, *, source_noun_only: bool = False) -> list[Phrase] | None:
        """The agent after a passive cue: "par X", or "de source X" for confirmation."""
        reader = self.reader
        j = self._skip_framing(i, end)
        k = j
        for _ in range(3):
            ent = reader.any_entity(k)
            if k < end and ent is not None and ent.label_ == "DATE":
                k = ent.end
            elif k + 1 < end and reader.word(k) == "en" and (date := reader.date_at(k + 1)) is not None:
                k = date.end  # "en 1964"
            else:
                break
        if k < end and reader.word(k) == "par":
            phrases, _ = reader.coordinated_at(k + 1, end)
            return phrases or None
        if k < end and reader.word(k) in ("de", "d'") and k + 1 < end:
            phrase = reader.phrase_at(k + 1, end)
            if phrase is not None and self.lex.kinds_in(self.doc[phrase.start : phrase.head + 1].text):
                return [phrase]
        return None

    def _passive(self, group: VerbGroup, floor: int, scope_end: int) -> list[Found]:
        """ "L'existence du boson a été émise par X": the content is the subject."""
        agent = self._agent(group.last, scope_end)
        if agent is None and not group.cue.passive_only:
            return []
        if not group.cue.object:
            return []
        content = self._subject_clause(group.first, floor)
        if content is None:
            return []
        sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
        return [self._found(group, content, sources, "passive")]

    def _subject_clause(self, first: int, floor: int) -> Range | None:
        start = self._clause_start(first - 1, floor) if first - 1 >= floor else floor
        return strip(self.reader, start, first)

    def _past_participle(self, group: VerbGroup, floor: int, scope_end: int) -> list[Found]:
        """ "Plusieurs attaques …, revendiqués par X," and "L'explication avancée est que P"."""
        reader = self.reader
        doc = self.doc
        after = group.last
        # "N avancée (par X) est que P"
        agent = self._agent(after, scope_end)
        k = after
        if agent:
            k = agent[-1].end
        if (
            k + 1 < scope_end
            and reader.word(k) in ("est", "était", "fut")
            and reader.word(k + 1) in ("que", "qu'")
            and reader.is_nominal(group.first - 1)
        ):
            content = self._clause(k + 2, scope_end)
            if content is None:
                return []
            sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
            return [self._found(group, content, sources, "nominal")]
        # ", revendiqués par X," after the noun phrase it describes
        if agent and group.cue.object and group.first - 1 >= floor and doc[group.first - 1].text == ",":
            content = self._subject_clause(group.first - 1, floor)
            if content is not None:
                return [self._found(group, content, [SourceRef(phrase=p) for p in agent], "participle")]
        return []

    def _figure_estimate(self, group: VerbGroup, floor: int, scope_end: int) -> list[Found]:
        """A figure given as an estimate: "estimées à environ 1 100" (no agent: implicit)."""
        start = group.last + 1
        end = start
        while (
            end < scope_end
            and self.doc[end].text not in (",", ";", ".", ")", ":")
            and not (end in self.group_starts and end > start)
        ):
            end += 1
        if group.participle is None and not group.passive:
            end = (self._clause(start, scope_end) or (start, end))[1]
        content = strip(self.reader, start, end)
        if content is None:
            return []
        if group.participle is None and not group.passive:
            sources = self._subject(group, floor, scope_end)
            if not sources:
                return []
        else:
            agent = self._agent(end, scope_end)
            sources = [SourceRef(phrase=p) for p in agent] if agent else [SourceRef(implicit=True)]
        found = self._found(group, content, sources, "estimate")
        found.stance = "estimates"
        found.cue = sorted(set(group.cue_tokens) | {group.last})
        if group.cue.lemma in self.lex.approximate_estimates:
            first, last = token_chars(self.doc, group.head, group.last + 1)
            found.extra_hedges.append(Hedge(first, last, text_of(self.doc)[first:last], "approximation"))
        return [found]
