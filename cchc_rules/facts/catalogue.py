"""Wording of the problems found in status-fact files (merged into messages.CATALOGUE).

Each entry: code → ((vi message, vi hint), (en message, en hint)). A `{guess}` placeholder holds
"Có phải ý bạn là 'x'? " or nothing; `{fix}` holds sentences built from messages.WORDS.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

_FILES: dict[str, _Entry] = {
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

_COLUMNS: dict[str, _Entry] = {
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

_CELLS: dict[str, _Entry] = {
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

_PACK: dict[str, _Entry] = {
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

_VALUES: dict[str, _Entry] = {
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

_RUBRIC: dict[str, _Entry] = {
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
    "fact_points_range": (
        ("{points} điểm nằm ngoài khoảng 0–{max} của tiêu chí {criterion}",
         "Điểm chấm tay từ 0 đến điểm tối đa của tiêu chí ({max})."),
        ("{points} points is outside 0–{max} for criterion {criterion}",
         "Manual points lie between 0 and the criterion's maximum ({max})."),
    ),
}

FACTS_CATALOGUE: dict[str, _Entry] = {**_FILES, **_COLUMNS, **_CELLS, **_PACK, **_VALUES, **_RUBRIC}
