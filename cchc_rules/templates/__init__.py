"""Agency templates (`cchc-rules template`): one Excel workbook per agency listing exactly the tasks,
indicators and reports it owes in a quarter, to fill in and load straight back with `evaluate --data`.

    rule pack ─owed.owed_in_quarter─► what each agency owes ─sheets.sheets_for─► sheets
        ─workbook.write_workbook─► DIR/<quarter>/bieu-mau-<AGENCY>.xlsx

DIR is then a data folder in the layout of `data/<unit>/`: `evaluate --period 2026-Q3 --data DIR`
reads the templates. A row whose value cells are all empty means "not reported yet" and is skipped
by the readers (with a warning), so even an unfilled template loads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cchc_rules.messages import Lang
from cchc_rules.periods import Quarter, periods_closing_in, window
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.templates.owed import Owed, owed_in_quarter
from cchc_rules.templates.sheets import STATUSES, sheets_for
from cchc_rules.templates.workbook import write_workbook

__all__ = ["file_name", "write_templates"]

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_INSTRUCTIONS_SHEET = {"vi": "Hướng dẫn", "en": "Instructions"}  # sheet names the readers skip


def file_name(agency: str) -> str:
    """The template's file name inside the quarter's folder.

    Examples:
        >>> file_name("VHXH")
        'bieu-mau-VHXH.xlsx'
    """
    return f"bieu-mau-{agency}.xlsx"


def write_templates(pack: RulePack, quarter: Quarter, out_dir: Path, agency: str | None = None,
                    lang: Lang = "vi") -> list[Path]:
    """Write the template of every agency that owes something in `quarter` (or of `agency` only) into
    `out_dir/<quarter>/`; returns the files written, in the plan's agency order.

    `agency` must be a code of the plan (the CLI checks it first); an agency owing nothing gets no file.
    """
    folder = Path(out_dir) / str(quarter)
    written = []
    for owed in owed_in_quarter(pack, quarter):
        if owed.empty or (agency is not None and owed.agency != agency):
            continue
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / file_name(owed.agency)
        instructions = (_INSTRUCTIONS_SHEET[lang], instruction_lines(pack, quarter, owed, lang))
        write_workbook(path, instructions, sheets_for(owed, lang), lang,
                       dt.datetime(quarter.end.year, quarter.end.month, quarter.end.day))
        written.append(path)
    return written


def instruction_lines(pack: RulePack, quarter: Quarter, owed: Owed, lang: Lang) -> list[str]:
    """The lines of the instructions sheet."""
    unit = pack.plan.plan.unit
    office = next((a for a in pack.plan.agencies if "standing_cchc_office" in a.roles), None)
    office_name = office.name if office else ""
    windows = [window(p, quarter.year) for p in periods_closing_in(pack.reporting.calendar, quarter)]
    cutoff = f"{windows[0][0]:%d/%m/%Y} - {windows[0][1]:%d/%m/%Y}" if windows else ""
    due = f"{min(r.due for r in owed.reports):%d/%m/%Y}" if owed.reports else ""
    statuses = ", ".join(STATUSES[lang])
    if lang == "en":
        return _english(quarter, owed, unit.name, office_name, cutoff, due, statuses)
    lines = [
        f"BIỂU MẪU BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ {_ROMAN[quarter.number]}/{quarter.year}",
        f"Cơ quan: {owed.name} ({owed.agency}) — {unit.name}",
        f"Kỳ chốt số liệu: {cutoff}." + (f" Hạn gửi báo cáo: {due}." if due else ""),
        "",
        "Cách điền:",
        "• Các cột tô xám (mã nhiệm vụ, mã chỉ số, cơ quan, loại báo cáo, kỳ báo cáo, nội dung, thời hạn) đã "
        "điền sẵn từ bộ quy tắc: không sửa, không đổi tên trang tính và tiêu đề cột.",
        "• Ngày ghi dạng dd/mm/yyyy (ví dụ 16/09/2026). Cột có dấu (*) là bắt buộc khi đã báo cáo dòng đó.",
        "• Dòng để trống mọi cột cần điền được hiểu là CHƯA BÁO CÁO: khi kiểm tra quý, dòng đó bị bỏ qua "
        "và nhiệm vụ, chỉ số, báo cáo tương ứng được ghi nhận là chưa báo cáo.",
    ]
    if owed.tasks:
        lines.append(f"• Trang \"Tiến độ nhiệm vụ\": mỗi nhiệm vụ cơ quan chủ trì một dòng. Chọn Tình trạng "
                     f"trong danh sách ({statuses}); đã hoàn thành thì ghi Ngày hoàn thành và Số, ngày "
                     "văn bản (sản phẩm).")
    if owed.indicators:
        lines.append("• Trang \"Chỉ số\": ghi Tử số và Mẫu số khi có; cột Giá trị của chỉ số tính bằng % gõ "
                     "dạng phần trăm (ví dụ 96,2%); ghi Nguồn số liệu.")
    if owed.reports:
        lines.append("• Trang \"Báo cáo đã gửi\": mỗi báo cáo phải gửi một dòng; ghi Ngày gửi và Số ký hiệu "
                     "văn bản khi đã gửi.")
    lines += ["", f"Điền xong, gửi tệp này về {office_name} trước hạn gửi báo cáo. Không đổi tên tệp; "
              "cơ quan thường trực tổng hợp các tệp để kiểm tra việc thực hiện kế hoạch của quý."]
    return lines


def _english(quarter: Quarter, owed: Owed, unit: str, office: str, cutoff: str, due: str,
             statuses: str) -> list[str]:
    return [
        f"ADMINISTRATIVE REFORM REPORT TEMPLATE {quarter}",
        f"Agency: {owed.name} ({owed.agency}) — {unit}",
        f"Data cut-off: {cutoff}." + (f" Reports due: {due}." if due else ""),
        "",
        "Grey columns are filled in from the rules: do not change them, nor the sheet names and headers.",
        "Dates as dd/mm/yyyy. Columns marked (*) are required once a row is reported.",
        "A row whose value cells are all empty means NOT REPORTED: the quarter check skips it.",
        f"Task statuses: {statuses}. Percentages as percent (e.g. 96.2%).",
        f"Once filled in, send this file to {office} by the report deadline, without renaming it; the "
        "standing office gathers the files to check the quarter's work on the plan.",
    ]
