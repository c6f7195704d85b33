"""Model of checks.yaml (optional): custom checks that policy staff write in the condition
language of `conditions.py`, e.g. `value < 98 and indicator == "hai-long-giai-quyet-tthc"`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from cchc_rules.rulepack.common import (
    AgencyCode,
    Clause,
    Ident,
    RulesModel,
    Text,
    new_list,
)
from cchc_rules.rulepack.effective_fields import EffectiveFrom, EffectiveTo


class CustomCheck(RulesModel):
    id: Ident
    title: Text = Field(description="Tên ngắn của kiểm tra, tiếng Việt.")
    applies_to: Literal["task", "report", "indicator", "pakn"] = Field(
        description="Loại dữ kiện được xét: task, report, indicator, pakn."
    )
    when: Text = Field(description="Điều kiện, ví dụ: value < 98 and indicator == \"sipas\".")
    message: Text = Field(description="Thông báo khi điều kiện đúng, tiếng Việt.")
    agency: AgencyCode | None = Field(
        default=None, description="Cơ quan chịu trách nhiệm; bỏ trống là cơ quan của dữ kiện."
    )
    severity: Literal["violation", "warning"] = "warning"
    clause: Clause
    effective_from: EffectiveFrom = None
    effective_to: EffectiveTo = None


class ChecksFile(RulesModel):
    """checks.yaml"""

    checks: list[CustomCheck] = Field(default_factory=new_list)
