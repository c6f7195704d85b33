"""The jinja2 environment of the HTML reports: package templates, autoescape on, stable output."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


@cache
def _environment() -> Environment:
    # StrictUndefined: a misspelt name in a template fails the golden test instead of printing "".
    return Environment(loader=PackageLoader("cchc_rules.report.html", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True)


def render(template: str, context: dict[str, Any]) -> str:
    """One template rendered with `context`; the text ends with exactly one newline."""
    return _environment().get_template(template).render(context).rstrip("\n") + "\n"
