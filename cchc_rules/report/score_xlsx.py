"""The annual self-assessment as the xlsx form a unit submits: the score JSON (YearReport.to_json) → workbook."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from cchc_rules import formats
from cchc_rules.trace_words import document_text
from cchc_rules.report.names import Names
from cchc_rules.report import xlsx_common
from cchc_rules.report.score_totals import adjustment_rows, node_extra
from cchc_rules.report.xlsx_common import (
    BORDER,
    FONT_NAME,
    FONT_SIZE,
    PART_FILL,
    Formula,
    WARN_FILL,
    body_cell,
    fit_row_height,
    put,
    save_deterministic,
    set_widths,
    setup_page,
    text_lines,
    write_header,
)

FORM_SHEET, AGENCY_SHEET, EVIDENCE_SHEET = "Tự đánh giá", "Cơ quan", "Tài liệu cần bổ sung"
FORM_HEADERS = ("STT", "Lĩnh vực / Tiêu chí / Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá",
                "Điểm thẩm định", "Ý kiến thẩm định", "Tài liệu kiểm chứng", "Ghi chú")
FORM_WIDTHS = (8, 46, 9, 10, 10, 24, 44, 30)
NUMBER_COLUMNS = (3, 4, 5)  # Điểm tối đa, Điểm tự đánh giá, Điểm thẩm định
NOTE_COLUMN = 8
AGENCY_HEADERS = ("Hạng", "Cơ quan", "Điểm", "Điểm tối đa", "Tỷ lệ (%)", "Tiêu chí")
AGENCY_WIDTHS = (7, 44, 11, 12, 11, 44)
EVIDENCE_HEADERS = ("STT", "Tiêu chí", "Tên tiêu chí", "Tài liệu kiểm chứng cần bổ sung")
EVIDENCE_WIDTHS = (7, 11, 55, 60)

TITLE = "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}"
MODEL_LINE = "Bộ chỉ số mô hình — không phải bộ chỉ số chính thức"
MISSING = "Thiếu tài liệu kiểm chứng"
TOTAL, CONVERTED, CLASSIFICATION = "Tổng điểm", "Tổng điểm quy đổi thang {scale}", "Xếp loại"
FINAL_TOTAL = "Tổng điểm sau điểm thưởng, điểm trừ"


@dataclass
class Placed:
    """A node of the criteria tree and the sheet row it is written on."""

    row: int
    level: int
    node: dict[str, Any]
    children: list[int] = field(default_factory=list)

    @property
    def leaf(self) -> bool:
        return not self.node.get("criteria")


def render_score_xlsx(doc: dict[str, Any], path: Path, names: Names | None = None) -> None:
    """Write the self-assessment form of `doc` (the dict of YearReport.to_json) to `path`; `names`
    (report.names) name the agencies as the pack does (the JSON's own names otherwise)."""
    if names is not None:
        doc = {**doc, "agencies": [{**a, "name": names.agencies.get(a["agency"], a["name"])}
                                   for a in doc.get("agencies") or []]}
    wb = Workbook()
    form = wb.active
    assert form is not None
    form.title = FORM_SHEET
    write_form(form, doc)
    write_agencies(wb.create_sheet(AGENCY_SHEET), doc)
    write_evidence(wb.create_sheet(EVIDENCE_SHEET), doc)
    wb.calculation.fullCalcOnLoad = True  # no cached values: the reader computes the formulas
    save_deterministic(wb, Path(path), datetime(int(doc["year"]), 12, 31))


# ---------------------------------------------------------------- the form


def write_form(ws: Worksheet, doc: dict[str, Any]) -> None:
    rubric = doc["rubric"]
    decimals = int(rubric.get("decimals", 2))
    set_widths(ws, FORM_WIDTHS)
    header = write_title_block(ws, doc)
    write_header(ws, header, FORM_HEADERS, FORM_WIDTHS)
    placed: list[Placed] = []
    part_rows, next_row = place(doc["criteria"], 0, header + 1, placed)
    for item in placed:
        write_node(ws, item, decimals, counted=is_counted(doc, item))
    index = [(row, part) for row, part in zip(part_rows, doc["criteria"], strict=True)
             if part.get("kind", "index") == "index"]
    counted = [row for row, part in index if part_counted(doc, part)]
    skipped = [part["id"] for _, part in index if not part_counted(doc, part)]
    adjusting = [(row, part["kind"]) for row, part in zip(part_rows, doc["criteria"], strict=True)
                 if part.get("kind", "index") != "index"]
    extra = write_totals(ws, doc, next_row, counted, skipped, decimals, adjusting)
    write_basis(ws, rubric, next_row + 4 + extra)
    write_signatures(ws, next_row + 6 + extra)
    setup_page(ws, header, landscape=True)


def write_title_block(ws: Worksheet, doc: dict[str, Any]) -> int:
    """Title, unit and rubric lines above the table; returns the header row."""
    unit, rubric = doc["unit"], doc["rubric"]
    title = rubric.get("form_title") or TITLE.format(year=doc["year"])
    merged_line(ws, 1, title.upper(), Font(name=FONT_NAME, size=14, bold=True))
    merged_line(ws, 2, f"Đơn vị: {unit['name']}, {unit['province']}", Font(name=FONT_NAME, size=13, bold=True))
    if rubric.get("model"):
        merged_line(ws, 3, f"{MODEL_LINE}: {rubric['title']}",
                    Font(name=FONT_NAME, size=13, bold=True, color="C00000"), WARN_FILL)
    else:
        merged_line(ws, 3, f"Bộ chỉ số: {rubric['title']}", Font(name=FONT_NAME, size=13, italic=True))
    return 5


def merged_line(ws: Worksheet, row: int, text: str, font: Font, fill: PatternFill | None = None,
                columns: int | None = None) -> None:
    xlsx_common.merged_line(ws, row, text, font, columns or len(FORM_HEADERS), fill)


def place(nodes: list[dict[str, Any]], level: int, row: int, out: list[Placed]) -> tuple[list[int], int]:
    """Rows of `nodes` in tree order (each node, then its subtree); returns their rows and the next free row."""
    rows = []
    for node in nodes:
        item = Placed(row, level, node)
        out.append(item)
        rows.append(row)
        item.children, row = place(node.get("criteria") or [], level + 1, row + 1, out)
    return rows, row


def write_node(ws: Worksheet, item: Placed, decimals: int, counted: bool) -> None:
    node, row = item.node, item.row
    bold = item.level <= 1  # parts and areas
    appraisal = node.get("appraisal")
    appraised: Any = None
    if item.leaf:
        top, points = node["max"], node["points"]
        appraised = appraisal["points"] if appraisal else None
    else:
        top, points = sum_formula("C", item.children), sum_formula("D", item.children)
        appraised = sum_formula("E", item.children) if appraisal else None
        points = _capped_or_rescaled(points, node, decimals)
        appraised = _capped_or_rescaled(appraised, node, decimals) if appraised is not None else None
    comment = (appraisal or {}).get("comment") or ""
    note = "\n".join(n for n in (node_note(node, counted), node_extra(node, "vi")) if n)
    values = (str(node["id"]), node["name"], top, points, appraised, comment, documents_cell(node), note)
    for col, value in enumerate(values, start=1):
        cell = put(ws, row, col, value)
        cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=bold,
                         color="C00000" if col == NOTE_COLUMN and node.get("evidence_missing") else None)
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center" if col in (1, *NUMBER_COLUMNS) else "left",
                                   vertical="center", wrap_text=True, indent=item.level if col == 2 else 0)
        if col in NUMBER_COLUMNS:
            cell.number_format = number_format(decimals)
        if item.level == 0:
            cell.fill = PART_FILL
    texts = [v if isinstance(v, str) else "" for v in values]
    fit_row_height(ws, row, texts, FORM_WIDTHS, indent=item.level)


