"""Every exception class, and the Problem record that loading and checking produce.

A Problem is data (where, which field, what code, which parameters); the wording lives in
`messages.py` so the same problem can be shown in Vietnamese or English.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class SourceLocation:
    """A place in a file; line and column are 1-based, 0 when unknown."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line and self.column:
            return f"{self.file}:{self.line}:{self.column}"
        if self.line:
            return f"{self.file}:{self.line}"
        return self.file


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file.

    `code` names a message in `messages.CATALOGUE`; `params` fill its placeholders.
    `field` is the dotted path of the offending value (``tasks[3].lead``).
    """

    location: SourceLocation
    field: str
    code: str
    params: dict[str, Any] = _field(default_factory=dict)
    severity: Severity = "error"
    suggestion: str | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.file, loc.line, loc.column, self.field, self.code)


class CchcRulesError(Exception):
    """Base class of every error cchc-rules raises on purpose."""


class _ProblemsError(CchcRulesError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__(f"{len(self.problems)} problem(s)")


class RulesFileError(_ProblemsError):
    """The rules files (rules/<pack>/*.yaml) have authoring problems."""


class FactsFileError(_ProblemsError):
    """The status facts (data/...) have problems; `counts` (when known) says what was read."""

    def __init__(self, problems: list[Problem], counts: object = None) -> None:
        super().__init__(problems)
        self.counts = counts


class EngineError(CchcRulesError):
    """The rule engine failed: a bug in cchc-rules or in durable_rules, not in the input."""
