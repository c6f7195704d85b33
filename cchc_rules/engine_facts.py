"""The facts the engine sees, one frozen dataclass per kind, and the condition language's field
table derived from their annotations (`FIELDS`), so the two cannot drift apart.

Built by `obligations.py` (task, report, indicator, pakn), `quarter_judge.py` (lapse) and
`score_inputs.py` (criterion); `to_fact()` gives the flat dict durable_rules receives, with its keys
in a fixed order (the traces quote them). Dates are yyyymmdd integers, 0 when there is none.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

FieldType = Literal["number", "text", "date", "bool"]

Text = Annotated[str, "text"]
Number = Annotated[float, "number"]  # ints are numbers too (task numbers, years)
Date = Annotated[int, "date"]  # yyyymmdd, 0 = none
Flag = Annotated[bool, "bool"]


@dataclass(frozen=True, kw_only=True)
class EngineFact:
    """Common to every kind: the id that ties a firing back to what it is about."""

    kind: ClassVar[str] = ""
    id: str

    def to_fact(self) -> dict[str, Any]:
        """The flat dict the engine sees: id, kind, then the fields in order (absent when None)."""
        out: dict[str, Any] = {"id": self.id, "kind": self.kind}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name != "id" and value is not None:
                out[f.name] = value
        return out


@dataclass(frozen=True, kw_only=True)
class TaskFact(EngineFact):
    kind: ClassVar[str] = "task"
    task: Number
    year: Number
    area: Text
    lead: Text
    status: Text
    due: Date
    completed_on: Date
    has_product: Flag
    as_of: Date
    since: Date  # the previous quarter's check: work finished after it is news in this one


@dataclass(frozen=True, kw_only=True)
class ReportFact(EngineFact):
    kind: ClassVar[str] = "report"
    duty: Text
    agency: Text
    period: Text
    due: Date
    received: Flag
    received_on: Date
    as_of: Date


@dataclass(frozen=True, kw_only=True)
class IndicatorFact(EngineFact):
    kind: ClassVar[str] = "indicator"
    indicator: Text
    area: Text
    agency: Text
    reported: Flag
    value: Number | None = None  # absent when not reported: `value < 99` cannot match
    as_of: Date


@dataclass(frozen=True, kw_only=True)
class PaknFact(EngineFact):
    kind: ClassVar[str] = "pakn"
    ref: Text
    agency: Text
    received_on: Date
    due: Date
    handled: Flag
    handled_on: Date
    as_of: Date


@dataclass(frozen=True, kw_only=True)
class CriterionFact(EngineFact):
    kind: ClassVar[str] = "criterion"
    criterion: Text
    reported: Flag
    status: Text
    evidence: Flag
    not_applicable: Flag = False  # the unit's data declare the criterion "không áp dụng" (not_applicable.csv)
    value: Number | None = None


@dataclass(frozen=True, kw_only=True)
class LapseFact(EngineFact):
    kind: ClassVar[str] = "lapse"
    finding: Text
    lapse: Text
    agency: Text
    cause: Text
    submitted_on: Date
    found_on: Date  # the check that first found the lapse (quarter_judge.first_check)
    due: Date  # found_on + the explanation duty's working days
    as_of: Date


KINDS: tuple[type[EngineFact], ...] = (TaskFact, ReportFact, IndicatorFact, PaknFact, CriterionFact, LapseFact)
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {"number": (int, float), "text": (str,), "date": (int,),
                                              "bool": (bool,)}


_ALIASES: dict[str, FieldType] = {"Text": "text", "Number": "number", "Date": "date", "Flag": "bool"}


def _field_type(annotation: str) -> FieldType:
    """'number' from the annotation `Number`, or `Number | None` (annotations are strings here, see
    `from __future__`; reading them as text costs nothing at import, unlike get_type_hints)."""
    return _ALIASES[annotation.removesuffix(" | None")]


def _fields(kind: type[EngineFact]) -> dict[str, FieldType]:
    return {f.name: _field_type(str(f.type)) for f in dataclasses.fields(kind) if f.name != "id"}


# The fields a condition may use, per fact kind (conditions.py checks conditions against this).
FIELDS: dict[str, dict[str, FieldType]] = {kind.kind: _fields(kind) for kind in KINDS}


def type_errors(fact: EngineFact) -> list[str]:
    """Fields whose value is not of its declared type (bool is not a number here): for tests."""
    wrong = []
    for name, ftype in FIELDS[fact.kind].items():
        value = getattr(fact, name)
        allowed = _PYTHON_TYPES[ftype]
        if value is None or (isinstance(value, allowed) and (ftype == "bool" or not isinstance(value, bool))):
            continue
        wrong.append(f"{fact.kind}.{name} = {value!r} (expected {ftype})")
    return wrong
