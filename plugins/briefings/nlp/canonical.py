"""Give every mention an entity id: the knowledge base first, then earlier mentions, then its name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..knowledge import KnowledgeBase
from ..model import Entity
from ..text import name_id, slugify
from .consistency import abbreviates
from .demonyms import demonyms
from .function_words import function_words


def _leading_determiner(determiners: tuple[str, ...]) -> re.Pattern[str]:
    """A determiner at the start of a name: an elided one ("l'") glued to it, the others before a space."""
    forms = (re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + " " for w in determiners)
    return re.compile(rf"^(?:{'|'.join(forms)})", re.I)


@dataclass
class RawMention:
    """A mention as the model and the rules found it, before canonicalisation."""

    start: int
    end: int
    text: str
    label: str
    kb_id: str = ""
    # an organisation the words around it name so ("la société Dupont"): no person's surname,
    # though a person of that name is mentioned ("Jean Dupont", its founder)
    typed: bool = False


def _key(text: str, determiner: re.Pattern[str]) -> str:
    """Compare names without case, accents or a leading determiner."""
    text = determiner.sub("", text.strip())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


class Canonicaliser:
    """Resolves the mentions of one document, in order, to entity ids."""

    def __init__(self, kb: KnowledgeBase, language: str = "fr"):
        self.kb = kb
        self._places = demonyms(language).places
        self._determiner = _leading_determiner(function_words(language).name_determiners)
        self._endings = function_words(language).inflection_endings
        self._by_form: dict[str, str] = {}
        for entity in kb.entities.values():
            for form in (entity.name, *entity.aliases):
                self._by_form.setdefault(self._key(form), entity.id)
        self._by_demonym = {self._key(form): e.id for e in kb.entities.values() for form in e.demonyms}

    def _key(self, text: str) -> str:
        return _key(text, self._determiner)

    def resolve(self, mentions: list[RawMention], text: str = "") -> list[tuple[RawMention, Entity]]:
        """Pair each mention with its entity; within a document short forms follow full names.

        With the document's `text`, an acronym the document defines in parentheses ("Conseil X
        (CX)", "le CX (Conseil X)") is the name it defines there, wherever it stands, before any
        entity of the knowledge base that has it as an alias, unless the name is one of that
        entity's up to the endings of its words ("Agence Nord International (ANI)" for the known
        "Agence Nord internationale", alias "ANI"): then the name is that entity too."""
        seen = _Earlier(self._determiner)
        article = _Article(
            _definitions(mentions, text, self._determiner) if text else {},
            frozenset(self._known_id(m) for m in mentions if not _is_acronym(m.text)) - {""},
        )
        aliased = {m.text: kb_id for m in mentions if _is_acronym(m.text) and (kb_id := self._known_id(m))}
        for acronym, name in article.definitions.items():
            entity = self.kb.get(aliased.get(acronym, ""))
            if entity is not None and not self._known_id(name) and self._spelt_as(name.text, entity):
                article.done[(name.start, name.end)] = entity
        resolved: list[tuple[RawMention, Entity]] = []
        for mention in mentions:
            entity = self._resolve_in(mention, seen, article)
            resolved.append((mention, entity))
            if mention.label not in ("DATE", "QUANTITY", "NORP"):
                seen.add(mention, entity)
        return resolved

    def _resolve_in(self, mention: RawMention, seen: _Earlier, article: _Article) -> Entity:
        """The entity of a mention, the document's own definitions first."""
        if (mention.start, mention.end) in article.done:
            return article.done[(mention.start, mention.end)]
        name = article.definitions.get(mention.text) if _is_acronym(mention.text) else None
        if name is not None and name is not mention:
            # the name it stands for, resolved now if the acronym comes first ("le CX (Conseil X)")
            entity = article.done.get((name.start, name.end)) or self._resolve_one(name, seen, article)
            article.done[(name.start, name.end)] = entity
        else:
            entity = self._resolve_one(mention, seen, article)
        article.done[(mention.start, mention.end)] = entity
        return entity

    def _spelt_as(self, name: str, known: Entity) -> bool:
        """Whether a name is one of the entity's forms but for the endings of its words (a
        gender's or a number's: "International" for "internationale")."""
        words = self._key(name).split()
        for form in (known.name, *known.aliases):
            other = self._key(form).split()
            if len(other) == len(words) and all(
                _same_word(a, b, self._endings) for a, b in zip(words, other, strict=True)
            ):
                return True
        return False

    def _known_id(self, mention: RawMention) -> str:
        """The knowledge base's entity for the mention's words, if it is of the same kind."""
        if mention.kb_id or mention.label not in ("PER", "ORG", "LOC", "MISC"):
            return mention.kb_id
        known = self.kb.get(self._by_form.get(self._key(mention.text), ""))
        return known.id if known is not None and known.label == mention.label else ""

    def _resolve_one(self, mention: RawMention, seen: _Earlier, article: _Article | None = None) -> Entity:
        key = self._key(mention.text)
        kb_id = mention.kb_id or (
            self._by_demonym.get(key) if mention.label == "NORP" else self._by_form.get(key)
        )
        if kb_id and article is not None and article.misspelt(mention.text, kb_id):
            kb_id = ""
        known = self.kb.get(kb_id) if kb_id else None
        # a name the knowledge base did not match where it stands (another case, or a form it left
        # to the model: "en Hollande") is its entity only when it is the same kind of thing
        if known is not None and (mention.kb_id or mention.label in ("NORP", known.label)):
            return known
        if mention.label == "NORP" and (place := self._places.get(mention.text.lower())) is not None:
            # a nationality links to its place: the knowledge base's entry, or the place's name
            known_id = self._by_form.get(self._key(place))
            known = self.kb.get(known_id) if known_id else None
            return known or Entity(id=name_id(place), name=place, label="LOC")
        if mention.label in ("PER", "ORG", "MISC", "LOC"):
            earlier = seen.full_form(mention, key)
            if earlier is not None:
                return earlier
        prefix = {"DATE": "date-", "QUANTITY": "quantity-"}.get(mention.label, "")
        # "la Corée" is named "Corée"; "un mois" stays "un mois"
        name = mention.text if prefix else self._determiner.sub("", mention.text).strip() or mention.text
        if prefix:  # dates and figures are highlighted, not pages: their ids need not be unique
            return Entity(id=prefix + (slugify(name) or "entity"), name=name, label=mention.label)
        # two names never share a page unless the knowledge base says so ("C++" is not "C")
        return Entity(id=name_id(name), name=name, label=mention.label)


