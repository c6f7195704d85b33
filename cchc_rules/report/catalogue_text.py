"""Words of the rule catalogue: labels in Vietnamese or English, and the pack's coded values
(schedules, comparisons, roles, lapses) written out in plain words.

Used by the catalogue builders (`catalogue_pack.py`, `catalogue_rubric.py`); the content text of
the pack itself is never translated, only the labels around it.
"""

from __future__ import annotations

import datetime as dt

from cchc_rules.messages import Lang
from cchc_rules.periods import Quarter
from cchc_rules.rulepack.tasks import Once, OnEvent, Ongoing, OverPeriod, Quarterly, SchedulePart, Yearly

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# key → (Vietnamese, English)
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Danh mục quy tắc", "Rule catalogue"),
    "toc": ("Mục lục", "Contents"),
    "decision": ("Quyết định", "Decision"),
    "decision_text": ("{number} ngày {date} của {issuer}", "{number} of {date}, issued by {issuer}"),
    "signed": ("người ký: {title} {name}", "signed by: {title} {name}"),
    "effective": ("hiệu lực từ {date}", "in force from {date}"),
    "unit": ("Đơn vị", "Unit"),
    "unit_text": ("{name} (mã {code}{list}), {province} (mã {pcode})",
                  "{name} (code {code}{list}), {province} (code {pcode})"),
    "period": ("Giai đoạn", "Period"),
    "based_on": ("Căn cứ", "Based on"),
    "pack": ("Bộ quy tắc", "Rule pack"),
    "pack_text": ("thư mục {folder}, mã {id}", "folder {folder}, id {id}"),
    "files": ("Các tệp quy tắc", "Rules files"),
    "file": ("Tệp", "File"),
    "lines": ("Số dòng", "Lines"),
    "digest": ("SHA-256 (16 ký tự đầu)", "SHA-256 (first 16 characters)"),
    "how_to_read": ("Cách đọc", "How to read"),
    "how_to_read_text": (
        "Mỗi mục ghi điều khoản của kế hoạch (hoặc của bộ chỉ số) mà nó mã hóa và vị trí trong tệp quy tắc, "
        "dạng tệp:dòng tính trong thư mục bộ quy tắc, để đối chiếu. Nội dung được giữ nguyên như tệp quy tắc viết.",
        "Every item names the clause of the plan (or of the rubric) it encodes and where it is written, as "
        "file:line inside the rule pack folder, so a reviewer can find it. Content text is shown as the rules "
        "files write it (in Vietnamese)."),
    "model_note": ("Lưu ý: bộ chỉ số chấm điểm năm {year} là bộ chỉ số MÔ HÌNH, không phải bộ chỉ số chính thức. {basis}",
                   "Note: the {year} scoring rubric is a MODEL rubric, not the official one. {basis}"),
    "notes": ("Ghi chú", "Notes"),
    "conflicts_with": ("mâu thuẫn với {ref}", "conflicts with {ref}"),
    "clause": ("Điều khoản", "Clause"),
    "source": ("Vị trí", "Source"),
    "code": ("Mã", "Code"),
    "name": ("Tên", "Name"),
    "aliases": ("Tên gọi khác", "Other names"),
    "roles": ("Vai trò", "Roles"),
    "standing_office": ("Cơ quan thường trực CCHC: {names}.", "Standing CCHC office: {names}."),
    "agencies": ("Cơ quan", "Agencies"),
    "areas": ("Lĩnh vực cải cách hành chính", "Reform areas"),
    "area": ("Lĩnh vực", "Area"),
    "area_lead": ("Chủ trì theo dõi, tham mưu", "Lead"),
    "targets_clause": ("Mục chỉ tiêu", "Targets clause"),
    "tasks_clause": ("Mục nhiệm vụ", "Tasks clause"),
    "indicators": ("Chỉ số đo lường", "Indicators"),
    "indicator": ("Chỉ số", "Indicator"),
    "unit_of": ("Đơn vị tính", "Unit"),
    "how_measured": ("Cách tính", "How it is measured"),
    "numerator": ("Tử số", "Numerator"),
    "denominator": ("Mẫu số", "Denominator"),
    "data_source": ("Nguồn số liệu", "Data source"),
    "reported_by": ("Cơ quan báo cáo số liệu", "Reported by"),
    "targets": ("Chỉ tiêu", "Targets"),
    "targets_and_indicators": ("Chỉ tiêu và chỉ số", "Targets and indicators"),
    "target": ("Chỉ tiêu", "Target"),
    "method": ("Cách xét", "How it is judged"),
    "yearly_path": ("Ngưỡng từng năm", "Threshold by year"),
    "path_basis": ("Lộ trình lấy từ", "Path basis"),
    "owner": ("Cơ quan chịu trách nhiệm", "Responsible agency"),
    "co_owners": ("Cùng chịu trách nhiệm", "Also responsible"),
    "related_tasks": ("Nhiệm vụ liên quan", "Related tasks"),
    "related_targets": ("Chỉ tiêu liên quan", "Related targets"),
    "goals": ("Mục tiêu không định lượng", "Goals without a number"),
    "goal": ("Mục tiêu", "Goal"),
    "covers": ("Giai đoạn phải bao trùm", "Period to cover"),
    "tasks": ("Nhiệm vụ (Phụ lục)", "Tasks (appendix)"),
    "task": ("Nhiệm vụ {n}", "Task {n}"),
    "tasks_count": ("Phụ lục có {n} nhiệm vụ.", "The appendix has {n} tasks."),
    "content": ("Nội dung", "Content"),
    "lead": ("Chủ trì", "Lead"),
    "co_agencies": ("Phối hợp", "Co-operating"),
    "as_written": ("như Phụ lục viết", "as the appendix writes it"),
    "schedule_written": ("Thời gian hoàn thành (như Phụ lục viết)", "Schedule (as the appendix writes it)"),
    "schedule": ("Mốc kiểm tra", "Checkpoints"),
    "product": ("Sản phẩm", "Product"),
    "scored_by": ("Được chấm điểm ở", "Scored at"),
    "reporting": ("Chế độ báo cáo", "Reporting"),
    "calendar": ("Kỳ báo cáo và ngày chốt số liệu", "Reporting periods and cut-offs"),
    "period_id": ("Kỳ", "Period"),
    "label": ("Tên kỳ", "Label"),
    "starts": ("Từ ngày", "From"),
    "ends": ("Chốt số liệu ngày", "Cut-off"),
    "closes_quarter": ("Khép lại quý", "Closes quarter"),
    "previous_year": ("{day} năm trước", "{day} of the previous year"),
    "due_rule": ("Báo cáo gửi chậm nhất {n} ngày làm việc sau ngày chốt số liệu.",
                 "Reports are due {n} working days after the cut-off."),
    "due_basis": ("Căn cứ của hạn", "Basis of the deadline"),
    "holidays": ("Ngày nghỉ lễ (không tính là ngày làm việc)", "Holidays (not working days)"),
    "duties": ("Nhiệm vụ báo cáo", "Reporting duties"),
    "duty": ("Báo cáo", "Report"),
    "reporters": ("Cơ quan báo cáo", "Reporters"),
    "to": ("Gửi đến", "To"),
    "via": ("qua {agency}", "via {agency}"),
    "when": ("Kỳ, hạn", "When, due"),
    "periodic": ("{periods}; hạn {n} ngày làm việc sau ngày chốt số liệu",
                 "{periods}; due {n} working days after the cut-off"),
    "on_request": ("Khi được yêu cầu (không có kỳ cố định)", "On request (no fixed period)"),
    "explanation": ("Báo cáo giải trình", "Explanations owed"),
    "owed_for": ("Phải giải trình khi", "Owed for"),
    "accepted_causes": ("Nguyên nhân được chấp nhận", "Causes accepted"),
    "explain_due": ("Hạn nộp", "Due"),
    "explain_due_text": ("{n} ngày làm việc kể từ ngày báo cáo kỳ đến hạn",
                         "{n} working days after the period's report is due"),
    "receiver": ("Nơi nhận", "Received by"),
    "repeat": ("Chậm trễ lặp lại", "Repeated lapses"),
    "repeat_text": ("Cơ quan chậm trễ {n} quý liền nhau được báo {agency} để phê bình ({clause}).",
                    "An agency lagging {n} quarters in a row is reported to {agency} ({clause})."),
    "feedback": ("Phản ánh, kiến nghị (PAKN)", "Citizens' feedback (PAKN)"),
    "feedback_text": ("PAKN không ghi hạn thì phải xử lý trong {n} ngày làm việc kể từ ngày tiếp nhận; "
                      "quá hạn chưa xử lý hoặc xử lý sau hạn đều bị ghi nhận.",
                      "Feedback without a due date must be handled within {n} working days of receipt; "
                      "unhandled after that, or handled late, is a finding."),
    "basis": ("Căn cứ", "Basis"),
    "responsibilities": ("Trách nhiệm của các cơ quan", "Responsibilities"),
    "checks": ("Kiểm tra tùy chỉnh", "Custom checks"),
    "checks_none": ("Bộ quy tắc không có kiểm tra tùy chỉnh (checks.yaml).",
                    "The pack has no custom checks (checks.yaml)."),
    "check_title": ("Tên", "Title"),
    "applies_to": ("Áp dụng cho", "Applies to"),
    "condition": ("Điều kiện (như viết)", "Condition (as written)"),
    "message": ("Thông báo", "Message"),
    "severity": ("Mức", "Severity"),
    "agency": ("Cơ quan", "Agency"),
    "fact_agency": ("cơ quan của dữ kiện", "the fact's agency"),
    "rubric": ("Bộ chỉ số chấm điểm năm {year}", "Scoring rubric {year}"),
    "rubrics_none": ("Bộ quy tắc không có bộ chỉ số chấm điểm (scoring/<năm>.yaml).",
                     "The pack has no scoring rubric (scoring/<year>.yaml)."),
    "rubric_title": ("Tên bộ chỉ số", "Rubric"),
    "model": ("Bộ chỉ số mô hình", "Model rubric"),
    "model_yes": ("Có: đây là bộ chỉ số MÔ HÌNH, không phải bộ chính thức", "Yes: a MODEL rubric, not the official one"),
    "model_no": ("Không: bộ chỉ số chính thức", "No: the official rubric"),
    "total": ("Tổng điểm tối đa", "Total points"),
    "total_text": ("{total} điểm ({parts})", "{total} points ({parts})"),
    "rounding": ("Làm tròn", "Rounding"),
    "rounding_text": ("{n} chữ số thập phân, từ 5 trở lên làm tròn lên", "{n} decimals, half up"),
    "missing_part": ("Phần thiếu số liệu", "Missing part"),
    "scale_to_100": ("quy đổi điểm các phần còn lại về thang 100", "the other parts are scaled to 100"),
    "zero": ("tính 0 điểm", "counts as zero"),
    "classification": ("Xếp loại", "Classification"),
    "band_label": ("Mức", "Band"),
    "range": ("Khoảng điểm", "Points"),
    "range_from": ("từ {min} đến 100", "from {min} to 100"),
    "range_below": ("từ {min} đến dưới {below}", "from {min} to below {below}"),
    "measures": ("Số đo nhập khi tự đánh giá", "Measures entered at self-assessment"),
    "part": ("Phần {id}. {name} ({max} điểm)", "Part {id}. {name} ({max} points)"),
    "survey_part": ("Phần điều tra xã hội học, đo lường bên ngoài.", "Survey and external measurement part."),
    "criterion": ("Tiêu chí", "Criterion"),
    "max": ("Điểm tối đa", "Max"),
    "how_scored": ("Cách chấm", "How it is scored"),
    "evidence": ("Tài liệu kiểm chứng", "Evidence"),
    "maps_to": ("Điều khoản / nhiệm vụ tương ứng", "Clause / task"),
    "none": ("—", "—"),
    "judge_dated": ("Quá hạn nếu chưa hoàn thành khi đã qua hạn; hoàn thành sau hạn bị ghi là hoàn thành muộn; "
                    "hoàn thành phải có sản phẩm ({clause}).",
                    "Overdue if not done once the deadline has passed; done after it is recorded as late; "
                    "done must come with its product ({clause})."),
    "judge_undated": ("Không có mốc thời hạn để xét quá hạn: kiểm tra quý không xét nhiệm vụ này.",
                      "No deadline to miss: the quarter check does not judge this task."),
    "explain_owed": ("{who} phải báo cáo giải trình trong {n} ngày làm việc kể từ ngày báo cáo kỳ đến hạn ({clause}).",
                     "{who} must explain within {n} working days after the period's report is due ({clause})."),
    "lead_agency": ("Cơ quan chủ trì", "The lead agency"),
    "owner_agency": ("Cơ quan chịu trách nhiệm", "The responsible agency"),
    "reporter_agency": ("Cơ quan báo cáo", "The reporting agency"),
    "target_met": ("Đạt khi giá trị chỉ số {cmp} {value}{unit_sp}{unit}", "Met when the indicator {cmp} {value}{unit_sp}{unit}"),
    "target_from": ("xét từ năm {year}", "judged from {year}"),
    "target_by": ("phải đạt đến năm {year}", "to be reached by {year}"),
    "target_missed": ("Không đạt nếu giá trị báo cáo không thỏa ngưỡng của năm; không báo cáo số liệu cũng bị ghi nhận.",
                      "Missed if the reported value fails the year's threshold; no value reported is also a finding."),
    "floor_note": ("mốc lộ trình là mức tối thiểu", "path points are floors"),
    "not_judged": ("chưa xét", "not judged"),
    "report_judged": ("Thiếu nếu đến hạn chưa gửi; muộn nếu gửi sau hạn ({clause}).",
                      "Missing if not received by the due date; late if received after it ({clause})."),
    "quarter_rules": ("Quy tắc của kiểm tra quý", "Rules of the quarter check"),
    "quarter_rules_text": ("Các quy tắc cố định mà kiểm tra quý (cchc-rules evaluate) dùng; ngưỡng chỉ tiêu và "
                           "kiểm tra tùy chỉnh lấy từ các mục ở trên.",
                           "The fixed rules the quarter check (cchc-rules evaluate) uses; target thresholds and "
                           "custom checks come from the sections above."),
    "rule": ("Quy tắc", "Rule"),
    "finding": ("Phát hiện", "Finding"),
    "rule_condition": ("Điều kiện", "Condition"),
    "number": ("Số", "No."),
    "part_short": ("Phần {id} {max}", "Part {id} {max}"),
}


