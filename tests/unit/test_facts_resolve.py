"""Matching cells against the rule pack: agencies, tasks, indicators, duties, periods, years."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from cchc_rules.facts.cells import CellError
from cchc_rules.facts.resolve import PackIndex, index_pack, number_ranges
from cchc_rules.rulepack.load import load_rules

PACK = Path(__file__).parents[1] / "facts_problems" / "_pack"


@pytest.fixture(scope="module")
def index() -> PackIndex:
    return index_pack(load_rules(PACK))


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("VHXH", "VHXH"), ("vhxh", "VHXH"), ("Phòng Văn hóa - Xã hội", "VHXH"),
        (unicodedata.normalize("NFD", "  PHÒNG   văn hóa - xã HỘI xã "), "VHXH"),
        ("văn phòng hđnd và ubnd", "VP"), ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "VP"),
        ("Trung  Tâm Phục Vụ Hành Chính Công", "TTPVHCC"),
    ],
)
def test_agency_by_code_name_or_alias(index: PackIndex, written: str, code: str) -> None:
    assert index.agency(written) == code


def test_unknown_agency_suggests_and_lists_codes(index: PackIndex) -> None:
    with pytest.raises(CellError) as caught:
        index.agency("Phòng Kinh tê")
    assert caught.value.code == "fact_unknown_agency"
    assert caught.value.suggestion == "Phòng Kinh tế"
    assert caught.value.params["allowed"] == "VHXH, VP, KT, TTPVHCC, UBND, CT_UBND"  # no group


def test_group_is_not_an_agency(index: PackIndex) -> None:
    with pytest.raises(CellError) as caught:
        index.agency("Các cơ quan, đơn vị có liên quan")
    assert (caught.value.code, caught.value.params["name"]) == ("fact_agency_is_group", "Các cơ quan, đơn vị có liên quan")


def test_task(index: PackIndex) -> None:
    assert index.task("3").lead == "TTPVHCC"
    with pytest.raises(CellError) as caught:
        index.task(6)
    assert (caught.value.code, caught.value.params) == ("fact_unknown_task", {"found": 6, "valid": "1–5"})


def test_number_ranges() -> None:
    assert number_ranges([5, 1, 2, 3, 9, 10, 12]) == "1–3, 5, 9–10, 12"
    assert number_ranges([]) == ""


def test_indicator_by_id_or_name(index: PackIndex) -> None:
    assert index.indicator("so-hoa-ho-so-tthc").id == "so-hoa-ho-so-tthc"
    assert index.indicator("TỶ LỆ HỒ SƠ TTHC ĐƯỢC SỐ HÓA").id == "so-hoa-ho-so-tthc"
    with pytest.raises(CellError) as caught:
        index.indicator("so-hoa-ho-so")
    assert (caught.value.code, caught.value.suggestion) == ("fact_unknown_indicator", "so-hoa-ho-so-tthc")


def test_duty_by_id_or_title(index: PackIndex) -> None:
    assert index.duty("Báo cáo chuyên đề về CCHC").id == "bao-cao-chuyen-de"
    with pytest.raises(CellError) as caught:
        index.duty("bao-cao-dinh-ki")
    assert (caught.value.code, caught.value.suggestion) == ("fact_unknown_duty", "bao-cao-dinh-ky")


def test_report_period(index: PackIndex) -> None:
    assert index.report_period("6 tháng 2026") == "2026-H1"
    with pytest.raises(CellError) as caught:
        index.report_period("2026-H2")
    assert caught.value.code == "fact_bad_report_period"


def test_plan_year(index: PackIndex) -> None:
    assert index.plan_year("2030") == 2030
    with pytest.raises(CellError) as caught:
        index.plan_year(2031)
    assert caught.value.code == "fact_year_outside_plan"
    assert caught.value.params == {"found": 2031, "start": 2026, "end": 2030}
