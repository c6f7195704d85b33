"""Steps of scenarios/so_sanh_don_vi.feature: build a data folder of several units by copying the
bundled Trường Xuân data (one folder per unit, with the changes the table names), run
`cchc-rules batch --format json -o <file>` in-process in the scenario's temporary folder, and read
the JSON it writes.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.rulepack.load import bundled_data_dir

UNITS = "cac-don-vi"  # the data folder, as printed paths show it


def _drop_evidence(unit: Path) -> None:
    (unit / "2026" / "evidence.csv").unlink()


def _impossible_date(unit: Path) -> None:
    status = unit / "2026-Q4" / "task_status.csv"
    text = status.read_text(encoding="utf-8")
    status.write_text(text.replace("08/07/2026", "31/02/2026", 1), encoding="utf-8")


# The changes the Bối cảnh table may name → what they do to the unit's copy.
CHANGES = {
    "": lambda unit: None,
    "bỏ tài liệu kiểm chứng năm 2026": _drop_evidence,
    "ngày hoàn thành 31/02/2026 trong quý 2026-Q4": _impossible_date,
}


@dataclass
class Batch:
    """The scenario's folder and the JSON documents of its batch runs, in order."""

    cwd: Path
    runs: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)

    @property
    def doc(self) -> dict[str, Any]:
        assert self.runs, "no batch run yet"
        return self.runs[-1][1]


@pytest.fixture
def so_sanh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Batch:
    monkeypatch.chdir(tmp_path)
    return Batch(tmp_path)


def _table(datatable: list[list[str]]) -> list[dict[str, str]]:
    head = datatable[0]
    return [dict(zip(head, (cell.strip() for cell in row), strict=True)) for row in datatable[1:]]


@given("thư mục số liệu có các đơn vị sau, chép từ số liệu mẫu của xã Trường Xuân:")
def units_folder(so_sanh: Batch, datatable: list[list[str]]) -> None:
    for row in _table(datatable):
        unit = so_sanh.cwd / UNITS / row["thư mục"]
        shutil.copytree(bundled_data_dir(), unit, ignore=shutil.ignore_patterns("README.md"))
        if row["tên trong unit.yaml"]:
            (unit / "unit.yaml").write_text(f"name: {row['tên trong unit.yaml']}\n", encoding="utf-8")
        CHANGES[row["thay đổi"]](unit)


@when(parsers.parse("tôi chạy so sánh các đơn vị năm {year:d} với {jobs:d} tiến trình"))
def run_batch(so_sanh: Batch, year: int, jobs: int) -> None:
    output = so_sanh.cwd / f"xep-hang-{len(so_sanh.runs) + 1}.json"
    result = CliRunner().invoke(app, ["batch", "--year", str(year), "--data", UNITS, "--jobs", str(jobs),
                                      "--format", "json", "-o", output.name])
    assert result.exit_code == 0, result.output
    so_sanh.runs.append((output, json.loads(output.read_text(encoding="utf-8"))))


@then("bảng xếp hạng là:")
def ranking_is(so_sanh: Batch, datatable: list[list[str]]) -> None:
    got = [{"hạng": str(r["rank"]), "mã": r["code"], "tên": r["name"], "đồng hạng": "có" if r["tie"] else "không",
            "xếp loại": r["classification"] or ""} for r in so_sanh.doc["ranking"]]
    assert got == _table(datatable)


@then("kết quả của mỗi đơn vị mang mã và tên của chính đơn vị đó")
def own_identity(so_sanh: Batch) -> None:
    rows = {r["code"]: r["name"] for r in so_sanh.doc["ranking"]}
    assert [u["unit"]["code"] for u in so_sanh.doc["units"]] == sorted(rows)
    for unit in so_sanh.doc["units"]:
        assert unit["unit"]["name"] == rows[unit["unit"]["code"]]
        assert unit["score"]["unit"] == unit["unit"]
        assert all(quarter["unit"] == unit["unit"] for quarter in unit["quarters"])


@then("các thư mục bị bỏ qua là:")
def skipped_are(so_sanh: Batch, datatable: list[list[str]]) -> None:
    got = [{"thư mục": Path(s["folder"]).name, "mã": s["code"] or "", "lý do": s["label"]}
           for s in so_sanh.doc["skipped"]]
    assert got == _table(datatable)


@then(parsers.parse('lỗi của đơn vị {code} chỉ ra tệp "{file}" dòng {row:d} có giá trị "{value}"'))
def unit_problem(so_sanh: Batch, code: str, file: str, row: int, value: str) -> None:
    skipped = next(s for s in so_sanh.doc["skipped"] if s["code"] == code)
    errors = [p for p in skipped["problems"] if p["severity"] == "error"]
    assert any(p["file"].endswith(file) and p["row"] == row and value in p["message"] for p in errors), errors


@then(parsers.parse("phần tóm tắt ghi tìm thấy {found:d} đơn vị, chấm điểm {scored:d}, bỏ qua {skipped:d}"))
def summary_counts(so_sanh: Batch, found: int, scored: int, skipped: int) -> None:
    summary = so_sanh.doc["summary"]
    assert (summary["found"], summary["scored"], summary["skipped"]) == (found, scored, skipped)


@then("hai lần chạy ghi ra hai tệp JSON giống hệt nhau từng byte")
def same_bytes(so_sanh: Batch) -> None:
    (first, _), (second, _) = so_sanh.runs
    assert first.read_bytes() == second.read_bytes()
