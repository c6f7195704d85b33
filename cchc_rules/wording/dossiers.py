"""Wording of the dossier-export and metric_counts problems (part of the message catalogue).

Entries: code → ((vi message, vi hint), (en message, en hint)). Plain data; imports nothing.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

DOSSIERS: dict[str, _Entry] = {
    "dossier_unreadable": (
        ("không đọc được tệp: {detail}",
         "Xuất lại tệp từ hệ thống một cửa dưới dạng CSV (UTF-8), xlsx hoặc Parquet, dòng đầu là tiêu đề cột."),
        ("the file cannot be read: {detail}",
         "Export the file again from the one-stop-shop system as CSV (UTF-8), xlsx or Parquet, headers on the first row."),
    ),
    "dossier_column_missing": (
        ("thiếu cột bắt buộc (tên cột có thể là: {aliases})",
         "{guess}Thêm cột này, hoặc đổi tên tiêu đề cột cho đúng một trong các tên trên."),
        ("a required column is missing (it may be headed: {aliases})",
         "{guess}Add the column, or rename its header to one of the names above."),
    ),
    "dossier_column_twice": (
        ("cột {column} có hai lần (đã có ở cột '{first}')",
         "Xóa một trong hai cột, hoặc đổi tên cột thừa."),
        ("column {column} is given twice (already as '{first}')",
         "Delete one of the two columns, or rename the extra one."),
    ),
    "dossier_csv_line": (
        ("dòng hỏng ({error}): {line}",
         "Sửa dòng này: mỗi dòng phải có đúng số cột của dòng tiêu đề, dấu nháy kép phải đóng."),
        ("broken line ({error}): {line}",
         "Fix this line: every line needs as many cells as the header, and every quote must be closed."),
    ),
    "dossier_bad_total": (
        ("tổng cộng {count} dòng có lỗi ở cột này (chỉ liệt kê {shown} dòng đầu)",
         "Sửa tất cả các dòng đó rồi chạy lại; không dòng nào bị bỏ qua."),
        ("{count} rows in all have this problem in this column (the first {shown} are listed)",
         "Fix all of them and run again; no row is skipped."),
    ),
    "dossier_unknown_unit": (
        ("không có dữ liệu của đơn vị '{found}'", "{guess}Kiểm tra lại mã đơn vị."),
        ("no data for unit '{found}'", "{guess}Check the unit code."),
    ),
    "counts_column_missing": (
        ("thiếu cột (tên cột có thể là: {aliases})",
         "{guess}Tệp metric_counts cần các cột unit, period, metric, numerator, denominator."),
        ("a column is missing (it may be headed: {aliases})",
         "{guess}A metric_counts file needs the columns unit, period, metric, numerator, denominator."),
    ),
    "counts_empty_unit": (
        ("thiếu mã đơn vị", "Ghi mã đơn vị (ví dụ mã xã) vào cột unit."),
        ("the unit code is missing", "Write the unit code (e.g. the commune's code) in the unit column."),
    ),
    "counts_bad_period": (
        ("'{found}' không phải kỳ tháng, quý hoặc năm",
         "Viết kỳ dạng 2026-Q3 (quý), 2026-07 (tháng) hoặc 2026 (năm)."),
        ("'{found}' is not a month, quarter or year",
         "Write the period as 2026-Q3 (quarter), 2026-07 (month) or 2026 (year)."),
    ),
    "counts_unknown_metric": (
        ("mã chỉ số '{found}' không có trong Bộ chỉ số 766",
         "{guess}Dùng một mã trong cchc_rules/dossiers/metric_codes.yaml, ví dụ DOSSIER_ON_TIME."),
        ("metric code '{found}' is not in the 766 index",
         "{guess}Use a code from cchc_rules/dossiers/metric_codes.yaml, e.g. DOSSIER_ON_TIME."),
    ),
    "counts_bad_number": (
        ("'{found}' không phải một số nguyên ≥ 0",
         "Ghi số hồ sơ (hoặc số TTHC) dạng số nguyên, ví dụ 120; để trống nếu không có số liệu."),
        ("'{found}' is not a whole number ≥ 0",
         "Write the count of dossiers (or TTHC) as a whole number, e.g. 120; leave it empty when there is no data."),
    ),
    "counts_twice": (
        ("đơn vị {unit}, kỳ {period}, chỉ số {metric} đã có ở dòng {first}",
         "Giữ một dòng cho mỗi đơn vị, kỳ và chỉ số; xóa dòng thừa."),
        ("unit {unit}, period {period}, metric {metric} is already on row {first}",
         "Keep one row per unit, period and metric; delete the extra one."),
    ),
    "dossier_unknown_file": (
        ("không biết tệp này chứa gì (tên tệp phải bắt đầu bằng ho_so, pakn, tthc hoặc metric_counts)",
         "Đổi tên tệp: ho_so_….csv (hồ sơ), pakn_….csv (phản ánh, kiến nghị), tthc_….csv (danh mục TTHC), "
         "metric_counts_….csv (số liệu đã tổng hợp); đuôi .csv, .xlsx hoặc .parquet."),
        ("what this file holds is not known (its name must start with ho_so, pakn, tthc or metric_counts)",
         "Rename it: ho_so_….csv (dossiers), pakn_….csv (PAKN), tthc_….csv (TTHC catalogue), "
         "metric_counts_….csv (aggregated counts); ending .csv, .xlsx or .parquet."),
    ),
    "dossier_procedure_twice": (
        ("TTHC '{found}' đã có ở {first}", "Giữ một dòng cho mỗi TTHC trong danh mục; xóa dòng thừa."),
        ("TTHC '{found}' is already listed at {first}", "Keep one row per TTHC in the catalogue; delete the extra one."),
    ),
    "dossier_code_twice": (
        ("mã '{found}' đã có ở {first}: chỉ lần xuất hiện đầu được tính, dòng này không được tính lần nữa",
         "Xóa dòng trùng (hồ sơ được xuất hai lần, hoặc có trong hai tệp); nếu là hai hồ sơ khác nhau, "
         "sửa lại mã cho đúng để mỗi hồ sơ có mã riêng."),
        ("code '{found}' is already at {first}: only its first occurrence is counted, not this row again",
         "Delete the duplicate row (exported twice, or in two files); if these are two different records, "
         "correct the code so that each has its own."),
    ),
    "dossier_code_twice_total": (
        ("tổng cộng {count} dòng trùng mã (chỉ liệt kê {shown} dòng đầu); mỗi mã chỉ được tính một lần",
         "Xóa các dòng trùng trong tệp xuất."),
        ("{count} rows repeat a code in all (only the first {shown} listed); each code is counted once",
         "Delete the duplicate rows from the export."),
    ),
    "counts_conflict": (
        ("đơn vị {unit}, kỳ {period}, chỉ số {metric} có hai nguồn số liệu (nguồn kia: {other})",
         "Giữ một nguồn: xóa dòng này trong metric_counts, hoặc bỏ số liệu hồ sơ tương ứng."),
        ("unit {unit}, period {period}, metric {metric} has two sources (the other: {other})",
         "Keep one source: delete this metric_counts row, or leave out the matching dossier data."),
    ),
}

# What a cell of each value type of `dossiers/columns.py` must hold: (vi, en).
EXPECTED: dict[str, tuple[str, str]] = {
    "text": ("văn bản", "text"),
    "int": ("số nguyên ≥ 0", "a whole number ≥ 0"),
    "flag": ("0 hoặc 1 (có/không)", "0 or 1 (yes/no)"),
    "channel": ("1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính)", "1 (direct), 2 (online) or 3 (postal)"),
    "paid": ("0, 1 (Cổng DVCQG) hoặc 2 (cổng thanh toán của tỉnh)", "0, 1 (DVCQG) or 2 (the local payment portal)"),
    "time": ("ngày giờ dạng yyyy-mm-dd hh:mm:ss hoặc dd/mm/yyyy hh:mm", "a date and time as yyyy-mm-dd hh:mm:ss or dd/mm/yyyy hh:mm"),
    "hours": ("số giờ ≥ 0", "a number of hours ≥ 0"),
    "money": ("số tiền ≥ 0", "an amount ≥ 0"),
    "level": ("xã, tỉnh hoặc sở", "commune, province or department"),
    "online": ("toàn trình hoặc một phần", "full or partial"),
    "time_unit": ("giờ, ngày hoặc ngày làm việc", "hours, days or working days"),
}
for _type, (_vi, _en) in EXPECTED.items():
    DOSSIERS[f"dossier_bad_{_type}"] = (
        (f"giá trị '{{found}}' không đọc được; cần {_vi}",
         "Sửa ô này; dòng có ô sai không được tính, nên chưa có kết quả nào được ghi."),
        (f"'{{found}}' cannot be read; expected {_en}",
         "Correct the cell; a row with a bad cell is not counted, so no result has been written."),
    )
    DOSSIERS[f"dossier_required_{_type}"] = (
        (f"ô bắt buộc bị trống hoặc sai ('{{found}}'); cần {_vi}",
         "Điền ô này: mã hồ sơ, mã TTHC, mã đơn vị và ngày gửi PAKN không được để trống."),
        (f"a required cell is empty or wrong ('{{found}}'); expected {_en}",
         "Fill in the cell: the dossier code, TTHC code, unit code and a PAKN's sending date cannot be empty."),
    )

# Why a dossier or PAKN is in or out of a numerator (dossiers.sample → explain): (vi, en).
REASONS: dict[str, tuple[str, str]] = {
    "on_time": ("đúng hạn", "on time"),
    "late": ("trễ hạn", "late"),
    "second_supplement": ("trễ hạn vì bị yêu cầu bổ sung từ lần thứ hai", "late: a second supplement request"),
    "no_deadline": ("không có ngày hẹn trả và TTHC không có thời hạn giải quyết", "no due date and no TTHC time limit"),
    "not_received": ("chưa được tiếp nhận", "not received"),
    "late_rejection": ("từ chối quá 2 ngày làm việc", "rejected after 2 working days"),
    "late_information_request": ("yêu cầu bổ sung thông tin quá 5 ngày làm việc",
                                 "information requested after 5 working days"),
    "late_processing": ("xử lý quá 15 ngày làm việc", "processed after 15 working days"),
    "late_publication": ("công khai quá 2 ngày làm việc sau khi xử lý", "published more than 2 working days after"),
    "in_progress_on_time": ("đang xử lý, còn trong hạn", "in progress, within time"),
    "in_progress_late": ("đang xử lý, đã quá hạn", "in progress, overdue"),
    "met": ("đạt điều kiện của tử số", "meets the numerator's condition"),
    "not_met": ("không đạt điều kiện của tử số", "does not meet the numerator's condition"),
}
for _code, (_vi, _en) in REASONS.items():
    DOSSIERS[f"dossier_reason_{_code}"] = ((_vi, ""), (_en, ""))
