"""Reading period names: the data folder's period ('2026-Q2' or the year '2026') and report
periods ('Quý I/2026').

Used by `load.py` (the folder's period) and `resolve.py` (report_submissions.period). A report
period is canonical as '<year>-<id>' with the ids of reporting.yaml: Q1…Q4, H1, Y. A data folder
holds a quarter's facts ('2026-Q2') or a year's (the annual self-assessment: '2026').
"""

from __future__ import annotations

import re

from cchc_rules.suggest import fold

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?P<y>\d{4})\s*-\s*(?P<id>q[1-4]|h1|y)$"), ""),
    (re.compile(r"^(?P<y>\d{4})$"), "Y"),
    (re.compile(r"^(?:quý|q)\s*(?P<q>iv|iii|ii|i|[1-4])\s*(?:/|-|năm)?\s*(?P<y>\d{4})$"), "Q"),
    (re.compile(r"^(?:báo cáo\s+)?6 tháng(?: đầu năm)?\s*(?:/|-|năm)?\s*(?P<y>\d{4})$"), "H1"),
    (re.compile(r"^(?:báo cáo\s+)?năm\s*(?P<y>\d{4})$"), "Y"),
)


def report_period(text: str) -> str | None:
    """The canonical report period of a cell, or None.

    Examples:
        >>> [report_period(t) for t in ("2026-q1", "Quý III/2026", "6 tháng 2026", "Năm 2026", "2026")]
        ['2026-Q1', '2026-Q3', '2026-H1', '2026-Y', '2026-Y']
        >>> report_period("Quý V/2026") is None
        True
    """
    key = fold(text)
    for pattern, period_id in _FORMS:
        match = pattern.match(key)
        if match is None:
            continue
        if period_id == "Q":
            return f"{match['y']}-Q{_ROMAN.get(match['q'], match['q'])}"
        return f"{match['y']}-{period_id or match['id'].upper()}"
    return None


def folder_period(text: str) -> tuple[int, int] | None:
    """The (year, quarter) of a data folder's period such as '2026-Q2', or None.

    Examples:
        >>> folder_period("2026-Q2"), folder_period("2026-Q5")
        ((2026, 2), None)
    """
    match = re.fullmatch(r"(\d{4})-Q([1-4])", text.strip(), flags=re.IGNORECASE)
    return (int(match[1]), int(match[2])) if match else None


def data_period(text: str) -> tuple[int, int | None] | None:
    """The (year, quarter) of a data folder's period: '2026-Q2' → (2026, 2), the year '2026' →
    (2026, None); None when it is neither.

    Examples:
        >>> data_period("2026-Q2"), data_period(" 2026 "), data_period("2026-H1"), data_period("26")
        ((2026, 2), (2026, None), None, None)
    """
    quarter = folder_period(text)
    if quarter is not None:
        return quarter
    match = re.fullmatch(r"(\d{4})", text.strip())
    return (int(match[1]), None) if match else None
