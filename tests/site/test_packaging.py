"""Packaging: the license, every import declared, and a clear message on an old Python."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from ..helpers import ROOT

PACKAGE = ROOT / "plugins" / "briefings"


def _pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_the_license_is_mit_and_shipped() -> None:
    project = _pyproject()["project"]
    assert project["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")


def _distributions(requirement: str) -> set[str]:
    """The distributions a requirement brings: "dask[distributed]==1" → {dask, distributed}."""
    name, _, rest = requirement.partition("[")
    extras = rest.split("]", 1)[0].split(",") if rest else []
    names = [re.split(r"[\s<>=!~;]", name, maxsplit=1)[0], *extras]
    return {n.strip().lower().replace("_", "-") for n in names if n.strip()}


def test_every_third_party_import_is_declared() -> None:
    project = _pyproject()["project"]
    requirements = [*project["dependencies"], *sum(project["optional-dependencies"].values(), [])]
    declared = set().union(*(_distributions(r) for r in requirements))
    modules: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    third_party = modules - set(sys.stdlib_module_names) - {"briefings", "__future__"}
    owners = packages_distributions()
    undeclared = {
        module: owners.get(module)
        for module in third_party
        if not {d.lower().replace("_", "-") for d in owners.get(module, [])} & declared
    }
    assert undeclared == {}


def test_an_old_python_gets_a_clear_message(tmp_path: Path) -> None:
    fake = tmp_path / "python3"
    fake.write_text('#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Python 3.10.12"; exit 0; fi\nexit 1\n')
    fake.chmod(0o755)
    result = subprocess.run(
        ["make", "--no-print-directory", "check-python", f"PYTHON={fake}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "needs Python >= 3.11" in result.stderr and "Python 3.10.12" in result.stderr
    ok = subprocess.run(
        ["make", "--no-print-directory", "check-python", f"PYTHON={sys.executable}"], cwd=ROOT
    )
    assert ok.returncode == 0
