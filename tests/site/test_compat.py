"""Other MkDocs plugins on the sample site: one `mkdocs build --strict` per plugin, each in a copy of
the project with that plugin added to its mkdocs.yml, and something that plugin does checked on
our pages (docs/howto.md, "What works with what", lists the outcomes).

Every build shares one annotation cache, filled by the first (the site with Material's search,
as the project ships it): spaCy annotates the seeds once per session.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..helpers import EPOCH, ROOT, mkdocs

pytestmark = pytest.mark.slow

ENTITY = "entities/vladimir-poutine"
BRIEFING = "briefings/000-6d26b8eed05513dc"
#: Debian's fonts-dejavu-core: Material's social cards download their font from Google Fonts
#: unless it is in their cache folder already, and there is no network here.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# --- the project's mkdocs.yml, read and written back with its `!ENV` tags ----------------------


class _Env:
    def __init__(self, value: Any):
        self.value = value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_Loader.add_constructor("!ENV", lambda loader, node: _Env(loader.construct_sequence(node)))  # type: ignore[arg-type]
_Dumper.add_representer(_Env, lambda dumper, env: dumper.represent_sequence("!ENV", env.value))


def read_config(path: Path) -> dict[str, Any]:
    config = yaml.load(path.read_text("utf-8"), Loader=_Loader)  # noqa: S506 (SafeLoader's subclass)
    assert isinstance(config, dict)
    return config


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.write_text(yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False), "utf-8")


def copy_project(target: Path) -> Path:
    """The files a build reads, copied: mkdocs.yml, docs/, seeds/ and briefings/."""
    target.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    for folder in ("docs", "seeds", "briefings"):
        shutil.copytree(ROOT / folder, target / folder)
    return target


def git_repository(project: Path) -> None:
    """`project` as a repository of one commit, at a fixed date, by a fixed author."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Analyst",
        "GIT_AUTHOR_EMAIL": "analyst@example.org",
        "GIT_COMMITTER_NAME": "Analyst",
        "GIT_COMMITTER_EMAIL": "analyst@example.org",
        "GIT_AUTHOR_DATE": "2024-03-01T12:00:00Z",
        "GIT_COMMITTER_DATE": "2024-03-01T12:00:00Z",
    }
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "sample"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True, capture_output=True)


# --- the cases -------------------------------------------------------------------------------


@dataclass
class Build:
    """A built copy of the project."""

    project: Path
    site: Path
    log: str

    def page(self, uri: str) -> str:
        path = self.site / uri / "index.html"
        if not path.is_file():  # use_directory_urls: false
            path = self.site / f"{uri}.html"
        return path.read_text("utf-8")


@dataclass
class Case:
    """One plugin: what to add to the project, and what to find in the site."""

    plugin: str
    setup: Callable[[Path, dict[str, Any], Path], None]
    check: Callable[[Build, Build], None] | None = None
    #: a bug of the plugin's own that our pages trigger: the end of the error it gives
    fails_with: str = ""
    #: where it is reported, or what else is known of it
    upstream: str = ""


def add_plugin(config: dict[str, Any], entry: Any, *, first: bool = False) -> None:
    plugins = config["plugins"]
    plugins.insert(0, entry) if first else plugins.append(entry)


def write(project: Path, uri: str, text: str) -> None:
    path = project / "docs" / uri
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


# search: as the project ships it -------------------------------------------------------------


def check_search(build: Build, base: Build) -> None:
    index = json.loads((build.site / "search" / "search_index.json").read_text("utf-8"))
    locations = {doc["location"]: doc for doc in index["docs"]}
    assert locations[ENTITY + "/"]["title"] == "Vladimir Poutine"
    assert any(location.startswith("sources/") for location in locations)
    assert BRIEFING + "/" in locations


# Material's tags --------------------------------------------------------------------------


def setup_tags(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, "tags")
    write(project, "tags.md", "# Tags\n\n<!-- material/tags -->\n")
    write(project, "russia.md", f"---\ntags: [Russie]\n---\n\n# Russia\n\nSee [Poutine]({ENTITY}.md).\n")
    config["nav"].append({"Tags": "tags.md"})
    config["nav"].append({"Russia": "russia.md"})


def check_tags(build: Build, base: Build) -> None:
    tags = build.page("tags")
    assert "Russie" in tags and "russia/" in tags
    assert 'href="../entities/vladimir-poutine/"' in build.page("russia")
    assert "Vladimir Poutine" in build.page(ENTITY)


# Material's blog --------------------------------------------------------------------------


def setup_blog(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, "blog")
    write(project, "blog/index.md", "# Blog\n")
    write(
        project,
        "blog/posts/putin.md",
        f"---\ndate: 2024-03-01\n---\n\n# On Putin\n\nEverything about [him](../../{ENTITY}.md).\n",
    )
    config["nav"].append({"Blog": "blog/index.md"})


