"""Who may speak, and the subject of a verb: noun phrases read as the sources of claims."""

# A source phrase is a person, an organisation, a place standing for its government, or a
# speaker or a document of the lexicon. The subject of a verb is read leftwards over
# comma-bounded pieces (appositions kept, insertions skipped), or rightwards after the verb.

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import norm
from .phrases import (
    PERSON_LABELS,
    SPEAKING_LABELS,
    Phrase,
    Reader,
)


def can_speak(reader: Reader, phrase: Phrase) -> bool:
    """Whether a noun phrase can be the source of a claim: a person, an organisation, a
    place standing for its government, a speaker or a document of the lexicon."""
    lex = reader.lex
    head = reader.doc[phrase.head]
    word = norm(head.text)
    if reader.word(phrase.start) in reader.words.negative_determiners:
        return False  # "Aucun conseiller ne demande …": nobody, a rule stated, not a speaker
    if phrase.end == phrase.head + 1 == phrase.start + 2 and reader.word(phrase.head) in reader.words.others:
        return reader.word(phrase.start) in reader.words.other_openers  # "explique une autre"
    ent = reader.entity(phrase.head)
    if ent is not None:
        # "les Wikipédiens" (a MISC entity) name people
        return (
            ent.label_ in SPEAKING_LABELS or bool(lex.kinds_in(ent.text)) or word.endswith(lex.agent_suffixes)
        )
    if word in lex.non_source_nouns and not _attributed(reader, phrase):
        return False
    if person_in(reader, phrase) is not None or _name_after_head(reader, phrase):
        return True
    if (
        lex.kinds_in(reader.doc[phrase.start : _after_adjectives(reader, phrase)].text)
        or word in lex.member_nouns
    ):
        return True  # "la protection civile": the head and its adjectives name the speaker
    if (
        (head.pos_ == "NOUN" or (head.pos_ == "VERB" and phrase.head > phrase.start))
        and word.endswith(lex.agent_suffixes)
        and (head.is_lower or phrase.head > phrase.start)
    ):
        # "le graphiste", "l'universitaire", "les Wikipédiens"; a noun in -ant that the tagger
        # reads as a participle after its determiner ("a affirmé l'opposant")
        return True
    rest = reader.doc[phrase.start : phrase.end].text
    return any(kind in lex.overriding_kinds for _, kind in lex.kinds_in(rest))


def _after_adjectives(reader: Reader, phrase: Phrase) -> int:
    """Where the adjectives right after a phrase's head end."""
    k = phrase.head + 1
    if k < phrase.end and reader.pos(k) in ("NUM", "DET") and reader.rank_at(phrase.head, k):
        k += 1  # "le numéro deux du parti": a rank after the head
    while k < phrase.end and (reader.is_adjective(k) or reader.glued_hyphen(k, phrase.end)):
        k += 2 if reader.glued_hyphen(k, phrase.end) else 1  # ("l'état-major ukrainien")
    return k


def _attributed(reader: Reader, phrase: Phrase) -> bool:
    """Images, figures or results with the agent who made or read them ("les images analysées
    par la Cour", "les chiffres publiés par l'institut"): a document of that agent."""
    return any(
        reader.word(k) in reader.words.agent_prepositions and reader.is_adjective(k - 1)
        for k in range(phrase.head + 2, phrase.end)
    )


def _name_after_head(reader: Reader, phrase: Phrase) -> bool:
    """A speaking name in apposition to the head noun ("le site d'information Mediapart", "la
    plateforme X"), not inside a complement ("la ville de Paris" is the town)."""
    for i in range(phrase.head + 1, phrase.end):
        ent = reader.entity(i)
        if ent is not None and ent.start == i:
            return ent.label_ in SPEAKING_LABELS and reader.word(i - 1) not in reader.words.de
    return False


def person_in(reader: Reader, phrase: Phrase) -> tuple[int, int] | None:
    """The person's name in a phrase or its appositions, unless inside a complement
    ("le porte-parole de Vladimir Poutine" is not Poutine)."""
    doc = reader.doc
    for start, end in ((phrase.start, phrase.end), *phrase.appositions):
        i = start
        while i < end:
            ent = reader.entity(i)
            if ent is not None and ent.label_ in PERSON_LABELS:
                if i == start or reader.word(i - 1) not in reader.words.de:
                    first = ent.start
                    if first > 0 and doc[first - 1].text in reader.lex.honorifics:
                        first -= 1
                    return first, glued_end(doc, ent.end)
                i = ent.end
                continue
            i += 1
    return None


