"""One unit of a batch, as a worker process runs it: its rule pack (cached per process) made to
speak for the unit, its quarter checks and annual score, its ranking row, and its full results
written to the spool folder. Only paths come in and only the compact row goes back.

A unit with an error in any of its data files of the year (a quarter's or the annual folder's) is
skipped whole, with every problem of its data listed: the annual score reads every quarter of the
year (reports received, the latest task status) as `cchc-rules score` does, and refuses data with
errors, so a ranking built by leaving out a broken quarter would score the unit on other data than
its own self-assessment. Warnings do not skip a unit; they stay in its full results.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from pathlib import Path
from typing import Any

from cchc_rules.batch.discover import Skipped
from cchc_rules.batch.ranking import area_fields, final_fields
from cchc_rules.errors import FactsFileError, Problem, RulesFileError, SourceLocation
from cchc_rules.messages import Lang
from cchc_rules.periods import Quarter
from cchc_rules.pipeline import NoRubric, RuleMemo, Workspace, evaluate, score
from cchc_rules.report.json_out import to_json
from cchc_rules.rulepack.load import display_path, load_rules
from cchc_rules.rulepack.pack import RulePack

OWN_RULES = "rules"
_KINDS = (("Đặc khu ", "dac_khu"), ("Phường ", "phuong"), ("Xã ", "xa"))


@dataclasses.dataclass(frozen=True)
class UnitTask:
    """What a worker needs to evaluate one unit: paths and options, nothing loaded."""

    code: str
    folder: str
    identity: dict[str, str]
    rules: str  # the batch's rule pack; a `rules/` folder inside the unit's folder wins
    year: int
    period: str | None  # the quarter whose lagging agencies are ranked; None: the last with data
    spool: str | None  # folder to write the unit's full results to, as <code>.json
    lang: Lang = "vi"


@dataclasses.dataclass(frozen=True)
class UnitOutcome:
    """A unit's compact result: its ranking row (without the rank), or why it was skipped."""

    code: str
    row: dict[str, Any] | None
    skipped: Skipped | None


def start_worker(cwd: str) -> None:
    """Process-pool initializer: paths in messages are shown relative to the parent's folder."""
    if os.getcwd() != cwd:
        os.chdir(cwd)


@functools.lru_cache(maxsize=4)
def _pack(directory: str, cwd: str) -> tuple[RulePack, RuleMemo]:
    """Each rule pack is loaded once per worker process (the batch's pack is used by every unit),
    with one RuleMemo that every unit's workspace shares. The working folder is part of the key: the
    pack's file names, which traces quote, are relative to it. Safe as a memo: a batch reads its
    rules once, and a worker lives for one batch."""
    return load_rules(Path(directory)), RuleMemo()


def run_unit(task: UnitTask) -> UnitOutcome:
    """Evaluate and score one unit; broken data or rules make a skipped outcome, never a raise."""
    folder = Path(task.folder)
    rules_dir = folder / OWN_RULES if (folder / OWN_RULES).is_dir() else Path(task.rules)
    try:
        pack, memo = _pack(str(rules_dir), os.getcwd())
    except RulesFileError as exc:
        return _skipped(task, "rules_error", exc.problems)
    ws = Workspace(for_unit(pack, task.code, task.identity), folder, task.lang, rules=memo)
    try:
        full = unit_results(ws, task)
    except NoRubric as exc:
        where = SourceLocation(display_path(rules_dir / "scoring"))
        have = ", ".join(map(str, exc.have)) or "—"
        return _skipped(task, "no_rubric", [Problem(where, "(thư mục)", "batch_no_rubric",
                                                    {"year": task.year, "have": have})])
    except FactsFileError as exc:
        return _skipped(task, "facts_error", _all_problems(ws, task.year, exc.problems))
    if task.spool is not None:
        (Path(task.spool) / f"{task.code}.json").write_text(to_json(full), encoding="utf-8")
    return UnitOutcome(task.code, ranking_row(full), None)


