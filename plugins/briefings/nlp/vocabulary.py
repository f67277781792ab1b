"""The vocabulary of dates and figures (data/<lang>/entities.yml) compiled to patterns; no spaCy."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..language import bundle
from ..text import YEAR_PATTERN


@dataclass(frozen=True)
class Vocabulary:
    date: re.Pattern[str]
    quantity: re.Pattern[str]
    units: frozenset[str]
    count_adjectives: frozenset[str]
    person_titles: frozenset[str]
    not_names: frozenset[str]
    measure_nouns: frozenset[str]
    relative: dict[str, dict[str, int] | None]
    months: dict[str, int]
    weekdays: dict[str, int]
    # functions ending with a capitalised word, as lower-case words, by their last word
    function_phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # lexicalised compound nouns ("membres d'équipage"), as lower-case words, by their first word
    compound_nouns: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # heads of the names of legal texts ("règlement général sur la protection des données")
    legal_texts: frozenset[str] = frozenset()
    # the first day of a month as written ("1er"), and words that place a date after publication
    first_day: str = ""
    next_words: tuple[str, ...] = ()


def _alternation(words: list[str]) -> str:
    """A regex alternation of `words`, longest first, apostrophes either straight or curly."""
    escaped = (re.escape(word).replace("'", "['’]").replace("’", "['’]") for word in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


@cache
def vocabulary(language: str = "fr") -> Vocabulary:
    """The compiled date and quantity patterns for `language` (its bundle's `entities.yml`)."""
    data: dict[str, Any] = bundle(language).data("entities.yml")
    months = _alternation(data["months"])
    weekdays = _alternation(data["weekdays"])
    day_parts = _alternation(data["day_parts"])
    seasons = _alternation(data["seasons"])
    year = rf"(?:{YEAR_PATTERN})"
    relative = {k: v for k, v in data["relative_dates"].items() if v is not None}
    edges = _alternation(data["period_edges"])
    edge_periods = _alternation(data["edge_periods"])
    century = r"[XVI]+(?:e|ème)"
    time_nouns = _alternation(data["time_nouns"])
    number_words = _alternation(data["number_words"])
    ago_units = _alternation([*data["offset_units"], *data["offset_units_singular"]])
    ago = rf"(?:\d+|un|une|{number_words})(?:[- ](?:{number_words}))*\s+(?:{ago_units})"
    modifiers = _alternation(data["relative_modifiers"])
    clock_hours = r"(?:[01]?\d|2[0-3])\s?heures(?:\s?[0-5]\d)?"
    first_day = re.escape(str(data["first_day"]))
    day = rf"(?:{first_day}|[12]?\d|3[01])"
    date_forms = [
        # "2011-2012", "2012/2013": a season or a school year
        rf"{year}\s?[-–/]\s?{year}",
        # "fin du XIXe siècle", "début du XXe", "Xe siècle"
        rf"(?:(?:{edges})\s+du\s+)?{century}\s+siècle|(?:{edges})\s+du\s+{century}",
        # "début de matinée", "fin de journée"
        rf"(?:{edges})\s+d['’e]\s*(?:{edge_periods})",
        # "le reste de la semaine", "la fin du mois", "le début de l'année"
        # ("la fin du mois de mai", "le début de l'année 2020": the month or the year with them)
        rf"(?:le\s+reste|la\s+fin|le\s+début|le\s+milieu)\s+(?:de\s+la|du|de\s+l['’])\s*(?:{edge_periods})"
        rf"(?:\s+d['’e]\s*(?:{months})(?:\s+{year})?|\s+{year})?",
        # "le premier trimestre 2020", "au second semestre"
        rf"(?:premier|second|deuxième|troisième|quatrième)\s+(?:trimestre|semestre)(?:\s+(?:de\s+)?{year})?",
        # "la nuit de vendredi à samedi", "la nuit du 3 au 4 juin"
        rf"la\s+nuit\s+(?:de\s+(?:{weekdays})\s+à\s+(?:{weekdays})|du\s+{day}\s+au\s+{day}\s+(?:{months})(?:\s+{year})?)",
        # "la matinée de mercredi", "la nuit de lundi": one date ("la journée du [[5 juillet|DATE]]")
        rf"(?:la\s+|l['’])(?:matinée|soirée|nuit|journée|après-midi)\s+de\s+(?:{weekdays})",
        # "dans la soirée", "dans l'après-midi": the noun phrase after "dans"
        r"(?<=dans\s)(?:la\s+(?:matinée|soirée|nuit|journée)|l['’]après-midi)",
        # "l'année précédente", "les jours suivants", "le jour même", "la même semaine", "ce jour"
        rf"(?:le|la|l['’]|les|ce|cet|cette|ces)\s*(?:{time_nouns})\s+(?:{modifiers})",
        rf"(?:le|la|les)\s+même\s+(?:{time_nouns})",
        rf"(?:ce|cet|cette)\s+(?:{_alternation(data['demonstrative_time_nouns'])})(?:-là)?",
        # "quelques heures plus tôt", "plusieurs jours auparavant"
        rf"(?:{_alternation(data['vague_counts'])})\s+(?:{_alternation(data['offset_units'])})\s+(?:{_alternation(data['offsets'])})",
        # "le premier siècle avant notre ère", "du Xe au …": the first end of a range of centuries
        rf"(?:{century}|{_alternation(data['ordinal_words'])})\s+siècle(?:\s+(?:avant|après)\s+(?:notre\s+ère|J\.-C\.|Jésus-Christ))?",
        rf"{century}(?=\s+(?:au|et|ou)\s+(?:{century}|{_alternation(data['ordinal_words'])})\s+siècle)",
        # "les 9 et 10 juillet": the first day of a range gets its own span
        rf"{day}(?=\s*(?:et|au|à|,|-)\s*{day}\s+(?:{months}))",
        # "ces derniers mois" ("Les derniers jours de la campagne vont …" is a subject, not a date)
        rf"ces\s+(?:derniers|dernières)\s+(?:{_alternation(data['recent_periods'])})",
        # "le mois de mai", "mois de mai 2012": the month named with its noun
        rf"mois\s+d['’e]\s*(?:{months})(?:\s+{year})?",
        # "ce lundi soir", "ce dimanche"
        rf"(?:ce|cette)\s+(?:{weekdays})(?:\s+(?:{day_parts}))?",
        # "à 19 heures", "vers 14 heures 30": a clock time, not a duration
        *(rf"(?<={_alternation([cue])}\s){clock_hours}" for cue in data["clock_cues"] if "’" not in cue),
        # "lundi 3 juin 2012", "3 juin", "1er mai 2012", "30 juin dernier"
        rf"(?:(?:{weekdays})\s+)?(?:{first_day}|[12]?\d|3[01])\s+(?:{months})(?:\s+{year}|\s+(?:dernier|prochain))?"
        rf"(?:\s+au\s+(?:matin|soir))?",
        # "les deux dernières années", "huit mois précédents": periods counted back or forth from now
        rf"(?:(?:les|ces)\s+)?(?:\d+|{_alternation(data['number_words'])})\s+(?:{_alternation(data['period_adjectives'])})\s+(?:{_alternation(data['period_units'])})",
        rf"(?:(?:les|ces)\s+)?(?:\d+\s+|(?:{_alternation(data['number_words'])})\s+)?(?:{_alternation(data['period_units'])})\s+(?:{_alternation(data['period_adjectives'])})",
        rf"chaque\s+(?:jour|semaine|mois|année|an|matin|soir|nuit|week-end|{seasons}|{weekdays})",
        # "il y a tout juste 50 ans": a point in the past ("il y a" stays outside, like a preposition)
        rf"(?<=il\sy\sa\s)(?:(?:tout\s+juste|près\s+de|plus\s+de|environ|presque)\s+)?{ago}",
        # "il y a une dizaine de jours": an approximate count of time ago
        rf"(?<=il\sy\sa\s)(?:une|quelques)\s+(?:{_alternation(data['approximate_nouns'])})s?\s+d['’e]\s*(?:{ago_units})",
        # "les années 1990", "années 80": a decade
        r"(?:les\s+)?années\s+(?:19|20)?\d0(?!\d)",
        # "dans les prochains jours": the coming days (a subject rarely speaks of them)
        rf"(?:les|des)\s+(?:prochains|prochaines)\s+(?:{_alternation(data['offset_units'])})",
        # "au 17ème mois": a point in a timeline
        r"\d+(?:e|ème)\s+(?:jour|semaine|mois|année|an)",
        # "début juin 2024", "mi-janvier", "octobre 2024", "fin 2012"
        rf"(?:(?:début|fin|courant)\s+|mi-)?(?:{months})(?:\s+{year}|\s+(?:dernier|prochain))?",
        rf"(?:début|fin|mi-)\s*{year}",
        # "dimanche soir", "jeudi"
        rf"(?:{weekdays})(?:\s+(?:{day_parts}))?",
        rf"(?:{_alternation(list(relative))})",
        # seasons, but not the participle "été" ("a été"): a determiner or a year is required
        rf"(?:(?:l['’]|cet\s+|ce\s+|au\s+)(?:{seasons})(?!\s+{year})|(?:{seasons})\s+{year})",
        # clock times: "7h30", "0 h 50", "20 heures"
        r"(?:[01]?\d|2[0-3])\s?h\s?[0-5]\d|(?:[01]?\d|2[0-3])\s?h(?![\w])|(?:[01]?\d|2[0-3]):[0-5]\d",
        # a year after a cue word ("en 2009") or standing alone between commas
        rf"(?:{_alternation(data['year_cues'])})\s(?P<year>{year})(?!\s*(?:\d|%))",
    ]
    date = re.compile(rf"(?<![\w-])(?:{'|'.join(date_forms)})(?![\w-])", re.I)

    number = r"\d{1,3}(?:[  \u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
    number_word = _alternation(data["number_words"])
    # "vingt-et-une", "trois cent quarante"
    spelled = rf"(?:{number_word})(?:[- ](?:et[- ](?:un|une|onze)|(?:{number_word})))*"
    scale = _alternation(data["scale_words"])
    amount = rf"(?:{number}|{spelled})(?:\s+(?:{scale}))?"
    approx_noun = _alternation(data["approximate_nouns"])
    approximators = _alternation(data["approximators"])
    units = _alternation(data["units"])
    # "jusqu'à plus de": a bound before an approximator ("estimées à environ 1 100" keeps only
    # "environ 1 100")
    stacked = rf"(?:{_alternation(data['stacking_bounds'])})\s+(?:{approximators})\s+"
    approximated = rf"(?:{stacked}|(?:{approximators})\s+)?"
    elided = r"(?:(?:plus|moins|près)\s+d['’])"
    quantity_forms = [
        rf"entre\s+{amount}\s+et\s+{amount}",
        rf"de\s+{amount}\s+à\s+{amount}",
        rf"{approximated}{amount}(?:\s*(?:à|-|–|ou)\s*{amount})?",
        # "des dizaines de milliers": an approximate count of a scale
        rf"{approximated}(?:une|des|plusieurs|quelques)\s+(?:{approx_noun})s?(?:\s+de\s+(?:{approx_noun})s)?",
        # "la vingtaine de militaires": the article stays outside
        rf"(?<=\bla\s)(?:{approx_noun})|(?<=\bles\s)(?:{approx_noun})s",
        # "un an", "une semaine": one unit of time or measure
        rf"(?:{approximated}|{elided})?(?:un|une)\s+(?:{_alternation(data['single_units'])})",
    ]
    # a unit glued to a number needs a digit before it: "10t", but not "Mille" + "t"
    quantity = re.compile(
        rf"(?<![\w\[-])(?:{'|'.join(quantity_forms)})(?:(?:(?<=\d)\s*|\s+)(?:{units})(?![\w]))?(?![\w-]|:\d)",
        re.I,
    )
    return Vocabulary(
        date=date,
        quantity=quantity,
        units=frozenset(u.lower() for u in data["units"]),
        count_adjectives=frozenset(data["count_adjectives"]),
        person_titles=frozenset(data["person_titles"]),
        not_names=frozenset(data["not_names"]),
        measure_nouns=frozenset(data["measure_nouns"]),
        relative=relative,
        months={m: i for i, m in enumerate(data["months"], start=1)},
        weekdays={d: i for i, d in enumerate(data["weekdays"])},
        function_phrases=_by_last(data.get("function_phrases") or ()),
        compound_nouns=_by_first(data.get("compound_nouns") or ()),
        legal_texts=frozenset(data["legal_texts"]),
        first_day=str(data["first_day"]),
        next_words=tuple(str(w) for w in data["next_words"]),
    )


def _words(phrase: Any) -> tuple[str, ...]:
    """A phrase's lower-case words, split at spaces and after apostrophes as the tokenizer does."""
    return tuple(re.findall(r"[^\s'’]+['’]?", str(phrase).lower()))


def _by_last(phrases: Any) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lower-case phrases, by their last word, the longest first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for words in map(_words, phrases):
        found.setdefault(words[-1], set()).add(words)
    return {last: tuple(sorted(p, key=len, reverse=True)) for last, p in found.items()}


def _by_first(phrases: Any) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lower-case phrases, by their first word, the longest first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for words in map(_words, phrases):
        found.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(p, key=len, reverse=True)) for first, p in found.items()}
