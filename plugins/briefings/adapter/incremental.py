"""Rebuild only the pages an edit changes, under `mkdocs serve --dirty` (what `make serve` runs).

MkDocs' `--dirty` rebuilds a page when its source file is newer than its output. Our pages have no
source file, and one seed's edit changes other pages too: its entities', its sources', the lists.
So every generated page gets an output key: its view's key (a digest of exactly what the page
shows, see `site/views.py`) with what every page shows (settings, config file, hand-written pages,
navigation). A page is built again when the key of what its output file holds differs; a page
whose view has no key (a broken seed's page) and every hand-written page are always built.

What MkDocs' `--dirty` leaves stale is made whole here, so that the site equals a clean build:
- the search index gets, in build order, the entries of every page, kept from the build that
  last wrote the page;
- the outputs of files that are gone (a deleted or renamed seed's pages) are deleted.

Other plugins that gather something from every page (a blog, tags, social cards) see only the
pages built again: with them, use a plain `mkdocs serve` (see docs/performance.md).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ..cache import PageCache, digest
from ..site import page_title, view_of
from ..site.changes import CorpusReads, pages_to_look_at, read_corpus
from ..site.pages import BriefingPage
from .pages import page_meta
from .state import BuildState


def quiet_dirty_warning() -> None:
    """MkDocs warns that a dirty build "will likely lead to inaccurate navigation": not with this
    plugin, whose pages are built again whenever what they show changed."""
    logger = logging.getLogger("mkdocs.commands.build")
    if not any(isinstance(f, _DirtyWarning) for f in logger.filters):
        logger.addFilter(_DirtyWarning())


class _DirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


@dataclass
class IncrementalBuilds:
    """What a process's earlier builds wrote into the site folder, and this build's plan."""

    #: output path -> key of what the file there holds, as of the last build that completed
    written: dict[str, str] = field(default_factory=dict)
    #: a page's search entries, by `src_uri`, from the build that last wrote it
    search_entries: dict[str, list[Any]] = field(default_factory=dict)
    #: every output path of the last build that completed
    outputs: set[str] = field(default_factory=set)
    #: this build: output path -> key, for the files it writes
    planned: dict[str, str] = field(default_factory=dict)
    #: this build: pages written (their keys are committed once the build completes)
    built: set[str] = field(default_factory=set)
    #: what the last complete build's pages read of the corpus, and each page's key and its
    #: view's key: a page an edit cannot change keeps its key without computing its view again
    reads: CorpusReads | None = None
    keys: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    #: the same, for this build, committed once it completes
    next_reads: CorpusReads | None = None
    next_keys: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    #: a generated file's content (the very object) and its digest, by output path: a file
    #: whose content is the object the last build gave it is not digested again
    digests: dict[str, tuple[object, str]] = field(default_factory=dict)
    #: a page's output key, by output path, with the site key and page key it was made of
    page_digests: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    #: the site folder of the last complete build (device, inode): `written` is trusted while
    #: it is there, without a stat of each of its 20 000 files on every rebuild (`mkdocs serve`
    #: builds into a temporary folder of its own, which nothing else writes to)
    folder: tuple[int, int] | None = None

    def start(self, site_dir: str | None = None) -> None:
        """A build starts. `site_dir`: its site folder; one removed or replaced since the last
        build holds none of `written`."""
        self.planned = {}
        self.built = set()
        self.next_reads = None
        self.next_keys = {}
        if site_dir is not None and _folder_stamp(site_dir) != self.folder:
            self.written = {}

    def plan_page(self, file: File, key: str | None, site_key: str) -> bool:
        """Whether a generated page must be built again; tells MkDocs' `--dirty` so."""
        planned = None
        if key is not None:
            path = file.abs_dest_path
            known = self.page_digests.get(path)
            if known is not None and known[0] == site_key and known[1] == key:
                planned = known[2]
            else:
                planned = digest(site_key, key)
                self.page_digests[path] = (site_key, key, planned)
        changed = planned is None or not self._holds(file.abs_dest_path, planned)
        if planned is not None:
            self.planned[file.abs_dest_path] = planned
        _set_modified(file, changed)
        return changed

    def plan_other(self, file: File, content: str | bytes | None = None) -> None:
        """A hand-written page is always built again; a generated file (JSON, the export, the
        feed) is written again only when its bytes changed. `content`: the generated file's
        content, when known (the same content as the last build's is not digested again)."""
        if file.is_documentation_page():
            _set_modified(file, True)
        elif file.generated_by is not None and file.abs_src_path is None:
            path = file.abs_dest_path
            known = self.digests.get(path) if content is not None else None
            if known is not None and (known[0] is content or known[0] == content):
                planned = known[1]
            else:
                planned = "bytes:" + hashlib.sha256(file.content_bytes).hexdigest()
            if content is not None:
                self.digests[path] = (content, planned)
            self.planned[path] = planned
            if self._holds(path, planned):
                _set_modified(file, False)
            else:
                self.built.add(path)

    def page_built(self, file: File) -> None:
        self.built.add(file.abs_dest_path)

    def finish(self, files: Files, site_dir: str) -> None:
        """After a complete build: remember what it wrote, and delete what is no longer a file of
        the site (only inside `site_dir`)."""
        for path in self.built:
            if path in self.planned:
                self.written[path] = self.planned[path]
            else:
                self.written.pop(path, None)
        outputs = {file.abs_dest_path for file in files}
        root = os.path.realpath(site_dir)
        for path in sorted(self.outputs - outputs):
            self.written.pop(path, None)
            _remove_output(path, root)
        self.outputs = outputs
        self.folder = _folder_stamp(site_dir)
        self.digests = {path: known for path, known in self.digests.items() if path in outputs}
        self.page_digests = {path: known for path, known in self.page_digests.items() if path in outputs}
        known = {file.src_uri for file in files}
        self.search_entries = {src: entries for src, entries in self.search_entries.items() if src in known}
        self.reads, self.keys = self.next_reads, self.next_keys

    def search_index(self, files: Iterable[File]) -> list[Any]:
        """Every page's search entries in the order a clean build indexes them (its build order)."""
        return [entry for file in files for entry in self.search_entries.get(file.src_uri, ())]

    def _holds(self, path: str, key: str) -> bool:
        return self.written.get(path) == key


