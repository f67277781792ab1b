"""Hand-made data for tests that need no model: articles, mentions, claims and briefings."""

from __future__ import annotations

from briefings.model import Annotation, Article, Block, Briefing, Claim, Entity, EntityMention, Source


def article(slug: str, text: str, *, title: str = "", date: str | None = None) -> Article:
    """An article whose whole text is one paragraph."""
    return Article(
        slug, f"seeds/{slug}.txt", title or slug, text, [Block("paragraph", 0, len(text))], date=date
    )


def mention(text: str, surface: str, label: str, entity_id: str, *, occurrence: int = 1) -> EntityMention:
    """The `occurrence`-th mention of `surface` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return EntityMention(start, start + len(surface), surface, label, entity_id)


def source(name: str, kind: str = "government", *, entity_id: str | None = None) -> Source:
    return Source(entity_id or name.lower(), name, kind, True, entity_id)


def claim(text: str, content: str, who: Source, **fields: object) -> Claim:
    """A claim of `who` whose content is the first `content` of `text`."""
    start = text.index(content)
    values: dict[str, object] = {
        "cue": "a affirmé",
        "cue_start": 0,
        "cue_end": 0,
        "stance": "asserts",
        "reliability": "B",
        "credibility": 3,
        "reasons": ("named government: usually reliable",),
    }
    values.update(fields)
    return Claim(start, start + len(content), content, who, **values)  # type: ignore[arg-type]


def briefing(
    slug: str,
    text: str,
    *,
    mentions: list[EntityMention] | None = None,
    claims: list[Claim] | None = None,
    date: str | None = None,
    title: str = "",
) -> Briefing:
    """A briefing; its entities are those its mentions name."""
    mentions = mentions or []
    entities = {m.id: Entity(m.id, m.text, m.label) for m in mentions}
    annotation = Annotation(mentions=mentions, claims=claims or [], entities=entities)
    return Briefing(article(slug, text, title=title, date=date), annotation)


def troops(slug: str, text: str, who: Source, figure: str, *, date: str | None = None) -> Briefing:
    """A briefing whose one claim, by `who`, gives `figure` about North Korea."""
    return briefing(
        slug,
        text,
        mentions=[
            mention(text, figure, "QUANTITY", "quantity-" + slug),
            mention(text, "Corée du Nord", "LOC", "coree-du-nord"),
        ],
        claims=[claim(text, text, who)],
        date=date,
    )
