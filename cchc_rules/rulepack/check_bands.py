"""Band checks shared by both rubric kinds: the PAR INDEX classification (`rubric.classification`)
and the 766 colour bands (`index.bands`) must each cover 0–100 once, in order, with no gap and no
overlap.

Stage: meaning checks of a rule pack, after shape validation; `check_rubric.py` and
`check_rubric_766.py` call `band_problems` with their own `at` (which locates a path in the file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Protocol

from cchc_rules.errors import Problem
from cchc_rules.source import Path_


class Band(Protocol):
    label: str
    min: float
    below: float | None


def as_decimal(value: float) -> Decimal:
    """The value as written (0.1 stays 0.1): Decimal of its shortest repr."""
    return Decimal(str(value))


def shown(value: Decimal | float) -> str:
    """A number for a message: no exponent, no trailing zeros (70, 62.5)."""
    return f"{Decimal(str(value)).normalize():f}"


def band_problems(at: Callable[..., Problem], bands: Sequence[Band], path: Path_) -> Iterator[Problem]:
    """Each band below its upper bound; together, from 0 to 100 with no gap and no overlap.

    `at(path, code, **params)` makes the Problem; `path` is where the list of bands is in the file.
    """
    expected = Decimal(0)
    for k, band in sorted(enumerate(bands), key=lambda kb: kb[1].min):
        here = (*path, k)
        low, high = as_decimal(band.min), as_decimal(band.below if band.below is not None else 100)
        if high <= low:
            yield at((*here, "below"), "rubric_class_order", min=shown(low), below=shown(high))
        if low > expected:
            yield at((*here, "min"), "rubric_class_gap", start=shown(expected), end=shown(low))
        elif low < expected:
            yield at((*here, "min"), "rubric_class_overlap", label=band.label, min=shown(low), end=shown(expected))
        expected = max(expected, high)
    if expected < 100:
        yield at(path, "rubric_class_gap", start=shown(expected), end="100")
