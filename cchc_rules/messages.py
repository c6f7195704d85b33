"""The wording of every problem, in Vietnamese (default) and English, and how a problem prints.

A message has two parts: what is wrong (with the value found) and a hint (how to fix it).
Problems carry a code and parameters; this module alone turns them into text.
"""

from __future__ import annotations

from typing import Any, Literal

from cchc_rules.errors import Problem

Lang = Literal["vi", "en"]

# code: ((vi message, vi hint), (en message, en hint))
CATALOGUE: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
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
    # --- meaning (check.py)
    "duplicate_id": (
        ("{what} '{value}' bị trùng (đã khai báo ở {first})", "Mỗi {what} chỉ khai báo một lần: đổi mã hoặc xóa bản trùng."),
        ("{what} '{value}' is declared twice (first at {first})", "Declare each {what} once: rename or delete the copy."),
    ),
    "unknown_ref": (
        ("{what} '{value}' không có trong {where}", "{fix}"),
        ("{what} '{value}' is not in {where}", "{fix}"),
    ),
    "threshold_range": (
        ("{what} {value}% nằm ngoài khoảng 0–100%", "Tỷ lệ phần trăm phải từ 0 đến 100."),
        ("{what} {value}% is outside 0–100%", "A percentage must be between 0 and 100."),
    ),
    "outside_period": (
        ("{what} {value} nằm ngoài giai đoạn của kế hoạch ({start}–{end})",
         "Sửa năm cho nằm trong giai đoạn, hoặc sửa 'period' trong plan.yaml."),
        ("{what} {value} is outside the plan period ({start}–{end})",
         "Move it inside the period, or change 'period' in plan.yaml."),
    ),
    "group_cannot_lead": (
        ("'{value}' là một nhóm chung ({name}), không thể là cơ quan chủ trì",
         "Chọn một cơ quan cụ thể làm cơ quan chủ trì; nhóm chung chỉ dùng cho cơ quan phối hợp."),
        ("'{value}' is a group ({name}) and cannot lead", "Choose a single agency as lead; groups only co-operate."),
    ),
    "name_clash": (
        ("tên '{value}' trùng với tên của cơ quan {other} (không phân biệt hoa thường, dấu cách)",
         "Mỗi tên hoặc tên gọi khác chỉ được thuộc về một cơ quan; sửa hoặc xóa một trong hai."),
        ("name '{value}' is also a name of agency {other} (ignoring case and spacing)",
         "Each name or alias must belong to one agency only."),
    ),
    "applies_after_by": (
        ("applies_from ({applies}) sau by_year ({by})", "Năm bắt đầu xét chỉ tiêu không được sau năm phải đạt."),
        ("applies_from ({applies}) is after by_year ({by})", "A target cannot start being judged after it is due."),
    ),
    "path_after_by": (
        ("năm {year} của lộ trình không đứng trước by_year ({by})",
         "Lộ trình chỉ ghi các năm trước năm phải đạt; năm {by} dùng ngưỡng 'threshold'."),
        ("path year {year} is not before by_year ({by})", "The path lists years before by_year only."),
    ),
    "unit_mismatch": (
        ("đơn vị '{unit}' khác đơn vị của chỉ số {indicator} ('{indicator_unit}')",
         "Sửa 'unit' cho giống đơn vị của chỉ số."),
        ("unit '{unit}' differs from indicator {indicator}'s unit ('{indicator_unit}')",
         "Make 'unit' match the indicator's unit."),
    ),
    "role_missing": (
        ("không có cơ quan nào giữ vai trò {role}", "Thêm vai trò '{role}' cho đúng một cơ quan trong plan.yaml."),
        ("no agency has the role {role}", "Give exactly one agency the role '{role}' in plan.yaml."),
    ),
    "task_numbers_gap": (
        ("cảnh báo: số thứ tự nhiệm vụ không liên tục, thiếu số {missing}",
         "Kiểm tra lại Phụ lục; nếu cố ý bỏ số, có thể bỏ qua cảnh báo này."),
        ("warning: task numbers skip {missing}", "Check the appendix; ignore this if the gap is intended."),
    ),
    # --- scoring rubrics (check_rubric.py)
    "rubric_total": (
        ("tổng điểm các phần là {sum}, khác tổng điểm khai báo {total}", "Sửa 'max' của các phần hoặc 'total' cho khớp."),
        ("the parts add up to {sum}, not the declared total {total}", "Make the parts' 'max' and 'total' agree."),
    ),
    "rubric_sum": (
        ("điểm tối đa {max} khác tổng điểm tối đa của các tiêu chí con ({sum})",
         "Sửa 'max' của mục này hoặc của các tiêu chí con cho khớp."),
        ("max {max} differs from the sum of its sub-criteria ({sum})", "Make this 'max' equal the children's sum."),
    ),
    "rubric_node_both": (
        ("mục vừa có tiêu chí con vừa có cách chấm (method)", "Bỏ 'method' (điểm là tổng các tiêu chí con), hoặc bỏ 'criteria'."),
        ("a node has both sub-criteria and a method", "Drop 'method' (the points are the children's sum) or 'criteria'."),
    ),
    "rubric_leaf_no_method": (
        ("tiêu chí {id} không có tiêu chí con cũng không có cách chấm (method)",
         "Thêm 'method', ví dụ {{kind: pass_fail, input: {{measure: …}}}}, hoặc 'kind: manual' nếu chấm tay."),
        ("criterion {id} has neither sub-criteria nor a method", "Add a 'method' (or kind: manual)."),
    ),
    "rubric_quarter_points": (
        ("điểm tối đa {max} không là bội của 0,25", "Bộ chỉ số chỉ dùng điểm nguyên, 0,5 hoặc 0,25."),
        ("max {max} is not a multiple of 0.25", "Rubrics use whole, half or quarter points."),
    ),
    "rubric_band_duplicate": (
        ("mức {min} khai báo hai lần", "Mỗi mức chỉ một lần; xóa dòng trùng."),
        ("band {min} is declared twice", "Declare each band once."),
    ),
    "rubric_band_points": (
        ("điểm {points} lớn hơn điểm tối đa {max} của tiêu chí", "Điểm của một mức không vượt quá 'max' của tiêu chí."),
        ("{points} points exceed the criterion's max {max}", "A band cannot give more than the criterion's max."),
    ),
    "rubric_band_floor": (
        ("các mức bắt đầu từ {lowest}: giá trị dưới {lowest} không có mức nào", "Thêm mức thấp nhất {{min: 0, points: 0}}."),
        ("the bands start at {lowest}: values below it fall in no band", "Add a lowest band {{min: 0, points: 0}}."),
    ),
    "rubric_ratio_target": (
        ("cách chấm ratio cần đúng một trong 'target' (số) hoặc 'target_of' (mã chỉ tiêu)",
         "Ví dụ: target: 95, hoặc target_of: hai-long-tthc."),
        ("a ratio needs exactly one of 'target' (a number) or 'target_of' (a target id)", "E.g. target: 95."),
    ),
    "rubric_timely_input": (
        ("cách chấm timely (đúng hạn/muộn/chưa làm) chỉ dùng được với một nhiệm vụ: input: {{task: …}}",
         "Dùng input: {{task: số nhiệm vụ}}; với một số đo, chọn pass_fail, completion hoặc bands."),
        ("'timely' (on time/late/missing) needs a task: input: {{task: …}}",
         "Use input: {{task: N}}; for a measure choose pass_fail, completion or bands."),
    ),
    "rubric_input_count": (
        ("'input' cần đúng một nguồn số liệu, gặp {found}", "Chọn một: measure, indicator, target, task hoặc reports."),
        ("'input' needs exactly one source, found {found}", "Choose one: measure, indicator, target, task or reports."),
    ),
    "rubric_class_gap": (
        ("các mức xếp loại bỏ trống khoảng từ {start} đến {end}", "Sửa 'min'/'below' để các mức nối liền từ 0 đến 100."),
        ("the classification leaves {start}–{end} uncovered", "Make the bands run from 0 to 100 without gaps."),
    ),
    "rubric_class_overlap": (
        ("mức '{label}' bắt đầu từ {min}, chồng lên mức trước (đến {end})", "Sửa 'min'/'below' để các mức không chồng nhau."),
        ("band '{label}' starts at {min}, overlapping the one before (up to {end})", "Make the bands not overlap."),
    ),
    "rubric_class_order": (
        ("'below' ({below}) không lớn hơn 'min' ({min})", "'below' phải lớn hơn 'min'."),
        ("'below' ({below}) is not above 'min' ({min})", "'below' must be above 'min'."),
    ),
    "rubric_year_mismatch": (
        ("năm {year} khác năm trong tên tệp ({file_year})", "Đặt tên tệp theo năm áp dụng, ví dụ scoring/{year}.yaml."),
        ("year {year} differs from the file name's year ({file_year})", "Name the file after its year."),
    ),
    # --- custom-check conditions (conditions.py)
    "cond_bad_char": (
        ("điều kiện có ký tự không hiểu được '{found}' (cột {column})",
         "Dùng tên trường, số, \"văn bản\", ngày dd/mm/yyyy, các phép < <= > >= == != và and/or/not."),
        ("the condition has a character it cannot read, '{found}' (column {column})",
         "Use field names, numbers, \"text\", dd/mm/yyyy dates, < <= > >= == != and and/or/not."),
    ),
    "cond_expected": (
        ("điều kiện cần {expected} ở cột {column}, nhưng gặp '{found}'",
         "Ví dụ đúng: value < 97 and indicator == \"sipas\"."),
        ("the condition expects {expected} at column {column}, found '{found}'",
         "A valid example: value < 97 and indicator == \"sipas\"."),
    ),
    "cond_bad_date": (
        ("ngày {found} trong điều kiện không có thật (cột {column})", "Sửa ngày, dạng dd/mm/yyyy."),
        ("date {found} in the condition does not exist (column {column})", "Fix the date (dd/mm/yyyy)."),
    ),
    "cond_number": (
        ("số {found} có quá 4 chữ số thập phân hoặc quá lớn (cột {column})",
         "Viết số với tối đa 4 chữ số thập phân, ví dụ 97,5 hoặc 0,0001."),
        ("number {found} has more than 4 decimals or is too large (column {column})",
         "Write at most 4 decimals, e.g. 97.5 or 0.0001."),
    ),
    "cond_unknown_field": (
        ("trường '{found}' không có trong dữ kiện loại {kind} (cột {column})", "{fix} Các trường dùng được: {known}."),
        ("field '{found}' does not exist on {kind} facts (column {column})", "{fix} Usable fields: {known}."),
    ),
    "cond_type": (
        ("trường '{field}' là {expected} nhưng được so với {found} (cột {column})",
         "So sánh với giá trị cùng loại: số, \"văn bản\", ngày dd/mm/yyyy hoặc true/false."),
        ("field '{field}' is {expected} but is compared with {found} (column {column})",
         "Compare with a value of the same type."),
    ),
    "cond_operator": (
        ("trường '{field}' chỉ so sánh bằng == hoặc != (gặp {op}, cột {column})",
         "Với văn bản và đúng/sai chỉ dùng == hoặc !=."),
        ("field '{field}' can only be compared with == or != (found {op}, column {column})",
         "Text and true/false take only == or !=."),
    ),
    "explanation_unmatched": (
        ("cảnh báo: giải trình cho '{finding}' ({agency}) không ứng với phát hiện nào của quý này",
         "{fix} Mã phát hiện lấy từ kết quả evaluate; cơ quan phải là cơ quan được nêu trong phát hiện."),
        ("warning: the explanation for '{finding}' ({agency}) answers no finding of this quarter",
         "{fix} Copy the finding id from evaluate's output; the agency must be the finding's agency."),
    ),
    # --- findings of the quarter check (findings.py); the hint says what to do
    "finding.task_overdue": (
        ("Nhiệm vụ {task} ({content}) đến hạn {due} nhưng chưa hoàn thành (trạng thái: {status})",
         "{lead_name} hoàn thành nhiệm vụ và báo cáo tiến độ; nếu chậm vì nguyên nhân khách quan, gửi báo cáo giải trình."),
        ("Task {task} ({content}) was due {due} and is not done (status: {status})",
         "{lead_name} should finish the task and report; if the delay has an objective cause, explain it in writing."),
    ),
    "finding.task_done_late": (
        ("Nhiệm vụ {task} ({content}) hoàn thành ngày {completed_on}, trễ {days} ngày so với hạn {due}",
         "Ghi nhận chậm tiến độ; {lead_name} giải trình nguyên nhân."),
        ("Task {task} ({content}) was done on {completed_on}, {days} day(s) after its deadline {due}",
         "Recorded as late; {lead_name} should explain the cause."),
    ),
    "finding.task_no_product": (
        ("Nhiệm vụ {task} ({content}) báo hoàn thành nhưng không ghi sản phẩm (cần: {product})",
         "Ghi số, ngày của văn bản là sản phẩm vào cột product_ref của task_status."),
        ("Task {task} ({content}) is reported done without its product (expected: {product})",
         "Give the number and date of the product document in task_status.product_ref."),
    ),
    "finding.report_missing": (
        ("{agency_name} chưa gửi {duty_title} kỳ {period} (hạn {due})",
         "Gửi báo cáo về UBND xã qua Phòng Văn hóa - Xã hội."),
        ("{agency_name} has not sent {duty_title} for {period} (due {due})",
         "Send the report to the commune People's Committee through the standing CCHC office."),
    ),
    "finding.report_late": (
        ("{agency_name} gửi {duty_title} kỳ {period} ngày {received_on}, trễ {days} ngày so với hạn {due}",
         "Gửi báo cáo đúng hạn ở các kỳ sau."),
        ("{agency_name} sent {duty_title} for {period} on {received_on}, {days} day(s) after {due}",
         "Send future reports on time."),
    ),
    "finding.target_missed": (
        ("{indicator_name}: đạt {value}%, chưa đạt chỉ tiêu năm {year} ({comparison} {threshold}%); cách {margin} điểm phần trăm",
         "{agency_name} đề ra giải pháp; nếu vì nguyên nhân khách quan, gửi báo cáo giải trình."),
        ("{indicator_name}: {value}%, below the {year} target ({comparison} {threshold}%) by {margin} percentage points",
         "{agency_name} should act; if the cause is objective, explain it in writing."),
    ),
    "finding.indicator_not_reported": (
        ("Chưa có số liệu chỉ số {indicator_name} (chỉ tiêu: {target_name})",
         "{agency_name} báo cáo giá trị chỉ số trong indicator_values."),
        ("No value reported for {indicator_name} (target: {target_name})",
         "{agency_name} should report it in indicator_values."),
    ),
    "finding.pakn_overdue": (
        ("PAKN {ref} tiếp nhận ngày {received_on}, quá hạn xử lý {due} mà chưa xử lý",
         "{agency_name} xử lý, trả lời phản ánh, kiến nghị và cập nhật ngày xử lý."),
        ("Feedback {ref} received {received_on} is past its deadline {due} and not handled",
         "{agency_name} should handle and answer it, then record the date."),
    ),
    "finding.pakn_late": (
        ("PAKN {ref} xử lý ngày {handled_on}, trễ {days} ngày so với hạn {due}",
         "Xử lý phản ánh, kiến nghị trong thời hạn."),
        ("Feedback {ref} was handled on {handled_on}, {days} day(s) after {due}", "Handle feedback in time."),
    ),
    "finding.custom": (("{message}", ""), ("{message}", "")),
    "finding.explanation_owed": (
        ("{agency_name} phải gửi báo cáo giải trình về {about} trước ngày {due}",
         "Gửi báo cáo giải trình (nguyên nhân, giải pháp, thời hạn mới) về Phòng Văn hóa - Xã hội; ghi vào explanations."),
        ("{agency_name} owes a written explanation of {about} by {due}",
         "Send the explanation (cause, remedy, new date) to the standing CCHC office; record it in explanations."),
    ),
    "finding.explanation_received": (
        ("{agency_name} đã giải trình ngày {submitted_on} về {about}: nguyên nhân khách quan, được chấp nhận",
         ""),
        ("{agency_name} explained {about} on {submitted_on}: objective cause, accepted", ""),
    ),
    "finding.explanation_not_accepted": (
        ("{agency_name} giải trình ngày {submitted_on} về {about} với nguyên nhân {cause}: không được chấp nhận",
         "Mục VI.1.c chỉ chấp nhận giải trình vì nguyên nhân khách quan; phát hiện vẫn còn và được báo Chủ tịch UBND xã."),
        ("{agency_name} explained {about} on {submitted_on} with a {cause} cause: not accepted",
         "VI.1.c accepts only objective causes; the finding stands."),
    ),
}

