"""Loading a data folder of status facts: read every file, check every row, combine the kinds.

The facts stage's entry point. `load_facts` returns a FactSet or raises FactsFileError with
every error and warning; `read_facts` returns the facts and the problems without raising.
Stages: folder.read_folder (files → RawTables) → header (→ Rows) → build (→ facts) → dedupe
→ task_rows (one status per task: the lead's row).

A row that holds nothing but the fields naming what it is about (Kind.keys: e.g. the task number
and agency an agency template fills in) is "not reported yet": it is skipped, not counted, and
one warning per table says which rows.

The period is a quarter ('2026-Q2') or a year ('2026', the annual self-assessment). Every kind
is read in either; the annual kinds (measures, evidence, manual_points) need the rubric of the
period's year (scoring/<year>.yaml) and a file of them is rejected, with one error, without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cchc_rules.errors import FactsFileError, Problem, SourceLocation
from cchc_rules.facts.build import BUILDERS, Context
from cchc_rules.facts.dedupe import dedupe
from cchc_rules.facts.folder import read_folder
from cchc_rules.facts.header import map_headers, rows_of, unnamed_cells
from cchc_rules.facts.kinds import KIND_NAMES, KINDS, Kind
from cchc_rules.facts.models import Fact, FactCounts, FactSet, FileCount
from cchc_rules.facts.periods import data_period
from cchc_rules.facts.raw import Header, RawTable
from cchc_rules.facts.resolve import index_pack, number_ranges
from cchc_rules.facts.row import Row
from cchc_rules.facts.task_rows import one_per_task
from cchc_rules.rulepack.load import display_path
from cchc_rules.rulepack.pack import RulePack


@dataclass
class _Checked:
    """One table after its rows were checked and built."""

    table: RawTable
    rows: list[Row]
    usable: bool
    problems: list[Problem]
    built: list[tuple[Fact, Row]] = field(default_factory=list)


def load_facts(directory: Path, pack: RulePack, period: str) -> FactSet:
    """The facts of one unit and period (folder period like '2026-Q2', or a year like '2026').

    Raises:
        FactsFileError: listing every error and warning, when any error was found.
    """
    facts, problems = read_facts(directory, pack, period)
    if any(p.severity == "error" for p in problems):
        raise FactsFileError(problems)
    return facts


def read_facts(directory: Path, pack: RulePack, period: str) -> tuple[FactSet, list[Problem]]:
    """The facts that could be read and every problem (errors and warnings), sorted.

    `period` is a quarter ('2026-Q2') or a year ('2026'); its year is the default year of
    task_status rows and the year whose rubric the annual kinds refer to.
    """
    directory = Path(directory)
    year_quarter = data_period(period)
    where = SourceLocation(display_path(directory))
    if year_quarter is None:
        return FactSet(period=period), [Problem(where, "(kỳ)", "fact_bad_period", {"found": period})]
    if not directory.is_dir():
        return FactSet(period=period), [Problem(where, "(thư mục)", "fact_no_folder")]
    tables, problems = read_folder(directory)
    ctx = Context(index_pack(pack), year_quarter[0])
    checked = [_check(table, ctx) for table in tables]
    kept, repeats = _dedupe_all(checked, {n: t.lead for n, t in ctx.pack.tasks.items()})
    for item in checked:
        problems += item.problems + [p for row in item.rows for p in row.problems]
    problems.sort(key=Problem.sort_key)
    return _fact_set(period, kept, checked, repeats, problems), problems


def _check(table: RawTable, ctx: Context) -> _Checked:
    kind = next(k for k in KINDS if k.name == table.kind)
    if not table.headers:
        columns = ", ".join(c.name for c in kind.required())
        empty = Problem(SourceLocation(table.file), "(tệp)", "fact_empty_file", {"columns": columns},
                        "warning")
        return _Checked(table, [], False, [empty])
    layout, problems = map_headers(table, kind)
    usable = layout.usable
    if kind.rubric and ctx.rubric is None:
        problems.append(Problem(SourceLocation(table.file), "(tệp)", "fact_no_rubric",
                                ctx.no_rubric_params()))
        usable = False
    rows = rows_of(table, layout, kind)
    if usable:
        rows, unfilled = _without_unfilled(rows, kind)
        problems += _unfilled_warning(table, layout.fields, kind, unfilled)
    checked = _Checked(table, rows, usable, problems + unnamed_cells(table))
    if checked.usable:
        build = BUILDERS[kind.name]
        checked.built = [(fact, row) for row in checked.rows if (fact := build(row, ctx)) is not None]
    return checked


def _without_unfilled(rows: list[Row], kind: Kind) -> tuple[list[Row], list[Row]]:
    """The rows with something reported, and those holding only key fields (not reported yet)."""
    if not kind.keys:
        return rows, []
    keys = set(kind.keys)
    filled: list[Row] = []
    unfilled: list[Row] = []
    for row in rows:
        (unfilled if set(row.cells) <= keys else filled).append(row)
    return filled, unfilled


def _unfilled_warning(table: RawTable, fields: dict[str, Header], kind: Kind,
                      unfilled: list[Row]) -> list[Problem]:
    if not unfilled:
        return []
    columns = ", ".join(header.text for name, header in fields.items() if name not in kind.keys)
    params = {"count": len(unfilled), "rows": number_ranges(row.number for row in unfilled),
              "columns": columns or "—"}
    return [Problem(SourceLocation(table.file, unfilled[0].number), "(dòng)", "fact_rows_not_filled", params,
                    "warning")]


def _dedupe_all(checked: Sequence[_Checked], leads: dict[int, str]) -> tuple[dict[str, list[Fact]], set[int]]:
    """The facts kept per kind, and the ids of the Rows that repeat others (exactly, or as a
    co-agency's row agreeing with a task's status row)."""
    kept: dict[str, list[Fact]] = {}
    repeats: set[int] = set()
    for kind in KIND_NAMES:
        built = [pair for item in checked if item.table.kind == kind for pair in item.built]
        pairs, repeated = dedupe(kind, built)
        if kind == "task_status":
            pairs, agreeing = one_per_task(pairs, leads)
            repeated = [*repeated, *agreeing]
        kept[kind] = [fact for fact, _ in pairs]
        repeats.update(id(row) for row in repeated)
    return kept, repeats


def _count(item: _Checked, repeats: set[int]) -> FileCount:
    read = len(item.rows)  # rows not reported yet (only keys) are not counted, like blank rows
    duplicates = sum(1 for row in item.rows if id(row) in repeats)
    rejected = read if not item.usable else sum(1 for row in item.rows if row.failed)
    return FileCount(item.table.file, item.table.kind, read, read - rejected - duplicates, rejected,
                     duplicates)


def _fact_set(period: str, kept: dict[str, list[Fact]], checked: Sequence[_Checked],
              repeats: set[int], problems: list[Problem]) -> FactSet:
    return FactSet(
        period=period,
        task_status=tuple(kept["task_status"]),  # type: ignore[arg-type]
        indicator_values=tuple(kept["indicator_values"]),  # type: ignore[arg-type]
        report_submissions=tuple(kept["report_submissions"]),  # type: ignore[arg-type]
        explanations=tuple(kept["explanations"]),  # type: ignore[arg-type]
        pakn=tuple(kept["pakn"]),  # type: ignore[arg-type]
        measures=tuple(kept["measures"]),  # type: ignore[arg-type]
        evidence=tuple(kept["evidence"]),  # type: ignore[arg-type]
        manual_points=tuple(kept["manual_points"]),  # type: ignore[arg-type]
        not_applicable=tuple(kept["not_applicable"]),  # type: ignore[arg-type]
        survey_answers=tuple(kept["survey_answers"]),  # type: ignore[arg-type]
        appraisal=tuple(kept["appraisal"]),  # type: ignore[arg-type]
        counts=FactCounts(tuple(_count(item, repeats) for item in checked)),
        warnings=tuple(p for p in problems if p.severity == "warning"),
    )
