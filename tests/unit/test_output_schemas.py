"""The published JSON Schemas of what the product writes (schema/output/) are the contract's
(`contract.py`), and every JSON the product writes validates against them: each bundled quarter
and the score in both languages, and a batch with ranked, skipped and fully reported units."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.contract_schemas import output_schemas

from tests.unit.test_batch import make_units

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "schema" / "output"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((PUBLISHED / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _errors(name: str, doc: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator(name).iter_errors(doc)]


def _json(*args: str) -> Any:
    got = runner.invoke(app, list(args))
    assert got.exit_code == 0, got.stderr
    return json.loads(got.stdout)


def test_the_published_schemas_are_the_contracts() -> None:
    for name, schema in output_schemas().items():
        published = json.loads((PUBLISHED / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert published == schema, f"run: cchc-rules schema --outputs -o schema/output ({name})"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("quarter", ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
def test_every_bundled_quarter_validates(quarter: str, lang: str) -> None:
    doc = _json("evaluate", "--period", quarter, "--format", "json", "--lang", lang)
    assert _errors("quarter-report", doc) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_bundled_score_validates(lang: str) -> None:
    assert _errors("year-report", _json("score", "--year", "2026", "--format", "json", "--lang", lang)) == []


def test_a_batch_with_ranked_skipped_and_full_units_validates(tmp_path: Path) -> None:
    doc = _json("batch", "--year", "2026", "--data", str(make_units(tmp_path / "du-lieu")), "--format", "json",
                "--jobs", "1")
    assert doc["ranking"] and doc["skipped"] and doc["units"]
    assert _errors("batch", doc) == []


def test_the_schemas_can_fail() -> None:
    doc = _json("evaluate", "--period", "2026-Q3", "--format", "json")
    doc["findings"][0]["surprise"] = 1
    doc["lagging_agencies"][0]["quarters_lagging"] = "two"
    del doc["summary"]
    found = _errors("quarter-report", doc)
    assert any("surprise" in e for e in found) and any("quarters_lagging" in e for e in found)
    assert any("'summary' is a required property" in e for e in found)