_LABELS = {
    "vi": {"hint": "gợi ý", "more": "… và {n} vấn đề khác", "summary": "{errors} lỗi, {warnings} cảnh báo"},
    "en": {"hint": "hint", "more": "… and {n} more", "summary": "{errors} error(s), {warnings} warning(s)"},
}

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


def word(key: str, lang: Lang) -> str:
    pair = WORDS.get(key)
    return (pair[0] if lang == "vi" else pair[1]) if pair else key


def render_text(code: str, params: dict[str, Any], lang: Lang) -> tuple[str, str]:
    """The message and hint of a problem code, filled in, in the given language."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return code, ""
    message, hint = entry[0] if lang == "vi" else entry[1]
    localized = {k: _localize(v, lang) for k, v in params.items()}
    return message.format(**localized).strip(), hint.format(**localized).strip()


def _localize(value: Any, lang: Lang) -> Any:
    """Parameters may be word keys (`{"word": "agency_code"}`) or sentences built from words."""
    if isinstance(value, dict) and "word" in value:  # replace, not format: words may hold braces
        return word(value["word"], lang).replace("{s}", str(value.get("s", "")))
    if isinstance(value, list):
        return " ".join(str(_localize(v, lang)) for v in value)
    return value


# Labels standing in for a field when a problem concerns a whole file, folder, sheet or row.
_PLACE_LABELS = {"(tệp)": "(file)", "(thư mục)": "(folder)", "(trang tính)": "(sheet)", "(dòng)": "(row)"}


def render_problem(problem: Problem, lang: Lang = "vi") -> str:
    """A problem as a compiler-style line plus an indented hint."""
    message, hint = render_text(problem.code, problem.params, lang)
    field = _PLACE_LABELS.get(problem.field, problem.field) if lang == "en" else problem.field
    line = f"{problem.location}: {field}: {message}"
    if hint:
        line += f"\n  {_LABELS[lang]['hint']}: {hint}"
    return line


def render_problems(problems: list[Problem], lang: Lang = "vi", limit: int | None = None) -> str:
    shown = problems if limit is None else problems[:limit]
    lines = [render_problem(p, lang) for p in shown]
    if limit is not None and len(problems) > limit:
        lines.append(_LABELS[lang]["more"].format(n=len(problems) - limit))
    return "\n".join(lines)


def summary(problems: list[Problem], lang: Lang = "vi") -> str:
    errors = sum(1 for p in problems if p.severity == "error")
    return _LABELS[lang]["summary"].format(errors=errors, warnings=len(problems) - errors)


def _merge_catalogues() -> None:
    from cchc_rules.batch.catalogue import BATCH_CATALOGUE
    from cchc_rules.cli_catalogue import CLI_CATALOGUE
    from cchc_rules.facts.catalogue import FACTS_CATALOGUE

    for part in (FACTS_CATALOGUE, BATCH_CATALOGUE, CLI_CATALOGUE):
        clash = set(part) & set(CATALOGUE)
        if clash:  # a programming error, caught by the test suite
            raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
        CATALOGUE.update(part)


_merge_catalogues()
