"""Wording of what the cross-checks find in a rule pack (check.py) and its scoring rubrics
(check_rubric.py).

A leaf of the catalogue (wording/catalogue.py assembles it): plain data, no cchc_rules imports.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

# code: ((vi message, vi hint), (en message, en hint))
MEANING: dict[str, _Entry] = {
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
    "rubric_percent_above_100": (
        ("ngưỡng {found} % của tiêu chí {id} vượt quá 100 %: tỷ lệ không bao giờ đạt được, điểm bị hạ mà không báo",
         "Ghi ngưỡng từ 0 đến 100 (ví dụ target: 100 cho 'đạt 100 % được điểm tối đa')."),
        ("the threshold {found} % of criterion {id} is above 100 %: no rate can reach it, so points drop silently",
         "Write a threshold from 0 to 100 (e.g. target: 100 for 'full points at 100 %')."),
    ),
    "rubric_points_not_100": (
        ("cảnh báo: điểm tối đa các phần cộng lại là {sum}, không phải 100; điểm chưa quy đổi sẽ không theo thang 100",
         "Sửa 'max' của các phần cho tổng bằng 100 (điểm thưởng, điểm trừ không tính vào tổng này), "
         "hoặc bỏ qua nếu bộ chỉ số cố ý dùng thang khác."),
        ("warning: the parts' max add up to {sum}, not 100; an unconverted score is then not out of 100",
         "Make the parts' 'max' add up to 100 (bonus and penalty points stay outside this sum), "
         "or ignore this if the rubric means another scale."),
    ),
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
    "rubric_cap_missing": (
        ("phần {part} là {kind} nhưng không khai báo 'cap' (số điểm tối đa được cộng/trừ)",
         "Thêm cap: <số điểm>, ví dụ cap: 2; điểm thưởng, điểm trừ nằm ngoài tổng điểm 'total'."),
        ("part {part} is a {kind} but declares no 'cap' (the most that counts)",
         "Add cap: <points>, e.g. cap: 2; bonus and penalty points are outside the 'total'."),
    ),
    "rubric_cap_not_bonus": (
        ("phần {part} thuộc tổng điểm (kind: index) nên không có 'cap'",
         "Xóa 'cap', hoặc đặt kind: bonus (điểm thưởng) hay kind: penalty (điểm trừ)."),
        ("part {part} belongs to the total (kind: index), so it has no 'cap'",
         "Delete 'cap', or set kind: bonus or kind: penalty."),
    ),
    "rubric_bonus_over_cap": (
        ("tiêu chí {id} được tối đa {max} điểm, vượt mức tối đa cap {cap} của {kind} {part} ({cap_line}): "
         "không bao giờ được tính đủ",
         "Giảm 'max' của tiêu chí xuống không quá {cap}, hoặc nâng cap của phần {part} lên ít nhất {max}."),
        ("criterion {id} is worth up to {max} points, above the cap {cap} of the {kind} {part} ({cap_line}): "
         "it could never count in full",
         "Lower the criterion's 'max' to at most {cap}, or raise the cap of part {part} to at least {max}."),
    ),
    "rubric_bonus_sum_over_cap": (
        ("{kind} {part}: các tiêu chí cộng lại {sum} điểm ({items}), nhiều hơn mức tối đa cap {cap}; phần vượt "
         "không được tính",
         "Nếu bộ chỉ số cho phép cộng dồn đến {sum}, nâng cap lên {sum}; nếu không, giữ nguyên."),
        ("{kind} {part}: its criteria add up to {sum} points ({items}), more than its cap {cap}; the excess "
         "does not count", "If the rubric lets them add up to {sum}, raise the cap to {sum}; otherwise keep it."),
    ),
    "rubric_bonus_survey": (
        ("phần {part} là điểm thưởng/điểm trừ nên không thể là phần điều tra (survey: true)", "Xóa survey: true."),
        ("part {part} is a bonus or penalty, so it cannot be a survey part", "Delete survey: true."),
    ),
    "rubric_na_no_rescale": (
        ("tiêu chí {id} có thể \"không áp dụng\" nhưng không có quy tắc quy đổi điểm",
         "Ghi not_applicable: {{rescale: area}} (quy đổi trong lĩnh vực) hoặc {{rescale: total}} (quy đổi tổng điểm), "
         "hoặc khai báo quy tắc chung rubric.not_applicable: {{rescale: …}}."),
        ("criterion {id} may be \"not applicable\" but has no rescaling rule",
         "Write not_applicable: {{rescale: area}} (within its area) or {{rescale: total}} (the whole index), "
         "or declare rubric.not_applicable: {{rescale: …}} for all."),
    ),
    "rubric_na_not_leaf": (
        ("tiêu chí {id} có tiêu chí con: \"không áp dụng\" chỉ khai báo ở tiêu chí được chấm điểm",
         "Chuyển not_applicable xuống từng tiêu chí con có thể không áp dụng."),
        ("criterion {id} has sub-criteria: \"not applicable\" is declared on scored criteria only",
         "Move not_applicable down to each sub-criterion that may not apply."),
    ),
    "rubric_na_bonus": (
        ("tiêu chí {id} thuộc phần điểm thưởng/điểm trừ {part}: không cần \"không áp dụng\" (không có thì 0 điểm)",
         "Xóa not_applicable."),
        ("criterion {id} is in the bonus/penalty part {part}: it needs no \"not applicable\" (none is 0)",
         "Delete not_applicable."),
    ),
    "rubric_na_area_self": (
        ("tiêu chí {id} là cả một lĩnh vực: rescale: area không có tiêu chí nào còn lại để quy đổi",
         "Dùng rescale: total."),
        ("criterion {id} is a whole area: rescale: area leaves nothing to rescale", "Use rescale: total."),
    ),
    "rubric_survey_points": (
        ("tiêu chí {id} có max {max} nhưng điểm các câu hỏi của phiếu {survey} cộng lại {sum}",
         "Sửa 'points' của các câu hỏi hoặc 'max' của tiêu chí cho bằng nhau."),
        ("criterion {id} has max {max} but the questions of survey {survey} add up to {sum}",
         "Make the questions' 'points' and the criterion's 'max' agree."),
    ),
    "rubric_survey_group_weights": (
        ("phiếu {survey} kết hợp theo trọng số (combine: weighted) nhưng trọng số các nhóm là {found}, không bằng 100",
         "Ghi 'weight' cho mọi nhóm, tổng bằng 100; hoặc dùng combine: mean."),
        ("survey {survey} is combined by weight but its groups' weights are {found}, not 100 in all",
         "Give every group a 'weight', totalling 100; or use combine: mean."),
    ),
    "rubric_survey_no_full": (
        ("phiếu {survey} không có phương án nào được 100% điểm câu hỏi",
         "Phương án tốt nhất thường có weight: 100 (ví dụ A = 100, B = 60, C = 20, D = 0)."),
        ("no option of survey {survey} gives 100% of a question's points",
         "The best option usually has weight: 100 (e.g. A = 100, B = 60, C = 20, D = 0)."),
    ),
    "rubric_year_mismatch": (
        ("năm {year} khác năm trong tên tệp ({file_year})", "Đặt tên tệp theo năm áp dụng, ví dụ scoring/{year}.yaml."),
        ("year {year} differs from the file name's year ({file_year})", "Name the file after its year."),
    ),
}