def check_blog(build: Build, base: Build) -> None:
    post = build.page("blog/2024/03/01/on-putin")
    assert 'href="../../../../../entities/vladimir-poutine/"' in post
    assert "On Putin" in build.page("blog")
    assert "Vladimir Poutine" in build.page(ENTITY)


# Material's social -------------------------------------------------------------------------


def setup_social(project: Path, config: dict[str, Any], shared: Path) -> None:
    cache = shared / "social"
    fonts = cache / "fonts" / "DejaVu Sans"
    if not fonts.is_dir():
        fonts.mkdir(parents=True)
        shutil.copy(DEJAVU / "DejaVuSans.ttf", fonts / "Regular.ttf")
        shutil.copy(DEJAVU / "DejaVuSans-Bold.ttf", fonts / "Bold.ttf")
    add_plugin(
        config,
        {"social": {"cache_dir": str(cache), "cards_layout_options": {"font_family": "DejaVu Sans"}}},
    )


def check_social(build: Build, base: Build) -> None:
    cards = build.site / "assets" / "images" / "social"
    assert (cards / f"{BRIEFING}.png").is_file()
    assert (cards / "index.png").is_file()
    assert (cards / f"{ENTITY}.png").is_file()
    for uri in (BRIEFING, ENTITY):  # its meta tags are added at post_page: after the shell is filled
        image = f"https://example.github.io/briefings/assets/images/social/{uri}.png"
        assert f'<meta property="og:image" content="{image}"' in build.page(uri)
    assert '<meta property="og:title" content="Vladimir Poutine - Briefings"' in build.page(ENTITY)


# Material's privacy and offline ------------------------------------------------------------


def setup_privacy(project: Path, config: dict[str, Any], shared: Path) -> None:
    # Material's own JavaScript names Mermaid on unpkg.com, which privacy downloads: no network
    # here (a published build without this setting downloads it)
    options = {"assets_exclude": ["unpkg.com/*"], "links_attr_map": {"target": "_blank"}}
    add_plugin(config, {"privacy": options})


def check_privacy(build: Build, base: Build) -> None:
    # privacy rewrote the external links of the page as filled in its shell
    entity = build.page(ENTITY)
    assert re.search(r'<a [^>]*href="https://www.wikidata.org/wiki/Q7747"[^>]*target="_blank"', entity)
    assert not re.search(r'<script[^>]+src="https?://', entity)


def setup_offline(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, "offline")


def check_offline(build: Build, base: Build) -> None:
    entity = build.page(ENTITY)
    assert (build.site / f"{ENTITY}.html").is_file()
    assert (build.site / "search" / "search_index.js").is_file()
    assert 'href="../index.html"' in entity


# mkdocs-minify-plugin -------------------------------------------------------------------


def setup_minify(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, {"minify": {"minify_html": True}})


def check_minify(build: Build, base: Build) -> None:
    for uri in (ENTITY, BRIEFING):
        assert len(build.page(uri)) < len(base.page(uri))
        assert "Vladimir Poutine" in build.page(uri)


# mkdocs-redirects ----------------------------------------------------------------------


def setup_redirects(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, {"redirects": {"redirect_maps": {"old.md": f"{ENTITY}.md"}}})


def check_redirects(build: Build, base: Build) -> None:
    assert 'href="../entities/vladimir-poutine/"' in build.page("old")


# mkdocs-autorefs ---------------------------------------------------------------------


def setup_autorefs(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, "autorefs")
    write(
        project,
        "refs.md",
        "# References\n\n[Poutine][vladimir-poutine] and [the NIS][agence-de-renseignement-sud-coreenne].\n",
    )
    config["nav"].append({"References": "refs.md"})


def check_autorefs(build: Build, base: Build) -> None:
    refs = build.page("refs")
    # autorefs always ends its links with an anchor, empty here: the top of the page
    assert 'href="../entities/vladimir-poutine/#"' in refs
    assert 'href="../sources/agence-de-renseignement-sud-coreenne/#"' in refs


# mkdocs-rss-plugin --------------------------------------------------------------------


def setup_rss(project: Path, config: dict[str, Any], shared: Path) -> None:
    # the hand-written pages only: it fails on any generated page (see `rss-generated`)
    add_plugin(config, {"rss": {"match_path": "(methodology|howto)\\.md"}})
    git_repository(project)


def check_rss(build: Build, base: Build) -> None:
    feed = (build.site / "feed_rss_created.xml").read_text("utf-8")
    assert "https://example.github.io/briefings/methodology/" in feed
    assert "/entities/" not in feed and "/briefings/briefings/" not in feed