def label(key: str, lang: Lang, **params: object) -> str:
    """A label in the language asked for, with its placeholders filled.

    Examples:
        >>> label("task", "vi", n=7), label("task", "en", n=7)
        ('Nhiệm vụ 7', 'Task 7')
    """
    text = LABELS[key][0 if lang == "vi" else 1]
    return text.format(**params) if params else text


def num(value: float, lang: Lang) -> str:
    """A number as written in the language: no trailing zeros, a decimal comma in Vietnamese.

    Examples:
        >>> num(0.5, "vi"), num(97.0, "vi"), num(1.25, "en")
        ('0,5', '97', '1.25')
    """
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "vi" else text


def day(date: dt.date) -> str:
    """A date as Vietnamese forms write it: 31/03/2026."""
    return date.strftime("%d/%m/%Y")


def iso_day(iso: str) -> str:
    """A model's ISO date text as Vietnamese forms write it.

    Examples:
        >>> iso_day("2026-01-06")
        '06/01/2026'
    """
    return day(dt.date.fromisoformat(iso))


def deadline_words(deadline: str, lang: Lang) -> str:
    """A canonical deadline ('2026', '2026-Q1', '2026-03-31') as the last day it allows, in words.

    Examples:
        >>> deadline_words("2026-Q2", "vi"), deadline_words("2030", "en")
        ('chậm nhất 30/06/2026 (quý II/2026)', 'by 31/12/2030 (year 2030)')
    """
    if "-Q" in deadline:
        quarter = Quarter(int(deadline[:4]), int(deadline[-1]))
        what = (f"quý {_ROMAN[quarter.number]}/{quarter.year}" if lang == "vi"
                else f"Q{quarter.number}/{quarter.year}")
        return f"{_by(lang)} {day(quarter.end)} ({what})"
    if len(deadline) == 4:
        what = f"năm {deadline}" if lang == "vi" else f"year {deadline}"
        return f"{_by(lang)} 31/12/{deadline} ({what})"
    return f"{_by(lang)} {day(dt.date.fromisoformat(deadline))}"


