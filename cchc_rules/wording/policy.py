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

POLICY: dict[str, _Entry] = {**_DIFF, **_TEST}
