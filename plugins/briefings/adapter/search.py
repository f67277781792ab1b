"""What Material's search plugin indexes of a briefing: its text, not its annotation markup.

A briefing's content is ~20 paragraphs inside ~1 000 tags of annotation and panel; the search
plugin parses every tag, so it is given the text and headings alone (what a reader searches),
and the page gets its content back right after.
"""

from __future__ import annotations

from mkdocs.structure.pages import Page

from .state import BuildState


def give_search_the_text(state: BuildState, page: Page) -> None:
    search_text = state.search_texts.get(page.file.src_uri)
    if search_text is not None and page.content is not None:
        state.contents[page.file.src_uri] = page.content
        page.content = search_text


def take_back_the_content(state: BuildState, page: Page) -> None:
    src = page.file.src_uri
    # popped: a page is built once, and thousands of search texts need not outlive their page
    state.search_texts.pop(src, None)
    if src in state.contents:
        page.content = state.contents.pop(src)
