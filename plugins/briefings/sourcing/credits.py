"""Briefing-level sources from credit lines: "Avec des informations de l'AFP" → the AFP."""

# Credit lines are metadata of the article (`Article.credits`), not part of its text; they name
# the news agencies or media the article draws on. No spaCy here: a warm build can call this.

from __future__ import annotations

from collections.abc import Iterable

from ..knowledge import KnowledgeBase
from ..model import SOURCE_KINDS, Source
from ..text import slugify
from .lexicon import lexicon, norm


def credit_sources(
    credits: Iterable[str], kb: KnowledgeBase | None = None, *, language: str = "fr"
) -> list[Source]:
    """Briefing-level sources from credit lines ("Avec des informations de l'AFP" → AFP).

    Credits that name the authors ("Wikinews contributors") are not sources of information and
    are left out. A known news agency is a `news_agency`; a name of the knowledge base takes the
    entity's kind; any other name is taken for a medium.
    """
    return CreditReader(kb, language=language).sources(credits)


class CreditReader:
    """`credit_sources` for many articles: the names of the knowledge base are indexed once."""

    def __init__(self, kb: KnowledgeBase | None = None, *, language: str = "fr"):
        self.lex = lex = lexicon(language)
        kb = kb or KnowledgeBase()
        self.by_name = {
            norm(form): entity for entity in kb.entities.values() for form in (entity.name, *entity.aliases)
        }
        self.agencies = {norm(short): (short, full) for short, full in lex.news_agencies.items()}
        self.agencies.update({norm(full): (short, full) for short, full in lex.news_agencies.items()})
        # "du Monde" lost the article of "Le Monde": the articles that stand apart, to try again
        self.articles = tuple(a for a in lex.words.leading_articles if not a.endswith("'"))

    def sources(self, credits: Iterable[str]) -> list[Source]:
        lex, by_name, agencies = self.lex, self.by_name, self.agencies
        sources: list[Source] = []
        for credit in credits:
            if lex.author_credits.search(credit):
                continue
            rest = lex.credit_prefixes.sub("", credit.strip().replace("’", "'"), count=1)
            for name in lex.credit_separator.split(rest):
                name = lex.leading_article.sub("", name.strip().rstrip(".")).strip()
                if not name:
                    continue
                forms = (name, *(f"{article} {name}" for article in self.articles))
                entity = next((by_name[norm(form)] for form in forms if norm(form) in by_name), None)
                agency = agencies.get(norm(name))
                if agency is not None:
                    short, full = agency
                    entity = entity or by_name.get(norm(short)) or by_name.get(norm(full))
                    source = Source(
                        id=entity.id if entity else slugify(short),
                        name=full if full == short else f"{full} ({short})",
                        kind="news_agency",
                        named=True,
                        entity_id=entity.id if entity else None,
                    )
                elif entity is not None:
                    kind = lex.kb_kinds.get(entity.kind or "", entity.kind or "") or "media"
                    source = Source(
                        entity.id, entity.name, kind if kind in SOURCE_KINDS else "media", True, entity.id
                    )
                else:
                    source = Source(slugify(name), name, "media", True)
                if all(s.id != source.id for s in sources):
                    sources.append(source)
        return sources