def _folder_stamp(folder: str) -> tuple[int, int] | None:
    try:
        found = os.stat(folder)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class Collections:
    """`mkdocs serve`: the garbage collector's full collections, once per rebuild instead of
    every few hundred thousand objects made.

    What a build reads and makes (annotations, corpus, caches: millions of objects that live
    as long as the process, or until an edit replaces them) is left out of the collector's
    sight (`gc.freeze`): a later collection would otherwise walk it all again. After the first
    build, everything is collected once and frozen. Each rebuild starts by collecting what the
    build before it left (its cycles are garbage by then: its files, pages, navigation and
    templates) and freezing what survives; until the rebuild ends, the collector then makes
    no full collection: an edit makes the corpus and its indexes again, hundreds of thousands
    of new objects, which set off several, each walking every object made since the freeze.
    Young objects are still collected as usual (the cycles a page's rendering leaves, say).

    Objects still free when nothing refers to them; only cycles among frozen objects are not
    collected, so when the process's memory blocks have grown by half since the collector last
    saw every object, they are all collected once again. (Python's own count of the frozen
    objects, `gc.get_freeze_count`, walks them all: a quarter of a second at 5 000 seeds, on
    every rebuild; `sys.getallocatedblocks` counts arenas' pools, in a millisecond.)"""

    #: the allocated blocks may grow this much (a factor) before every object is collected again
    GROWTH = 1.5
    #: young collections before a full one, during a rebuild: never
    NO_FULL_COLLECTION = 1 << 30

    def __init__(self) -> None:
        self.baseline: int | None = None  # allocated blocks after the last full collection
        self.thresholds: tuple[int, int, int] | None = None  # the collector's, while paused

    @property
    def started(self) -> bool:
        """Whether a first build has been frozen."""
        return self.baseline is not None

    def first_build_done(self) -> None:
        self._collect_all()

    def rebuild_starts(self) -> None:
        """At the start of a rebuild: the last build's leftovers collected, the rest frozen, no
        full collection until the rebuild ends."""
        if self.baseline is None:
            return
        gc.collect()
        gc.freeze()
        if sys.getallocatedblocks() > self.baseline * self.GROWTH:
            self._collect_all()
        if self.thresholds is None:
            self.thresholds = gc.get_threshold()
            young, middle, _ = self.thresholds
            gc.set_threshold(young, middle, self.NO_FULL_COLLECTION)

    def resume(self) -> None:
        """The collector as it was (after a build, or a build that failed)."""
        if self.thresholds is not None:
            gc.set_threshold(*self.thresholds)
            self.thresholds = None

    def _collect_all(self) -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.baseline = sys.getallocatedblocks()


