"""Matching cells against the rule pack: agencies, tasks, indicators, duties and report periods
(and, through `scoring.py`, the measures and criteria of each year's rubric).

Used by `build.py`. Names are matched with `suggest.fold` (case, spacing, Unicode form); a
cell that matches nothing raises CellError with a did-you-mean from `suggest.nearest`.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

from cchc_rules.facts import cells
from cchc_rules.facts.cells import CellError, guess
from cchc_rules.facts.periods import report_period
from cchc_rules.facts.scoring import RubricIndex, index_rubric
from cchc_rules.rulepack.load import display_path
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.reporting import ReportingDuty
from cchc_rules.rulepack.targets import Indicator
from cchc_rules.rulepack.tasks import Task
from cchc_rules.suggest import fold, nearest

DEFAULT_DUTY = "bao-cao-dinh-ky"


def number_ranges(numbers: Iterable[int]) -> str:
    """Numbers as short ranges.

    Examples:
        >>> number_ranges([1, 2, 3, 5, 7, 8])
        '1–3, 5, 7–8'
    """
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


@dataclass(frozen=True)
class PackIndex:
    """The parts of a rule pack that facts refer to, keyed for lookup by folded name."""

    agencies: dict[str, str]  # folded code, name or alias → code
    agency_codes: tuple[str, ...]
    agency_names: tuple[str, ...]  # names and aliases as written, for did-you-mean
    groups: dict[str, str]  # code of a group ("Các cơ quan liên quan") → its name
    tasks: dict[int, Task]
    indicators: dict[str, Indicator]  # folded id or name → indicator
    duties: dict[str, ReportingDuty]  # folded id or title → duty
    period_ids: tuple[str, ...]  # Q1…Q4, H1, Y as in the calendar
    period_quarters: dict[str, int]  # period id → the quarter it closes
    years: tuple[int, int]
    rubrics: dict[int, RubricIndex] = field(default_factory=dict)  # year → its rubric (scoring/)
    rules_dir: str = ""  # the pack's folder as users typed it, for messages

    def agency(self, raw: object) -> str:
        """The code of the agency a cell names, by code, name or alias."""
        found = cells.text(raw)
        code = self.agencies.get(fold(found))
        if code is None:
            suggestion = nearest(found, [*self.agency_codes, *self.agency_names])
            raise CellError("fact_unknown_agency", suggestion, found=found, guess=guess(suggestion),
                            allowed=", ".join(c for c in self.agency_codes if c not in self.groups))
        if code in self.groups:
            raise CellError("fact_agency_is_group", found=found, name=self.groups[code])
        return code

    def task(self, raw: object) -> Task:
        """The appendix task a cell numbers."""
        number = cells.whole_number(raw)
        if number not in self.tasks:
            raise CellError("fact_unknown_task", found=number, valid=number_ranges(self.tasks))
        return self.tasks[number]

    def indicator(self, raw: object) -> Indicator:
        """The indicator a cell names, by id or name."""
        found = cells.text(raw)
        indicator = self.indicators.get(fold(found))
        if indicator is None:
            ids = sorted({i.id for i in self.indicators.values()})
            suggestion = nearest(found, ids)
            raise CellError("fact_unknown_indicator", suggestion, found=found,
                            guess=guess(suggestion), allowed=", ".join(ids))
        return indicator

    def duty(self, raw: object) -> ReportingDuty:
        """The reporting duty a cell names, by id or title."""
        found = cells.text(raw)
        duty = self.duties.get(fold(found))
        if duty is None:
            ids = sorted({d.id for d in self.duties.values()})
            suggestion = nearest(found, ids)
            raise CellError("fact_unknown_duty", suggestion, found=found, guess=guess(suggestion),
                            allowed=", ".join(ids))
        return duty

    def report_period(self, raw: object) -> str:
        """The canonical report period ('2026-H1') a cell names."""
        found = cells.text(raw)
        period = report_period(found)
        if period is None or period[5:] not in self.period_ids:
            raise CellError("fact_bad_report_period", found=found)
        return period

    def plan_year(self, raw: object) -> int:
        """A year inside the plan's period."""
        year = cells.whole_number(raw)
        if not self.years[0] <= year <= self.years[1]:
            raise CellError("fact_year_outside_plan", found=year, start=self.years[0],
                            end=self.years[1])
        return year


# A pure memo, safe to share: a pack is frozen, so its index never changes; the weak reference makes
# a reused id() miss. id(pack) → (a weak reference to that pack, its index); an entry leaves when its pack is collected.
# RulePack holds dicts, so it cannot be a key of a WeakKeyDictionary (not hashable).
_INDEXES: dict[int, tuple[weakref.ref[RulePack], PackIndex]] = {}


def index_pack(pack: RulePack) -> PackIndex:
    """Look-up tables for the agencies, tasks, indicators, duties, periods and rubrics of a pack.

    Built once per pack object (facts are read several times per unit with the same pack); only
    `rules_dir` is recomputed, since it depends on the working folder.
    """
    key = id(pack)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is pack:
        index = entry[1]
    else:
        index = _index_pack(pack)

        def forget(ref: weakref.ref[RulePack], key: int = key) -> None:
            if _INDEXES.get(key, (None,))[0] is ref:
                del _INDEXES[key]

        _INDEXES[key] = (weakref.ref(pack, forget), index)
    rules_dir = display_path(pack.directory)
    return index if index.rules_dir == rules_dir else dataclasses.replace(index, rules_dir=rules_dir)


def _index_pack(pack: RulePack) -> PackIndex:
    agencies = {fold(name): a.code for a in pack.plan.agencies for name in (a.code, a.name, *a.aliases)}
    indicators = {fold(key): i for i in pack.targets.indicators for key in (i.id, i.name)}
    duties = {fold(key): d for d in pack.reporting.duties for key in (d.id, d.title)}
    periods = pack.reporting.calendar.periods
    return PackIndex(
        agencies=agencies,
        agency_codes=tuple(a.code for a in pack.plan.agencies),
        agency_names=tuple(n for a in pack.plan.agencies for n in (a.name, *a.aliases)),
        groups={a.code: a.name for a in pack.plan.agencies if "group" in a.roles},
        tasks={t.number: t for t in pack.tasks.tasks},
        indicators=indicators,
        duties=duties,
        period_ids=tuple(p.id for p in periods),
        period_quarters={p.id: p.quarter for p in periods if p.quarter},
        years=(pack.plan.plan.period.from_, pack.plan.plan.period.to),
        rubrics={year: index_rubric(rubric) for year, rubric in pack.rubrics.items()},
        rules_dir=display_path(pack.directory),
    )
