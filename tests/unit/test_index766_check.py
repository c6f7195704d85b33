"""`check` on index rubrics (scoring/<year>-766.yaml): every new construct is validated with
file:line, and names in share_to get a did-you-mean."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cchc_rules.messages import render_problems
from cchc_rules.rulepack.load import bundled_rules_dir, iter_problems, load_rules

RUBRIC = "scoring/2026-766.yaml"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), target)
    return target


def edit(pack: Path, old: str, new: str, count: int = 1) -> None:
    path = pack / RUBRIC
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(pack: Path, text: str) -> int:
    return next(k for k, line in enumerate((pack / RUBRIC).read_text(encoding="utf-8").splitlines(), 1) if text in line)


def errors(pack: Path) -> list:  # type: ignore[type-arg]
    return [p for p in iter_problems(pack) if p.severity == "error"]


def test_the_bundled_766_rubric_passes_check_beside_the_par_rubric() -> None:
    assert errors(bundled_rules_dir()) == []
    pack = load_rules()
    assert set(pack.rubrics) == {2026} and list(pack.indexes) == [RUBRIC]
    assert pack.rubrics[2026].rubric.title != pack.indexes[RUBRIC].index.title
    assert sum(len(g.indicators) for g in pack.indexes[RUBRIC].groups) == 21


def test_share_to_a_misspelt_indicator_names_the_line_and_guesses(pack: Path) -> None:
    edit(pack, "share_to: [DOSSIER_RECEIVING_SATISFACTION]", "share_to: [DOSSIER_RECIEVING_SATISFACTION]")
    found = errors(pack)
    assert [p.code for p in found] == ["unknown_ref"]
    assert found[0].location.line == line_of(pack, "DOSSIER_RECIEVING_SATISFACTION")
    assert found[0].suggestion == "DOSSIER_RECEIVING_SATISFACTION"
    assert "DOSSIER_RECEIVING_SATISFACTION" in render_problems(found, "vi", 10)


def test_sums_caps_and_two_slopes(pack: Path) -> None:
    edit(pack, "points: {slope: 2.5, cap: 2}", "points: {slope: 2.5, cap: 3}")
    edit(pack, "points: {full_at: 0.80}", "points: {full_at: 0.80, slope: 3}")
    edit(pack, "    max: 20\n    indicators:", "    max: 21\n    indicators:")
    codes = sorted(p.code for p in errors(pack))
    assert codes == ["index_cap_above_max", "index_two_slopes", "rubric_sum", "rubric_total"]


def test_share_rules_must_be_whole_and_never_circle(pack: Path) -> None:
    edit(pack, "        empty: full\n        documented:\n          empty: share\n          share_to: [DOSSIER_RECEIVING_SATISFACTION]",
         "        empty: share\n        share_to: [PETITION_HANDLING_SATISFACTION]")
    edit(pack, "      - metric: PETITION_HANDLING_SATISFACTION\n        name: \"Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị\"\n        max: 6\n        empty: full",
         "      - metric: PETITION_HANDLING_SATISFACTION\n        name: \"Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị\"\n        max: 6\n        empty: share\n        share_to: [PETITION_PROCESSING_ON_TIME]")
    edit(pack, "        empty: full\n      - metric: REUSED", "        empty: share\n      - metric: REUSED")
    codes = sorted(p.code for p in errors(pack))
    assert codes == ["index_share_cycle", "index_share_cycle", "index_share_without_leaves"]


def test_bands_and_file_name(pack: Path) -> None:
    edit(pack, "      min: 70\n      below: 90", "      min: 75\n      below: 90")
    (pack / RUBRIC).rename(pack / "scoring/2027-766.yaml")
    found = [p for p in iter_problems(pack) if p.severity == "error"]
    assert sorted(p.code for p in found) == ["rubric_class_gap", "rubric_year_mismatch"]
    assert all(p.location.file.endswith("2027-766.yaml") and p.location.line > 1 for p in found)


def test_a_par_rubric_under_an_index_name_is_refused(pack: Path) -> None:
    shutil.copy(pack / "scoring/2026.yaml", pack / "scoring/2026-par.yaml")
    assert [p.code for p in errors(pack)] == ["index_par_file_name"]


def test_unknown_key_in_an_index_rubric_is_a_shape_error_at_its_line(pack: Path) -> None:
    edit(pack, "        empty: full\n      - metric: REUSED", "        emtpy: full\n      - metric: REUSED")
    found = errors(pack)
    assert len(found) == 1 and found[0].location.line == line_of(pack, "emtpy: full")


def test_rates_from_766_names_leaves_and_metrics_of_the_year(pack: Path) -> None:
    path = pack / "scoring/2026.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('  "3.9": DOSSIER_SYNC', '  "3.99": DOSSIER_SYNC').replace(
        '  "7.2": DVCTT_ONLINE_DOSSIER', '  "7.2": DVCTT_ONLINE_DOSIER')
    path.write_text(text, encoding="utf-8")
    found = errors(pack)
    assert sorted((p.code, p.suggestion) for p in found) == [("unknown_ref", "3.9"), ("unknown_ref", "DVCTT_ONLINE_DOSSIER")]
    assert all(p.location.file.endswith("scoring/2026.yaml") and p.location.line > 960 for p in found)
