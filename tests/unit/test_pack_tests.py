"""`cchc-rules test`: the bundled pack's own scenarios pass with 100 % rule coverage, and an
edited pack (a rule deleted, a threshold changed) fails at the scenario that covers it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cchc_rules.cli import run
from cchc_rules.packtest import run_pack_tests
from cchc_rules.rulepack.load import bundled_rules_dir, load_rules

TESTS = "rules/truong-xuan-2026-2030/tests"


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "truong-xuan-2026-2030"
    shutil.copytree(bundled_rules_dir(), folder)
    return folder


def _replace_once(path: Path, old: str, new: str, after: str = "") -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index(after) if after else 0
    at = text.index(old, start)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")


def _failures(folder: Path) -> dict[tuple[str, int], list[str]]:
    """(feature file name, scenario line) → the failure codes, of every failing scenario."""
    result = run_pack_tests(load_rules(folder))
    return {(Path(c.file).name, c.line): [f.code for f in c.failures] for c in result.failed}


def _line(feature: Path, text: str) -> int:
    return feature.read_text(encoding="utf-8").splitlines().index(text) + 1


def test_bundled_pack_passes_with_full_coverage() -> None:
    result = run_pack_tests(load_rules(bundled_rules_dir()))
    assert len(result.cases) >= 8 and result.failed == [] and result.unreadable == ()
    assert result.uncovered == [] and result.percent == 100.0
    kinds = {kind for kind, _ in result.items}
    assert kinds == {"task", "target", "duty", "check", "criterion"}
    # every rubric leaf of 2026 is counted, and tasks without a date are listed apart
    assert sum(kind == "criterion" for kind, _ in result.items) > 50
    assert ("task", "5") in result.unchecked and ("task", "5") not in result.items


def test_cli_exit_codes(pack_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["test", "--rules", str(pack_copy), "--require-coverage"]) == 0
    out = capsys.readouterr().out
    assert "100 %" in out and "8/8" in out
    # a scenario removed: still passing, but a rule is left uncovered → 1 only with --require-coverage
    (pack_copy / "tests" / "nhiem-vu-qua-han.feature").unlink()
    assert run(["test", "--rules", str(pack_copy)]) == 0
    capsys.readouterr()
    assert run(["test", "--rules", str(pack_copy), "--require-coverage", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    uncovered = {u["item"] for u in doc["coverage"]["uncovered"]}
    assert "task 13" in uncovered and all(u["where"].endswith(tuple("0123456789")) for u in doc["coverage"]["uncovered"])


def test_no_scenarios_or_a_broken_feature_is_a_usage_error(pack_copy: Path) -> None:
    feature = pack_copy / "tests" / "hong.feature"
    feature.write_text('# language: vi\nTính năng: x\n  Kịch bản: y\n    Cho tệp "2026-Q1/pakn.csv" có:\n'
                       '      """\n      ref\n', encoding="utf-8")  # a doc string never closed
    assert run(["test", "--rules", str(pack_copy)]) == 2
    shutil.rmtree(pack_copy / "tests")
    assert run(["test", "--rules", str(pack_copy)]) == 2


def test_raising_a_threshold_fails_the_scenarios_that_cover_it(pack_copy: Path) -> None:
    _replace_once(pack_copy / "targets.yaml", "threshold: 97\n", "threshold: 98\n", after="  - id: hai-long-tthc\n")
    tests = pack_copy / "tests"
    at = _line(tests / "chi-tieu-2026.feature", "  Kịch bản: Mọi chỉ số đúng bằng ngưỡng: các chỉ tiêu đều đạt")
    q4 = _line(tests / "kiem-tra-quy-2026.feature",
               "  Kịch bản: Quý IV/2026: cảnh báo sớm, PAKN trễ, nhiệm vụ không có sản phẩm")
    failed = _failures(pack_copy)
    # 97 now misses 98: the "at the threshold" case gets an unexpected finding; Q4's 97,8 % gets one,
    # (one row, its explanation owed), and TTPVHCC becomes a lagging agency
    assert failed == {("chi-tieu-2026.feature", at): ["packtest.unexpected"],
                      ("kiem-tra-quy-2026.feature", q4): ["packtest.unexpected"] * 2}


def test_lowering_a_threshold_fails_the_below_case(pack_copy: Path) -> None:
    _replace_once(pack_copy / "targets.yaml", "threshold: 95\n", "threshold: 94\n",
                  after="  - id: hai-long-tthc-dat-dai-xay-dung-dau-tu\n")
    below = _line(pack_copy / "tests" / "chi-tieu-2026.feature",
                  "  Kịch bản: Mọi chỉ số thấp hơn ngưỡng: các chỉ tiêu đều chưa đạt")
    assert _failures(pack_copy) == {("chi-tieu-2026.feature", below): ["packtest.expected_missing"]}


