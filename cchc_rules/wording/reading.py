"""Wording of the problems met reading a rules file: the file itself, its YAML, and its shape.

A leaf of the catalogue (wording/catalogue.py assembles it): plain data, no cchc_rules imports.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

# code: ((vi message, vi hint), (en message, en hint))
READING: dict[str, _Entry] = {
    # --- reading files
    "not_a_dir": (
        ("không tìm thấy thư mục bộ quy tắc", "Kiểm tra đường dẫn truyền cho --rules."),
        ("rule pack folder not found", "Check the path given to --rules."),
    ),
    "missing_file": (
        ("thiếu tệp {name} trong bộ quy tắc", "Tạo tệp {name} theo mẫu trong README (mục 'Định dạng tệp quy tắc')."),
        ("the rule pack has no {name}", "Create {name} following the README (section 'Rules file format')."),
    ),
    "unknown_file": (
        ("cảnh báo: tệp {name} không thuộc bộ quy tắc nên không được đọc",
         "Các tệp được đọc: {known}. Đổi tên tệp nếu gõ nhầm."),
        ("warning: {name} is not part of a rule pack and is not read",
         "The files read are: {known}. Rename it if misspelt."),
    ),
    "file_unreadable": (
        ("không đọc được tệp: {reason}", "Kiểm tra tệp có tồn tại và có quyền đọc."),
        ("cannot read the file: {reason}", "Check that the file exists and is readable."),
    ),
    "empty_file": (
        ("tệp rỗng", "Điền nội dung theo mẫu trong README."),
        ("the file is empty", "Fill it in following the README."),
    ),
    "not_utf8": (
        ("tệp không phải mã UTF-8 (byte {byte} không hợp lệ)",
         "Mở tệp và lưu lại với bảng mã UTF-8 (Lưu thành… → Mã hóa: UTF-8)."),
        ("the file is not UTF-8 (invalid byte {byte})", "Save the file again with UTF-8 encoding."),
    ),
    "bad_character": (
        ("có ký tự {char} không hiển thị được hoặc không hợp lệ",
         "Xóa ký tự này (thường lẫn vào khi sao chép từ PDF/Word) rồi gõ lại."),
        ("invisible or invalid character {char}", "Delete it (often pasted from PDF/Word) and retype."),
    ),
    "not_nfc": (
        ("cảnh báo: văn bản ở dạng Unicode tổ hợp (NFD); đã chuẩn hóa về dạng dựng sẵn (NFC) khi đọc",
         "Lưu lại tệp ở Unicode dựng sẵn (NFC), ví dụ Unikey: Công cụ chuyển mã → Unicode tổ hợp → Unicode."),
        ("warning: text is in decomposed Unicode (NFD); it was normalised to NFC when read",
         "Save the file in precomposed Unicode (NFC)."),
    ),
    "yaml_syntax": (
        ("lỗi cú pháp YAML: {detail}",
         "Thụt lề bằng dấu cách (không dùng tab), có dấu ':' sau tên trường; văn bản chứa ':' hoặc '#' "
         "thì đặt trong dấu nháy."),
        ("YAML syntax error: {detail}",
         "Indent with spaces (no tabs), put ':' after each key, and quote text that contains ':' or '#'."),
    ),
    "bad_key": (
        ("tên trường phải là một chữ đơn giản", "Viết tên trường rồi dấu ':', ví dụ 'lead: VHXH'."),
        ("a key must be a plain word", "Write the key followed by ':', e.g. 'lead: VHXH'."),
    ),
    "duplicate_key": (
        ("trường '{key}' xuất hiện lần nữa (lần đầu ở dòng {first_line})",
         "Xóa hoặc gộp một trong hai; nếu để nguyên, giá trị đầu sẽ bị bỏ mà không báo."),
        ("key '{key}' appears again (first on line {first_line})",
         "Delete or merge one of them; otherwise the first value is silently lost."),
    ),
    # --- shape (pydantic)
    "missing": (
        ("thiếu trường bắt buộc '{name}'", "Thêm dòng '{name}: …' vào mục này."),
        ("required field '{name}' is missing", "Add '{name}: …' to this item."),
    ),
    "extra_forbidden": (
        ("trường '{name}' không có trong định dạng", "{fix}"),
        ("unknown field '{name}'", "{fix}"),
    ),
    "yaml_trap": (
        ("YAML đọc {text} thành {read_as}, nhưng ở đây cần văn bản",
         "Đặt giá trị trong dấu nháy: \"{text}\"."),
        ("YAML reads {text} as {read_as}, but text is expected here", "Quote it: \"{text}\"."),
    ),
    "wrong_type": (
        ("cần {expected}, nhưng gặp {found}", "{example}"),
        ("expected {expected}, found {found}", "{example}"),
    ),
    "not_allowed": (
        ("giá trị {found} không hợp lệ; chấp nhận: {expected}", "{fix}"),
        ("value {found} is not allowed; expected one of: {expected}", "{fix}"),
    ),
    "bad_format": (
        ("{found} không đúng dạng {what}", "Ví dụ đúng: {example}."),
        ("{found} is not a valid {what}", "A valid example: {example}."),
    ),
    "empty": (
        ("không được để trống", "Điền giá trị, hoặc xóa cả trường nếu nó không bắt buộc."),
        ("must not be empty", "Fill it in, or delete the field if it is optional."),
    ),
    "too_small": (
        ("{found} nhỏ hơn mức thấp nhất cho phép ({limit})", "Sửa thành số từ {limit} trở lên."),
        ("{found} is below the minimum ({limit})", "Use a number of at least {limit}."),
    ),
    "too_large": (
        ("{found} lớn hơn mức cao nhất cho phép ({limit})", "Sửa thành số không quá {limit}."),
        ("{found} is above the maximum ({limit})", "Use a number of at most {limit}."),
    ),
    "deadline_format": (
        ("thời hạn {found} không đúng dạng", "Viết năm (2026), quý (Q1/2026 hoặc Quý I/2026) hoặc ngày (31/03/2026)."),
        ("deadline {found} is not in a known form", "Write a year (2026), a quarter (Q1/2026) or a date (31/03/2026)."),
    ),
    "date_format": (
        ("ngày {found} không hợp lệ", "Viết ngày dạng dd/mm/yyyy trong dấu nháy, ví dụ \"06/01/2026\"."),
        ("date {found} is not valid", "Write the date as dd/mm/yyyy in quotes, e.g. \"06/01/2026\"."),
    ),
    "period_order": (
        ("năm kết thúc {to} đứng trước năm bắt đầu {from}", "Đổi chỗ hai năm cho đúng thứ tự."),
        ("end year {to} is before start year {from}", "Swap the two years."),
    ),
    "key_not_text": (
        ("tên trường {found} không phải là chữ (YAML đọc nó thành {read_as})",
         "Viết tên trường bằng chữ; nếu cần giữ nguyên, đặt trong dấu nháy."),
        ("key {found} is not text (YAML reads it as {read_as})", "Write the key as text, quoted if need be."),
    ),
    "invalid_value": (
        ("giá trị không hợp lệ ({detail})", "Xem lại mục này theo mẫu trong README."),
        ("invalid value ({detail})", "Compare this item with the README's example."),
    ),
}
