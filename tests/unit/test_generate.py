"""benchmarks/generate.py: real unit codes and names, clean loading, determinism, broken units."""

from __future__ import annotations

import collections
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from cchc_rules.engine import default_host
from cchc_rules.pipeline import Workspace, evaluate
from cchc_rules.facts.load import read_facts
from cchc_rules.periods import Quarter
from cchc_rules.rulepack.load import load_rules

ROOT = Path(__file__).resolve().parents[2]
PERIODS = ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026")


def _load_generate():
    spec = importlib.util.spec_from_file_location("benchmarks_generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


gen = _load_generate()


@pytest.fixture(scope="module")
def pack():
    return load_rules()


@pytest.fixture(scope="module")
def template(pack):
    return gen.load_template(pack)


@pytest.fixture(scope="module")
def can_tho(tmp_path_factory, template):
    out = tmp_path_factory.mktemp("can-tho")
    return out, gen.generate(out, "can-tho", seed=7, broken=3, template=template)


def _errors(folder: Path, pack) -> dict[str, list]:
    found = {}
    for period in PERIODS:
        _, problems = read_facts(folder / period, pack, period)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            found[period] = errors
    return found


def test_can_tho_has_its_103_units_with_real_codes():
    units = gen.plan_units("can-tho")
    assert len(units) == 103
    assert len({u.code for u in units}) == 103
    by_code = {u.code: u for u in units}
    assert by_code["31294"].name == "Xã Trường Xuân"
    assert by_code["31294"].folder == "31294-xa-truong-xuan"
    assert {u.province for u in units} == {"Thành phố Cần Thơ"}
    assert {u.province_code for u in units} == {"92"}


def test_names_are_nfc_single_spaced_and_slugs_ascii():
    for unit in gen.plan_units("country"):
        assert unicodedata.is_normalized("NFC", unit.name)
        assert "  " not in unit.name and unit.name == unit.name.strip()
        assert re.fullmatch(r"\d{5}", unit.code)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", unit.slug), unit.slug


def test_double_spaced_names_are_collapsed_and_listed():
    quirks = {u.code: u for u in gen.listed_with_double_space()}
    assert quirks["31378"].name_as_listed == "Xã  Phú Hữu"
    assert quirks["31378"].name == "Xã Phú Hữu"
    assert {u.code for u in gen.listed_with_double_space("can-tho")} == {"31378", "31561"}


def test_country_scope_plans_3321_units():
    units = gen.plan_units("country")
    assert len(units) == 3321
    assert len({u.code for u in units}) == 3321
    assert len({u.province_code for u in units}) == 34


def test_unknown_scope_is_refused():
    with pytest.raises(ValueError, match="scope"):
        gen.plan_units("99")
    assert gen.main(["--scope", "hue", "-o", "/nonexistent"]) == 2


def test_layout_and_unit_yaml(can_tho):
    out, folders = can_tho
    assert len(folders) == 103
    unit = out / "31294-xa-truong-xuan"
    assert unit in folders
    assert (unit / "unit.yaml").read_text(encoding="utf-8") == (
        'code: "31294"\nname: "Xã Trường Xuân"\nprovince: "Thành phố Cần Thơ"\nprovince_code: "92"\n')
    for quarter in ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"):
        names = {p.name for p in (unit / quarter).iterdir()}
        assert {"task_status.csv", "indicator_values.csv", "report_submissions.csv", "pakn.csv"} <= names
    assert {p.name for p in (unit / "2026").iterdir()} == {"measures.csv", "evidence.csv"}


def test_every_unit_loads_cleanly_except_the_broken_ones(can_tho, pack):
    _, folders = can_tho
    broken = gen.broken_units(folders, seed=7, broken=3)
    assert len(broken) == 3
    for folder in folders:
        errors = _errors(folder, pack)
        if folder.name[:5] in broken:
            assert len(errors) == 1, folder.name  # one broken file, in one period
            (problems,) = errors.values()
            assert all("pakn.csv" in p.location.file for p in problems)
        else:
            assert errors == {}, folder.name


def test_same_seed_gives_identical_files_and_another_seed_differs(can_tho, template, tmp_path):
    out, _ = can_tho
    again = gen.generate(tmp_path / "again", "can-tho", seed=7, broken=3, template=template)
    first = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    second = {p.relative_to(tmp_path / "again"): p.read_bytes()
              for folder in again for p in sorted(folder.rglob("*")) if p.is_file()}
    assert first == second
    unit = gen.plan_units("can-tho")[0]
    assert gen.unit_files(unit, template, 7) != gen.unit_files(unit, template, 8)


def test_lapses_are_drawn_and_explanations_answer_real_findings(can_tho, pack):
    _, folders = can_tho
    broken = set(gen.broken_units(folders, seed=7, broken=3))
    host = default_host()
    kinds: collections.Counter[str] = collections.Counter()
    sample = [f for f in folders if f.name[:5] not in broken][:12]
    for folder in sample:
        for number in (1, 2, 3, 4):
            result = evaluate(Workspace(pack, folder, host=host), Quarter(2026, number))
            assert [w.code for w in result.warnings] == [], folder.name
            kinds.update(f.kind for f in result.findings)
            kinds.update(f"explanation {f.explanation.state}" for f in result.findings if f.explanation)
    for kind in ("task_done_late", "target_missed", "pakn_late", "explanation accepted"):
        assert kinds[kind] > 0, kind
    assert kinds["target_missed"] < 4 * len(sample) * 3  # lapses stay the exception


def test_broken_count_is_checked(template, tmp_path):
    with pytest.raises(ValueError, match="broken"):
        gen.generate(tmp_path, "can-tho", broken=104, template=template)
