"""The annual self-assessment facts: measures, evidence and manual points of the year's rubric,
read from a year folder ('2026') or a quarter folder, with the same readers, headers and quirks."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pydantic
import pytest
import yaml

from cchc_rules import bundled_rules_dir
from cchc_rules.errors import FactsFileError, Problem
from cchc_rules.facts.cells import CellError
from cchc_rules.facts.dedupe import KEYS
from cchc_rules.facts.kinds import KINDS, kind_named, yes_no_of
from cchc_rules.facts.load import load_facts, read_facts
from cchc_rules.facts.models import Evidence, FactSource, FileCount, ManualPoints, MeasureValue
from cchc_rules.facts.periods import data_period
from cchc_rules.facts.scoring import index_rubric
from cchc_rules.messages import render_problems
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import RubricFile

SMALL = Path(__file__).parents[1] / "fixtures" / "rubrics" / "small-2026.yaml"
NO_RUBRIC_PACK = Path(__file__).parents[1] / "facts_problems" / "_pack"


def _small_rubric() -> dict:
    """small-2026.yaml with a % measure, and criterion 1.1 split into 1.1.1 (timely) and a
    hand-scored 1.1.2 (max 4)."""
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    data["measures"].append({"id": "ty-le-dung-han", "name": "Tỷ lệ hồ sơ đúng hạn", "unit": "%"})
    first = data["parts"][0]["criteria"][0]
    assert first["criteria"][0]["id"] == "1.1" and first["criteria"][0]["max"] == 10
    first["criteria"][0] = {
        "id": "1.1", "name": "Kế hoạch CCHC năm", "max": 10, "criteria": [
            {"id": "1.1.1", "name": "Ban hành đúng hạn", "max": 6, "owner": "VHXH",
             "method": {"kind": "timely", "input": {"task": 26}}},
            {"id": "1.1.2", "name": "Chất lượng kế hoạch", "max": 4, "owner": "VHXH",
             "method": {"kind": "manual"}},
        ]}
    return data


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> RulePack:
    folder = tmp_path_factory.mktemp("rules") / "pack"
    shutil.copytree(bundled_rules_dir(), folder)
    (folder / "scoring").mkdir(exist_ok=True)
    for old in (folder / "scoring").iterdir():
        old.unlink()
    text = yaml.safe_dump(_small_rubric(), allow_unicode=True, sort_keys=False)
    (folder / "scoring" / "2026.yaml").write_text(text, encoding="utf-8")
    loaded = load_rules(folder)
    assert set(loaded.rubrics) == {2026}
    return loaded


def _write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            (folder / name).write_text(content, encoding="utf-8")
    return folder


def _errors(folder: Path, pack: RulePack, period: str = "2026") -> list[Problem]:
    with pytest.raises(FactsFileError) as caught:
        load_facts(folder, pack, period)
    return [p for p in caught.value.problems if p.severity == "error"]


def _src(row: int) -> FactSource:
    return FactSource(file="f", row=row)


# ---- the kinds and the period

def test_kinds_sheet_names_and_keys() -> None:
    for name, kind in (("Số đo", "measures"), ("SỐ LIỆU CHẤM ĐIỂM", "measures"),
                       ("Tài liệu  kiểm chứng", "evidence"), ("Điểm chấm tay", "manual_points"),
                       ("manual_points", "manual_points"), ("Không áp dụng", "not_applicable"),
                       ("Phiếu khảo sát", "survey_answers"), ("KẾT QUẢ KHẢO SÁT", "survey_answers")):
        found = kind_named(name)
        assert found is not None and found.name == kind, name
    assert {k.name for k in KINDS if k.rubric} == {"measures", "evidence", "manual_points", "not_applicable",
                                                   "survey_answers", "appraisal"}
    assert kind_named("tham-dinh").name == kind_named("Thẩm định").name == "appraisal"  # type: ignore[union-attr]
    assert (KEYS["measures"], KEYS["evidence"], KEYS["manual_points"]) == (
        ("measure",), ("criterion", "document"), ("criterion",))
    assert (KEYS["not_applicable"], KEYS["survey_answers"]) == (("criterion",), ("survey", "respondent", "question"))


def test_data_period_is_a_quarter_or_a_year() -> None:
    assert [data_period(t) for t in ("2026-Q4", "2026", " 2027 ", "2026-H1", "Q4/2026", "26", "2026-13")] == [
        (2026, 4), (2026, None), (2027, None), None, None, None, None]


# ---- loading each kind from CSV with Vietnamese headers and Excel's quirks

def test_measures_from_an_excel_csv_with_vietnamese_headers(tmp_path: Path, pack: RulePack) -> None:
    """BOM, semicolons, CRLF, '(*)' marks, decimal comma, a trailing %, a name for an id."""
    text = ("STT;Mã số đo (*);Giá trị (*);Nguồn;Ghi chú;Đơn vị tính\r\n"
            "1;so-vu-vi-pham;2;Sổ theo dõi kỷ luật;;số lượng\r\n"
            "2;Có quy chế chi tiêu nội bộ;Có;;Quyết định 12/QĐ-UBND;có/không\r\n"
            "3; TY-LE-DUNG-HAN ;97,5 %;;;%\r\n")
    folder = _write(tmp_path / "2026", {"measures.csv": b"\xef\xbb\xbf" + text.encode()})
    facts = load_facts(folder, pack, "2026")
    assert facts.period == "2026"
    assert facts.measures == (
        MeasureValue(measure="so-vu-vi-pham", value=2.0, data_source="Sổ theo dõi kỷ luật",
                     source=facts.measures[0].source),
        MeasureValue(measure="co-quy-che", value=1.0, note="Quyết định 12/QĐ-UBND",
                     source=facts.measures[1].source),
        MeasureValue(measure="ty-le-dung-han", value=97.5, source=facts.measures[2].source),
    )
    assert [(m.source.file.rsplit("/", 1)[-1], m.source.row) for m in facts.measures] == [
        ("measures.csv", 2), ("measures.csv", 3), ("measures.csv", 4)]
    assert facts.counts.total == FileCount("(tổng)", "*", 3, 3, 0, 0)
    assert facts.warnings == ()


def test_evidence_from_csv_with_vietnamese_headers(tmp_path: Path, pack: RulePack) -> None:
    text = ("Mã tiêu chí,Tên tiêu chí,Tài liệu kiểm chứng,\"Số, ký hiệu\",Ngày ban hành,Đường dẫn,Ghi chú\n"
            "1.1.1,Ban hành đúng hạn,Kế hoạch CCHC năm 2026,15/KH-UBND,20/01/2026,https://x.vn/kh.pdf,\n"
            "2.2.,Quy chế,Quy chế chi tiêu nội bộ,,2026-02-03,,bản sao\n"
            "A,,Báo cáo tự đánh giá,,,,\n")
    facts = load_facts(_write(tmp_path / "2026", {"Tài liệu kiểm chứng.csv": text}), pack, "2026")
    assert facts.evidence == (
        Evidence(criterion="1.1.1", document="Kế hoạch CCHC năm 2026", number="15/KH-UBND",
                 date=dt.date(2026, 1, 20), link="https://x.vn/kh.pdf", source=facts.evidence[0].source),
        Evidence(criterion="2.2", document="Quy chế chi tiêu nội bộ", date=dt.date(2026, 2, 3),
                 note="bản sao", source=facts.evidence[1].source),
        Evidence(criterion="A", document="Báo cáo tự đánh giá", source=facts.evidence[2].source),
    )


def test_manual_points_from_csv_and_yaml(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {
        "manual_points.csv": "Tiêu chí;Điểm;Người chấm;Điểm tối đa\n1.1.2;3,5;Nguyễn Văn A;4\n",
        "evidence.yaml": "- tiêu chí: '1.1.2'\n  tài liệu: Kế hoạch CCHC năm 2026\n",
    })
    facts = load_facts(folder, pack, "2026")
    assert facts.manual_points == (ManualPoints(criterion="1.1.2", points=3.5, assessor="Nguyễn Văn A",
                                                source=facts.manual_points[0].source),)
    assert [e.criterion for e in facts.evidence] == ["1.1.2"]


def test_excel_workbook_with_vietnamese_sheets(tmp_path: Path, pack: RulePack) -> None:
    """Typed cells: a criterion id Excel made a number, a date, TRUE, a %-formatted cell."""
    book = openpyxl.Workbook()
    book.active.title = "Hướng dẫn"
    values = book.create_sheet("Số liệu chấm điểm")
    values.append(["Số đo", "Giá trị"])
    values.append(["co-quy-che", True])
    values.append(["so-vu-vi-pham", 0])
    values.append(["ty-le-dung-han", 0.925])
    values["B4"].number_format = "0.0%"
    evidence = book.create_sheet("Tài liệu kiểm chứng")
    evidence.append(["Tiêu chí", "Tài liệu", "Ngày"])
    evidence.append([2.1, "Biên bản kiểm tra công vụ", dt.datetime(2026, 5, 4)])
    evidence.append([1, "Báo cáo năm", None])
    points = book.create_sheet("Điểm chấm tay")
    points.append(["Tiêu chí", "Điểm chấm"])
    points.append(["1.1.2", 4])
    (tmp_path / "2026").mkdir()
    book.save(tmp_path / "2026" / "tu-danh-gia-2026.xlsx")
    facts = load_facts(tmp_path / "2026", pack, "2026")
    assert [(m.measure, m.value) for m in facts.measures] == [
        ("co-quy-che", 1.0), ("so-vu-vi-pham", 0.0), ("ty-le-dung-han", 92.5)]
    assert [(e.criterion, e.date) for e in facts.evidence] == [("2.1", dt.date(2026, 5, 4)), ("1", None)]
    assert [(p.criterion, p.points) for p in facts.manual_points] == [("1.1.2", 4.0)]
    assert facts.measures[0].source.file.endswith("tu-danh-gia-2026.xlsx[Số liệu chấm điểm]")
    assert [c.kind for c in facts.counts.files] == ["measures", "evidence", "manual_points"]


@pytest.mark.parametrize(
    ("word", "value"),
    [("có", 1.0), ("Có", 1.0), ("KHÔNG", 0.0), ("yes", 1.0), ("No", 0.0), ("true", 1.0), ("FALSE", 0.0),
     ("1", 1.0), ("0", 0.0), ("đạt", 1.0), ("Không đạt", 0.0), (True, 1.0), (False, 0.0), (1, 1.0),
     (0.0, 0.0), ("khong dat", 0.0), ("co", 1.0)],
)
def test_yes_no_words(word: object, value: float) -> None:
    assert yes_no_of(word) == value


def test_yes_no_measure_in_a_file(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {"measures.csv": "measure,value\nco-quy-che,không đạt\n"})
    assert [m.value for m in load_facts(folder, pack, "2026").measures] == [0.0]
    folder = _write(tmp_path / "x", {"measures.csv": "measure,value\nco-quy-che,khôngg\nco-quy-che,2\n"})
    [problem, other] = _errors(folder, pack)
    assert (problem.code, problem.field, problem.params["found"], problem.suggestion) == (
        "fact_not_yes_no", "value", "khôngg", "không")
    assert (other.code, other.location.line, other.params["found"]) == ("fact_not_yes_no", 3, "2")


# ---- errors

def test_unknown_measure_with_did_you_mean(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {"measures.csv": "Số đo,Giá trị\nso-vu-vi-pam,1\n"})
    [problem] = _errors(folder, pack)
    assert (problem.code, problem.field, problem.location.line, problem.suggestion) == (
        "fact_unknown_measure", "Số đo", 2, "so-vu-vi-pham")
    text = render_problems([problem])
    assert text.startswith(f"{problem.location.file}:2: Số đo: không có số đo 'so-vu-vi-pam' trong bộ chỉ số")
    assert "Có phải ý bạn là 'so-vu-vi-pham'?" in text and "scoring/2026.yaml" in text
    assert "Did you mean 'so-vu-vi-pham'?" in render_problems([problem], "en")


@pytest.mark.parametrize(
    ("value", "code"),
    [("101", "fact_percent_range"), ("-1%", "fact_percent_range"), ("abc", "fact_not_number")],
)
def test_percent_measure_range(tmp_path: Path, pack: RulePack, value: str, code: str) -> None:
    folder = _write(tmp_path / "2026", {"measures.csv": f"measure,value\nty-le-dung-han,{value}\n"})
    assert [p.code for p in _errors(folder, pack)] == [code]


@pytest.mark.parametrize(("value", "code"), [("-1", "fact_negative"), ("2,5", "fact_count_not_whole")])
def test_counts_are_whole_and_not_negative(tmp_path: Path, pack: RulePack, value: str, code: str) -> None:
    folder = _write(tmp_path / "2026", {"measures.csv": f'measure,value\nso-vu-vi-pham,"{value}"\n'})
    assert [p.code for p in _errors(folder, pack)] == [code]


def test_missing_value_reported_even_for_an_unknown_measure(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {"measures.csv": "measure,value,note\nkhong-co,,x\n"})
    assert [(p.field, p.code) for p in _errors(folder, pack)] == [
        ("measure", "fact_unknown_measure"), ("value", "fact_missing_value")]


def test_points_above_the_max(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {"manual_points.csv": "Tiêu chí,Điểm\n1.1.2,4.5\n1.1.2,-1\n"})
    first, second = _errors(folder, pack)
    assert (first.code, first.field, first.params) == (
        "fact_points_range", "Điểm", {"points": "4,5", "criterion": "1.1.2", "max": "4"})
    assert "4,5 điểm nằm ngoài khoảng 0–4 của tiêu chí 1.1.2" in render_problems([first])
    assert (second.code, second.location.line) == ("fact_points_range", 3)


def test_manual_points_on_a_criterion_scored_by_its_method(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {"manual_points.csv": "criterion,points\n2.1,5\n"})
    [problem] = _errors(folder, pack)
    assert problem.code == "fact_criterion_not_manual"
    assert (problem.params["method"], problem.params["input"], problem.params["manual"]) == (
        "deduction", "measure: so-vu-vi-pham", "1.1.2")
    text = render_problems([problem])
    assert "tiêu chí 2.1 được chấm tự động theo phương pháp 'deduction' (measure: so-vu-vi-pham)" in text


def test_manual_points_on_a_criterion_with_children(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {"manual_points.csv": "criterion,points\n1.1,4\nA,1\n"})
    first, second = _errors(folder, pack)
    assert (first.code, first.params) == (
        "fact_criterion_not_leaf", {"criterion": "1.1", "children": "1.1.1, 1.1.2", "manual": "1.1.2"})
    assert (second.code, second.params["children"], second.params["manual"]) == (
        "fact_criterion_not_leaf", "1, 2", "1.1.2")


def test_unknown_criterion_with_did_you_mean(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {
        "evidence.csv": "Tiêu chí,Tài liệu\n1.1.3,Kế hoạch\n",
        "manual_points.csv": "Tiêu chí,Điểm\n1.1.22,1\n",
    })
    evidence, points = _errors(folder, pack)
    assert (evidence.code, evidence.field, evidence.params["nearby"]) == (
        "fact_unknown_criterion", "Tiêu chí", "1.1.1, 1.1.2")
    assert evidence.suggestion in {"1.1.1", "1.1.2"}
    assert (points.code, points.suggestion) == ("fact_unknown_criterion", "1.1.2")
    assert "Có phải ý bạn là '1.1.2'?" in render_problems([points])


def test_excel_number_for_an_id_is_matched_only_when_unambiguous() -> None:
    rubric = RubricFile.model_validate({
        "rubric": {"id": "r", "title": "R", "year": 2026, "model": True, "basis": "b", "total": 100,
                   "classification": [{"label": "x", "min": 0}]},
        "parts": [{"id": "A", "name": "A", "max": 100, "criteria": [
            {"id": "3", "name": "c", "max": 100, "criteria": [
                {"id": "3.1", "name": "c", "max": 50, "method": {"kind": "manual"}},
                {"id": "3.10", "name": "c", "max": 40, "method": {"kind": "manual"}},
                {"id": "3.2", "name": "c", "max": 10, "method": {"kind": "manual"}},
            ]}]}],
    })
    index = index_rubric(rubric)
    assert (index.criterion(3.2).id, index.criterion(3).id, index.criterion("3.10").id) == ("3.2", "3", "3.10")
    with pytest.raises(CellError) as caught:
        index.criterion(3.1)
    assert (caught.value.code, caught.value.params["ids"]) == ("fact_criterion_is_number", "3.1, 3.10")
    with pytest.raises(CellError) as caught:
        index.criterion(4.5)
    assert (caught.value.code, caught.value.params["found"]) == ("fact_unknown_criterion", "4.5")


def test_duplicates_conflict_like_the_other_kinds(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {
        "measures.csv": "measure,value\nso-vu-vi-pham,1\n",
        "measures.yaml": "- measure: Số vụ vi phạm kỷ luật công vụ trong năm\n  value: 2\n",
        "evidence.csv": "criterion,document,number\n1.1.1,Kế hoạch,15/KH\n1.1.1,Kế hoạch,15/KH\n"
                        "1.1.1,Kế hoạch,16/KH\n1.1.1,Báo cáo,\n",
        "manual_points.csv": "criterion,points\n1.1.2,3\n1.1.2,3\n",
    })
    facts, problems = read_facts(folder, pack, "2026")
    assert [(p.code, p.severity, p.location.file.rsplit("/", 1)[-1], p.location.line) for p in problems] == [
        ("fact_duplicate_same", "warning", "evidence.csv", 3),
        ("fact_duplicate_conflict", "error", "evidence.csv", 4),
        ("fact_duplicate_same", "warning", "manual_points.csv", 3),
        ("fact_duplicate_conflict", "error", "measures.yaml", 1),
    ]
    conflict = problems[1]
    assert (conflict.params["key"], conflict.params["fields"]) == ("criterion 1.1.1, document Kế hoạch", "number")
    assert [(e.criterion, e.document) for e in facts.evidence] == [("1.1.1", "Kế hoạch"), ("1.1.1", "Báo cáo")]
    assert [m.value for m in facts.measures] == [1.0]
    assert facts.counts.total == FileCount("(tổng)", "*", 8, 4, 2, 2)
    assert [p.code for p in facts.warnings] == ["fact_duplicate_same", "fact_duplicate_same"]


# ---- periods: a year folder, a quarter folder, no rubric for the year

def test_a_year_folder_holds_every_kind(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {
        "measures.csv": "measure,value\nco-quy-che,có\n",
        "task_status.csv": "task,status\n26,in_progress\n",
    })
    facts = load_facts(folder, pack, "2026")
    assert (facts.period, [t.year for t in facts.task_status], len(facts.measures)) == ("2026", [2026], 1)


def test_a_quarter_folder_accepts_the_annual_kinds(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026-Q4", {"evidence.csv": "criterion,document\n1.2,Báo cáo quý IV\n"})
    facts = load_facts(folder, pack, "2026-Q4")
    assert [(e.criterion, e.document) for e in facts.evidence] == [("1.2", "Báo cáo quý IV")]


def test_no_rubric_for_the_year(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2027", {
        "measures.csv": "measure,value\nco-quy-che,có\nso-vu-vi-pham,1\n",
        "task_status.csv": "task,status\n26,in_progress\n",
    })
    facts, problems = read_facts(folder, pack, "2027")
    [problem] = problems
    assert (problem.code, problem.field, problem.location.line) == ("fact_no_rubric", "(tệp)", 0)
    assert problem.location.file.endswith("measures.csv")
    assert (problem.params["year"], problem.params["years"]) == (2027, "2026")
    assert "không có bộ chỉ số năm 2027 (scoring/2027.yaml)" in render_problems([problem])
    assert "no rubric for 2027 (scoring/2027.yaml)" in render_problems([problem], "en")
    assert facts.measures == () and [t.year for t in facts.task_status] == [2027]
    assert [(c.kind, c.read, c.rejected) for c in facts.counts.files] == [("measures", 2, 2), ("task_status", 1, 0)]


def test_no_rubric_at_all_in_a_quarter_folder(tmp_path: Path) -> None:
    folder = _write(tmp_path / "2026-Q2", {"Điểm chấm tay.csv": "Tiêu chí,Điểm\n1.1,2\n"})
    [problem] = _errors(folder, load_rules(NO_RUBRIC_PACK), "2026-Q2")
    assert (problem.code, problem.params["year"], problem.params["years"]) == ("fact_no_rubric", 2026, "—")


def test_bad_period_names_both_forms(tmp_path: Path, pack: RulePack) -> None:
    [problem] = _errors(tmp_path, pack, "năm 2026")
    assert problem.code == "fact_bad_period"
    assert "2026-Q2" in render_problems([problem]) and "2026." in render_problems([problem])


# ---- models and messages

def test_models_are_frozen_and_strict() -> None:
    fact = MeasureValue(measure="m", value=1, source=_src(2))
    with pytest.raises(pydantic.ValidationError):
        fact.value = 2  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        ManualPoints(criterion="1", points=1, source=_src(2), extra="x")  # type: ignore[call-arg]
    assert Evidence(criterion="1", document="d", source=_src(2)).date is None


def test_every_annual_problem_renders_in_both_languages(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026", {
        "measures.csv": "measure,value\nso-vu-vi-pam,1\nco-quy-che,cóo\nso-vu-vi-pham,\"1,5\"\n",
        "evidence.csv": "criterion,document\n9.9,x\n",
        "manual_points.csv": "criterion,points\n1.1.2,9\n2.1,1\n1,1\n",
    })
    _, problems = read_facts(folder, pack, "2026")
    _, more = read_facts(_write(tmp_path / "2030", {"evidence.csv": "criterion,document\n1,x\n"}), pack, "2030")
    codes = {p.code for p in problems + more}
    assert {"fact_unknown_measure", "fact_not_yes_no", "fact_unknown_criterion", "fact_points_range",
            "fact_criterion_not_manual", "fact_criterion_not_leaf", "fact_no_rubric"} <= codes
    for lang in ("vi", "en"):
        text = render_problems(problems + more, lang)  # type: ignore[arg-type]
        assert "{" not in text and "fact_" not in text
