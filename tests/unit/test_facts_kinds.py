"""The fact kinds: sheet names, status and cause words, period names."""

from __future__ import annotations

import unicodedata

import pytest

from cchc_rules.facts.cells import CellError
from cchc_rules.facts.kinds import KINDS, cause_of, is_ignored_sheet, kind_named, status_of
from cchc_rules.facts.periods import folder_period, report_period
from cchc_rules.suggest import fold


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("task_status", "task_status"), ("Task_Status", "task_status"),
        ("Tiến độ nhiệm vụ", "task_status"), (unicodedata.normalize("NFD", "TIẾN ĐỘ  NHIỆM VỤ"), "task_status"),
        ("Chỉ số", "indicator_values"), ("Báo cáo đã gửi", "report_submissions"),
        ("Giải trình", "explanations"), ("PAKN", "pakn"), ("Phản ánh, kiến nghị", "pakn"),
    ],
)
def test_kind_named(name: str, kind: str) -> None:
    found = kind_named(name)
    assert found is not None
    assert found.name == kind


@pytest.mark.parametrize("name", ["Sheet1", "task-status", "Hướng dẫn", ""])
def test_not_a_kind(name: str) -> None:
    assert kind_named(name) is None


@pytest.mark.parametrize(("name", "ignored"), [("Hướng dẫn", True), ("HƯỚNG DẪN nhập liệu", True),
                                               ("Danh mục", True), ("Chỉ số", False), ("Sheet1", False)])
def test_ignored_sheets(name: str, ignored: bool) -> None:
    assert is_ignored_sheet(name) is ignored


def test_sheet_names_and_headers_are_unambiguous() -> None:
    """No sheet name belongs to two kinds, and no header to two columns of one kind."""
    owners: dict[str, set[str]] = {}
    for kind in KINDS:
        for name in (kind.name, *kind.sheet_names):
            owners.setdefault(fold(name), set()).add(kind.name)
    assert all(len(kinds) == 1 for kinds in owners.values()), owners
    for kind in KINDS:
        headers = [fold(n) for c in kind.columns for n in (c.name, *c.aliases)]
        assert len(headers) == len(set(headers)), kind.name
        assert not set(headers) & {fold(n) for n in kind.informational}, kind.name


def test_every_required_column_has_an_example_and_an_alias() -> None:
    for kind in KINDS:
        for column in kind.required():
            assert column.example and column.aliases, (kind.name, column.name)


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("done", "done"), ("Hoàn thành", "done"), ("đã  hoàn thành", "done"), ("Đã hoàn thành quá hạn", "done"),
        ("đang thực hiện", "in_progress"), ("IN_PROGRESS", "in_progress"),
        ("chưa thực hiện", "not_started"), ("Chưa bắt đầu", "not_started"),
        (unicodedata.normalize("NFD", "Hoàn Thành"), "done"),
    ],
)
def test_status_words(word: str, status: str) -> None:
    assert status_of(word) == status


def test_unknown_status_suggests_the_nearest_word() -> None:
    with pytest.raises(CellError) as caught:
        status_of("dang thuc hien")
    assert caught.value.code == "fact_unknown_status"
    assert caught.value.suggestion == "đang thực hiện"


def test_unfinished_is_ambiguous_not_guessed() -> None:
    """'chưa hoàn thành' could be 'in progress' or 'not started'; it must not become 'done'."""
    with pytest.raises(CellError) as caught:
        status_of("Chưa hoàn thành")
    assert caught.value.code == "fact_ambiguous_status"
    assert caught.value.suggestion is None


@pytest.mark.parametrize(("word", "cause"), [("khách quan", "objective"), ("Chủ quan", "subjective"),
                                             ("objective", "objective"), ("nguyên nhân khách quan", "objective")])
def test_cause_words(word: str, cause: str) -> None:
    assert cause_of(word) == cause


def test_unknown_cause() -> None:
    with pytest.raises(CellError) as caught:
        cause_of("bất khả kháng")
    assert caught.value.code == "fact_unknown_cause"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2026-Q1", "2026-Q1"), ("2026-q3", "2026-Q3"), ("2026-H1", "2026-H1"), ("2026-Y", "2026-Y"),
        ("2026", "2026-Y"), ("Quý I/2026", "2026-Q1"), ("quý IV/2026", "2026-Q4"), ("Quý 2 năm 2026", "2026-Q2"),
        ("Q3/2026", "2026-Q3"), ("6 tháng 2026", "2026-H1"), ("6 tháng đầu năm 2026", "2026-H1"),
        ("Báo cáo 6 tháng/2026", "2026-H1"), ("Năm 2026", "2026-Y"), ("  NĂM   2026 ", "2026-Y"),
    ],
)
def test_report_period_forms(text: str, period: str) -> None:
    assert report_period(text) == period


@pytest.mark.parametrize("text", ["Quý V/2026", "2026-Q5", "2026-H2", "26-Q1", "tháng 3/2026", ""])
def test_report_period_rejects(text: str) -> None:
    assert report_period(text) is None


def test_folder_period() -> None:
    assert folder_period("2026-Q2") == (2026, 2)
    assert folder_period("2026-q4") == (2026, 4)
    assert folder_period("2026-H1") is None
    assert folder_period("Q2/2026") is None