def setup_rss_generated(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, {"rss": {"match_path": "briefings/.*"}})
    git_repository(project)


# mkdocs-static-i18n ---------------------------------------------------------------------


def setup_i18n(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(
        config,
        {
            "i18n": {
                "docs_structure": "suffix",
                "languages": [
                    {"locale": "en", "default": True, "name": "English", "build": True},
                    {"locale": "fr", "name": "Français", "build": True},
                ],
            }
        },
        first=True,
    )
    write(project, "index.fr.md", "# Accueil\n\nVoir [Poutine](entities/vladimir-poutine.md).\n")


# mkdocs-glightbox -------------------------------------------------------------------------


def setup_glightbox(project: Path, config: dict[str, Any], shared: Path) -> None:
    add_plugin(config, "glightbox")


def check_glightbox(build: Build, base: Build) -> None:
    for uri in (ENTITY, BRIEFING):
        assert "glightbox.min.js" in build.page(uri)


# mkdocs-git-revision-date-localized-plugin -----------------------------------------------


#: Our pages, for plugins that take patterns of pages to leave out.
GENERATED = ["briefings/*", "entities/*", "sources/*", "timeline.md", "graph.md"]


def setup_git_revision_date(project: Path, config: dict[str, Any], shared: Path) -> None:
    # without `exclude`, a generated page shows the time of the build as its last update
    options = {"type": "date", "locale": "en", "exclude": GENERATED}
    add_plugin(config, {"git-revision-date-localized": options})
    git_repository(project)


def check_git_revision_date(build: Build, base: Build) -> None:
    assert "March 1, 2024" in build.page("howto")
    for uri in (BRIEFING, ENTITY, "timeline"):
        assert "git-revision-date-localized-plugin-date" not in build.page(uri)


CASES = [
    Case("tags", setup_tags, check_tags),
    Case("blog", setup_blog, check_blog),
    Case("social", setup_social, check_social),
    Case("privacy", setup_privacy, check_privacy),
    Case("offline", setup_offline, check_offline),
    Case("minify", setup_minify, check_minify),
    Case("redirects", setup_redirects, check_redirects),
    Case("autorefs", setup_autorefs, check_autorefs),
    Case("rss", setup_rss, check_rss),
    Case(
        "rss-generated",
        setup_rss_generated,
        fails_with="TypeError: expected str, bytes or os.PathLike object, not NoneType",
        upstream="no upstream issue found: mkdocs_rss_plugin/plugin.py, on_page_content, "
        "Path(page.file.abs_src_path) on a generated page (MkDocs 1.6 File.generated)",
    ),
    Case(
        "i18n",
        setup_i18n,
        fails_with="TypeError: expected str, bytes or os.PathLike object, not NoneType",
        upstream="https://github.com/ultrabug/mkdocs-static-i18n/issues/263 (open): reconfigure_files "
        "tells documentation pages by file.abs_src_path, which generated pages do not have",
    ),
    Case("glightbox", setup_glightbox, check_glightbox),
    Case("git-revision-date-localized", setup_git_revision_date, check_git_revision_date),
]


def build_copy(folder: Path, shared: Path, case: Case | None = None) -> Build:
    project = copy_project(folder / "project")
    config = read_config(project / "mkdocs.yml")
    if case is not None:
        case.setup(project, config, shared)
    write_config(project / "mkdocs.yml", config)
    site = folder / "site"
    env = {"BRIEFINGS_CACHE_DIR": str(shared / "briefings"), "SOURCE_DATE_EPOCH": EPOCH}
    result = mkdocs("build", "--strict", "--site-dir", str(site), cwd=project, env=env)
    if case is not None and case.fails_with:
        # a known bug of that plugin: when this fails, it is fixed upstream (update docs/howto.md)
        assert result.returncode != 0, case.upstream
        assert result.stderr.rstrip().endswith(case.fails_with), result.stderr[-4000:]
    else:
        assert result.returncode == 0, result.stderr[-4000:]
    return Build(project, site, result.stderr)


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("compat-cache")


@pytest.fixture(scope="session")
def base_build(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Build:
    """The site as the project ships it (Material's search and ours); it fills the shared cache."""
    return build_copy(tmp_path_factory.mktemp("compat-search"), shared_cache)


def test_search(base_build: Build) -> None:
    check_search(base_build, base_build)


@pytest.mark.parametrize("case", CASES, ids=[case.plugin for case in CASES])
def test_plugin(case: Case, tmp_path: Path, shared_cache: Path, base_build: Build) -> None:
    build = build_copy(tmp_path, shared_cache, case)
    assert "annotating" not in build.log  # the shared cache: spaCy ran once, for the base build
    if case.check is not None:
        assert "bfshellx" not in build.page(ENTITY)  # no placeholder of the page shell left
        case.check(build, base_build)
