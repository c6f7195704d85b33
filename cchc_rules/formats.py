"""How numbers, dates and periods are written for a reader: one module, used by every renderer.

Stage: the edge of the pipeline (renderers, terminal tables, explain, wording). JSON keeps ISO dates
and plain numbers; everything a person reads goes through these functions, so Vietnamese output
writes 60,57 and 02/10/2026 and "Quý III/2026" everywhere, and English output 60.57, 02/10/2026 and
"Q3 2026".
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any, Literal

Lang = Literal["vi", "en"]

__all__ = ["COMPARISON_SIGNS", "date", "date_text", "number", "number_text", "parse_quarter_text", "percent",
           "period_name", "points", "quarter_name", "report_period_name"]

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_FROM_ROMAN = {v: k for k, v in _ROMAN.items()}


# How a comparison is written for people ("≥ 97 %", as Vietnamese documents write it), in both languages.
COMPARISON_SIGNS = {">=": "≥", ">": ">", "=": "=", "==": "=", "<=": "≤", "<": "<"}

def number_text(value: Any, lang: Lang, places: int = 2) -> str:
    """At most `places` decimals; a decimal comma in Vietnamese, a point in English; no value is '—'.

    Examples:
        >>> number_text(97.5, "vi"), number_text(97.5, "en"), number_text(90, "vi"), number_text(None, "en")
        ('97,5', '97.5', '90', '—')
    """
    if value is None:
        return "—"
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    text = f"{value:.{places}f}".rstrip("0").rstrip(".") if places > 0 else f"{value:.0f}"
    return text.replace(".", ",") if lang == "vi" else text


def date_text(value: Any) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates (in English too); no date is ''.

    An ISO date, a `datetime.date` or a yyyymmdd number (as facts store dates); text that is
    not an ISO date is shown as it is.

    Examples:
        >>> date_text("2026-03-17"), date_text(20260317), date_text(None), date_text("Q1")
        ('17/03/2026', '17/03/2026', '', 'Q1')
    """
    day = _as_date(value)
    if day is None:
        return value if isinstance(value, str) else ""
    return day.strftime("%d/%m/%Y")


