"""Wording of what the command line itself reports (a part of wording.catalogue): output
paths refused or not written (report/output.py), usage errors of the command-line framework
translated (cli_usage.py), and the internal-error notice (exit 3).

Each entry: code → ((vi message, vi hint), (en message, en hint)), as in facts/catalogue.py.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

OUTPUT_CATALOGUE: dict[str, _Entry] = {
    "output_inside_input": (
        ("tệp kết quả '{path}' nằm trong thư mục đầu vào đang đọc '{folder}'; ghi vào đó sẽ làm hỏng "
         "hoặc lẫn vào dữ liệu đầu vào",
         "Chọn tệp kết quả ở một thư mục khác, ví dụ -o ket-qua/{name}."),
        ("output '{path}' is inside the input folder being read '{folder}'; writing there would damage "
         "or mix with the inputs",
         "Choose an output file in another folder, e.g. -o out/{name}."),
    ),
    "output_is_folder": (
        ("'{path}' là một thư mục, không phải tệp", "Ghi tên tệp kết quả, ví dụ -o {path}/ket-qua.json."),
        ("'{path}' is a folder, not a file", "Give an output file name, e.g. -o {path}/result.json."),
    ),
    "output_not_folder": (
        ("'{folder}' là một tệp nên không tạo được thư mục '{path}'", "Chọn một thư mục khác cho -o."),
        ("'{folder}' is a file, so the folder '{path}' cannot be made", "Choose another folder for -o."),
    ),
    "output_folder_missing": (
        ("thư mục '{folder}' để ghi tệp kết quả không có",
         "Tạo thư mục trước (mkdir -p '{folder}') hoặc chọn tệp ở thư mục khác."),
        ("the folder '{folder}' for the output file does not exist",
         "Create it first (mkdir -p '{folder}') or choose a file in another folder."),
    ),
    "output_folder_unwritable": (
        ("không có quyền ghi vào thư mục '{folder}'",
         "Chọn thư mục mà bạn có quyền ghi, hoặc nhờ quản trị máy cấp quyền ghi."),
        ("no permission to write in the folder '{folder}'",
         "Choose a folder you may write in, or ask the administrator for write permission."),
    ),
    "output_disk_full": (
        ("ổ đĩa chứa '{folder}' đã hết chỗ trống: không ghi được '{path}' (tệp cũ, nếu có, vẫn nguyên)",
         "Giải phóng chỗ trống trên ổ đĩa hoặc chọn ổ đĩa khác, rồi chạy lại lệnh."),
        ("the disk holding '{folder}' is full: '{path}' was not written (any earlier file is unchanged)",
         "Free some disk space or choose another disk, then run the command again."),
    ),
    "output_write_failed": (
        ("không ghi được '{path}' (lỗi hệ thống tệp {reason}); tệp cũ, nếu có, vẫn nguyên",
         "Kiểm tra ổ đĩa và quyền ghi của thư mục '{folder}', rồi chạy lại lệnh."),
        ("'{path}' could not be written (file system error {reason}); any earlier file is unchanged",
         "Check the disk and the write permission of the folder '{folder}', then run the command again."),
    ),
}

USAGE_CATALOGUE: dict[str, _Entry] = {
    "usage_hint_label": (("gợi ý", ""), ("hint", "")),
    "usage_more": (("Xem '{command} --help' để biết cách dùng.", ""),
                   ("See '{command} --help' for how to use it.", "")),
    "usage_missing_option": (
        ("thiếu tùy chọn bắt buộc {name}", "Thêm {name} cùng giá trị của nó."),
        ("the required option {name} is missing", "Add {name} with its value."),
    ),
    "usage_missing_option_choices": (
        ("thiếu tùy chọn bắt buộc {name}", "Thêm {name} cùng một trong các giá trị: {choices}."),
        ("the required option {name} is missing", "Add {name} with one of: {choices}."),
    ),
    "usage_missing_argument": (
        ("thiếu tham số {name}", "Viết tham số sau tên lệnh."),
        ("the argument {name} is missing", "Write the argument after the command name."),
    ),
    "usage_missing_argument_choices": (
        ("thiếu tham số {name}", "Viết sau tên lệnh một trong các giá trị: {choices}."),
        ("the argument {name} is missing", "Write one of these after the command name: {choices}."),
    ),
    "usage_not_one_of": (
        ("giá trị '{value}' của {name} không hợp lệ", "Chọn một trong: {choices}."),
        ("'{value}' is not a valid value of {name}", "Choose one of: {choices}."),
    ),
    "usage_not_integer": (
        ("giá trị '{value}' của {name} không phải số nguyên", "Viết một số nguyên, ví dụ 2026."),
        ("'{value}' given for {name} is not a whole number", "Write a whole number, e.g. 2026."),
    ),
    "usage_at_least": (
        ("giá trị {value} của {name} quá nhỏ", "Viết một số từ {least} trở lên."),
        ("{value} given for {name} is too small", "Write a number of {least} or more."),
    ),
    "usage_path_missing": (
        ("'{value}' (cho {name}) không có", "Kiểm tra lại đường dẫn."),
        ("'{value}' (given for {name}) does not exist", "Check the path."),
    ),
    "usage_path_is_file": (
        ("'{value}' (cho {name}) là một tệp, cần một thư mục", "Ghi đường dẫn của thư mục."),
        ("'{value}' (given for {name}) is a file; a folder is needed", "Give the folder's path."),
    ),
    "usage_path_is_folder": (
        ("'{value}' (cho {name}) là một thư mục, cần một tệp", "Ghi tên tệp, ví dụ {value}/ket-qua.json."),
        ("'{value}' (given for {name}) is a folder; a file is needed", "Give a file name, e.g. {value}/result.json."),
    ),
    "usage_path_unreadable": (
        ("không có quyền đọc '{value}' (cho {name})", "Xin quyền đọc hoặc chọn đường dẫn khác."),
        ("'{value}' (given for {name}) may not be read", "Get read permission or choose another path."),
    ),
    "usage_path_unwritable": (
        ("không có quyền ghi '{value}' (cho {name})", "Xin quyền ghi hoặc chọn đường dẫn khác."),
        ("'{value}' (given for {name}) may not be written", "Get write permission or choose another path."),
    ),
    "usage_value": (
        ("giá trị không hợp lệ cho {name}: {detail}", ""),
        ("invalid value for {name}: {detail}", ""),
    ),
    "usage_no_such_option": (
        ("lệnh này không có tùy chọn {name}", ""),
        ("this command has no option {name}", ""),
    ),
    "usage_no_such_option_guess": (
        ("lệnh này không có tùy chọn {name}", "Có phải ý bạn là: {guesses}?"),
        ("this command has no option {name}", "Did you mean: {guesses}?"),
    ),
    "usage_option_needs_value": (
        ("tùy chọn {name} cần một giá trị ngay sau nó", "Viết giá trị sau {name}, ví dụ {name} 2026-Q2."),
        ("the option {name} needs a value right after it", "Write the value after {name}, e.g. {name} 2026-Q2."),
    ),
    "usage_option_no_value": (
        ("tùy chọn {name} không nhận giá trị", "Bỏ phần '=…' sau {name}."),
        ("the option {name} takes no value", "Remove the '=…' after {name}."),
    ),
    "usage_extra_argument": (
        ("thừa tham số: {args}", "Bỏ các tham số thừa; giá trị có dấu cách thì đặt trong dấu nháy."),
        ("unexpected extra argument(s): {args}", "Remove them; quote a value that contains spaces."),
    ),
    "usage_no_such_command": (
        ("không có lệnh '{name}'", "Các lệnh có: {commands}."),
        ("there is no command '{name}'", "Commands: {commands}."),
    ),
    "usage_missing_command": (
        ("thiếu tên lệnh", "Các lệnh có: {commands}."),
        ("the command name is missing", "Commands: {commands}."),
    ),
    "usage_other": (
        ("lệnh viết chưa đúng: {detail}", ""),
        ("the command is not written correctly: {detail}", ""),
    ),
    "usage_aborted": (("đã dừng theo yêu cầu; không ghi tệp kết quả nào", ""),
                      ("stopped on request; no output file was written", "")),
    "internal_error": (
        ("Lỗi nội bộ của cchc-rules (loại lỗi {type}). Đây là lỗi phần mềm, không phải lỗi dữ liệu của bạn",
         "Xin gửi báo cáo lỗi kèm lệnh đã chạy và toàn bộ thông báo khi chạy lại lệnh với biến môi trường "
         "CCHC_DEBUG=1 (hiện chi tiết kỹ thuật)."),
        ("Internal error in cchc-rules (error type {type}). This is a bug in the software, not in your data",
         "Please send a bug report with the command you ran and everything it prints when run again with the "
         "environment variable CCHC_DEBUG=1 (which shows the technical details)."),
    ),
}

# The help screens' framework words (cli_help.py), English as the framework writes them → Vietnamese.
HELP_WORDS: dict[str, str] = {
    "Usage: ": "Cách dùng: ",
    "[OPTIONS]": "[TÙY CHỌN]",
    "COMMAND [ARGS]...": "LỆNH [THAM SỐ]...",
    "Options": "Tùy chọn",
    "Arguments": "Tham số",
    "Commands": "Lệnh",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "env var:": "biến môi trường:",
    "default:": "mặc định:",
    "(dynamic)": "(tính khi chạy)",
    "required": "bắt buộc",
    "<str>": "<chữ>",
    "<dir>": "<thư mục>",
    "<file>": "<tệp>",
    "<int range>": "<số>",
    "<int>": "<số>",
    "<path>": "<đường dẫn>",
}

CLI_CATALOGUE: dict[str, _Entry] = {**OUTPUT_CATALOGUE, **USAGE_CATALOGUE}
