"""Words of the HTML reports in Vietnamese (default) and English, and the number/date formats."""

from __future__ import annotations

from typing import Any

from cchc_rules import formats
from cchc_rules.messages import Lang

_COMMON = {
    "vi": {
        "unit": "Đơn vị", "plan": "Kế hoạch", "period": "Kỳ", "as_of": "Ngày xét", "yes": "có", "no": "không",
        "unknown": "chưa có dữ liệu", "none": "—", "agency": "Cơ quan", "id": "Mã", "clause": "Điều khoản",
        "message": "Nội dung", "warnings": "Cảnh báo về dữ liệu", "no_warnings": "Không có cảnh báo.",
        "file": "Tệp", "row": "Dòng", "field": "Trường", "hint": "Cách sửa", "quarter": "Quý",
        "generated_by": "Lập bằng cchc-rules từ kết quả JSON; mọi số liệu truy được về tệp:dòng.",
        "footer_page": "Trang", "appendix": "Phụ lục kỹ thuật", "stt": "STT",
        "appendix_about": "Phần dành cho người cần đối chiếu: mã phát hiện, quy tắc, điều kiện và số liệu "
                          "(tệp:dòng) của từng phát hiện, các tệp dữ liệu đã đọc.",
        "traces": "Căn cứ của từng phát hiện", "rule": "Quy tắc (nơi viết)", "condition": "Điều kiện",
        "facts": "Số liệu (tệp:dòng)",
    },
    "en": {
        "unit": "Unit", "plan": "Plan", "period": "Period", "as_of": "As of", "yes": "yes", "no": "no",
        "unknown": "no data", "none": "—", "agency": "Agency", "id": "Id", "clause": "Clause",
        "message": "Message", "warnings": "Data warnings", "no_warnings": "No warnings.",
        "file": "File", "row": "Row", "field": "Field", "hint": "Fix", "quarter": "Quarter",
        "generated_by": "Drawn by cchc-rules from the JSON result; every number traces to file:row.",
        "footer_page": "Page", "appendix": "Technical appendix", "stt": "No.",
        "appendix_about": "For those who check: the id, rule, condition and facts (file:row) of every finding, "
                          "and the data files read.",
        "traces": "Basis of each finding", "rule": "Rule (where written)", "condition": "Condition",
        "facts": "Facts (file:row)",
    },
}

_QUARTER = {
    "vi": {
        "title": "Kết quả kiểm tra thực hiện Kế hoạch CCHC {period}", "summary": "Tóm tắt",
        "doc_summary": "Kết quả kiểm tra thực hiện Kế hoạch cải cách hành chính {period}",
        "findings_total": "Số phát hiện", "violations": "Vi phạm", "infos": "Thông tin",
        "lagging_count": "Cơ quan chậm trễ", "owed_open": "Còn nợ giải trình (chưa đến hạn)",
        "owed_overdue": "Quá hạn giải trình", "explained_accepted": "Giải trình được chấp nhận",
        "explained_not_accepted": "Giải trình không được chấp nhận",
        "chart_agency": "Số vi phạm theo cơ quan", "chart_kind": "Số phát hiện theo loại",
        "chart_agency_desc": "Biểu đồ thanh ngang: mỗi cơ quan chậm trễ một thanh, độ dài là số vi phạm trong kỳ.",
        "chart_kind_desc": "Biểu đồ thanh ngang: mỗi loại phát hiện một thanh, độ dài là số phát hiện.",
        "findings": "Các phát hiện", "severity": "Mức", "explanation": "Giải trình (hạn nộp)",
        "due": "hạn", "received": "đã nhận", "not_received": "chưa nhận", "cause": "nguyên nhân",
        "accepted": "được chấp nhận", "not_accepted": "không được chấp nhận", "not_owed": "không phải giải trình",
        "lagging": "Cơ quan chậm trễ", "count": "Số vi phạm", "owed": "Phải giải trình",
        "repeat": "Chậm cả quý trước", "quarters_lagging": "Số quý chậm liền nhau",
        "escalate": "Báo cáo lên", "no_findings": "Không có phát hiện nào trong kỳ.",
        "no_lagging": "Không có cơ quan chậm trễ.", "inputs": "Dữ liệu đầu vào", "kind": "Loại",
        "read": "Đọc", "used": "Dùng", "rejected": "Loại bỏ", "duplicates": "Trùng", "total": "Tổng",
        "previous_period": "Kỳ trước",
    },
    "en": {
        "title": "CCHC plan quarter check {period}", "summary": "Summary",
        "doc_summary": "Check of the administrative reform plan, {period}",
        "findings_total": "Findings", "violations": "Violations", "infos": "Information",
        "lagging_count": "Lagging agencies", "owed_open": "Explanations owed (not yet due)",
        "owed_overdue": "Explanations overdue", "explained_accepted": "Explanations accepted",
        "explained_not_accepted": "Explanations not accepted",
        "chart_agency": "Violations per agency", "chart_kind": "Findings per kind",
        "chart_agency_desc": "Horizontal bar chart: one bar per lagging agency, its length the number of violations.",
        "chart_kind_desc": "Horizontal bar chart: one bar per kind of finding, its length the number of findings.",
        "findings": "Findings", "severity": "Severity", "explanation": "Explanation (due)",
        "due": "due", "received": "received", "not_received": "not received", "cause": "cause",
        "accepted": "accepted", "not_accepted": "not accepted", "not_owed": "not owed",
        "lagging": "Lagging agencies", "count": "Violations", "owed": "Explanations owed",
        "repeat": "Also lagged last quarter", "quarters_lagging": "Quarters lagging in a row",
        "escalate": "Escalate to", "no_findings": "No findings this period.",
        "no_lagging": "No lagging agencies.", "inputs": "Inputs", "kind": "Kind",
        "read": "Read", "used": "Used", "rejected": "Rejected", "duplicates": "Duplicates", "total": "Total",
        "previous_period": "Previous period",
    },
}

