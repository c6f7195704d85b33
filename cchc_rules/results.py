"""The results the pipeline returns, as typed values: a quarter's report and a year's report with
its score tree. Wording stays codes and parameters until `to_json(lang)` writes the JSON contract
(published as JSON Schema in `schema/output/`, see `contract.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from cchc_rules.errors import Problem
from cchc_rules.facts.models import FactCounts
from cchc_rules.findings import Finding
from cchc_rules.lagging import LaggingAgency, is_violation
from cchc_rules.messages import Lang, render_text
from cchc_rules.periods import Quarter
from cchc_rules.text import Text


# The states of a lapse's explanation, in the order the summary lists them (compile_explanations).
EXPLANATION_STATES = ("owed", "overdue", "accepted", "not_accepted")


def counts_json(counts: FactCounts) -> dict[str, Any]:
    """Rows read, used, rejected and duplicated, per file and in total."""
    def row(c: Any) -> dict[str, Any]:
        return {"file": c.file, "kind": c.kind, "read": c.read, "used": c.used, "rejected": c.rejected,
                "duplicates": c.duplicates}

    return {"files": [row(c) for c in counts.files], "total": row(counts.total)}


def warning_json(problem: Problem, lang: Lang, with_code: bool = False) -> dict[str, Any]:
    """A data warning with its message and fix in the reader's language (and its code, in the score)."""
    message, hint = render_text(problem.code, problem.params, lang)
    loc = problem.location
    out: dict[str, Any] = {"file": loc.file, "row": loc.line, "field": problem.field}
    if with_code:
        out["code"] = problem.code
    return {**out, "message": message, "hint": hint}


@dataclass(frozen=True)
class QuarterReport:
    """One unit × quarter: findings, lagging agencies (with the quarters before) and the inputs."""

    unit: dict[str, Any]
    plan: str
    quarter: Quarter
    as_of: dt.date
    previous_period: str | None
    findings: tuple[Finding, ...]
    lagging_agencies: tuple[LaggingAgency, ...]
    counts: FactCounts
    warnings: tuple[Problem, ...]

    def summary(self) -> dict[str, Any]:
        """The counts every view shows, computed once here: one finding per lapse; its violations
        (what makes an agency lagging), per kind and per agency; the explanations by state."""
        by_kind: dict[str, int] = {}
        by_agency: dict[str, dict[str, int]] = {}
        explanations = dict.fromkeys(EXPLANATION_STATES, 0)
        for finding in self.findings:
            by_kind[finding.kind] = by_kind.get(finding.kind, 0) + 1
            row = by_agency.setdefault(finding.agency, {"findings": 0, "violations": 0})
            row["findings"] += 1
            row["violations"] += is_violation(finding)
            if finding.explanation is not None:
                explanations[finding.explanation.state] += 1
        return {"findings": len(self.findings), "violations": sum(r["violations"] for r in by_agency.values()),
                "by_kind": dict(sorted(by_kind.items())), "by_agency": dict(sorted(by_agency.items())),
                "lagging_agencies": len(self.lagging_agencies), "explanations": explanations}

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        return {
            "unit": dict(self.unit), "plan": self.plan, "period": str(self.quarter),
            "as_of": self.as_of.isoformat(), "previous_period": self.previous_period,
            "summary": self.summary(),
            "findings": [f.to_json(lang) for f in self.findings],
            "lagging_agencies": [a.to_json(lang) for a in self.lagging_agencies],
            "inputs": counts_json(self.counts),
            "warnings": [warning_json(p, lang) for p in self.warnings],
        }


@dataclass(frozen=True)
class ScoreLeaf:
    """A criterion scored by a method: points, the margin when short of full, and the trace."""

    id: str
    name: str
    max: float
    points: float
    owner: str | None
    method: str | None
    evidence: tuple[str, ...]
    evidence_missing: bool
    margin: Text | None
    trace: dict[str, Any]
    criteria: tuple[()] = ()
    not_applicable: dict[str, Any] | None = None  # the unit's declaration: reason, document, rescale
    documents: tuple[dict[str, Any], ...] = ()  # the evidence attached (evidence.csv rows)
    working: Text | None = None  # the arithmetic of the points, worded at the edge
    appraisal: dict[str, Any] | None = None  # the appraiser's points and comment (latest round)

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "max": self.max, "points": self.points, "owner": self.owner,
                "method": self.method, "evidence": list(self.evidence), "evidence_missing": self.evidence_missing,
                "documents": [dict(d) for d in self.documents],
                "margin": self.margin.render(lang) if self.margin else None,
                "working": self.working.render(lang) if self.working else None,
                "not_applicable": dict(self.not_applicable) if self.not_applicable else None,
                "appraisal": dict(self.appraisal) if self.appraisal else None, "trace": self.trace, "criteria": []}


