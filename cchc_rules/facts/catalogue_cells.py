"""Wording of problems reading one cell and matching it against the rule pack (part of FACTS_CATALOGUE).

Entries as in `catalogue.py`: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

CELLS: dict[str, _Entry] = {
    "fact_missing_value": (
        ("ô bắt buộc đang để trống", "Điền giá trị, ví dụ: {example}."),
        ("this required cell is empty", "Fill it in, e.g. {example}."),
    ),
    "fact_not_text": (
        ("cần văn bản, nhưng gặp {found}", "Viết văn bản trong dấu nháy kép, ví dụ \"{found}\"."),
        ("expected text, found {found}", "Write text in double quotes, e.g. \"{found}\"."),
    ),
    "fact_not_whole": (
        ("'{found}' không phải một số nguyên", "Viết số nguyên, không có phần thập phân, ví dụ 5."),
        ("'{found}' is not a whole number", "Write a whole number without decimals, e.g. 5."),
    ),
    "fact_not_number": (
        ("'{found}' không phải một số",
         "Viết số, ví dụ 97,5 hoặc 97.5 (có thể thêm dấu % ở cuối)."),
        ("'{found}' is not a number", "Write a number, e.g. 97,5 or 97.5 (a trailing % is allowed)."),
    ),
    "fact_bad_date": (
        ("'{found}' không phải một ngày",
         "Viết ngày dạng dd/mm/yyyy (ví dụ 20/03/2026) hoặc yyyy-mm-dd (2026-03-20)."),
        ("'{found}' is not a date", "Write the date as dd/mm/yyyy (20/03/2026) or yyyy-mm-dd (2026-03-20)."),
    ),
    "fact_impossible_day": (
        ("ngày {found} không có thật: tháng {month}/{year} chỉ có {days} ngày",
         "Sửa lại ngày; ngày viết theo thứ tự ngày/tháng/năm."),
        ("date {found} does not exist: {month}/{year} has only {days} days",
         "Correct the day; dates are written day/month/year."),
    ),
    "fact_impossible_month": (
        ("ngày {found} không có thật: không có tháng {month}",
         "Ngày viết theo thứ tự ngày/tháng/năm (dd/mm/yyyy), ví dụ 20/03/2026 là ngày 20 tháng 3."),
        ("date {found} does not exist: there is no month {month}",
         "Dates are written day/month/year (dd/mm/yyyy): 20/03/2026 is 20 March."),
    ),
    "fact_unknown_status": (
        ("trạng thái '{found}' không hợp lệ", "{guess}Viết một trong: {allowed}."),
        ("status '{found}' is not known", "{guess}Write one of: {allowed}."),
    ),
    "fact_ambiguous_status": (
        ("trạng thái '{found}' không cho biết nhiệm vụ đã bắt đầu hay chưa",
         "Viết 'đang thực hiện' nếu đã triển khai, 'chưa thực hiện' nếu chưa bắt đầu."),
        ("status '{found}' does not say whether the task has started",
         "Write 'in_progress' (đang thực hiện) if work has started, 'not_started' (chưa thực hiện) if not."),
    ),
    "fact_unknown_cause": (
        ("nguyên nhân '{found}' không hợp lệ", "{guess}Viết một trong: {allowed}."),
        ("cause '{found}' is not known", "{guess}Write one of: {allowed}."),
    ),
    "fact_bad_report_period": (
        ("kỳ báo cáo '{found}' không đúng dạng",
         "Viết 2026-Q1, 2026-H1, 2026-Q3, 2026-Y (hoặc Quý I/2026, 6 tháng 2026, Năm 2026)."),
        ("reporting period '{found}' is not in a known form",
         "Write 2026-Q1, 2026-H1, 2026-Q3, 2026-Y (or Quý I/2026, 6 tháng 2026, Năm 2026)."),
    ),
}

PACK: dict[str, _Entry] = {
    "fact_unknown_task": (
        ("không có nhiệm vụ số {found} trong kế hoạch",
         "Số thứ tự nhiệm vụ theo Phụ lục của kế hoạch: {valid}."),
        ("the plan has no task number {found}", "The plan's appendix numbers its tasks {valid}."),
    ),
    "fact_unknown_agency": (
        ("không có cơ quan '{found}' trong kế hoạch",
         "{guess}Viết mã hoặc tên cơ quan như trong plan.yaml; các mã: {allowed}."),
        ("the plan has no agency '{found}'",
         "{guess}Write the agency's code or name as in plan.yaml; the codes are: {allowed}."),
    ),
    "fact_agency_is_group": (
        ("'{found}' là một nhóm chung ({name}), không phải một cơ quan cụ thể",
         "Ghi mã hoặc tên của một cơ quan cụ thể."),
        ("'{found}' is a group ({name}), not a single agency", "Write the code or name of one agency."),
    ),
    "fact_unknown_indicator": (
        ("không có chỉ số '{found}' trong kế hoạch",
         "{guess}Viết mã hoặc tên chỉ số như trong targets.yaml; các mã: {allowed}."),
        ("the plan has no indicator '{found}'",
         "{guess}Write the indicator's id or name as in targets.yaml; the ids are: {allowed}."),
    ),
    "fact_unknown_duty": (
        ("không có nhiệm vụ báo cáo '{found}' trong kế hoạch",
         "{guess}Viết mã nhiệm vụ báo cáo như trong reporting.yaml: {allowed}."),
        ("the plan has no reporting duty '{found}'",
         "{guess}Write a duty id from reporting.yaml: {allowed}."),
    ),
    "fact_period_not_in_duty": (
        ("kỳ {found} không phải kỳ nộp của '{duty}' (các kỳ: {periods})",
         "{guess}Viết một trong: {periods}."),
        ("{found} is not a period of duty '{duty}' (periods: {periods})",
         "{guess}Write one of: {periods}."),
    ),
    "fact_year_outside_plan": (
        ("năm {found} nằm ngoài giai đoạn của kế hoạch ({start}–{end})",
         "Sửa năm cho nằm trong giai đoạn; để trống thì lấy năm của kỳ báo cáo."),
        ("year {found} is outside the plan period ({start}–{end})",
         "Use a year inside the period; leave it empty to use the reporting period's year."),
    ),
    "fact_agency_not_on_task": (
        ("cảnh báo: {agency} không chủ trì hay phối hợp nhiệm vụ {task} (chủ trì: {lead})",
         "Kiểm tra lại cơ quan; nếu cơ quan này báo cáo thay cơ quan chủ trì, bỏ qua cảnh báo."),
        ("warning: {agency} neither leads nor co-operates on task {task} (lead: {lead})",
         "Check the agency; ignore this if it reports on the lead's behalf."),
    ),
    "fact_agency_not_reporter": (
        ("cảnh báo: {agency} không thuộc các cơ quan phải gửi '{duty}' ({reporters})",
         "Kiểm tra lại cơ quan hoặc nhiệm vụ báo cáo; báo cáo tự nguyện thì bỏ qua cảnh báo."),
        ("warning: {agency} is not among the reporters of '{duty}' ({reporters})",
         "Check the agency or the duty; ignore this for a voluntary report."),
    ),
}