def for_unit(pack: RulePack, code: str, identity: dict[str, str]) -> RulePack:
    """A copy of `pack` whose plan names this unit: unit.yaml's fields replace plan.unit's.

    Only plan.unit changes; session ids are built from the unit code, and ruleset names from the
    rules, so they stay unique per unit and shared across units.
    """
    unit = pack.plan.plan.unit
    fields = {**identity, "code": code}
    if code != unit.code and "name" not in fields:
        fields["name"] = f"Đơn vị hành chính {code}"
    if "kind" not in fields and "name" in fields:
        name = fields["name"].casefold()
        fields["kind"] = next((kind for prefix, kind in _KINDS if name.startswith(prefix.casefold())), unit.kind)
    if all(getattr(unit, key) == value for key, value in fields.items()):
        return pack
    plan = pack.plan.model_copy(update={"plan": pack.plan.plan.model_copy(
        update={"unit": unit.model_copy(update=fields)})})
    return dataclasses.replace(pack, plan=plan)


def unit_results(ws: Workspace, task: UnitTask) -> dict[str, Any]:
    """The unit's full results: every quarter check of the year, the lagging agencies of the
    ranked quarter and the annual score. Raises FactsFileError when any of its data has errors."""
    scored = score(ws, task.year).to_json(ws.lang)  # first: a year without a rubric is skipped at once
    docs = [evaluate(ws, q).to_json(ws.lang) for q in _quarters(ws, task.year)]
    period = task.period or (docs[-1]["period"] if docs else None)
    ranked = next((d for d in docs if d["period"] == period), None)
    unit = ws.pack.plan.plan.unit
    return {
        "unit": {"code": unit.code, "name": unit.name, "province": unit.province},
        "folder": display_path(ws.data_dir),
        "rules": display_path(ws.pack.directory),
        "year": task.year,
        "quarters": docs,
        "lagging": {"period": period, "agencies": ranked["lagging_agencies"] if ranked else None},
        "score": scored,
    }


def _quarters(ws: Workspace, year: int) -> list[Quarter]:
    return [q for q in (Quarter(year, n) for n in range(1, 5)) if ws.has_data(q)]


def ranking_row(full: dict[str, Any]) -> dict[str, Any]:
    """The compact row the ranking is made of (the rank is added once every unit is done)."""
    score, lagging = full["score"], full["lagging"]
    by_quarter = {d["period"]: d["summary"]["findings"] for d in full["quarters"]}
    agencies = lagging["agencies"]
    final = final_fields(score)
    complete = final["basis"] == "appraisal"
    return {
        "code": full["unit"]["code"], "name": full["unit"]["name"], **final,
        "parts": [{**area_fields(p, complete), "applicable": p["applicable"]} for p in score["criteria"]],
        "areas": [area_fields(a, complete)
                  for p in score["criteria"] if p.get("kind", "index") == "index" for a in p["criteria"]],
        "findings": {"year": sum(by_quarter.values()), "by_quarter": by_quarter},
        "lagging": {"period": lagging["period"],
                    "count": len(agencies) if agencies is not None else None,
                    "agencies": [a["agency"] for a in agencies] if agencies is not None else None},
        "warnings": sum(len(d["warnings"]) for d in full["quarters"]) + len(score["warnings"]),
    }


def _all_problems(ws: Workspace, year: int, raised: list[Problem]) -> list[Problem]:
    """Every problem of the unit's data for the year, not only those of the folder that failed
    first, so one run shows all there is to fix (each folder is read once per workspace)."""
    found = {(p.sort_key(), p.severity): p for p in raised}
    for period in [str(q) for q in _quarters(ws, year)] + [str(year)]:
        if ws.has_data(period):
            for problem in ws.facts(period)[1]:
                found.setdefault((problem.sort_key(), problem.severity), problem)
    return sorted(found.values(), key=Problem.sort_key)


def _skipped(task: UnitTask, reason: str, problems: list[Problem]) -> UnitOutcome:
    skipped = Skipped(display_path(Path(task.folder)), task.code, reason, tuple(problems))
    return UnitOutcome(task.code, None, skipped)