@dataclass(frozen=True)
class ScoreGroup:
    """A criterion made of sub-criteria: the sum of theirs."""

    id: str
    name: str
    max: float
    points: float
    owner: str | None
    criteria: tuple[ScoreNode, ...]
    rescaled: dict[str, float] | None = None  # an area with a not-applicable criterion: raw_points, applicable_max
    appraisal: dict[str, Any] | None = None  # {"points": sum} once every leaf below is appraised

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "max": self.max, "points": self.points, "owner": self.owner,
                "method": None, "rescaled": dict(self.rescaled) if self.rescaled else None,
                "appraisal": dict(self.appraisal) if self.appraisal else None,
                "criteria": [c.to_json(lang) for c in self.criteria]}


@dataclass(frozen=True)
class ScorePart:
    """A part of the index (the unit's own, or the survey); a survey part without data is not applicable.
    A bonus or penalty part is outside the total: its points are the sum of its criteria, at most its cap."""

    id: str
    name: str
    max: float
    points: float
    survey: bool
    applicable: bool
    criteria: tuple[ScoreNode, ...]
    kind: str = "index"  # index | bonus | penalty
    cap: float | None = None
    points_before_cap: float | None = None  # bonus, penalty: the criteria's sum before the cap
    appraisal: dict[str, Any] | None = None  # {"points": sum} once every leaf below is appraised

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "max": self.max, "cap": self.cap,
                "points": self.points, "points_before_cap": self.points_before_cap, "survey": self.survey,
                "applicable": self.applicable, "appraisal": dict(self.appraisal) if self.appraisal else None,
                "criteria": [c.to_json(lang) for c in self.criteria]}


ScoreNode = ScoreLeaf | ScoreGroup


def walk_nodes(nodes: Iterable[ScorePart | ScoreNode]) -> Iterator[ScorePart | ScoreNode]:
    """Every node, parents before their children, in rubric order."""
    for node in nodes:
        yield node
        yield from walk_nodes(node.criteria)


@dataclass(frozen=True)
class YearReport:
    """The annual self-assessment of one unit: the score tree, total, classification, agencies."""

    unit: dict[str, Any]
    plan: str
    year: int
    rubric: dict[str, Any]
    criteria: tuple[ScorePart, ...]
    raw_points: float
    max_available: float
    converted: bool
    total: float
    classification: str | None
    agencies: tuple[dict[str, Any], ...]
    evidence_to_attach: tuple[dict[str, Any], ...]
    quarters: tuple[str, ...]
    annual: bool
    warnings: tuple[Problem, ...]
    index_total: float | None = None  # the index parts converted to the scale, before bonus and penalty
    bonus: float = 0.0  # capped
    penalty: float = 0.0  # capped, subtracted
    appraisal: dict[str, Any] | None = None  # the appraised total, when an appraisal file exists

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        return {
            "unit": dict(self.unit), "plan": self.plan, "year": self.year, "rubric": dict(self.rubric),
            "criteria": [p.to_json(lang) for p in self.criteria],
            "raw_points": self.raw_points, "max_available": self.max_available, "converted": self.converted,
            "index_total": self.total if self.index_total is None else self.index_total,
            "bonus": self.bonus, "penalty": self.penalty,
            "total": self.total, "classification": self.classification,
            "agencies": [dict(a) for a in self.agencies],
            "evidence_to_attach": [dict(e) for e in self.evidence_to_attach],
            "appraisal": dict(self.appraisal) if self.appraisal else None,
            "inputs": {"quarters": list(self.quarters), "annual": self.annual},
            "warnings": [warning_json(p, lang, with_code=True) for p in self.warnings],
        }
