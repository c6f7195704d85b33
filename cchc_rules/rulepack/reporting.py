"""Model of reporting.yaml: reporting periods and cut-offs, who reports what to whom and when,
the duty to explain unmet targets (VI.1.c), and each agency's responsibilities (VI.1–VI.6)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from cchc_rules.rulepack.common import (
    AgencyCode,
    AreaCode,
    Clause,
    DAY_MONTH_PATTERN,
    DateText,
    Ident,
    Note,
    RulesModel,
    Text,
    new_list,
)
from cchc_rules.rulepack.effective_fields import EffectiveFrom, EffectiveTo

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29/02 is not in every year


def _real_day_month(text: str) -> str:
    """A day/month that every year has: "31/02" passed the pattern, then `evaluate` crashed.

    Examples:
        >>> _real_day_month("14/03")
        '14/03'
        >>> _real_day_month("29/02")
        Traceback (most recent call last):
        ...
        pydantic_core._pydantic_core.PydanticCustomError: day/month not in every year
    """
    day, month = (int(part) for part in text.split("/"))
    if day > _DAYS_IN_MONTH[month - 1]:
        raise PydanticCustomError("day_month_impossible", "day/month not in every year",
                                  {"month": month, "days": _DAYS_IN_MONTH[month - 1]})
    return text


DayMonth = Annotated[
    str,
    StringConstraints(pattern=DAY_MONTH_PATTERN),
    AfterValidator(_real_day_month),
    Field(description="Ngày/tháng, ví dụ 14/03."),
]
PeriodId = Literal["Q1", "Q2", "Q3", "Q4", "H1", "Y"]


class ReportingPeriod(RulesModel):
    """A data cut-off window (kỳ chốt số liệu)."""

    id: PeriodId
    label: Text
    starts: DayMonth
    starts_previous_year: bool = False
    ends: DayMonth
    quarter: Literal[1, 2, 3, 4] | None = Field(
        default=None, description="Quý mà kỳ này khép lại (Q2 khép lại bằng báo cáo 6 tháng)."
    )


class Calendar(RulesModel):
    clause: Clause
    periods: list[ReportingPeriod] = Field(min_length=1)
    report_due_working_days: int = Field(
        ge=0, le=60, description="Số ngày làm việc sau ngày chốt số liệu mà báo cáo phải gửi."
    )
    due_basis: Text | None = None
    holidays: list[DateText] = Field(default_factory=new_list, description="Ngày nghỉ lễ (không làm việc).")


class ReportingDuty(RulesModel):
    id: Ident
    title: Text
    kind: Literal["periodic", "on_request"]
    reporters: list[AgencyCode] = Field(min_length=1)
    to: list[AgencyCode] = Field(min_length=1)
    via: AgencyCode | None = None
    periods: list[PeriodId] = Field(default_factory=new_list)
    due_working_days: int | None = Field(
        default=None, ge=0, le=60, description="Thay cho hạn chung của lịch, nếu khác."
    )
    clause: Clause
    also_clauses: list[Clause] = Field(default_factory=new_list)
    notes: list[Note] = Field(default_factory=new_list)
    effective_from: EffectiveFrom = None
    effective_to: EffectiveTo = None


Cause = Literal["objective", "subjective"]
Lapse = Literal["task_overdue", "task_late", "target_missed", "report_missing", "report_late"]


class ExplanationDuty(RulesModel):
    """Báo cáo giải trình: who must explain which lapse, by when, which causes clear it."""

    clause: Clause
    also_clauses: list[Clause] = Field(default_factory=new_list)
    owed_for: list[Lapse] = Field(min_length=1)
    accepted_causes: list[Cause] = Field(min_length=1)
    due_working_days: int = Field(ge=1, le=90, description="Hạn nộp, tính từ ngày báo cáo kỳ đến hạn.")
    due_basis: Text | None = None
    receiver: AgencyCode
    repeat_quarters: int = Field(
        default=2, ge=2, le=4, description="Số quý liền nhau chậm trễ thì báo Chủ tịch phê bình."
    )
    repeat_to: AgencyCode
    repeat_clause: Clause


class FeedbackRule(RulesModel):
    """Time limit for handling citizens' feedback (PAKN) when a row gives no due date."""

    due_working_days: int = Field(ge=1, le=90)
    clause: Clause
    basis: Text | None = None


class Responsibility(RulesModel):
    agencies: list[AgencyCode] = Field(min_length=1)
    clause: Clause
    text: Text
    areas: list[AreaCode] = Field(default_factory=new_list)


class ReportingFile(RulesModel):
    """reporting.yaml"""

    calendar: Calendar
    duties: list[ReportingDuty] = Field(min_length=1)
    explanation: ExplanationDuty
    feedback: FeedbackRule | None = None
    responsibilities: list[Responsibility] = Field(default_factory=new_list)
