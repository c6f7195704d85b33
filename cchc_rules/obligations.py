"""What is owed in a quarter, as flat engine facts: tasks due, reports due, indicators expected,
feedback to handle — each joined with what the agencies reported, and traced to its rows.

Stage between loading and the engine. Absence ("no report received") is computed here from the
complete snapshot of the period and stated as a value (`received: false`), because durable_rules'
negation is unreliable (ENGINE-NOTES). No judgement happens here: deadlines are computed from
the schedules, and every comparison with them is a rule in the engine.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from cchc_rules.engine_facts import EngineFact, IndicatorFact, PaknFact, ReportFact, TaskFact

from cchc_rules.facts.models import FactSet
from cchc_rules.facts.models import FactSource, TaskStatus
from cchc_rules.periods import (
    Quarter,
    add_working_days,
    as_int,
    default_as_of,
    holidays,
    period_label,
    periods_closing_in,
    quarter_end,
    report_due,
)
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.tasks import Once, OverPeriod, Quarterly, Task, Yearly


@dataclass(frozen=True)
class Subject:
    """What a finding is about, for messages and explanations."""

    type: str  # task | report | indicator | pakn
    key: str  # stable: task number (+ part, year), duty/agency/period, indicator id, pakn ref
    agency: str
    co_agencies: tuple[str, ...] = ()
    clause: str = ""


@dataclass(frozen=True)
class Obligation:
    typed: EngineFact  # what the engine sees, as a typed value
    subject: Subject
    sources: tuple[FactSource, ...] = field(default_factory=tuple)

    @functools.cached_property
    def fact(self) -> dict[str, Any]:
        """The flat dict the engine receives (and the trace quotes)."""
        return self.typed.to_fact()


def build_obligations(pack: RulePack, facts: FactSet, quarter: Quarter, as_of: dt.date) -> list[Obligation]:
    """Every engine fact of one unit × quarter, sorted by id."""
    stamp = as_int(as_of)
    # Work finished after the previous quarter's check is news in this one (done-late once only).
    since = as_int(default_as_of(pack.reporting.calendar, quarter.previous(), pack.reporting.duties))
    found = [*_tasks(pack, facts, quarter, stamp, since), *_reports(pack, facts, quarter, stamp),
             *_indicators(pack, facts, stamp), *_pakn(pack, facts, stamp)]
    return sorted(found, key=lambda o: o.typed.id)


# ---- tasks

def due_dates(task: Task, quarter: Quarter, plan_years: tuple[int, int]) -> list[tuple[int, str, dt.date]]:
    """(part index, instance key, due date) of each dated part that falls due by this quarter's end."""
    dues = []
    for index, part in enumerate(task.schedule.parts):
        due = _part_due(part, quarter, plan_years)
        if due is not None and due <= quarter.end:
            key = str(quarter.year) if isinstance(part, Yearly | Quarterly) else str(due.year)
            dues.append((index, key, due))
    return dues


def _part_due(part: Any, quarter: Quarter, plan_years: tuple[int, int]) -> dt.date | None:
    if isinstance(part, Once):
        return _deadline_date(part.by)
    if isinstance(part, Yearly):
        first, last = part.from_ or plan_years[0], part.to or plan_years[1]
        if not first <= quarter.year <= last:
            return None
        return quarter_end(quarter.year, int(part.by[1])) if part.by else dt.date(quarter.year, 12, 31)
    if isinstance(part, OverPeriod):
        return dt.date(part.to, 12, 31)
    if isinstance(part, Quarterly):
        return quarter.end
    return None  # ongoing, on_event: no date to miss


def _deadline_date(deadline: str) -> dt.date:
    if len(deadline) == 4:
        return dt.date(int(deadline), 12, 31)
    if "-Q" in deadline:
        return quarter_end(int(deadline[:4]), int(deadline[-1]))
    return dt.date.fromisoformat(deadline)


def _status_row(rows: list[TaskStatus], year: int, yearly: bool) -> TaskStatus | None:
    if yearly:
        matching = [r for r in rows if r.year == year]
    else:
        matching = sorted((r for r in rows if r.year <= year), key=lambda r: r.year)[-1:]
    return matching[0] if matching else None


def _tasks(pack: RulePack, facts: FactSet, quarter: Quarter, stamp: int, since: int) -> list[Obligation]:
    period = pack.plan.plan.period
    by_task: dict[int, list[TaskStatus]] = {}
    for row in facts.task_status:
        by_task.setdefault(row.task, []).append(row)
    out = []
    for task in pack.tasks.tasks:
        dues = due_dates(task, quarter, (period.from_, period.to))
        rows = by_task.get(task.number, [])
        if not dues:
            # Reported done before anything fell due: judged now, in the quarter it is reported
            # (a product missing shows at once), on the instance of its next deadline.
            dues = [d for d in _next_due(task, quarter, (period.from_, period.to))
                    if (status := _row_for(task, d, rows, quarter)) is not None and status.status == "done"]
        for index, key, due in dues:
            out.append(_task_obligation(task, index, key, due, _row_for(task, (index, key, due), rows, quarter),
                                        stamp, since))
    return out


