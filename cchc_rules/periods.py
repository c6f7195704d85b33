"""Reporting periods and working days: which quarter, which cut-off, which due date.

Pure calendar arithmetic over the parameters of reporting.yaml (cut-off days, working days to
report, holidays). Nothing here reads the wall clock: every date is computed from the period asked
for, and the "as of" date is an input.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from collections.abc import Sequence

from cchc_rules.rulepack.reporting import Calendar, ReportingDuty, ReportingPeriod

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter of a year, the unit of the quarter check.

    Examples:
        >>> Quarter.parse("2026-Q2"), str(Quarter(2026, 1).previous())
        (Quarter(year=2026, number=2), '2025-Q4')
    """

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.match(text.strip().upper())
        if not match:
            raise ValueError(text)
        return cls(int(match[1]), int(match[2]))

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    @property
    def end(self) -> dt.date:
        """Last day of the calendar quarter (deadlines 'by Q2' mean by 30 June)."""
        month = self.number * 3
        return dt.date(self.year, month, 31 if month in (3, 12) else 30)


def quarter_end(year: int, number: int) -> dt.date:
    return Quarter(year, number).end


def period_label(period: ReportingPeriod, year: int) -> str:
    """How a report period of a year is written in the data: '2026-Q1', '2026-H1', '2026-Y'."""
    return f"{year}-{period.id}"


def window(period: ReportingPeriod, year: int) -> tuple[dt.date, dt.date]:
    """The data cut-off window (kỳ chốt số liệu) of a period in a year."""
    start_day, start_month = (int(x) for x in period.starts.split("/"))
    end_day, end_month = (int(x) for x in period.ends.split("/"))
    start_year = year - 1 if period.starts_previous_year else year
    return dt.date(start_year, start_month, start_day), dt.date(year, end_month, end_day)


def holidays(calendar: Calendar) -> frozenset[dt.date]:
    return frozenset(dt.date.fromisoformat(day) for day in calendar.holidays)


def add_working_days(start: dt.date, days: int, off: frozenset[dt.date]) -> dt.date:
    """The date `days` working days after `start` (Saturdays, Sundays and holidays skipped).

    Examples:
        >>> add_working_days(dt.date(2026, 3, 14), 2, frozenset())   # Saturday cut-off
        datetime.date(2026, 3, 17)
        >>> add_working_days(dt.date(2026, 4, 29), 1, frozenset({dt.date(2026, 4, 30)}))
        datetime.date(2026, 5, 1)
    """
    day = start
    remaining = days
    while remaining > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            remaining -= 1
    return day


def periods_closing_in(calendar: Calendar, quarter: Quarter) -> list[ReportingPeriod]:
    """The report periods whose cut-off falls in this quarter (Q2 closes with the 6-month report)."""
    return [p for p in calendar.periods if p.quarter == quarter.number]


def report_due(calendar: Calendar, period: ReportingPeriod, year: int, working_days: int) -> dt.date:
    _, cutoff = window(period, year)
    return add_working_days(cutoff, working_days, holidays(calendar))


def default_as_of(calendar: Calendar, quarter: Quarter, duties: Sequence[ReportingDuty] = ()) -> dt.date:
    """The date a quarter is judged at by default: the last report due date of the quarter,
    counting each periodic duty's own working days (the compiled report comes after the others)."""
    closing = periods_closing_in(calendar, quarter)
    dues = [report_due(calendar, p, quarter.year, calendar.report_due_working_days) for p in closing]
    for duty in duties:
        if duty.kind != "periodic" or duty.due_working_days is None:
            continue
        dues += [report_due(calendar, p, quarter.year, duty.due_working_days)
                 for p in closing if p.id in duty.periods]
    return max(dues) if dues else quarter.end


def as_int(day: dt.date | None) -> int:
    """Dates travel through the engine as YYYYMMDD integers (it has no date type); None is 0.

    Examples:
        >>> as_int(dt.date(2026, 3, 17)), as_int(None)
        (20260317, 0)
    """
    return day.year * 10000 + day.month * 100 + day.day if day else 0


def from_int(value: int) -> dt.date | None:
    return dt.date(value // 10000, value // 100 % 100, value % 100) if value else None
