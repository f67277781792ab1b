"""The site model: page kinds, URL scheme, pagination, links, and one view per page kind.

Nothing here imports MkDocs: an adapter (the MkDocs plugin today) registers these pages with its
engine, gives each its URL, and asks for their HTML.
"""

from .build import SiteRenderer
from .data import Pieces, SiteData, SiteOptions, View
from .errors import SeedErrorPage, error_pages
from .feeds import atom_feed, news_article_jsonld
from .links import Links
from .pages import KeptPages, PageConflict, SitePage, place_pages, plan_pages
from .previews import Previews, card_address, preview_files
from .urls import UrlScheme, page_url, relative_url
from .views import listing_html, page_title, view_of

__all__ = [
    "KeptPages",
    "Links",
    "PageConflict",
    "Previews",
    "Pieces",
    "SeedErrorPage",
    "SiteData",
    "SiteOptions",
    "SitePage",
    "SiteRenderer",
    "UrlScheme",
    "View",
    "atom_feed",
    "card_address",
    "error_pages",
    "listing_html",
    "news_article_jsonld",
    "page_title",
    "page_url",
    "place_pages",
    "plan_pages",
    "preview_files",
    "relative_url",
    "view_of",
]
