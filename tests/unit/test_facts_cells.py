"""Reading single cells: numbers, dates, whole numbers and text as spreadsheets write them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_rules.facts import cells
from cchc_rules.facts.cells import CellError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("97,5", 97.5), ("97.5", 97.5), ("97,5%", 97.5), (" 97,5 % ", 97.5), ("100", 100.0),
        ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1234567.0), ("1 234", 1234.0),
        ("-3", -3.0), (7, 7.0), (0.5, 0.5), ("0,975", 0.975),
    ],
)
def test_number_forms(raw: object, expected: float) -> None:
    assert cells.number(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "97,5,", "9 7,5x", "", "%", True, "12/03", float("nan")])
def test_number_rejects(raw: object) -> None:
    with pytest.raises(CellError) as caught:
        cells.number(raw)
    assert caught.value.code == "fact_not_number"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("20/03/2026", dt.date(2026, 3, 20)), ("2/3/2026", dt.date(2026, 3, 2)),
        ("20-03-2026", dt.date(2026, 3, 20)), ("20.03.2026", dt.date(2026, 3, 20)),
        ("2026-03-20", dt.date(2026, 3, 20)), ("2026-03-20 00:00:00", dt.date(2026, 3, 20)),
        (dt.datetime(2026, 3, 20, 9, 15), dt.date(2026, 3, 20)), (dt.date(2026, 3, 20), dt.date(2026, 3, 20)),
        ("29/02/2028", dt.date(2028, 2, 29)),
    ],
)
def test_date_forms(raw: object, expected: dt.date) -> None:
    assert cells.date(raw) == expected


def test_impossible_day_names_the_month_length() -> None:
    with pytest.raises(CellError) as caught:
        cells.date("31/02/2026")
    assert caught.value.code == "fact_impossible_day"
    assert caught.value.params == {"found": "31/02/2026", "month": 2, "year": 2026, "days": 28}


def test_impossible_month_is_its_own_problem() -> None:
    """03/20/2026 written month-first: there is no month 20."""
    with pytest.raises(CellError) as caught:
        cells.date("03/20/2026")
    assert caught.value.code == "fact_impossible_month"
    assert caught.value.params["month"] == 20


@pytest.mark.parametrize("raw", ["20/03/26", "hôm qua", "2026/03/20", 46101, "Q1/2026"])
def test_date_rejects(raw: object) -> None:
    with pytest.raises(CellError) as caught:
        cells.date(raw)
    assert caught.value.code == "fact_bad_date"


@pytest.mark.parametrize(("raw", "expected"), [("5", 5), (" 05 ", 5), (5, 5), (5.0, 5)])
def test_whole_number(raw: object, expected: int) -> None:
    assert cells.whole_number(raw) == expected


@pytest.mark.parametrize("raw", ["5,5", 5.5, "năm", True, "-1"])
def test_whole_number_rejects(raw: object) -> None:
    with pytest.raises(CellError) as caught:
        cells.whole_number(raw)
    assert caught.value.code == "fact_not_whole"


def test_text_is_nfc_and_stripped() -> None:
    decomposed = unicodedata.normalize("NFD", "  Phòng Kinh tế ")
    assert cells.text(decomposed) == "Phòng Kinh tế"
    assert unicodedata.is_normalized("NFC", cells.text(decomposed))


def test_text_rejects_booleans() -> None:
    with pytest.raises(CellError) as caught:
        cells.text(False)
    assert (caught.value.code, caught.value.params) == ("fact_not_text", {"found": "false"})


@pytest.mark.parametrize(("raw", "blank"), [(None, True), ("", True), ("  \t", True), ("0", False), (0, False)])
def test_is_blank(raw: object, blank: bool) -> None:
    assert cells.is_blank(raw) is blank


@given(st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False))
def test_shown_numbers_read_back(value: object) -> None:
    """A number shown the Vietnamese way reads back to the same number."""
    number = float(value)  # type: ignore[arg-type]
    assert cells.number(cells.show_number(number)) == pytest.approx(number, abs=1e-4)
