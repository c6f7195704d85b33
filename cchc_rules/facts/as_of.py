"""Dates in the facts that lie after the day being judged: a warning each.

The facts are read without the "as of" day (one reading per workspace serves the quarter check
and the annual score), so this is called where that day is known: by
`quarter_judge.quarter_warnings`, on the facts of the quarter being judged.
"""

from __future__ import annotations

import datetime as dt

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.cells import shown
from cchc_rules.facts.models import FactSet


def completed_after(facts: FactSet, as_of: dt.date) -> list[Problem]:
    """A warning for each task status completed after `as_of`."""
    return [
        Problem(SourceLocation(row.source.file, row.source.row), "completed_on",
                "fact_completed_after_as_of",
                {"date": shown(row.completed_on), "as_of": shown(as_of), "task": row.task},
                "warning")
        for row in facts.task_status
        if row.completed_on is not None and row.completed_on > as_of
    ]
