"""The quarter check as a workbook: the quarter JSON (QuarterReport.to_json) → xlsx.

Four sheets drawn from the JSON only: findings (one row per lapse, the state of its explanation a
column, the JSON summary's counts above), lagging agencies, explanations (the check that first found
each lapse and its due date as real date cells, the state, whether received) and the input summary (files, row
counts, warnings). Each has a title, a frozen, filterable header row and an A4 landscape print
setup; the workbook's dates are fixed to the "as of" date so the same JSON gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cchc_rules.messages import Lang
from cchc_rules.report.xlsx_common import (
    DATE_FORMAT,
    FONT_NAME,
    FONT_SIZE,
    body_cell,
    fit_row_height,
    merged_line,
    put,
    save_deterministic,
    set_widths,
    setup_page,
    write_header,
)

FINDINGS_WIDTHS = (6, 34, 20, 11, 11, 13, 26, 50, 14, 30, 44)
LAGGING_WIDTHS = (6, 11, 34, 10, 40, 40, 14, 10, 24)
OWED_WIDTHS = (6, 11, 34, 50, 14, 13, 13, 16, 10, 13, 12, 12)
INPUT_WIDTHS = (52, 20, 9, 9, 9, 9, 60)

_T: dict[str, dict[str, Any]] = {
    "vi": {
        "sheets": ("Phát hiện", "Cơ quan chậm trễ", "Giải trình phải nộp", "Dữ liệu đầu vào"),
        "title": "KẾT QUẢ KIỂM TRA CẢI CÁCH HÀNH CHÍNH {period}",
        "unit": "Đơn vị: {name}, {province} — tính đến ngày {as_of}",
        "findings": ("STT", "Mã phát hiện", "Loại", "Mức độ", "Cơ quan", "Cơ quan phối hợp", "Đối tượng",
                     "Nội dung", "Điều khoản", "Giải trình", "Căn cứ (quy tắc, điều kiện, số liệu)"),
        "lagging": ("STT", "Mã", "Cơ quan", "Số vi phạm", "Các vi phạm", "Giải trình phải nộp",
                    "Chậm cả quý trước", "Số quý chậm liền", "Báo cáo lên"),
        "owed": ("STT", "Cơ quan", "Phát hiện", "Nội dung", "Điều khoản", "Ngày phát hiện", "Hạn nộp giải trình",
                 "Tình trạng", "Đã nhận?", "Ngày nhận", "Nguyên nhân", "Được chấp nhận?"),
        "summary": "Số phát hiện: {findings}; vi phạm: {violations}; giải trình: còn nợ {owed}, quá hạn {overdue}, "
                   "được chấp nhận {accepted}, không được chấp nhận {not_accepted}",
        "states": {"owed": "còn nợ", "overdue": "quá hạn", "accepted": "được chấp nhận",
                   "not_accepted": "không được chấp nhận"},
        "inputs": ("Tệp", "Loại số liệu", "Số dòng", "Dùng", "Loại bỏ", "Trùng", "Cảnh báo"),
        "warnings": ("Tệp", "Cột", "Dòng", "", "", "", "Nội dung cảnh báo và gợi ý"),
        "total": "(tổng)", "yes": "có", "no": "không", "unknown": "không có dữ liệu",
        "no_rows": "Không có.", "hint": "Gợi ý", "facts": "số liệu", "no_warnings": "Không có cảnh báo.",
        "period": "QUÝ {n}/{year}", "roman": True,
        "kinds": {
            "task_overdue": "nhiệm vụ quá hạn", "task_done_late": "nhiệm vụ hoàn thành chậm",
            "task_no_product": "nhiệm vụ thiếu sản phẩm", "report_missing": "thiếu báo cáo",
            "report_late": "báo cáo chậm", "target_missed": "chỉ tiêu không đạt",
            "indicator_not_reported": "chỉ số chưa báo cáo", "pakn_overdue": "PAKN quá hạn",
            "pakn_late": "PAKN xử lý chậm", "custom": "kiểm tra tùy chỉnh",
        },
        "severities": {"violation": "vi phạm", "warning": "cảnh báo", "info": "thông tin"},
        "subjects": {"task": "nhiệm vụ", "report": "báo cáo", "indicator": "chỉ số", "pakn": "PAKN"},
        "causes": {"objective": "khách quan", "subjective": "chủ quan"},
        "fact_kinds": {"task_status": "tiến độ nhiệm vụ", "indicator_values": "giá trị chỉ số",
                       "report_submissions": "báo cáo đã gửi", "explanations": "giải trình", "pakn": "PAKN",
                       "measures": "số đo", "evidence": "tài liệu kiểm chứng", "manual_points": "điểm chấm tay",
                       "*": ""},
    },
    "en": {
        "sheets": ("Findings", "Lagging agencies", "Explanations owed", "Inputs"),
        "title": "ADMINISTRATIVE REFORM CHECK {period}",
        "unit": "Unit: {name}, {province} — as of {as_of}",
        "findings": ("No.", "Finding id", "Kind", "Severity", "Agency", "Co-agencies", "Subject", "Message",
                     "Clause", "Explanation", "Basis (rule, condition, facts)"),
        "lagging": ("No.", "Code", "Agency", "Violations", "Violation ids", "Explanations owed",
                    "Also lagged last quarter", "Quarters lagging", "Escalate to"),
        "owed": ("No.", "Agency", "Finding", "Message", "Clause", "Found on", "Explanation due", "State",
                 "Received?", "Received on", "Cause", "Accepted?"),
        "summary": "Findings: {findings}; violations: {violations}; explanations: owed {owed}, overdue {overdue}, "
                   "accepted {accepted}, not accepted {not_accepted}",
        "states": {"owed": "owed", "overdue": "overdue", "accepted": "accepted", "not_accepted": "not accepted"},
        "inputs": ("File", "Kind", "Rows", "Used", "Rejected", "Duplicates", "Warnings"),
        "warnings": ("File", "Column", "Row", "", "", "", "Warning and hint"),
        "total": "(total)", "yes": "yes", "no": "no", "unknown": "no data",
        "no_rows": "None.", "hint": "Hint", "facts": "facts", "no_warnings": "No warnings.",
        "period": "{year} Q{n}", "roman": False,
        "kinds": {}, "severities": {}, "subjects": {}, "causes": {}, "fact_kinds": {"*": ""},
    },
}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def render_quarter_xlsx(doc: dict[str, Any], path: Path, lang: Lang = "vi") -> None:
    """Write the workbook of the quarter check `doc` (the dict of QuarterReport.to_json) to `path`."""
    t = _T[lang]
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = t["sheets"][0]
    write_findings(first, doc, t)
    write_lagging(wb.create_sheet(t["sheets"][1]), doc, t)
    write_owed(wb.create_sheet(t["sheets"][2]), doc, t)
    write_inputs(wb.create_sheet(t["sheets"][3]), doc, t)
    as_of = dt.date.fromisoformat(doc["as_of"])
    save_deterministic(wb, Path(path), dt.datetime(as_of.year, as_of.month, as_of.day))


# ---------------------------------------------------------------- sheets


def write_findings(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    header = _title(ws, doc, t, FINDINGS_WIDTHS)
    summary = doc["summary"]
    merged_line(ws, header - 1, t["summary"].format(findings=summary["findings"], violations=summary["violations"],
                                                    **summary["explanations"]),
                Font(name=FONT_NAME, size=FONT_SIZE, italic=True), len(FINDINGS_WIDTHS))
    rows = [(n, f["id"], _word(t, "kinds", f["kind"]), _word(t, "severities", f["severity"]), f["agency"],
             ", ".join(f["co_agencies"]), _subject(f["subject"], t), f["message"], f["clause"],
             f["explanation"]["message"] if f["explanation"] else "", _basis(f, t))
            for n, f in enumerate(doc["findings"], start=1)]
    _table(ws, header, t["findings"], FINDINGS_WIDTHS, rows, centered={1, 4, 5, 6},
           none=t["no_rows"])


def write_lagging(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    header = _title(ws, doc, t, LAGGING_WIDTHS)
    rows = []
    for n, row in enumerate(doc["lagging_agencies"], start=1):
        owed = "\n".join(f"{o['finding']}: {o['message']}" for o in row["explanations_owed"])
        repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[row["lagged_previous_quarter"]]
        escalate = f"{row['escalate_to']} ({row['escalation_clause']})" if row.get("escalate_to") else ""
        rows.append((n, row["agency"], row["name"], len(row["findings"]), "\n".join(row["findings"]), owed,
                     repeat, row.get("quarters_lagging"), escalate))
    _table(ws, header, t["lagging"], LAGGING_WIDTHS, rows, centered={1, 2, 4, 7, 8},
           none=t["no_rows"])


def write_owed(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    """Every finding that owes an explanation (VI.1.c), with its due date and what was received."""
    header = _title(ws, doc, t, OWED_WIDTHS)
    rows = []
    owing = [f for f in doc["findings"] if f.get("explanation")]
    for n, finding in enumerate(owing, start=1):
        exp = finding["explanation"]
        received = exp.get("received")
        accepted = (t["yes"] if exp.get("accepted") else t["no"]) if received else ""
        rows.append((n, finding["agency"], finding["id"], finding["message"], finding["clause"],
                     _date(exp["found_on"]), _date(exp["due"]), _word(t, "states", exp["state"]),
                     t["yes"] if received else t["no"], _date(received),
                     _word(t, "causes", exp.get("cause") or ""), accepted))
    _table(ws, header, t["owed"], OWED_WIDTHS, rows, centered={1, 2, 6, 7, 8, 9, 10, 11, 12},
           none=t["no_rows"])


def write_inputs(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    """Row counts per file with their warning counts, the total, then every warning in full."""
    header = _title(ws, doc, t, INPUT_WIDTHS)
    warnings = doc.get("warnings") or []
    rows = [(c["file"], _word(t, "fact_kinds", c["kind"]), c["read"], c["used"], c["rejected"], c["duplicates"],
             sum(1 for w in warnings if _same_file(w["file"], c["file"])))
            for c in doc["inputs"]["files"]]
    total = doc["inputs"]["total"]
    rows.append((t["total"], "", total["read"], total["used"], total["rejected"], total["duplicates"],
                 len(warnings)))
    last = _table(ws, header, t["inputs"], INPUT_WIDTHS, rows, centered={3, 4, 5, 6, 7},
                  none=t["no_rows"])
    for col in range(1, len(INPUT_WIDTHS) + 1):
        ws.cell(row=last, column=col).font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    start = last + 2
    write_header(ws, start, t["warnings"], INPUT_WIDTHS)
    lines: list[Sequence[Any]] = [(w["file"], w["field"], w["row"], None, None, None,
              w["message"] + (f"\n{t['hint']}: {w['hint']}" if w.get("hint") else "")) for w in warnings]
    _rows(ws, start + 1, lines or [(t["no_warnings"],)], INPUT_WIDTHS, centered={3})


# ---------------------------------------------------------------- helpers


def _title(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any], widths: Sequence[int]) -> int:
    """Title and unit lines above the table; returns the header row."""
    set_widths(ws, widths)
    year, number = doc["period"].split("-Q")
    period = t["period"].format(n=_ROMAN[int(number)] if t["roman"] else number, year=year)
    merged_line(ws, 1, t["title"].format(period=period), Font(name=FONT_NAME, size=14, bold=True), len(widths))
    unit = doc["unit"]
    merged_line(ws, 2, t["unit"].format(name=unit["name"], province=unit["province"],
                                        as_of=_show_date(doc["as_of"])),
                Font(name=FONT_NAME, size=13, bold=True), len(widths))
    return 4


def _table(ws: Worksheet, header: int, headers: Sequence[str], widths: Sequence[int],
           rows: Sequence[Sequence[Any]], centered: set[int], none: str) -> int:
    """Header, rows (or a 'none' line), autofilter, frozen header and print setup; returns the last row."""
    write_header(ws, header, headers, widths)
    last = _rows(ws, header + 1, rows, widths, centered) if rows else header
    if not rows:
        put(ws, header + 1, 1, none).font = Font(
            name=FONT_NAME, size=FONT_SIZE, italic=True)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(headers))}{max(last, header + 1)}"
    setup_page(ws, header, landscape=True)
    return last


def _rows(ws: Worksheet, first: int, rows: Sequence[Sequence[Any]], widths: Sequence[int],
          centered: set[int]) -> int:
    row = first
    for row, values in enumerate(rows, start=first):
        for col, value in enumerate(values, start=1):
            body_cell(ws, row, col, value, col in centered, DATE_FORMAT if isinstance(value, dt.date) else None)
        texts = [v if isinstance(v, str) else "" for v in values]
        fit_row_height(ws, row, [*texts, *[""] * (len(widths) - len(texts))], widths)
    return row


def _word(t: dict[str, Any], table: str, key: str) -> str:
    return str(t[table].get(key, key))


def _subject(subject: dict[str, Any], t: dict[str, Any]) -> str:
    return f"{_word(t, 'subjects', subject['type'])} {subject['key']}"


def _basis(finding: dict[str, Any], t: dict[str, Any]) -> str:
    """The trace in one cell: rule (where it is written), its condition, the facts' file:row."""
    trace = finding.get("trace") or {}
    lines = [f"{trace.get('rule', finding['rule'])} ({trace.get('rule_source', '')})".replace(" ()", "")]
    if trace.get("condition"):
        lines.append(trace["condition"])
    facts = [f"{f['file']}:{f['row']}" for f in trace.get("facts") or []]
    if facts:
        lines.append(f"{t['facts']}: " + ", ".join(facts))
    return "\n".join(lines)


def _same_file(warning_file: str, count_file: str) -> bool:
    return warning_file == count_file or warning_file.startswith(count_file + "[")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _show_date(text: str | None) -> str:
    return dt.date.fromisoformat(text).strftime("%d/%m/%Y") if text else ""
