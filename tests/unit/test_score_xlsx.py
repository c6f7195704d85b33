"""The self-assessment form as xlsx: one row per node, leaves as numbers, parents as SUM formulas over
exactly their children, totals that recompute to the JSON's, print setup, agencies, determinism."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from cchc_rules import bundled_rules_dir, load_rules
from cchc_rules.engine import EngineHost
from cchc_rules.report.score_xlsx import render_score_xlsx
from cchc_rules.pipeline import Workspace, score

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "fixtures" / "rubrics" / "small-2026.yaml"
HEADERS = ["STT", "Lĩnh vực / Tiêu chí / Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá",
           "Điểm thẩm định", "Ý kiến thẩm định", "Tài liệu kiểm chứng", "Ghi chú"]
MODEL_LINE = "Bộ chỉ số mô hình — không phải bộ chỉ số chính thức"


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory, engine_host: EngineHost,
        quarters_only_data: Path) -> dict[str, Any]:
    """The 2026 self-assessment of the bundled data under the small test rubric."""
    pack = tmp_path_factory.mktemp("score") / "pack"
    shutil.copytree(bundled_rules_dir(), pack)
    shutil.rmtree(pack / "scoring", ignore_errors=True)
    (pack / "scoring").mkdir()
    shutil.copy(SMALL, pack / "scoring" / "2026.yaml")
    return score(Workspace(load_rules(pack), quarters_only_data, host=engine_host), 2026).to_json()


def _render(doc: dict[str, Any], tmp_path: Path, name: str = "form.xlsx") -> Path:
    path = tmp_path / name
    render_score_xlsx(doc, path)
    return path


def _walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for node in nodes:
        out.append(node)
        out.extend(_walk(node.get("criteria") or []))
    return out


def _header_row(ws: Worksheet, first: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)


def _label_row(ws: Worksheet, label: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == label)


def _node_rows(ws: Worksheet) -> dict[str, int]:
    """STT → row, between the header and the Tổng điểm row."""
    return {ws.cell(r, 1).value: r for r in range(_header_row(ws, "STT") + 1, _label_row(ws, "Tổng điểm"))}


class Evaluator:
    """The formulas the form uses, recomputed in Python (SUM of cells; the IF/ROUND of the conversion)."""

    CONVERT = re.compile(r"^=IF\(C(\d+)=0,0,ROUND\(D(\d+)\*(\d+(?:\.\d+)?)/C(\d+),(\d+)\)\)$")

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws

    def value(self, ref: str) -> Decimal:
        raw = self.ws[ref].value
        if isinstance(raw, int | float):
            return Decimal(str(raw))
        assert isinstance(raw, str) and raw.startswith("="), (ref, raw)
        if raw.startswith("=SUM("):
            return sum((self.value(r) for r in sum_refs(raw)), Decimal(0))
        match = self.CONVERT.match(raw)
        assert match, raw
        top_row, got_row, scale, top_row2, decimals = match.groups()
        assert top_row == got_row == top_row2
        top = self.value(f"C{top_row}")
        if top == 0:
            return Decimal(0)
        got = self.value(f"D{got_row}") * Decimal(scale) / top
        return got.quantize(Decimal(1).scaleb(-int(decimals)), rounding=ROUND_HALF_UP)


def sum_refs(formula: str) -> list[str]:
    match = re.fullmatch(r"=SUM\(([A-Z]+\d+(?:,[A-Z]+\d+)*)\)", formula)
    assert match, formula
    return match.group(1).split(",")


def test_title_and_header_row(doc: dict[str, Any], tmp_path: Path) -> None:
    wb = load_workbook(_render(doc, tmp_path))
    assert wb.sheetnames == ["Tự đánh giá", "Cơ quan", "Tài liệu cần bổ sung"]
    ws = wb["Tự đánh giá"]
    header = _header_row(ws, "STT")
    assert [ws.cell(header, c).value for c in range(1, 9)] == HEADERS
    assert ws.cell(header, 9).value is None
    assert ws["A1"].value == "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026"
    above = " ".join(str(ws.cell(r, 1).value) for r in range(1, header))
    assert "xã Trường Xuân" in above and "thành phố Cần Thơ" in above
    assert ws.freeze_panes == f"A{header + 1}"


def test_the_title_comes_from_the_rubric(doc: dict[str, Any], tmp_path: Path) -> None:
    """A rubric that names its form (form_title) heads the sheet with it, not with the PAR INDEX title."""
    own = copy.deepcopy(doc)
    own["rubric"]["form_title"] = "Tự đánh giá Chỉ số phục vụ người dân, doanh nghiệp năm 2026"
    ws = load_workbook(_render(own, tmp_path))["Tự đánh giá"]
    assert ws["A1"].value == "TỰ ĐÁNH GIÁ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM 2026"


def test_appraisal_columns_are_filled_from_the_appraisal(doc: dict[str, Any], tmp_path: Path) -> None:
    """Điểm thẩm định / Ý kiến thẩm định: a leaf's value and comment; a group sums its children by formula."""
    given = copy.deepcopy(doc)
    leaves = [n for part in given["criteria"] for n in _walk(part["criteria"]) if not n["criteria"]]
    for leaf in leaves:
        leaf["appraisal"] = {"points": leaf["points"], "comment": None, "round": 1, "facts": []}
    leaves[0]["appraisal"] = {"points": 0.0, "comment": "Thiếu số, ngày văn bản", "round": 2, "facts": []}
    ws = load_workbook(_render(given, tmp_path))["Tự đánh giá"]
    rows = _node_rows(ws)
    first = rows[leaves[0]["id"]]
    assert ws.cell(first, 5).value == 0 and ws.cell(first, 6).value == "Thiếu số, ngày văn bản"
    assert ws.cell(rows["A"], 5).value is None  # the groups of the doc carry no appraisal: left empty


