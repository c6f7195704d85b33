"""Model of plan.yaml: the decision, the administrative unit, the agencies and the reform areas."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from cchc_rules.rulepack.common import (
    AgencyCode,
    AreaCode,
    Clause,
    DateText,
    Ident,
    Note,
    RulesModel,
    Text,
    Year,
    new_list,
)

AgencyRole = Literal[
    "people_committee",  # Ủy ban nhân dân xã (cơ quan ban hành, nơi nhận báo cáo)
    "chairman",  # Chủ tịch UBND xã
    "standing_cchc_office",  # cơ quan thường trực CCHC
    "office",  # Văn phòng HĐND và UBND
    "specialised_department",  # phòng chuyên môn
    "one_stop_centre",  # Trung tâm Phục vụ hành chính công
    "public_service_unit",  # đơn vị sự nghiệp công lập
    "police",  # Công an xã
    "mass_organisation",  # Ủy ban MTTQ và các tổ chức chính trị - xã hội
    "external",  # cơ quan cấp trên (Sở Nội vụ …)
    "group",  # nhóm chung như "Các cơ quan, đơn vị có liên quan"
]


class Decision(RulesModel):
    number: Text = Field(description="Số quyết định, ví dụ 04/QĐ-UBND.")
    date: DateText
    issuer: Text
    signer: Text | None = None
    signer_title: Text | None = None
    effective_from: DateText | None = None
    based_on: list[Text] = Field(default_factory=new_list, description="Các văn bản căn cứ.")


class Period(RulesModel):
    from_: Year = Field(alias="from")
    to: Year

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.to < self.from_:
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("period_order", "to before from", {"from": self.from_, "to": self.to})
        return self


class Unit(RulesModel):
    code: Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$")] = Field(
        description="Mã đơn vị hành chính 5 chữ số theo danh mục năm 2025, viết trong dấu nháy."
    )
    name: Text
    kind: Literal["xa", "phuong", "dac_khu"]
    province: Text
    province_code: Annotated[str, StringConstraints(pattern=r"^[0-9]{2}$")]
    code_list: Text | None = Field(default=None, description="Danh mục mã dùng cho mã trên.")


class PlanHeader(RulesModel):
    id: Ident
    title: Text
    decision: Decision
    period: Period
    unit: Unit
    clause: Clause | None = None
    notes: list[Note] = Field(default_factory=new_list)


class Agency(RulesModel):
    code: AgencyCode
    name: Text = Field(description="Tên cơ quan như kế hoạch viết.")
    aliases: list[Text] = Field(default_factory=new_list, description="Các cách viết khác trong kế hoạch.")
    roles: list[AgencyRole] = Field(min_length=1)
    clause: Clause | None = None


class Area(RulesModel):
    code: AreaCode
    name: Text
    lead: AgencyCode = Field(description="Cơ quan chủ trì theo dõi, tham mưu lĩnh vực.")
    lead_clause: Clause
    targets_clause: Clause | None = Field(default=None, description="Mục chỉ tiêu của lĩnh vực (II.2.x).")
    tasks_clause: Clause | None = Field(default=None, description="Mục của lĩnh vực trong Phụ lục.")
    notes: list[Note] = Field(default_factory=new_list)


class PlanFile(RulesModel):
    """plan.yaml"""

    plan: PlanHeader
    agencies: list[Agency] = Field(min_length=1)
    areas: list[Area] = Field(min_length=1)
