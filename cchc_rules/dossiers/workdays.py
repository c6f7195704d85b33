"""Calendar periods of the 766 index and the working-day calendar, as DuckDB tables.

Stage: facts (aggregation). `periods` holds one row per asked period (its first and last day);
`workdays` holds, for every day from 1990 to 2100, `cum_before`: the number of working days
before it (Saturdays, Sundays and the pack's holidays are not working days). So "X is at most N
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
    """The `periods` and `workdays` tables in a connection (replaced when they exist)."""
    rows = sorted({p: period_bounds(p) for p in periods}.items())
    values = ", ".join(f"('{p}', DATE '{a}', DATE '{b}')" for p, (a, b) in rows) or "(NULL, NULL, NULL)"
    con.execute("CREATE OR REPLACE TEMP TABLE periods AS SELECT period, first_day, last_day, "
                f"CAST(last_day + 1 AS TIMESTAMP) AS period_close FROM (VALUES {values}) v(period, first_day, last_day) "
                "WHERE period IS NOT NULL")
    off = sorted(set(holidays))
    off_sql = ", ".join(f"(DATE '{d}')" for d in off) or "(NULL::DATE)"
    con.execute(f"CREATE OR REPLACE TEMP TABLE holidays AS SELECT * FROM (VALUES {off_sql}) t(day)")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE workdays AS
        WITH days AS (
            SELECT CAST(d AS DATE) AS day,
                   CASE WHEN isodow(d) <= 5 AND CAST(d AS DATE) NOT IN (SELECT day FROM holidays WHERE day IS NOT NULL)
                        THEN 1 ELSE 0 END AS is_workday
            FROM range(DATE '1990-01-01', DATE '2101-01-01', INTERVAL 1 DAY) r(d))
        SELECT day, is_workday, CAST(sum(is_workday) OVER (ORDER BY day) - is_workday AS INTEGER) AS cum_before
        FROM days""")