_SCORE = {
    "vi": {
        "title": "Tự đánh giá Chỉ số CCHC năm {year}", "rubric": "Bộ chỉ số", "model_note":
        "Bộ chỉ số mô hình, không phải bộ chính thức", "total": "Tổng điểm", "classification": "Xếp loại",
        "raw_points": "Điểm đạt", "max_available": "Điểm tối đa áp dụng",
        "converted": "quy đổi thang 100 vì có phần không áp dụng",
        "chart_areas": "Điểm đạt so với điểm tối đa theo lĩnh vực",
        "chart_areas_desc": "Biểu đồ thanh ngang: mỗi lĩnh vực một thanh, phần tô đậm là điểm đạt, "
                            "phần nhạt là điểm tối đa.",
        "chart_agencies": "Tỷ lệ điểm đạt của các cơ quan (%)",
        "chart_agencies_desc": "Biểu đồ thanh ngang: mỗi cơ quan một thanh, độ dài là tỷ lệ điểm đạt trên "
                               "điểm tối đa các tiêu chí cơ quan phụ trách.",
        "tree": "Bảng điểm chi tiết", "no": "STT", "name": "Lĩnh vực / Tiêu chí / Tiêu chí thành phần",
        "max": "Điểm tối đa", "points": "Điểm tự đánh giá", "method": "Cách chấm", "owner": "Phụ trách",
        "trace": "Căn cứ (tệp:dòng)", "note": "Ghi chú", "evidence_missing": "thiếu tài liệu kiểm chứng",
        "agencies": "Chỉ số của các cơ quan", "rank": "Hạng", "percent": "Tỷ lệ (%)",
        "attach": "Tài liệu kiểm chứng cần bổ sung", "no_attach": "Không thiếu tài liệu kiểm chứng.",
        "criterion": "Tiêu chí", "documents": "Tài liệu",
        "appraised": "Điểm thẩm định", "appraisal_comment": "Ý kiến thẩm định",
        "attached": "Tài liệu kiểm chứng", "none_attached": "chưa đính kèm", "working": "Cách tính",
        "appraised_total": "Tổng điểm thẩm định", "appraisal_round": "vòng thẩm định",
        "appraisal_incomplete": "chưa thẩm định hết các tiêu chí",
        "trend": "Xu hướng các quý trong năm", "no_trend": "Chưa có số liệu quý nào của năm.",
        "chart_trend": "Số phát hiện theo quý",
        "chart_trend_desc": "Biểu đồ cột nhóm: mỗi quý ba cột — số vi phạm, số phát hiện thông tin, số cơ quan chậm trễ.",
        "violations": "Vi phạm", "infos": "Thông tin", "lagging_count": "Cơ quan chậm trễ",
        "indicators": "Giá trị chỉ tiêu không đạt theo quý", "indicator": "Chỉ tiêu",
        "no_indicators": "Không có chỉ tiêu nào không đạt trong các quý.",
        "inputs": "Dữ liệu đầu vào", "quarters": "Các quý có số liệu", "annual": "Số liệu năm",
        "trend_findings": "Số phát hiện",
    },
    "en": {
        "title": "PAR INDEX self-assessment {year}", "rubric": "Rubric", "model_note":
        "Model rubric, not the official one", "total": "Total", "classification": "Classification",
        "raw_points": "Points", "max_available": "Max available",
        "converted": "converted to 100: a part did not apply",
        "chart_areas": "Points against max per area",
        "chart_areas_desc": "Horizontal bar chart: one bar per area, the dark part the points, the light part the max.",
        "chart_agencies": "Agency index (% of max)",
        "chart_agencies_desc": "Horizontal bar chart: one bar per agency, its length the percent of the max of "
                               "the criteria it owns.",
        "tree": "Criteria", "no": "No.", "name": "Area / criterion / sub-criterion",
        "max": "Max", "points": "Points", "method": "Method", "owner": "Owner",
        "trace": "Basis (file:row)", "note": "Note", "evidence_missing": "evidence missing",
        "agencies": "Agency index", "rank": "Rank", "percent": "Percent",
        "attach": "Documents to attach", "no_attach": "No documents missing.",
        "criterion": "Criterion", "documents": "Documents",
        "appraised": "Appraised points", "appraisal_comment": "Appraiser's comment",
        "attached": "Evidence attached", "none_attached": "none attached", "working": "Arithmetic",
        "appraised_total": "Appraised total", "appraisal_round": "appraisal round",
        "appraisal_incomplete": "not every criterion appraised yet",
        "trend": "Trend across the quarters", "no_trend": "No quarter data for the year yet.",
        "chart_trend": "Findings per quarter",
        "chart_trend_desc": "Grouped column chart: three columns per quarter — violations, information findings, "
                            "lagging agencies.",
        "violations": "Violations", "infos": "Information", "lagging_count": "Lagging agencies",
        "indicators": "Values of missed targets per quarter", "indicator": "Indicator",
        "no_indicators": "No target was missed in the quarters.",
        "inputs": "Inputs", "quarters": "Quarters with data", "annual": "Annual data",
        "trend_findings": "Findings",
    },
}

