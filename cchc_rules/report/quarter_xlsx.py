"""The quarter check as a workbook: the quarter JSON (QuarterReport.to_json) → xlsx.

Five sheets drawn from the JSON (and the pack's names, report.names): findings (one row per lapse, the state of its explanation a
column, the JSON summary's counts above), lagging agencies, explanations (the check that first found
each lapse and its due date as real date cells, the state, whether received) and the input summary (files, row
counts, warnings), then a technical appendix: each finding's id, rule, engine condition and facts,
which the other sheets leave out (they name agencies, tasks and indicators instead). Each has a title, a frozen, filterable header row and an A4 landscape print
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

from cchc_rules.formats import quarter_name
from cchc_rules.messages import Lang
from cchc_rules.report.names import Names, fact_kind
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

FINDINGS_WIDTHS = (6, 20, 11, 24, 20, 30, 50, 14, 30, 34)
LAGGING_WIDTHS = (6, 34, 10, 44, 44, 14, 10, 24)
OWED_WIDTHS = (6, 24, 34, 50, 14, 13, 13, 16, 10, 13, 12, 12)
APPENDIX_WIDTHS = (6, 40, 40, 60, 44)
INPUT_WIDTHS = (52, 20, 9, 9, 9, 9, 60)

_T: dict[str, dict[str, Any]] = {
    "vi": {
        "sheets": ("Phát hiện", "Cơ quan chậm trễ", "Giải trình phải nộp", "Dữ liệu đầu vào", "Phụ lục kỹ thuật"),
        "title": "KẾT QUẢ KIỂM TRA CẢI CÁCH HÀNH CHÍNH {period}",
        "unit": "Đơn vị: {name}, {province} — tính đến ngày {as_of}",
        "findings": ("STT", "Loại", "Mức độ", "Cơ quan", "Cơ quan phối hợp", "Đối tượng",
                     "Nội dung", "Điều khoản", "Giải trình", "Căn cứ (số liệu: tệp, dòng)"),
        "lagging": ("STT", "Cơ quan", "Số vi phạm", "Các vi phạm", "Giải trình phải nộp",
                    "Chậm cả quý trước", "Số quý chậm liền", "Báo cáo lên"),
        "appendix": ("STT", "Mã phát hiện", "Quy tắc (nơi viết)", "Điều kiện", "Số liệu (tệp:dòng)"),
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
        "no_facts": "không có dòng số liệu nào (việc thiếu chính là phát hiện)",
        "kinds": {
            "task_overdue": "nhiệm vụ quá hạn", "task_done_late": "nhiệm vụ hoàn thành chậm",
            "task_no_product": "nhiệm vụ thiếu sản phẩm", "report_missing": "thiếu báo cáo",
            "report_late": "báo cáo chậm", "target_missed": "chỉ tiêu không đạt",
            "indicator_not_reported": "chỉ số chưa báo cáo", "pakn_overdue": "PAKN quá hạn",
            "pakn_late": "PAKN xử lý chậm", "custom": "kiểm tra tùy chỉnh",
        },
        "severities": {"violation": "vi phạm", "warning": "cảnh báo", "info": "thông tin"},
        "causes": {"objective": "khách quan", "subjective": "chủ quan"},
    },
    "en": {
        "sheets": ("Findings", "Lagging agencies", "Explanations owed", "Inputs", "Technical appendix"),
        "title": "ADMINISTRATIVE REFORM CHECK {period}",
        "unit": "Unit: {name}, {province} — as of {as_of}",
        "findings": ("No.", "Kind", "Severity", "Agency", "Co-agencies", "Subject", "Message",
                     "Clause", "Explanation", "Basis (facts: file, row)"),
        "lagging": ("No.", "Agency", "Violations", "Violations", "Explanations owed",
                    "Also lagged last quarter", "Quarters lagging", "Escalate to"),
        "appendix": ("No.", "Finding id", "Rule (where written)", "Condition", "Facts (file:row)"),
        "owed": ("No.", "Agency", "Finding", "Message", "Clause", "Found on", "Explanation due", "State",
                 "Received?", "Received on", "Cause", "Accepted?"),
        "summary": "Findings: {findings}; violations: {violations}; explanations: owed {owed}, overdue {overdue}, "
                   "accepted {accepted}, not accepted {not_accepted}",
        "states": {"owed": "owed", "overdue": "overdue", "accepted": "accepted", "not_accepted": "not accepted"},
        "inputs": ("File", "Kind", "Rows", "Used", "Rejected", "Duplicates", "Warnings"),
        "warnings": ("File", "Column", "Row", "", "", "", "Warning and hint"),
        "total": "(total)", "yes": "yes", "no": "no", "unknown": "no data",
        "no_rows": "None.", "hint": "Hint", "facts": "facts", "no_warnings": "No warnings.",
        "no_facts": "no row (the absence is the finding)",
        "kinds": {}, "severities": {}, "causes": {},
    },
}


def render_quarter_xlsx(doc: dict[str, Any], path: Path, lang: Lang = "vi", names: Names | None = None) -> None:
    """Write the workbook of the quarter check `doc` (the dict of QuarterReport.to_json) to `path`;
    `names` are the pack's names of its codes (without them the codes are shown)."""
    t = {**_T[lang], "lang": lang, "names": names or Names(), "doc": doc}
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = t["sheets"][0]
    write_findings(first, doc, t)
    write_lagging(wb.create_sheet(t["sheets"][1]), doc, t)
    write_owed(wb.create_sheet(t["sheets"][2]), doc, t)
    write_inputs(wb.create_sheet(t["sheets"][3]), doc, t)
    write_appendix(wb.create_sheet(t["sheets"][4]), doc, t)
    as_of = dt.date.fromisoformat(doc["as_of"])
    save_deterministic(wb, Path(path), dt.datetime(as_of.year, as_of.month, as_of.day))


