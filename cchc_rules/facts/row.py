"""One data row being checked: its cells by field, and the problems found in it so far.

Made by `header.py` from a RawRow, read by the builders of `build.py`. Every problem names the
file, the row and the column header as the file writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cchc_rules.characters import odd_characters, shown_with_codes, without_odd
from cchc_rules.errors import Problem, Severity, SourceLocation
from cchc_rules.facts.cells import CellError, guess
from cchc_rules.facts.kinds import Kind
from cchc_rules.facts.models import FactSource
from cchc_rules.facts.xlsx_cells import NoSavedValue

T = TypeVar("T")

# Fields holding a code or an id: an invisible or look-alike character there is an error.
CODE_FIELDS = frozenset({"task", "agency", "indicator", "duty", "period", "year", "finding", "ref",
                         "measure", "criterion"})


@dataclass
class Row:
    """The non-blank cells of one row by field name, and each mapped field's header as written."""

    file: str
    number: int
    kind: Kind
    cells: dict[str, object]
    headers: dict[str, str] = field(default_factory=dict)  # every mapped field → its header
    problems: list[Problem] = field(default_factory=list)
    bad: set[str] = field(default_factory=set)  # fields whose cell could not be read

    @property
    def source(self) -> FactSource:
        return FactSource(file=self.file, row=self.number)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def header(self, name: str) -> str:
        """The column header of a field as the file writes it (the field name when absent)."""
        return self.headers.get(name, name)

    def has(self, name: str) -> bool:
        return name in self.cells

    def report(self, name: str, code: str, *, severity: Severity = "error",
               suggestion: str | None = None, **params: Any) -> None:
        """Record a problem in the cell of field `name`."""
        location = SourceLocation(self.file, self.number)
        self.problems.append(Problem(location, self.header(name), code, params, severity, suggestion))
        if severity == "error":
            self.bad.add(name)

    def read(self, name: str, parse: Callable[[object], T], *, required: bool = False) -> T | None:
        """The parsed cell of `name`; None when blank or unreadable (the problem is recorded)."""
        if name not in self.cells:
            if required:
                self.report(name, "fact_missing_value", example=self.kind.column(name).example)
            return None
        if name in CODE_FIELDS and isinstance(self.cells[name], str) and self._odd(name):
            return None
        if isinstance(self.cells[name], NoSavedValue):  # an Excel formula saved without its value
            self.report(name, "fact_formula_no_value", formula=str(self.cells[name]))
            return None
        try:
            return parse(self.cells[name])
        except CellError as exc:
            self.report(name, exc.code, suggestion=exc.suggestion, **exc.params)
            return None

    def _odd(self, name: str) -> bool:
        """Report invisible or look-alike characters in a code cell; True when there are some."""
        text: str = self.cells[name]  # type: ignore[assignment]
        odd = odd_characters(text)
        if not odd:
            return False
        shown = list(dict.fromkeys(c.label for c in odd))
        plain = without_odd(text).strip()
        self.report(name, "fact_odd_character", suggestion=plain or None, found=shown_with_codes(text),
                    chars=", ".join(shown[:3]) + (", …" if len(shown) > 3 else ""),
                    positions=", ".join(str(c.position) for c in odd[:10]) + (", …" if len(odd) > 10 else ""),
                    guess=guess(plain or None))
        return True
