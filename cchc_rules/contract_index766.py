"""The JSON contract of `cchc-rules index766 --format json` (index766_report.py writes it), as
TypedDicts; `contract_schemas.output_schemas()` publishes it as schema/output/index766.schema.json.

A leaf: it imports nothing from cchc_rules.
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict  # pydantic needs this one on Python < 3.12

from pydantic import ConfigDict, with_config

_STRICT = ConfigDict(extra="forbid")


@with_config(_STRICT)
class IndexWarning(TypedDict):
    file: str
    row: int
    field: str
    code: str
    message: str
    hint: str


@with_config(_STRICT)
class IndexIndicator(TypedDict):
    metric: str
    name: str
    numerator: int | None
    denominator: int | None
    rate: float | None  # percent, to the rubric's decimals; None when the denominator is empty
    points: float | None  # None: not applicable, or shared out to other indicators
    max: float  # the indicator's maximum plus any points shared to it
    case: Literal["computed", "empty_zero", "empty_full", "not_applicable", "shared_out"]
    formula: str
    inherited_from: str | None
    shared_from: list[str]
    source: str  # file:row of the counts


@with_config(_STRICT)
class IndexGroup(TypedDict):
    id: str
    short: str | None
    name: str
    max: float
    points: float
    capped: bool
    indicators: list[IndexIndicator]


@with_config(_STRICT)
class IndexBand(TypedDict):
    label: str
    colour: str


@with_config(_STRICT)
class IndexUnit(TypedDict):
    unit: str
    name: str
    period: str
    rank: int
    total: float
    max: float
    max_available: float
    band: IndexBand | None
    groups: list[IndexGroup]


@with_config(_STRICT)
class IndexHead(TypedDict):
    id: str
    title: str
    file: str
    year: int
    variant: Literal["observed", "documented"]
    total: float
    decimals: int
    basis: str


@with_config(_STRICT)
class Index766Report(TypedDict):
    """`cchc-rules index766 --format json`: every unit ranked (or the one asked)."""

    index: IndexHead
    period: str
    data: str
    units: list[IndexUnit]
    warnings: list[IndexWarning]
