"""Finding facts given twice: the same key with other values is an error, an exact repeat a warning.

Fourth stage of reading facts, over all rows of one kind from every file, in reading order.
The later row is the one reported, naming the earlier row; an exact repeat is kept once.
"""

from __future__ import annotations

from typing import Any

from cchc_rules.facts.models import Fact
from cchc_rules.facts.row import Row

# The fields that identify a fact of each kind.
KEYS: dict[str, tuple[str, ...]] = {
    "task_status": ("task", "year", "agency"),
    "indicator_values": ("indicator",),
    "report_submissions": ("duty", "agency", "period"),
    "explanations": ("finding", "agency"),
    "pakn": ("ref",),
    "measures": ("measure",),
    "evidence": ("criterion", "document"),
    "manual_points": ("criterion",),
    "not_applicable": ("criterion",),
    "survey_answers": ("survey", "respondent", "question"),
    "appraisal": ("criterion", "round"),
}
_COLUMN_OF = {"data_source": "source"}  # model field → column name, where they differ


def dedupe(kind: str, built: list[tuple[Fact, Row]]) -> tuple[list[tuple[Fact, Row]], list[Row]]:
    """The facts to keep, and the rows that exactly repeat an earlier one.

    A row that conflicts with an earlier one gets an error on its Row and is not kept.
    """
    keys = KEYS[kind]
    first: dict[tuple[Any, ...], tuple[Fact, Row]] = {}
    kept: list[tuple[Fact, Row]] = []
    repeats: list[Row] = []
    for fact, row in built:
        key = tuple(getattr(fact, k) for k in keys)
        if key not in first:
            first[key] = (fact, row)
            kept.append((fact, row))
        elif _report(first[key], fact, row, keys):
            repeats.append(row)
    return kept, repeats


def _report(earlier: tuple[Fact, Row], fact: Fact, row: Row, keys: tuple[str, ...]) -> bool:
    """Report a repeat on the later row; True when it repeats the earlier one exactly."""
    old_fact, old_row = earlier
    where = f"{old_row.file}:{old_row.number}"
    differ = _differences(old_fact, fact)
    if not differ:
        row.report(keys[0], "fact_duplicate_same", severity="warning", first=where)
        return True
    shown = ", ".join(f"{k} {getattr(fact, k)}" for k in keys)
    row.report(keys[0], "fact_duplicate_conflict", key=shown, first=where, fields=", ".join(differ))
    return False


def _differences(old: Fact, new: Fact) -> list[str]:
    """The columns (other than where it was read) in which two facts differ."""
    a = old.model_dump(exclude={"source"})
    b = new.model_dump(exclude={"source"})
    return [_COLUMN_OF.get(name, name) for name in a if a[name] != b[name]]