def subject_before(reader: Reader, i: int, floor: int) -> tuple[list[Phrase], int | None]:
    """The subject of a verb group starting at token i, read leftwards to `floor`.

    Returns the coordinated subject phrases (with their appositions) and, when the subject is
    a pronoun, its index in place of phrases. Skips comma-bounded insertions: relative clauses
    (", qui ont soutenu …,"), adjectives (", impuissant,"), "dont" appositions.
    """
    pieces = _pieces(reader, floor, i)
    chain: list[tuple[int, int]] = []
    leftmost = len(pieces) - 1
    for index, (start, end) in enumerate(reversed(pieces)):
        if start >= end:
            if index == 0:
                continue  # the comma right before the verb: "…, se sont félicités"
            break
        last = reader.word(end - 1)
        lex = reader.lex
        if index == 0 and (last in lex.pronouns or last in lex.generic_pronouns or last in lex.first_person):
            return [], end - 1  # a pronoun right before the verb: "Il a déclaré", "qui affirme"
        if index == 0 and reader.pronoun_ending_at(end, start) is not None:
            return [], end - 1  # "Celui-ci a déclaré", "Ce dernier a démenti"
        if not chain and last in reader.words.relative_subject:
            return [], end - 1  # "les experts qui, faute de preuves, ne pouvaient confirmer"
        kind = _piece_kind(reader, start, end)
        if kind == "tail" and not chain and _title_after_name(reader, pieces, len(pieces) - 1 - index):
            kind = "skip"  # "X Y, secrétaire général du syndicat national pénitentiaire FO, a déclaré"
        if kind == "adverbial":
            # an insertion between the subject and the verb (", même en pleine course
            # pour …,"), but at the start of the clause, where the subject may end it
            # ("Tout comme Nadine Morano, ex-députée UMP, l'avait appelé")
            kind = "tail" if index == leftmost or chain else "skip"
        if kind == "skip":
            continue
        if kind == "np":
            if index == 1 and chain and _apposition_in_clause_before(reader, pieces):
                break
            chain.append((start, end))
            continue
        if kind == "tail" and chain and not _bare(reader, chain[-1]):
            # "… s'est entretenu avec Arnaud Montebourg, le ministre …, qui a déclaré"
            head_start = reader.phrase_ending_at(end, start)
            if head_start is not None:
                ent = reader.entity(end - 1)
                if ent is not None and ent.label_ in PERSON_LABELS and ent.start >= head_start:
                    chain.append((ent.start, end))
            break
        if kind == "tail" and (not chain or _bare(reader, chain[-1])):
            # "Dans les colonnes du Times, l'ancien leader …": the phrase at the end of a
            # longer piece; "Tout comme Nadine Morano, ex-députée UMP, l'avait appelé": a
            # name before an apposition without determiner
            head_start = reader.phrase_ending_at(end, start)
            while (
                head_start is not None
                and head_start + 1 < end
                and reader.pos(head_start) == "ADJ"
                and (date := reader.any_entity(head_start - 1)) is not None
                and date.label_ == "DATE"
            ):
                head_start += 1  # "Au mois de juin dernier l'équipe a dit": the date's adjective
            if head_start is not None and head_start > start:
                head_start = _after_framing_noun(reader, head_start, end)
            if head_start is not None and (chain or not _inside_clause(reader, start, head_start)):
                chain.append((head_start, end))
            elif not chain:
                # "Il y a eu des blessés et le maire a déclaré": the object of the verb before,
                # then a conjunction and the subject of a new clause
                joined = _subject_after_conjunction(reader, start if head_start is None else head_start, end)
                if joined is not None:
                    chain.append((joined, end))
        break
    if not chain:
        return [], None
    main_start, main_end = chain[-1]
    phrases, _ = reader.coordinated_at(main_start, main_end)
    if not phrases:
        return [], None
    phrases = _one_complement(reader, phrases)  # "Le ministre de l'Action et des Comptes publics, X,"
    appositions = chain[:-1]
    # a list "A, B et C" was cut into pieces: the pieces left of the coordination are members
    if len(chain) > 1 and len(phrases) > 1:
        members = []
        for start, end in reversed(chain):
            found, _ = reader.coordinated_at(start, end)
            members.extend(found)
        return members, None
    return [phrase.with_appositions(appositions) for phrase in phrases], None