# ---------------------------------------------------------------- sheets


def write_findings(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    header = _title(ws, doc, t, FINDINGS_WIDTHS)
    summary = doc["summary"]
    merged_line(ws, header - 1, t["summary"].format(findings=summary["findings"], violations=summary["violations"],
                                                    **summary["explanations"]),
                Font(name=FONT_NAME, size=FONT_SIZE, italic=True), len(FINDINGS_WIDTHS))
    names: Names = t["names"]
    rows = [(n, _word(t, "kinds", f["kind"]), _word(t, "severities", f["severity"]), names.agency(f["agency"]),
             names.agency_list(f["co_agencies"]), names.subject(f["subject"], t["lang"]), f["message"], f["clause"],
             f["explanation"]["message"] if f["explanation"] else "", _basis(f, t))
            for n, f in enumerate(doc["findings"], start=1)]
    _table(ws, header, t["findings"], FINDINGS_WIDTHS, rows, centered={1, 3},
           none=t["no_rows"])


def write_lagging(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    header = _title(ws, doc, t, LAGGING_WIDTHS)
    rows = []
    names: Names = t["names"]
    for n, row in enumerate(doc["lagging_agencies"], start=1):
        owed = "\n".join(f"{_lapse(o['finding'], t)}: {o['message']}" for o in row["explanations_owed"])
        repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[row["lagged_previous_quarter"]]
        escalate = (f"{names.agency(row['escalate_to'])} ({row['escalation_clause']})" if row.get("escalate_to")
                    else "")
        rows.append((n, names.agencies.get(row["agency"], row["name"]), len(row["findings"]),
                     "\n".join(_lapse(f, t) for f in row["findings"]), owed,
                     repeat, row.get("quarters_lagging"), escalate))
    _table(ws, header, t["lagging"], LAGGING_WIDTHS, rows, centered={1, 3, 6, 7},
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
        rows.append((n, t["names"].agency(finding["agency"]), _lapse(finding["id"], t), finding["message"],
                     finding["clause"],
                     _date(exp["found_on"]), _date(exp["due"]), _word(t, "states", exp["state"]),
                     t["yes"] if received else t["no"], _date(received),
                     _word(t, "causes", exp.get("cause") or ""), accepted))
    _table(ws, header, t["owed"], OWED_WIDTHS, rows, centered={1, 2, 6, 7, 8, 9, 10, 11, 12},
           none=t["no_rows"])


def write_inputs(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    """Row counts per file with their warning counts, the total, then every warning in full."""
    header = _title(ws, doc, t, INPUT_WIDTHS)
    warnings = doc.get("warnings") or []
    rows = [(c["file"], fact_kind(c["kind"], t["lang"]), c["read"], c["used"], c["rejected"], c["duplicates"],
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
    period = quarter_name(doc["period"], t["lang"])
    period = period.upper() if t["lang"] == "vi" else period
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


def write_appendix(ws: Worksheet, doc: dict[str, Any], t: dict[str, Any]) -> None:
    """The technical part: per finding (numbered as on the first sheet) its id, rule, condition, facts."""
    header = _title(ws, doc, t, APPENDIX_WIDTHS)
    rows = []
    for n, f in enumerate(doc["findings"], start=1):
        trace = f.get("trace") or {}
        rule = f"{trace.get('rule', f['rule'])} ({trace.get('rule_source', '')})".replace(" ()", "")
        facts = ", ".join(f"{x['file']}:{x['row']}" for x in trace.get("facts") or [])
        rows.append((n, f["id"], rule, trace.get("condition", ""), facts))
    _table(ws, header, t["appendix"], APPENDIX_WIDTHS, rows, centered={1}, none=t["no_rows"])


def _lapse(finding_id: str, t: dict[str, Any]) -> str:
    from cchc_rules.report.html.quarter_page import lapse_title

    return lapse_title(finding_id, t["doc"], t["lang"], t["names"])


def _basis(finding: dict[str, Any], t: dict[str, Any]) -> str:
    """The facts behind a finding in one cell, one line per file with its rows (no ids, no conditions:
    those are on the technical appendix sheet)."""
    from cchc_rules.report.html.score_page import facts_text

    trace = finding.get("trace") or {}
    lines = facts_text(trace.get("facts") or [])
    if not lines:
        return t["no_facts"]
    return "\n".join(lines)


def _same_file(warning_file: str, count_file: str) -> bool:
    return warning_file == count_file or warning_file.startswith(count_file + "[")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _show_date(text: str | None) -> str:
    return dt.date.fromisoformat(text).strftime("%d/%m/%Y") if text else ""
