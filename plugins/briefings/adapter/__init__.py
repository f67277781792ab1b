"""The MkDocs adapter: the only code of the package that imports MkDocs.

`briefings.plugin` holds the hooks; this package holds what they need of MkDocs: the plugin's
config schema, page registration, the search text, sitemap entries, the bulk writer of entity
and source pages, and the internals of MkDocs it relies on (behind a version guard).
"""