def _place_from(reader: Reader, k: int, end: int) -> bool:
    """ "à Lyon", "en Bretagne" from token k to `end`: a preposition of place, then a place's name."""
    if k + 1 >= end or reader.word(k) not in reader.words.place_prepositions:
        return False
    ent = reader.entity(k + 1)
    return ent is not None and ent.start == k + 1 and ent.end >= end and ent.label_ in ("LOC", "GPE")


def _after_framing_noun(reader: Reader, head_start: int, end: int) -> int:
    """ "Dans un communiqué Renault assure", "Lors de sa visite le ministre a déclaré": a fronted
    adjunct with no comma; the subject starts at a name or a determiner right after the
    adjunct's noun (no "de" between them)."""
    for k in range(head_start + 1, end):
        previous = reader.doc[k - 1]
        if not (previous.pos_ in ("NOUN", "ADJ") and previous.is_lower and reader.entity(k - 1) is None):
            continue
        ent = reader.entity(k)
        # (not "le retour des fouilles": "des" there is "de les"; not "le quotidien espagnol")
        if (reader.is_determiner(k) and reader.word(k) not in reader.words.de) or (
            ent is not None
            and ent.start == k
            and not reader.doc[k].is_lower
            and ent.label_ not in ("DATE", "QUANTITY")
        ):
            return k
    return head_start


def _title_after_name(reader: Reader, pieces: list[tuple[int, int]], position: int) -> bool:
    """A title between commas (a noun with no determiner) right after a person's name that is a
    piece of its own: the name is the subject, whatever the parse of the title."""
    if position < 1:
        return False
    start, _ = pieces[position]
    name_start, name_end = pieces[position - 1]
    ent = reader.entity(name_start) if name_start < name_end else None
    return (
        ent is not None
        and ent.label_ in PERSON_LABELS
        and ent.start == name_start
        and ent.end == name_end
        and reader.pos(start) == "NOUN"
    )


def _apposition_in_clause_before(reader: Reader, pieces: list[tuple[int, int]]) -> bool:
    """ "Même si … dans l'Adamaoua, une autre région du nord, les autorités redoutent": after a
    subordinate clause, a phrase between commas describes that clause's last noun, and the
    subject is the phrase right before the verb (no comma there)."""
    if len(pieces) < 3:
        return False
    (clause_start, clause_end), _, (last_start, last_end) = pieces[-3:]
    if last_start >= last_end or clause_start >= clause_end:
        return False
    phrases, _ = reader.coordinated_at(last_start, last_end)
    k = clause_start
    while k < clause_end and reader.pos(k) == "ADV":
        k += 1  # "Même si", "Alors que"
    return (
        len(phrases) == 1
        and k < clause_end
        and reader.pos(k) == "SCONJ"
        and any(reader.is_finite(j) or reader.is_auxiliary(j) for j in range(k, clause_end))
    )


def _pieces(reader: Reader, floor: int, i: int) -> list[tuple[int, int]]:
    """The comma-separated pieces of tokens floor..i-1 (parentheses kept whole)."""
    pieces = []
    start = floor
    depth = 0
    for j in range(floor, i):
        text = reader.doc[j].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif text == "," and not depth:
            pieces.append((start, j))
            start = j + 1
    pieces.append((start, i))
    return pieces