_BATCH = {
    "vi": {
        "title": "Xếp hạng Chỉ số CCHC năm {year} các đơn vị", "data": "Thư mục số liệu", "rules": "Bộ quy tắc",
        "lagging_period": "Kỳ xét cơ quan chậm trễ", "summary": "Tóm tắt", "found": "Đơn vị tìm thấy",
        "scored": "Đơn vị được chấm điểm", "skipped": "Đơn vị bỏ qua",
        "chart_totals": "Tổng điểm theo đơn vị",
        "chart_totals_desc": "Biểu đồ điểm: mỗi đơn vị một dòng theo thứ hạng, chấm tròn đặt tại tổng điểm; trục "
                             "không bắt đầu từ 0 để thấy rõ chênh lệch; các dải màu là các mức xếp loại.",
        "model_warning": "Xếp hạng này chấm theo bộ chỉ số mô hình ({title}), không phải Bộ chỉ số CCHC chính "
                         "thức do Sở Nội vụ ban hành: chỉ dùng để thử nghiệm, không dùng để công bố kết quả.",
        "areas": "Điểm theo lĩnh vực", "area_points": "Điểm các lĩnh vực",
        "chart_classes": "Số đơn vị theo xếp loại",
        "chart_classes_desc": "Biểu đồ thanh ngang: mỗi xếp loại một thanh, độ dài là số đơn vị.",
        "no_class": "(chưa xếp loại)", "ranking": "Bảng xếp hạng", "rank": "Hạng", "code": "Mã",
        "name": "Đơn vị", "total": "Tổng điểm", "classification": "Xếp loại", "findings_year": "Phát hiện cả năm",
        "lagging": "Cơ quan chậm trễ", "tie": "đồng hạng", "no_ranking": "Không có đơn vị nào được chấm điểm.",
        "skipped_units": "Đơn vị bỏ qua", "folder": "Thư mục", "reason": "Lý do", "problems": "Các vấn đề cần sửa",
        "no_skipped": "Không bỏ qua đơn vị nào.", "basis": "Căn cứ xếp hạng", "self_total": "Điểm tự đánh giá",
        "final_total": "Điểm thẩm định", "change": "Chênh lệch (thẩm định − tự đánh giá)",
        "basis_note": "Đơn vị đã được thẩm định đầy đủ xếp hạng theo điểm thẩm định; đơn vị chưa được thẩm định "
                      "đầy đủ xếp hạng theo điểm tự đánh giá. Điểm phần và lĩnh vực của đơn vị đã thẩm định là "
                      "điểm thẩm định, trong ngoặc là chênh lệch so với điểm tự đánh giá.",
    },
    "en": {
        "title": "PAR INDEX {year} ranking of the units", "data": "Data folder", "rules": "Rule pack",
        "lagging_period": "Period for lagging agencies", "summary": "Summary", "found": "Units found",
        "scored": "Units scored", "skipped": "Units skipped",
        "chart_totals": "Total per unit",
        "chart_totals_desc": "Dot plot: one row per unit in rank order, a dot at its total; the axis does not "
                             "start at 0, so gaps show; the coloured bands are the classifications.",
        "model_warning": "This ranking uses a model rubric ({title}), not the official rubric issued by the "
                         "Department of Home Affairs: for trials only, not for publishing results.",
        "areas": "Points per area", "area_points": "Area points",
        "chart_classes": "Units per classification",
        "chart_classes_desc": "Horizontal bar chart: one bar per classification, its length the number of units.",
        "no_class": "(no classification)", "ranking": "Ranking", "rank": "Rank", "code": "Code",
        "name": "Unit", "total": "Total", "classification": "Classification", "findings_year": "Findings (year)",
        "lagging": "Lagging agencies", "tie": "tie", "no_ranking": "No unit was scored.",
        "skipped_units": "Skipped units", "folder": "Folder", "reason": "Reason", "problems": "Problems to fix",
        "no_skipped": "No unit skipped.", "basis": "Ranked on", "self_total": "Self-assessed total",
        "final_total": "Appraised total", "change": "Change (appraised − self)",
        "basis_note": "A unit whose appraisal is complete is ranked on its appraised total; the others on their "
                      "self-assessed total. The part and area points of an appraised unit are appraised points, "
                      "with the change from the self-score in brackets.",
    },
}

