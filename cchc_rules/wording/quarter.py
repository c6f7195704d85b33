"""Wording of custom-check conditions (conditions.py) and of the quarter check's findings
(findings.py, quarter_judge.py); a finding's hint says what to do.

A leaf of the catalogue (wording/catalogue.py assembles it): plain data, no cchc_rules imports.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

# code: ((vi message, vi hint), (en message, en hint))
QUARTER: dict[str, _Entry] = {
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
        ("{agency_name} chưa gửi {duty_title} {period} (hạn {due})",
         "Gửi báo cáo về UBND xã qua Phòng Văn hóa - Xã hội."),
        ("{agency_name} has not sent {duty_title} for {period} (due {due})",
         "Send the report to the commune People's Committee through the standing CCHC office."),
    ),
    "finding.report_late": (
        ("{agency_name} gửi {duty_title} {period} ngày {received_on}, trễ {days} ngày so với hạn {due}",
         "Gửi báo cáo đúng hạn ở các kỳ sau."),
        ("{agency_name} sent {duty_title} for {period} on {received_on}, {days} day(s) after {due}",
         "Send future reports on time."),
    ),
    "finding.target_missed": (
        ("{indicator_name}: đạt {value} %, chưa đạt chỉ tiêu năm {year} ({comparison} {threshold} %); cách {margin} điểm phần trăm",
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
}