def test_model_rubric_line_is_shown_only_for_a_model(doc: dict[str, Any], tmp_path: Path) -> None:
    assert doc["rubric"]["model"] is True
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    lines = [ws.cell(r, 1).value for r in range(1, _header_row(ws, "STT"))]
    warning = [line for line in lines if line and MODEL_LINE in line]
    assert warning == [f"{MODEL_LINE}: Bộ chỉ số thử nghiệm của một tỉnh khác"]
    official = copy.deepcopy(doc)
    official["rubric"]["model"] = False
    ws = load_workbook(_render(official, tmp_path, "official.xlsx"))["Tự đánh giá"]
    lines = [str(ws.cell(r, 1).value) for r in range(1, ws.max_row + 1)]
    assert not any(MODEL_LINE in line for line in lines)
    assert "Bộ chỉ số: Bộ chỉ số thử nghiệm của một tỉnh khác" in lines


def test_one_row_per_node_in_tree_order(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    header = _header_row(ws, "STT")
    ids = [ws.cell(r, 1).value for r in range(header + 1, _label_row(ws, "Tổng điểm"))]
    assert ids == [n["id"] for n in _walk(doc["criteria"])]
    assert ids == ["A", "1", "1.1", "1.2", "2", "2.1", "2.2", "B", "3", "3.1", "3.2"]
    rows = _node_rows(ws)
    for node in _walk(doc["criteria"]):
        assert ws.cell(rows[node["id"]], 2).value == node["name"]
    assert ws.cell(rows["A"], 2).font.b and ws.cell(rows["1"], 2).font.b
    assert not ws.cell(rows["1.1"], 2).font.b
    assert [ws.cell(rows[i], 2).alignment.indent for i in ("A", "1", "1.1")] == [0, 1, 2]


def test_leaves_hold_their_points_as_numbers(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    rows = _node_rows(ws)
    leaves = [n for n in _walk(doc["criteria"]) if not n.get("criteria")]
    assert len(leaves) == 6
    for leaf in leaves:
        row = rows[leaf["id"]]
        assert ws.cell(row, 3).value == leaf["max"] and ws.cell(row, 4).value == leaf["points"], leaf["id"]
        assert ws.cell(row, 3).number_format == ws.cell(row, 4).number_format == "0.00"
    assert ws.cell(rows["3.2"], 4).value == 10.0  # 79.62 % online: the middle band


def test_parents_sum_exactly_their_children(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    rows = _node_rows(ws)
    parents = [n for n in _walk(doc["criteria"]) if n.get("criteria")]
    assert [p["id"] for p in parents] == ["A", "1", "2", "B", "3"]
    for parent in parents:
        children = [rows[c["id"]] for c in parent["criteria"]]
        for column, col in (("C", 3), ("D", 4)):
            formula = ws.cell(rows[parent["id"]], col).value
            assert sum_refs(formula) == [f"{column}{r}" for r in children], (parent["id"], formula)
    assert ws.cell(rows["A"], 4).value == f"=SUM(D{rows['1']},D{rows['2']})"  # not contiguous


def test_formulas_recompute_to_the_json(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    rows, calc = _node_rows(ws), Evaluator(ws)
    for node in _walk(doc["criteria"]):
        assert calc.value(f"C{rows[node['id']]}") == Decimal(str(node["max"])), node["id"]
        assert calc.value(f"D{rows[node['id']]}") == Decimal(str(node["points"])), node["id"]
    total = _label_row(ws, "Tổng điểm")
    assert ws.cell(total, 4).value == f"=SUM(D{rows['A']},D{rows['B']})"
    assert calc.value(f"D{total}") == Decimal(str(doc["raw_points"])) == Decimal(45)
    assert calc.value(f"C{total}") == Decimal(str(doc["max_available"]))
    converted = _label_row(ws, "Tổng điểm quy đổi thang 100")
    assert converted == total + 1
    assert calc.value(f"D{converted}") == Decimal(str(doc["total"]))
    assert ws.cell(_label_row(ws, "Xếp loại"), 4).value == doc["classification"] == "Chưa đạt"


def test_a_part_not_applicable_is_left_out_and_the_rest_converted(doc: dict[str, Any], tmp_path: Path) -> None:
    """As pipeline.score does with missing_part scale_to_100: part B out, part A's 10 / 60 → 16.67 / 100."""
    scaled = copy.deepcopy(doc)
    scaled["criteria"][1]["applicable"] = False
    scaled.update(raw_points=10.0, max_available=60.0, converted=True, total=16.67, classification="Chưa đạt")
    ws = load_workbook(_render(scaled, tmp_path))["Tự đánh giá"]
    rows, calc = _node_rows(ws), Evaluator(ws)
    total = _label_row(ws, "Tổng điểm")
    assert ws.cell(total, 4).value == f"=SUM(D{rows['A']})"
    assert calc.value(f"D{total}") == Decimal("10") and calc.value(f"C{total}") == Decimal("60")
    assert calc.value(f"D{_label_row(ws, 'Tổng điểm quy đổi thang 100')}") == Decimal("16.67")
    assert "không tính vào tổng điểm" in ws.cell(rows["B"], 8).value
    assert ws.cell(total, 8).value == "Không tính phần B (không áp dụng)"


def test_evidence_and_notes(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    rows = _node_rows(ws)
    assert ws.cell(rows["1.1"], 7).value == "Cần có: Kế hoạch CCHC năm"  # none attached: what is asked for
    assert ws.cell(rows["1.1"], 8).value == "Thiếu tài liệu kiểm chứng"
    assert ws.cell(rows["1.2"], 8).value == "đạt 87,5 %; đạt 100 % → +10 điểm"
    assert ws.cell(rows["3.1"], 8).value is None
    assert ws.cell(rows["1.2"], 7).alignment.wrap_text
    assert ws.cell(rows["1.2"], 5).value is None and ws.cell(rows["1.2"], 6).value is None  # no appraisal


def test_print_setup_and_font(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    header = _header_row(ws, "STT")
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_margins.left > 0.5
    assert ws.cell(header + 1, 2).font.name == "Times New Roman"
    assert ws.column_dimensions["B"].width >= 40


def test_agencies_sheet_ranks(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Cơ quan"]
    header = _header_row(ws, "Hạng")
    assert [ws.cell(header, c).value for c in range(1, 7)] == [
        "Hạng", "Cơ quan", "Điểm", "Điểm tối đa", "Tỷ lệ (%)", "Tiêu chí"]  # names, not codes
    got = [tuple(ws.cell(r, c).value for c in range(1, 7))
           for r in range(header + 1, header + 1 + len(doc["agencies"]))]
    assert got == [(a["rank"], a["name"], a["points"], a["max"], a["percent"],
                    ", ".join(a["criteria"])) for a in doc["agencies"]]
    assert [row[:2] for row in got] == [(1, "Trung tâm Phục vụ hành chính công"), (2, "Phòng Văn hóa - Xã hội"),
                                        (3, "Phòng Kinh tế")]
    assert ws.cell(header + len(got) + 1, 1).value is None
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9 and ws.print_title_rows == f"${header}:${header}"


def test_evidence_sheet(doc: dict[str, Any], tmp_path: Path) -> None:
    ws = load_workbook(_render(doc, tmp_path))["Tài liệu cần bổ sung"]
    header = _header_row(ws, "STT")
    assert [ws.cell(header + 1, c).value for c in range(1, 5)] == [
        1, "1.1", "Kế hoạch CCHC năm ban hành đúng hạn", "Kế hoạch CCHC năm"]
    assert ws.cell(header + 2, 1).value is None


def test_same_doc_gives_the_same_bytes(doc: dict[str, Any], tmp_path: Path) -> None:
    first, second = _render(doc, tmp_path, "a.xlsx"), _render(doc, tmp_path, "b.xlsx")
    assert first.read_bytes() == second.read_bytes()
    props = load_workbook(first).properties
    assert props.created == props.modified == datetime(2026, 12, 31)


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: the formulas are checked by the Python "
                           "evaluator above, not by a spreadsheet program")
def test_libreoffice_computes_the_same_totals(doc: dict[str, Any], tmp_path: Path) -> None:
    source = _render(doc, tmp_path)
    out = tmp_path / "calc"
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=120)
    ws = load_workbook(out / source.name, data_only=True)["Tự đánh giá"]
    assert ws.cell(_label_row(ws, "Tổng điểm"), 4).value == pytest.approx(doc["raw_points"])
    assert ws.cell(_label_row(ws, "Tổng điểm quy đổi thang 100"), 4).value == pytest.approx(doc["total"])


# ---- bonus and penalty parts, an area rescaled, a criterion left out of the total

EXTENDED = ROOT / "tests" / "fixtures" / "rubrics" / "extended-2026.yaml"


class ExtendedEvaluator(Evaluator):
    """Also the formulas of the extended rubric: MIN(cap, SUM), ROUND(SUM × max / applicable), the total
    less the max left out, the bonus and penalty rows and the final MAX(0, ROUND(a + b − c))."""

    FORMS = (
        (re.compile(r"^=MIN\(([\d.]+),(SUM\(.*\))\)$"), lambda m, v: min(Decimal(m[1]), v(f"={m[2]}"))),
        (re.compile(r"^=ROUND\((SUM\(.*\))\*([\d.]+)/([\d.]+),(\d+)\)$"),
         lambda m, v: (v(f"={m[1]}") * Decimal(m[2]) / Decimal(m[3])).quantize(
             Decimal(1).scaleb(-int(m[4])), rounding=ROUND_HALF_UP)),
        (re.compile(r"^=(SUM\(.*\))-([\d.]+)$"), lambda m, v: v(f"={m[1]}") - Decimal(m[2])),
        (re.compile(r"^=MAX\(0,ROUND\(D(\d+)\+D(\d+)-D(\d+),(\d+)\)\)$"),
         lambda m, v: max(Decimal(0), (v(f"D{m[1]}") + v(f"D{m[2]}") - v(f"D{m[3]}")).quantize(
             Decimal(1).scaleb(-int(m[4])), rounding=ROUND_HALF_UP))),
        (re.compile(r"^=(D\d+(?:\+D\d+)*)$"), lambda m, v: sum((v(r) for r in m[1].split("+")), Decimal(0))),
    )

    def value(self, ref: str) -> Decimal:
        if ref.startswith("="):  # a SUM inside one of the forms
            return sum((self.value(r) for r in sum_refs(ref)), Decimal(0))
        raw = self.ws[ref].value
        if isinstance(raw, str):
            for pattern, compute in self.FORMS:
                found = pattern.match(raw)
                if found:
                    return compute(found, self.value)
        return super().value(ref)


def test_bonus_penalty_and_rescaling_recompute_to_the_json(
        tmp_path: Path, engine_host: EngineHost, pack_with_rubric: Any) -> None:
    pack = pack_with_rubric(tmp_path / "pack", EXTENDED)
    annual = tmp_path / "data" / "2026"
    annual.mkdir(parents=True)
    for name, text in {
        "measures.csv": "measure,value\nco-quy-che,có\nty-le-bao-cao,75\nso-vu-vi-pham,1\nkhen-thuong,có\n"
                        "so-mo-hinh,3\nso-lan-phe-binh,3\n",
        "evidence.csv": "criterion,document\nC.1,QĐ khen thưởng\n",
        "not_applicable.csv": "criterion,reason,document\n2.2,Không có quỹ,BC 1\n1.1,Cấp trên ban hành,QĐ 2\n",
        "manual_points.csv": "criterion,points\n3.1,20\n",
        "survey_answers.csv": "respondent,group,question,option\nr1,nguoi-dan,Q1,A\nr3,doanh-nghiep,Q2,B\n",
    }.items():
        (annual / name).write_text(text, encoding="utf-8")
    doc = score(Workspace(load_rules(pack), annual.parent, host=engine_host), 2026).to_json()
    assert doc["converted"] and doc["max_available"] == 90 and doc["bonus"] == 2.5 and doc["penalty"] == 2
    ws = load_workbook(_render(doc, tmp_path))["Tự đánh giá"]
    rows, calc = _node_rows(ws), ExtendedEvaluator(ws)
    for node in _walk(doc["criteria"]):
        assert calc.value(f"D{rows[node['id']]}") == Decimal(str(node["points"])), node["id"]
    total = _label_row(ws, "Tổng điểm")
    assert calc.value(f"C{total}") == Decimal(str(doc["max_available"]))
    assert calc.value(f"D{total}") == Decimal(str(doc["raw_points"]))
    assert calc.value(f"D{total + 1}") == Decimal(str(doc["index_total"]))
    assert ws.cell(total + 2, 2).value == "Điểm thưởng (cộng)" and ws.cell(total + 3, 2).value == "Điểm trừ (trừ)"
    assert (calc.value(f"D{total + 2}"), calc.value(f"D{total + 3}")) == (Decimal("2.5"), Decimal(2))
    final = _label_row(ws, "Tổng điểm sau điểm thưởng, điểm trừ")
    assert calc.value(f"D{final}") == Decimal(str(doc["total"]))
    assert ws.cell(final + 1, 4).value == doc["classification"]
    assert "không tính 10 điểm tối đa của tiêu chí không áp dụng" in ws.cell(total, 8).value
    assert "quy đổi trong lĩnh vực" in ws.cell(rows["2"], 8).value
    assert ws.cell(rows["2.2"], 8).value.startswith("không áp dụng: Không có quỹ")
