"""The fact kinds as files show them: accepted column headers, sheet names and words.

Five quarterly kinds (task_status … pakn) and five kinds of the annual self-assessment
(measures, evidence, manual_points, not_applicable, survey_answers) that refer to the year's rubric
(scoring/<year>.yaml), and the city's appraisal of it (appraisal, tham-dinh.csv).

Read by the readers (which sheet is which kind), by `header.py` (which column is which field)
and by `build.py` (status and cause words). Headers, sheet names and words are matched
with `suggest.fold` (case, spacing and Unicode form do not matter).
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc_rules.facts import cells
from cchc_rules.facts.cells import CellError, guess
from cchc_rules.suggest import fold, nearest


@dataclass(frozen=True)
class Column:
    """One field of a fact kind: canonical (English) name, other accepted headers, required?"""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    example: str = ""


@dataclass(frozen=True)
class Kind:
    """A fact kind: its file stem, its columns, Vietnamese sheet names and informational columns.

    Informational columns (e.g. a copy of the task's content, a row counter 'STT') are
    accepted in a file and not read. `rubric`: the kind refers to the rubric of the period's
    year (scoring/<year>.yaml), so it cannot be read without one. `keys`: the fields that only
    say which thing a row is about (an agency template fills them in); a row with nothing but
    these is not reported yet and is skipped (load.py).
    """

    name: str
    columns: tuple[Column, ...]
    sheet_names: tuple[str, ...]
    informational: tuple[str, ...] = ()
    rubric: bool = False
    keys: tuple[str, ...] = ()

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def required(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.required)


_AGENCY = ("cơ quan", "đơn vị", "cơ quan báo cáo", "đơn vị báo cáo")
_NOTE = Column("note", ("ghi chú",))
_ROW_COUNTER = ("stt", "số thứ tự", "tt")

TASK_STATUS = Kind(
    "task_status",
    (
        Column("task", ("nhiệm vụ", "stt", "số thứ tự", "tt", "nhiệm vụ số"), True, "5"),
        Column("status", ("trạng thái", "tình trạng", "tiến độ"), True, "đang thực hiện"),
        Column("completed_on", ("ngày hoàn thành",)),
        Column("product_ref", ("sản phẩm", "văn bản", "số, ngày văn bản")),
        Column("product_date", ("ngày ban hành", "ngày văn bản", "ngày sản phẩm")),
        Column("year", ("năm",)),
        Column("agency", (*_AGENCY, "cơ quan chủ trì")),
        _NOTE,
    ),
    ("Tiến độ nhiệm vụ", "Nhiệm vụ", "Tình hình thực hiện nhiệm vụ"),
    ("content", "nội dung", "nội dung nhiệm vụ", "thời gian hoàn thành", "hạn trong kỳ", "schedule",
     "deadline"),
    keys=("task", "agency", "year"),
)
INDICATOR_VALUES = Kind(
    "indicator_values",
    (
        Column("indicator", ("chỉ số", "mã chỉ số", "chỉ tiêu"), True, "so-hoa-ho-so-tthc"),
        Column("value", ("giá trị", "kết quả", "tỷ lệ", "giá trị (%)", "kết quả (%)", "tỷ lệ (%)")),
        Column("numerator", ("tử số",)),
        Column("denominator", ("mẫu số",)),
        Column("source", ("data_source", "nguồn", "nguồn số liệu")),
        Column("agency", _AGENCY),
        _NOTE,
    ),
    ("Chỉ số", "Giá trị chỉ số", "Kết quả chỉ số"),
    (*_ROW_COUNTER, "no", "tên chỉ số", "indicator_name", "unit", "đơn vị tính", "chỉ tiêu phải đạt", "target",
     "cách tính tử số, mẫu số", "definition"),
    keys=("indicator", "agency"),
)
REPORT_SUBMISSIONS = Kind(
    "report_submissions",
    (
        Column("agency", (*_AGENCY, "cơ quan gửi"), True, "VHXH"),
        Column("duty", ("nhiệm vụ báo cáo", "loại báo cáo", "báo cáo")),
        Column("period", ("kỳ", "kỳ báo cáo"), True, "2026-Q1"),
        Column("received_on", ("ngày nhận", "ngày gửi", "ngày nhận báo cáo"), True, "16/03/2026"),
        Column("document_ref", ("số văn bản", "số ký hiệu", "văn bản", "số, ngày văn bản")),
        _NOTE,
    ),
    ("Báo cáo đã gửi", "Báo cáo", "Gửi báo cáo"),
    (*_ROW_COUNTER, "no", "tên báo cáo", "hạn gửi", "duty_title", "due"),
    keys=("agency", "duty", "period"),
)
EXPLANATIONS = Kind(
    "explanations",
    (
        Column("finding", ("phát hiện", "mã phát hiện", "vi phạm", "mã vi phạm"), True,
               "<mã phát hiện / finding id>"),
        Column("agency", _AGENCY, True, "VHXH"),
        Column("cause", ("nguyên nhân", "loại nguyên nhân"), True, "khách quan"),
        Column("text", ("nội dung", "nội dung giải trình", "giải trình", "lý do"), True,
               "<nội dung giải trình / explanation>"),
        Column("submitted_on", ("ngày gửi", "ngày nộp", "ngày giải trình"), True, "25/03/2026"),
    ),
    ("Giải trình", "Báo cáo giải trình"),
    _ROW_COUNTER,
    keys=("finding", "agency"),
)
PAKN = Kind(
    "pakn",
    (
        Column("ref", ("số", "mã", "mã pakn", "số hiệu", "số phản ánh"), True, "PAKN-2026-001"),
        Column("agency", (*_AGENCY, "cơ quan xử lý", "đơn vị xử lý"), True, "VP"),
        Column("received_on", ("ngày tiếp nhận", "ngày nhận"), True, "02/03/2026"),
        Column("due_on", ("hạn xử lý", "hạn giải quyết", "hạn trả lời")),
        Column("handled_on", ("ngày xử lý", "ngày giải quyết", "ngày trả lời", "ngày hoàn thành")),
        Column("content", ("nội dung",)),
        _NOTE,
    ),
    ("PAKN", "Phản ánh kiến nghị", "Phản ánh, kiến nghị"),
    _ROW_COUNTER,
)


# ---- the annual self-assessment (PAR INDEX): values of the rubric's measures, evidence, points
_CRITERION = Column("criterion", ("tiêu chí", "mã tiêu chí", "tiêu chí số"), True, "1.1")
_CRITERION_INFO = ("tên tiêu chí", "nội dung tiêu chí", "tiêu chí thành phần")

MEASURES = Kind(
    "measures",
    (
        Column("measure", ("số đo", "mã số đo", "chỉ tiêu chấm điểm"), True,
               "<mã số đo / measure id>"),
        Column("value", ("giá trị", "kết quả", "số liệu"), True, "3"),
        Column("source", ("data_source", "nguồn", "nguồn số liệu")),
        _NOTE,
    ),
    ("Số đo", "Số liệu chấm điểm"),
    (*_ROW_COUNTER, "tên số đo", "unit", "đơn vị tính"),
    rubric=True,
)
EVIDENCE = Kind(
    "evidence",
    (
        _CRITERION,
        Column("document", ("tài liệu", "tài liệu kiểm chứng", "tên tài liệu"), True,
               "Kế hoạch CCHC năm 2026"),
        Column("number", ("số, ký hiệu", "số ký hiệu", "số văn bản", "số hiệu")),
        Column("date", ("ngày", "ngày ban hành", "ngày văn bản")),
        Column("link", ("đường dẫn", "tệp", "liên kết", "tệp đính kèm")),
        _NOTE,
    ),
    ("Tài liệu kiểm chứng",),
    (*_ROW_COUNTER, *_CRITERION_INFO),
    rubric=True,
)
MANUAL_POINTS = Kind(
    "manual_points",
    (
        _CRITERION,
        Column("points", ("điểm", "điểm chấm", "điểm tự chấm", "điểm tự đánh giá"), True, "2,5"),
        Column("assessor", ("người chấm", "người đánh giá", "cán bộ chấm")),
        _NOTE,
    ),
    ("Điểm chấm tay",),
    (*_ROW_COUNTER, *_CRITERION_INFO, "điểm tối đa"),
    rubric=True,
)

NOT_APPLICABLE = Kind(
    "not_applicable",
    (
        _CRITERION,
        Column("reason", ("lý do", "lý do không áp dụng"), True, "Xã không có đơn vị sự nghiệp công lập"),
        Column("document", ("văn bản", "căn cứ", "văn bản căn cứ", "tài liệu", "tài liệu kiểm chứng"), True,
               "Quyết định số 05/QĐ-UBND ngày 07/01/2026"),
        Column("number", ("số, ký hiệu", "số ký hiệu", "số văn bản", "số hiệu")),
        Column("date", ("ngày", "ngày ban hành", "ngày văn bản")),
        _NOTE,
    ),
    ("Không áp dụng", "Tiêu chí không áp dụng"),
    (*_ROW_COUNTER, *_CRITERION_INFO),
    rubric=True,
)
SURVEY_ANSWERS = Kind(
    "survey_answers",
    (
        Column("respondent", ("phiếu", "mã phiếu", "số phiếu", "phiếu số", "người trả lời"), True, "P001"),
        Column("group", ("nhóm", "nhóm đối tượng", "đối tượng", "đối tượng khảo sát"), True, "cong-chuc-xa"),
        Column("question", ("câu hỏi", "câu", "mã câu hỏi"), True, "Q1"),
        Column("option", ("phương án", "phương án trả lời", "đáp án", "trả lời", "lựa chọn"), True, "A"),
        _NOTE,
    ),
    ("Phiếu khảo sát", "Kết quả khảo sát", "Trả lời khảo sát"),
    (*_ROW_COUNTER, "nội dung câu hỏi"),
    rubric=True,
)

# The city's appraisal (thẩm định) of the self-assessment: points and a comment per criterion and
# round (issue 15 item 5), read beside the annual data as data/<unit>/<year>/tham-dinh.csv.
APPRAISAL = Kind(
    "appraisal",
    (
        _CRITERION,
        Column("points", ("điểm thẩm định", "điểm", "điểm sở nội vụ chấm"), True, "2,5"),
        Column("comment", ("ý kiến thẩm định", "ý kiến", "nhận xét")),
        Column("round", ("vòng", "lần thẩm định", "đợt", "vòng thẩm định")),
    ),
    ("Thẩm định", "tham-dinh", "tham_dinh", "Điểm thẩm định", "Kết quả thẩm định"),
    (*_ROW_COUNTER, *_CRITERION_INFO, "điểm tối đa", "điểm tự đánh giá"),
    rubric=True,
)

KINDS: tuple[Kind, ...] = (TASK_STATUS, INDICATOR_VALUES, REPORT_SUBMISSIONS, EXPLANATIONS, PAKN,
                           MEASURES, EVIDENCE, MANUAL_POINTS, NOT_APPLICABLE, SURVEY_ANSWERS, APPRAISAL)
KIND_NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
FILE_SUFFIXES: tuple[str, ...] = (".csv", ".xlsx", ".yaml", ".yml", ".json")

# Sheets that hold instructions or drop-down lists, never facts (matched by folded prefix).
IGNORED_SHEETS: tuple[str, ...] = ("hướng dẫn", "huong dan", "instructions", "readme", "read me",
                                   "danh mục", "danh muc")

# Words for task_status.status, folded. "chưa hoàn thành" is ambiguous (started or not?).
STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("not_started", "not started", "chưa thực hiện", "chưa bắt đầu",
                     "chưa triển khai"), "not_started"),
    **dict.fromkeys(("in_progress", "in progress", "đang thực hiện", "đang triển khai"),
                    "in_progress"),
    **dict.fromkeys(("done", "hoàn thành", "đã hoàn thành", "xong", "đã xong",
                     "hoàn thành đúng hạn", "hoàn thành quá hạn", "đã hoàn thành đúng hạn",
                     "đã hoàn thành quá hạn"), "done"),
}
AMBIGUOUS_STATUS: tuple[str, ...] = ("chưa hoàn thành", "chưa hoàn thành trong hạn",
                                     "chưa hoàn thành quá hạn", "chưa xong")
STATUS_SHOWN = "not_started, in_progress, done, chưa thực hiện, đang thực hiện, hoàn thành"

CAUSE_WORDS: dict[str, str] = {
    **dict.fromkeys(("objective", "khách quan", "nguyên nhân khách quan"), "objective"),
    **dict.fromkeys(("subjective", "chủ quan", "nguyên nhân chủ quan"), "subjective"),
}
CAUSE_SHOWN = "objective, subjective, khách quan, chủ quan"

# Words for the value of a 'có/không' measure, folded → 1.0 (yes) or 0.0 (no); also typed
# without diacritics ("co", "khong dat"), which is unambiguous here.
YES_NO_WORDS: dict[str, float] = {
    **dict.fromkeys(("có", "yes", "true", "1", "đạt", "đã có", "co", "dat", "da co"), 1.0),
    **dict.fromkeys(("không", "no", "false", "0", "không đạt", "chưa đạt", "chưa có", "không có",
                     "khong", "khong dat", "chua dat", "chua co", "khong co"), 0.0),
}
YES_NO_SHOWN = "có, không, đạt, không đạt, yes, no, true, false, 1, 0"


def kind_named(name: str) -> Kind | None:
    """The kind whose file stem or sheet name this is (folded), if any.

    Examples:
        >>> kind_named("Tiến  độ nhiệm vụ").name, kind_named("PAKN").name, kind_named("x")
        ('task_status', 'pakn', None)
    """
    key = fold(name)
    for kind in KINDS:
        if key == kind.name or key in {fold(s) for s in kind.sheet_names}:
            return kind
    return None


def is_ignored_sheet(name: str) -> bool:
    """An instructions or lists sheet.

    Examples:
        >>> is_ignored_sheet("Hướng dẫn nhập liệu"), is_ignored_sheet("Chỉ số")
        (True, False)
    """
    return fold(name).startswith(IGNORED_SHEETS)


def status_of(raw: object) -> str:
    """The status a cell names: not_started, in_progress or done.

    Examples:
        >>> status_of("Đã  hoàn thành"), status_of("đang thực hiện")
        ('done', 'in_progress')
    """
    return _word_of(raw, STATUS_WORDS, "fact_unknown_status", STATUS_SHOWN, AMBIGUOUS_STATUS)


def cause_of(raw: object) -> str:
    """The cause a cell names: objective or subjective.

    Examples:
        >>> cause_of("Khách quan")
        'objective'
    """
    return _word_of(raw, CAUSE_WORDS, "fact_unknown_cause", CAUSE_SHOWN, ())


def yes_no_of(raw: object) -> float:
    """The value of a 'có/không' cell: 1.0 for yes, 0.0 for no (Excel's TRUE/FALSE, 1 and 0 too).

    Examples:
        >>> yes_no_of("Có"), yes_no_of("không đạt"), yes_no_of(True), yes_no_of(0.0), yes_no_of("1")
        (1.0, 0.0, 1.0, 0.0, 1.0)
    """
    if isinstance(raw, bool):
        return 1.0 if raw else 0.0
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return float(raw)
    found = cells.shown(raw)
    key = fold(found)
    if key in YES_NO_WORDS:
        return YES_NO_WORDS[key]
    suggestion = nearest(found, YES_NO_WORDS)
    raise CellError("fact_not_yes_no", suggestion, found=found, guess=guess(suggestion),
                    allowed=YES_NO_SHOWN)


def _word_of(raw: object, words: dict[str, str], code: str, shown: str,
             ambiguous: tuple[str, ...]) -> str:
    found = cells.text(raw)
    key = fold(found)
    if key in words:
        return words[key]
    if key in ambiguous:
        raise CellError("fact_ambiguous_status", found=found)
    suggestion = nearest(found, words)
    raise CellError(code, suggestion, found=found, guess=guess(suggestion), allowed=shown)
