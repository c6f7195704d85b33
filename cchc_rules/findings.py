"""Firings → Findings: what each rule match means, in words, with its trace.

Stage after the engine. A finding carries a stable id (period, kind, subject — never a file
position), the agency responsible, the clause, a message in the chosen language, and the trace
(rule, where its parameters live, the condition, the rows of the facts used). Its wording is a
message code and language-neutral parameters; the text is rendered for a language only when a
document is written (`Finding.to_json(lang)`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cchc_rules.compile import RuleSpec
from cchc_rules.messages import Lang, render_text
from cchc_rules.formats import COMPARISON_SIGNS
from cchc_rules.obligations import Obligation
from cchc_rules.periods import Quarter, from_int
from cchc_rules.rulepack.pack import RulePack

VIOLATIONS = {"task_overdue", "task_done_late", "task_no_product", "report_missing", "report_late",
              "target_missed", "indicator_not_reported", "pakn_overdue", "pakn_late"}
# Finding kinds → the lapse names reporting.yaml uses in explanation.owed_for.
LAPSES = {"task_overdue": "task_overdue", "task_done_late": "task_late", "target_missed": "target_missed",
          "report_missing": "report_missing", "report_late": "report_late"}


@dataclass(frozen=True)
class Explanation:
    """The state of a lapse's explanation (VI.1.c), as the explanation rules decided it: a field of
    the lapse's finding (one row per lapse), never a finding of its own.

    owed: not received, due date not passed on the day judged; overdue: not received, due date
    passed; accepted: received with a cause the pack accepts; not_accepted: received with another."""

    state: str  # owed | overdue | accepted | not_accepted
    severity: str  # of the rule that decided it: an overdue or unaccepted explanation is a violation
    found_on: dt.date  # the check that first found the lapse
    due: dt.date
    received: dt.date | None
    cause: str | None
    params: dict[str, Any]  # of the message `explanation.<state>`
    trace: dict[str, Any]

    @property
    def owed(self) -> bool:
        """Still to be sent (owed or overdue)."""
        return self.state in ("owed", "overdue")

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        message, hint = render_text(f"explanation.{self.state}", self.params, lang)
        return {
            "state": self.state, "owed": self.owed, "overdue": self.state == "overdue",
            "accepted": self.state == "accepted", "found_on": self.found_on.isoformat(),
            "due": self.due.isoformat(), "received": self.received.isoformat() if self.received else None,
            "cause": self.cause, "message": message, "hint": hint, "trace": self.trace,
        }


@dataclass(frozen=True)
class Finding:
    id: str
    kind: str
    rule: str
    severity: str
    agency: str
    co_agencies: tuple[str, ...]
    subject: dict[str, Any]
    clause: str
    params: dict[str, Any]  # of the message `finding.<kind>`; numbers and words stay unrendered
    trace: dict[str, Any]
    explanation: Explanation | None = field(default=None)
    message_code: str = ""  # when the kind's own message does not fit (a target judged on an assumed level)

    def text(self, lang: Lang) -> tuple[str, str]:
        """The message and the hint, in `lang`."""
        return render_text(self.message_code or f"finding.{self.kind}", self.params, lang)

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        message, hint = self.text(lang)
        return {
            "id": self.id, "kind": self.kind, "rule": self.rule, "severity": self.severity,
            "agency": self.agency, "co_agencies": list(self.co_agencies), "subject": self.subject,
            "clause": self.clause, "message": message, "hint": hint, "trace": self.trace,
            "explanation": self.explanation.to_json(lang) if self.explanation else None,
        }


def fmt_date(value: int | dt.date | None) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates.

    Examples:
        >>> fmt_date(20260317), fmt_date(0)
        ('17/03/2026', '')
    """
    day = from_int(value) if isinstance(value, int) else value
    return day.strftime("%d/%m/%Y") if day else ""


def _days_between(later: int, earlier: int) -> int:
    a, b = from_int(later), from_int(earlier)
    return (a - b).days if a and b else 0


def _slug(kind: str) -> str:
    return kind.replace("_", "-")


def finding_id(quarter: Quarter, spec: RuleSpec, obligation: Obligation) -> str:
    """Stable: period / kind / subject — the same inputs give the same id whatever the row order."""
    kind = spec.id if spec.kind == "custom" else _slug(spec.kind)
    key = spec.target if spec.target else obligation.subject.key
    return f"{quarter}/{kind}/{key}"