def _piece_kind(reader: Reader, start: int, end: int) -> str:
    """np: a whole noun phrase; skip: an insertion; tail: anything else (a clause, a PP)."""
    words = [reader.word(j) for j in range(start, end)]
    if not words:
        return "skip"
    if words[0] in reader.words.relatives:  # "dont" among them
        return "skip"
    if (
        len(words) > 2
        and words[1] in reader.words.agent_prepositions
        and (reader.is_adjective(start) or words[0].endswith(reader.endings.past_participle))
    ):
        return "skip"  # ", cité par le journal,", ", interrogé par l'AFP,"
    if any(reader.is_finite(j) for j in range(start, end)):
        return "tail"
    date = reader.date_at(start)
    if date is not None and date.end >= end:
        return "skip"  # "Un précédent bilan, fin juillet, faisait état de": a date between commas
    if date is None and start + 1 < end and reader.is_determiner(start):
        date = reader.date_at(start + 1)  # "le 2 mai"
    if date is not None and _place_from(reader, date.end, end):
        return "skip"  # ", le 2 mai à Lyon,": a date and a place between commas
    k = start
    while k < end and reader.pos(k) == "ADV" and reader.entity(k) is None:
        k += 1  # "aujourd'hui professeur à …"
    if (
        k + 1 < end
        and reader.word(k) in reader.words.prepositional_nouns
        and reader.word(k + 1) in reader.words.de
    ):
        return "adverbial"  # ", faute de preuves,": a noun that makes a preposition with de
    phrases, stop = reader.coordinated_at(k, end)
    if phrases and stop >= end - (1 if end - 1 >= start and reader.doc[end - 1].text == ")" else 0):
        return "np"
    if phrases and any(reader.doc[j].text == "(" for j in range(stop, end)):
        return "np"
    if phrases and stop < end and "Part" in reader.doc[stop].morph.get("VerbForm", []):
        return "np"  # "auteur de l'étude ayant fourni ces résultats": a phrase and its participle
    if not any(reader.is_nominal(j) for j in range(start, end)):
        return "skip"  # ", impuissant,", ", alors soumis à un stress intense,"
    if k < end and reader.pos(k) == "SCONJ":
        return "tail"  # "tandis que la gauche"
    if k < end and reader.pos(k) == "ADP" and not reader.partitive(k, end):
        return "adverbial"
    if reader.pos(start) in ("ADJ", "VERB", "ADV") and not _relative_then_phrase(reader, start, end):
        return "skip"
    return "tail"


def _relative_then_phrase(reader: Reader, start: int, end: int) -> bool:
    """ "idem chez PSA où les syndicats": a relative pronoun, then the subject of its clause."""
    return any(
        reader.word(j) in reader.words.relatives and reader.phrase_ending_at(end, j + 1) == j + 1
        for j in range(start + 1, end - 1)
    )


def _bare(reader: Reader, piece: tuple[int, int]) -> bool:
    """An apposition without determiner: "ex-députée UMP", "président de l'Assemblée"."""
    start, end = piece
    return (
        start < end
        and not reader.is_determiner(start)
        and reader.entity(start) is None
        and reader.doc[start].is_lower
    )


def _subject_after_conjunction(reader: Reader, head_start: int, end: int) -> int | None:
    """The start of the phrase after the last conjunction of a coordination that ends at `end`,
    or after a date put first ("Au mois de juin dernier l'équipe avait dit"), when that phrase is
    whole (a subject of its own), or None."""
    for c in range(end - 2, head_start - 1, -1):
        date = reader.any_entity(c)
        if date is None and c > head_start and reader.pos(c) == "ADJ":
            date = reader.any_entity(c - 1)  # "mois de juin dernier"
            date = date if date is not None and date.end == c else None
        after_date = date is not None and date.label_ == "DATE" and date.end in (c, c + 1)
        if reader.word(c) in reader.words.clause_conjunctions or after_date:
            return c + 1 if reader.phrase_ending_at(end, c + 1) == c + 1 else None
    return None


def _inside_clause(reader: Reader, start: int, head_start: int) -> bool:
    """The phrase at `head_start` is an object or a complement, not a subject, when a verb
    or a preposition comes right before it."""
    before = head_start - 1
    if before < start:
        return False
    if reader.pos(before) in ("VERB", "AUX", "ADP") or reader.word(before) in reader.words.de:
        return True
    # "est actuellement hospitalisé et son entourage craint": a verb before the adverbs; not a
    # preposition ("Par ailleurs le maire a déclaré", "Jusqu'ici les autorités affirmaient")
    while before > start and reader.pos(before) == "ADV":
        before -= 1
    return before < head_start - 1 and reader.pos(before) in ("VERB", "AUX")


