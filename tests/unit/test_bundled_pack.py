"""The bundled Trường Xuân pack against the plan's own text (tests/fixtures/phu-luc.tsv is the
appendix copied verbatim from the decision) and the targets of section II.2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.suggest import fold

APPENDIX = Path(__file__).parents[1] / "fixtures" / "phu-luc.tsv"


def _appendix() -> dict[int, list[str]]:
    rows = {}
    for line in APPENDIX.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        rows[int(cols[0])] = cols[1:]
    return rows


def _show(what: str) -> list[dict]:
    result = CliRunner().invoke(app, ["show", what, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def tasks() -> dict[int, dict]:
    return {t["number"]: t for t in _show("tasks")}


@pytest.fixture(scope="module")
def agencies() -> dict[str, dict]:
    return {a["code"]: a for a in _show("agencies")}


def test_all_31_tasks_in_order(tasks: dict[int, dict]) -> None:
    assert sorted(tasks) == list(range(1, 32))


@pytest.mark.parametrize("number", range(1, 32))
def test_task_matches_appendix(number: int, tasks: dict, agencies: dict) -> None:
    content, lead, co, when, product = _appendix()[number]
    task = tasks[number]
    assert task["content"] == content
    lead_names = {fold(agencies[task["lead"]]["name"])} | {fold(a) for a in agencies[task["lead"]].get("aliases", [])}
    assert fold(lead) in lead_names, (lead, task["lead"])
    assert task["lead_name"] == agencies[task["lead"]]["name"]
    if co:
        assert task["co_agencies_as_written"] == co
        assert task["co_agencies"], "listed co-agencies need codes"
    else:
        assert task["co_agencies"] == [] and task.get("co_agencies_as_written") is None
    assert task["schedule"]["as_written"] == when
    rest = product
    for item in task["product"]:
        assert item in rest, (item, product)
        rest = rest.replace(item, "", 1)
    assert rest.strip(" -;.") == "", f"product text not encoded: {rest!r}"
    assert task["clause"] == f"Phụ lục, mục {number}"


EXPECTED_SCHEDULES = {
    1: [("ongoing", None), ("on_event", None)],
    2: [("once", "2026-Q1"), ("period", (2026, 2030))],
    15: [("once", "2026"), ("on_event", None)],
    21: [("yearly", "Q2")],
    22: [("yearly", "Q1")],
    24: [("once", "2030")],
    25: [("once", "2030")],
    30: [("once", "2026")],
    31: [("once", "2030")],
    4: [("yearly", None)], 26: [("yearly", None)], 27: [("yearly", None)],
    28: [("yearly", None)], 29: [("yearly", None)],
    5: [("ongoing", None)], 9: [("ongoing", None)], 23: [("ongoing", None)],
    14: [("period", (2026, 2030))], 17: [("period", (2026, 2030))],
}


@pytest.mark.parametrize("number", sorted(EXPECTED_SCHEDULES))
def test_schedule_forms(number: int, tasks: dict) -> None:
    parts = tasks[number]["schedule"]["parts"]
    got = []
    for part in parts:
        detail = part.get("by")
        if part["kind"] == "period":
            detail = (part["from"], part["to"])
        got.append((part["kind"], detail if part["kind"] != "on_event" else None))
    assert got == EXPECTED_SCHEDULES[number]


# Section II.2: (comparison, threshold %, clause) of every quantitative target.
EXPECTED_TARGETS = sorted([
    ("=", 100, "II.2.b"),   # nhiệm vụ do UBND thành phố giao
    (">=", 97, "II.2.b"),   # hài lòng giải quyết TTHC
    (">=", 95, "II.2.b"),   # đất đai, xây dựng, đầu tư
    ("=", 100, "II.2.b"),   # không phụ thuộc địa giới
    ("=", 100, "II.2.b"),   # số hóa
    ("=", 100, "II.2.b"),   # PAKN
    ("=", 100, "II.2.b"),   # TTHC thanh toán trực tuyến
    (">=", 80, "II.2.b"),   # giao dịch thanh toán trực tuyến
    (">=", 95, "II.2.c"),   # hài lòng cơ quan hành chính
    (">=", 90, "II.2.c"),   # y tế
    (">=", 90, "II.2.c"),   # giáo dục
    ("=", 100, "II.2.e"),   # trực tuyến toàn trình
    (">=", 90, "II.2.e"),   # hồ sơ trực tuyến
])


def test_every_ii2_target() -> None:
    targets = _show("targets")
    got = sorted((t["comparison"], t["threshold"], t["clause"]) for t in targets)
    assert got == EXPECTED_TARGETS
    for t in targets:
        assert t["unit"] == "%" and t["by_year"] == 2030 and t["owner"]
    assert {t["id"] for t in targets} >= {"hai-long-tthc", "ho-so-truc-tuyen", "so-hoa-ho-so"}


def test_staff_reduction_conflict_is_encoded_both_ways(tasks: dict) -> None:
    notes = tasks[14]["notes"]
    assert any(n.get("conflicts_with", "").startswith("goal:") for n in notes)
    assert any("2026-2031" in n["text"] or "2026–2031" in n["text"] for n in notes)


def test_unit_code_and_decision() -> None:
    from cchc_rules import load_rules

    plan = load_rules().plan.plan
    assert plan.unit.code == "31294"
    assert plan.decision.number == "04/QĐ-UBND" and plan.decision.date == "2026-01-06"
    assert (plan.period.from_, plan.period.to) == (2026, 2030)
