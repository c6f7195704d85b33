"""The batch as an Excel workbook: sheet "Xếp hạng" (the ranking, points per area, findings,
lagging agencies) and sheet "Đơn vị bỏ qua" (skipped units with their problems); frozen header
rows, filters, and fixed document dates so the same batch gives the same bytes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from cchc_rules.formats import period_name
from cchc_rules.batch.ranking import columns
from cchc_rules.batch.reasons import reason_label
from cchc_rules.batch.summary import skipped_text
from cchc_rules.report.xlsx_common import put, save_deterministic

if TYPE_CHECKING:
    from pathlib import Path

    from openpyxl.worksheet.worksheet import Worksheet

    from cchc_rules.batch.run import BatchResult
    from cchc_rules.messages import Lang

RANKING_SHEET = "Xếp hạng"
SKIPPED_SHEET = "Đơn vị bỏ qua"
_BOLD = Font(bold=True)


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
    head = ["Hạng", "Đồng hạng", "Mã đơn vị", "Tên đơn vị", "Tổng điểm", "Xếp loại",
            *(f"Phần {p['id']} (tối đa {p['max']:g})" for p in parts),
            *(f"Lĩnh vực {a['id']} (tối đa {a['max']:g})" for a in areas),
            "Số phát hiện cả năm", *(f"Phát hiện {period_name(q, 'vi')}" for q in quarters),
            "Kỳ xét chậm trễ", "Số cơ quan chậm trễ", "Cơ quan chậm trễ"]
    rows: list[list[Any]] = []
    for row in result.ranking:
        own_parts = {p["id"]: p["points"] for p in row["parts"]}
        own_areas = {a["id"]: a["points"] for a in row["areas"]}
        lagging = row["lagging"]
        rows.append([row["rank"], "có" if row["tie"] else "", row["code"], row["name"], row["total"],
                     row["classification"] or "", *(own_parts.get(p["id"]) for p in parts),
                     *(own_areas.get(a["id"]) for a in areas), row["findings"]["year"],
                     *(row["findings"]["by_quarter"].get(q) for q in quarters),
                     period_name(lagging["period"], "vi") if lagging["period"] else "",
                     lagging["count"], ", ".join(lagging["agencies"] or [])])
    _table(ws, head, rows, {4: 40, len(head): 40})


def _skipped(ws: Worksheet, result: BatchResult, lang: Lang) -> None:
    head = ["Thư mục", "Mã đơn vị", "Lý do", "Số vấn đề", "Chi tiết"]
    rows = [[s.folder, s.code or "", reason_label(s.reason, lang), len(s.problems), skipped_text(s, lang, 50)]
            for s in result.skipped]
    _table(ws, head, rows, {1: 36, 3: 36, 5: 100})
    for cells in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        cells[0].alignment = Alignment(wrap_text=True, vertical="top")


def _table(ws: Worksheet, head: list[str], rows: list[list[Any]], widths: dict[int, int]) -> None:
    """A header row (bold, frozen, with filters) and the rows below it."""
    for line, values in enumerate([head, *rows], start=1):  # text as text: never a formula
        for column, value in enumerate(values, start=1):
            put(ws, line, column, value)
    for cell in ws[1]:
        cell.font = _BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(head))}{max(1, len(rows) + 1)}"
    for column in range(1, len(head) + 1):
        ws.column_dimensions[get_column_letter(column)].width = widths.get(column, 14)
