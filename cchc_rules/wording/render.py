"""A message code and its parameters → text in the reader's language.

Stage: the edge of the pipeline. Problems (and findings) carry a code and parameters; only here do
they become words. A parameter is a plain value, or one of these, rendered for the language:
`{"word": key}` (a word of words.WORDS, its `{s}` filled from `"s"`), `{"number": x}` (at most two
decimals, or `"places"`, with a decimal comma in Vietnamese), `{"date": iso}` (dd/mm/yyyy), `{"period": "2026-Q3"}` ("Quý III/2026"), or a
list of any of them joined by spaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal

from cchc_rules.wording.catalogue import CATALOGUE
from cchc_rules.wording.words import WORDS

Lang = Literal["vi", "en"]


def word(key: str, lang: Lang) -> str:
    pair = WORDS.get(key)
    return (pair[0] if lang == "vi" else pair[1]) if pair else key


def render_text(code: str, params: dict[str, Any], lang: Lang) -> tuple[str, str]:
    """The message and hint of a problem code, filled in, in the given language."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return code, ""
    message, hint = entry[0] if lang == "vi" else entry[1]
    localized = {k: localize(v, lang) for k, v in params.items()}
    return message.format(**localized).strip(), hint.format(**localized).strip()


def localize(value: Any, lang: Lang) -> Any:
    """A parameter in the reader's language; values that are none of the forms above pass as they are."""
    if isinstance(value, dict):
        kind = next((key for key in _FORMS if key in value), None)
        return _FORMS[kind](value, lang) if kind else value
    if isinstance(value, list):
        return " ".join(str(localize(v, lang)) for v in value)
    return value


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


# Replace, not format, for words: a word may hold braces.
_FORMS: dict[str, Callable[[dict[str, Any], Lang], str]] = {
    "word": lambda v, lang: word(v["word"], lang).replace("{s}", str(v.get("s", ""))),
    "number": lambda v, lang: number_text(v["number"], lang, int(v.get("places", 2))),
    "date": lambda v, lang: date_text(v["date"]),
    "period": lambda v, lang: _period_text(v["period"], lang),
}


def _period_text(label: Any, lang: Lang) -> str:
    """A period label ('2026-Q3', '2026-H1') in words, by formats.period_name (imported here: it imports us)."""
    from cchc_rules.formats import period_name

    return period_name(str(label), lang)