def _by(lang: Lang) -> str:
    return "chậm nhất" if lang == "vi" else "by"


def part_words(part: SchedulePart, plan_years: tuple[int, int], lang: Lang) -> str:
    """One schedule part in plain words, prefixed by the piece of work it is for.

    Examples:
        >>> from cchc_rules.rulepack.tasks import Yearly
        >>> part_words(Yearly(kind="yearly", by="Q2"), (2026, 2030), "vi")
        'Hằng năm, chậm nhất 30/06 (cuối quý II), từ 2026 đến 2030'
    """
    text = _part_text(part, plan_years, lang)
    return f"{part.what}: {text[0].lower()}{text[1:]}" if part.what else text


def _part_text(part: SchedulePart, plan_years: tuple[int, int], lang: Lang) -> str:
    vi = lang == "vi"
    if isinstance(part, Once):
        text = deadline_words(part.by, lang)
        return text[0].upper() + text[1:]
    if isinstance(part, Yearly):
        first, last = part.from_ or plan_years[0], part.to or plan_years[1]
        if part.by:
            number = int(part.by[1])
            end = Quarter(first, number).end.strftime("%d/%m")
            when = (f"chậm nhất {end} (cuối quý {_ROMAN[number]})" if vi else f"by {end} (end of Q{number})")
        else:
            when = "chậm nhất 31/12" if vi else "by 31/12"
        return (f"Hằng năm, {when}, từ {first} đến {last}" if vi else f"Every year, {when}, {first} to {last}")
    if isinstance(part, Quarterly):
        return "Hằng quý, chậm nhất ngày cuối quý" if vi else "Every quarter, by the quarter's last day"
    if isinstance(part, Ongoing):
        return "Thường xuyên" if vi else "Ongoing"
    if isinstance(part, OverPeriod):
        return (f"Trong giai đoạn {part.from_} - {part.to}, chậm nhất 31/12/{part.to}" if vi
                else f"Over {part.from_} - {part.to}, by 31/12/{part.to}")
    assert isinstance(part, OnEvent)
    if vi and part.event.lower().startswith("khi "):
        return part.event  # already says "when …"
    return f"Khi có sự kiện: {part.event}" if vi else f"On an event: {part.event}"