class FindingBuilder:
    """Turns one firing into a Finding, with names and words looked up in the pack."""

    def __init__(self, pack: RulePack, quarter: Quarter) -> None:
        self.pack, self.quarter = pack, quarter
        self.agency_names = {a.code: a.name for a in pack.plan.agencies}
        self.tasks = {t.number: t for t in pack.tasks.tasks}
        self.targets = {t.id: t for t in pack.targets.targets}
        self.indicators = {i.id: i for i in pack.targets.indicators}
        self.duties = {d.id: d for d in pack.reporting.duties}

    def build(self, spec: RuleSpec, obligation: Obligation) -> Finding:
        fact = obligation.fact
        agency = spec.agency or obligation.subject.agency
        params = self._params(spec, fact, agency)
        # A task finding cites the task's appendix clause; the others the clause of their rule.
        clause = obligation.subject.clause if fact["kind"] == "task" else spec.clause
        trace = self.trace(spec, obligation)
        assumed = self.assumed_level(spec) if spec.kind == "target_missed" else None
        if assumed is not None:
            trace["assumed_level"] = assumed
            params.update(by_year=assumed["by_year"], final={"number": assumed["final"]}, target_clause=spec.clause)
        return Finding(
            id=finding_id(self.quarter, spec, obligation), kind=spec.kind, rule=spec.id,
            severity=spec.severity, agency=agency, co_agencies=obligation.subject.co_agencies,
            subject={"type": obligation.subject.type, "key": obligation.subject.key},
            clause=clause, params=params, trace=trace,
            message_code="finding.target_missed_assumed" if assumed is not None else "",
        )

    def assumed_level(self, spec: RuleSpec) -> dict[str, Any] | None:
        """When a target is judged against a yearly level of its path (targets.yaml `path`, before
        `by_year`) rather than the plan's own number: that level, the plan's target and where the
        path comes from (`path_basis`), so that every output can say the level is assumed."""
        target = self.targets.get(spec.target or "")
        year = self.quarter.year
        if target is None or year >= target.by_year or year not in target.path:
            return None
        return {"year": year, "threshold": target.path[year], "final": target.threshold,
                "by_year": target.by_year, "basis": target.path_basis}

    def trace(self, spec: RuleSpec, obligation: Obligation) -> dict[str, Any]:
        values = {k: v for k, v in obligation.fact.items() if k not in ("id", "kind")}
        trace: dict[str, Any] = {
            "rule": spec.id, "rule_source": spec.source, "condition": spec.condition,
            "clause": spec.clause,
            "facts": [{"file": s.file, "row": s.row} for s in obligation.sources],
            "values": values,
        }
        if spec.threshold is not None:
            trace["threshold"], trace["comparison"] = spec.threshold, spec.comparison
        return trace

    def _params(self, spec: RuleSpec, fact: dict[str, Any], agency: str) -> dict[str, Any]:
        params: dict[str, Any] = {"agency_name": self.agency_names.get(agency, agency), "message": spec.message}
        for key in ("due", "completed_on", "received_on", "handled_on", "submitted_on"):
            if key in fact:
                params[key] = fmt_date(fact[key])
        if fact["kind"] == "task":
            task = self.tasks[fact["task"]]
            params.update(task=task.number, content=_short(task.content), lead_name=self.agency_names[task.lead],
                          status={"word": fact["status"]}, product="; ".join(task.product),
                          days=_days_between(fact["completed_on"], fact["due"]))
        elif fact["kind"] == "report":
            duty = self.duties[fact["duty"]]
            params.update(duty_title=duty.title,
                          period={"period": fact["period"]}, days=_days_between(fact["received_on"], fact["due"]))
        elif fact["kind"] == "indicator":
            params.update(self._indicator_params(spec, fact))
        elif fact["kind"] == "pakn":
            params.update(ref=fact["ref"], days=_days_between(fact["handled_on"], fact["due"]))
        return params

    def _indicator_params(self, spec: RuleSpec, fact: dict[str, Any]) -> dict[str, Any]:
        indicator = self.indicators[fact["indicator"]]
        target = self.targets.get(spec.target or "")
        threshold = spec.threshold if spec.threshold is not None else 0.0
        value = fact.get("value")
        return {
            "indicator_name": indicator.name, "value": {"number": value} if value is not None else "—",
            "year": self.quarter.year,
            "comparison": COMPARISON_SIGNS.get(spec.comparison or "", spec.comparison or ""),
            "threshold": {"number": threshold},
            "margin": {"number": abs(threshold - value)} if value is not None else "—",
            "target_name": target.name if target else "",
        }


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
