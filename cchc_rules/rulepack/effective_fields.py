"""The two optional fields that date an item of a rule pack — `effective_from` and `effective_to`
— as field types the models of tasks, targets, reporting duties and custom checks end with.
What the dates mean (which version is in force when; overlaps and gaps) is in
rulepack/effective.py.

An item is in force from `effective_from` (the first day of a quarter) to `effective_to` (the
last day of a quarter), both included; without them, for the whole plan.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from cchc_rules.rulepack.common import DateText

EffectiveFrom = Annotated[DateText | None, Field(
    description="Có hiệu lực từ ngày này (ngày đầu một quý), ví dụ 01/01/2027.")]
EffectiveTo = Annotated[DateText | None, Field(
    description="Hết hiệu lực sau ngày này (ngày cuối một quý), ví dụ 31/12/2026.")]
