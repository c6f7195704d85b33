"""Model of targets.yaml: indicators (what is measured), the II.2 targets on them, and the
qualitative goals of II.2 that carry no number."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from cchc_rules.rulepack.common import (
    AgencyCode,
    AreaCode,
    Clause,
    Ident,
    Note,
    RulesModel,
    TaskNumber,
    Text,
    Year,
    new_dict,
    new_list,
)
from cchc_rules.rulepack.effective_fields import EffectiveFrom, EffectiveTo

Comparison = Literal[">=", ">", "=", "<=", "<"]
Unit = Literal["%", "điểm", "số lượng"]


class Indicator(RulesModel):
    """A measured quantity that agencies report each period."""

    id: Ident
    name: Text
    unit: Unit
    numerator: Text | None = Field(default=None, description="Tử số, nếu là tỷ lệ.")
    denominator: Text | None = Field(default=None, description="Mẫu số, nếu là tỷ lệ.")
    source: Text | None = Field(default=None, description="Nguồn số liệu (Cổng DVCQG, khảo sát …).")
    reported_by: AgencyCode
    notes: list[Note] = Field(default_factory=new_list)


class Target(RulesModel):
    """A quantitative target of section II.2 on one indicator."""

    id: Ident
    name: Text
    area: AreaCode
    indicator: Ident
    comparison: Comparison
    threshold: float
    unit: Unit
    by_year: Year = Field(description="Năm chỉ tiêu phải đạt.")
    applies_from: Year | None = Field(
        default=None, description="Năm bắt đầu xét chỉ tiêu; bỏ trống là từ by_year."
    )
    path: dict[Year, float] = Field(
        default_factory=new_dict, description="Lộ trình từng năm trước by_year: {2026: 70, 2027: 75}."
    )
    path_basis: Text | None = Field(default=None, description="Lộ trình lấy từ đâu.")
    owner: AgencyCode
    co_owners: list[AgencyCode] = Field(default_factory=new_list)
    related_tasks: list[TaskNumber] = Field(default_factory=new_list)
    clause: Clause
    notes: list[Note] = Field(default_factory=new_list)
    effective_from: EffectiveFrom = None
    effective_to: EffectiveTo = None


class Goal(RulesModel):
    """A goal of section II.2 that sets no number (it is followed through tasks)."""

    id: Ident
    area: AreaCode
    text: Text
    clause: Clause
    related_tasks: list[TaskNumber] = Field(default_factory=new_list)
    covers: dict[Literal["from", "to"], Year] | None = Field(
        default=None, description="Giai đoạn mà văn bản phải xây dựng bao trùm, nếu mục tiêu nêu."
    )
    notes: list[Note] = Field(default_factory=new_list)


class TargetsFile(RulesModel):
    """targets.yaml"""

    indicators: list[Indicator] = Field(min_length=1)
    targets: list[Target] = Field(min_length=1)
    goals: list[Goal] = Field(default_factory=new_list)
