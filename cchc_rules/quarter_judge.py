"""The quarter check's judging stages: obligations → engine → findings, then the explanations
owed for lapses. Pure functions of the pack, one quarter's facts and a way to run the engine
(`Run`); the pipeline (`pipeline.py`) reads the facts, keeps what is reused, and orders the stages.

    facts ─build_obligations─► engine facts ─run(compile_quarter)─► firings ─► findings
    findings owing an explanation ─run(compile_explanations)─► explanation status
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from cchc_rules.compile import Run, compile_explanations, compile_quarter
from cchc_rules.engine_facts import LapseFact
from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.suggest import nearest
from cchc_rules.facts.as_of import completed_after
from cchc_rules.facts.models import FactSet
from cchc_rules.findings import LAPSES, Finding, FindingBuilder, fmt_date
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


def explanation_due(pack: RulePack, quarter: Quarter) -> dt.date:
    """Explanations are due a set number of working days after the quarter's report due date."""
    calendar = pack.reporting.calendar
    return add_working_days(default_as_of(calendar, quarter, pack.reporting.duties),
                            pack.reporting.explanation.due_working_days,
                            holidays(calendar))


def with_explanations(pack: RulePack, facts: FactSet, quarter: Quarter, as_of: dt.date,
                      findings: Sequence[Finding], run: Run) -> list[Finding]:
    """Each lapse that owes an explanation gets its status (owed, received, accepted) and a finding
    of its own; the result is sorted by finding id."""
    builder = FindingBuilder(pack, quarter)
    duty = pack.reporting.explanation
    owing = [f for f in findings if LAPSES.get(f.kind) in duty.owed_for]
    if not owing:
        return sorted(findings, key=lambda f: f.id)
    due = explanation_due(pack, quarter)
    given = {(e.finding, e.agency): e for e in facts.explanations}
    lapses = []
    for index, finding in enumerate(owing):
        exp = given.get((finding.id, finding.agency))
        fact = LapseFact(id=f"x{index}", finding=finding.id, lapse=LAPSES[finding.kind], agency=finding.agency,
                         cause=exp.cause if exp else "", submitted_on=as_int(exp.submitted_on) if exp else 0,
                         due=as_int(due), as_of=as_int(as_of))
        lapses.append(Obligation(fact, Subject("lapse", finding.id, finding.agency, finding.co_agencies,
                                               duty.clause), (exp.source,) if exp else ()))
    compiled = compile_explanations(pack)
    by_id = {o.fact["id"]: o for o in lapses}
    status: dict[str, Finding] = {}
    for firing in run(compiled, f"{session_id(pack, quarter)}x", [o.fact for o in lapses]):
        lapse = by_id[firing.facts["m"]["id"]]
        status[lapse.fact["finding"]] = _explanation_finding(compiled.spec(firing.rule), lapse, builder)
    result = []
    for finding in findings:
        extra = status.get(finding.id)
        if extra is not None:
            finding = replace(finding, explanation=_explanation_state(extra, due))
            result.append(extra)
        result.append(finding)
    return sorted(result, key=lambda f: f.id)


def _explanation_finding(spec: Any, lapse: Obligation, builder: FindingBuilder) -> Finding:
    fact = lapse.fact
    about = fact["finding"]
    params = {"agency_name": builder.agency_names.get(fact["agency"], fact["agency"]), "about": about,
              "due": fmt_date(fact["due"]), "submitted_on": fmt_date(fact["submitted_on"]),
              "cause": {"word": fact["cause"]} if fact["cause"] else ""}
    return Finding(
        id=f"{about}/{spec.kind.replace('_', '-')}", kind=spec.kind, rule=spec.id, severity=spec.severity,
        agency=fact["agency"], co_agencies=lapse.subject.co_agencies,
        subject={"type": "finding", "key": about}, clause=spec.clause, params=params,
        trace=builder.trace(spec, lapse),
    )


def _explanation_state(finding: Finding, due: dt.date) -> dict[str, Any]:
    values = finding.trace["values"]
    submitted = values.get("submitted_on") or 0
    return {
        "owed": finding.kind != "explanation_received",
        "due": due.isoformat(),
        "received": fmt_iso(submitted),
        "cause": values.get("cause") or None,
        "accepted": finding.kind == "explanation_received",
        "status_finding": finding.id,
    }


def fmt_iso(value: int) -> str | None:
    day = from_int(value)
    return day.isoformat() if day else None
