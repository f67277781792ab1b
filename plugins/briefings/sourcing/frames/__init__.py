"""The frames, one module per attribution pattern; importing this package registers them all."""

# | pattern | module | frames |
# |---|---|---|
# | verb cue | verb.py | `verb_cues` (document), `own_words`, `verb` (cue) |
# | postposed cue or apposition | incise.py | `incise` |
# | as X said ("comme l'a rappelé X, P", "C'est ce qu'a annoncé X") | aside.py | `aside` |
# | participle | participle.py | `participle` |
# | passive agent | passive.py | `passive` |
# | narrative infinitive ("Et d'ajouter : « Q »") | narrative.py | `narrative` |
# | "…, confirmant une information de X" | corroboration.py | `corroboration`, `corroborated` |
# | learned from ("a-t-on appris auprès de X") | learned.py | `learned` |
# | figure estimate | estimate.py | `estimate` |
# | selon/d'après | preposition.py | `preposition` |
# | noun or document source | noun.py | `noun` |
# | noun pointing back ("C'est l'avis de X"), noun naming a quote | backward.py | `backward`, `quotation_noun`
# | colon or quote | quote.py | `colon`, `standalone_quote` |
# | attitude or word of speech before a colon ("X est formel : P") | attitude.py | `attitude` |
# | no comment | refusal.py | `no_comment` |
# | interview: an answer after its speaker's label ("X : P") | interview.py | `interview` |
#
# The order they run in is in `briefings.sourcing.registry`.

from __future__ import annotations

from . import (
    aside,
    attitude,
    backward,
    corroboration,
    estimate,
    incise,
    interview,
    learned,
    narrative,
    noun,
    participle,
    passive,
    preposition,
    quote,
    refusal,
    verb,
)

__all__ = [
    "aside",
    "attitude",
    "backward",
    "corroboration",
    "estimate",
    "incise",
    "interview",
    "learned",
    "narrative",
    "noun",
    "participle",
    "passive",
    "preposition",
    "quote",
    "refusal",
    "verb",
]