def subject_after(reader: Reader, i: int, end: int) -> list[Phrase]:
    """A subject placed after its verb ("…, a annoncé jeudi l'agence de renseignement"):
    adverbs, dates and an addressee ("à l'AFP") may come first."""
    j = i
    skipped = 0
    opened = False  # a framing phrase set off by commas must end at its comma
    while j < end and skipped < 8:
        ent = reader.any_entity(j)
        if ent is not None and ent.label_ in ("DATE", "QUANTITY"):
            j = ent.end
            skipped += 1
            continue
        date = reader.any_entity(j + 1) if j + 1 < end and reader.is_determiner(j) else None
        if date is not None and date.label_ == "DATE" and date.start == j + 1:
            j = date.end  # "a indiqué le dimanche 22 mai la préfecture": the article outside the date
            skipped += 1
            continue
        if (length := reader.framing_adverb_at(j, end)) > 0:
            j += length  # "précise pour sa part l'ambassade"
            skipped += 1
            continue
        if (
            reader.pos(j) == "ADV"
            and reader.entity(j) is None
            and reader.word(j) not in reader.words.postposed_subject_framing  # "lors d'…"
        ):
            j += 1
            skipped += 1
            continue
        if (
            reader.word(j) == ","
            and j + 1 < end
            and (skipped or reader.word(j + 1) in reader.words.postposed_subject_framing)
        ):
            opened = opened or reader.word(j + 1) in reader.words.postposed_subject_framing
            j += 1  # "a indiqué, dans un communiqué, le ministère"
            skipped += 1
            continue
        if reader.word(j) in reader.words.postposed_subject_framing:
            # ("lors d'un point presse": the phrase after "de")
            start = j + 2 if j + 2 < end and reader.word(j + 1) in reader.words.de_elided else j + 1
            inner = reader.phrase_at(start, end)
            if inner is None:
                break
            j = _addressee_end(reader, inner)
            if opened and (j >= end or reader.word(j) != ","):
                return []  # the framing phrase was not read whole: no subject after it
            skipped += 1
            continue
        break
    if j >= end or reader.word(j) in reader.words.complementizer:
        return []
    another = _another(reader, j, end)
    if another is not None:
        return [another]  # "…, explique une autre mardi matin"
    phrases, stop = reader.coordinated_at(j, end)
    if not phrases:
        return []
    phrases = _one_complement(reader, phrases)
    if (
        len(phrases) >= 2
        and reader.doc[phrases[1].start].pos_ == "NOUN"
        and reader.doc[phrases[1].start].is_lower
        and reader.word(phrases[1].start - 1) == ","
        and reader.entity(phrases[0].head) is not None
    ):
        # "X, chercheur au muséum A et l'université B": a bare role noun after a name is its
        # apposition, and what is coordinated after it is the role's complement, not a speaker
        return [phrases[0].with_appositions([(phrases[1].start, phrases[-1].end)])]
    last = phrases[-1]
    if (
        stop + 2 < end
        and reader.word(stop) in reader.words.coordinators
        and reader.word(stop + 1) in reader.words.de_elided
        and any(reader.word(k) in reader.words.de for k in range(last.head + 1, last.end))
    ):
        # "le ministère de l'Agriculture et de l'Alimentation": the complement goes on ("et de
        # nombreux habitants", with the indefinite de, would be a second speaker)
        inner = reader.phrase_at(stop + 2, end)
        if inner is not None and (
            (reader.is_determiner(stop + 2) and reader.word(stop + 2) not in reader.words.indefinite)
            or reader.entity(stop + 2) is not None
        ):
            phrases[-1] = Phrase(last.start, inner.end, last.head, inner.appositions, inner.parenthetical)
            stop = inner.end
    phrases = [_without_addressee(reader, p) for p in phrases]
    # an apposition after a postposed subject: "Gilles-Éric Séralini, professeur à …, qui"
    appositions = []
    if phrases[-1].parenthetical and phrases[-1].parenthetical[1] + 1 < end:
        closing = phrases[-1].parenthetical[1]
        if closing >= stop and reader.word(closing) == ")":
            stop = closing + 1  # "le gouverneur de la région (nord), X, …": after the parenthesis
    if stop < end and reader.word(stop) == ",":
        nxt = reader.apposition_at(stop + 1, end)
        if nxt is not None:
            appositions.append((nxt.start, nxt.end))
    if len(phrases) == 1 and appositions:
        return [phrases[0].with_appositions(appositions)]
    return phrases


