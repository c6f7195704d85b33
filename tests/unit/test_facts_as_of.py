"""A completion date after the day being judged is a warning of the quarter check (facts/as_of.py,
called by evaluate, where the day is known)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.facts.as_of import completed_after
from cchc_rules.facts.models import FactSet, FactSource, TaskStatus

ROOT = Path(__file__).resolve().parents[2]


def _status(day: dt.date | None) -> TaskStatus:
    return TaskStatus(task=2, status="done" if day else "in_progress", completed_on=day, year=2026,
                      agency="VP", source=FactSource(file="d/task_status.csv", row=3))


def test_only_dates_after_as_of_warn() -> None:
    facts = FactSet(period="2026-Q2", task_status=(_status(dt.date(2026, 3, 20)),
                                                   _status(dt.date(2026, 3, 1)), _status(None)))
    [warning] = completed_after(facts, dt.date(2026, 3, 1))
    assert (warning.code, warning.severity, warning.location.line) == (
        "fact_completed_after_as_of", "warning", 3)
    assert warning.params == {"date": "20/03/2026", "as_of": "01/03/2026", "task": 2}


def test_evaluate_warns_about_a_completion_after_as_of(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["evaluate", "--period", "2026-Q2", "--as-of", "01/03/2026",
                                      "--format", "json"])
    assert result.exit_code == 0
    assert "sau ngày xét 01/03/2026" in result.stderr
