"""The JSON contract of what the product writes, as TypedDicts: the quarter report, the year
report (with its score tree); the batch document is in contract_batch.py, the 766 index in
contract_index766.py. `contract_schemas.output_schemas()` turns them into the JSON
Schemas published in `schema/output/` (written by `cchc-rules schema --outputs`); the tests
validate every bundled output against those files.

The typed values (`results.py`) write these shapes with `to_json(lang)`; this module is only the
description of the shapes, for the people and programs that read the JSON.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, Union

from typing_extensions import TypedDict  # pydantic needs this one on Python < 3.12

from pydantic import ConfigDict, with_config

_STRICT = ConfigDict(extra="forbid")


@with_config(_STRICT)
class Unit(TypedDict):
    code: str
    name: str
    province: str | None


@with_config(_STRICT)
class FactRef(TypedDict):
    """A row of an input file a result was drawn from."""

    file: str
    row: int


@with_config(_STRICT)
class Warning(TypedDict):  # noqa: A001 - the JSON's own word
    file: str
    row: int
    field: str
    code: NotRequired[str]  # in the year report
    message: str
    hint: str


# ── the quarter report ─────────────────────────────────────────────────────────────────────

@with_config(_STRICT)
class AssumedLevel(TypedDict):
    """A target judged against a yearly level of its path (targets.yaml `path`), not the plan's number."""

    year: int
    threshold: float  # the level assumed for the year
    final: float  # the plan's target
    by_year: int
    basis: str | None  # targets.yaml `path_basis`: where the path comes from


@with_config(_STRICT)
class FindingTrace(TypedDict):
    rule: str
    rule_source: str
    condition: str
    clause: str
    facts: list[FactRef]
    values: dict[str, Any]  # the engine fact's fields (engine_facts.py), without id and kind
    threshold: NotRequired[float]
    comparison: NotRequired[str | None]
    assumed_level: NotRequired[AssumedLevel]


@with_config(_STRICT)
class ExplanationState(TypedDict):
    """The state of a lapse's explanation (VI.1.c), one field of the lapse's finding."""

    state: Literal["owed", "overdue", "accepted", "not_accepted"]
    owed: bool  # not received yet: owed or overdue
    overdue: bool  # not received and its due date passed on the day judged
    accepted: bool
    found_on: str  # the check that first found the lapse (ISO date); the deadline runs from it
    due: str
    received: str | None
    cause: str | None
    message: str
    hint: str
    trace: FindingTrace  # the explanation rule that decided the state, with the explanations row


@with_config(_STRICT)
class Subject(TypedDict):
    type: str
    key: str


@with_config(_STRICT)
class Finding(TypedDict):
    id: str
    kind: str
    rule: str
    severity: Literal["violation", "warning", "info"]
    agency: str
    co_agencies: list[str]
    subject: Subject
    clause: str
    message: str
    hint: str
    trace: FindingTrace
    explanation: ExplanationState | None


@with_config(_STRICT)
class ExplanationOwed(ExplanationState):
    """An explanation a lagging agency owes: the state of its finding's explanation, and which one."""

    finding: str
    clause: str


@with_config(_STRICT)
class LaggingAgency(TypedDict):
    agency: str
    name: str
    findings: list[str]
    counts: dict[str, int]
    explanations_owed: list[ExplanationOwed]
    lagged_previous_quarter: bool | None
    quarters_lagging: int
    escalate_to: str | None
    escalation_clause: str | None


@with_config(_STRICT)
class FileCounts(TypedDict):
    file: str
    kind: str
    read: int
    used: int
    rejected: int
    duplicates: int


@with_config(_STRICT)
class Inputs(TypedDict):
    files: list[FileCounts]
    total: FileCounts


@with_config(_STRICT)
class AgencyCounts(TypedDict):
    findings: int
    violations: int


@with_config(_STRICT)
class ExplanationCounts(TypedDict):
    owed: int
    overdue: int
    accepted: int
    not_accepted: int


@with_config(_STRICT)
class QuarterSummary(TypedDict):
    """The counts every view of the quarter shows (one finding per lapse)."""

    findings: int
    violations: int  # findings that make their agency lagging
    by_kind: dict[str, int]
    by_agency: dict[str, AgencyCounts]
    lagging_agencies: int
    explanations: ExplanationCounts


@with_config(_STRICT)
class QuarterReport(TypedDict):
    """`cchc-rules evaluate --format json`."""

    unit: Unit
    plan: str
    period: str
    as_of: str
    previous_period: str | None
    summary: QuarterSummary
    findings: list[Finding]
    lagging_agencies: list[LaggingAgency]
    inputs: Inputs
    warnings: list[Warning]


