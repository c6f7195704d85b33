"""The JSON contract of the batch document (`cchc-rules batch`: many units ranked), as TypedDicts
built on the quarter and year shapes of contract.py; `contract_schemas.output_schemas()` publishes it as
schema/output/batch.schema.json.
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict  # pydantic needs this one on Python < 3.12

from pydantic import with_config

from cchc_rules.contract import _STRICT, LaggingAgency, QuarterReport, Unit, YearReport


# ── the batch ──────────────────────────────────────────────────────────────────────────────

@with_config(_STRICT)
class BatchProblem(TypedDict):
    file: str
    row: int
    field: str
    severity: Literal["error", "warning"]
    message: str
    hint: str


@with_config(_STRICT)
class Skipped(TypedDict):
    folder: str
    code: str | None
    reason: str
    label: str
    problems: list[BatchProblem]


@with_config(_STRICT)
class RankedPart(TypedDict):
    id: str
    name: str
    points: float  # the self-assessed points
    max: float
    final_points: float | None  # the appraised points, when the unit's appraisal is complete
    change: float | None  # final_points − points
    applicable: bool


@with_config(_STRICT)
class RankedArea(TypedDict):
    id: str
    name: str
    points: float  # the self-assessed points
    max: float
    final_points: float | None  # the appraised points, when the unit's appraisal is complete
    change: float | None  # final_points − points


@with_config(_STRICT)
class RankedFindings(TypedDict):
    year: int
    by_quarter: dict[str, int]


@with_config(_STRICT)
class RankedLagging(TypedDict):
    period: str | None
    count: int | None
    agencies: list[str] | None


@with_config(_STRICT)
class RankedAppraisal(TypedDict):
    round: int
    complete: bool


@with_config(_STRICT)
class RankingRow(TypedDict):
    rank: int
    tie: bool
    code: str
    name: str
    total: float  # the total ranked on: final_total when basis is "appraisal", else self_total
    classification: str | None  # of that total
    basis: Literal["appraisal", "self"]  # "Căn cứ xếp hạng": the complete appraisal, or the self-score
    self_total: float
    self_classification: str | None
    final_total: float | None
    change: float | None  # final_total − self_total
    appraisal: RankedAppraisal | None  # the appraisal file's latest round, and whether it is complete
    parts: list[RankedPart]
    areas: list[RankedArea]
    findings: RankedFindings
    lagging: RankedLagging
    warnings: int


@with_config(_STRICT)
class UnitLagging(TypedDict):
    period: str | None
    agencies: list[LaggingAgency] | None


@with_config(_STRICT)
class UnitResults(TypedDict):
    unit: Unit
    folder: str
    rules: str
    year: int
    quarters: list[QuarterReport]
    lagging: UnitLagging
    score: YearReport


@with_config(_STRICT)
class ReasonCount(TypedDict):
    reason: str
    label: str
    count: int


@with_config(_STRICT)
class BatchSummary(TypedDict):
    found: int
    scored: int
    skipped: int
    skipped_by_reason: list[ReasonCount]
    classifications: dict[str, int]


@with_config(_STRICT)
class ClassBand(TypedDict):
    label: str
    min: float
    below: float | None


@with_config(_STRICT)
class BatchRubric(TypedDict):
    """The rubric the units are scored with (batch/rubric.py)."""

    id: str
    title: str
    model: bool  # true: a model rubric, not the province's official one (the page and workbook say so)
    basis: str
    classification: list[ClassBand]


@with_config(_STRICT)
class BatchReport(TypedDict):
    """`cchc-rules batch --format json`."""

    year: int
    period: str | None
    data: str
    rules: str
    rubric: BatchRubric | None
    summary: BatchSummary
    ranking: list[RankingRow]
    skipped: list[Skipped]
    units: list[UnitResults]
