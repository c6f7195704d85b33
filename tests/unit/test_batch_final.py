"""The batch ranks on the final scores: a unit whose appraisal (2026/tham-dinh.csv) is complete is
ranked on its appraised total, with its self total, final total and the change per unit and per
area; a unit with no appraisal, or one not yet complete, is ranked on its self-score and says so.
The JSON validates against the published batch schema; the xlsx has the same columns."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cchc_rules.cli import app

from tests.unit.test_output_schemas import _errors

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "truong-xuan"
APPRAISAL = ROOT / "tests" / "golden" / "score-2026-appraisal" / "inputs" / "data" / "truong-xuan" / "2026" / "tham-dinh.csv"
runner = CliRunner()


def _units(root: Path) -> Path:
    """31294 as bundled (no appraisal); 31300 a copy with the complete appraisal; 31305 a copy
    whose appraisal leaves out area 1's first row (not complete)."""
    for name in ("31294-xa-truong-xuan", "31300-phuong-ban-sao", "31305-xa-chua-xong"):
        shutil.copytree(DATA, root / name, ignore=shutil.ignore_patterns("README.md"))
    shutil.copy(APPRAISAL, root / "31300-phuong-ban-sao" / "2026" / "tham-dinh.csv")
    lines = APPRAISAL.read_text(encoding="utf-8").splitlines(keepends=True)
    (root / "31305-xa-chua-xong" / "2026" / "tham-dinh.csv").write_text("".join([lines[0], *lines[2:]]),
                                                                         encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def units(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _units(tmp_path_factory.mktemp("final") / "du-lieu")


@pytest.fixture(scope="module")
def doc(units: Path) -> dict[str, Any]:
    got = runner.invoke(app, ["batch", "--year", "2026", "--data", str(units), "--format", "json", "--jobs", "1"])
    assert got.exit_code == 0, got.stderr
    return json.loads(got.stdout)


def _row(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(r for r in doc["ranking"] if r["code"] == code)


def test_a_complete_appraisal_ranks_on_the_final_total(doc: dict[str, Any]) -> None:
    row = _row(doc, "31300")
    score = next(u for u in doc["units"] if u["unit"]["code"] == "31300")["score"]
    assert row["basis"] == "appraisal" and row["appraisal"] == {"round": 2, "complete": True}
    assert (row["self_total"], row["final_total"], row["change"]) == (88.78, 88.63, -0.15)
    assert row["total"] == score["appraisal"]["total"] == 88.63  # the score's own arithmetic, not a second one
    assert row["classification"] == score["appraisal"]["classification"]
    area = {a["id"]: a for a in row["areas"]}
    assert (area["1"]["points"], area["1"]["final_points"], area["1"]["change"]) == (9.25, 8.75, -0.5)
    assert area["8"]["change"] == 0.35 and area["2"]["change"] == 0.0
    assert {p["id"]: p["change"] for p in row["parts"]}["A"] == -0.5


def test_no_or_an_incomplete_appraisal_ranks_on_the_self_score(doc: dict[str, Any]) -> None:
    bundled, partial = _row(doc, "31294"), _row(doc, "31305")
    assert bundled["basis"] == partial["basis"] == "self"
    assert bundled["appraisal"] is None and partial["appraisal"] == {"round": 2, "complete": False}
    for row in (bundled, partial):
        assert row["total"] == row["self_total"] == 88.78
        assert row["final_total"] is None and row["change"] is None
        assert all(a["final_points"] is None and a["change"] is None for a in row["areas"])


def test_the_final_total_decides_the_rank(doc: dict[str, Any]) -> None:
    assert [(r["rank"], r["code"], r["tie"]) for r in doc["ranking"]] == [
        (1, "31294", True), (1, "31305", True), (3, "31300", False)]


def test_the_json_validates(doc: dict[str, Any]) -> None:
    assert _errors("batch", doc) == []


def test_the_workbook_and_the_page_say_what_each_unit_is_ranked_on(units: Path, tmp_path: Path) -> None:
    out = tmp_path / "xep-hang.xlsx"
    got = runner.invoke(app, ["batch", "--year", "2026", "--data", str(units), "--format", "xlsx", "-o", str(out),
                              "--jobs", "1"])
    assert got.exit_code == 0, got.stderr
    rows = [list(r) for r in load_workbook(out)["Xếp hạng"].iter_rows(values_only=True)]
    head = next(r for r in rows if r and r[0] == "Hạng")
    line = next(r for r in rows if r and r[2] == "31300")
    got_row = dict(zip(head, line, strict=True))
    assert got_row["Căn cứ xếp hạng"] == "điểm thẩm định"
    assert (got_row["Điểm tự đánh giá"], got_row["Điểm thẩm định"]) == (88.78, 88.63)
    assert got_row["Chênh lệch (thẩm định − tự đánh giá)"] == -0.15
    assert got_row["Chênh lệch 1. Chỉ đạo, điều hành CCHC"] == -0.5
    other = dict(zip(head, next(r for r in rows if r and r[2] == "31294"), strict=True))
    assert other["Căn cứ xếp hạng"] == "điểm tự đánh giá" and other["Điểm thẩm định"] is None
    page = runner.invoke(app, ["batch", "--year", "2026", "--data", str(units), "--format", "html", "--jobs", "1"])
    assert "<td>điểm thẩm định</td>" in page.stdout and "−0,15" in page.stdout and "8,75 (−0,5)" in page.stdout
