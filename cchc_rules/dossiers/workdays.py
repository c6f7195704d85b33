"""Calendar periods of the 766 index and the working-day calendar, as DuckDB tables.

Stage: facts (aggregation). `periods` holds one row per asked period (its first and last day);
the variables `wd_cum` and `wd_is` hold, for every day from three years before the first period
to the year after the last (`wd_first` is the first), `cum_before`: the number of working days
before it, and whether it is one (Saturdays, Sundays and the pack's holidays are not). A day
outside that range has no count, so a rule that needs it judges the dossier late. So "X is at most N
working days after S" is `cum_before(X) <= cum_before(S) + is_workday(S) + N - 1`, which is
`periods.add_working_days` in SQL: the same rule as the reporting calendar.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Iterable

import duckdb

from cchc_rules.dossiers.counts import is_calendar_period


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a calendar period: a year, a quarter or a month.

    Examples:
        >>> period_bounds("2026-Q3")
        (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))
        >>> period_bounds("2026-02"), period_bounds("2026")[1]
        ((datetime.date(2026, 2, 1), datetime.date(2026, 2, 28)), datetime.date(2026, 12, 31))
    """
    if not is_calendar_period(period):
        raise ValueError(f"not a calendar period: {period!r}")
    year = int(period[:4])
    if len(period) == 4:
        first, last = 1, 12
    elif "Q" in period:
        quarter = int(period[-1])
        first, last = 3 * quarter - 2, 3 * quarter
    else:
        first = last = int(period[5:])
    return dt.date(year, first, 1), dt.date(year, last, _calendar.monthrange(year, last)[1])


def create_tables(con: duckdb.DuckDBPyConnection, periods: Iterable[str], holidays: Iterable[dt.date]) -> None:
    """The `periods` table and the working-day variables in a connection (replaced when they exist)."""
    rows = sorted({p: period_bounds(p) for p in periods}.items())
    values = ", ".join(f"('{p}', DATE '{a}', DATE '{b}')" for p, (a, b) in rows) or "(NULL, NULL, NULL)"
    con.execute("CREATE OR REPLACE TEMP TABLE periods AS SELECT period, first_day, last_day, "
                f"CAST(last_day + 1 AS TIMESTAMP) AS period_close, period = min(period) OVER () AS is_first "
                f"FROM (VALUES {values}) v(period, first_day, last_day) "
                "WHERE period IS NOT NULL")
    first = dt.date(min(a for _, (a, _) in rows).year - 3, 1, 1) if rows else dt.date(2000, 1, 1)
    last = dt.date(max(b for _, (_, b) in rows).year + 1, 12, 31) if rows else first
    off = frozenset(holidays)
    is_workday, cum_before, count = [], [], 0
    day = first
    while day <= last:
        working = day.weekday() < 5 and day not in off
        is_workday.append(int(working))
        cum_before.append(count)
        count += int(working)
        day += dt.timedelta(days=1)
    con.execute(f"SET VARIABLE wd_first = DATE '{first}'")
    # As literals: binding a Python list as a parameter takes seconds for a few thousand items.
    con.execute(f"SET VARIABLE wd_is = CAST([{', '.join(map(str, is_workday))}] AS INTEGER[])")
    con.execute(f"SET VARIABLE wd_cum = CAST([{', '.join(map(str, cum_before))}] AS INTEGER[])")