def site_key(config: MkDocsConfig, files: Files, generated: set[str], settings_digest: str, nav: Any) -> str:
    """What every page shows besides its own data: the settings (templates, words, options), the
    config file, the hand-written pages (their titles are in the navigation) and the navigation."""
    config_bytes = b""
    if config.config_file_path and os.path.isfile(config.config_file_path):
        config_bytes = _read(config.config_file_path)
    hand_written = []
    for file in files.documentation_pages():
        if file.src_uri not in generated:
            source = file.content_bytes if file.abs_src_path is None else _read(file.abs_src_path)
            hand_written.append((file.src_uri, file.url, hashlib.sha256(source).hexdigest()))
    return digest(
        settings_digest,
        config.site_url,  # the pages' canonical addresses
        hashlib.sha256(config_bytes).hexdigest(),
        _theme_overrides(config),
        hand_written,
        _nav_outline(nav.items if nav is not None else []),
    )


def _nav_outline(items: Iterable[Any]) -> list[Any]:
    return [
        (type(item).__name__, item.title, getattr(item, "url", None), _nav_outline(item.children or []))
        for item in items
    ]


def _theme_overrides(config: MkDocsConfig) -> list[tuple[str, int, int]]:
    """Files of the site's own theme folder (`custom_dir`): their names, sizes and times."""
    folder = config.theme.custom_dir
    if not folder or not os.path.isdir(folder):
        return []
    found = []
    for parent, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            stat = os.stat(path)
            found.append((os.path.relpath(path, folder), stat.st_size, stat.st_mtime_ns))
    return sorted(found)


def _set_modified(file: File, modified: bool) -> None:
    # MkDocs asks `is_modified()` under --dirty; an instance attribute answers for this file only
    file.is_modified = lambda: modified  # type: ignore[method-assign]


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _remove_output(path: str, root: str) -> None:
    """Delete a stale output and the folders it leaves empty, never outside `root`."""
    real = os.path.realpath(path)
    if not real.startswith(root + os.sep):
        return
    with contextlib.suppress(FileNotFoundError):
        os.remove(real)
    folder = os.path.dirname(real)
    while folder.startswith(root + os.sep):
        try:
            os.rmdir(folder)
        except OSError:
            break
        folder = os.path.dirname(folder)


def plan_build(
    builds: IncrementalBuilds,
    state: BuildState,
    files: Files,
    config: MkDocsConfig,
    nav: Any,
    *,
    settings_digest: str,
    cache: PageCache,
) -> int:
    """Tell MkDocs' `--dirty` which files to build again; the views of the pages built again are
    kept for their `page_content` event. Returns how many generated pages are built again.

    Only the pages an edit may change get their view computed again (`site/changes.py`); the
    others keep the keys the last complete build gave them."""
    builds.start(config.site_dir)
    key = site_key(config, files, set(state.pages), settings_digest, nav)
    site = state.site
    corpus = site.corpus
    look = pages_to_look_at(builds.reads, corpus, site.fingerprints, key, state.pages)
    related: dict[str, tuple[str, ...]] = {}
    again = 0
    for file in files:
        generated = state.pages.get(file.src_uri)
        if generated is None:
            builds.plan_other(file, state.contents_of.get(file.src_uri))
            continue
        kept = builds.keys.get(file.src_uri) if look is not None and file.src_uri not in look else None
        view = links = None
        if kept is None:
            links = state.links(file.url, files)
            view = view_of(generated, site, links)
            title = page_title(generated, site.strings)
            kept = (digest(title, view.key) if view.key is not None else None, view.key)
            if isinstance(generated, BriefingPage) and generated.briefing is not None:
                shown = corpus.related(generated.briefing, limit=site.options.related_size)
                related[generated.briefing.slug] = tuple(r.briefing.slug for r in shown)
        builds.next_keys[file.src_uri] = kept
        page_key, view_key = kept
        if builds.plan_page(file, page_key, key):
            if view is None or links is None:  # not what the last build wrote: built again all the same
                links = state.links(file.url, files)
                view = view_of(generated, site, links)
            state.views[file.src_uri] = (view, links)
            again += 1
        else:
            if view_key is not None:
                cache.keep(view_key)  # still shown: a clean build must find it in the cache
            if file.page is not None and file.inclusion.is_in_nav():  # its title is on every page
                file.page.markdown = ""  # what `page_markdown` makes of it; MkDocs reads titles after it
                file.page.meta.update(page_meta(generated, site.strings))
    state.renderer.expect(state.pages[src_uri] for src_uri in state.views)
    if builds.reads is not None and look is not None:
        related = {**builds.reads.related, **related}
    builds.next_reads = read_corpus(
        corpus, site.fingerprints, key, related=related, before=builds.reads, pages=state.pages
    )
    return again
