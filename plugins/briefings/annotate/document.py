"""The last component of the pipeline: a parsed Doc → its mentions, sentences and claims.

`annotate_articles` asks for it with the language of its articles, and spaCy then runs it in its
worker processes, right after the parse: the canonicalisation and the claims no longer queue up
in the parent, one document at a time, while the workers parse. What the parent gets back is a
small Doc that carries only the result: it has no use for the parse itself, whose tokens, tensor
and strings would cost a serialisation in the worker and another in the parent.
"""

from __future__ import annotations

import pickle
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from .. import sourcing
from ..knowledge import KnowledgeBase
from ..model import Annotation, Entity, EntityMention
from ..nlp.canonical import Canonicaliser, RawMention
from ..nlp.consistency import TYPED_ORGANISATIONS
from ..nlp.pipeline import whole_text_components
from ..sourcing.layout import text_of

#: Name of the component, and its key in the `user_data` of the Doc it returns.
ANNOTATOR = "briefings_annotation"
#: Labels our components and knowledge base give; they are kept as they are.
RULE_MADE = ("DATE", "QUANTITY", "NORP")
#: The model's labels → ours. Anything else the model may produce is "MISC".
MODEL_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "MISC": "MISC",
}


@Language.factory(ANNOTATOR)
def make_annotator(nlp: Language, name: str) -> DocumentAnnotator:
    return DocumentAnnotator()


class DocumentAnnotator:
    """With a `language` (`component_cfg`), replaces the Doc by one holding its annotation; without
    one (a plain `nlp(text)`, as the tests and the evaluation run it), leaves the Doc as it is."""

    def __init__(self) -> None:
        self.use(KnowledgeBase())

    def use(self, kb: KnowledgeBase) -> None:
        """The knowledge base of the pipeline (`load_pipeline` builds one per knowledge base)."""
        self.kb = kb
        self.canonicaliser = Canonicaliser(kb)

    def __call__(self, doc: Doc, language: str | None = None) -> Doc:
        if language is None:
            return doc
        annotation = annotate_doc(doc, self.canonicaliser, self.kb, language=language)
        result = Doc(doc.vocab)
        # pickled: user_data must survive Doc.to_bytes (msgpack), and pickle keeps the data
        # classes and their tuples as they are
        result.user_data[ANNOTATOR] = pickle.dumps(annotation, protocol=pickle.HIGHEST_PROTOCOL)
        return result


def annotation_of(doc: Doc) -> Annotation:
    """The annotation a Doc returned by `DocumentAnnotator` carries."""
    return annotation_from(annotation_data(doc))


def annotation_data(doc: Doc) -> bytes:
    """What a worker sends back of a Doc returned by `DocumentAnnotator`: its annotation, pickled."""
    data: bytes = doc.user_data[ANNOTATOR]
    return data


def annotation_from(data: bytes) -> Annotation:
    annotation: Annotation = pickle.loads(data)
    return annotation


def piece_data(doc: Doc) -> bytes:
    """What a worker sends back of a parsed piece of a long text: the Doc without its tensor (no
    component after the parse reads it)."""
    data: bytes = doc.to_bytes(exclude=["tensor", "user_data"])
    return data


def whole_text(nlp: Language, pieces: list[bytes], text: str, *, language: str) -> Annotation:
    """The annotation of a long text from its parsed pieces, in order: put back together, then
    the components that need the whole text run once (`nlp.whole_text_components`)."""
    docs = [Doc(nlp.vocab).from_bytes(data) for data in pieces]
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    if text_of(doc) != text:  # never expected: spans are offsets into `text`
        raise ValueError("the pieces of the text do not join into the text")
    pieces_only = [name for name in nlp.pipe_names if name not in whole_text_components(nlp)]
    return annotation_of(nlp(doc, disable=pieces_only, component_cfg={ANNOTATOR: {"language": language}}))


def annotate_doc(doc: Doc, canonicaliser: Canonicaliser, kb: KnowledgeBase, *, language: str) -> Annotation:
    """What a parsed Doc alone says: canonical mentions, sentences and claims. The values of dates
    (they need the publication date) and the credited sources are the caller's to add."""
    text = text_of(doc)  # spaCy rebuilds doc.text from the tokens on every access
    raw = []
    typed = frozenset(tuple(offsets) for offsets in doc.user_data.get(TYPED_ORGANISATIONS, ()))
    for ent in doc.ents:
        start, end = whole_characters(text, ent.start_char, ent.end_char)
        if start < end:
            label = ent.label_ if ent.label_ in RULE_MADE else MODEL_LABELS.get(ent.label_, "MISC")
            organisation = label == "ORG" and (ent.start_char, ent.end_char) in typed
            raw.append(RawMention(start, end, text[start:end], label, ent.ent_id_, typed=organisation))
    mentions: list[EntityMention] = []
    entities: dict[str, Entity] = {}
    for mention, entity in canonicaliser.resolve(raw, text):
        label = mention.label if mention.label in RULE_MADE else entity.label
        mentions.append(EntityMention(mention.start, mention.end, mention.text, label, entity.id))
        entities.setdefault(entity.id, entity)
    return Annotation(
        mentions=mentions,
        sentences=[(sent.start_char, sent.end_char) for sent in doc.sents],
        entities=entities,
        claims=sourcing.extract_claims(doc, mentions=mentions, kb=kb, language=language),
    )


def whole_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """Move span edges off combining marks, so a span never cuts a character as readers see it
    ("«" followed by a stray accent is one character on screen, two code points)."""
    while start < end and unicodedata.combining(text[start]):
        start += 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end
