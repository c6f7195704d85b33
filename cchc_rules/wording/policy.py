"""Wording of the policy staff's tools: `cchc-rules diff` (edits and their effects) and
`cchc-rules test` (the pack's own scenarios and rule coverage). A part of wording.catalogue;
plain data.

Each entry: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

_DIFF: dict[str, _Entry] = {
    "diff.edit.added": (("Thêm {what} ({new_at})", ""), ("Added {what} ({new_at})", "")),
    "diff.edit.removed": (("Bỏ {what} ({old_at})", ""), ("Removed {what} ({old_at})", "")),
    "diff.edit.changed": (("Sửa {what}: {fields}", ""), ("Changed {what}: {fields}", "")),
    "diff.field": (("{field} {old} → {new} ({old_at} → {new_at})", ""),
                   ("{field} {old} → {new} ({old_at} → {new_at})", "")),
    "diff.effect.finding_added": (("Phát sinh phát hiện {subject}", ""), ("New finding {subject}", "")),
    "diff.effect.finding_removed": (("Không còn phát hiện {subject}", ""), ("Finding {subject} is gone", "")),
    "diff.effect.finding_changed": (("Phát hiện {subject} đổi: {change}", ""),
                                    ("Finding {subject} changes: {change}", "")),
    "diff.effect.points": (("Tiêu chí {subject}: {old} → {new} điểm", ""),
                           ("Criterion {subject}: {old} → {new} points", "")),
    "diff.effect.total": (("Tổng điểm: {old} → {new}", ""), ("Total: {old} → {new} points", "")),
    "diff.effect.classification": (("Xếp loại: {old} → {new}", ""), ("Classification: {old} → {new}", "")),
    "diff.effect.lagging_gained": (("Thêm cơ quan chậm trễ: {subject}", ""), ("Newly lagging agency: {subject}", "")),
    "diff.effect.lagging_lost": (("Không còn chậm trễ: {subject}", ""), ("No longer lagging: {subject}", "")),
    "diff.effect.lagging_changed": (("Cơ quan {subject}: số quý chậm trễ liên tiếp {old} → {new}", ""),
                                    ("Agency {subject}: quarters lagging in a row {old} → {new}", "")),
    "diff.cause.alone": (("do {causes}", ""), ("caused by {causes}", "")),
    "diff.cause.only_edit": (("do {causes}", ""), ("caused by {causes}", "")),
    "diff.cause.together": (("do các sửa đổi cùng nhau: {causes}", ""), ("caused by the edits together: {causes}", "")),
    "diff.no_edits": (("Hai bộ quy tắc giống nhau: không có sửa đổi.", ""),
                      ("The two packs are the same: no edits.", "")),
    "diff.no_effects": (("Sửa đổi không làm thay đổi phát hiện hay điểm nào trên số liệu này.", ""),
                        ("The edits change no finding and no points on this data.", "")),
    "diff.heading.edits": (("Sửa đổi ({count})", ""), ("Edits ({count})", "")),
    "diff.heading.effects": (("Ảnh hưởng trên số liệu {data} ({count})", ""), ("Effects on the data in {data} ({count})", "")),
    "diff.no_data_folder": (("không có thư mục số liệu {folder}", ""), ("there is no data folder {folder}", "")),
    "diff.skipped": (("{unit}{period}: không tính được ({reason})", ""), ("{unit}{period}: not computed ({reason})", "")),
}

_TEST: dict[str, _Entry] = {
    "packtest.pass": (("ĐẠT  {where}  {name}", ""), ("PASS  {where}  {name}", "")),
    "packtest.fail": (("KHÔNG ĐẠT  {where}  {name}", ""), ("FAIL  {where}  {name}", "")),
    "packtest.summary": (("{passed}/{total} kịch bản đạt; độ phủ quy tắc {percent} ({covered}/{rules})", ""),
                         ("{passed}/{total} scenarios pass; rule coverage {percent} ({covered}/{rules})", "")),
    "packtest.uncovered": (("Chưa có kịch bản nào kiểm tra {rule} ({where})",
                            "Thêm một kịch bản vào thư mục tests/ của bộ quy tắc có kết quả mong đợi về quy tắc này."),
                           ("No scenario exercises {rule} ({where})",
                            "Add a scenario to the pack's tests/ folder that expects a result of this rule.")),
    "packtest.no_tests": (("Bộ quy tắc chưa có kịch bản nào: không thấy tệp .feature trong {folder}",
                           "Tạo thư mục tests/ trong bộ quy tắc và viết kịch bản tiếng Việt (# language: vi)."),
                          ("The pack has no scenarios: no .feature file in {folder}",
                           "Create a tests/ folder in the pack and write Vietnamese scenarios (# language: vi).")),
    "packtest.bad_feature": (("Không đọc được kịch bản: {error}", "Sửa cú pháp Gherkin tại dòng này."),
                             ("The scenario cannot be read: {error}", "Fix the Gherkin syntax at this line.")),
    "packtest.unknown_step": (("Câu không hiểu được: \"{text}\"",
                               "Các câu dùng được có trong README, mục \"Kịch bản của bộ quy tắc\"."),
                              ("Step not understood: \"{text}\"",
                               "The steps you can use are in README, section \"Kịch bản của bộ quy tắc\".")),
    "packtest.expected_missing": (("mong đợi {expected}, nhưng không có", ""), ("expected {expected}, not found", "")),
    "packtest.unexpected": (("không mong đợi nhưng có {actual}", ""), ("not expected but found {actual}", "")),
    "packtest.value_differs": (("{what}: mong đợi {expected}, thực tế {actual}", ""),
                               ("{what}: expected {expected}, actual {actual}", "")),
    "packtest.unknown_rule": (("{rule} không có trong bộ quy tắc",
                               "Quy tắc đã bị xóa hoặc đổi mã: sửa kịch bản hoặc khôi phục quy tắc."),
                              ("{rule} is not in the pack",
                               "The rule was deleted or renamed: fix the scenario or restore the rule.")),
    "packtest.data_error": (("Số liệu của kịch bản có lỗi: {error}", ""), ("The scenario's data has errors: {error}", "")),
    "packtest.no_when": (("Kịch bản chưa nói kiểm tra quý nào hay chấm điểm năm nào",
                          "Thêm câu 'Khi kiểm tra quý \"2026-Q2\"' hoặc 'Khi chấm điểm năm 2026'."),
                         ("The scenario does not say which quarter to check or year to score",
                          "Add 'Khi kiểm tra quý \"2026-Q2\"' or 'Khi chấm điểm năm 2026'.")),
}

_EFFECTIVE: dict[str, _Entry] = {
    "effective_not_quarter_start": (
        ("ngày bắt đầu hiệu lực {value} không phải ngày đầu một quý",
         "Ghi ngày đầu quý: 01/01, 01/04, 01/07 hoặc 01/10; các quy tắc được áp dụng theo quý."),
        ("the start date {value} is not the first day of a quarter",
         "Write a quarter's first day: 01/01, 01/04, 01/07 or 01/10; rules apply by quarter."),
    ),
    "effective_not_quarter_end": (
        ("ngày hết hiệu lực {value} không phải ngày cuối một quý",
         "Ghi ngày cuối quý: 31/03, 30/06, 30/09 hoặc 31/12; các quy tắc được áp dụng theo quý."),
        ("the end date {value} is not the last day of a quarter",
         "Write a quarter's last day: 31/03, 30/06, 30/09 or 31/12; rules apply by quarter."),
    ),
    "effective_order": (
        ("ngày hết hiệu lực {end} trước ngày bắt đầu hiệu lực {start}",
         "Đổi chỗ hai ngày, hoặc sửa ngày bị gõ nhầm."),
        ("the end date {end} is before the start date {start}", "Swap the two dates, or fix the mistyped one."),
    ),
    "effective_overlap": (
        ("{item} có hai phiên bản cùng có hiệu lực: phiên bản tại {other} còn hiệu lực đến {end}",
         "Đặt effective_to của phiên bản trước là ngày ngay trước effective_from của phiên bản này."),
        ("{item} has two versions in force at once: the version at {other} is in force until {end}",
         "Set the earlier version's effective_to to the day before this version's effective_from."),
    ),
    "effective_gap": (
        ("{item} không có phiên bản nào có hiệu lực sau {end} và trước {start} (phiên bản trước tại {other})",
         "Cho phiên bản này có hiệu lực từ ngày ngay sau {end}, hoặc thêm một phiên bản cho khoảng trống."),
        ("{item} has no version in force after {end} and before {start} (the earlier version is at {other})",
         "Start this version on the day after {end}, or add a version for the gap."),
    ),
    "rubric_year_missing": (
        ("không có bộ chỉ số năm {year} (scoring/{year}.yaml) trong khi bộ quy tắc có các năm {have}",
         "Mỗi năm cần bộ chỉ số của năm đó: thêm scoring/{year}.yaml (có thể chép từ năm trước rồi sửa)."),
        ("there is no {year} rubric (scoring/{year}.yaml) while the pack has the years {have}",
         "Each year needs its own rubric: add scoring/{year}.yaml (copy the year before and edit it)."),
    ),
}

POLICY: dict[str, _Entry] = {**_DIFF, **_TEST, **_EFFECTIVE}