def documents_cell(node: dict[str, Any]) -> str:
    """The documents attached (name, số/ký hiệu, date, file), one a line; for a leaf with none, those
    the rubric asks for, marked as missing."""
    attached = node.get("documents") or []
    if attached:
        return "\n".join(f"- {document_text(d, 'vi')}" for d in attached)
    wanted = node.get("evidence") or []
    return "\n".join(f"Cần có: {w}" for w in wanted)


def sum_formula(column: str, rows: Iterable[int]) -> Formula:
    return Formula("=SUM(" + ",".join(f"{column}{r}" for r in rows) + ")")


def node_note(node: dict[str, Any], counted: bool) -> str:
    lines = []
    if node.get("evidence_missing"):
        lines.append(MISSING)
    margin = node.get("margin")
    if margin and not (node.get("evidence_missing") and margin.casefold().startswith(MISSING.casefold())):
        lines.append(margin)
    if "applicable" in node and not node["applicable"]:
        lines.append("Không áp dụng" + ("" if counted else ": không tính vào tổng điểm, quy đổi thang 100"))
    return "\n".join(lines)


def part_counted(doc: dict[str, Any], part: dict[str, Any]) -> bool:
    """Whether a part adds to the total: applicable ones always; the others only when the rubric scores a
    missing part as zero (told by rubric.missing_part, or else read from max_available)."""
    if part.get("applicable", True):
        return True
    rule = doc["rubric"].get("missing_part")
    if rule is not None:
        return bool(rule == "zero")
    applicable_max = sum(p["max"] for p in doc["criteria"] if p.get("applicable", True))
    return not math.isclose(applicable_max, doc["max_available"])


