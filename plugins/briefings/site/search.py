"""What search indexes of an entity or a source: its name, label, aliases and description."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import escape

from ..corpus import SourceRecord
from ..i18n import Strings
from ..model import Entity
from .data import Pieces


def entity_search_html(entity: Entity, strings: Strings) -> str:
    """The name as the page's heading (search ranks a match in a title first), then the label,
    the other names and the description."""
    details = [strings.word("label", entity.label), *entity.aliases, entity.description]
    text = " · ".join(escape(detail) for detail in details if detail)
    return f"<h1>{escape(entity.name)}</h1>\n<p>{text}</p>"


def source_search_html(record: SourceRecord, strings: Strings) -> str:
    source = record.source
    return f"<h1>{escape(source.name)}</h1>\n<p>{escape(strings.word('kind', source.kind))}</p>"


def title_search_html(title: str) -> str:
    """What search gets of a page that gathers other pages (lists, indexes, the timeline, the
    graph): its title. The briefings, entities and sources it lists are indexed on their own
    pages; indexing them again here would put these long pages before them in the results, and
    parsing them cost more than all the rest of a rebuild."""
    return f"<h1>{escape(title)}</h1>"


def with_search(render: Callable[[], Pieces], search: Callable[[], str]) -> Callable[[], Pieces]:
    """`render`, with the page's search text as its `search` piece."""
    return lambda: {**render(), "search": search()}