KINDS = {
    "vi": {
        "task_overdue": "Nhiệm vụ quá hạn", "task_done_late": "Nhiệm vụ hoàn thành chậm",
        "task_no_product": "Nhiệm vụ thiếu sản phẩm", "report_missing": "Thiếu báo cáo",
        "report_late": "Báo cáo nộp chậm", "target_missed": "Chỉ tiêu không đạt",
        "indicator_not_reported": "Chỉ số chưa báo cáo", "pakn_overdue": "PAKN quá hạn xử lý",
        "pakn_late": "PAKN xử lý chậm", "custom": "Kiểm tra tùy chỉnh",
    },
    "en": {
        "task_overdue": "Task overdue", "task_done_late": "Task done late", "task_no_product": "Task without product",
        "report_missing": "Report missing", "report_late": "Report late", "target_missed": "Target missed",
        "indicator_not_reported": "Indicator not reported", "pakn_overdue": "Feedback overdue",
        "pakn_late": "Feedback handled late", "custom": "Custom check",
    },
}

SEVERITIES = {"vi": {"violation": "vi phạm", "warning": "cảnh báo", "info": "thông tin"},
              "en": {"violation": "violation", "warning": "warning", "info": "info"}}

CAUSES = {"vi": {"objective": "khách quan", "subjective": "chủ quan"},
          "en": {"objective": "objective", "subjective": "subjective"}}


def labels(page: str, lang: Lang) -> dict[str, str]:
    """The words of one page ("quarter", "score" or "batch") merged with the common ones."""
    own = {"quarter": _QUARTER, "score": _SCORE, "batch": _BATCH}[page]
    return {**_COMMON[lang], **own[lang]}


def number(value: Any, lang: Lang) -> str:
    """A point or count as written in the language (formats.number: a decimal comma in Vietnamese).

    Examples:
        >>> number(88.43, "vi"), number(88.43, "en"), number(2.0, "vi"), number(None, "vi")
        ('88,43', '88.43', '2', '—')
    """
    return formats.number(value, lang)


def date(iso: str | None, lang: Lang) -> str:
    """An ISO date as dd/mm/yyyy (formats.date); no date is '—'.

    Examples:
        >>> date("2026-10-02", "vi"), date("2026-10-02", "en"), date(None, "vi")
        ('02/10/2026', '02/10/2026', '—')
    """
    return formats.date(iso, lang) if iso else "—"
