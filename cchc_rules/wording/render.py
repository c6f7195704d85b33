"""A message code and its parameters → text in the reader's language.

Stage: the edge of the pipeline. Problems (and findings) carry a code and parameters; only here do
they become words. A parameter is a plain value, or one of these, rendered for the language:
`{"word": key}` (a word of words.WORDS, its `{s}` filled from `"s"`), `{"number": x}` (at most two
decimals, or `"places"`, with a decimal comma in Vietnamese), `{"date": iso}` (dd/mm/yyyy), `{"period": "2026-Q3"}` ("Quý III/2026"), or a
list of any of them joined by spaces.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from cchc_rules.formats import date_text, number_text, period_name
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


# Replace, not format, for words: a word may hold braces.
_FORMS: dict[str, Callable[[dict[str, Any], Lang], str]] = {
    "word": lambda v, lang: word(v["word"], lang).replace("{s}", str(v.get("s", ""))),
    "number": lambda v, lang: number_text(v["number"], lang, int(v.get("places", 2))),
    "date": lambda v, lang: date_text(v["date"]),
    "period": lambda v, lang: _period_text(v["period"], lang),
}


def _period_text(label: Any, lang: Lang) -> str:
    """A period label ('2026-Q3', '2026-H1') in words (formats.period_name)."""
    return period_name(str(label), lang)