def is_dated(part: SchedulePart) -> bool:
    """Whether the quarter check gives this part a deadline (ongoing and on-event parts have none)."""
    return isinstance(part, Once | Yearly | Quarterly | OverPeriod)


COMPARISON = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<"}

ROLES: dict[str, tuple[str, str]] = {
    "people_committee": ("Ủy ban nhân dân", "people's committee"),
    "chairman": ("Chủ tịch UBND", "chairman"),
    "standing_cchc_office": ("cơ quan thường trực CCHC", "standing CCHC office"),
    "office": ("văn phòng", "office"),
    "specialised_department": ("phòng chuyên môn", "specialised department"),
    "one_stop_centre": ("trung tâm phục vụ hành chính công", "one-stop centre"),
    "public_service_unit": ("đơn vị sự nghiệp công lập", "public service unit"),
    "police": ("công an", "police"),
    "mass_organisation": ("Mặt trận, tổ chức chính trị - xã hội", "mass organisation"),
    "external": ("cơ quan ngoài bộ máy hành chính xã", "external body"),
    "group": ("nhóm chung (chỉ phối hợp)", "group (co-operates only)"),
}

LAPSES: dict[str, tuple[str, str]] = {
    "task_overdue": ("nhiệm vụ quá hạn", "task overdue"),
    "task_late": ("nhiệm vụ hoàn thành muộn", "task done late"),
    "target_missed": ("chỉ tiêu không đạt", "target missed"),
    "report_missing": ("không gửi báo cáo", "report missing"),
    "report_late": ("gửi báo cáo muộn", "report late"),
}

CAUSES: dict[str, tuple[str, str]] = {
    "objective": ("khách quan", "objective"),
    "subjective": ("chủ quan", "subjective"),
}

APPLIES_TO: dict[str, tuple[str, str]] = {
    "task": ("nhiệm vụ", "task"),
    "report": ("báo cáo", "report"),
    "indicator": ("chỉ số", "indicator"),
    "pakn": ("phản ánh, kiến nghị", "feedback"),
}

SEVERITY: dict[str, tuple[str, str]] = {
    "violation": ("vi phạm", "violation"),
    "warning": ("cảnh báo", "warning"),
    "info": ("thông tin", "info"),
}


def word(table: dict[str, tuple[str, str]], key: str, lang: Lang) -> str:
    """A coded value in words; unknown codes are shown as written."""
    pair = table.get(key)
    return key if pair is None else pair[0 if lang == "vi" else 1]
