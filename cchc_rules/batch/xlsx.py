"""The batch as an Excel workbook: sheet "Xếp hạng" (the ranking with its basis — the appraised
or the self-assessed total — the self and final totals and their change, points and changes per area, findings,
lagging agencies) and sheet "Đơn vị bỏ qua" (skipped units with their problems). Each sheet has
its title lines (and the model-rubric warning when the rubric is a model), a frozen header row
with filters, and an A4 print set-up: landscape, the header repeated on every page, fitted to the
page width. Fixed document dates so the same batch gives the same bytes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from cchc_rules.batch.ranking import basis_label, columns
from cchc_rules.batch.reasons import reason_label
from cchc_rules.batch.summary import skipped_text
from cchc_rules.formats import number, period_name
from cchc_rules.report.xlsx_common import FONT_NAME, WARN_FILL, merged_line, put, save_deterministic, setup_page

if TYPE_CHECKING:
    from pathlib import Path

    from openpyxl.worksheet.worksheet import Worksheet

    from cchc_rules.batch.run import BatchResult
    from cchc_rules.messages import Lang

RANKING_SHEET = "Xếp hạng"
SKIPPED_SHEET = "Đơn vị bỏ qua"
_BOLD = Font(name=FONT_NAME, size=11, bold=True)
_BODY = Font(name=FONT_NAME, size=11)
TITLE = "XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} CỦA CÁC ĐƠN VỊ"
SKIPPED_TITLE = "CÁC ĐƠN VỊ CHƯA ĐƯỢC CHẤM ĐIỂM NĂM {year} VÀ CÁC VẤN ĐỀ CẦN SỬA"
MODEL_WARNING = ("Lưu ý: xếp hạng theo bộ chỉ số mô hình ({title}), không phải Bộ chỉ số CCHC chính thức do "
                 "Sở Nội vụ ban hành: chỉ dùng để thử nghiệm, không dùng để công bố kết quả.")


def render_batch_xlsx(result: BatchResult, path: Path, lang: Lang = "vi") -> None:
    wb = Workbook()
    ranking = wb.active
    ranking.title = RANKING_SHEET
    _ranking(ranking, result)
    _skipped(wb.create_sheet(SKIPPED_SHEET), result, lang)
    save_deterministic(wb, path, datetime(result.year, 12, 31))  # a fixed date, not the clock


def _ranking(ws: Worksheet, result: BatchResult) -> None:
    parts, areas = columns(result.ranking, "parts"), columns(result.ranking, "areas")
    quarters = [f"{result.year}-Q{n}" for n in range(1, 5)]
    head = ["Hạng", "Đồng hạng", "Mã đơn vị", "Tên đơn vị", "Tổng điểm", "Xếp loại", "Căn cứ xếp hạng",
            "Điểm tự đánh giá", "Điểm thẩm định", "Chênh lệch (thẩm định − tự đánh giá)",
            *(f"Phần {p['id']}. {p['name']} (tối đa {_n(p['max'])})" for p in parts),
            *(f"{a['id']}. {a['name']} (tối đa {_n(a['max'])})" for a in areas),
            *(f"Chênh lệch {a['id']}. {a['name']}" for a in areas),
            "Số phát hiện cả năm", *(f"Phát hiện {period_name(q, 'vi')}" for q in quarters),
            "Kỳ xét chậm trễ", "Số cơ quan chậm trễ", "Cơ quan chậm trễ"]
    rows: list[list[Any]] = []
    for row in result.ranking:
        own_parts = {p["id"]: _basis_points(p) for p in row["parts"]}
        own_areas = {a["id"]: _basis_points(a) for a in row["areas"]}
        changes = {a["id"]: a["change"] for a in row["areas"]}
        lagging = row["lagging"]
        rows.append([row["rank"], "có" if row["tie"] else "", row["code"], row["name"], row["total"],
                     row["classification"] or "", basis_label(row["basis"], "vi"), row["self_total"],
                     row["final_total"], row["change"], *(own_parts.get(p["id"]) for p in parts),
                     *(own_areas.get(a["id"]) for a in areas), *(changes.get(a["id"]) for a in areas),
                     row["findings"]["year"],
                     *(row["findings"]["by_quarter"].get(q) for q in quarters),
                     period_name(lagging["period"], "vi") if lagging["period"] else "",
                     lagging["count"], ", ".join(lagging["agencies"] or [])])
    header = _titles(ws, result, TITLE.format(year=result.year), len(head))
    _table(ws, head, rows, {1: 7, 2: 8, 3: 9, 4: 26, 5: 9, 6: 11, 7: 14, len(head): 30}, header, default=11)


def _skipped(ws: Worksheet, result: BatchResult, lang: Lang) -> None:
    head = ["Thư mục", "Mã đơn vị", "Lý do", "Số vấn đề", "Chi tiết"]
    rows = [[s.folder, s.code or "", reason_label(s.reason, lang), len(s.problems), skipped_text(s, lang, 50)]
            for s in result.skipped]
    header = _titles(ws, result, SKIPPED_TITLE.format(year=result.year), len(head))
    _table(ws, head, rows, {1: 30, 2: 11, 3: 24, 4: 9, 5: 90}, header)


def _basis_points(node: dict[str, Any]) -> float:
    """A part's or area's points on the unit's ranking basis: final when appraised, else self."""
    return node["points"] if node.get("final_points") is None else node["final_points"]


def _n(value: float) -> str:
    return number(value, "vi")


def _titles(ws: Worksheet, result: BatchResult, title: str, columns: int) -> int:
    """The sheet's title, the rubric it ranks by, and the model warning; returns the header row."""
    merged_line(ws, 1, title, Font(name=FONT_NAME, size=14, bold=True), columns)
    rubric = result.rubric or {}
    row = 2
    if rubric:
        merged_line(ws, row, f"Bộ chỉ số: {rubric['title']}", Font(name=FONT_NAME, size=12, italic=True), columns)
        row += 1
    if rubric.get("model"):
        merged_line(ws, row, MODEL_WARNING.format(title=rubric["title"]),
                    Font(name=FONT_NAME, size=12, bold=True, color="C00000"), columns, WARN_FILL)
        row += 1
    return row + 1


def _table(ws: Worksheet, head: list[str], rows: list[list[Any]], widths: dict[int, int], header: int,
           default: int = 14) -> None:
    """A header row at `header` (bold, frozen, with filters, repeated on every printed page), the rows
    below it, and the A4 landscape print set-up fitted to the page width."""
    for line, values in enumerate([head, *rows], start=header):  # text as text: never a formula
        for column, value in enumerate(values, start=1):
            cell = put(ws, line, column, value)
            cell.font = _BOLD if line == header else _BODY
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column in range(1, len(head) + 1):
        ws.column_dimensions[get_column_letter(column)].width = widths.get(column, default)
    setup_page(ws, header, landscape=True)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(head))}{header + max(0, len(rows))}"