# ── the year report ────────────────────────────────────────────────────────────────────────

@with_config(_STRICT)
class ScoreTrace(TypedDict):
    rule: str
    condition: str
    case: str
    inputs: dict[str, Any]  # the criterion fact's fields (engine_facts.CriterionFact)
    how: dict[str, Any]
    facts: list[FactRef]


@with_config(_STRICT)
class NotApplicableMark(TypedDict):
    reason: str
    document: str
    rescale: Literal["area", "total"]


@with_config(_STRICT)
class Rescaled(TypedDict):
    raw_points: float  # the sum of the area's criteria
    applicable_max: float  # the max of its criteria that apply; points = raw × max / applicable_max


@with_config(_STRICT)
class AttachedDocument(TypedDict):
    """A document the unit attached for a criterion (a row of the year's evidence.csv)."""

    document: str
    number: str | None  # số, ký hiệu: 08/KH-UBND
    date: str | None  # ISO date of issue
    link: str | None  # the attached file or a link, as the row writes it
    note: str | None
    file: str
    row: int


@with_config(_STRICT)
class Appraisal(TypedDict):
    """The appraiser's points (điểm thẩm định) for a node: a leaf's from tham-dinh.csv (latest round),
    a group's the sum of its children's once every one is appraised."""

    points: float
    comment: str | None
    round: int | None  # None for a sum
    facts: list[FactRef]


@with_config(_STRICT)
class ScoreLeaf(TypedDict):
    id: str
    name: str
    max: float
    points: float
    owner: str | None
    method: str | None
    evidence: list[str]  # the documents the rubric asks for
    evidence_missing: bool
    documents: list[AttachedDocument]  # the documents actually attached
    margin: str | None  # what to do for more points, and the gain
    working: str | None  # the arithmetic of the points ("4 × 64 / 80 = 3,2 điểm")
    not_applicable: NotApplicableMark | None  # the unit declared it "không áp dụng"
    appraisal: Appraisal | None
    trace: ScoreTrace
    criteria: list[Any]  # always empty


@with_config(_STRICT)
class ScoreGroup(TypedDict):
    id: str
    name: str
    max: float
    points: float
    owner: str | None
    method: None
    rescaled: Rescaled | None  # an area with a "không áp dụng" criterion (rescale: area)
    appraisal: Appraisal | None
    criteria: list[ScoreNode]


ScoreNode = Union[ScoreLeaf, ScoreGroup]  # noqa: UP007 - a forward reference pydantic resolves


@with_config(_STRICT)
class ScorePart(TypedDict):
    id: str
    name: str
    kind: Literal["index", "bonus", "penalty"]  # bonus/penalty: added/subtracted outside the total
    max: float
    cap: float | None  # bonus, penalty: the most that counts
    points: float  # bonus, penalty: capped
    points_before_cap: float | None
    survey: bool
    applicable: bool
    appraisal: Appraisal | None
    criteria: list[ScoreNode]


@with_config(_STRICT)
class Rubric(TypedDict):
    id: str
    title: str
    form_title: str | None  # the form's heading, when the rubric names it (a 766 rubric does)
    model: bool  # true: a model rubric, not the province's official one
    basis: str
    file: str
    total: float
    decimals: int
    missing_part: Literal["scale_to_100", "zero"]


@with_config(_STRICT)
class AgencyScore(TypedDict):
    agency: str
    name: str
    points: float
    max: float
    criteria: list[str]
    rank: int
    percent: float


@with_config(_STRICT)
class EvidenceToAttach(TypedDict):
    criterion: str
    name: str
    documents: list[str]


@with_config(_STRICT)
class AppraisedTotal(TypedDict):
    """The appraised total, converted like the self-score, once every counted part is appraised."""

    round: int  # the latest round in the file
    complete: bool
    raw_points: float | None
    total: float | None
    classification: str | None


@with_config(_STRICT)
class YearInputs(TypedDict):
    quarters: list[str]
    annual: bool


@with_config(_STRICT)
class YearReport(TypedDict):
    """`cchc-rules score --format json`."""

    unit: Unit
    plan: str
    year: int
    rubric: Rubric
    criteria: list[ScorePart]
    raw_points: float
    max_available: float
    converted: bool
    index_total: float  # the index parts on the scale, before bonus and penalty
    bonus: float  # capped
    penalty: float  # capped
    total: float  # max(0, index_total + bonus − penalty); classified at most at the scale
    classification: str | None
    agencies: list[AgencyScore]
    evidence_to_attach: list[EvidenceToAttach]
    appraisal: AppraisedTotal | None  # None without an appraisal file (tham-dinh.csv)
    inputs: YearInputs
    warnings: list[Warning]
