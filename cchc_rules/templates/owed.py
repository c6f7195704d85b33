"""What each agency owes in a quarter, read from the rule pack: the appendix tasks it leads that are
due or running, the indicators it reports and the periodic reports it must send.

First stage of writing agency templates (pure, no I/O). Deadlines come from the same functions the
quarter check uses (`obligations.due_dates`, `periods.report_due`), so a template lists at least every
task, indicator and report the check will look for; a task is also listed while it runs in the
quarter's year (ongoing, on event, over a period, yearly, quarterly, or due later this year), so the
agency can report progress.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cchc_rules.obligations import due_dates
from cchc_rules.periods import Quarter, period_label, periods_closing_in, report_due, window
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.reporting import ReportingDuty
from cchc_rules.rulepack.targets import Indicator
from cchc_rules.rulepack.tasks import Once, OnEvent, Ongoing, OverPeriod, Quarterly, Task, Yearly


@dataclass(frozen=True)
class TaskDue:
    """A task the agency leads, and its earliest deadline due by the quarter's end (None: none yet)."""

    task: Task
    due: dt.date | None


@dataclass(frozen=True)
class ReportDue:
    """One periodic report the agency sends: duty, period label ('2026-Q3'), cut-off and due date."""

    duty: ReportingDuty
    period: str
    cutoff: dt.date
    due: dt.date


@dataclass(frozen=True)
class Goal:
    """A target of the pack on an indicator, as the template states it: the level of the quarter's year
    (its path point, maybe assumed by the pack), and the plan's final level and year."""

    indicator: str
    comparison: str
    year: int
    level: float | None  # None: the target does not apply yet in this year
    final: float
    by_year: int
    unit: str
    assumed: bool  # the year's level comes from the pack's path (path_basis), not the plan's text


@dataclass(frozen=True)
class Owed:
    """Everything one agency owes in a quarter."""

    agency: str
    name: str
    tasks: tuple[TaskDue, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    reports: tuple[ReportDue, ...] = ()
    goals: tuple[Goal, ...] = ()  # the targets on the indicators it reports

    @property
    def empty(self) -> bool:
        return not (self.tasks or self.indicators or self.reports)


@dataclass
class _Collect:
    tasks: list[TaskDue] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    reports: list[ReportDue] = field(default_factory=list)


def owed_in_quarter(pack: RulePack, quarter: Quarter) -> list[Owed]:
    """What every agency of the plan owes in `quarter`, in the plan's agency order (empty ones too)."""
    found: dict[str, _Collect] = {a.code: _Collect() for a in pack.plan.agencies}
    for task in pack.tasks.tasks:
        due = task_due(pack, task, quarter)
        if due is not None:
            found.setdefault(task.lead, _Collect()).tasks.append(due)
    for indicator in pack.targets.indicators:
        found.setdefault(indicator.reported_by, _Collect()).indicators.append(indicator)
    for report in reports_due(pack, quarter):
        for agency in report.duty.reporters:
            found.setdefault(agency, _Collect()).reports.append(report)
    names = {a.code: a.name for a in pack.plan.agencies}
    goals = goals_in_year(pack, quarter.year)
    return [Owed(code, names.get(code, code), tuple(c.tasks), tuple(c.indicators), tuple(c.reports),
                 tuple(g for g in goals if g.indicator in {i.id for i in c.indicators}))
            for code, c in found.items()]


def goals_in_year(pack: RulePack, year: int) -> list[Goal]:
    """Every target of the pack with its level for `year` (compile.year_threshold: the one rule for it)."""
    from cchc_rules.compile import year_threshold

    out = []
    for target in pack.targets.targets:
        level = year_threshold(target, year)
        assumed = level is not None and year < target.by_year and year in target.path
        out.append(Goal(target.indicator, target.comparison, year, level, target.threshold, target.by_year,
                        target.unit, assumed))
    return out


def task_due(pack: RulePack, task: Task, quarter: Quarter) -> TaskDue | None:
    """The task as owed in `quarter`, or None when nothing of it falls due or runs that year."""
    period = pack.plan.plan.period
    dues = due_dates(task, quarter, (period.from_, period.to))
    if dues:
        return TaskDue(task, min(day for _, _, day in dues))
    if period.from_ <= quarter.year <= period.to and any(_runs(p, quarter.year) for p in task.schedule.parts):
        return TaskDue(task, None)
    return None


def _runs(part: object, year: int) -> bool:
    """Whether a schedule part has work in `year` (inside the plan's years)."""
    if isinstance(part, Once):
        return part.by[:4] == str(year)
    if isinstance(part, Yearly):
        return (part.from_ or year) <= year <= (part.to or year)
    if isinstance(part, OverPeriod):
        return part.from_ <= year <= part.to
    return isinstance(part, Quarterly | Ongoing | OnEvent)


def reports_due(pack: RulePack, quarter: Quarter) -> list[ReportDue]:
    """The periodic reports whose period closes in `quarter`, duty by duty."""
    calendar = pack.reporting.calendar
    out = []
    for duty in pack.reporting.duties:
        if duty.kind != "periodic":
            continue
        days = calendar.report_due_working_days if duty.due_working_days is None else duty.due_working_days
        for period in periods_closing_in(calendar, quarter):
            if period.id in duty.periods:
                cutoff = window(period, quarter.year)[1]
                out.append(ReportDue(duty, period_label(period, quarter.year), cutoff,
                                     report_due(calendar, period, quarter.year, days)))
    return out