def test_deleting_a_rule_fails_where_it_is_expected_and_says_the_rule_is_gone(pack_copy: Path,
                                                                               capsys: pytest.CaptureFixture[str]) -> None:
    checks = pack_copy / "checks.yaml"
    text = checks.read_text(encoding="utf-8")
    start = text.index("  - id: canh-bao-som-hai-long-tthc\n")
    end = text.index("  - id: pakn-tiep-nhan-gan-cuoi-ky\n")
    checks.write_text(text[:start] + text[end:], encoding="utf-8")
    tests = pack_copy / "tests"
    feature = tests / "chi-tieu-2026.feature"
    step = _line(feature, "    Và có các phát hiện:")
    assert run(["test", "--rules", str(pack_copy)]) == 1
    out = capsys.readouterr().out
    assert f"{feature.relative_to(Path.cwd()) if feature.is_relative_to(Path.cwd()) else feature}:{step}" in out
    assert "kiểm tra tùy chỉnh canh-bao-som-hai-long-tthc không có trong bộ quy tắc" in out
    failed = _failures(pack_copy)
    assert {name for name, _ in failed} == {"chi-tieu-2026.feature", "kiem-tra-quy-2026.feature"}


def test_deleting_a_target_the_rubric_uses_is_a_pack_error_exit_2(pack_copy: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Every target of the bundled pack feeds a rubric criterion: deleting one alone leaves the
    pack invalid, and `test` says so (exit 2) before running any scenario."""
    targets = pack_copy / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    start = text.index("  - id: giao-dich-thanh-toan-truc-tuyen\n", text.index("\ntargets:"))
    end = text.index("  - id: ", start + 10)
    targets.write_text(text[:start] + text[end:], encoding="utf-8")
    assert run(["test", "--rules", str(pack_copy)]) == 2
    assert "giao-dich-thanh-toan-truc-tuyen" in capsys.readouterr().err


def test_changing_a_rubric_leaf_fails_the_score_case(pack_copy: Path) -> None:
    _replace_once(pack_copy / "scoring" / "2026.yaml", "late_share: 0.5", "late_share: 1", after='- id: "2.3.1"')
    result = run_pack_tests(load_rules(pack_copy))
    [case] = result.failed
    assert Path(case.file).name == "cham-diem-2026.feature"
    assert [(f.code, f.params.get("criterion")) for f in case.failures] == [("packtest.points_differ", "2.3.1"),
                                                                            ("packtest.total_differs", None)]


def test_a_data_reference_out_of_the_pack_is_refused(pack_copy: Path) -> None:
    (pack_copy / "tests" / "ngoai.feature").write_text(
        '# language: vi\nTính năng: x\n  Kịch bản: y\n    Cho số liệu trong thư mục "../../.."\n'
        '    Khi kiểm tra quý "2026-Q1"\n    Thì không có phát hiện nào\n', encoding="utf-8")
    result = run_pack_tests(load_rules(pack_copy))
    [case] = [c for c in result.failed if c.file.endswith("ngoai.feature")]
    assert [(f.line, f.code) for f in case.failures] == [(4, "packtest.folder_outside")]


def test_a_scenario_whose_data_has_errors_fails_with_each_problem(pack_copy: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (pack_copy / "tests" / "loi.feature").write_text(
        '# language: vi\nTính năng: x\n  Kịch bản: ngày không có thật\n    Cho quý "2026-Q1" không có tệp số liệu nào\n'
        '    Và tệp "2026-Q1/pakn.csv" có:\n      | ref | agency | received_on | due_on | handled_on | content |\n'
        '      | P-1 | VP     | 31/02/2026  |        |            | x       |\n'
        '    Khi kiểm tra quý "2026-Q1"\n    Thì không có phát hiện nào\n', encoding="utf-8")
    assert run(["test", "--rules", str(pack_copy), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "loi.feature:8: The scenario's data has errors" in out and "31/02/2026" in out and "pakn.csv" in out


def test_a_scenario_that_expects_nothing_fails(pack_copy: Path) -> None:
    (pack_copy / "tests" / "rong.feature").write_text(
        '# language: vi\nTính năng: x\n  Kịch bản: không mong đợi gì\n    Cho số liệu mẫu kèm theo bộ quy tắc\n'
        '    Khi kiểm tra quý "2026-Q1"\n', encoding="utf-8")
    result = run_pack_tests(load_rules(pack_copy))
    [case] = result.failed
    assert case.file.endswith("rong.feature") and [(f.line, f.code) for f in case.failures] == [(3, "packtest.no_then")]
