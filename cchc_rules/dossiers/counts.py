"""The metric count: the one value that passes from dossier data to the 766 rubric.

Stage: facts → scoring. Produced by the DuckDB aggregation of dossier exports or read from a
`metric_counts` file; consumed by the rubric. A count is per unit × calendar period × metric
code; `None` means no data (an empty cell), which the rubric's empty-denominator rule decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PERIOD = re.compile(r"^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$")


def is_calendar_period(text: str) -> bool:
    """A calendar period as the 766 index uses them: a year, a quarter or a month.

    Examples:
        >>> [is_calendar_period(t) for t in ("2026", "2026-Q3", "2026-07", "2026-13", "2026-H1")]
        [True, True, True, False, False]
    """
    return bool(_PERIOD.match(text))


@dataclass(frozen=True, order=True)
class MetricCount:
    """Numerator and denominator of one metric for one unit and one calendar period.

    `source` says where the numbers come from, for the trace: 'metric_counts.csv:12', or
    'ho-so.parquet (5 012 hồ sơ)'. `inherited_from` is the province's unit code when the value
    is the province's (PUBLISH_ON_TIME…), else None.
    """

    unit: str
    period: str
    metric: str
    numerator: int | None
    denominator: int | None
    source: str
    inherited_from: str | None = None

    @property
    def rate(self) -> float | None:
        """numerator ÷ denominator, or None when there is no denominator (0 or missing)."""
        if self.numerator is None or not self.denominator:
            return None
        return self.numerator / self.denominator
