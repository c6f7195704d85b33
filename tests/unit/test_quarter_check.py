"""The quarter check end to end on the bundled plan and data: determinism, every finding kind,
explain for every finding, and bad input (exit 2, nothing written). The expected JSON of each
quarter is a golden case (tests/golden/quarter-2026-Q*)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules.cli import app

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "truong-xuan"
QUARTERS = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # traces show paths relative to the working folder


def _evaluate(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["evaluate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_same_inputs_give_byte_identical_json() -> None:
    first = _evaluate("--period", "2026-Q3", "--format", "json")[1]
    assert first == _evaluate("--period", "2026-Q3", "--format", "json")[1]


def _all_findings() -> list[dict]:
    findings = []
    for quarter in QUARTERS:
        findings += json.loads(_evaluate("--period", quarter, "--format", "json")[1])["findings"]
    return findings


def test_every_finding_kind_appears_across_the_quarters() -> None:
    kinds = {f["kind"] for f in _all_findings()}
    assert kinds == {
        "task_overdue", "task_done_late", "task_no_product", "report_missing", "report_late",
        "target_missed", "indicator_not_reported", "pakn_overdue", "pakn_late", "custom",
    }  # an explanation is a field of its lapse's finding, never a finding of its own
    states = {f["explanation"]["state"] for f in _all_findings() if f["explanation"]}
    assert states == {"owed", "accepted", "not_accepted"}  # overdue needs a later day: test_lapses.py


def test_findings_carry_their_trace_and_explanation() -> None:
    for finding in _all_findings():
        assert finding["id"].startswith("2026-Q")
        assert finding["message"] and finding["clause"] and finding["agency"]
        trace = finding["trace"]
        assert trace["rule"] == finding["rule"] and trace["condition"]
        for fact in trace["facts"]:
            assert fact["file"].startswith("data/truong-xuan/") and fact["row"] >= 1
        if finding["kind"] in {"task_overdue", "task_done_late", "target_missed", "report_missing",
                               "report_late"}:
            assert finding["explanation"]["due"], finding["id"]


def test_subjective_explanation_does_not_clear_the_finding() -> None:
    doc = json.loads(_evaluate("--period", "2026-Q2", "--format", "json")[1])
    late = next(f for f in doc["findings"] if f["id"] == "2026-Q2/task-done-late/22.0.2026")
    assert late["explanation"]["cause"] == "subjective" and late["explanation"]["state"] == "not_accepted"
    assert late["explanation"]["owed"] is False and late["explanation"]["accepted"] is False
    assert late["id"] in next(a for a in doc["lagging_agencies"] if a["agency"] == "KT")["findings"]
    accepted = next(f for f in doc["findings"] if f["id"] == "2026-Q2/task-overdue/2.0.2026")
    assert accepted["explanation"]["accepted"] is True and accepted["explanation"]["owed"] is False


def test_repeat_laggards_are_escalated() -> None:
    doc = json.loads(_evaluate("--period", "2026-Q3", "--format", "json")[1])
    kt = next(a for a in doc["lagging_agencies"] if a["agency"] == "KT")
    assert kt["lagged_previous_quarter"] is True and kt["escalate_to"] == "CT_UBND"
    q1 = json.loads(_evaluate("--period", "2026-Q1", "--format", "json")[1])
    assert all(a["lagged_previous_quarter"] is None for a in q1["lagging_agencies"])  # no 2025-Q4 data


@pytest.mark.parametrize("quarter", QUARTERS)
def test_explain_every_finding(quarter: str) -> None:
    doc = json.loads(_evaluate("--period", quarter, "--format", "json")[1])
    for finding in doc["findings"]:
        result = runner.invoke(app, ["explain", finding["id"], "--period", quarter])
        assert result.exit_code == 0, result.stderr
        assert finding["trace"]["condition"] in result.stdout
        assert finding["clause"] in result.stdout
        for fact in finding["trace"]["facts"]:
            assert f"{fact['file']}:{fact['row']}" in result.stdout


def test_explain_unknown_id_suggests_the_nearest() -> None:
    result = runner.invoke(app, ["explain", "2026-Q2/task-overdue/2.0.2025", "--period", "2026-Q2"])
    assert result.exit_code == 2
    assert "2026-Q2/task-overdue/2.0.2026" in result.stderr


def test_bad_row_gives_exit_2_names_file_and_row_and_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    csv = data / "2026-Q4" / "task_status.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Nhiệm vụ,Nội dung,Cơ quan,Năm,Trạng thái,Ngày hoàn thành")
    bad = "99,Nhiệm vụ không có,VP,2026,Đã hoàn thành,31/02/2026,Kế hoạch số 1/KH-UBND,"
    csv.write_text("\n".join([*lines, bad]) + "\n", encoding="utf-8")
    bad_row = len(lines) + 1
    out = tmp_path / "out.json"
    code, _, err = _evaluate("--period", "2026-Q4", "--data", str(data), "--format", "json", "-o", str(out))
    assert code == 2
    assert f"task_status.csv:{bad_row}:" in err
    assert "99" in err and "31/02/2026" in err
    assert "loại 1" in err  # the run states how many rows it rejected
    assert not out.exists()


def test_as_of_decides_what_is_due() -> None:
    early = json.loads(_evaluate("--period", "2026-Q2", "--as-of", "01/03/2026", "--format", "json")[1])
    assert early["as_of"] == "2026-03-01"
    assert not any(f["kind"] == "task_overdue" for f in early["findings"])
    late = json.loads(_evaluate("--period", "2026-Q2", "--format", "json")[1])
    assert any(f["kind"] == "task_overdue" for f in late["findings"])


def test_usage_errors() -> None:
    assert _evaluate("--period", "2026-Q5")[0] == 2
    assert _evaluate("--period", "2026-Q2", "--unit", "31295")[0] == 2
    assert _evaluate("--period", "2026-Q2", "--unit", "31294")[0] == 0
    assert _evaluate("--period", "2026-Q2", "--as-of", "31/02/2026")[0] == 2


def test_table_output_in_both_languages() -> None:
    code, out, _ = _evaluate("--period", "2026-Q3")
    assert code == 0 and "Cơ quan chậm trễ" in out
    code, out, _ = _evaluate("--period", "2026-Q3", "--lang", "en")
    assert code == 0 and "Lagging agencies" in out
