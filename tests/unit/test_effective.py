"""Rules over time: each year's rubric, items dated with effective_from/effective_to, the rules
in force in a period, and `check` refusing overlaps and gaps with file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cchc_rules.errors import RulesFileError
from cchc_rules.pipeline import Workspace, evaluate, score
from cchc_rules.report.json_out import to_json
from cchc_rules.rulepack.effective import in_force
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir, iter_problems, load_rules

TARGET = "  - id: hai-long-tthc\n"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "rules" / "truong-xuan-2026-2030"
    shutil.copytree(bundled_rules_dir(), folder, ignore=shutil.ignore_patterns("tests"))
    return folder


def _results_2026(folder: Path) -> list[str]:
    ws = Workspace(load_rules(folder), bundled_data_dir())
    docs = [to_json(evaluate(ws, f"2026-Q{n}").to_json("vi")) for n in (1, 2, 3, 4)]
    return [*docs, to_json(score(ws, 2026).to_json("vi"))]


def _add_2027_rubric(folder: Path) -> None:
    text = (folder / "scoring" / "2026.yaml").read_text(encoding="utf-8")
    text = text.replace("id: chi-so-cchc-xa-mau-2026", "id: chi-so-cchc-xa-mau-2027", 1)
    text = text.replace("  year: 2026\n", "  year: 2027\n", 1)
    text = text.replace("late_share: 0.5", "late_share: 0.25")  # the 2027 rubric is stricter
    (folder / "scoring" / "2027.yaml").write_text(text, encoding="utf-8")


def _version_target(folder: Path, old_to: str, new_from: str, threshold: str = "98") -> None:
    """hai-long-tthc in force until `old_to`, then a new version with `threshold` from `new_from`."""
    path = folder / "targets.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(TARGET)
    end = text.index("\n  - id: ", start + 1) + 1
    old = text[start:end]
    new = old.replace("threshold: 97\n", f"threshold: {threshold}\n").replace(
        "    clause:", f'    effective_from: "{new_from}"\n    clause:', 1)
    old = old.replace("    clause:", f'    effective_to: "{old_to}"\n    clause:', 1)
    path.write_text(text[:start] + old + new + text[end:], encoding="utf-8")


def test_rescoring_2026_after_adding_the_2027_rubric_is_byte_identical(pack_dir: Path) -> None:
    before = _results_2026(pack_dir)
    _add_2027_rubric(pack_dir)
    pack = load_rules(pack_dir)
    assert sorted(pack.rubrics) == [2026, 2027]
    after = _results_2026(pack_dir)
    assert after == before
    # and the 2027 rubric is the one 2027 is scored with: a late task earns a quarter, not a half
    assert pack.rubrics[2027].rubric.id == "chi-so-cchc-xa-mau-2027"


def test_a_versioned_target_keeps_2026_and_applies_the_new_threshold_from_2027(pack_dir: Path,
                                                                                tmp_path: Path) -> None:
    plain = Workspace(load_rules(pack_dir), bundled_data_dir())
    _version_target(pack_dir, "2026-12-31", "2027-01-01")
    assert [p for p in iter_problems(pack_dir) if p.severity == "error"] == []
    pack = load_rules(pack_dir)
    assert pack.dated
    # in force: one version per quarter, the old one in 2026, the new one in 2027
    versions = {str(q): [t.threshold for t in in_force(pack, q).targets.targets if t.id == "hai-long-tthc"]
                for q in ("2026-Q4", "2027-Q1", "2026", "2027")}
    assert versions == {"2026-Q4": [97], "2027-Q1": [98], "2026": [97], "2027": [98]}
    dated = Workspace(pack, bundled_data_dir())
    for n in (1, 2, 3, 4):
        a, b = evaluate(plain, f"2026-Q{n}").to_json("vi"), evaluate(dated, f"2026-Q{n}").to_json("vi")
        assert [(f["id"], f["trace"].get("threshold")) for f in a["findings"]] == \
               [(f["id"], f["trace"].get("threshold")) for f in b["findings"]]
    assert score(plain, 2026).to_json("vi")["total"] == score(dated, 2026).to_json("vi")["total"]
    # 2027-Q1: 97,8 % met the 2026 target and misses the 2027 one
    data = tmp_path / "data"
    (data / "2027-Q1").mkdir(parents=True)
    (data / "2027-Q1" / "indicator_values.csv").write_text(
        "indicator,value,agency\nhai-long-giai-quyet-tthc,97.8,TTPVHCC\n", encoding="utf-8")
    found = {f["id"]: f for f in evaluate(Workspace(pack, data), "2027-Q1").to_json("vi")["findings"]}
    assert found["2027-Q1/target-missed/hai-long-tthc"]["trace"]["threshold"] == 98.0
    # the trace points at the 2027 version's lines, and a target after it at its own
    lines = (pack_dir / "targets.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    starts = [i + 1 for i, line in enumerate(lines) if line == TARGET]
    assert len(starts) == 2
    assert found["2027-Q1/target-missed/hai-long-tthc"]["trace"]["rule_source"].endswith(f"targets.yaml:{starts[1]}:5")
    after = "  - id: hai-long-tthc-dat-dai-xay-dung-dau-tu\n"
    assert found["2027-Q1/indicator-not-reported/hai-long-tthc-dat-dai-xay-dung-dau-tu"]["trace"]["rule_source"] \
        .endswith(f"targets.yaml:{lines.index(after) + 1}:5")
    unchanged = {f["id"] for f in evaluate(Workspace(load_rules(bundled_rules_dir()), data), "2027-Q1")
                 .to_json("vi")["findings"]}
    assert "2027-Q1/target-missed/hai-long-tthc" not in unchanged


def _errors(folder: Path) -> list[tuple[str, int, str]]:
    return [(Path(p.location.file).name, p.location.line, p.code) for p in iter_problems(folder)
            if p.severity == "error"]


def _line(folder: Path, text: str, after: str = TARGET) -> int:
    lines = (folder / "targets.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line == after)
    return next(i for i in range(first, len(lines)) if text in lines[i]) + 1


def test_check_refuses_two_versions_in_force_at_once(pack_dir: Path) -> None:
    _version_target(pack_dir, "2026-12-31", "2026-10-01")
    line = _line(pack_dir, 'effective_from: "2026-10-01"')
    assert _errors(pack_dir) == [("targets.yaml", line, "effective_overlap")]
    with pytest.raises(RulesFileError):
        load_rules(pack_dir)


def test_check_refuses_a_gap_between_versions(pack_dir: Path) -> None:
    _version_target(pack_dir, "2026-12-31", "2027-04-01")
    line = _line(pack_dir, 'effective_from: "2027-04-01"')
    assert _errors(pack_dir) == [("targets.yaml", line, "effective_gap")]
    message = next(p for p in iter_problems(pack_dir) if p.code == "effective_gap")
    from cchc_rules.messages import render_problems

    text = render_problems([message], "vi", 5)
    assert "31/12/2026" in text and "01/04/2027" in text and "hai-long-tthc" in text


def test_check_refuses_dates_off_a_quarters_edge(pack_dir: Path) -> None:
    _version_target(pack_dir, "2026-12-15", "2026-12-16")
    codes = {code for _, _, code in _errors(pack_dir)}
    assert codes == {"effective_not_quarter_start", "effective_not_quarter_end"}


def test_an_undated_duplicate_is_still_a_duplicate(pack_dir: Path) -> None:
    path = pack_dir / "targets.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(TARGET)
    end = text.index("\n  - id: ", start + 1) + 1
    path.write_text(text[:end] + text[start:end] + text[end:], encoding="utf-8")
    assert "duplicate_id" in {code for _, _, code in _errors(pack_dir)}


def test_check_refuses_a_year_without_rubric_between_two_that_have_one(pack_dir: Path) -> None:
    _add_2027_rubric(pack_dir)
    (pack_dir / "scoring" / "2027.yaml").rename(pack_dir / "scoring" / "2028.yaml")
    text = (pack_dir / "scoring" / "2028.yaml").read_text(encoding="utf-8").replace("year: 2027", "year: 2028", 1)
    (pack_dir / "scoring" / "2028.yaml").write_text(text, encoding="utf-8")
    problems = [p for p in iter_problems(pack_dir) if p.code == "rubric_year_missing"]
    assert [(Path(p.location.file).name, p.params["year"]) for p in problems] == [("2028.yaml", 2027)]


def test_diff_tells_the_versions_of_one_item_apart(pack_dir: Path, tmp_path: Path) -> None:
    from cchc_rules.pack_diff import diff_packs

    old = load_rules(pack_dir)
    _version_target(pack_dir, "2026-12-31", "2027-01-01")
    edits = diff_packs(old, load_rules(pack_dir)).edits
    # the undated target gained an end; its 2027 version is a new item, keyed by its start
    assert [(e.action, e.key) for e in edits] == [("changed", "hai-long-tthc"), ("added", "hai-long-tthc@2027-01-01")]
    assert [(f.field, f.old, f.new) for f in edits[0].fields] == [("effective_to", None, "2026-12-31")]
