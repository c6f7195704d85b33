"""Building facts from rows: required cells, defaults, cross-field checks, ratios."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cchc_rules.facts.build import BUILDERS, Context
from cchc_rules.facts.kinds import KINDS
from cchc_rules.facts.models import IndicatorValue, ReportSubmission, TaskStatus
from cchc_rules.facts.resolve import index_pack
from cchc_rules.facts.row import Row
from cchc_rules.rulepack.load import load_rules

PACK = Path(__file__).parents[1] / "facts_problems" / "_pack"


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context(index_pack(load_rules(PACK)), 2026)


def _build(ctx: Context, kind: str, **cells: object) -> tuple[object, Row]:
    spec = next(k for k in KINDS if k.name == kind)
    row = Row("f.csv", 7, spec, dict(cells), {name: name.upper() for name in cells})
    return BUILDERS[kind](row, ctx), row


def _codes(row: Row) -> list[tuple[str, str, str]]:
    """(field, code, severity); _build writes headers in capitals, so fields are lowered here."""
    return [(p.field.lower(), p.code, p.severity) for p in row.problems]


def test_problems_name_the_header_as_written(ctx: Context) -> None:
    _, row = _build(ctx, "task_status", task="99", status="done", completed_on="20/03/2026")
    assert [(p.field, p.location.file, p.location.line) for p in row.problems] == [("TASK", "f.csv", 7)]


# ---- task_status

def test_task_status_defaults_year_and_lead(ctx: Context) -> None:
    fact, row = _build(ctx, "task_status", task="3", status="đang thực hiện")
    assert row.problems == []
    assert isinstance(fact, TaskStatus)
    assert (fact.task, fact.status, fact.year, fact.agency) == (3, "in_progress", 2026, "TTPVHCC")
    assert (fact.source.file, fact.source.row) == ("f.csv", 7)


def test_task_status_all_fields(ctx: Context) -> None:
    fact, _ = _build(ctx, "task_status", task=2, status="done", completed_on="20/03/2026",
                     product_ref="Kế hoạch số 15/KH-UBND", product_date="2026-03-20", year="2027",
                     agency="VP", note="ok")
    assert fact == TaskStatus(task=2, status="done", completed_on=dt.date(2026, 3, 20),
                              product_ref="Kế hoạch số 15/KH-UBND", product_date=dt.date(2026, 3, 20),
                              year=2027, agency="VP", note="ok", source=fact.source)  # type: ignore[union-attr]


def test_done_needs_a_date_and_a_date_needs_done(ctx: Context) -> None:
    fact, row = _build(ctx, "task_status", task=2, status="hoàn thành")
    assert fact is None
    assert _codes(row) == [("completed_on", "fact_done_without_date", "error")]
    fact, row = _build(ctx, "task_status", task=2, status="đang thực hiện", completed_on="20/03/2026")
    assert fact is None
    assert _codes(row) == [("completed_on", "fact_date_but_not_done", "error")]


def test_bad_date_is_not_also_reported_missing(ctx: Context) -> None:
    _, row = _build(ctx, "task_status", task=2, status="done", completed_on="31/02/2026")
    assert _codes(row) == [("completed_on", "fact_impossible_day", "error")]


def test_missing_required_cells_all_reported(ctx: Context) -> None:
    fact, row = _build(ctx, "task_status", note="x")
    assert fact is None
    assert _codes(row) == [("task", "fact_missing_value", "error"), ("status", "fact_missing_value", "error")]
    assert row.problems[0].params == {"example": "5"}


def test_agency_outside_the_task_is_a_warning(ctx: Context) -> None:
    fact, row = _build(ctx, "task_status", task=3, status="in_progress", agency="KT")
    assert fact is not None
    assert _codes(row) == [("agency", "fact_agency_not_on_task", "warning")]
    # task 1's co-agency is a group ("any agency concerned"), so anyone may report on it
    _, row = _build(ctx, "task_status", task=1, status="in_progress", agency="KT")
    assert row.problems == []


# ---- indicator_values

@pytest.mark.parametrize(
    ("cells", "value"),
    [
        ({"value": "97,5"}, 97.5),
        ({"numerator": "195", "denominator": "200"}, 97.5),
        ({"value": "97,53", "numerator": "195", "denominator": "200"}, 97.53),  # within 0.05
        ({"value": "0", "numerator": "0", "denominator": "5"}, 0.0),
        ({"value": "100%"}, 100.0),
    ],
)
def test_indicator_values_accepted(ctx: Context, cells: dict[str, str], value: float) -> None:
    fact, row = _build(ctx, "indicator_values", indicator="so-hoa-ho-so-tthc", **cells)
    assert row.problems == []
    assert isinstance(fact, IndicatorValue)
    assert fact.value == pytest.approx(value)
    assert fact.agency == "TTPVHCC"


@pytest.mark.parametrize(
    ("cells", "problems"),
    [
        ({}, [("value", "fact_no_value")]),
        ({"value": "100,01"}, [("value", "fact_percent_range")]),
        ({"value": "-1"}, [("value", "fact_percent_range")]),
        ({"numerator": "201", "denominator": "200"}, [("numerator", "fact_numerator_gt")]),
        ({"numerator": "1", "denominator": "0"}, [("denominator", "fact_zero_denominator")]),
        ({"numerator": "-1", "denominator": "5"}, [("numerator", "fact_negative")]),
        ({"numerator": "5"}, [("denominator", "fact_missing_denominator")]),
        ({"denominator": "5", "value": "50"}, [("numerator", "fact_missing_numerator")]),
        ({"value": "97,44", "numerator": "195", "denominator": "200"}, [("value", "fact_ratio_conflict")]),
        ({"value": "abc", "numerator": "1", "denominator": "2"}, [("value", "fact_not_number")]),
    ],
)
def test_indicator_values_rejected(ctx: Context, cells: dict[str, str], problems: list[tuple[str, str]]) -> None:
    fact, row = _build(ctx, "indicator_values", indicator="so-hoa-ho-so-tthc", **cells)
    assert fact is None
    assert [(p.field.lower(), p.code) for p in row.problems] == problems


def test_ratio_conflict_shows_the_computation(ctx: Context) -> None:
    _, row = _build(ctx, "indicator_values", indicator="so-hoa-ho-so-tthc", value="90", numerator="2",
                    denominator="3")
    assert row.problems[0].params == {"value": "90", "numerator": "2", "denominator": "3", "ratio": "66,6667"}


def test_points_indicator_takes_no_ratio_and_may_exceed_100(ctx: Context) -> None:
    fact, row = _build(ctx, "indicator_values", indicator="diem-tu-danh-gia", value="120")
    assert row.problems == [] and fact is not None
    fact, row = _build(ctx, "indicator_values", indicator="diem-tu-danh-gia", numerator="1", denominator="2")
    assert fact is None
    assert [p.code for p in row.problems] == ["fact_ratio_not_percent"]


# ---- report_submissions

def test_report_defaults_to_the_periodic_duty(ctx: Context) -> None:
    fact, row = _build(ctx, "report_submissions", agency="Phòng Kinh tế", period="Quý I/2026",
                       received_on="16/03/2026")
    assert row.problems == []
    assert fact == ReportSubmission(agency="KT", duty="bao-cao-dinh-ky", period="2026-Q1",
                                    received_on=dt.date(2026, 3, 16), source=fact.source)  # type: ignore[union-attr]


def test_report_period_must_be_one_of_the_duty(ctx: Context) -> None:
    fact, row = _build(ctx, "report_submissions", agency="KT", period="Quý IV/2026", received_on="16/12/2026")
    assert fact is None
    [problem] = row.problems
    assert (problem.code, problem.suggestion) == ("fact_period_not_in_duty", "2026-Y")


def test_on_request_duty_takes_any_period_and_warns_for_non_reporters(ctx: Context) -> None:
    fact, row = _build(ctx, "report_submissions", agency="UBND", duty="bao-cao-chuyen-de", period="2026-Q2",
                       received_on="01/05/2026")
    assert fact is not None
    assert _codes(row) == [("agency", "fact_agency_not_reporter", "warning")]


# ---- explanations and pakn

def test_explanation(ctx: Context) -> None:
    fact, row = _build(ctx, "explanations", finding="t3.0.2026", agency="TTPVHCC", cause="Khách quan",
                       text="Chờ thành phố công bố danh mục", submitted_on="25/03/2026")
    assert row.problems == []
    assert fact.cause == "objective"  # type: ignore[union-attr]


def test_explanation_missing_cells(ctx: Context) -> None:
    _, row = _build(ctx, "explanations", finding="t3.0.2026")
    assert [p.field for p in row.problems] == ["agency", "cause", "text", "submitted_on"]


def test_pakn_not_handled_yet(ctx: Context) -> None:
    fact, row = _build(ctx, "pakn", ref="P1", agency="VP", received_on="02/03/2026")
    assert row.problems == []
    assert fact.handled_on is None  # type: ignore[union-attr]


def test_pakn_dates_in_order(ctx: Context) -> None:
    _, row = _build(ctx, "pakn", ref="P1", agency="VP", received_on="12/03/2026", due_on="10/03/2026",
                    handled_on="11/03/2026")
    assert _codes(row) == [("due_on", "fact_due_before_received", "error"),
                           ("handled_on", "fact_handled_before_received", "error")]
