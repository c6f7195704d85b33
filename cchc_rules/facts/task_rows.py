"""One status per task and year: the lead agency's row is the status, a co-agency's row must agree.

Fifth stage of reading facts, after `dedupe.py` kept one row per (task, year, agency). Rows of
several agencies for the same task and year are grouped; the row of the task's lead is the
status (without one, the row of the agency whose code sorts first). Another agency's row agrees
when it gives the same status and completion date and, where both rows give them, the same
product (folded text) and product date; it is then counted as a duplicate. A row that disagrees
is an error naming both rows. The statuses are kept in task and year order, so nothing that
reads them depends on the order of the rows or files.
"""

from __future__ import annotations

from collections.abc import Mapping

from cchc_rules.facts.cells import shown
from cchc_rules.facts.models import Fact, TaskStatus
from cchc_rules.facts.row import Row
from cchc_rules.suggest import fold

_ALWAYS = ("status", "completed_on")  # must be equal, blank or not
_IF_BOTH = ("product_ref", "product_date")  # compared only when both rows give them


def one_per_task(built: list[tuple[Fact, Row]], leads: Mapping[int, str]
                 ) -> tuple[list[tuple[Fact, Row]], list[Row]]:
    """The status row of each task and year, and the agreeing rows of other agencies.

    A disagreeing row gets an error on its Row and is not kept.
    """
    groups: dict[tuple[int, int], list[tuple[Fact, Row]]] = {}
    for pair in built:
        fact: TaskStatus = pair[0]  # type: ignore[assignment]
        groups.setdefault((fact.task, fact.year), []).append(pair)
    kept: list[tuple[Fact, Row]] = []
    agreeing: list[Row] = []
    for (task, _), pairs in groups.items():
        status, *others = sorted(pairs, key=lambda p: _rank(p[0], leads.get(task)))
        kept.append(status)
        for pair in others:
            if _report(status, pair, leads.get(task)):
                agreeing.append(pair[1])
    kept.sort(key=lambda pair: (pair[0].task, pair[0].year))  # type: ignore[attr-defined]
    return kept, agreeing


def _rank(fact: Fact, lead: str | None) -> tuple[bool, str]:
    agency: str = fact.agency  # type: ignore[attr-defined]
    return agency != lead, agency


def _report(status: tuple[Fact, Row], other: tuple[Fact, Row], lead: str | None) -> bool:
    """Report a co-agency row that disagrees with the status row; True when it agrees."""
    differ = differences(status[0], other[0])  # type: ignore[arg-type]
    if not differ:
        return True
    fact, row = other
    status_fact, status_row = status
    row.report(differ[0], "fact_task_status_conflict", task=fact.task, year=fact.year,  # type: ignore[attr-defined]
               agency=fact.agency, other=f"{status_row.file}:{status_row.number}",  # type: ignore[attr-defined]
               other_agency=status_fact.agency, lead=lead or "—",  # type: ignore[attr-defined]
               values=_values(row, status_row, differ))
    return False


def differences(a: TaskStatus, b: TaskStatus) -> list[str]:
    """The fields in which two agencies' rows for one task disagree."""
    differ = [name for name in _ALWAYS if getattr(a, name) != getattr(b, name)]
    for name in _IF_BOTH:
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and _same(x) != _same(y):
            differ.append(name)
    return differ


def _same(value: object) -> object:
    return fold(value) if isinstance(value, str) else value


def _values(row: Row, other: Row, names: list[str]) -> str:
    """"status 'đang thực hiện' ≠ 'hoàn thành'; …": each differing cell as the two rows write it."""
    return "; ".join(f"{row.header(n)} {_cell(row, n)} ≠ {_cell(other, n)}" for n in names)


def _cell(row: Row, name: str) -> str:
    return f"'{shown(row.cells[name])}'" if name in row.cells else "—"
