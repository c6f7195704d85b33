"""Any file content gives facts or FactsFileError: never another exception, never a lost row."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_rules.errors import FactsFileError
from cchc_rules.facts.kinds import KINDS
from cchc_rules.facts.load import load_facts, read_facts
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack.pack import RulePack

PACK = Path(__file__).parents[1] / "facts_problems" / "_pack"

_WORDS = ["task", "status", "done", "hoàn thành", "VP", "KT", "2", "97,5", "120%", "31/02/2026",
          "20/03/2026", "2026-Q1", "Quý I/2026", "so-hoa-ho-so-tthc", "indicator", "value", "numerator",
          "denominator", "agency", "period", "received_on", "ref", "P1", "-", "", "abc", "\"", "0"]
_CELL = st.one_of(st.sampled_from(_WORDS), st.text(max_size=6))
_LINE = st.lists(_CELL, max_size=6).map(",".join)
_VALUE = st.one_of(_CELL, st.integers(-5, 300), st.floats(allow_nan=True), st.booleans(), st.none())
_ITEMS = st.lists(st.dictionaries(st.sampled_from(_WORDS), _VALUE, max_size=6), max_size=5)


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_rules(PACK)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from([k.name for k in KINDS]), suffix=st.sampled_from([".csv", ".yaml", ".json"]),
       lines=st.lists(_LINE, max_size=6))
def test_any_text_gives_facts_or_facts_error(pack: RulePack, kind: str, suffix: str, lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"{kind}{suffix}").write_text("\n".join(lines), encoding="utf-8")
        facts, problems = read_facts(Path(folder), pack, "2026-Q2")
        for count in facts.counts.files:  # every non-blank row is used, rejected or a repeat
            assert count.read == count.used + count.rejected + count.duplicates
        try:
            load_facts(Path(folder), pack, "2026-Q2")
        except FactsFileError as exc:
            assert any(p.severity == "error" for p in exc.problems)
        if any(c.rejected for c in facts.counts.files):
            assert any(p.severity == "error" for p in problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from([k.name for k in KINDS]), items=_ITEMS, as_json=st.booleans())
def test_any_items_give_facts_or_facts_error(pack: RulePack, kind: str, items: list[dict[str, object]],
                                             as_json: bool) -> None:
    text = json.dumps(items, ensure_ascii=False) if as_json else yaml.safe_dump(items, allow_unicode=True)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"{kind}{'.json' if as_json else '.yaml'}").write_text(text, encoding="utf-8")
        facts, _ = read_facts(Path(folder), pack, "2026-Q2")
        for count in facts.counts.files:
            assert count.read == count.used + count.rejected + count.duplicates


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200))
def test_any_bytes_give_facts_or_facts_error(pack: RulePack, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "task_status.csv").write_bytes(data)
        (Path(folder) / "pakn.xlsx").write_bytes(data)
        try:
            load_facts(Path(folder), pack, "2026-Q2")
        except FactsFileError:
            pass