def is_counted(doc: dict[str, Any], item: Placed) -> bool:
    return item.level != 0 or part_counted(doc, item.node)


def write_totals(ws: Worksheet, doc: dict[str, Any], row: int, counted: list[int], skipped: list[str],
                 decimals: int, adjusting: list[tuple[int, str]] = []) -> int:  # noqa: B006 - read only
    """Tổng điểm (over the counted parts, less the criteria not applicable over the total), the total
    converted to the scale, then the bonus and penalty parts and the final total, the classification.
    Returns the rows added beyond the three of a rubric without bonus or penalty."""
    scale = doc["rubric"].get("total", 100)
    scale = int(scale) if float(scale).is_integer() else scale
    fmt = number_format(decimals)
    top: Any = sum_formula("C", counted) if counted else 0
    excluded = _excluded_max(doc)
    if excluded and counted:
        top = Formula(f"{top.text}-{excluded:g}")
    got = sum_formula("D", counted) if counted else 0
    appraised = doc.get("appraisal") or {}
    complete = bool(appraised.get("complete")) and bool(counted)
    got_appraised = sum_formula("E", counted) if complete else None
    converted_appraised = Formula(f"=IF(C{row}=0,0,ROUND(E{row}*{scale}/C{row},{decimals}))") if complete else None
    note = f"Không tính phần {', '.join(skipped)} (không áp dụng)" if skipped else ""
    if excluded:
        note = "; ".join(n for n in (note, f"không tính {excluded:g} điểm tối đa của tiêu chí không áp dụng") if n)
    converted = Formula(f"=IF(C{row}=0,0,ROUND(D{row}*{scale}/C{row},{decimals}))")
    how = (f"Quy đổi: tổng điểm × {scale} / {formats.number(doc['max_available'], 'vi')} điểm tối đa của các phần được tính"
           if doc.get("converted") else "")
    rows: list[tuple[str, Any, Any, Any, str]] = [
        (TOTAL, top, got, got_appraised, note),
        (CONVERTED.format(scale=scale), scale, converted, converted_appraised, how)]
    if adjusting:
        labels = [label for label, _ in adjustment_rows(doc, "vi")]
        for kind, label in (("bonus", labels[1]), ("penalty", labels[2])):
            rows_of = [r for r, k in adjusting if k == kind]
            rows.append((label, None, Formula("=" + "+".join(f"D{r}" for r in rows_of)) if rows_of else 0,
                         (Formula("=" + "+".join(f"E{r}" for r in rows_of)) if rows_of else 0) if complete else None,
                         ""))
        final = Formula(f"=MAX(0,ROUND(D{row + 1}+D{row + 2}-D{row + 3},{decimals}))")
        final_appraised = Formula(f"=MAX(0,ROUND(E{row + 1}+E{row + 2}-E{row + 3},{decimals}))") if complete else None
        rows.append((FINAL_TOTAL, None, final, final_appraised, ""))
    rows.append((CLASSIFICATION, None, doc.get("classification") or "", appraised.get("classification") or "", ""))
    for offset, (label, top_value, value, value_appraised, text) in enumerate(rows):
        for col, content in enumerate((None, label, top_value, value, value_appraised, None, None, text), start=1):
            cell = put(ws, row + offset, col, content)
            cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=col in (2, *NUMBER_COLUMNS))
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center" if col in NUMBER_COLUMNS else "left",
                                       vertical="center", wrap_text=True)
            if col in NUMBER_COLUMNS:
                cell.number_format = fmt
        fit_row_height(ws, row + offset, ["", label, "", "", "", "", "", text], FORM_WIDTHS)
    return len(rows) - 3


def _capped_or_rescaled(points: Formula, node: dict[str, Any], decimals: int) -> Any:
    """A group's points formula as the score makes them: a bonus or penalty part at most its cap, an
    area with a criterion not applicable rescaled to the area's max."""
    if node.get("cap") is not None:
        return Formula(f"=MIN({node['cap']:g},{points.text.removeprefix('=')})")
    if node.get("rescaled"):
        applicable = node["rescaled"]["applicable_max"]
        return (Formula(f"=ROUND({points.text.removeprefix('=')}*{node['max']:g}/{applicable:g},{decimals})")
                if applicable else 0)
    return points


