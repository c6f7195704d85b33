"""Facts given twice: exact repeats are kept once with a warning, conflicts are errors."""

from __future__ import annotations

from cchc_rules.facts.dedupe import KEYS, dedupe
from cchc_rules.facts.kinds import KINDS, PAKN
from cchc_rules.facts.models import FactSource, Pakn
from cchc_rules.facts.row import Row


def _pakn(row: int, **changes: object) -> tuple[Pakn, Row]:
    values = {"ref": "P1", "agency": "VP", "received_on": "2026-03-02", "content": "x", **changes}
    fact = Pakn(source=FactSource(file="pakn.csv", row=row), **values)  # type: ignore[arg-type]
    return fact, Row("pakn.csv", row, PAKN, {}, {"ref": "Số"})


def test_every_kind_has_a_key_of_model_fields() -> None:
    assert set(KEYS) == {k.name for k in KINDS}


def test_exact_repeat_kept_once() -> None:
    first, second, other = _pakn(2), _pakn(5), _pakn(6, ref="P2")
    kept, repeats = dedupe("pakn", [first, second, other])
    assert [fact.source.row for fact, _ in kept] == [2, 6]
    assert repeats == [second[1]]
    [problem] = second[1].problems
    assert (problem.code, problem.severity, problem.field, problem.params) == (
        "fact_duplicate_same", "warning", "Số", {"first": "pakn.csv:2"})


def test_conflict_names_the_differing_columns() -> None:
    first, later = _pakn(2), _pakn(9, content="y", handled_on="2026-03-05")
    kept, repeats = dedupe("pakn", [first, later])
    assert [fact.source.row for fact, _ in kept] == [2]
    assert repeats == []
    [problem] = later[1].problems
    assert (problem.code, problem.severity) == ("fact_duplicate_conflict", "error")
    assert problem.params == {"key": "ref P1", "first": "pakn.csv:2", "fields": "handled_on, content"}
    assert later[1].failed
