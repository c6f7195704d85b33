"""Lagging agencies, the quarters before and escalation: one module, used by the pipeline for the
CLI, the batch and the service alike.

Stage after the findings of a quarter: an agency with at least one violation is lagging; the
quarters before (as far back as escalation needs and data exists) say how many quarters running it
has lagged, and `repeat_quarters` running sends it up (reporting.yaml, explanation.repeat_*).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cchc_rules.findings import VIOLATIONS, Finding
from cchc_rules.messages import Lang
from cchc_rules.periods import Quarter
from cchc_rules.rulepack.pack import RulePack


@dataclass(frozen=True)
class LaggingAgency:
    """One lagging agency of a quarter (the `lagging_agencies` rows of the quarter JSON)."""

    agency: str
    name: str
    findings: tuple[str, ...]
    counts: dict[str, int]
    explanations_owed: tuple[Finding, ...]  # its violations whose explanation is owed or overdue
    lagged_previous_quarter: bool | None
    quarters_lagging: int
    escalate_to: str | None
    escalation_clause: str | None

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        owed = [{"finding": f.id, "clause": f.clause, **f.explanation.to_json(lang)}
                for f in self.explanations_owed if f.explanation]
        return {
            "agency": self.agency, "name": self.name, "findings": list(self.findings),
            "counts": dict(self.counts), "explanations_owed": owed,
            "lagged_previous_quarter": self.lagged_previous_quarter,
            "quarters_lagging": self.quarters_lagging, "escalate_to": self.escalate_to,
            "escalation_clause": self.escalation_clause,
        }


def history_quarters(pack: RulePack, quarter: Quarter, has_data: Callable[[Quarter], bool]) -> list[Quarter]:
    """The quarters before `quarter`, most recent first, as far back as escalation needs
    (`repeat_quarters` − 1) and as long as each has data."""
    found: list[Quarter] = []
    earlier = quarter.previous()
    while len(found) < pack.reporting.explanation.repeat_quarters - 1 and has_data(earlier):
        found.append(earlier)
        earlier = earlier.previous()
    return found


def lagging_agencies(pack: RulePack, findings: Iterable[Finding],
                     history: list[tuple[Finding, ...]]) -> tuple[LaggingAgency, ...]:
    """Per agency with at least one violation: its findings, what it owes, and how many quarters
    running it has lagged. `history` holds the findings of the quarters before, most recent first,
    as far back as data exists; an agency lagging `repeat_quarters` running is escalated (VI.2.c)."""
    findings = tuple(findings)
    names = {a.code: a.name for a in pack.plan.agencies}
    duty = pack.reporting.explanation
    lagged = [{f.agency for f in earlier if is_violation(f)} for earlier in history]
    rows = []
    for agency in sorted({f.agency for f in findings if is_violation(f)}):
        own = [f for f in findings if f.agency == agency and is_violation(f)]
        owed = tuple(f for f in own if f.explanation and f.explanation.owed)
        streak = 1 + next((i for i, earlier in enumerate(lagged) if agency not in earlier), len(lagged))
        escalate = streak >= duty.repeat_quarters
        rows.append(LaggingAgency(
            agency=agency, name=names.get(agency, agency), findings=tuple(f.id for f in own),
            counts=count_kinds(own), explanations_owed=owed,
            lagged_previous_quarter=agency in lagged[0] if lagged else None, quarters_lagging=streak,
            escalate_to=duty.repeat_to if escalate else None,
            escalation_clause=duty.repeat_clause if escalate else None,
        ))
    return tuple(rows)


def is_violation(finding: Finding) -> bool:
    """A lapse that makes its agency lagging (custom checks count when marked 'violation')."""
    return finding.kind in VIOLATIONS or (finding.kind == "custom" and finding.severity == "violation")


def count_kinds(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each kind, by kind name."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return dict(sorted(counts.items()))
