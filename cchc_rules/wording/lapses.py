"""Wording of the explanation state of a lapse (quarter_judge.with_explanations, one column of the
lapse's row, VI.1.c) and of a target judged against a yearly level the rule pack assumed
(findings.FindingBuilder.assumed_level).

A leaf of the catalogue (wording/catalogue.py assembles it): plain data, no cchc_rules imports.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

# code: ((vi message, vi hint), (en message, en hint))
LAPSES: dict[str, _Entry] = {
    "explanation.owed": (
        ("Còn nợ giải trình, chậm nhất ngày {due}",
         "{agency_name} gửi báo cáo giải trình (nguyên nhân, giải pháp, thời hạn mới) về Phòng Văn hóa - Xã hội "
         "chậm nhất ngày {due}; ghi vào explanations."),
        ("Explanation owed, due by {due}",
         "{agency_name} should send the explanation (cause, remedy, new date) to the standing CCHC office "
         "by {due}; record it in explanations."),
    ),
    "explanation.overdue": (
        ("Quá hạn giải trình: chậm nhất ngày {due} nhưng chưa nhận được",
         "{agency_name} gửi ngay báo cáo giải trình; quá hạn giải trình là vi phạm mục VI.1.c."),
        ("Explanation overdue: it was due by {due} and has not been received",
         "{agency_name} should send the explanation now; an overdue explanation breaches VI.1.c."),
    ),
    "explanation.accepted": (
        ("Đã nhận giải trình ngày {submitted_on}: nguyên nhân khách quan, được chấp nhận", ""),
        ("Explanation received on {submitted_on}: objective cause, accepted", ""),
    ),
    "explanation.not_accepted": (
        ("Đã nhận giải trình ngày {submitted_on}: nguyên nhân {cause}, không được chấp nhận",
         "Mục VI.1.c chỉ chấp nhận giải trình vì nguyên nhân khách quan; phát hiện vẫn còn và được báo "
         "Chủ tịch UBND xã."),
        ("Explanation received on {submitted_on}: {cause} cause, not accepted",
         "VI.1.c accepts only objective causes; the finding stands."),
    ),
    "finding.target_missed_assumed": (
        ("{indicator_name}: đạt {value} %, chưa đạt mức năm {year} theo giả định của bộ quy tắc: {threshold} %; "
         "mục tiêu đến {by_year}: {final} % (mục {target_clause}); cách {margin} điểm phần trăm",
         "{agency_name} đề ra giải pháp; nếu vì nguyên nhân khách quan, gửi báo cáo giải trình. Mức năm {year} "
         "do bộ quy tắc giả định (targets.yaml, path), kế hoạch chỉ đặt mục tiêu đến {by_year}."),
        ("{indicator_name}: {value}%, below the level the rule pack assumes for {year}: {threshold}%; "
         "target by {by_year}: {final}% (clause {target_clause}); short by {margin} percentage points",
         "{agency_name} should act; if the cause is objective, explain it in writing. The {year} level is "
         "the rule pack's assumption (targets.yaml, path); the plan sets only the target by {by_year}."),
    ),
}
