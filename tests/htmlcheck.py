"""Parse rendered HTML in tests: is it well nested, and what text does a reader see?"""

from __future__ import annotations

from html.parser import HTMLParser


class ParsedHtml(HTMLParser):
    VOID = {"br", "img", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> ParsedHtml:
    parsed = ParsedHtml()
    parsed.feed(html)
    parsed.close()
    return parsed
