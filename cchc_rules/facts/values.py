"""Checking an indicator's numbers (the value, or numerator and denominator, and that they agree)
and reading a measure's value in its unit.

Used by `build.build_indicator_value` and `build.build_measure_value`. A % value must lie in
0–100 (one between 0 and 1, such as 0,958, is probably a fraction: a warning); a ratio needs
both parts, numerator ≤ denominator and denominator > 0; when all three are
given the value must equal numerator / denominator × 100 within TOLERANCE.
"""

from __future__ import annotations

from cchc_rules.facts import cells
from cchc_rules.facts.cells import CellError, show_number
from cchc_rules.facts.kinds import yes_no_of
from cchc_rules.facts.row import Row
from cchc_rules.rulepack.rubric import Measure
from cchc_rules.rulepack.targets import Indicator

TOLERANCE = 0.05
_NUMBERS = ("value", "numerator", "denominator")


def checked_value(row: Row, indicator: Indicator, value: float | None, numerator: float | None,
                  denominator: float | None) -> float | None:
    """The indicator's value for the period, or None after reporting what is wrong."""
    if row.bad.intersection(_NUMBERS):
        return None
    if numerator is None and denominator is None:
        if value is None:
            row.report("value", "fact_no_value", unit=indicator.unit)
            return None
        if indicator.unit == "%":
            warn_if_fraction(row, "value", value)
        return _in_range(row, indicator, value)
    ratio = _ratio(row, indicator, numerator, denominator)
    if ratio is None or value is None:
        return ratio
    if abs(value - ratio) > TOLERANCE + 1e-9:
        row.report("value", "fact_ratio_conflict", value=show_number(value),
                   numerator=show_number(numerator or 0), denominator=show_number(denominator or 0),
                   ratio=show_number(ratio))
        return None
    return _in_range(row, indicator, value)


def _in_range(row: Row, indicator: Indicator, value: float) -> float | None:
    if indicator.unit == "%" and not 0 <= value <= 100:
        row.report("value", "fact_percent_range", value=show_number(value))
        return None
    if value < 0:
        row.report("value", "fact_negative", value=show_number(value))
        return None
    return value


def warn_if_fraction(row: Row, name: str, value: float) -> None:
    """Warn about a percentage between 0 and 1 (0,958): most likely a fraction meaning 95,8 %."""
    if 0 < value < 1:
        row.report(name, "fact_percent_fraction", severity="warning", value=show_number(value),
                   scaled=show_number(round(value * 100, 9)))


def _ratio(row: Row, indicator: Indicator, numerator: float | None,
           denominator: float | None) -> float | None:
    """numerator / denominator × 100, once both are present and sound."""
    if indicator.unit != "%":
        name = "numerator" if numerator is not None else "denominator"
        row.report(name, "fact_ratio_not_percent", indicator=indicator.id, unit=indicator.unit)
        return None
    if numerator is None or denominator is None:
        missing = "numerator" if numerator is None else "denominator"
        row.report(missing, f"fact_missing_{missing}")
        return None
    for name, number in (("numerator", numerator), ("denominator", denominator)):
        if number < 0:
            row.report(name, "fact_negative", value=show_number(number))
    if row.bad.intersection(_NUMBERS):
        return None
    return _divided(row, numerator, denominator)


def _divided(row: Row, numerator: float, denominator: float) -> float | None:
    if denominator == 0:
        row.report("denominator", "fact_zero_denominator")
        return None
    if numerator > denominator:
        row.report("numerator", "fact_numerator_gt", numerator=show_number(numerator),
                   denominator=show_number(denominator))
        return None
    return numerator / denominator * 100


def measure_value(raw: object, measure: Measure) -> float:
    """A rubric measure's value in its unit.

    '%': a number from 0 to 100 (decimal comma and a trailing % allowed); 'số lượng': a whole
    number, 0 or more; 'điểm': a number, 0 or more; 'có/không': có/không, đạt/không đạt,
    yes/no, true/false, 1/0 → 1.0 or 0.0.
    """
    if measure.unit == "có/không":
        return yes_no_of(raw)
    value = cells.number(raw)
    if measure.unit == "%" and not 0 <= value <= 100:
        raise CellError("fact_percent_range", value=show_number(value))
    if value < 0:
        raise CellError("fact_negative", value=show_number(value))
    if measure.unit == "số lượng" and not value.is_integer():
        raise CellError("fact_count_not_whole", found=show_number(value), measure=measure.id)
    return value