_NAMES = frozenset({"PER", "ORG", "MISC"})

#: An acronym: capitals (a digit, "&" or a hyphen between them), no space ("CX", "AP-HP").
_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]*[A-ZÀ-Ý0-9]")
_OPENING = re.compile(r"\s*\(\s*$")
_CLOSING = re.compile(r"\s*\)")


def _is_acronym(text: str) -> bool:
    return _ACRONYM.fullmatch(text) is not None


@dataclass
class _Article:
    """What the whole document says about its names, for each of its mentions."""

    #: each acronym the document defines, and the mention of the name it defines it as
    definitions: dict[str, RawMention]
    #: the knowledge base's entities named in the document by more than an acronym
    named: frozenset[str]
    #: the mentions resolved so far, by their offsets
    done: dict[tuple[int, int], Entity] = field(default_factory=dict)

    def misspelt(self, acronym: str, kb_id: str) -> bool:
        """Whether an acronym the document does not define, of an entity it names no other way,
        is one it defines with two letters swapped ("CXS" where it defined "CSX"): then it is no
        sign of the knowledge base's entity that has it as an alias."""
        return (
            _is_acronym(acronym)
            and acronym not in self.definitions
            and kb_id not in self.named
            and any(_swapped(acronym, defined) for defined in self.definitions)
        )


