"""Wording of problems with the values of a row and with the annual rubric's facts (part of FACTS_CATALOGUE).

Entries as in `catalogue.py`: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

VALUES: dict[str, _Entry] = {
    "fact_done_without_date": (
        ("trạng thái '{status}' nhưng thiếu ngày hoàn thành",
         "Ghi ngày hoàn thành vào cột completed_on (ngày hoàn thành), ví dụ 20/03/2026."),
        ("status '{status}' but no completion date",
         "Write the completion date in the completed_on column, e.g. 20/03/2026."),
    ),
    "fact_date_but_not_done": (
        ("có ngày hoàn thành {date} nhưng trạng thái là '{status}'",
         "Nếu đã xong, sửa trạng thái thành 'hoàn thành'; nếu chưa, xóa ngày hoàn thành."),
        ("completion date {date} given but the status is '{status}'",
         "If the task is done, set the status to 'done'; if not, delete the date."),
    ),
    "fact_percent_range": (
        ("{value}% nằm ngoài khoảng 0–100%",
         "Tỷ lệ phần trăm phải từ 0 đến 100; tỷ lệ viết dạng 0,975 thì đổi thành 97,5."),
        ("{value}% is outside 0–100%", "A percentage is between 0 and 100; write 0.975 as 97.5."),
    ),
    "fact_negative": (
        ("{value} là số âm", "Số này phải từ 0 trở lên."),
        ("{value} is negative", "This number must be 0 or more."),
    ),
    "fact_zero_denominator": (
        ("mẫu số bằng 0 nên không tính được tỷ lệ",
         "Kiểm tra lại mẫu số; nếu kỳ này không phát sinh (mẫu số 0), xóa dòng và nêu lý do trong "
         "báo cáo."),
        ("the denominator is 0, so there is no ratio",
         "Check the denominator; if nothing arose this period, delete the row and say so in the report."),
    ),
    "fact_numerator_gt": (
        ("tử số {numerator} lớn hơn mẫu số {denominator}",
         "Tử số là một phần của mẫu số nên không thể lớn hơn; có thể hai cột bị đổi chỗ."),
        ("numerator {numerator} is larger than denominator {denominator}",
         "The numerator is part of the denominator; the two columns may be swapped."),
    ),
    "fact_missing_denominator": (
        ("có tử số nhưng thiếu mẫu số", "Ghi cả tử số và mẫu số, hoặc bỏ cả hai và chỉ ghi giá trị."),
        ("numerator given without a denominator",
         "Give both numerator and denominator, or neither and only the value."),
    ),
    "fact_missing_numerator": (
        ("có mẫu số nhưng thiếu tử số", "Ghi cả tử số và mẫu số, hoặc bỏ cả hai và chỉ ghi giá trị."),
        ("denominator given without a numerator",
         "Give both numerator and denominator, or neither and only the value."),
    ),
    "fact_no_value": (
        ("thiếu giá trị: cần giá trị (value), hoặc tử số (numerator) và mẫu số (denominator)",
         "Ghi giá trị của chỉ số theo đơn vị '{unit}', ví dụ 97,5; hoặc ghi tử số và mẫu số."),
        ("no value: give the value, or the numerator and denominator",
         "Write the indicator's value in '{unit}', e.g. 97.5; or its numerator and denominator."),
    ),
    "fact_ratio_conflict": (
        ("giá trị {value} khác tỷ lệ tử số/mẫu số: {numerator}/{denominator} × 100 = {ratio}",
         "Sửa giá trị cho khớp (chênh lệch tối đa 0,05), hoặc để trống giá trị để tính từ tử số và "
         "mẫu số."),
        ("value {value} differs from numerator/denominator: {numerator}/{denominator} × 100 = {ratio}",
         "Make them agree (within 0.05), or leave the value empty to compute it."),
    ),
    "fact_ratio_not_percent": (
        ("chỉ số '{indicator}' tính bằng '{unit}', không phải tỷ lệ %, nên không có tử số, mẫu số",
         "Ghi giá trị vào cột value (giá trị); bỏ tử số và mẫu số."),
        ("indicator '{indicator}' is measured in '{unit}', not a %, so it has no numerator or "
         "denominator", "Write the value in the value column; drop numerator and denominator."),
    ),
    "fact_due_before_received": (
        ("hạn xử lý {due} trước ngày tiếp nhận {received}", "Kiểm tra lại hai ngày."),
        ("due date {due} is before the date received {received}", "Check both dates."),
    ),
    "fact_handled_before_received": (
        ("ngày xử lý {handled} trước ngày tiếp nhận {received}", "Kiểm tra lại hai ngày."),
        ("handled on {handled}, before it was received ({received})", "Check both dates."),
    ),
    "fact_duplicate_conflict": (
        ("dòng này trùng khóa ({key}) với {first} nhưng khác ở: {fields}",
         "Giữ dòng đúng và xóa dòng kia; nếu cả hai đều đúng thì khóa phải khác nhau."),
        ("this row has the same key ({key}) as {first} but differs in: {fields}",
         "Keep the right row and delete the other; if both are right their keys must differ."),
    ),
    "fact_duplicate_same": (
        ("cảnh báo: dòng này giống hệt {first}; chỉ tính một lần", "Xóa dòng thừa."),
        ("warning: this row repeats {first}; it is counted once", "Delete the extra row."),
    ),
}

RUBRIC: dict[str, _Entry] = {
    "fact_no_rubric": (
        ("gói quy tắc không có bộ chỉ số năm {year} (scoring/{year}.yaml) nên không đọc được tệp "
         "số liệu chấm điểm này",
         "Số đo, tài liệu kiểm chứng và điểm chấm tay tham chiếu bộ chỉ số của năm: thêm tệp "
         "scoring/{year}.yaml vào gói quy tắc {rules}, hoặc đặt tệp vào thư mục của năm có bộ chỉ "
         "số (năm có bộ chỉ số: {years})."),
        ("the rule pack has no rubric for {year} (scoring/{year}.yaml), so this scoring file "
         "cannot be read",
         "Measures, evidence and manual points refer to the year's rubric: add scoring/{year}.yaml "
         "to the rule pack {rules}, or put the file in the folder of a year that has one (years "
         "with a rubric: {years})."),
    ),
    "fact_unknown_measure": (
        ("không có số đo '{found}' trong bộ chỉ số",
         "{guess}Viết mã hoặc tên số đo như trong {file} (measures); các mã: {allowed}."),
        ("the rubric has no measure '{found}'",
         "{guess}Write the measure's id or name as in {file} (measures); the ids are: {allowed}."),
    ),
    "fact_not_yes_no": (
        ("'{found}' không phải có hoặc không", "{guess}Số đo này tính bằng có/không; viết một trong: "
         "{allowed}."),
        ("'{found}' is not yes or no", "{guess}This measure is yes/no (có/không); write one of: "
         "{allowed}."),
    ),
    "fact_count_not_whole": (
        ("số đo '{measure}' là số lượng nhưng {found} không phải số nguyên",
         "Số lượng đếm từng việc nên là số nguyên từ 0 trở lên, ví dụ 3."),
        ("measure '{measure}' is a count but {found} is not a whole number",
         "A count is a whole number, 0 or more, e.g. 3."),
    ),
    "fact_unknown_criterion": (
        ("không có tiêu chí '{found}' trong bộ chỉ số",
         "{guess}Viết mã tiêu chí như trong {file}, ví dụ: {nearby}."),
        ("the rubric has no criterion '{found}'",
         "{guess}Write a criterion id as in {file}, e.g.: {nearby}."),
    ),
    "fact_criterion_is_number": (
        ("ô là số {found} nên không biết là tiêu chí nào: {ids}",
         "Excel đã đổi mã tiêu chí thành số (1.10 thành 1.1); định dạng cột là Văn bản (Text) rồi gõ "
         "lại mã, hoặc gõ dấu nháy đơn trước mã, ví dụ '1.10."),
        ("the cell is the number {found}, which could be any of the criteria {ids}",
         "Excel turned the criterion id into a number (1.10 into 1.1); format the column as Text "
         "and type the id again, or type an apostrophe before it, e.g. '1.10."),
    ),
    "fact_criterion_not_leaf": (
        ("tiêu chí {criterion} có tiêu chí con ({children}) nên không chấm điểm trực tiếp",
         "Ghi điểm cho từng tiêu chí con chấm tay; các tiêu chí chấm tay trong tiêu chí này: {manual}."),
        ("criterion {criterion} has sub-criteria ({children}), so it is not scored directly",
         "Give points to each hand-scored sub-criterion; the hand-scored ones under it: {manual}."),
    ),
    "fact_criterion_not_manual": (
        ("tiêu chí {criterion} được chấm tự động theo phương pháp '{method}' ({input}), không chấm tay",
         "Bỏ dòng này: điểm tính từ số liệu; nếu số liệu sai thì sửa số liệu. Các tiêu chí chấm tay "
         "trong {file}: {manual}."),
        ("criterion {criterion} is scored automatically by method '{method}' ({input}), not by hand",
         "Delete this row: the points come from the data; correct the data if it is wrong. The "
         "hand-scored criteria in {file}: {manual}."),
    ),
    "fact_criterion_not_na": (
        ("tiêu chí {criterion} không được bộ chỉ số cho phép \"không áp dụng\"",
         "{guess}Chỉ ghi các tiêu chí có not_applicable trong {file}: {allowed}."),
        ("criterion {criterion} may not be \"not applicable\" under the rubric",
         "{guess}Only the criteria with not_applicable in {file} may be: {allowed}."),
    ),
    "fact_unknown_question": (
        ("không có câu hỏi khảo sát '{found}' trong {file}", "{guess}Các câu hỏi: {allowed}."),
        ("there is no survey question '{found}' in {file}", "{guess}The questions: {allowed}."),
    ),
    "fact_unknown_survey_group": (
        ("nhóm đối tượng '{found}' không có trong phiếu {survey}", "{guess}Các nhóm: {allowed}."),
        ("respondent group '{found}' is not in survey {survey}", "{guess}The groups: {allowed}."),
    ),
    "fact_unknown_survey_option": (
        ("phương án trả lời '{found}' không có trong phiếu {survey}", "{guess}Các phương án: {allowed}."),
        ("answer option '{found}' is not in survey {survey}", "{guess}The options: {allowed}."),
    ),
    "fact_appraisal_not_leaf": (
        ("tiêu chí {criterion} có tiêu chí con ({children}); điểm thẩm định ghi cho từng tiêu chí con",
         "Ghi một dòng cho mỗi tiêu chí con ({children}); điểm của tiêu chí {criterion} là tổng của chúng."),
        ("criterion {criterion} has sub-criteria ({children}); appraised points go to each sub-criterion",
         "Write one row per sub-criterion ({children}); the points of {criterion} are their sum."),
    ),
    "fact_appraisal_points_range": (
        ("{points} điểm nằm ngoài khoảng 0–{max} của tiêu chí {criterion}",
         "Điểm thẩm định từ 0 đến điểm tối đa của tiêu chí ({max})."),
        ("{points} points is outside 0–{max} for criterion {criterion}",
         "Appraised points lie between 0 and the criterion's maximum ({max})."),
    ),
    "fact_appraisal_round": (
        ("vòng thẩm định '{found}' không hợp lệ", "Ghi vòng thẩm định là số nguyên từ 1 trở lên (1, 2, …)."),
        ("appraisal round '{found}' is not valid", "Write the round as a whole number from 1 (1, 2, …)."),
    ),
    "fact_points_range": (
        ("{points} điểm nằm ngoài khoảng 0–{max} của tiêu chí {criterion}",
         "Điểm chấm tay từ 0 đến điểm tối đa của tiêu chí ({max})."),
        ("{points} points is outside 0–{max} for criterion {criterion}",
         "Manual points lie between 0 and the criterion's maximum ({max})."),
    ),
}
