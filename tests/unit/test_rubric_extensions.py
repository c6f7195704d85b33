"""The rubric format's bonus and penalty parts, "không áp dụng" criteria and surveys: `check` refuses
each misuse at its file:line with a fix (did-you-mean where a name is mistyped); the annual facts
(not_applicable.csv, survey_answers.csv) are read and refused row by row; the score adds them up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc_rules import iter_problems
from cchc_rules.cli import app
from cchc_rules.messages import render_problems

EXTENDED = Path(__file__).resolve().parents[1] / "fixtures" / "rubrics" / "extended-2026.yaml"
FILE = "pack/scoring/2026.yaml"


@pytest.fixture()
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pack_with_rubric: Any) -> Path:
    monkeypatch.chdir(tmp_path)
    return pack_with_rubric(tmp_path / "pack", EXTENDED)


def _edit(pack: Path, old: str, new: str) -> None:
    path = pack / "scoring" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _problems(severity: str = "error") -> str:
    return render_problems([p for p in iter_problems(Path("pack")) if p.severity == severity], "vi")


# ---- check

def test_the_extended_rubric_is_valid_and_warns_of_criteria_beyond_the_cap(pack: Path) -> None:
    assert _problems() == ""
    warnings = _problems("warning")
    assert f"{FILE}:81:10: parts[2].cap: phần điểm thưởng C: các tiêu chí cộng lại 3 điểm (C.1 (2), C.2 (1)), " \
           "nhiều hơn mức tối đa cap 2.5; phần vượt không được tính" in warnings
    assert f"{FILE}:96:10: parts[3].cap: phần điểm trừ D" in warnings


def test_a_bonus_criterion_above_the_cap_is_refused_at_its_line(pack: Path) -> None:
    _edit(pack, "    cap: 2.5", "    cap: 1.5")
    assert _problems().splitlines()[:2] == [
        f"{FILE}:85:14: parts[2].criteria[0].max: tiêu chí C.1 được tối đa 2 điểm, vượt mức tối đa cap 1.5 của "
        "phần điểm thưởng C (scoring/2026.yaml:81): không bao giờ được tính đủ",
        "  gợi ý: Giảm 'max' của tiêu chí xuống không quá 1.5, hoặc nâng cap của phần C lên ít nhất 2."]


def test_a_penalty_without_cap_and_an_index_part_with_one(pack: Path) -> None:
    _edit(pack, "    max: 3\n    cap: 2\n", "    max: 3\n")
    _edit(pack, "    name: Tự chấm\n    max: 60\n", "    name: Tự chấm\n    max: 60\n    cap: 5\n")
    errors = _problems()
    assert f"{FILE}:93:5: parts[3]: phần D là phần điểm trừ nhưng không khai báo 'cap'" in errors
    assert f"{FILE}:27:10: parts[0].cap: phần A thuộc tổng điểm (kind: index) nên không có 'cap'" in errors


def test_bonus_and_penalty_stay_outside_the_total(pack: Path) -> None:
    """A (60) + B (40) = 100 with C (3) and D (3) declared: no 'rubric_total' error; a total of 105 is."""
    assert "rubric.total" not in _problems()
    _edit(pack, "  total: 100", "  total: 99")
    assert "rubric.total: " in _problems()


def test_a_criterion_that_may_not_apply_needs_a_rescaling_rule(pack: Path) -> None:
    _edit(pack, "  not_applicable: {rescale: area}\n", "")
    errors = _problems().splitlines()
    assert errors[0] == (f"{FILE}:56:29: parts[0].criteria[1].criteria[1].not_applicable: tiêu chí 2.2 có thể "
                         "\"không áp dụng\" nhưng không có quy tắc quy đổi điểm")
    assert "not_applicable: {rescale: area}" in errors[1] and "rubric.not_applicable" in errors[1]
    assert len([e for e in errors if not e.startswith("  ")]) == 1  # 1.1 has its own rule


def test_not_applicable_on_a_parent_a_bonus_or_a_whole_area(pack: Path) -> None:
    _edit(pack, '        name: Chỉ đạo, điều hành\n        max: 30\n',
          '        name: Chỉ đạo, điều hành\n        max: 30\n        not_applicable: true\n')
    _edit(pack, "        method: {kind: count, input: {measure: so-mo-hinh}, per_item: 0.5}\n",
          "        method: {kind: count, input: {measure: so-mo-hinh}, per_item: 0.5}\n        not_applicable: true\n")
    errors = _problems()
    assert f"{FILE}:31:25: parts[0].criteria[0].not_applicable: tiêu chí 1 có tiêu chí con" in errors
    assert "tiêu chí C.2 thuộc phần điểm thưởng/điểm trừ C" in errors


def test_survey_declaration_checks(pack: Path) -> None:
    _edit(pack, "{code: B, label: Hài lòng, weight: 60}", "{code: A, label: Hài lòng, weight: 60}")
    _edit(pack, "{id: Q2, text: Thời gian giải quyết, points: 10}", "{id: Q2, text: Thời gian giải quyết, points: 9}")
    _edit(pack, "    name: Phiếu khảo sát sự hài lòng\n", "    name: Phiếu khảo sát sự hài lòng\n    combine: weighted\n")
    errors = _problems()
    assert f"{FILE}:112:9: surveys[0].options[1]: mã phương án trả lời 'A' bị trùng (đã khai báo ở " \
           "scoring/2026.yaml:111)" in errors
    assert f"{FILE}:74:18: parts[1].criteria[0].criteria[1].max: tiêu chí 3.2 có max 15 nhưng điểm các câu hỏi " \
           "của phiếu khao-sat cộng lại 14" in errors
    assert "phiếu khao-sat kết hợp theo trọng số (combine: weighted) nhưng trọng số các nhóm là — + —" in errors


def test_an_unknown_survey_gets_a_did_you_mean(pack: Path) -> None:
    _edit(pack, "survey: khao-sat}", "survey: khao-sta}")
    errors = _problems()
    assert f"{FILE}:75:44: parts[1].criteria[0].criteria[1].method.survey: mã phiếu khảo sát 'khao-sta' " \
           "không có trong surveys" in errors
    assert "Có phải ý bạn là 'khao-sat'?" in errors


def test_an_option_weight_outside_0_100_is_a_shape_error_at_its_line(pack: Path) -> None:
    _edit(pack, "weight: 100}", "weight: 120}")
    assert f"{FILE}:110:" in _problems()


def test_no_option_worth_full_points_is_a_warning(pack: Path) -> None:
    _edit(pack, "weight: 100}", "weight: 90}")
    assert _problems() == ""
    assert "không có phương án nào được 100% điểm câu hỏi" in _problems("warning")


# ---- facts and the score

def _data(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "du-lieu" / "2026"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder.parent


def _score(data: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["score", "--year", "2026", "--rules", "pack", "--data", str(data), *args])
    return result.exit_code, result.stdout, result.stderr


def test_bad_not_applicable_and_survey_rows_are_all_reported(pack: Path, tmp_path: Path) -> None:
    data = _data(tmp_path, {
        "not_applicable.csv": "Tiêu chí,Lý do,Văn bản căn cứ\n2.1,Không có,BC 1\n2.2,,BC 2\n",
        "survey_answers.csv": "Mã phiếu,Nhóm đối tượng,Câu hỏi,Phương án\nP1,nguoi-dann,Q1,A\nP1,nguoi-dan,Q1,F\n"
                              "P2,doanh-nghiep,Q9,A\nP3,Người dân,Q2,không có ý kiến\n"})
    code, out, err = _score(data)
    assert code == 2 and out == ""
    assert "du-lieu/2026/not_applicable.csv:2: Tiêu chí: tiêu chí 2.1 không được bộ chỉ số cho phép " \
           "\"không áp dụng\"" in err
    assert "Có phải ý bạn là '2.2'? Chỉ ghi các tiêu chí có not_applicable trong scoring/2026.yaml: 1.1, 2.2." in err
    assert "du-lieu/2026/not_applicable.csv:3: Lý do:" in err
    assert "survey_answers.csv:2: Nhóm đối tượng: nhóm đối tượng 'nguoi-dann' không có trong phiếu khao-sat" in err
    assert "Có phải ý bạn là 'nguoi-dan'?" in err
    assert "survey_answers.csv:3: Phương án: phương án trả lời 'F' không có trong phiếu khao-sat" in err
    assert "survey_answers.csv:4: Câu hỏi: không có câu hỏi khảo sát 'Q9' trong scoring/2026.yaml" in err
    assert "survey_answers.csv:5" not in err  # a group by its name and an option by its label are read


def test_the_same_respondent_answering_twice_differently_is_refused(pack: Path, tmp_path: Path) -> None:
    data = _data(tmp_path, {"survey_answers.csv": "respondent,group,question,option\nP1,nguoi-dan,Q1,A\n"
                                                  "P1,nguoi-dan,Q1,B\n"})
    code, _, err = _score(data)
    assert code == 2 and "survey_answers.csv:3" in err and "survey_answers.csv:2" in err


def test_score_with_bonus_penalty_not_applicable_and_survey(pack: Path, tmp_path: Path) -> None:
    data = _data(tmp_path, {
        "measures.csv": "measure,value\nco-quy-che,có\nty-le-bao-cao,75\nso-vu-vi-pham,1\nkhen-thuong,có\n"
                        "so-mo-hinh,3\nso-lan-phe-binh,3\nso-cong-chuc-bi-ky-luat,1\n",
        "evidence.csv": "criterion,document\nC.1,QĐ khen thưởng\n",
        "not_applicable.csv": "criterion,reason,document\n2.2,Không có quỹ,BC 1\n",
        "manual_points.csv": "criterion,points\n3.1,20\n",
        "survey_answers.csv": "respondent,group,question,option\nr1,nguoi-dan,Q1,A\nr1,nguoi-dan,Q2,B\n"
                              "r2,nguoi-dan,Q1,C\nr2,nguoi-dan,Q2,E\nr3,Doanh nghiệp,Q1,B\nr3,doanh-nghiep,Q2,A\n"})
    code, out, err = _score(data, "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert out == _score(data, "--format", "json")[1]  # byte-identical
    parts = {p["id"]: p for p in doc["criteria"]}
    # A: 1.1 10 + 1.2 15 + area 2 (2.1 15, 2.2 not applicable: 15 × 30 / 20 = 22.5); B: 20 + survey 11
    assert (parts["A"]["points"], parts["B"]["points"]) == (47.5, 31)
    assert parts["A"]["criteria"][1]["rescaled"] == {"raw_points": 15.0, "applicable_max": 20.0}
    # survey: people (5 + 1) / 2 + 6 = 9, businesses 3 + 10 = 13, the mean 11
    survey = parts["B"]["criteria"][0]["criteria"][1]
    assert survey["points"] == 11 and survey["trace"]["how"]["groups"]["nguoi-dan"] == {
        "name": "Người dân", "respondents": 2, "points": 9.0}
    assert [f["row"] for f in survey["trace"]["facts"]] == [2, 3, 4, 5, 6, 7]
    # C: 2 + min(1, 1.5) = 3, capped at 2.5; D: min(2, 3) + 0.5 = 2.5, capped at 2
    assert (parts["C"]["points_before_cap"], parts["C"]["points"]) == (3, 2.5)
    assert (parts["D"]["points_before_cap"], parts["D"]["points"]) == (2.5, 2)
    assert (doc["index_total"], doc["bonus"], doc["penalty"], doc["total"]) == (78.5, 2.5, 2, 79)
    assert doc["classification"] == "Đạt"
    # the agencies' index leaves out bonus, penalty and the criterion that does not apply
    assert {a["agency"]: a["max"] for a in doc["agencies"]} == {"VHXH": 50, "TTPVHCC": 40}


def test_a_survey_group_needs_a_name(pack: Path) -> None:
    _edit(pack, "{id: nguoi-dan, name: Người dân}", "{id: nguoi-dan, name: ''}")
    assert _problems().splitlines()[0] == f"{FILE}:116:31: surveys[0].groups[0].name: không được để trống"


def test_a_survey_group_id_is_unique(pack: Path) -> None:
    _edit(pack, "{id: doanh-nghiep, name: Doanh nghiệp}", "{id: nguoi-dan, name: Doanh nghiệp}")
    assert _problems().splitlines()[0] == (f"{FILE}:117:9: surveys[0].groups[1]: mã nhóm đối tượng khảo sát "
                                           "'nguoi-dan' bị trùng (đã khai báo ở scoring/2026.yaml:116)")


def test_survey_answers_and_not_applicable_read_from_an_xlsx_workbook(pack: Path, tmp_path: Path) -> None:
    """Sheets named as the kinds ("Phiếu khảo sát", "Không áp dụng") in a workbook of any name."""
    from openpyxl import Workbook

    folder = tmp_path / "du-lieu" / "2026"
    folder.mkdir(parents=True)
    book = Workbook()
    answers = book.active
    assert answers is not None
    answers.title = "Phiếu khảo sát"
    for row in (("Mã phiếu", "Nhóm đối tượng", "Câu hỏi", "Phương án"), ("P1", "Người dân", "Q1", "A"),
                ("P1", "Người dân", "Q2", "Hài lòng"), ("P2", "Doanh nghiệp", "Q1", "B")):
        answers.append(row)
    na = book.create_sheet("Không áp dụng")
    for row in (("Tiêu chí", "Lý do", "Văn bản căn cứ"), ("2.2", "Không có quỹ", "Báo cáo số 3/BC-UBND")):
        na.append(row)
    book.save(folder / "tu-danh-gia-2026.xlsx")
    code, out, err = _score(folder.parent, "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    nodes = {n["id"]: n for p in doc["criteria"] for a in p["criteria"] for n in [a, *a["criteria"]]}
    # people: Q1 5 + Q2 6 = 11; businesses: Q1 3; the mean 7
    assert nodes["3.2"]["points"] == 7 and nodes["2.2"]["not_applicable"]["reason"] == "Không có quỹ"
    facts = nodes["3.2"]["trace"]["facts"]
    assert [(f["file"], f["row"]) for f in facts] == [("du-lieu/2026/tu-danh-gia-2026.xlsx[Phiếu khảo sát]", r)
                                                      for r in (2, 3, 4)]


def test_data_given_for_a_criterion_declared_not_applicable_is_a_warning(pack: Path, tmp_path: Path) -> None:
    """co-quy-che feeds 1.1 and 2.2: with 2.2 alone not applicable, 1.1 still uses the row (no warning);
    with both, the row is used by none and each declaration is named."""
    measures = "measure,value\nco-quy-che,có\nty-le-bao-cao,100\nso-vu-vi-pham,0\n"
    data = _data(tmp_path, {"measures.csv": measures,
                            "not_applicable.csv": "criterion,reason,document\n2.2,Không có quỹ,BC 1\n"})
    code, out, err = _score(data, "--format", "json")
    assert code == 0 and json.loads(out)["warnings"] == []
    (data / "2026" / "not_applicable.csv").write_text(
        "criterion,reason,document\n2.2,Không có quỹ,BC 1\n1.1,Quy chế do cấp trên ban hành,QĐ 2\n", encoding="utf-8")
    code, out, err = _score(data)
    assert code == 0
    assert "du-lieu/2026/measures.csv:2: tiêu chí 1.1 được ghi không áp dụng (du-lieu/2026/not_applicable.csv:3) " \
           "nhưng dòng này vẫn có số liệu của tiêu chí: số liệu không được dùng" in err
    assert "tiêu chí 2.2 được ghi không áp dụng (du-lieu/2026/not_applicable.csv:2)" in err
