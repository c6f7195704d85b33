"""Model of scoring/<year>.yaml: the PAR INDEX rubric of a year as a tree of areas, criteria and
sub-criteria, each leaf with a scoring method, plus classification bands and survey parts; bonus and
penalty parts (điểm thưởng, điểm trừ) with a cap outside the total; criteria that may be "không áp
dụng" with the rule that rescales the rest; questionnaires (surveys) scored from answers per question.

Only the format and its shape live here; meaning checks (parts add up, bands cover the range,
inputs exist) are in `check_rubric.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from cchc_rules.rulepack.common import (
    AgencyCode,
    Clause,
    DateText,
    Ident,
    RulesModel,
    TaskNumber,
    Text,
    Year,
    new_dict,
    new_list,
)
from cchc_rules.rulepack.rubric_766 import MetricCode

NodeId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,19}$"),
    Field(description="Mã tiêu chí như bộ chỉ số viết: 1, 1.2, 1.2.3, A."),
]
Points = Annotated[float, Field(ge=0, le=100, description="Điểm (cho phép 0,5 và 0,25).")]
Share = Annotated[float, Field(ge=0, le=1, description="Tỷ lệ của điểm tối đa, từ 0 đến 1.")]


class Input(RulesModel):
    """Where a method's number comes from: exactly one of these."""

    measure: Ident | None = Field(default=None, description="Số đo khai báo trong 'measures'.")
    indicator: Ident | None = Field(default=None, description="Chỉ số của targets.yaml.")
    target: Ident | None = Field(default=None, description="Chỉ tiêu của targets.yaml (giá trị chỉ số của nó).")
    task: TaskNumber | None = Field(default=None, description="Nhiệm vụ của tasks.yaml.")
    reports: Ident | None = Field(default=None, description="Nhiệm vụ báo cáo: tỷ lệ báo cáo đúng hạn.")


class Band(RulesModel):
    min: float = Field(description="Từ giá trị này trở lên (đến mức của band trên).")
    points: Points


class ShareBand(RulesModel):
    min: float
    share: Share


class PassFail(RulesModel):
    kind: Literal["pass_fail"]
    input: Input


class Timely(RulesModel):
    kind: Literal["timely"]
    input: Input
    late_share: Share = 0.5
    due: DateText | None = Field(
        default=None,
        description="Hạn riêng của tiêu chí thay cho thời hạn của nhiệm vụ, ví dụ kế hoạch năm phải ban hành "
        "trước 31/12 năm trước: \"31/12/2025\".",
    )


class Completion(RulesModel):
    kind: Literal["completion"]
    input: Input
    bands: list[ShareBand] = Field(
        default_factory=lambda: [ShareBand(min=100, share=1), ShareBand(min=80, share=0.5),
                                 ShareBand(min=0, share=0)]
    )


class Bands(RulesModel):
    kind: Literal["bands"]
    input: Input
    bands: list[Band] = Field(min_length=1)


class Ratio(RulesModel):
    kind: Literal["ratio"]
    input: Input
    target: float | None = Field(default=None, gt=0, description="T trong max × min(1, r/T).")
    target_of: Ident | None = Field(default=None, description="Lấy T từ ngưỡng năm của chỉ tiêu này.")
    zero_below: float | None = Field(default=None, description="Dưới mức này thì 0 điểm.")


class Count(RulesModel):
    kind: Literal["count"]
    input: Input
    per_item: Points


class Deduction(RulesModel):
    kind: Literal["deduction"]
    input: Input
    per_item: Points
    floor: Points = 0


class Manual(RulesModel):
    kind: Literal["manual"]


class SurveyMethod(RulesModel):
    """Points from a questionnaire's answers (see `Survey`): the combined score of its groups."""

    kind: Literal["survey"]
    survey: Ident = Field(description="Mã phiếu khảo sát khai báo trong 'surveys'.")


Method = Annotated[
    PassFail | Timely | Completion | Bands | Ratio | Count | Deduction | Manual | SurveyMethod,
    Field(discriminator="kind"),
]


class NotApplicableRule(RulesModel):
    """How the rest is rescaled when a criterion is "không áp dụng" for a unit."""

    rescale: Literal["area", "total"] | None = Field(
        default=None,
        description="area: điểm của lĩnh vực chứa tiêu chí được quy đổi về điểm tối đa của lĩnh vực theo các "
        "tiêu chí còn áp dụng; total: bỏ điểm tối đa của tiêu chí khỏi tổng, quy đổi tổng điểm về thang "
        "'total'.")


class Criterion(RulesModel):
    """A node: an area, criterion or sub-criterion. Either `criteria` (children) or `method`."""

    id: NodeId
    name: Text
    max: Points
    method: Method | None = None
    criteria: list[Criterion] = Field(default_factory=new_list)
    owner: AgencyCode | None = Field(default=None, description="Cơ quan phụ trách tiêu chí (chỉ số cơ quan).")
    evidence: list[Text] = Field(default_factory=new_list, description="Tài liệu kiểm chứng cần có.")
    maps_to: Clause | None = Field(default=None, description="Nhiệm vụ/chỉ tiêu của kế hoạch tương ứng.")
    not_applicable: bool | NotApplicableRule | None = Field(
        default=None,
        description="Tiêu chí có thể \"không áp dụng\" với đơn vị (số liệu not_applicable nêu lý do, văn bản): "
        "true dùng quy tắc của rubric.not_applicable; hoặc {rescale: area|total}.")

    def na_rule(self, default: NotApplicableRule | None) -> str | None:
        """The rescaling when this leaf is not applicable: its own, else the rubric's; None if not declared."""
        if self.not_applicable is None or self.not_applicable is False:
            return None
        own = self.not_applicable.rescale if isinstance(self.not_applicable, NotApplicableRule) else None
        return own or (default.rescale if default is not None else None)