def _as_date(value: Any) -> dt.date | None:
    try:
        if isinstance(value, str):
            return dt.date.fromisoformat(value)
        if isinstance(value, int) and not isinstance(value, bool) and value:
            return dt.date(value // 10000, value // 100 % 100, value % 100)
    except ValueError:
        return None
    return value if isinstance(value, dt.date) else None


def number(value: Any, lang: Lang, places: int = 2) -> str:
    """At most `places` decimals; a decimal comma in Vietnamese; thousands grouped with '.' (vi) or ',' (en).

    Examples:
        >>> number(60.5714, "vi"), number(60.5714, "en"), number(12345.5, "vi"), number(None, "vi")
        ('60,57', '60.57', '12.345,5', '—')
    """
    text = number_text(value, lang, places)
    if text == "—" or not isinstance(value, int | float) or isinstance(value, bool) or abs(value) < 10000:
        return text
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    point = "," if lang == "vi" else "."
    whole, _, frac = body.partition(point)
    group = "." if lang == "vi" else ","
    grouped = f"{int(whole):,}".replace(",", group)
    return sign + grouped + (point + frac if frac else "")


def change(value: Any, lang: Lang, places: int = 2) -> str:
    """A change of points with its sign (final − self): '+0,35', '−0,5' (a minus sign), '0'; none is '—'.

    Examples:
        >>> change(0.35, "vi"), change(-0.5, "vi"), change(0.0, "vi"), change(-0.15, "en"), change(None, "vi")
        ('+0,35', '−0,5', '0', '−0.15', '—')
    """
    if value is None:
        return "—"
    text = number(abs(value), lang, places)
    if text == "0":
        return text
    return ("+" if value > 0 else "−") + text


def percent(value: Any, lang: Lang, places: int = 2) -> str:
    """A rate already in percent, with the space Vietnamese typography puts before '%'.

    Examples:
        >>> percent(97.5, "vi"), percent(97.5, "en"), percent(None, "vi")
        ('97,5 %', '97.5%', '—')
    """
    if value is None:
        return "—"
    return f"{number(value, lang, places)} %" if lang == "vi" else f"{number(value, lang, places)}%"


def points(value: Any, lang: Lang) -> str:
    """Points of a score, two decimals at most: 3,2 điểm → '3,2'.

    Examples:
        >>> points(3.2, "vi"), points(10, "en")
        ('3,2', '10')
    """
    return number(value, lang, 2)


def date(value: Any, lang: Lang = "vi") -> str:
    """dd/mm/yyyy in both languages (Vietnamese documents and the plan write dates so).

    Examples:
        >>> date("2026-10-02"), date(dt.date(2026, 1, 6)), date(20260618)
        ('02/10/2026', '06/01/2026', '18/06/2026')
    """
    return date_text(value)


def quarter_name(quarter: Any, lang: Lang) -> str:
    """A quarter as an administrative document names it.

    Examples:
        >>> quarter_name("2026-Q3", "vi"), quarter_name("2026-Q3", "en")
        ('Quý III/2026', 'Q3 2026')
    """
    text = str(quarter)
    match = re.fullmatch(r"(\d{4})-Q([1-4])", text.strip().upper())
    if not match:
        return text
    year, num = int(match[1]), int(match[2])
    return f"Quý {_ROMAN[num]}/{year}" if lang == "vi" else f"Q{num} {year}"


def report_period_name(period_id: str, lang: Lang, year: int | None = None) -> str:
    """A reporting period id of reporting.yaml (Q1, H1, Q3, Y) as people name it, with the year if given.

    Examples:
        >>> [report_period_name(p, "vi") for p in ("Q1", "H1", "Q3", "Y")]
        ['Quý I', '6 tháng', 'Quý III', 'Năm']
        >>> report_period_name("H1", "vi", 2026), report_period_name("Y", "en", 2026)
        ('6 tháng đầu năm 2026', 'Year 2026')
    """
    pid = period_id.strip().upper()
    if pid.startswith("Q") and pid[1:].isdigit() and int(pid[1:]) in _ROMAN:
        num = int(pid[1:])
        if lang == "vi":
            return f"Quý {_ROMAN[num]}" + (f"/{year}" if year else "")
        return f"Q{num}" + (f" {year}" if year else "")
    if pid == "H1":
        if lang == "vi":
            return f"6 tháng đầu năm {year}" if year else "6 tháng"
        return f"first half of {year}" if year else "6 months"
    if pid in ("Y", "YEAR"):
        if lang == "vi":
            return f"Năm {year}" if year else "Năm"
        return f"Year {year}" if year else "Year"
    return period_id


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def period_name(label: str, lang: Lang) -> str:
    """A period label as the data write it ('2026-Q3', '2026-H1', '2026-Y', '2026') in words.

    Examples:
        >>> period_name("2026-Q3", "vi"), period_name("2026-H1", "vi"), period_name("2026", "vi")
        ('Quý III/2026', '6 tháng đầu năm 2026', 'Năm 2026')
        >>> period_name("2026-07", "vi"), period_name("2026-07", "en")
        ('Tháng 7/2026', 'July 2026')
    """
    text = str(label).strip()
    if re.fullmatch(r"\d{4}", text):
        return report_period_name("Y", lang, int(text))
    month = re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])", text)
    if month:
        return (f"Tháng {int(month[2])}/{month[1]}" if lang == "vi"
                else f"{_MONTHS_EN[int(month[2]) - 1]} {month[1]}")
    match = re.fullmatch(r"(\d{4})-(Q[1-4]|H1|Y)", text.upper())
    if not match:
        return text
    return report_period_name(match[2], lang, int(match[1]))


def parse_quarter_text(text: str) -> str | None:
    """A quarter typed as people write it → '2026-Q3'; None if it is not a quarter.

    The six-month report ("6 tháng đầu năm 2026", "6 tháng/2026") is the check of the second quarter.

    Examples:
        >>> [parse_quarter_text(t) for t in ("2026-Q3", "Quý III/2026", "quý 3/2026", "Q3/2026", "III/2026")]
        ['2026-Q3', '2026-Q3', '2026-Q3', '2026-Q3', None]
        >>> parse_quarter_text("6 tháng đầu năm 2026"), parse_quarter_text("6 tháng/2026"), parse_quarter_text("2026-H1")
        ('2026-Q2', '2026-Q2', '2026-Q2')
    """
    clean = " ".join(str(text).split())
    half = re.fullmatch(r"(?:6\s+tháng(?:\s+đầu\s+năm\s+|\s*/\s*|\s+năm\s+)(\d{4}))|(?:(\d{4})\s*-\s*H1)",
                        clean, re.IGNORECASE)
    if half:
        return f"{half[1] or half[2]}-Q2"
    match = re.fullmatch(r"(\d{4})\s*-\s*[Qq]([1-4])", clean)
    if match:
        return f"{match[1]}-Q{match[2]}"
    match = re.fullmatch(r"(?:[Qq]u[ýy]\s+|[Qq])(IV|I{1,3}|[1-4])\s*[/-]\s*(?:năm\s+)?(\d{4})", clean, re.IGNORECASE)
    if not match:
        return None
    part = match[1].upper()
    num = _FROM_ROMAN.get(part) or int(part)
    return f"{match[2]}-Q{num}"
