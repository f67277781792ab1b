"""Briefings: an MkDocs plugin that turns raw news articles into annotated briefing pages."""

__version__ = "0.1.0"
