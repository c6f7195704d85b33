"""Reading one cell: text, whole numbers, numbers and dates as Vietnamese spreadsheets write them.

Used by `build.py` after a reader has turned a file into raw cells (text from CSV/YAML,
typed values from Excel and JSON). A cell that cannot be read raises CellError with a
message code of `catalogue.py`; the caller adds the file, row and column.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from typing import Any

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_NUMBER = re.compile(r"^[+-]?(\d+|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)([.,]\d+)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


class CellError(ValueError):
    """A cell that cannot be read: a message code, its parameters and maybe a did-you-mean."""

    def __init__(self, code: str, suggestion: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
        self.suggestion = suggestion


def guess(suggestion: str | None) -> Any:
    """The `{guess}` parameter of a hint: "Có phải ý bạn là 'x'? " or nothing."""
    return [{"word": "did_you_mean", "s": suggestion}, ""] if suggestion else ""


def is_blank(raw: object) -> bool:
    """An empty cell: nothing, or only spaces."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def shown(raw: object) -> str:
    """A raw cell as the user wrote it, for messages.

    Examples:
        >>> shown(dt.datetime(2026, 3, 20)), shown(5.0), shown(True), shown(" a ")
        ('20/03/2026', '5', 'true', 'a')
    """
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, dt.date):
        return raw.strftime("%d/%m/%Y")
    if isinstance(raw, float):
        return show_number(raw)
    return unicodedata.normalize("NFC", str(raw)).strip()


def show_number(value: float) -> str:
    """A number the Vietnamese way, with a decimal comma and at most 4 decimals.

    Examples:
        >>> show_number(97.5), show_number(100.0), show_number(2 / 3 * 100)
        ('97,5', '100', '66,6667')
    """
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def text(raw: object) -> str:
    """A text cell, NFC-normalised and stripped; numbers from Excel/JSON become their text.

    Examples:
        >>> text("  Kế hoạch số 15/KH-UBND "), text(12.0)
        ('Kế hoạch số 15/KH-UBND', '12')
        >>> text(True)
        Traceback (most recent call last):
        cchc_rules.facts.cells.CellError: fact_not_text
    """
    if isinstance(raw, bool):
        raise CellError("fact_not_text", found=shown(raw))
    return shown(raw)


def whole_number(raw: object) -> int:
    """A whole number: 5, "5", "05" or an Excel 5.0.

    Examples:
        >>> whole_number("07"), whole_number(5.0)
        (7, 5)
        >>> whole_number("5,5")
        Traceback (most recent call last):
        cchc_rules.facts.cells.CellError: fact_not_whole
    """
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and re.fullmatch(r"\d{1,9}", _SPACES.sub("", raw)):
        return int(_SPACES.sub("", raw))
    raise CellError("fact_not_whole", found=shown(raw))


def number(raw: object) -> float:
    """A number written with a decimal comma or point, maybe with a trailing '%'.

    A single ',' or '.' is the decimal mark; repeated ones group thousands; when both appear
    the last is the decimal mark ("1.234,5" and "1,234.5" are both 1234.5).

    Examples:
        >>> number("97,5"), number("97.5 %"), number("1.234,5"), number(" 12 "), number(3)
        (97.5, 97.5, 1234.5, 12.0, 3.0)
        >>> number("abc")
        Traceback (most recent call last):
        cchc_rules.facts.cells.CellError: fact_not_number
    """
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and math.isfinite(raw):
        return float(raw)
    if not isinstance(raw, str):
        raise CellError("fact_not_number", found=shown(raw))
    compact = _SPACES.sub("", unicodedata.normalize("NFC", raw)).removesuffix("%")
    if not _NUMBER.match(compact):
        raise CellError("fact_not_number", found=shown(raw))
    return float(_decimal_point(compact))


def _decimal_point(compact: str) -> str:
    """'1.234,5' → '1234.5': drop the grouping marks, make the decimal mark a point."""
    marks = [ch for ch in compact if ch in ".,"]
    if not marks:
        return compact
    last = marks[-1]
    if marks.count(last) > 1:  # only grouping marks, e.g. 1.234.567
        return compact.replace(last, "")
    whole, _, fraction = compact.rpartition(last)
    return whole.replace("." if last == "," else ",", "") + "." + fraction


def date(raw: object) -> dt.date:
    """A date: an Excel date cell, dd/mm/yyyy (also with '-' or '.') or ISO yyyy-mm-dd.

    Examples:
        >>> date("20/03/2026"), date("2026-03-20"), date(dt.datetime(2026, 3, 20, 8, 30))
        (datetime.date(2026, 3, 20), datetime.date(2026, 3, 20), datetime.date(2026, 3, 20))
        >>> date("31/02/2026")
        Traceback (most recent call last):
        cchc_rules.facts.cells.CellError: fact_impossible_day
        >>> date("01/01/0000")
        Traceback (most recent call last):
        cchc_rules.facts.cells.CellError: fact_implausible_year
    """
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    found = shown(raw)
    match = _DMY.match(found) if isinstance(raw, str) else None
    if match:
        return _checked_date(int(match[3]), int(match[2]), int(match[1]), found)
    match = _ISO.match(found) if isinstance(raw, str) else None
    if match:
        return _checked_date(int(match[1]), int(match[2]), int(match[3]), found)
    raise CellError("fact_bad_date", found=found)


# Years a status date can have: wide enough for any record of a plan, narrow enough that date
# arithmetic (deadlines in working days) never leaves what Python's dates can hold.
YEARS = (1900, 2199)


def _checked_date(year: int, month: int, day: int, found: str) -> dt.date:
    if not YEARS[0] <= year <= YEARS[1]:
        raise CellError("fact_implausible_year", found=found, year=year, start=YEARS[0], end=YEARS[1])
    if not 1 <= month <= 12:
        raise CellError("fact_impossible_month", found=found, month=month)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise CellError("fact_impossible_day", found=found, month=month, year=year, days=days)
    return dt.date(year, month, day)