def _another(reader: Reader, j: int, end: int) -> Phrase | None:
    """ "une autre", "un autre" with no noun after it (then a date, an adverb, a comma or the
    end): one more person like those quoted before."""
    if not (
        j + 1 < end
        and reader.word(j) in reader.words.other_openers
        and reader.word(j + 1) in reader.words.others
    ):
        return None
    k = j + 2
    ent = reader.any_entity(k) if k < end else None
    if k < end and not (
        reader.is_punct(k)
        or reader.pos(k) == "ADV"
        or (ent is not None and ent.label_ == "DATE" and ent.start == k)
    ):
        return None
    return Phrase(j, j + 2, j + 1)


def _addressee_end(reader: Reader, phrase: Phrase) -> int:
    """Where a framing phrase after the cue ends: before the speaker's name when the phrase is
    an addressee the name was read with ("a déclaré à la presse Stéphane Israël")."""
    words = reader.words
    if reader.word(phrase.head) in words.addressees or reader.word(phrase.head) in words.media_nouns:
        for k in range(phrase.head + 1, phrase.end):
            name = reader.entity(k)
            if name is not None and name.start == k and name.label_ == "PER":
                return k
    return phrase.end


def _one_complement(reader: Reader, phrases: list[Phrase]) -> list[Phrase]:
    """ "le ministère de l'Action et des Comptes publics": a second member that opens with
    du/des, cannot speak, and follows a head with a de-complement goes on with that complement
    ("le porte-parole de la mairie et des habitants" stays two speakers)."""
    if len(phrases) != 2:
        return phrases
    first, second = phrases
    words = reader.words
    if (
        reader.word(second.start) in words.fused_de
        and any(reader.word(k) in words.de for k in range(first.head + 1, first.end))
        and not can_speak(reader, second)
    ):
        return [Phrase(first.start, second.end, first.head, second.appositions, second.parenthetical)]
    return phrases


def _without_addressee(reader: Reader, phrase: Phrase) -> Phrase:
    """A postposed speaker without whom they spoke to: "le ministre à la presse", "le
    porte-parole à l'AFP" are "le ministre", "le porte-parole"."""
    words = reader.words
    for k in range(phrase.head + 1, phrase.end - 1):
        if reader.word(k) not in words.addressee_prepositions:
            continue
        j = k + 1
        while j < phrase.end and reader.is_determiner(j):
            j += 1
        if j < phrase.end and (
            reader.word(j) in words.addressees
            or reader.word(j) in words.media_nouns
            or reader.doc[j].text in reader.lex.news_agencies
        ):
            return Phrase(phrase.start, k, phrase.head, phrase.appositions, phrase.parenthetical)
    return phrase


def nearest_phrase_before(reader: Reader, i: int, floor: int) -> Phrase | None:
    """The smallest noun phrase ending right before token i (the antecedent of "qui")."""
    end = i
    while end > floor and reader.doc[end - 1].text == ",":
        end -= 1
    start = reader.phrase_ending_at(end, floor)
    if start is None:
        return None
    # prefer the last phrase of "X de Y" when it can speak ("représailles de l'organisation"),
    # and the agent of a participle ("une version rejetée par l'opposition, qui dénonce …")
    candidates = [
        k
        for k in range(start, end)
        if reader.word(k) in reader.words.de
        or reader.word(k) in reader.words.inner_prepositions
        or reader.word(k) in reader.words.agent_prepositions
    ]
    for k in reversed(candidates):
        inner_start = k if reader.word(k) in reader.words.fused_de else k + 1
        inner = reader.phrase_at(inner_start, end)
        if inner is not None and inner.end == end and can_speak(reader, inner):
            return inner
    phrases, _ = reader.coordinated_at(start, end)
    return phrases[-1] if phrases else None


def glued_end(doc: Doc, end: int) -> int:
    """Extend a name over pieces written without a space: "Rami Abd al" + "-Rahman"."""
    while (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text[:1] == "-"
        and doc[end].text[1:2].isupper()
    ):
        end += 1
    return end
