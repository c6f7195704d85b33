"""The batch over generated data for Cần Thơ (benchmarks/generate.py): its 103 wards and
communes are all ranked, a unit with a broken file is listed with its problem while the others
are ranked, and two worker processes write the same bytes as one."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from cchc_rules.cli import app

ROOT = Path(__file__).resolve().parents[2]
BROKEN = "99998"  # not an official code: an extra unit, copied from a generated one and broken


def _generator() -> ModuleType:
    name = "benchmarks_generate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def can_tho(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Cần Thơ's 103 generated units, plus one more whose Q2 PAKN file has an impossible date."""
    out = tmp_path_factory.mktemp("can-tho")
    folders = _generator().generate(out, "can-tho", 2026, seed=7)
    broken = out / f"{BROKEN}-xa-du-lieu-loi"
    shutil.copytree(folders[0], broken)
    unit = broken / "unit.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(folders[0].name[:5], BROKEN), encoding="utf-8")
    pakn = broken / "2026-Q2" / "pakn.csv"
    lines = pakn.read_text(encoding="utf-8").split("\n")
    cells = lines[1].split(",")
    cells[2] = "2026-02-30"  # received_on
    lines[1] = ",".join(cells)
    pakn.write_text("\n".join(lines), encoding="utf-8")
    return out


def _batch(data: Path, jobs: int) -> str:
    result = CliRunner().invoke(app, ["batch", "--year", "2026", "--data", str(data), "--jobs", str(jobs),
                                      "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_can_tho_ranks_103_units_and_jobs_2_is_byte_identical_to_jobs_1(can_tho: Path) -> None:
    one = _batch(can_tho, 1)
    assert _batch(can_tho, 2) == one
    doc = json.loads(one)
    assert doc["summary"]["found"] == 104 and doc["summary"]["scored"] == 103 and len(doc["ranking"]) == 103
    [skipped] = doc["skipped"]
    assert (skipped["code"], skipped["reason"]) == (BROKEN, "facts_error")
    assert any(p["severity"] == "error" and p["file"].endswith("2026-Q2/pakn.csv") and p["row"] == 2
               and "2026-02-30" in p["message"] for p in skipped["problems"])
    ranks = [r["rank"] for r in doc["ranking"]]
    assert ranks[0] == 1 and ranks == sorted(ranks)
    totals = [r["total"] for r in doc["ranking"]]
    assert totals == sorted(totals, reverse=True) and len(set(totals)) > 1
    assert len({r["name"] for r in doc["ranking"]}) == 103  # each unit under its own name
    assert [u["unit"]["code"] for u in doc["units"]] == sorted(r["code"] for r in doc["ranking"])
