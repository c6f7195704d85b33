"""The annual self-assessment end to end on the bundled rubric and data (the expected JSON is the
golden case tests/golden/score-2026): determinism,
the tree adds up, the xlsx form, tables in both languages, explain for every criterion, usage errors
(exit 2) and the documents to attach when the annual evidence is missing."""

from __future__ import annotations

import json
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner

from cchc_rules.explain_text import fact_rows
from cchc_rules.cli import app
from cchc_rules.formats import points

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "truong-xuan"
RUBRIC = ROOT / "rules" / "truong-xuan-2026-2030" / "scoring" / "2026.yaml"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # traces show paths relative to the working folder


def _score(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["score", "--year", "2026", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    result = runner.invoke(app, ["score", "--year", "2026", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _nodes(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for node in nodes:
        out.append(node)
        out += _nodes(node["criteria"])
    return out


def _leaves(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for n in _nodes(doc["criteria"]) if not n["criteria"]]


def _inner(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for n in _nodes(doc["criteria"]) if n["criteria"]]


def test_same_inputs_give_byte_identical_json() -> None:
    first = _score("--format", "json")[1]
    assert first == _score("--format", "json")[1]


def test_the_tree_adds_up(doc: dict[str, Any]) -> None:
    """Each parent is the sum of its children, except an area rescaled over its applicable criteria
    (a criterion "không áp dụng") and a bonus or penalty part held at its cap; the total is the index
    parts plus the bonus minus the penalty."""
    for node in _nodes(doc["criteria"]):
        assert 0 <= node["points"] <= node["max"], node["id"]
        if node["criteria"]:
            parts = sum((Decimal(str(c["points"])) for c in node["criteria"]), Decimal(0))
            if node.get("rescaled"):
                assert Decimal(str(node["rescaled"]["raw_points"])) == parts, node["id"]
                want = (parts * Decimal(str(node["max"])) / Decimal(str(node["rescaled"]["applicable_max"])))
                assert Decimal(str(node["points"])) == want.quantize(Decimal("0.01"), ROUND_HALF_UP), node["id"]
            elif node.get("cap") is not None:
                assert Decimal(str(node["points"])) == min(parts, Decimal(str(node["cap"]))), node["id"]
            else:
                assert Decimal(str(node["points"])) == parts, node["id"]
            tops = sum((Decimal(str(c["max"])) for c in node["criteria"]), Decimal(0))
            assert Decimal(str(node["max"])) == tops, node["id"]
    raw = sum((Decimal(str(p["points"])) for p in doc["criteria"] if p["kind"] == "index"), Decimal(0))
    assert Decimal(str(doc["raw_points"])) == raw
    assert 0 <= doc["index_total"] <= 100
    parts = {p["kind"]: p["points"] for p in doc["criteria"] if p["kind"] != "index"}
    assert (doc["bonus"], doc["penalty"]) == (parts["bonus"], parts["penalty"])
    assert Decimal(str(doc["total"])) == (Decimal(str(doc["index_total"])) + Decimal(str(doc["bonus"]))
                                          - Decimal(str(doc["penalty"])))


def test_classification_is_the_band_of_the_total(doc: dict[str, Any]) -> None:
    bands = yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))["rubric"]["classification"]
    total = Decimal(str(doc["total"]))
    expected = [b["label"] for b in bands
                if Decimal(str(b["min"])) <= total and ("below" not in b or total < Decimal(str(b["below"])))]
    assert expected == [doc["classification"]]


def test_the_bundled_year(doc: dict[str, Any]) -> None:
    """What data/truong-xuan/README.md (section 5) says the annual folder gives."""
    assert doc["inputs"] == {"quarters": ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], "annual": True}
    assert (doc["total"], doc["classification"], doc["converted"]) == (88.78, "Tốt", False)
    assert (doc["index_total"], doc["bonus"], doc["penalty"]) == (87.78, 1.5, 0.5)
    assert [e["criterion"] for e in doc["evidence_to_attach"]] == ["1.4", "3.5", "6.3"]
    by_id = {n["id"]: n for n in _nodes(doc["criteria"])}
    short = {n["id"]: n["points"] for n in _leaves(doc) if n["points"] < n["max"] and n["id"][0] not in "CD"}
    assert short == {"1.1.2": 0.5, "1.3.3": 0.25, "1.4": 0, "2.1": 0, "2.3.1": 0.25, "2.3.2": 0.5, "3.4": 3,
                     "3.5": 0, "3.9": 0.99, "3.10": 1.33, "5.1.2": 1, "6.1": 1.5, "6.2.1": 0.25, "6.3": 0,
                     "7.4": 1, "8.4": 7.51}
    # 2.1 does not apply (not_applicable.csv): area 2 is 4.25 of the 5 applicable points, rescaled to 7
    assert by_id["2.1"]["trace"]["case"] == "not_applicable" and by_id["2.1"]["not_applicable"]["rescale"] == "area"
    assert (by_id["2"]["points"], by_id["2"]["rescaled"]) == (5.95, {"raw_points": 4.25, "applicable_max": 5.0})
    # 8.4 from 72 answers (12 respondents × 6 questions): groups 7.2, 6.4 and 8.92, their mean 7.5067
    assert {g: (v["respondents"], v["points"]) for g, v in by_id["8.4"]["trace"]["how"]["groups"].items()} == {
        "dai-bieu-hdnd": (3, 7.2), "lanh-dao-thanh-pho": (4, 6.4), "cong-chuc-xa": (5, 8.92)}
    assert by_id["8.4"]["trace"]["how"]["groups"]["cong-chuc-xa"]["name"] == "Cán bộ, công chức xã"
    assert len(by_id["8.4"]["trace"]["facts"]) == 72 + 1  # the answers and the evidence row
    assert {n["id"]: n["points"] for n in _leaves(doc) if n["id"][0] in "CD"} == {
        "C.1": 1, "C.2": 0.5, "D.1": 0.5, "D.2": 0}
    assert by_id["2.3.1"]["trace"]["case"] == by_id["6.2.1"]["trace"]["case"] == "late"  # tasks 2 and 21
    # evidence given once for a parent (2.2, 7.3) counts for each of its leaves
    for leaf in ("2.2.1", "2.2.2", "7.3.1", "7.3.2"):
        assert not by_id[leaf]["evidence_missing"]
        assert any(f["file"].endswith("2026/evidence.csv") for f in by_id[leaf]["trace"]["facts"])


def test_xlsx_leaf_points_equal_the_json(doc: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "file.xlsx"
    code, stdout, err = _score("--format", "xlsx", "-o", str(out))
    assert code == 0, err
    assert out.is_file() and out.name in stdout
    ws = load_workbook(out)["Tự đánh giá"]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
    rows = {ws.cell(r, 1).value: r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 1).value}
    for leaf in _leaves(doc):
        row = rows[leaf["id"]]
        assert ws.cell(row, 3).value == leaf["max"], leaf["id"]
        assert ws.cell(row, 4).value == leaf["points"], leaf["id"]
    for node in _inner(doc):
        formula = str(ws.cell(rows[node["id"]], 4).value)
        shape = "=MIN(" if node.get("cap") is not None else "=ROUND(SUM(" if node.get("rescaled") else "=SUM("
        assert formula.startswith(shape), node["id"]


def test_table_output_in_both_languages(doc: dict[str, Any]) -> None:
    code, out, _ = _score()
    assert code == 0
    assert "Tổng điểm" in out and "Xếp loại" in out and "Tài liệu cần bổ sung" in out
    assert "88,78" in out and "88.78" not in out and doc["classification"] in out  # decimal comma in Vietnamese
    assert "Điểm thưởng (cộng)" in out and "+1,5" in out and "-0,5" in out
    code, out, _ = _score("--lang", "en")
    assert code == 0
    assert "Total" in out and "Classification" in out and "Documents to attach" in out
    assert "88.78" in out and "Bonus (added)" in out


def test_explain_every_leaf(doc: dict[str, Any]) -> None:
    for leaf in _leaves(doc):
        result = runner.invoke(app, ["explain", leaf["id"], "--year", "2026"])
        assert result.exit_code == 0, (leaf["id"], result.stderr)
        assert f"Tiêu chí {leaf['id']}:" in result.stdout
        label = "Điểm trừ" if leaf["id"].startswith("D.") else "Điểm"
        assert f"{label}: {points(leaf['points'], 'vi')} / {points(leaf['max'], 'vi')}" in result.stdout
        assert leaf["trace"]["rule"] in result.stdout
        assert "status=" not in result.stdout and "evidence=" not in result.stdout  # no engine internals
        if leaf["working"]:
            assert f"Cách tính: {leaf['working']}" in result.stdout
        for attached in leaf["documents"]:
            assert f"({attached['file']}:{attached['row']})" in result.stdout
        for line in fact_rows(leaf["trace"]["facts"]):  # consecutive rows of a file as a range
            assert line in result.stdout, leaf["id"]
        if leaf["not_applicable"]:
            assert f"Không áp dụng: {leaf['not_applicable']['reason']}" in result.stdout


def test_explain_every_inner_node(doc: dict[str, Any]) -> None:
    for node in _inner(doc):
        result = runner.invoke(app, ["explain", node["id"], "--year", "2026"])
        assert result.exit_code == 0, (node["id"], result.stderr)
        label = "Điểm trừ" if node["id"] == "D" else "Điểm"
        assert f"{label}: {points(node['points'], 'vi')} / {points(node['max'], 'vi')}" in result.stdout
        if node.get("rescaled"):
            assert "Quy đổi trong lĩnh vực" in result.stdout
        for child in node["criteria"]:
            assert f"{child['id']} ({points(child['points'], 'vi')})" in result.stdout


def test_usage_errors() -> None:
    assert runner.invoke(app, ["score", "--year", "2031"]).exit_code == 2  # no scoring/2031.yaml
    assert _score("--format", "xlsx")[0] == 2  # xlsx needs -o
    result = runner.invoke(app, ["explain", "9.9", "--year", "2026"])
    assert result.exit_code == 2 and "9.9" in result.stderr


def test_without_annual_evidence_the_total_drops_and_documents_are_listed(
        doc: dict[str, Any], tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "2026" / "evidence.csv").unlink()
    code, out, err = _score("--data", str(data), "--format", "json")
    assert code == 0, err
    bare = json.loads(out)
    assert bare["total"] < doc["total"]
    listed = [e["criterion"] for e in bare["evidence_to_attach"]]
    assert listed == [n["id"] for n in _leaves(bare) if n["evidence"] and not n["not_applicable"]]
    assert set(listed) > {e["criterion"] for e in doc["evidence_to_attach"]}
    for item in bare["evidence_to_attach"]:
        assert item["documents"]
    leaf = next(n for n in _leaves(bare) if n["id"] == "3.4")
    assert leaf["points"] == 0 and leaf["evidence_missing"]
