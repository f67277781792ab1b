"""Options of the briefings plugin, as written under `plugins: - briefings:` in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config


class BriefingsConfig(Config):
    enabled = opt.Type(bool, default=True)
    """Turn the plugin off without removing it (e.g. to preview hand-written pages quickly)."""

    # Inputs, relative to the folder of mkdocs.yml
    seeds_dir = opt.Type(str, default="seeds")
    """Folder of input articles (.txt, or .md with front matter)."""
    editorial_dir = opt.Type(str, default="briefings")
    """Folder of the editorial layer: per-briefing overlays and `entities.yml`."""

    # Annotation
    model = opt.Type(str, default="fr_core_news_md")
    """spaCy model package used to annotate the seeds."""
    languages = opt.ListOfItems(opt.Type(str), default=["fr"])
    """Languages of seeds that can be annotated; the first is the default."""
    default_knowledge_base = opt.Type(bool, default=True)
    """Include the packaged knowledge base of countries, capitals and organisations."""
    max_seed_chars = opt.Type(int, default=300_000)
    """Seeds longer than this are reported and skipped (spaCy's memory grows with length)."""
    workers = opt.Type(int, default=0)
    """Processes annotating a cold build of many seeds; 0: one per core."""

    # Cache
    cache = opt.Type(bool, default=True)
    """Keep annotations between builds; only new or changed seeds are annotated again."""
    cache_dir = opt.Type(str, default=".cache/briefings")
    """Folder of the annotation cache, relative to mkdocs.yml (keep it out of docs/)."""

    # Output
    briefings_path = opt.Type(str, default="briefings")
    """Site folder of briefing pages."""
    entities_path = opt.Type(str, default="entities")
    """Site folder of entity pages."""
    sources_path = opt.Type(str, default="sources")
    """Site folder of source pages."""
    page_size = opt.Type(int, default=50)
    """Briefings per page of the briefing list (and entities per label on the entity index)."""
    related_size = opt.Type(int, default=5)
    """Related briefings shown on a briefing page."""
    graph_size = opt.Type(int, default=50)
    """Entities drawn on the co-occurrence graph (those found in most briefings)."""
    feed_file = opt.Type(str, default="feed.xml")
    """Site path of the Atom feed of the newest briefings."""
    feed_size = opt.Type(int, default=30)
    """Briefings in the feed."""
    home_list = opt.Type(bool, default=True)
    """Append the list of briefings, newest first, to the home page."""
    export_file = opt.Type(str, default="briefings.json")
    """Site path of the machine-readable export of every annotation."""
