"""The theme's compiled templates are kept across builds, and never run when someone else wrote them."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import jinja2
import pytest

from briefings.adapter.templates import TemplateBytecode
from briefings.cache import read_entry, write_entry

TEMPLATE = "{% for name in names %}<b>{{ name }}</b>{% endfor %}"


class CountingEnvironment(jinja2.Environment):
    """An environment that counts what it compiles."""

    compiled = 0

    def _compile(self, source: str, filename: str) -> object:  # type: ignore[override]
        CountingEnvironment.compiled += 1
        return super()._compile(source, filename)


def environment(folder: Path, bytecode: TemplateBytecode, **settings: object) -> CountingEnvironment:
    env = CountingEnvironment(loader=jinja2.FileSystemLoader(str(folder)), **settings)  # type: ignore[arg-type]
    env.bytecode_cache = bytecode
    return env


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "main.html").write_text(TEMPLATE, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFINGS_CACHE_KEY", "a key for the tests, outside the cache")


def render(env: jinja2.Environment) -> str:
    return env.get_template("main.html").render(names=["Séoul", "<Pyongyang>"])


def test_a_later_build_compiles_nothing(templates: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "templates"
    CountingEnvironment.compiled = 0
    first = render(environment(templates, TemplateBytecode(cache)))
    assert CountingEnvironment.compiled == 1
    # a new process: nothing in memory, the compiled code read from the cache folder
    again = render(environment(templates, TemplateBytecode(cache)))
    assert again == first == "<b>Séoul</b><b><Pyongyang></b>"
    assert CountingEnvironment.compiled == 1
    # a rebuild of `mkdocs serve`: a new environment, the same cache object, nothing read from disk
    kept = TemplateBytecode(None)
    render(environment(templates, kept))
    render(environment(templates, kept))
    assert CountingEnvironment.compiled == 2


def test_an_edited_template_or_other_settings_compile_again(templates: Path, tmp_path: Path) -> None:
    bytecode = TemplateBytecode(tmp_path / "cache")
    CountingEnvironment.compiled = 0
    render(environment(templates, bytecode))
    escaped = render(environment(templates, bytecode, autoescape=True))
    assert escaped == "<b>Séoul</b><b>&lt;Pyongyang&gt;</b>"  # not the code compiled without escaping
    (templates / "main.html").write_text("<i>{{ names | length }}</i>", encoding="utf-8")
    assert render(environment(templates, bytecode)) == "<i>2</i>"
    assert CountingEnvironment.compiled == 3


def test_code_written_by_someone_else_is_never_run(templates: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    CountingEnvironment.compiled = 0
    render(environment(templates, TemplateBytecode(cache)))
    [entry] = cache.glob("*.jinja")
    header = entry.read_text(encoding="utf-8").partition("\n")[0]
    key = header.split('"key": "')[1].split('"')[0]
    assert read_entry(entry, key, secret=b"a key for the tests, outside the cache") is not None
    # the attacker's own code, compiled by Jinja for this template's source, stored with a
    # checksum they computed (they have no key)
    attacker = jinja2.Environment()
    bucket = jinja2.bccache.Bucket(attacker, "x", TemplateBytecode(None).get_source_checksum(TEMPLATE))
    bucket.code = attacker.compile("<script>alert(1)</script>")  # type: ignore[assignment]
    write_entry(entry, key, base64.b64encode(bucket.bytecode_to_string()).decode("ascii"))
    page = render(environment(templates, TemplateBytecode(cache)))
    assert page == "<b>Séoul</b><b><Pyongyang></b>"
    assert CountingEnvironment.compiled == 2  # compiled again from the template itself


def test_a_cache_folder_that_cannot_be_written_only_costs_time(templates: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    bytecode = TemplateBytecode(blocked / "templates")
    assert render(environment(templates, bytecode)) == "<b>Séoul</b><b><Pyongyang></b>"
    assert render(environment(templates, bytecode)) == "<b>Séoul</b><b><Pyongyang></b>"


def test_environments_other_plugins_make_from_the_theme_compile_once(tmp_path: Path) -> None:
    """Material's search plugin makes its own environments on every build (for its language
    partial): with `compile_once`, they find the templates the last build compiled."""
    from mkdocs.config import load_config

    from briefings.adapter.templates import compile_once

    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\ntheme: {name: material}\n", encoding="utf-8")
    compiled: list[str] = []
    bytecode = TemplateBytecode(None)
    translations = []
    counts = []
    for _ in range(2):  # two builds of `mkdocs serve`: a new config, a new theme object each
        config = load_config(str(tmp_path / "mkdocs.yml"))
        compile_once(config.theme, lambda: bytecode)
        compile_once(config.theme, lambda: bytecode)  # once is enough: not wrapped twice
        env = config.theme.get_env()
        assert env.bytecode_cache is bytecode
        env._compile = _counting(env._compile, compiled)  # type: ignore[method-assign]
        template = env.get_template("partials/language.html", None, {"config": config})
        translations.append(template.module.t("search.config.lang"))  # type: ignore[attr-defined]
        counts.append(len(compiled))
    assert translations == ["en", "en"]
    assert counts[0] > 0 and counts[1] == counts[0]  # the second build compiled nothing
    none = load_config(str(tmp_path / "mkdocs.yml"))
    compile_once(none.theme, lambda: None)  # no cache yet (a first build): the theme's own
    assert none.theme.get_env().bytecode_cache is None


def _counting(compile_source: Any, compiled: list[str]) -> Any:
    def counted(source: str, filename: str) -> Any:
        compiled.append(filename)
        return compile_source(source, filename)

    return counted
