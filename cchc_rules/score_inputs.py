"""What each rubric leaf is scored on, for one year: the number (or status) its input names,
gathered from the year's quarterly data and its annual folder, as flat engine facts with traces.

Stage between loading and the scoring engine, like `obligations.py` for the quarter check: it
computes values and states absence (`reported: false`), and judges nothing.
"""

from __future__ import annotations


import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from cchc_rules.dossiers.counts import MetricCount
from cchc_rules.engine_facts import CriterionFact
from cchc_rules.facts.models import Evidence, FactSet, FactSource
from cchc_rules.errors import Problem
from cchc_rules.obligations import due_dates
from cchc_rules.periods import Quarter, period_label, report_due
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import Criterion, Input, RubricFile, leaves
from cchc_rules.survey_score import survey_value


@dataclass(frozen=True)
class YearFacts:
    """The facts a year is scored on: the latest quarter's snapshot, every quarter's reports, and
    the annual folder (measures, evidence, manual points)."""

    quarters: dict[str, FactSet]
    annual: FactSet | None
    warnings: tuple[Problem, ...]
    metric_counts: tuple[MetricCount, ...] = ()  # the 766 counts of the data folder (chi-so-766/)

    @property
    def latest(self) -> FactSet | None:
        return self.quarters[max(self.quarters)] if self.quarters else None


@dataclass(frozen=True)
class LeafInput:
    typed: CriterionFact  # what the engine sees
    sources: tuple[FactSource, ...]
    detail: dict[str, Any]  # for the trace: how the value was made
    ignored: tuple[FactSource, ...] = ()  # annual rows (measure, points, answers) of a leaf declared not applicable
    documents: tuple[Evidence, ...] = ()  # the evidence rows attached to the leaf (or an ancestor)

    @functools.cached_property
    def fact(self) -> dict[str, Any]:
        """The flat dict the engine receives (and the trace quotes)."""
        return self.typed.to_fact()


def build_leaf_inputs(pack: RulePack, rubric: RubricFile, facts: YearFacts, year: int) -> list[LeafInput]:
    result = []
    unit = pack.plan.plan.unit.code
    rates = {c.metric: c for c in facts.metric_counts if c.unit == unit and c.period == str(year) and c.rate is not None}
    for node, above in leaves(rubric):
        metric = rubric.rates_from_766.get(node.id)
        if metric is not None and metric in rates:
            value, status, sources, detail = _metric(rates[metric])
        else:
            value, status, sources, detail = _resolve(pack, node, facts, year)
        ev_rows = _evidence_rows(node, above, facts)
        na = [r for r in _annual(facts, "not_applicable") if r.criterion == node.id][:1]
        ignored: tuple[FactSource, ...] = ()
        if na:  # the unit's declaration, with its reason and document, replaces the data in the trace
            own = "measure" in detail or "survey" in detail or detail.get("source") == "manual_points"
            ignored, sources = (tuple(sources) if own else ()), []  # the annual rows given for it, unused
            detail = {"reason": na[0].reason, "document": na[0].document,
                      "rescale": node.na_rule(rubric.rubric.not_applicable)}
        fact = CriterionFact(id=f"c.{node.id}", criterion=node.id, reported=value is not None or bool(status),
                             status=status or "", evidence=not node.evidence or bool(ev_rows),
                             not_applicable=bool(na),
                             value=round(float(value), 4) if value is not None else None)  # see obligations.py
        result.append(LeafInput(fact, tuple(r.source for r in na) + tuple(sources) + tuple(r.source for r in ev_rows),
                                detail, ignored, tuple(ev_rows)))
    return result


