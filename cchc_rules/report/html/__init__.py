"""HTML reports (one self-contained, printable file each) drawn from the quarter and score JSON.

`quarter_html` and `score_html` are what `cchc-rules evaluate|score --format html` write: jinja2
templates (autoescaped) shipped in `templates/`, the CSS inlined, the charts inline SVG from
`svg.py`. Nothing refers to the network, so the file reads the same offline and everywhere.
"""

from __future__ import annotations

from typing import Any

from cchc_rules.messages import Lang
from cchc_rules.report.html.batch_page import batch_context
from cchc_rules.report.html.quarter_page import quarter_context
from cchc_rules.report.html.render import render
from cchc_rules.report.html.score_page import score_context
from cchc_rules.report.names import Names

__all__ = ["batch_html", "quarter_html", "score_html"]


def quarter_html(doc: dict[str, Any], lang: Lang = "vi", names: Names | None = None) -> str:
    """The quarter check (the `evaluate` JSON) as one HTML document; `names` are the pack's names
    of its codes (report.names.names_of), without which codes are shown as they are."""
    return render("quarter.html.j2", quarter_context(doc, lang, names))


def score_html(doc: dict[str, Any], quarters: list[dict[str, Any]], lang: Lang = "vi",
               names: Names | None = None) -> str:
    """The self-assessment (the `score` JSON) as one HTML document; `quarters` are the year's quarter
    checks with data, oldest first, for the trend (may be empty)."""
    return render("score.html.j2", score_context(doc, quarters, lang, names))


def batch_html(doc: dict[str, Any], lang: Lang = "vi", names: Names | None = None) -> str:
    """The multi-unit ranking (the `batch` JSON; its `units` may be left empty) as one HTML page."""
    return render("batch.html.j2", batch_context(doc, lang, names))