PartKind = Literal["index", "bonus", "penalty"]


class Part(RulesModel):
    id: NodeId
    name: Text
    max: Points
    kind: PartKind = Field(
        default="index",
        description="index: phần của tổng điểm (thang 'total'); bonus: điểm thưởng, penalty: điểm trừ, "
        "cộng/trừ ngoài tổng, không quá 'cap'.")
    cap: Points | None = Field(default=None, description="Điểm thưởng/điểm trừ tối đa được tính (bonus, penalty).")
    survey: bool = Field(default=False, description="Phần điều tra xã hội học / đo lường bên ngoài.")
    criteria: list[Criterion] = Field(min_length=1)


OptionCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,9}$")]


class SurveyOption(RulesModel):
    code: OptionCode = Field(description="Mã phương án trả lời như phiếu in: A, B, C, D.")
    label: Text
    weight: float | None = Field(
        ge=0, le=100, description="Phần trăm điểm của câu hỏi khi chọn phương án này; null = không tính "
        "(\"không có ý kiến\": câu trả lời không vào trung bình).")


class SurveyGroup(RulesModel):
    id: Ident
    name: Text
    weight: float | None = Field(default=None, ge=0, le=100,
                                 description="Trọng số (%) của nhóm khi combine: weighted; tổng các nhóm = 100.")


class SurveyQuestion(RulesModel):
    id: NodeId
    text: Text
    points: Points


class Survey(RulesModel):
    """A questionnaire: answers per question → option weight × the question's points, averaged over the
    respondents of each group, summed per group, then combined over the groups."""

    id: Ident
    name: Text
    options: list[SurveyOption] = Field(min_length=2)
    groups: list[SurveyGroup] = Field(min_length=1)
    questions: list[SurveyQuestion] = Field(min_length=1)
    combine: Literal["mean", "weighted"] = Field(
        default="mean", description="mean: trung bình cộng điểm các nhóm; weighted: theo trọng số của nhóm.")


class ClassBand(RulesModel):
    label: Text
    min: float = Field(ge=0, le=100)
    below: float | None = Field(default=None, gt=0, le=100, description="Đến dưới mức này; bỏ trống = đến 100.")


class Measure(RulesModel):
    id: Ident
    name: Text
    unit: Literal["%", "số lượng", "có/không", "điểm"]
    source: Text | None = None


class RubricHeader(RulesModel):
    id: Ident
    title: Text
    form_title: Text | None = Field(
        default=None, description="Tên biểu tự đánh giá (tiêu đề của bảng điểm, trang HTML, bảng tính), ví dụ "
        "\"Tự đánh giá Chỉ số CCHC năm 2026\"; bỏ trống thì dùng tên mặc định của Chỉ số CCHC.")
    year: Year
    model: bool = Field(description="true: bộ chỉ số mô hình, không phải bộ chính thức của tỉnh.")
    basis: Text
    total: Points
    decimals: int = Field(default=2, ge=0, le=4)
    rounding: Literal["half_up"] = "half_up"
    missing_part: Literal["scale_to_100", "zero"] = Field(
        default="scale_to_100", description="Phần không áp dụng hoặc thiếu: quy đổi phần còn lại về thang 100."
    )
    classification: list[ClassBand] = Field(min_length=1)
    not_applicable: NotApplicableRule | None = Field(
        default=None, description="Quy tắc quy đổi mặc định cho tiêu chí \"không áp dụng\" (not_applicable: true).")


class RubricFile(RulesModel):
    """scoring/<year>.yaml"""

    rubric: RubricHeader
    measures: list[Measure] = Field(default_factory=new_list)
    parts: list[Part] = Field(min_length=1)
    surveys: list[Survey] = Field(default_factory=new_list, description="Phiếu khảo sát của các tiêu chí 'survey'.")
    rates_from_766: dict[NodeId, MetricCode] = Field(
        default_factory=new_dict,
        description="Tiêu chí → chỉ số 766 (DOMAIN-766): khi có số liệu hồ sơ của năm (chi-so-766/metric_counts), "
        "giá trị của tiêu chí là tỷ lệ tử số / mẫu số × 100 của chỉ số đó thay cho số liệu nhập tay.")


def leaves(rubric: RubricFile) -> list[tuple[Criterion, list[str]]]:
    """Every leaf with the ids of its ancestors (nearest first), in rubric order."""
    out: list[tuple[Criterion, list[str]]] = []

    def walk(node: Criterion, above: list[str]) -> None:
        if node.criteria:
            for child in node.criteria:
                walk(child, [node.id, *above])
        else:
            out.append((node, above))

    for part in rubric.parts:
        for node in part.criteria:
            walk(node, [part.id])
    return out
