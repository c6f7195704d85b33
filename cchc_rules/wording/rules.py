"""Wording of the problems of reading and checking rules files added for hostile input: limits
(size, nesting, aliases, conditions), YAML merge keys, hidden and look-alike characters,
impossible calendar days, misnamed files. A part of wording.catalogue; plain data.

Each entry: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

_LIMIT_HINT_VI = "Giới hạn này cao hơn nhiều so với mọi kế hoạch thật (README, mục 'Giới hạn / Limits')."
_LIMIT_HINT_EN = "This limit is far above any real plan (README, section 'Giới hạn / Limits')."

_YAML: dict[str, _Entry] = {
    "file_too_large": (
        ("tệp lớn hơn {limit} MB nên không được đọc",
         "Tệp quy tắc thật chỉ vài chục KB: kiểm tra có đúng tệp không. " + _LIMIT_HINT_VI),
        ("the file is larger than {limit} MB and is not read",
         "Real rules files are a few tens of KB: check that this is the right file. " + _LIMIT_HINT_EN),
    ),
    "yaml_too_deep": (
        ("các mục lồng nhau quá {limit} cấp",
         "Kiểm tra các dấu '[' '{{' chưa đóng và thụt lề; bộ quy tắc mẫu lồng không quá 12 cấp. "
         + _LIMIT_HINT_VI),
        ("values are nested more than {limit} levels deep",
         "Check for unclosed '[' '{{' and the indentation; the bundled pack nests at most 12 levels. "
         + _LIMIT_HINT_EN),
    ),
    "yaml_alias_recursive": (
        ("bí danh *{name} nằm bên trong chính mục mang tên &{name}, tạo vòng lặp không có điểm dừng",
         "Bỏ bí danh *{name} ở đây, hoặc viết đầy đủ nội dung cần lặp lại."),
        ("the alias *{name} sits inside the very item named &{name}, a loop without end",
         "Remove the alias *{name} here, or write out the content it should repeat."),
    ),
    "yaml_alias_limit": (
        ("bí danh *{name} làm số giá trị được nhân bản vượt quá {limit} (bí danh lồng nhau nhân lên rất nhanh)",
         "Viết đầy đủ nội dung thay cho các bí danh (*tên) lồng nhau. " + _LIMIT_HINT_VI),
        ("the alias *{name} takes the values copied by aliases past {limit} (nested aliases multiply fast)",
         "Write the content out instead of nesting aliases (*name). " + _LIMIT_HINT_EN),
    ),
    "yaml_merge_key": (
        ("khóa gộp '<<' của YAML không được hỗ trợ trong tệp quy tắc",
         "Viết đầy đủ các trường của mục này thay cho '<<: *tên': mỗi mục tự đọc được và lỗi được chỉ "
         "đúng dòng của nó."),
        ("the YAML merge key '<<' is not supported in rules files",
         "Write this item's fields out instead of '<<: *name': each item then reads on its own and "
         "problems point at its own lines."),
    ),
}

_FILES: dict[str, _Entry] = {
    "misnamed_file": (
        ("cảnh báo: tệp {name} không được đọc vì sai tên; tên đúng là {expected}",
         "Đổi tên tệp thành {expected} (tên tệp phân biệt chữ hoa, chữ thường; đuôi là .yaml)."),
        ("warning: {name} is not read because of its name; the name is {expected}",
         "Rename it to {expected} (file names are case-sensitive; the extension is .yaml)."),
    ),
    "misnamed_folder": (
        ("cảnh báo: thư mục {name} không được đọc vì sai tên; tên đúng là {expected}",
         "Đổi tên thư mục thành {expected} (tên phân biệt chữ hoa, chữ thường)."),
        ("warning: the folder {name} is not read because of its name; the name is {expected}",
         "Rename it to {expected} (names are case-sensitive)."),
    ),
    "rules_not_a_file": (
        ("{name} không phải tệp thông thường (liên kết hỏng, thư mục hoặc ống dẫn) nên không đọc được",
         "Thay bằng chính tệp {name}, không dùng liên kết."),
        ("{name} is not a regular file (a broken link, a folder or a pipe) and cannot be read",
         "Put the file {name} itself there, not a link."),
    ),
}

_CONDITIONS: dict[str, _Entry] = {
    "cond_too_long": (
        ("điều kiện dài quá {limit} từ và ký hiệu (dừng ở cột {column})",
         "Tách thành nhiều kiểm tra ngắn hơn. " + _LIMIT_HINT_VI),
        ("the condition is longer than {limit} words and symbols (stopped at column {column})",
         "Split it into several shorter checks. " + _LIMIT_HINT_EN),
    ),
    "cond_too_deep": (
        ("điều kiện lồng nhau quá {limit} cấp (dấu ngoặc '(' hoặc từ 'not', cột {column})",
         "Bỏ bớt dấu ngoặc thừa (phép and được tính trước phép or). " + _LIMIT_HINT_VI),
        ("the condition nests more than {limit} levels (brackets '(' or 'not', column {column})",
         "Remove needless brackets (and binds tighter than or). " + _LIMIT_HINT_EN),
    ),
    "cond_too_many": (
        ("điều kiện có quá {limit} phép so sánh (mỗi giá trị trong danh sách 'in' là một phép, cột {column})",
         "Tách thành nhiều kiểm tra, mỗi kiểm tra một nhóm giá trị. " + _LIMIT_HINT_VI),
        ("the condition has more than {limit} comparisons (each value of an 'in' list counts, column {column})",
         "Split it into several checks, one group of values each. " + _LIMIT_HINT_EN),
    ),
}

_MEANING: dict[str, _Entry] = {
    "hidden_character": (
        ("có ký tự ẩn {char} ở vị trí {position} của '{shown}'",
         "Xóa ký tự này (hoặc thay bằng dấu cách thường) rồi gõ lại bằng bàn phím; ký tự ẩn thường lẫn vào "
         "khi sao chép từ Word, PDF hoặc trang web, và làm giá trị không khớp với số liệu dù trông giống hệt."),
        ("hidden character {char} at position {position} of '{shown}'",
         "Delete it (or put a plain space instead) and retype; hidden characters come in when copying "
         "from Word, PDF or the web, and make the value match nothing although it looks the same."),
    ),
    "lookalike_character": (
        ("ký tự {char} ở vị trí {position} của '{shown}' trông giống '{looks_like}' nhưng là ký tự khác",
         "Gõ lại '{looks_like}' bằng bàn phím (chữ Latinh, số thường); ký tự giống hệt này thường lẫn vào khi "
         "sao chép hoặc khi bật nhầm bộ gõ khác, và làm giá trị không khớp với số liệu."),
        ("the character {char} at position {position} of '{shown}' looks like '{looks_like}' but is another one",
         "Retype '{looks_like}' on the keyboard (Latin letter, plain digit); such look-alikes come in when "
         "copying or with another keyboard layout on, and make the value match nothing."),
    ),
    "day_month_impossible": (
        ("ngày {found} không có trong lịch của mọi năm (tháng {month} có {days} ngày)",
         "Dùng ngày có trong mọi năm, ví dụ ngày cuối tháng 2 là \"28/02\"; tháng 4, 6, 9, 11 có 30 ngày."),
        ("{found} is not a day of every year (month {month} has {days} days)",
         "Use a day every year has, e.g. \"28/02\" for the end of February; April, June, September "
         "and November have 30 days."),
    ),
}

RULES: dict[str, _Entry] = {**_YAML, **_FILES, **_CONDITIONS, **_MEANING}
