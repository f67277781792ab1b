"""Run the stages for a project: seeds → annotations → briefings, shared by the plugin and the CLI."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .config import BriefingsConfig
from .models import Briefing
from .nlp import KnowledgeBase, annotate_articles
from .seeds import SeedReport, find_seeds, read_seeds

log = logging.getLogger("mkdocs.plugins.briefings")


@dataclass
class Project:
    """Where a project's inputs live, and the options that shape the annotation."""

    root: Path
    config: BriefingsConfig

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.config.seeds_dir

    @property
    def editorial_dir(self) -> Path:
        return self.root / self.config.editorial_dir

    def knowledge_base(self) -> KnowledgeBase:
        return KnowledgeBase.load(
            [self.editorial_dir / "entities.yml"],
            include_default=self.config.default_knowledge_base,
        )

    def read(self, paths: Sequence[Path] | None = None) -> SeedReport:
        paths = find_seeds(self.seeds_dir) if paths is None else paths
        return read_seeds(paths, root=self.root, languages=self.config.languages)

    def annotate(self, report: SeedReport, kb: KnowledgeBase) -> list[Briefing]:
        annotations = annotate_articles(report.articles, model=self.config.model, kb=kb)
        return [Briefing(a, n) for a, n in zip(report.articles, annotations, strict=True)]


def export_json(briefings: Sequence[Briefing]) -> str:
    """The export, byte-identical for identical inputs."""
    return json.dumps([b.to_export() for b in briefings], ensure_ascii=False, indent=2) + "\n"
