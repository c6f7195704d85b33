"""Words that messages take as parameters and that follow the language too, and the labels of a
printed problem list.

A leaf of the catalogue: plain data, no cchc_rules imports; wording/render.py looks words up
and wording/problems.py prints the labels.
"""

from __future__ import annotations

# Words that messages use as parameters and that must follow the language too.
WORDS: dict[str, tuple[str, str]] = {
    "bool": ("giá trị đúng/sai", "a true/false value"),
    "int": ("một số", "a number"),
    "float": ("một số", "a number"),
    "null": ("giá trị rỗng", "an empty value"),
    "text": ("văn bản", "text"),
    "not_started": ("chưa thực hiện", "not started"),
    "in_progress": ("đang thực hiện", "in progress"),
    "done": ("hoàn thành", "done"),
    "not_reported": ("chưa báo cáo", "not reported"),
    "objective": ("khách quan", "objective"),
    "subjective": ("chủ quan", "subjective"),
    "date": ("ngày", "a date"),
    "number": ("một số", "a number"),
    "whole_number": ("một số nguyên", "a whole number"),
    "list": ("một danh sách", "a list"),
    "mapping": ("một nhóm trường (tên: giá trị)", "a group of fields (key: value)"),
    "true_false": ("true hoặc false", "true or false"),
    "nothing": ("không có gì", "nothing"),
    "agency_code": ("mã cơ quan", "agency code"),
    "area_code": ("mã lĩnh vực", "area code"),
    "indicator_id": ("mã chỉ số", "indicator id"),
    "target_id": ("mã chỉ tiêu", "target id"),
    "metric_code": ("mã chỉ số 766", "766 metric code"),
    "goal_id": ("mã mục tiêu", "goal id"),
    "duty_id": ("mã nhiệm vụ báo cáo", "reporting duty id"),
    "task_number": ("số thứ tự nhiệm vụ", "task number"),
    "period_id": ("mã kỳ báo cáo", "reporting period id"),
    "reference": ("tham chiếu", "reference"),
    "threshold": ("ngưỡng", "threshold"),
    "path_value": ("giá trị lộ trình", "path value"),
    "deadline": ("thời hạn", "deadline"),
    "year": ("năm", "year"),
    "id": ("mã định danh", "id"),
    "unit_code": ("mã đơn vị hành chính (5 chữ số)", "administrative unit code (5 digits)"),
    "province_code": ("mã tỉnh (2 chữ số)", "province code (2 digits)"),
    "day_month": ("ngày/tháng", "day/month"),
    "quarter": ("quý trong năm", "quarter of the year"),
    "part_bonus": ("phần điểm thưởng", "bonus part"),
    "part_penalty": ("phần điểm trừ", "penalty part"),
    "survey_id": ("mã phiếu khảo sát", "survey id"),
    "survey_options": ("mã phương án trả lời", "answer option code"),
    "survey_groups": ("mã nhóm đối tượng khảo sát", "respondent group id"),
    "survey_question": ("mã câu hỏi khảo sát", "survey question id"),
    "did_you_mean": ("Có phải ý bạn là '{s}'?", "Did you mean '{s}'?"),
    "allowed": ("Các giá trị có: {s}.", "Known values: {s}."),
    "allowed_fields": ("Các trường hợp lệ: {s}.", "Valid fields: {s}."),
    "choose": ("Chọn một trong: {s}.", "Choose one of: {s}."),
    "ex_text": ("Viết văn bản; đặt trong dấu nháy nếu cần.", "Write text; quote it if needed."),
    "ex_number": ("Ví dụ: 97 hoặc 97.5 (dấu chấm thập phân).", "For example 97 or 97.5 (decimal point)."),
    "ex_whole": ("Ví dụ: 2026.", "For example 2026."),
    "ex_list": ("Mỗi phần tử một dòng bắt đầu bằng '- ', hoặc viết [a, b].", "One item per line starting with '- ', or [a, b]."),
    "ex_mapping": ("Viết các dòng 'tên: giá trị' thụt vào dưới mục này.", "Write indented 'key: value' lines."),
    "yaml_colon": ("có dấu ':' ở chỗ không được có (văn bản chứa ':' phải đặt trong dấu nháy)",
                   "a ':' where none is allowed (quote text that contains ':')"),
    "yaml_tab": ("có ký tự tab; YAML chỉ thụt lề bằng dấu cách", "a tab character; YAML indents with spaces only"),
    "yaml_bad_start": ("có ký tự không được đứng đầu một giá trị (thường là tab, '@' hoặc '`')",
                       "a character that cannot start a value (often a tab, '@' or '`')"),
    "yaml_no_value": ("thiếu giá trị ở chỗ này (dấu ',' hoặc '-' thừa?)", "a value is missing here (stray ',' or '-'?)"),
    "yaml_trailing": ("có chữ thừa sau giá trị trên cùng dòng", "extra text after a value on the same line"),
    "yaml_anchor": ("tên sau '&' hoặc '*' không hợp lệ", "an invalid name after '&' or '*'"),
    "yaml_dash": ("dấu '-' của danh sách đặt sai chỗ hoặc thụt lề sai", "a list '-' in the wrong place or indentation"),
    "yaml_directive": ("dòng bắt đầu bằng '%' không hợp lệ", "an invalid line starting with '%'"),
    "yaml_other": ("cấu trúc YAML không hợp lệ ({s})", "invalid YAML structure ({s})"),
    "yaml_missing_colon": ("thiếu dấu ':' sau tên trường", "a key is missing its ':'"),
    "yaml_open_list": ("danh sách mở bằng '[' chưa được đóng bằng ']'", "a list opened with '[' is not closed with ']'"),
    "yaml_open_map": ("nhóm mở bằng '{' chưa được đóng bằng '}'", "a mapping opened with '{' is not closed with '}'"),
    "yaml_indent": ("thụt lề không khớp với các dòng phía trên", "the indentation does not match the lines above"),
    "yaml_alias": ("dùng bí danh (*tên) chưa được khai báo", "an alias (*name) that was never defined"),
    "yaml_quote": ("dấu nháy mở chưa được đóng", "a quote is opened but never closed"),
    "yaml_escape": ("ký tự thoát '\\' không hợp lệ trong dấu nháy kép (dùng dấu nháy đơn)",
                    "an invalid '\\' escape inside double quotes (use single quotes)"),
    "yaml_tag": ("thẻ kiểu (!!…) không được hỗ trợ: tệp quy tắc chỉ chứa dữ liệu",
                 "type tags (!!…) are not supported: rules files hold data only"),
    "yaml_documents": ("tệp có nhiều tài liệu YAML (dấu ---); mỗi tệp chỉ một",
                       "the file holds several YAML documents (---); one per file"),
    "ex_bool": ("Viết true hoặc false.", "Write true or false."),
}

# The labels of a printed problem list.
LABELS = {
    "vi": {"hint": "gợi ý", "more": "… và {n} vấn đề khác", "summary": "{errors} lỗi, {warnings} cảnh báo"},
    "en": {"hint": "hint", "more": "… and {n} more", "summary": "{errors} error(s), {warnings} warning(s)"},
}

# Labels standing in for a field when a problem concerns a whole file, folder, sheet or row.
PLACE_LABELS = {"(tệp)": "(file)", "(thư mục)": "(folder)", "(trang tính)": "(sheet)", "(dòng)": "(row)"}
