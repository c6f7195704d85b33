"""scoring/<year>.yaml: a rubric is read and checked with the pack (sums, bands, inputs, bands of
classification), every problem at its line; another province's rubric is just another file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cchc_rules import bundled_rules_dir, iter_problems, load_rules
from cchc_rules.messages import render_problems

SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "rubrics" / "small-2026.yaml"


@pytest.fixture()
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), target)
    shutil.rmtree(target / "scoring", ignore_errors=True)
    (target / "scoring").mkdir()
    shutil.copy(SMALL, target / "scoring" / "2026.yaml")
    monkeypatch.chdir(tmp_path)
    return target


def _edit(pack: Path, old: str, new: str) -> int:
    path = pack / "scoring" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _errors(pack: Path) -> str:
    return render_problems([p for p in iter_problems(Path("pack")) if p.severity == "error"], "vi")


def test_a_small_rubric_of_another_province_loads(pack: Path) -> None:
    assert _errors(pack) == ""
    rubric = load_rules(Path("pack")).rubrics[2026]
    assert rubric.rubric.id == "bo-chi-so-thu-nghiem"
    assert [p.max for p in rubric.parts] == [60, 40]


def test_children_must_add_up(pack: Path) -> None:
    _edit(pack, "            max: 20\n            method: {kind: completion", "            max: 15\n            method: {kind: completion")
    assert _errors(pack).splitlines()[0] == (  # line 23 is area 1's "max: 30"
        "pack/scoring/2026.yaml:23:14: parts[0].criteria[0].max: điểm tối đa 30 khác tổng điểm tối đa "
        "của các tiêu chí con (25)"
    )


def test_bands_must_reach_zero_and_not_exceed_max(pack: Path) -> None:
    _edit(pack, "{min: 70, points: 10}, {min: 0, points: 0}", "{min: 70, points: 16}")
    errors = _errors(pack)
    assert "parts[1].criteria[0].criteria[1].method.bands[1].points: điểm 16 lớn hơn điểm tối đa 15" in errors
    assert "các mức bắt đầu từ 70: giá trị dưới 70 không có mức nào" in errors


def test_inputs_must_exist(pack: Path) -> None:
    _edit(pack, "input: {task: 26}", "input: {task: 62}")
    _edit(pack, "input: {measure: co-quy-che}", "input: {measure: co-quy-chee}")
    errors = _errors(pack)
    assert "method.input.task: số thứ tự nhiệm vụ '62' không có trong tasks.yaml" in errors
    assert "method.input.measure: mã định danh 'co-quy-chee' không có trong measures" in errors
    assert "Có phải ý bạn là 'co-quy-che'?" in errors


def test_classification_without_gaps_or_overlaps(pack: Path) -> None:
    _edit(pack, "{label: Đạt, min: 50, below: 80}", "{label: Đạt, min: 55, below: 85}")
    errors = _errors(pack)
    assert "các mức xếp loại bỏ trống khoảng từ 50 đến 55" in errors
    assert "mức 'Tốt' bắt đầu từ 80, chồng lên mức trước (đến 85)" in errors


def test_total_year_and_methods(pack: Path) -> None:
    _edit(pack, "  total: 100", "  total: 90")
    _edit(pack, "  year: 2026", "  year: 2027")
    _edit(pack, "method: {kind: ratio, input: {target: hai-long-tthc}, target_of: hai-long-tthc}",
          "method: {kind: ratio, input: {target: hai-long-tthc}}")
    errors = _errors(pack)
    assert "rubric.total: tổng điểm các phần là 100, khác tổng điểm khai báo 90" in errors
    assert "rubric.year: năm 2027 khác năm trong tên tệp (2026)" in errors
    assert "cách chấm ratio cần đúng một trong 'target' (số) hoặc 'target_of' (mã chỉ tiêu)" in errors


def test_unknown_method_kind_is_a_shape_error(pack: Path) -> None:
    _edit(pack, "{kind: pass_fail,", "{kind: passfail,")
    assert "giá trị 'passfail' không hợp lệ" in _errors(pack)
    assert "Có phải ý bạn là 'pass_fail'?" in _errors(pack)


def test_classification_bands_cover_0_to_100_without_gap_or_overlap(pack: Path) -> None:
    line = _edit(pack, "{label: Đạt, min: 50, below: 80}", "{label: Đạt, min: 55, below: 85}")
    found = [p for p in iter_problems(Path("pack")) if p.severity == "error"]
    assert sorted(p.code for p in found) == ["rubric_class_gap", "rubric_class_overlap"]
    gap = next(p for p in found if p.code == "rubric_class_gap")
    overlap = next(p for p in found if p.code == "rubric_class_overlap")
    assert gap.location.line == line and gap.params == {"start": "50", "end": "55"}
    assert overlap.params == {"label": "Tốt", "min": "80", "end": "85"}


def test_a_classification_band_below_its_own_minimum_is_refused(pack: Path) -> None:
    line = _edit(pack, "{label: Đạt, min: 50, below: 80}", "{label: Đạt, min: 50, below: 40}")
    found = [p for p in iter_problems(Path("pack")) if p.severity == "error"]
    assert sorted(p.code for p in found) == ["rubric_class_gap", "rubric_class_order"]
    order = next(p for p in found if p.code == "rubric_class_order")
    assert order.location.line == line and order.field == "rubric.classification[1].below"
    assert order.params == {"min": "50", "below": "40"}
def _warnings(pack: Path) -> str:
    return render_problems([p for p in iter_problems(Path("pack")) if p.severity == "warning"], "vi")


def test_a_percentage_threshold_above_100_is_refused_at_its_line(pack: Path) -> None:
    """target: 120 on a % indicator would silently cap the points at 5/6; check refuses it (file:line)."""
    line = _edit(pack, "method: {kind: ratio, input: {target: hai-long-tthc}, target_of: hai-long-tthc}",
                 "method: {kind: ratio, input: {target: hai-long-tthc}, target: 120}")
    errors = _errors(pack)
    assert f"pack/scoring/2026.yaml:{line}" in errors
    assert "ngưỡng 120 % của tiêu chí" in errors and "vượt quá 100 %" in errors
    assert "Ghi ngưỡng từ 0 đến 100" in errors


def test_a_percentage_threshold_of_100_passes(pack: Path) -> None:
    _edit(pack, "method: {kind: ratio, input: {target: hai-long-tthc}, target_of: hai-long-tthc}",
          "method: {kind: ratio, input: {target: hai-long-tthc}, target: 100}")
    assert "vượt quá 100 %" not in _errors(pack)


def test_parts_not_totalling_100_are_a_warning_not_an_error(pack: Path) -> None:
    _edit(pack, "  total: 100", "  total: 90")
    _edit(pack, "    max: 60\n", "    max: 50\n")
    _edit(pack, "        max: 30\n", "        max: 20\n")
    assert "cảnh báo: điểm tối đa các phần cộng lại là 90, không phải 100" in _warnings(pack)
    assert "không phải 100" not in _errors(pack)


def test_the_bundled_rubric_totals_100_without_a_warning() -> None:
    warnings = [p for p in iter_problems(bundled_rules_dir()) if p.code == "rubric_points_not_100"]
    assert warnings == []