def _excluded_max(doc: dict[str, Any]) -> float:
    """The max of the criteria not applicable that leave the total (rescale: total)."""
    def leaves(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [leaf for n in nodes for leaf in (leaves(n["criteria"]) if n["criteria"] else [n])]

    return sum(n["max"] for p in doc["criteria"] if p.get("kind", "index") == "index" and part_counted(doc, p)
               for n in leaves(p["criteria"]) if (n.get("not_applicable") or {}).get("rescale") == "total")


def write_basis(ws: Worksheet, rubric: dict[str, Any], row: int) -> None:
    if not rubric.get("basis"):
        return
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(FORM_HEADERS))
    cell = put(ws, row, 1, f"Căn cứ bộ chỉ số ({rubric['id']}): {rubric['basis']}")
    cell.font = Font(name=FONT_NAME, size=11, italic=True)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = text_lines(str(cell.value), sum(FORM_WIDTHS) * 0.9) * 15


def write_signatures(ws: Worksheet, row: int) -> None:
    for col, title, hint in ((2, "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"),
                             (6, "THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)")):
        for offset, (text, font) in enumerate(((title, Font(name=FONT_NAME, size=FONT_SIZE, bold=True)),
                                               (hint, Font(name=FONT_NAME, size=FONT_SIZE, italic=True)))):
            if col == 6:
                ws.merge_cells(start_row=row + offset, start_column=6, end_row=row + offset, end_column=8)
            cell = ws.cell(row=row + offset, column=col, value=text)
            cell.font = font
            cell.alignment = Alignment(horizontal="center")


# ---------------------------------------------------------------- the other sheets


def write_agencies(ws: Worksheet, doc: dict[str, Any]) -> None:
    header = write_sheet_title(ws, doc, f"XẾP HẠNG CÁC CƠ QUAN THEO ĐIỂM TỰ ĐÁNH GIÁ NĂM {doc['year']}",
                               len(AGENCY_HEADERS), AGENCY_WIDTHS)
    write_header(ws, header, AGENCY_HEADERS, AGENCY_WIDTHS)
    for row, agency in enumerate(doc.get("agencies") or [], start=header + 1):
        values = (agency["rank"], agency["name"], agency["points"], agency["max"],
                  agency["percent"], ", ".join(agency["criteria"]))
        write_body_row(ws, row, values, AGENCY_WIDTHS, numeric={3: "0.00", 4: "0.00", 5: "0.00"},
                       centered={1, 3, 4, 5})
    setup_page(ws, header, landscape=True)


def write_evidence(ws: Worksheet, doc: dict[str, Any]) -> None:
    header = write_sheet_title(ws, doc, f"TÀI LIỆU KIỂM CHỨNG CẦN BỔ SUNG NĂM {doc['year']}",
                               len(EVIDENCE_HEADERS), EVIDENCE_WIDTHS)
    write_header(ws, header, EVIDENCE_HEADERS, EVIDENCE_WIDTHS)
    items = doc.get("evidence_to_attach") or []
    for number, item in enumerate(items, start=1):
        values = (number, str(item["criterion"]), item["name"], "\n".join(item["documents"]))
        write_body_row(ws, header + number, values, EVIDENCE_WIDTHS, numeric={}, centered={1, 2})
    if not items:
        ws.cell(row=header + 1, column=1, value="Không có tài liệu kiểm chứng cần bổ sung.").font = Font(
            name=FONT_NAME, size=FONT_SIZE, italic=True)
    setup_page(ws, header, landscape=False)


def write_sheet_title(ws: Worksheet, doc: dict[str, Any], title: str, columns: int,
                      widths: Sequence[int]) -> int:
    set_widths(ws, widths)
    merged_line(ws, 1, title, Font(name=FONT_NAME, size=14, bold=True), columns=columns)
    merged_line(ws, 2, f"Đơn vị: {doc['unit']['name']}, {doc['unit']['province']}",
                Font(name=FONT_NAME, size=13, bold=True), columns=columns)
    return 4


def write_body_row(ws: Worksheet, row: int, values: Sequence[Any], widths: Sequence[int],
                   numeric: dict[int, str], centered: set[int]) -> None:
    for col, value in enumerate(values, start=1):
        body_cell(ws, row, col, value, col in centered, numeric.get(col))
    fit_row_height(ws, row, [v if isinstance(v, str) else "" for v in values], widths)


# ---------------------------------------------------------------- layout helpers


def number_format(decimals: int) -> str:
    return "0." + "0" * decimals if decimals else "0"
