"""Typed engine facts: every fact built from the bundled data is an instance of its kind, with
values of the declared types, and the condition language's fields are the facts' annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

import cchc_rules.conditions as conditions
from cchc_rules.engine_facts import FIELDS, KINDS, EngineFact, TaskFact, type_errors
from cchc_rules.obligations import build_obligations
from cchc_rules.pipeline import JUDGE_STAGES, QuarterRun, Workspace, YearRun, leaf_inputs, read_year
from cchc_rules.periods import Quarter, default_as_of

ROOT = Path(__file__).resolve().parents[2]
BY_KIND = {k.kind: k for k in KINDS}


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _check(fact: EngineFact) -> None:
    assert isinstance(fact, BY_KIND[fact.kind]), fact
    assert type_errors(fact) == [], fact
    flat = fact.to_fact()
    assert flat["kind"] == fact.kind and set(flat) - {"id", "kind"} <= set(FIELDS[fact.kind])


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_every_quarter_fact_of_the_bundled_data_is_typed(number: int) -> None:
    ws = Workspace.open()
    quarter = Quarter(2026, number)
    run = JUDGE_STAGES[0](ws, QuarterRun(quarter, default_as_of(ws.pack.reporting.calendar, quarter,
                                                                    ws.pack.reporting.duties)))
    assert run.facts is not None
    obligations = build_obligations(ws.pack, run.facts, quarter, run.as_of)
    assert {o.typed.kind for o in obligations} == {"task", "report", "indicator", "pakn"}
    for obligation in obligations:
        _check(obligation.typed)


def test_every_criterion_fact_is_typed() -> None:
    ws = Workspace.open()
    run = leaf_inputs(ws, read_year(ws, YearRun(2026)))
    assert run.inputs
    for given in run.inputs:
        _check(given.typed)


def test_lapse_facts_are_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc_rules import quarter_judge

    seen: list[EngineFact] = []
    real = quarter_judge.LapseFact

    def spy(**fields: object) -> EngineFact:
        fact = real(**fields)  # type: ignore[arg-type]
        seen.append(fact)
        return fact

    monkeypatch.setattr(quarter_judge, "LapseFact", spy)
    from cchc_rules.pipeline import evaluate

    evaluate(Workspace.open(), "2026-Q3")
    assert seen
    for fact in seen:
        _check(fact)


def test_the_condition_language_uses_the_facts_own_fields() -> None:
    assert conditions.FIELDS is FIELDS
    assert FIELDS["task"]["due"] == "date" and FIELDS["indicator"]["value"] == "number"
    assert FIELDS["task"]["has_product"] == "bool" and FIELDS["lapse"]["cause"] == "text"


def test_a_wrongly_typed_value_is_found() -> None:
    fact = TaskFact(id="t1", task=1, year=2026, area="a", lead="VP", status="done", due="20260101",  # type: ignore[arg-type]
                    completed_on=0, has_product=1, as_of=0, since=0)  # type: ignore[arg-type]
    assert type_errors(fact) == ["task.due = '20260101' (expected date)", "task.has_product = 1 (expected bool)"]