def _definitions(mentions: list[RawMention], text: str, determiner: re.Pattern[str]) -> dict[str, RawMention]:
    """The acronyms the document defines: a name and its acronym in parentheses right after it
    ("Conseil X (CX)"), or the other way round ("le CX (Conseil X)"), the acronym's letters the
    initials of the name's words, in order. A person's name is not defined so ("Paul Sarre (PS)":
    his party). The first definition of an acronym is the document's."""
    found: dict[str, RawMention] = {}
    for first, second in zip(mentions, mentions[1:], strict=False):
        if not (_OPENING.match(text, first.end, second.start) and _CLOSING.match(text, second.end)):
            continue
        for name, acronym in ((first, second), (second, first)):
            words = determiner.sub("", name.text).strip()
            if (
                name.label in ("ORG", "MISC", "LOC")
                and _is_acronym(acronym.text)
                and not _is_acronym(name.text)
                and len(words.split()) > 1
                and abbreviates(acronym.text, words)
            ):
                found.setdefault(acronym.text, name)
    return found


def _same_word(one: str, other: str, endings: frozenset[str]) -> bool:
    """One word, or two spellings of it that differ by an ending of gender or number."""
    short, long = sorted((one, other), key=len)
    return one == other or len(short) > 3 and long.startswith(short) and long[len(short) :] in endings


def _swapped(one: str, other: str) -> bool:
    """Two acronyms of three letters or more, one the other with two letters side by side
    swapped ("CXS", "CSX"): the typo of an acronym. One letter else is another acronym ("PSU",
    "PSG")."""
    differ = [i for i in range(len(one)) if len(one) == len(other) and one[i] != other[i]]
    return (
        len(one) >= 3
        and len(differ) == 2
        and differ[1] == differ[0] + 1
        and one[differ[0]] == other[differ[1]]
        and one[differ[1]] == other[differ[0]]
    )


class _Earlier:
    """The full forms seen so far in a document, indexed by the short forms that stand for
    them, so each mention is resolved in constant time however long the document:

    - a part of a person's name mentioned earlier is that person, whatever the model labelled it
      ("Poutine" after "Vladimir Poutine"; "Marine" after "Marine Le Pen" is not the navy);
    - an acronym stands for the earlier name of those initials ("OMS" after "Organisation
      mondiale de la santé").

    The most recent full form wins."""

    def __init__(self, determiner: re.Pattern[str]) -> None:
        self._determiner = determiner  # left off the names compared
        self._count = 0
        self._person_parts: dict[tuple[str, ...], tuple[int, Entity]] = {}
        self._initials: dict[tuple[str, str], tuple[int, Entity]] = {}

    def add(self, mention: RawMention, entity: Entity) -> None:
        self._count += 1
        full = _key(entity.name, self._determiner).split()
        if mention.label == "PER":
            for size in range(len(full)):
                self._person_parts[tuple(full[len(full) - size :])] = (self._count, entity)
                self._person_parts[tuple(full[:size])] = (self._count, entity)
        initials = "".join(w[0] for w in full if len(w) > 2 or w[0].isdigit())
        self._initials[(initials, mention.label)] = (self._count, entity)

    def full_form(self, mention: RawMention, key: str) -> Entity | None:
        words = key.split()
        found: list[tuple[int, Entity]] = []
        if (
            mention.label in _NAMES
            and not mention.typed
            and (part := self._person_parts.get(tuple(words))) is not None
        ):
            found.append(part)
        if len(words) == 1 and mention.text.isupper() and len(mention.text) >= 2:
            for label in {mention.label} | (_NAMES if mention.label in _NAMES else set()):
                if (acronym := self._initials.get((words[0], label))) is not None:
                    found.append(acronym)
        return max(found, key=lambda item: item[0])[1] if found else None
