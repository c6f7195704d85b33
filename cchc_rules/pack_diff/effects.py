"""What an edit changes on data: the quarter checks and annual scores of one data folder (or of
every unit of a batch folder) under the old and the new pack, compared finding by finding,
criterion by criterion, and lagging agency by lagging agency.

Stage two of `cchc-rules diff`; it calls `cchc_rules.pipeline` (Workspace, evaluate, score) and
reimplements nothing. Attribution: each effect is traced to the edit(s) that cause it by
re-running the old pack with each edit applied alone (`apply.alone`); an effect that no single
edit reproduces is attributed to all the edits together (`how: "together"`). With one edit,
that edit is the cause (`how: "only_edit"`), with no re-run; past MAX_ALONE edits, all effects
are attributed together (one re-run per edit would take too long).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc_rules.batch.discover import discover_units
from cchc_rules.batch.work import for_unit
from cchc_rules.errors import FactsFileError, Problem
from cchc_rules.messages import Lang
from cchc_rules.pack_diff.apply import alone
from cchc_rules.pack_diff.edits import Edits
from cchc_rules.pipeline import NoRubric, RuleMemo, Workspace, evaluate, score
from cchc_rules.rulepack.load import display_path
from cchc_rules.rulepack.pack import RulePack

_PERIOD = re.compile(r"^\d{4}(-Q[1-4])?$")
FINDING_FIELDS = ("kind", "agency", "co_agencies", "severity", "clause")
RULE_NUMBERS = ("threshold", "comparison")  # what a finding quotes of its rule, from its trace
MAX_ALONE = 40  # edits re-run one by one for attribution; more are attributed together
Key = tuple[str, str, str, str]  # unit, period, kind of value, subject


@dataclass(frozen=True)
class Effect:
    unit: str  # unit code; "" for a single data folder
    period: str  # "2026-Q2" (quarter check) or "2026" (annual score)
    kind: str  # finding_added, finding_removed, finding_changed, points, total, classification, lagging_gained, lagging_lost
    subject: str  # finding id, criterion id, agency code, or "total"
    old: Any
    new: Any
    causes: tuple[str, ...]  # edit ids
    how: str  # alone, together, only_edit

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        from cchc_rules.pack_diff.words import effect_line

        return {"unit": self.unit, "period": self.period, "kind": self.kind, "subject": self.subject,
                "old": self.old, "new": self.new, "causes": list(self.causes), "how": self.how,
                "summary": effect_line(self, lang)}


@dataclass(frozen=True)
class Effects:
    data_dir: str
    periods: tuple[str, ...]
    effects: tuple[Effect, ...]
    skipped: tuple[tuple[str, str, str], ...] = ()  # (unit, period, reason): no_rubric, facts_error
    problems: tuple[Problem, ...] = ()  # the data's errors behind the facts_error ones

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        from cchc_rules.messages import render_problem

        return {"data": self.data_dir, "periods": list(self.periods),
                "effects": [e.to_json(lang) for e in self.effects],
                "skipped": [{"unit": u, "period": p, "reason": r} for u, p, r in self.skipped],
                "problems": [render_problem(p, lang) for p in self.problems]}


def diff_effects(old: RulePack, new: RulePack, data: Path, *, period: str | None = None, year: int | None = None,
                 edits: Edits | None = None) -> Effects:
    """The effects on `data` of going from `old` to `new`: of one quarter (`period`), of a year
    (`year`: its score and its quarters), or of every period folder found (neither given)."""
    from cchc_rules.pack_diff.edits import diff_packs

    edits = edits if edits is not None else diff_packs(old, new)
    units = _units(data)
    periods = _periods(units, period, year)
    skipped: list[tuple[str, str, str]] = []
    problems: dict[tuple[Any, ...], Problem] = {}
    before = _values(old, units, periods, skipped, problems)
    after = _values(new, units, periods, skipped, problems)
    changed = {k: (before.get(k), after.get(k)) for k in sorted(before.keys() | after.keys())
               if before.get(k) != after.get(k)}
    causes = _attribute(old, edits, units, periods, before, changed)
    effects = [_effect(k, a, b, causes[k]) for k, (a, b) in changed.items()]
    return Effects(display_path(data), tuple(periods), tuple(effects), tuple(sorted(set(skipped))),
                   tuple(sorted(problems.values(), key=Problem.sort_key)))


def _units(data: Path) -> list[tuple[str, Path, dict[str, str]]]:
    """One unit (the folder itself) when `data` holds period folders; else the units of a batch."""
    if any(_PERIOD.match(p.name) for p in data.iterdir() if p.is_dir()) if data.is_dir() else True:
        return [("", data, {})]
    years = sorted({int(p.name[:4]) for u in data.iterdir() if u.is_dir()
                    for p in u.iterdir() if p.is_dir() and _PERIOD.match(p.name)})
    found: dict[str, tuple[str, Path, dict[str, str]]] = {}
    for y in years:
        for unit in discover_units(data, y)[0]:
            found.setdefault(unit.code, (unit.code, unit.folder, unit.identity))
    return [found[c] for c in sorted(found)]


def _periods(units: list[tuple[str, Path, dict[str, str]]], period: str | None, year: int | None) -> list[str]:
    if period is not None:
        return [period]
    names = {p.name for _, folder, _ in units if folder.is_dir() for p in folder.iterdir()
             if p.is_dir() and _PERIOD.match(p.name)}
    if year is not None:
        names = {n for n in names if n.startswith(str(year))} | {str(year)}
    return sorted(names)


def _values(pack: RulePack, units: list[tuple[str, Path, dict[str, str]]], periods: list[str],
            skipped: list[tuple[str, str, str]] | None,
            problems: dict[tuple[Any, ...], Problem] | None = None) -> dict[Key, Any]:
    """Every value an edit can move, flat: finding → its main fields, criterion → points, …"""
    out: dict[Key, Any] = {}
    memo = RuleMemo()
    for code, folder, identity in units:
        unit_pack = for_unit(pack, code, identity) if code else pack
        ws = Workspace(unit_pack, folder, rules=memo)
        for period in periods:
            try:
                if "-Q" in period:
                    _quarter_values(out, code, period, evaluate(ws, period).to_json("vi"))
                else:
                    _year_values(out, code, period, score(ws, int(period)).to_json("vi"))
            except NoRubric:
                _note(skipped, code, period, "no_rubric")
            except FactsFileError as exc:
                _note(skipped, code, period, "facts_error")
                if problems is not None:
                    problems.update({(p.location, p.field, p.code): p for p in exc.problems})
    return out


def _note(skipped: list[tuple[str, str, str]] | None, code: str, period: str, reason: str) -> None:
    if skipped is not None:
        skipped.append((code, period, reason))


def _quarter_values(out: dict[Key, Any], unit: str, period: str, doc: dict[str, Any]) -> None:
    for f in doc["findings"]:
        shown = {k: f[k] for k in FINDING_FIELDS}
        shown.update({k: f["trace"][k] for k in RULE_NUMBERS if k in f["trace"]})
        if f.get("explanation"):  # a lapse's explanation state (owed, overdue, accepted, not accepted)
            shown["explanation"] = f["explanation"]["state"]
        out[(unit, period, "finding", f["id"])] = shown
    for lag in doc["lagging_agencies"]:
        out[(unit, period, "lagging", lag["agency"])] = lag["quarters_lagging"]


def _year_values(out: dict[Key, Any], unit: str, year: str, doc: dict[str, Any]) -> None:
    stack = list(doc["criteria"])
    while stack:
        node = stack.pop()
        out[(unit, year, "points", node["id"])] = [node["points"], node["max"]]
        stack.extend(node.get("criteria", []))
    out[(unit, year, "total", "total")] = doc["total"]
    out[(unit, year, "classification", "total")] = doc["classification"]


def _attribute(old: RulePack, edits: Edits, units: list[tuple[str, Path, dict[str, str]]], periods: list[str],
               before: dict[Key, Any], changed: dict[Key, tuple[Any, Any]]) -> dict[Key, tuple[tuple[str, ...], str]]:
    ids = tuple(e.id for e in edits.edits)
    if len(ids) == 1:
        return {k: (ids, "only_edit") for k in changed}
    if len(ids) > MAX_ALONE:  # one re-run per edit: past this many, say "together" rather than wait
        return {k: (ids, "together") for k in changed}
    reproduced: dict[Key, list[str]] = {k: [] for k in changed}
    if changed:
        for edit in edits.edits:
            with alone(old, edit) as pack:
                if pack is None:
                    continue
                single = _values(pack, units, periods, None)
            for key, (_, new_value) in changed.items():
                if single.get(key) == new_value and single.get(key) != before.get(key):
                    reproduced[key].append(edit.id)
    return {k: ((tuple(found), "alone") if found else (ids, "together")) for k, found in reproduced.items()}


def _effect(key: Key, old: Any, new: Any, cause: tuple[tuple[str, ...], str]) -> Effect:
    unit, period, what, subject = key
    if what == "finding":
        kind = "finding_added" if old is None else "finding_removed" if new is None else "finding_changed"
        if kind == "finding_changed":
            old = {k: v for k, v in old.items() if new.get(k) != v}
            new = {k: new[k] for k in old}
    elif what == "lagging":
        kind = "lagging_gained" if old is None else "lagging_lost" if new is None else "lagging_changed"
    else:
        kind = what
    return Effect(unit, period, kind, subject, old, new, cause[0], cause[1])
