"""The status facts as values: one frozen model per fact kind, each keeping the file and row it came from.

Quarterly kinds: TaskStatus, IndicatorValue, ReportSubmission, Explanation, Pakn. Annual
self-assessment kinds (PAR INDEX, scoring/<year>.yaml): MeasureValue, Evidence, ManualPoints.

Last stage of loading facts: `load.py` builds these from checked rows; the engine reads them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from cchc_rules.errors import Problem

Status = Literal["not_started", "in_progress", "done"]
Cause = Literal["objective", "subjective"]


class _Fact(BaseModel):
    # defer_build: a kind's validator is built when first used, not for every kind at import
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class FactSource(_Fact):
    """Where a fact was read: the file (``book.xlsx[Sheet]`` for a sheet) and its row.

    For CSV and Excel the row is the spreadsheet row (header = 1); for YAML the line of the
    item; for JSON the line the item starts on.
    """

    file: str
    row: int


class TaskStatus(_Fact):
    """How far an agency has got with one appendix task (in one year, for yearly tasks)."""

    task: int
    status: Status
    completed_on: dt.date | None = None
    product_ref: str | None = None
    product_date: dt.date | None = None
    year: int
    agency: str
    note: str | None = None
    source: FactSource


class IndicatorValue(_Fact):
    """The value of one indicator for the period, in the indicator's unit.

    `data_source` is the file's `source` column (where the number comes from); `source` is
    where this fact was read, as for every fact.
    """

    indicator: str
    value: float
    numerator: float | None = None
    denominator: float | None = None
    data_source: str | None = None
    agency: str
    note: str | None = None
    source: FactSource


class ReportSubmission(_Fact):
    """A report an agency sent for a reporting duty and period (period like ``2026-H1``)."""

    agency: str
    duty: str
    period: str
    received_on: dt.date
    document_ref: str | None = None
    note: str | None = None
    source: FactSource


class Explanation(_Fact):
    """An explanation (báo cáo giải trình) an agency gave for a finding."""

    finding: str
    agency: str
    cause: Cause
    text: str
    submitted_on: dt.date
    source: FactSource


class Pakn(_Fact):
    """One citizens' feedback item (phản ánh, kiến nghị); `handled_on` None = not handled yet."""

    ref: str
    agency: str
    received_on: dt.date
    due_on: dt.date | None = None
    handled_on: dt.date | None = None
    content: str | None = None
    note: str | None = None
    source: FactSource


class MeasureValue(_Fact):
    """The value of one measure of the year's rubric (scoring/<year>.yaml `measures`).

    `value` is in the measure's unit: a % from 0 to 100, a count (whole, 0 or more), points, or
    1.0 / 0.0 for a 'có/không' measure. `data_source` is the file's `source` column (where the
    number comes from); `source` is where this fact was read, as for every fact.
    """

    measure: str
    value: float
    data_source: str | None = None
    note: str | None = None
    source: FactSource


class Evidence(_Fact):
    """A supporting document (tài liệu kiểm chứng) offered for a node of the year's rubric."""

    criterion: str
    document: str
    number: str | None = None
    date: dt.date | None = None
    link: str | None = None
    note: str | None = None
    source: FactSource


class ManualPoints(_Fact):
    """Points given by hand to a leaf criterion whose scoring method is `manual`."""

    criterion: str
    points: float
    assessor: str | None = None
    note: str | None = None
    source: FactSource


class NotApplicable(_Fact):
    """A leaf criterion the unit declares "không áp dụng", with the reason and the document it rests on."""

    criterion: str
    reason: str
    document: str
    number: str | None = None
    date: dt.date | None = None
    note: str | None = None
    source: FactSource


class SurveyAnswer(_Fact):
    """One answer of one respondent (phiếu) to one question of a rubric's survey."""

    survey: str
    respondent: str
    group: str
    question: str
    option: str
    note: str | None = None
    source: FactSource


class Appraisal(_Fact):
    """The appraiser's points (điểm thẩm định) and comment for a leaf criterion, in one round."""

    criterion: str
    points: float
    comment: str | None = None
    round: int = 1
    source: FactSource


Fact = (TaskStatus | IndicatorValue | ReportSubmission | Explanation | Pakn | MeasureValue | Evidence
        | ManualPoints | NotApplicable | SurveyAnswer | Appraisal)


@dataclass(frozen=True)
class FileCount:
    """Rows of one file (or sheet): read = used + rejected + duplicates (blank rows not counted)."""

    file: str
    kind: str
    read: int = 0
    used: int = 0
    rejected: int = 0
    duplicates: int = 0


@dataclass(frozen=True)
class FactCounts:
    """Row counts per file, in reading order, and their total."""

    files: tuple[FileCount, ...]

    @property
    def total(self) -> FileCount:
        return FileCount(
            file="(tổng)",
            kind="*",
            read=sum(c.read for c in self.files),
            used=sum(c.used for c in self.files),
            rejected=sum(c.rejected for c in self.files),
            duplicates=sum(c.duplicates for c in self.files),
        )


@dataclass(frozen=True)
class FactSet:
    """Every fact of one unit and period, ready for the engine.

    `period` is the data folder's: a quarter ('2026-Q2') or a year ('2026', the annual
    self-assessment). The annual kinds (measures, evidence, manual_points) refer to the rubric
    of the period's year.
    """

    period: str
    task_status: tuple[TaskStatus, ...] = ()
    indicator_values: tuple[IndicatorValue, ...] = ()
    report_submissions: tuple[ReportSubmission, ...] = ()
    explanations: tuple[Explanation, ...] = ()
    pakn: tuple[Pakn, ...] = ()
    measures: tuple[MeasureValue, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    manual_points: tuple[ManualPoints, ...] = ()
    not_applicable: tuple[NotApplicable, ...] = ()
    survey_answers: tuple[SurveyAnswer, ...] = ()
    appraisal: tuple[Appraisal, ...] = ()
    counts: FactCounts = FactCounts(files=())
    warnings: tuple[Problem, ...] = ()
