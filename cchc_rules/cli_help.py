"""Help screens (`--help`, and the app without arguments) in the user's language: the framework
writes them in English ("Usage:", "Options", "Show this message and exit.", "env var", "default");
`HelpContext` makes a `HelpFormatter` that translates those words (HELP_WORDS in wording/output.py)
as it writes. The help texts of the commands and options are written in Vietnamese in the code; with
`--lang en` (or CCHC_LANG=en) `get_help` shows their English (HELP_EN in wording/help.py) instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from typer._click.core import Context
from typer._click.formatting import HelpFormatter

from cchc_rules.wording.help import HELP_EN
from cchc_rules.wording.output import HELP_WORDS


def _lang(ctx: Context) -> str:
    obj = ctx.find_root().obj
    if isinstance(obj, dict) and obj.get("lang") in ("vi", "en"):
        return str(obj["lang"])
    return "en" if os.environ.get("CCHC_LANG") == "en" else "vi"


def translated(text: str, lang: str) -> str:
    """`text` with the framework's English words in `lang` (unchanged for English).

    Examples:
        >>> translated("Show this message and exit.", "vi")
        'Hiện hướng dẫn này rồi thoát.'
        >>> translated("[env var: CCHC_LANG; default: vi]", "vi")
        '[biến môi trường: CCHC_LANG; mặc định: vi]'
    """
    if lang == "en":
        return text
    for english, vietnamese in HELP_WORDS.items():
        text = text.replace(english, vietnamese)
    return text


class TranslatingFormatter(HelpFormatter):
    """Click's help formatter, writing the framework's own words in the user's language."""

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, translated(args, self.lang), translated(prefix or "Usage: ", self.lang))

    def write_heading(self, heading: str) -> None:
        super().write_heading(translated(heading, self.lang))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(translated(term, self.lang), translated(text, self.lang)) for term, text in rows], col_max, col_spacing)


def english_help(text: str | None) -> str | None:
    """The English of a Vietnamese help text (unchanged when it has none)."""
    if text is None:
        return None
    return HELP_EN.get(text.strip(), text)


@contextmanager
def _in_english(command: Any) -> Iterator[None]:
    """The help texts of `command`, its options and its sub-commands in English while the help is written."""
    saved: list[tuple[Any, str, Any]] = []
    items = [command, *getattr(command, "commands", {}).values()]
    for item in items:
        saved.append((item, "help", item.help))
        item.help = english_help(item.help)
    for param in command.params:
        if getattr(param, "help", None):
            saved.append((param, "help", param.help))
            param.help = english_help(param.help)
    try:
        yield
    finally:
        for owner, attr, value in reversed(saved):
            setattr(owner, attr, value)


class HelpContext(Context):
    """The context of every command: its help formatter translates the framework's words, and in
    English the help texts are the English ones."""

    def make_formatter(self) -> HelpFormatter:
        return TranslatingFormatter(_lang(self), width=self.terminal_width, max_width=self.max_content_width)

    def get_help(self) -> str:
        if _lang(self) != "en":
            return super().get_help()
        with _in_english(self.command):
            return super().get_help()
