"""Model of tasks.yaml: the appendix tasks, each with lead, co-agencies, schedule and product."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from cchc_rules.rulepack.common import (
    AgencyCode,
    AreaCode,
    Clause,
    Deadline,
    Ident,
    Note,
    RulesModel,
    TaskNumber,
    Text,
    TextList,
    Year,
    new_list,
)
from cchc_rules.rulepack.effective_fields import EffectiveFrom, EffectiveTo

QuarterOfYear = Annotated[str, StringConstraints(pattern=r"^Q[1-4]$")]


class _Part(RulesModel):
    what: Text | None = Field(default=None, description="Phần việc mà mốc này áp dụng, nếu tách.")

    @model_validator(mode="after")
    def _years_in_order(self) -> _Part:
        start, end = getattr(self, "from_", None), getattr(self, "to", None)
        if start is not None and end is not None and end < start:
            raise PydanticCustomError("period_order", "to before from", {"from": start, "to": end})
        return self


class Once(_Part):
    """Hoàn thành một lần, chậm nhất vào một năm, quý hoặc ngày."""

    kind: Literal["once"]
    by: Deadline


class Yearly(_Part):
    """Hằng năm; `by` là quý trong năm (Q1…Q4), bỏ trống nghĩa là trong năm."""

    kind: Literal["yearly"]
    by: QuarterOfYear | None = None
    from_: Year | None = Field(default=None, alias="from")
    to: Year | None = None


class Quarterly(_Part):
    """Hằng quý."""

    kind: Literal["quarterly"]


class Ongoing(_Part):
    """Thường xuyên."""

    kind: Literal["ongoing"]


class OverPeriod(_Part):
    """Trong cả giai đoạn, từ năm đến năm."""

    kind: Literal["period"]
    from_: Year = Field(alias="from")
    to: Year


class OnEvent(_Part):
    """Khi có sự kiện (ví dụ: nhận được thông báo kiểm tra văn bản)."""

    kind: Literal["on_event"]
    event: Text


SchedulePart = Annotated[
    Once | Yearly | Quarterly | Ongoing | OverPeriod | OnEvent,
    Field(discriminator="kind"),
]


class Schedule(RulesModel):
    as_written: Text = Field(description="Cột 'Thời gian hoàn thành' đúng như Phụ lục viết.")
    parts: list[SchedulePart] = Field(min_length=1)


class Task(RulesModel):
    number: TaskNumber
    area: AreaCode
    content: Text
    lead: AgencyCode
    co_agencies: list[AgencyCode] = Field(default_factory=new_list)
    co_agencies_as_written: Text | None = Field(
        default=None, description="Cột 'Cơ quan phối hợp' đúng như Phụ lục viết."
    )
    schedule: Schedule
    product: TextList = Field(min_length=1, description="Sản phẩm: một hoặc nhiều dòng.")
    clause: Clause
    related_targets: list[Ident] = Field(default_factory=new_list)
    notes: list[Note] = Field(default_factory=new_list)
    effective_from: EffectiveFrom = None
    effective_to: EffectiveTo = None


class TasksFile(RulesModel):
    """tasks.yaml"""

    tasks: list[Task] = Field(min_length=1)
