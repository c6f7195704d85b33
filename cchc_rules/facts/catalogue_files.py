"""Wording of problems with fact files and folders, and with their header rows (part of FACTS_CATALOGUE).

Entries as in `catalogue.py`: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

FILES: dict[str, _Entry] = {
    "fact_no_folder": (
        ("không tìm thấy thư mục số liệu",
         "Kiểm tra đường dẫn: mỗi đơn vị, mỗi kỳ một thư mục, ví dụ data/truong-xuan/2026-Q2."),
        ("data folder not found",
         "Check the path: one folder per unit and period, e.g. data/truong-xuan/2026-Q2."),
    ),
    "fact_bad_period": (
        ("kỳ '{found}' không đúng dạng năm-quý hoặc năm",
         "Số liệu quý: viết năm, dấu gạch nối và quý, ví dụ 2026-Q2; số liệu tự đánh giá chỉ số CCHC "
         "của năm: viết năm, ví dụ 2026."),
        ("period '{found}' is neither a year and quarter nor a year",
         "Quarterly facts: write the year, a hyphen and the quarter, e.g. 2026-Q2; the year's PAR "
         "INDEX self-assessment: write the year, e.g. 2026."),
    ),
    "fact_no_files": (
        ("cảnh báo: thư mục không có tệp số liệu nào",
         "Các tệp được đọc: {known}. Nếu kỳ này chưa có số liệu, bỏ qua cảnh báo này."),
        ("warning: the folder holds no fact files",
         "The files read are: {known}. Ignore this if the period has no data yet."),
    ),
    "fact_unknown_file": (
        ("cảnh báo: tệp '{name}' không được đọc vì tên tệp không phải một loại số liệu",
         "{guess}Tên tệp phải là một loại số liệu ({kinds}) với đuôi .csv, .xlsx, .yaml, .yml "
         "hoặc .json; tệp .xlsx tên khác được đọc nếu tên trang tính là một loại số liệu."),
        ("warning: file '{name}' is not read: its name is not a kind of fact",
         "{guess}Name the file after a kind of fact ({kinds}) with .csv, .xlsx, .yaml, .yml or "
         ".json; an .xlsx with another name is read when its sheets are named after kinds."),
    ),
    "fact_not_utf8": (
        ("tệp không phải mã UTF-8: byte {byte} ở dòng này không đọc được",
         "Trong Excel: Tệp → Lưu thành → chọn kiểu 'CSV UTF-8 (Comma delimited)'. Văn bản gõ bằng "
         "bảng mã cũ (TCVN3, VNI) cần chuyển sang Unicode trước (Unikey: Công cụ chuyển mã)."),
        ("the file is not UTF-8: byte {byte} on this line cannot be read",
         "In Excel: File → Save As → 'CSV UTF-8 (Comma delimited)'. Convert text typed in old "
         "encodings (TCVN3, VNI) to Unicode first."),
    ),
    "fact_csv_syntax": (
        ("dấu nháy kép (\") mở ở dòng này không được đóng đúng cách, nên không đọc được các dòng sau",
         "Thêm dấu nháy kép đóng ô, hoặc xóa dấu nháy thừa; ô có dấu phẩy, chấm phẩy hay xuống dòng "
         "thì đặt cả ô trong dấu nháy kép (Excel tự làm khi lưu dạng 'CSV UTF-8')."),
        ("a double quote (\") opened on this line is not closed properly, so the lines after it "
         "cannot be read", "Close the cell's quote or delete the stray one; quote whole cells that "
         "contain commas, semicolons or line breaks (Excel does when saving as 'CSV UTF-8')."),
    ),
    "fact_bad_workbook": (
        ("không mở được tệp Excel: tệp không phải dạng .xlsx hoặc đã hỏng",
         "Mở tệp bằng Excel và lưu lại dạng 'Excel Workbook (.xlsx)'; tệp .xls cũ, tệp có mật khẩu "
         "hoặc tệp bị đổi đuôi không đọc được."),
        ("cannot open the Excel file: it is not an .xlsx file, or it is damaged",
         "Open it in Excel and save it as 'Excel Workbook (.xlsx)'; old .xls files, password-protected "
         "files and renamed files cannot be read."),
    ),
    "fact_unknown_sheet": (
        ("cảnh báo: trang tính '{sheet}' không được đọc vì tên trang không phải một loại số liệu",
         "{guess}Đặt tên trang theo loại số liệu: {names}. Trang hướng dẫn đặt tên bắt đầu bằng "
         "'Hướng dẫn' thì được bỏ qua."),
        ("warning: sheet '{sheet}' is not read: its name is not a kind of fact",
         "{guess}Name the sheet after a kind of fact: {names}. Sheets named 'Hướng dẫn…' "
         "(instructions) are skipped."),
    ),
    "fact_json_syntax": (
        ("lỗi cú pháp JSON ở dòng {line}, cột {column}: {detail}",
         "Kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép quanh tên trường và văn bản."),
        ("JSON syntax error on line {line}, column {column}: {detail}",
         "Check the commas, brackets and the double quotes around keys and text."),
    ),
    "fact_not_a_list": (
        ("tệp phải là một danh sách các dòng số liệu, nhưng gặp {found}",
         "YAML: mỗi dòng số liệu là một mục bắt đầu bằng '- ' với các trường 'tên: giá trị'. "
         "JSON: [{{\"task\": 1, \"status\": \"done\"}}, …]."),
        ("the file must be a list of fact rows, but it holds {found}",
         "YAML: one item per row, starting with '- ', with 'key: value' fields. "
         "JSON: [{{\"task\": 1, \"status\": \"done\"}}, …]."),
    ),
    "fact_row_not_mapping": (
        ("mục này phải là một nhóm trường (tên: giá trị), nhưng gặp {found}",
         "Viết mỗi trường một dòng 'tên: giá trị', thụt vào dưới dấu '- '."),
        ("this item must be a group of fields (key: value), but it is {found}",
         "Write one 'key: value' line per field, indented under the '- '."),
    ),
    "fact_nested_value": (
        ("giá trị phải là một ô (văn bản, số hoặc ngày), nhưng gặp {found}",
         "Viết một giá trị; nếu có nhiều ý, gộp thành một câu văn bản."),
        ("the value must be a single cell (text, number or date), but it is {found}",
         "Write one value; join several points into one sentence."),
    ),
    "fact_duplicate_field": (
        ("trường '{key}' xuất hiện hai lần trong cùng một mục",
         "Xóa một trong hai; nếu để nguyên, giá trị đầu sẽ bị bỏ."),
        ("field '{key}' appears twice in the same item",
         "Delete one of them; otherwise the first value is lost."),
    ),
    "fact_rows_not_filled": (
        ("cảnh báo: {count} dòng chỉ có mã, chưa điền số liệu (dòng {rows}): coi là chưa báo cáo",
         "Các dòng này không được đọc; việc tương ứng được ghi nhận là chưa báo cáo. Điền các cột "
         "còn trống ({columns}) khi đã có số liệu."),
        ("warning: {count} row(s) hold only ids and no values (rows {rows}): taken as not reported",
         "These rows are not read; what they name counts as not reported. Fill in the empty columns "
         "({columns}) once the figures are known."),
    ),
    "fact_empty_file": (
        ("cảnh báo: tệp không có dòng tiêu đề và không có số liệu",
         "Dòng đầu ghi tên các cột ({columns}), mỗi dòng sau là một dòng số liệu; nếu chưa có số "
         "liệu, xóa tệp."),
        ("warning: the file has no header and no rows",
         "Put the column names on the first line ({columns}) and one fact per line below; delete "
         "the file if there is no data yet."),
    ),
}

COLUMNS: dict[str, _Entry] = {
    "fact_unknown_column": (
        ("cảnh báo: cột '{name}' không phải cột của {kind} nên không được đọc",
         "{guess}Các cột được đọc: {columns}."),
        ("warning: column '{name}' is not a column of {kind} and is not read",
         "{guess}The columns read are: {columns}."),
    ),
    "fact_missing_column": (
        ("thiếu cột bắt buộc '{name}' (hoặc '{alias}')",
         "Thêm cột '{name}' vào dòng tiêu đề và điền giá trị cho từng dòng, ví dụ: {example}."),
        ("required column '{name}' (or '{alias}') is missing",
         "Add a '{name}' column to the header and fill it in on every row, e.g. {example}."),
    ),
    "fact_duplicate_column": (
        ("cột '{name}' có cùng nghĩa với cột '{first}' (cột {first_col})",
         "Giữ một cột; xóa hoặc đổi tên cột kia."),
        ("column '{name}' means the same as column '{first}' (column {first_col})",
         "Keep one of them; delete or rename the other."),
    ),
    "fact_unnamed_cells": (
        ("cảnh báo: ô {cell} có dữ liệu nhưng cột {col} không có tiêu đề nên cả cột bị bỏ qua",
         "Ghi tên cột vào dòng tiêu đề, hoặc xóa dữ liệu thừa."),
        ("warning: cell {cell} holds data but column {col} has no header, so the column is skipped",
         "Name the column in the header row, or delete the stray data."),
    ),
}