def _row_for(task: Task, due: tuple[int, str, dt.date], rows: list[TaskStatus], quarter: Quarter) -> TaskStatus | None:
    index, key, _ = due
    yearly = isinstance(task.schedule.parts[index], Yearly | Quarterly)
    return _status_row(rows, quarter.year if yearly else int(key), yearly)


def _next_due(task: Task, quarter: Quarter, plan_years: tuple[int, int]) -> list[tuple[int, str, dt.date]]:
    """The dated part of a task that falls due next after this quarter (none if nothing is dated)."""
    upcoming = []
    for index, part in enumerate(task.schedule.parts):
        due = _part_due(part, quarter, plan_years)
        if due is not None and due > quarter.end:
            key = str(quarter.year) if isinstance(part, Yearly | Quarterly) else str(due.year)
            upcoming.append((index, key, due))
    return sorted(upcoming, key=lambda d: (d[2], d[0]))[:1]


def _task_obligation(task: Task, index: int, key: str, due: dt.date, row: TaskStatus | None,
                     stamp: int, since: int) -> Obligation:
    fact = TaskFact(
        id=f"t{task.number}.{index}.{key}", task=task.number, year=int(key), area=task.area, lead=task.lead,
        status=row.status if row else "not_reported", due=as_int(due),
        completed_on=as_int(row.completed_on) if row else 0, has_product=bool(row and row.product_ref),
        as_of=stamp, since=since,
    )
    subject = Subject("task", f"{task.number}.{index}.{key}", task.lead, tuple(task.co_agencies), task.clause)
    return Obligation(fact, subject, (row.source,) if row else ())


# ---- reports

def _reports(pack: RulePack, facts: FactSet, quarter: Quarter, stamp: int) -> list[Obligation]:
    calendar = pack.reporting.calendar
    received = {(s.duty, s.agency, _norm_period(s.period)): s for s in facts.report_submissions}
    out = []
    for duty in pack.reporting.duties:
        if duty.kind != "periodic":
            continue
        for period in periods_closing_in(calendar, quarter):
            if period.id not in duty.periods:
                continue
            days = calendar.report_due_working_days if duty.due_working_days is None else duty.due_working_days
            due = report_due(calendar, period, quarter.year, days)
            label = period_label(period, quarter.year)
            for agency in duty.reporters:
                sub = received.get((duty.id, agency, label))
                fact = ReportFact(
                    id=f"r.{duty.id}.{agency}.{label}", duty=duty.id, agency=agency, period=label, due=as_int(due),
                    received=sub is not None, received_on=as_int(sub.received_on) if sub else 0, as_of=stamp,
                )
                subject = Subject("report", f"{duty.id}.{agency}.{label}", agency, (), duty.clause)
                out.append(Obligation(fact, subject, (sub.source,) if sub else ()))
    return out


def _norm_period(label: str) -> str:
    """'2026' and '2026-Y' are the same yearly period."""
    return f"{label}-Y" if len(label) == 4 else label


# ---- indicators and feedback

def _indicators(pack: RulePack, facts: FactSet, stamp: int) -> list[Obligation]:
    values = {v.indicator: v for v in facts.indicator_values}
    area_of = {t.indicator: t.area for t in pack.targets.targets}
    out = []
    for indicator in pack.targets.indicators:
        value = values.get(indicator.id)
        # No value at all when none was reported: `value < 99` cannot match. 4 decimals is finer
        # than any reported rate, and keeps every value one durable can read (it loses facts whose
        # JSON number has an exponent, e.g. 1e-05; see engine.py).
        fact = IndicatorFact(
            id=f"i.{indicator.id}", indicator=indicator.id, area=area_of.get(indicator.id, ""),
            agency=value.agency if value else indicator.reported_by, reported=value is not None,
            value=round(float(value.value), 4) if value is not None else None, as_of=stamp,
        )
        subject = Subject("indicator", indicator.id, fact.agency, (), "")
        out.append(Obligation(fact, subject, (value.source,) if value else ()))
    return out


def _pakn(pack: RulePack, facts: FactSet, stamp: int) -> list[Obligation]:
    rule = pack.reporting.feedback
    off = holidays(pack.reporting.calendar)
    out = []
    for item in facts.pakn:
        due = item.due_on or (add_working_days(item.received_on, rule.due_working_days, off) if rule else None)
        if due is None:
            continue
        fact = PaknFact(
            id=f"p.{item.ref}", ref=item.ref, agency=item.agency, received_on=as_int(item.received_on),
            due=as_int(due), handled=item.handled_on is not None, handled_on=as_int(item.handled_on), as_of=stamp,
        )
        clause = rule.clause if rule else ""
        out.append(Obligation(fact, Subject("pakn", item.ref, item.agency, (), clause), (item.source,)))
    return out
