"""The quarter check, stage by stage: load facts → obligations → engine → findings →
explanations → lagging agencies → one JSON-ready result.

    facts ─build_obligations─► engine facts ─run(compile_quarter)─► firings ─► findings
    findings owing an explanation ─run(compile_explanations)─► explanation status
    findings by agency (+ the previous quarter, when its data is present) ─► lagging agencies
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cchc_rules.compile import CompiledRules, compile_explanations, compile_quarter
from cchc_rules.engine import EngineHost, SharedRuleset
from cchc_rules.errors import FactsFileError, Problem, SourceLocation
from cchc_rules.suggest import nearest
from cchc_rules.facts.as_of import completed_after
from cchc_rules.facts.load import read_facts
from cchc_rules.facts.models import FactSet
from cchc_rules.findings import LAPSES, VIOLATIONS, Finding, FindingBuilder, fmt_date
from cchc_rules.messages import Lang, render_text, word
from cchc_rules.obligations import Obligation, Subject, build_obligations
from cchc_rules.periods import Quarter, add_working_days, as_int, default_as_of, from_int, holidays
from cchc_rules.rulepack.pack import RulePack


@dataclass(frozen=True)
class QuarterResult:
    quarter: Quarter
    as_of: dt.date
    findings: tuple[Finding, ...]
    facts: FactSet
    warnings: tuple[Problem, ...] = ()


def evaluate_quarter(pack: RulePack, data_dir: Path, quarter: Quarter, as_of: dt.date | None,
                     host: EngineHost, lang: Lang = "vi") -> QuarterResult:
    """Judge one unit × quarter; raises FactsFileError when the facts have errors."""
    as_of = as_of or default_as_of(pack.reporting.calendar, quarter, pack.reporting.duties)
    facts, problems = read_period(data_dir / str(quarter), pack, str(quarter))
    if any(p.severity == "error" for p in problems):
        error = FactsFileError(problems)
        error.counts = facts.counts  # so the caller can still say how many rows were read
        raise error
    obligations = build_obligations(pack, facts, quarter, as_of)
    compiled = compile_quarter(pack, quarter.year)
    by_id = {o.fact["id"]: o for o in obligations}
    sid = f"{pack.plan.plan.unit.code}-{quarter.year}Q{quarter.number}"
    builder = FindingBuilder(pack, quarter, lang)
    firings = host.run(shared_ruleset(compiled), sid, [o.fact for o in obligations])
    findings = [builder.build(compiled.spec(f.rule), by_id[f.facts["m"]["id"]]) for f in firings]
    findings = _explanations(pack, facts, quarter, as_of, findings, host, builder, sid)
    warnings = (*facts.warnings, *completed_after(facts, as_of),  # as_of is known here only
                *_unmatched_explanations(facts, findings))
    return QuarterResult(quarter, as_of, tuple(sorted(findings, key=lambda f: f.id)), facts,
                         tuple(sorted(warnings, key=Problem.sort_key)))


@functools.lru_cache(maxsize=32)
def shared_ruleset(compiled: CompiledRules) -> SharedRuleset:
    """One ruleset object per compiled rules (equal specs, equal object), which the engine host
    recognises without serialising it again; never changed after it is made."""
    return SharedRuleset(compiled.ruleset())


_READS: OrderedDict[tuple[Any, ...], tuple[RulePack, FactSet, tuple[Problem, ...]]] = OrderedDict()
_READS_KEPT = 8  # a unit's year is 5 folders: memory stays flat however many units a batch has
_READS_LOCK = threading.Lock()


def read_period(directory: Path, pack: RulePack, period: str) -> tuple[FactSet, list[Problem]]:
    """`read_facts`, remembered for the last few folders while none of their files changes.

    A batch reads each quarter for its check and again for the annual score (score_inputs); the
    second read is served from here. A hit needs the same pack object, folder, period, working
    folder (messages show paths relative to it) and, for every file, the same size and mtime.
    """
    key = (str(directory), period, os.getcwd(), _stamp(directory))
    with _READS_LOCK:
        hit = _READS.get(key)
        if hit is not None and hit[0] is pack:
            _READS.move_to_end(key)
            return hit[1], list(hit[2])
    facts, problems = read_facts(directory, pack, period)
    if key[-1] is not None:
        with _READS_LOCK:
            _READS[key] = (pack, facts, tuple(problems))
            while len(_READS) > _READS_KEPT:
                _READS.popitem(last=False)
    return facts, problems


def _stamp(directory: Path) -> tuple[tuple[str, int, int], ...] | None:
    """Name, size and modification time of each entry of a folder (None: cannot be listed)."""
    try:
        with os.scandir(directory) as entries:
            return tuple(sorted((e.name, *_size_time(e)) for e in entries))
    except OSError:
        return None


def _size_time(entry: os.DirEntry[str]) -> tuple[int, int]:
    stat = entry.stat()
    return stat.st_size, stat.st_mtime_ns


def _unmatched_explanations(facts: FactSet, findings: list[Finding]) -> list[Problem]:
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


def _explanations(pack: RulePack, facts: FactSet, quarter: Quarter, as_of: dt.date, findings: list[Finding],
                  host: EngineHost, builder: FindingBuilder, sid: str) -> list[Finding]:
    duty = pack.reporting.explanation
    owing = [f for f in findings if LAPSES.get(f.kind) in duty.owed_for]
    if not owing:
        return findings
    due = explanation_due(pack, quarter)
    given = {(e.finding, e.agency): e for e in facts.explanations}
    lapses = []
    for index, finding in enumerate(owing):
        exp = given.get((finding.id, finding.agency))
        fact = {"id": f"x{index}", "kind": "lapse", "finding": finding.id, "lapse": LAPSES[finding.kind],
                "agency": finding.agency, "cause": exp.cause if exp else "",
                "submitted_on": as_int(exp.submitted_on) if exp else 0, "due": as_int(due),
                "as_of": as_int(as_of)}
        lapses.append(Obligation(fact, Subject("lapse", finding.id, finding.agency, finding.co_agencies,
                                               duty.clause), (exp.source,) if exp else ()))
    compiled = compile_explanations(pack)
    by_id = {o.fact["id"]: o for o in lapses}
    status: dict[str, Finding] = {}
    for firing in host.run(shared_ruleset(compiled), f"{sid}x", [o.fact for o in lapses]):
        lapse = by_id[firing.facts["m"]["id"]]
        status[lapse.fact["finding"]] = _explanation_finding(compiled.spec(firing.rule), lapse, builder)
    result = []
    for finding in findings:
        extra = status.get(finding.id)
        if extra is not None:
            finding = replace(finding, explanation=_explanation_state(extra, due))
            result.append(extra)
        result.append(finding)
    return result


def _explanation_finding(spec: Any, lapse: Obligation, builder: FindingBuilder) -> Finding:
    fact = lapse.fact
    about = fact["finding"]
    params = {"agency_name": builder.agency_names.get(fact["agency"], fact["agency"]), "about": about,
              "due": fmt_date(fact["due"]), "submitted_on": fmt_date(fact["submitted_on"]),
              "cause": word(fact["cause"], builder.lang) if fact["cause"] else ""}
    message, hint = render_text(f"finding.{spec.kind}", params, builder.lang)
    return Finding(
        id=f"{about}/{spec.kind.replace('_', '-')}", kind=spec.kind, rule=spec.id, severity=spec.severity,
        agency=fact["agency"], co_agencies=lapse.subject.co_agencies,
        subject={"type": "finding", "key": about}, clause=spec.clause, message=message, hint=hint,
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


def lagging_agencies(pack: RulePack, findings: tuple[Finding, ...],
                     history: list[tuple[Finding, ...]]) -> list[dict[str, Any]]:
    """Per agency with at least one violation: its findings, what it owes, and how many quarters
    running it has lagged. `history` holds the findings of the quarters before, most recent first,
    as far back as data exists; an agency lagging `repeat_quarters` running is escalated (VI.2.c)."""
    names = {a.code: a.name for a in pack.plan.agencies}
    duty = pack.reporting.explanation
    lagged = [{f.agency for f in earlier if is_violation(f)} for earlier in history]
    rows = []
    for agency in sorted({f.agency for f in findings if is_violation(f)}):
        own = [f for f in findings if f.agency == agency and is_violation(f)]
        owed = [{"finding": f.id, "clause": f.clause, **(f.explanation or {})}
                for f in own if f.explanation and f.explanation.get("owed")]
        streak = 1 + next((i for i, earlier in enumerate(lagged) if agency not in earlier), len(lagged))
        escalate = streak >= duty.repeat_quarters
        rows.append({
            "agency": agency, "name": names.get(agency, agency),
            "findings": [f.id for f in own], "counts": _count_kinds(own),
            "explanations_owed": owed,
            "lagged_previous_quarter": agency in lagged[0] if lagged else None,
            "quarters_lagging": streak,
            "escalate_to": duty.repeat_to if escalate else None,
            "escalation_clause": duty.repeat_clause if escalate else None,
        })
    return rows


def is_violation(finding: Finding) -> bool:
    """A lapse that makes its agency lagging (custom checks count when marked 'violation')."""
    return finding.kind in VIOLATIONS or (finding.kind == "custom" and finding.severity == "violation")


def _count_kinds(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return dict(sorted(counts.items()))
