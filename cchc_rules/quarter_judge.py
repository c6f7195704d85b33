"""The quarter check's judging stages: obligations → engine → findings, then the explanations
owed for lapses. Pure functions of the pack, one quarter's facts and a way to run the engine
(`Run`); the pipeline (`pipeline.py`) reads the facts, keeps what is reused, and orders the stages.

    facts ─build_obligations─► engine facts ─run(compile_quarter)─► firings ─► findings
    lapses owing an explanation ─run(compile_explanations)─► the state of each one's explanation
                                                              (a field of its finding, not a finding)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any

from cchc_rules.compile import Run, compile_explanations, compile_quarter
from cchc_rules.engine_facts import LapseFact
from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.suggest import nearest
from cchc_rules.facts.as_of import completed_after
from cchc_rules.facts.models import FactSet
from cchc_rules.findings import LAPSES, Explanation, Finding, FindingBuilder, fmt_date
from cchc_rules.obligations import Obligation, Subject, build_obligations
from cchc_rules.periods import Quarter, add_working_days, as_int, default_as_of, from_int, holidays
from cchc_rules.rulepack.pack import RulePack

def session_id(pack: RulePack, quarter: Quarter) -> str:
    """The engine session of one unit × quarter (unique per unit, stable across runs)."""
    return f"{pack.plan.plan.unit.code}-{quarter.year}Q{quarter.number}"


def quarter_findings(pack: RulePack, facts: FactSet, quarter: Quarter, as_of: dt.date, run: Run) -> list[Finding]:
    """Obligations of the quarter → the engine → one finding per firing."""
    obligations = build_obligations(pack, facts, quarter, as_of)
    compiled = compile_quarter(pack, quarter.year)
    by_id = {o.fact["id"]: o for o in obligations}
    builder = FindingBuilder(pack, quarter)
    firings = run(compiled, session_id(pack, quarter), [o.fact for o in obligations])
    return [builder.build(compiled.spec(f.rule), by_id[f.facts["m"]["id"]]) for f in firings]


def quarter_warnings(facts: FactSet, findings: Sequence[Finding], as_of: dt.date) -> tuple[Problem, ...]:
    """The data's own warnings, dates after the day judged, and the explanation rows that answer
    no finding, sorted."""
    warnings = (*facts.warnings, *completed_after(facts, as_of), *_unmatched_explanations(facts, findings))
    return tuple(sorted(warnings, key=Problem.sort_key))


def _unmatched_explanations(facts: FactSet, findings: Sequence[Finding]) -> list[Problem]:
    """An explanation row that answers no finding of this quarter is said, never dropped silently."""
    owing = {(f.id, f.agency) for f in findings if LAPSES.get(f.kind)}
    ids = sorted({f.id for f in findings if LAPSES.get(f.kind)})
    problems = []
    for exp in facts.explanations:
        if (exp.finding, exp.agency) in owing:
            continue
        guess = nearest(exp.finding, ids)
        params = {"finding": exp.finding, "agency": exp.agency,
                  "fix": [{"word": "did_you_mean", "s": guess}] if guess else []}
        problems.append(Problem(SourceLocation(exp.source.file, exp.source.row), "finding",
                                "explanation_unmatched", params, "warning", guess))
    return problems


def scheduled_check(pack: RulePack, quarter: Quarter) -> dt.date:
    """The day of the quarter's scheduled check: its default "as of" day (the last report due date)."""
    return default_as_of(pack.reporting.calendar, quarter, pack.reporting.duties)


def first_check(pack: RulePack, quarter: Quarter, as_of: dt.date, finding_id: str,
                found_at_check: Collection[str]) -> dt.date:
    """The check that first found a lapse: the quarter's scheduled check when this run is judged on
    or after it and that check finds the lapse too (`found_at_check`: the ids it finds); otherwise
    this run, on its "as of" day (a lapse that arose after the scheduled check, or a run before it).

    A pure function of the data and the day judged: the tool keeps no record of earlier runs.
    """
    scheduled = scheduled_check(pack, quarter)
    return scheduled if as_of >= scheduled and finding_id in found_at_check else as_of


def explanation_due(pack: RulePack, found_on: dt.date) -> dt.date:
    """An explanation is due a set number of working days after the check that first found the lapse."""
    return add_working_days(found_on, pack.reporting.explanation.due_working_days,
                            holidays(pack.reporting.calendar))


def with_explanations(pack: RulePack, facts: FactSet, quarter: Quarter, as_of: dt.date,
                      findings: Sequence[Finding], run: Run,
                      found_at_check: Collection[str] | None = None) -> list[Finding]:
    """Each lapse that owes an explanation gets its state (owed, overdue, accepted, not accepted) as
    a field of its own row, decided by the explanation rules; the result is sorted by finding id.

    `found_at_check`: the ids the quarter's scheduled check finds, when this run is judged after it
    (by default, when this run is that check or before it, the findings themselves)."""
    duty = pack.reporting.explanation
    owing = [f for f in findings if LAPSES.get(f.kind) in duty.owed_for]
    if not owing:
        return sorted(findings, key=lambda f: f.id)
    seen = found_at_check if found_at_check is not None else {f.id for f in findings}
    given = {(e.finding, e.agency): e for e in facts.explanations}
    lapses = []
    for index, finding in enumerate(owing):
        exp = given.get((finding.id, finding.agency))
        found_on = first_check(pack, quarter, as_of, finding.id, seen)
        fact = LapseFact(id=f"x{index}", finding=finding.id, lapse=LAPSES[finding.kind], agency=finding.agency,
                         cause=exp.cause if exp else "", submitted_on=as_int(exp.submitted_on) if exp else 0,
                         found_on=as_int(found_on), due=as_int(explanation_due(pack, found_on)),
                         as_of=as_int(as_of))
        lapses.append(Obligation(fact, Subject("lapse", finding.id, finding.agency, finding.co_agencies,
                                               duty.clause), (exp.source,) if exp else ()))
    compiled = compile_explanations(pack)
    by_id = {o.fact["id"]: o for o in lapses}
    builder = FindingBuilder(pack, quarter)
    states: dict[str, Explanation] = {}
    for firing in run(compiled, f"{session_id(pack, quarter)}x", [o.fact for o in lapses]):
        lapse = by_id[firing.facts["m"]["id"]]
        states[lapse.fact["finding"]] = _explanation(compiled.spec(firing.rule), lapse, builder)
    result = [replace(f, explanation=states[f.id]) if f.id in states else f for f in findings]
    return sorted(result, key=lambda f: f.id)


def _explanation(spec: Any, lapse: Obligation, builder: FindingBuilder) -> Explanation:
    fact = lapse.fact
    cause = fact["cause"] or None
    params = {"agency_name": builder.agency_names.get(fact["agency"], fact["agency"]),
              "due": fmt_date(fact["due"]), "found_on": fmt_date(fact["found_on"]),
              "submitted_on": fmt_date(fact["submitted_on"]), "cause": {"word": cause} if cause else ""}
    return Explanation(state=spec.kind, severity=spec.severity, found_on=_day(fact["found_on"]),
                       due=_day(fact["due"]), received=from_int(fact["submitted_on"]), cause=cause,
                       params=params, trace=builder.trace(spec, lapse))


def _day(value: int) -> dt.date:
    day = from_int(value)
    assert day is not None
    return day
