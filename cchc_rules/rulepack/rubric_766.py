"""Model of scoring/<year>-<name>.yaml with an `index:` header: a real-time service index such as
the 766 index (DOMAIN-766), as data. Groups of indicators, each indicator scored from one metric's
rate r = numerator ÷ denominator by `min(cap, slope × r)` (or full points from a threshold), with
its own rule for an empty denominator, optionally inherited from the province, and an optional
documented variant chosen for the whole file by `index.variant`.

Only the format and its shape live here; meaning checks (maxima add up, shared-out leaves exist,
bands cover the range) are in `check_rubric_766.py`; the arithmetic is `index766.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from cchc_rules.rulepack.common import Ident, RulesModel, Text, Year, new_list

MetricCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z][A-Z0-9_]{1,63}$"),
    Field(description="Mã chỉ số của Cổng DVCQG (DOMAIN-766), ví dụ DOSSIER_ON_TIME."),
]
GroupCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z][A-Z0-9_]{1,39}$"),
    Field(description="Mã nhóm của Cổng DVCQG, ví dụ ONLINE_PAYMENT."),
]
Points = Annotated[float, Field(ge=0, le=100, description="Điểm.")]
PeriodKind = Literal["year", "quarter", "month"]
EmptyRule = Literal["zero", "full", "not_applicable", "share"]


class Conversion(RulesModel):
    """How the rate becomes points: min(cap, slope × r), r from 0 to 1.

    Neither `slope` nor `full_at`: slope = the indicator's max (points proportional to r).
    `full_at: 0.8`: full points from r = 80%, i.e. slope = max ÷ 0.8. `capped: false` leaves the
    term without its cap (the portal's observed payment C); the group's cap still applies.
    """

    slope: float | None = Field(default=None, gt=0, le=1000, description="k trong min(cap, k × r).")
    full_at: float | None = Field(default=None, gt=0, le=1, description="Tỷ lệ (0–1) từ đó được tối đa.")
    cap: Points | None = Field(default=None, description="Trần của số hạng; bỏ trống = điểm tối đa.")
    capped: bool = Field(default=True, description="false: không giới hạn số hạng (chỉ trần của nhóm).")


class Variant(RulesModel):
    """What an indicator's documented variant changes (the rest stays as written above it)."""

    points: Conversion | None = None
    empty: EmptyRule | None = None
    share_to: list[MetricCode] | None = None
    note: Text | None = None


class Indicator(RulesModel):
    metric: MetricCode
    name: Text
    max: Points
    points: Conversion = Field(default_factory=Conversion)
    empty: EmptyRule = Field(
        default="zero",
        description="Mẫu số rỗng hoặc 0: zero = 0 điểm; full = tối đa; not_applicable = không tính "
        "(giảm điểm tối đa); share = chia đều điểm cho các chỉ số 'share_to'.",
    )
    share_to: list[MetricCode] = Field(default_factory=new_list)
    inherited: bool = Field(default=False, description="Xã, phường dùng tử số, mẫu số của tỉnh.")
    documented: Variant | None = Field(default=None, description="Phương án theo tài liệu (index.variant).")
    source: Text | None = None


class Group(RulesModel):
    id: GroupCode
    short: Text | None = Field(default=None, description="Ký hiệu ngắn, ví dụ TT.")
    name: Text
    max: Points
    cap: Points | None = Field(default=None, description="Trần của tổng nhóm; bỏ trống = max.")
    indicators: list[Indicator] = Field(min_length=1)


class ColourBand(RulesModel):
    label: Text
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
    min: float = Field(ge=0, le=100)
    below: float | None = Field(default=None, gt=0, le=100, description="Đến dưới mức này; bỏ trống = đến 100.")


class IndexHeader(RulesModel):
    id: Ident
    title: Text
    year: Year
    basis: Text
    total: Points
    periods: list[PeriodKind] = Field(min_length=1, description="Kỳ chấm: year, quarter, month.")
    variant: Literal["observed", "documented"] = Field(
        default="observed", description="observed: như Cổng DVCQG chấm; documented: theo tài liệu công thức.")
    decimals: int = Field(default=2, ge=0, le=4)
    bands: list[ColourBand] = Field(min_length=1)


class IndexRubricFile(RulesModel):
    """scoring/<year>-<name>.yaml"""

    index: IndexHeader
    groups: list[Group] = Field(min_length=1)
    tracked: list[MetricCode] = Field(default_factory=new_list, description="Theo dõi, 0 điểm.")


def chosen(indicator: Indicator, variant: str) -> tuple[Conversion, EmptyRule, list[str]]:
    """The indicator's conversion, empty rule and recipients under the file's variant."""
    conversion, empty, share_to = indicator.points, indicator.empty, list(indicator.share_to)
    if variant == "documented" and indicator.documented is not None:
        doc = indicator.documented
        conversion = doc.points or conversion
        empty = doc.empty or empty
        share_to = list(doc.share_to) if doc.share_to is not None else share_to
    return conversion, empty, share_to


def is_index_document(data: object) -> bool:
    """A scoring file whose top-level key is `index` is an index rubric, not a PAR INDEX rubric."""
    return isinstance(data, dict) and "index" in data and "rubric" not in data
