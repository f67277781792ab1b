"""The evaluation sets and how our pipeline is run on them, shared by evaluate.py and
evaluate_claims.py.

Our pipeline is reached only through its public contract, `python -m briefings.cli annotate`,
which prints the JSON export (docs/export.md); nothing here imports the `briefings` package. Run
the scripts with another `PYTHONPATH` to measure another copy of the package.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
MODEL = "fr_core_news_md"


@dataclass(frozen=True)
class EvalSet:
    key: str  # short name for the command line
    name: str  # name in the reports
    gold: Path  # holds entities/*.txt and claims/*.yml
    seeds: Path  # the articles, <stem>.txt or <stem>.md
    note: str

    def seed_for(self, stem: str) -> Path:
        for suffix in (".md", ".txt"):
            candidate = self.seeds / (stem + suffix)
            if candidate.is_file():
                return candidate
        raise SystemExit(f"{self.name}: no seed named {stem}.md or .txt in {self.seeds}")

    def stems(self, kind: str) -> list[str]:
        pattern = "*.txt" if kind == "entities" else "*.yml"
        return sorted(p.stem for p in (self.gold / kind).glob(pattern))


SETS = (
    EvalSet(
        "dev",
        "dev gold (seeds)",
        BENCH / "gold",
        ROOT / "seeds",
        "13 seed articles; the rules were written while looking at them (development figures).",
    ),
    EvalSet(
        "seeds-more",
        "dev gold, more seeds (written blind)",
        BENCH / "more",
        ROOT / "seeds",
        "14 seed articles that had no claim gold, annotated before the extractor ran on them, then "
        "used for error analysis (development figures).",
    ),
    EvalSet(
        "unseen-dev",
        "real unseen, dev half",
        BENCH / "unseen" / "dev",
        BENCH / "unseen" / "seeds" / "dev",
        "15 real Wikinews articles outside seeds/; for error analysis and tuning.",
    ),
    EvalSet(
        "unseen-test",
        "real unseen, test half",
        BENCH / "unseen" / "test",
        BENCH / "unseen" / "seeds" / "test",
        "15 real Wikinews articles outside seeds/, gold written before the extractor ran on them; "
        "reported as measured, never tuned on.",
    ),
    EvalSet(
        "web",
        "real web news, local only (written blind)",
        BENCH / "extra" / "web",
        BENCH / "extra" / "web" / "seeds",
        "19 French news excerpts (2010-2025, a dozen publishers) whose licence does not allow "
        "redistribution: kept out of git, see bench/extra/README.md; gold written before the "
        "extractor ran, then used for error analysis (development figures after the first run).",
    ),
    EvalSet(
        "web2",
        "real web news, second batch, local only (held out, then tuned on)",
        BENCH / "extra" / "web2",
        BENCH / "extra" / "web2" / "seeds",
        "10 more French news texts (fires, elections), licence as for `web`; gold written before "
        "the extractor ran; scored once after the wip-13k fixes, not tuned on.",
    ),
    EvalSet(
        "web3",
        "real web news, third batch, local only (written blind)",
        BENCH / "extra" / "web3",
        BENCH / "extra" / "web3" / "seeds",
        "15 more French news texts (courts, diplomacy, epidemics, companies, elections, road "
        "accidents, climate), licence as for `web`; gold written before the extractor ran, scored "
        "once as unseen, then used for error analysis (development figures after the first run).",
    ),
    EvalSet(
        "web4",
        "real web news, fourth batch, local only (written blind)",
        BENCH / "extra" / "web4",
        BENCH / "extra" / "web4" / "seeds",
        "18 more French news texts (war and diplomacy, strikes and farmers' protests, health, "
        "courts, sport, culture, economy, local news, an interview), licence as for `web`; gold "
        "written before the extractor ran, scored once as unseen, then used for error analysis.",
    ),
    EvalSet(
        "web5",
        "real web news, fifth batch, local only (written blind)",
        BENCH / "extra" / "web5",
        BENCH / "extra" / "web5" / "seeds",
        "18 more French news texts (floods and cyclones, shipwrecks of migrants, a kidnapping, an "
        "airline strike, drug seizures, a mine collapse, nuclear talks, vaccination campaigns, protests "
        "in Guinea, budget votes), licence as for `web`; gold written before the extractor ran, scored "
        "once as unseen, then used for error analysis.",
    ),
    EvalSet(
        "web6",
        "real web news, sixth batch, local only (written blind)",
        BENCH / "extra" / "web6",
        BENCH / "extra" / "web6" / "seeds",
        "12 more French news texts (avian flu, a bridge collapse, two bank robberies, emergency "
        "wards, drought, three rocket launches), licence as for `web`; gold written before the "
        "extractor ran, scored once as unseen, and kept for measuring the next round's fixes.",
    ),
    EvalSet(
        "web7",
        "real web news, seventh batch, local only (written blind)",
        BENCH / "extra" / "web7",
        BENCH / "extra" / "web7" / "seeds",
        "16 more French news texts (a hospital cyberattack, factory closures, wildfires, four train "
        "accidents, an election result, a state visit, football, a government's reply to an NGO report, "
        "three school food poisonings), licence as for `web`; gold written before the extractor ran, "
        "scored once as unseen, then used for error analysis.",
    ),
    EvalSet(
        "web8",
        "real web news, eighth batch, local only (written blind)",
        BENCH / "extra" / "web8",
        BENCH / "extra" / "web8" / "seeds",
        "17 more French news texts (a teachers' strike, a drug recall, escaped zoo animals, bank-advisor "
        "scams, cycling doping cases, an ambassador recalled, prison escapes, wolf attacks), licence as "
        "for `web`; gold written before the extractor ran, scored once as unseen, then used for error "
        "analysis.",
    ),
    EvalSet(
        "web9",
        "real web news, ninth batch, local only (held out, then tuned on)",
        BENCH / "extra" / "web9",
        BENCH / "extra" / "web9" / "seeds",
        "18 more French news texts (a hostage release, a coup attempt, two dam failures, two museum "
        "thefts, avalanches, a refinery fire, a fuel shortage, two stadium crushes, fishing quotas, a "
        "cycling crash, two eruptions of Merapi, a presidential pardon), licence as for `web`; gold "
        "written before the extractor ran; held out: scored on main and after the next round's fixes "
        "(loose F1 0.80 both times), then used for error analysis (later figures are development ones).",
    ),
    EvalSet(
        "web10",
        "real web news, tenth batch, local only (held out, then tuned on)",
        BENCH / "extra" / "web10",
        BENCH / "extra" / "web10" / "seeds",
        "17 more French news texts (two gas explosions, a landslide, a cheese recall, an archaeological "
        "find, two tornadoes, an ozone episode, a shark attack, the tiger mosquito, a new frog species, "
        "a drug network dismantled, two visa rows, a football loan, carmakers' results, a ferry "
        "sinking), licence as for `web`; gold written before the extractor ran; held out: scored on "
        "main and after the next round's fixes (loose F1 0.75, 0.74), then used for error analysis "
        "(later figures are development ones).",
    ),
    EvalSet(
        "web11",
        "real web news, eleventh batch, local only (held out, then tuned on)",
        BENCH / "extra" / "web11",
        BENCH / "extra" / "web11" / "seeds",
        "18 more French news texts (two air crashes' black boxes and toll, three helicopter crashes, a "
        "town hall cyberattack, a tennis doping suspension, four G20 summit reports, two asteroid-sample "
        "reports, two whale strandings, two legislative election results, a literary prize), licence as "
        "for `web`; gold written before the extractor ran; held out: scored on main and after the next "
        "round's fixes (loose F1 0.79, 0.79), then used for error analysis (later figures are development "
        "ones).",
    ),
    EvalSet(
        "web12",
        "real web news, twelfth batch, local only (held out, then tuned on)",
        BENCH / "extra" / "web12",
        BENCH / "extra" / "web12" / "seeds",
        "15 more French news texts (four nuclear reactor shutdowns, the 2024 wine harvest, three reports of "
        "the Iberian blackout, four hunger strikes, two mountain-rescue reports, a hailstorm's aftermath), "
        "licence as for `web`; gold written before the extractor ran; held out: scored once on main, never "
        "tuned on.",
    ),
    EvalSet(
        "web13",
        "real web news, thirteenth batch, local only (held out)",
        BENCH / "extra" / "web13",
        BENCH / "extra" / "web13" / "seeds",
        "15 more French news texts (a tanker and container ship collision, two corruption verdicts, two "
        "flights hit by turbulence, two reports of a methanol poisoning, two locust warnings, two "
        "journalists expelled, a police shooting after a refusal to stop, two lightning strikes on hikers, "
        "a carbon monoxide poisoning), licence as for `web`; gold written before the extractor ran; held "
        "out: scored once on main, never tuned on.",
    ),
    EvalSet(
        "wikinews2",
        "real Wikinews, second set (written blind)",
        BENCH / "extra" / "wikinews2",
        BENCH / "extra" / "wikinews2" / "seeds",
        "5 short French Wikinews articles of 2005 (redistributable, committed), none in seeds/, "
        "bench/gold, bench/more, bench/unseen or /work/shared/corpus; gold written before the "
        "extractor ran, scored once as unseen (bench/extra/wikinews2/README.md).",
    ),
    EvalSet(
        "web6e",
        "real web news, entity batch, local only (written blind)",
        BENCH / "extra" / "web6e",
        BENCH / "extra" / "web6e" / "seeds",
        "13 French news texts (central bank, mergers, cyclones, state visits, an election, courts, "
        "telecoms regulators, gold mining; 2009-2026, a dozen publishers), licence as for `web`; entity "
        "gold written before the extractor ran, scored once as unseen, then used for error analysis.",
    ),
    EvalSet(
        "web8e",
        "real web news, second entity batch, local only (written blind)",
        BENCH / "extra" / "web8e",
        BENCH / "extra" / "web8e" / "seeds",
        "14 French news texts dense in organisations (a regulator's fines, university rankings, a football "
        "club takeover, airline alliances, a press group's sale, hospital groups, UN and NGO appeals, "
        "pension talks; 2012-2025, fourteen publishers), licence as for `web`; entity gold written before "
        "the extractor ran, scored once as unseen, then used for error analysis.",
    ),
    EvalSet(
        "web10e",
        "real web news, third entity batch, local only (held out, then tuned on)",
        BENCH / "extra" / "web10e",
        BENCH / "extra" / "web10e" / "seeds",
        "12 French news texts (a takeover bid, a buy-out, a court case against a company, a reshuffle, a "
        "football federation's rulings, hospital budgets and managers, airline routes, an African summit; "
        "2008-2025, twelve publishers), licence as for `web`; entity gold written before the extractor ran, "
        "scored once as unseen.",
    ),
    EvalSet(
        "web11e",
        "real web news, fourth entity batch, local only (held out, then tuned on)",
        BENCH / "extra" / "web11e",
        BENCH / "extra" / "web11e" / "seeds",
        "14 French news texts dense in organisations (food and toy recalls, a regulator's fines on banks, "
        "start-up funding, a strike at a firm, a football transfer, an airline takeover, a company on trial, "
        "a TV merger dropped, an NGO report, a Commission fine, job cuts at a drug maker; 2014-2025, "
        "thirteen publishers), licence as for `web`; entity gold written before the extractor ran, scored "
        "twice as unseen, then used for error analysis.",
    ),
    EvalSet(
        "web12e",
        "real web news, fifth entity batch, local only (held out)",
        BENCH / "extra" / "web12e",
        BENCH / "extra" / "web12e" / "seeds",
        "12 French news texts dense in organisations (a bank rescue, a telecom outage, an airline's "
        "liquidation, football TV rights, airbag recalls, a postal strike, a takeover dropped, a world "
        "federation's suspensions, a retailer's franchising, a logistics sale, a retailer's creditors, a "
        "mobile-money price war; 2014-2024, twelve publishers), licence as for `web`; entity gold written "
        "before the extractor ran, held out.",
    ),
    EvalSet(
        "synthetic",
        "synthetic (written for the evaluation)",
        BENCH / "heldout",
        BENCH / "heldout" / "seeds",
        "6 articles written for the evaluation in wire style; they tend to reuse phrasings the "
        "rules know, so they overstate quality on real text.",
    ),
)

#: How our pipeline is configured: the project's settings, or no knowledge base at all.
CONFIGS = {
    "project": "Briefings (project settings)",
    "no-kb": "Briefings, no knowledge base",
}


def select(keys: Sequence[str] | None) -> list[EvalSet]:
    if not keys:
        # A local-only set (text that may not be redistributed) is absent from a fresh clone.
        return [s for s in SETS if s.gold.is_dir()]
    known = {s.key: s for s in SETS}
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise SystemExit(f"unknown set(s) {unknown}; known: {sorted(known)}")
    return [known[k] for k in keys]


def annotate(seeds: Sequence[Path], config: str) -> list[dict]:
    """The JSON export of `briefings annotate` for `seeds`, in order.

    `config` "project" runs from the project root with its mkdocs.yml. "no-kb" uses a scratch
    mkdocs.yml with `default_knowledge_base: false` and an empty editorial folder: neither the
    packaged knowledge base nor briefings/entities.yml (written from the seeds) can help.
    """
    options: list[str] = []
    scratch: Path | None = None
    if config == "no-kb":
        scratch = Path(tempfile.mkdtemp(prefix="briefings-eval-"))
        (scratch / "docs").mkdir()
        (scratch / "empty").mkdir()
        (scratch / "mkdocs.yml").write_text(
            "site_name: eval\nplugins:\n  - briefings:\n"
            "      editorial_dir: empty\n      default_knowledge_base: false\n"
            "      cache: false\n",
            "utf-8",
        )
        options = ["-f", str(scratch / "mkdocs.yml")]
    elif config != "project":
        raise ValueError(config)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "briefings.cli", "annotate", *options, *map(str, seeds)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    if result.returncode != 0:
        raise SystemExit(f"briefings annotate failed:\n{result.stderr}")
    exports = json.loads(result.stdout)
    # The export's `source_path` is relative (to the project, or only the file name for a seed
    # outside it): match on the longest trailing part of the seed's path that it names.
    by_path: dict[tuple[str, ...], dict] = {}
    for export in exports:
        by_path[Path(export.get("source_path") or "").parts] = export
    found: list[dict] = []
    missing: list[str] = []
    for seed in seeds:
        parts = seed.resolve().parts
        match = next((by_path[parts[i:]] for i in range(len(parts)) if parts[i:] in by_path), None)
        if match is None:
            missing.append(str(seed))
        else:
            found.append(match)
    if missing:
        raise SystemExit(f"briefings annotate returned no briefing for {missing[:5]}")
    return found


def annotate_sets(sets: Sequence[EvalSet], kind: str, configs: Sequence[str]) -> dict[str, dict[str, list]]:
    """{config: {set key: [export per gold file]}}, one CLI run per configuration."""
    plan = [(s, stem, s.seed_for(stem)) for s in sets for stem in s.stems(kind)]
    out: dict[str, dict[str, list]] = {}
    for config in configs:
        exports = annotate([seed for _, _, seed in plan], config)
        per_set: dict[str, list] = {s.key: [] for s in sets}
        for (s, _, _), export in zip(plan, exports, strict=True):
            per_set[s.key].append(export)
        out[config] = per_set
    return out