def _resolve(pack: RulePack, node: Criterion, facts: YearFacts, year: int) -> tuple[Any, str | None, list[FactSource], dict[str, Any]]:
    method = node.method
    if method is None:
        return None, None, [], {}
    if method.kind == "manual":
        rows = [m for m in _annual(facts, "manual_points") if m.criterion == node.id]
        return (rows[0].points if rows else None), None, [r.source for r in rows[:1]], {"source": "manual_points"}
    if method.kind == "survey":
        survey = next(s for s in pack.rubrics[year].surveys if s.id == method.survey)
        value, sources, detail = survey_value(survey, _annual(facts, "survey_answers"))
        return value, None, sources, detail
    given: Input = method.input
    if given.measure:
        rows = [m for m in _annual(facts, "measures") if m.measure == given.measure]
        return (rows[0].value if rows else None), None, [r.source for r in rows[:1]], {"measure": given.measure}
    if given.indicator or given.target:
        indicator = given.indicator or next(t.indicator for t in pack.targets.targets if t.id == given.target)
        rows = [v for v in (facts.latest.indicator_values if facts.latest else ()) if v.indicator == indicator]
        return (rows[0].value if rows else None), None, [r.source for r in rows[:1]], {"indicator": indicator}
    if given.task is not None:
        own_due = getattr(method, "due", None)
        return _task(pack, given.task, facts, year, dt.date.fromisoformat(own_due) if own_due else None)
    if given.reports:
        return _reports(pack, given.reports, facts, year, method.kind == "deduction")
    return None, None, [], {}


def _metric(count: MetricCount) -> tuple[Any, str | None, list[FactSource], dict[str, Any]]:
    """The 766 rate (%) of the year's counts, in place of the typed measure; the trace names its row."""
    file, _, row = count.source.rpartition(":")
    source = FactSource(file=file, row=int(row)) if file and row.isdigit() else FactSource(file=count.source, row=0)
    rate = round(100 * count.numerator / count.denominator, 2)  # type: ignore[operator]  # rate is not None
    detail = {"metric": count.metric, "numerator": count.numerator, "denominator": count.denominator,
              "source": count.source}
    if count.inherited_from:
        detail["inherited_from"] = count.inherited_from
    return rate, None, [source], detail


def _annual(facts: YearFacts, kind: str) -> tuple[Any, ...]:
    return getattr(facts.annual, kind, ()) if facts.annual is not None else ()


def _task(pack: RulePack, number: int, facts: YearFacts, year: int, own_due: dt.date | None = None
          ) -> tuple[Any, str | None, list[FactSource], dict[str, Any]]:
    """on_time / late / missing for the task's first deadline falling in the year (or the
    criterion's own deadline, when the rubric sets one)."""
    task = next(t for t in pack.tasks.tasks if t.number == number)
    period = pack.plan.plan.period
    dues = [d for _, _, d in due_dates(task, Quarter(year, 4), (period.from_, period.to)) if d.year == year]
    if own_due is not None:
        dues = [own_due]
    rows = [r for r in (facts.latest.task_status if facts.latest else ()) if r.task == number]
    row = next((r for r in rows if r.year == year), rows[-1] if rows else None)
    if not dues:
        status = "on_time" if row and row.status == "done" else "missing"
        return (1.0 if status == "on_time" else 0.0), status, [row.source] if row else [], {"task": number}
    due = min(dues)
    if row is None or row.status != "done" or row.completed_on is None:
        status = "missing"
    else:
        status = "on_time" if row.completed_on <= due else "late"
    detail = {"task": number, "due": due.isoformat(),
              "completed_on": row.completed_on.isoformat() if row and row.completed_on else None}
    return (1.0 if status != "missing" else 0.0), status, [row.source] if row else [], detail


def _reports(pack: RulePack, duty_id: str, facts: YearFacts, year: int, count_lapses: bool
             ) -> tuple[Any, str | None, list[FactSource], dict[str, Any]]:
    """The share (%) of the duty's reports of the year received on time, or the count of lapses."""
    calendar = pack.reporting.calendar
    duty = next(d for d in pack.reporting.duties if d.id == duty_id)
    days = calendar.report_due_working_days if duty.due_working_days is None else duty.due_working_days
    received = {(s.agency, s.period): s for q in facts.quarters.values() for s in q.report_submissions
                if s.duty == duty_id}
    on_time, expected, sources = 0, 0, []
    for period in calendar.periods:
        if period.id not in duty.periods:
            continue
        due = report_due(calendar, period, year, days)
        for agency in duty.reporters:
            expected += 1
            sub = received.get((agency, period_label(period, year)))
            if sub is not None:
                sources.append(sub.source)
                on_time += sub.received_on <= due
    if expected == 0:
        return None, None, [], {}
    value = float(expected - on_time) if count_lapses else 100.0 * on_time / expected
    return value, None, sources, {"reports": duty_id, "expected": expected, "on_time": on_time}


def _evidence_rows(node: Criterion, above: list[str], facts: YearFacts) -> list[Evidence]:
    ids = {node.id, *above}
    return [e for e in _annual(facts, "evidence") if e.criterion in ids]
