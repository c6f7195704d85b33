"""`sample`: the first dossiers (or PAKN) counted and not counted in one metric, for `explain`.

Stage: facts (explanation). Runs the same rules SQL as the aggregation (`rules_sql.py`), with each
row's file and row number, for one unit (a province: its units' rows too), one period and one
metric, and returns the first `limit` rows on each side with the reason of the judgement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cchc_rules.dossiers import aggregate as agg
from cchc_rules.dossiers.computation import collect, connect, prepare
from cchc_rules.dossiers.rules_sql import DOSSIER_METRICS, PETITION_METRICS, dossier_judged_sql, petition_judged_sql
from cchc_rules.dossiers.sources import opened, required_missing
from cchc_rules.errors import FactsFileError

_ON_TIME_METRICS = ("DOSSIER_ON_TIME", "DOSSIER_RECEIVING_SATISFACTION") + PETITION_METRICS


@dataclass(frozen=True)
class SampleRow:
    """One dossier or PAKN: where it is, its code, and the reason code of its judgement
    (`on_time`, `late`, `second_supplement`, `no_deadline`, `late_processing`…, or `met` /
    `not_met` for a plain condition); the wording is `dossier_reason_<reason>`."""

    file: str
    row: int
    code: str
    reason: str


@dataclass(frozen=True)
class Sample:
    unit: str
    period: str
    metric: str
    counted: tuple[SampleRow, ...]
    not_counted: tuple[SampleRow, ...]


def sample(paths: Path | str | Sequence[Path | str], unit: str, period: str, metric: str, limit: int = 5,
           holidays: Iterable[dt.date] = ()) -> Sample:
    """The first `limit` rows in the metric's numerator and the first outside it (in its denominator)."""
    if metric not in DOSSIER_METRICS + PETITION_METRICS:
        raise ValueError(f"{metric} is not counted dossier by dossier")
    inputs, problems = collect(paths)
    kind = "petition" if metric in PETITION_METRICS else "dossier"
    with connect() as con:
        con.execute("SET preserve_insertion_order = true")  # row numbers follow the files
        prepare(con, [period], holidays)
        files = [(p, f, k) for k in (kind, "procedure") for p, f in inputs[k]]
        with opened(con, files) as sources:
            problems += [p for s in sources for p in s.problems]
            if problems and any(required_missing(s) for s in sources):
                raise FactsFileError(problems)
            agg.create_procedures(con, [s for s in sources if s.kind == "procedure"])
            mine = [s for s in sources if s.kind == kind]
            if not mine:
                return Sample(unit, period, metric, (), ())
            code = "petition_code" if kind == "petition" else "dossier_code"
            repeated = bool(agg.create_repeats(con, mine, code).repeated)  # a repeated code is counted once: shown once
            con.execute("SET preserve_insertion_order = true")
            judged = (petition_judged_sql(agg.without_repeats(mine, repeated, row_number=True)) if kind == "petition"
                      else dossier_judged_sql(agg.dossiers_with_catalogue(mine, row_number=True, repeated=repeated)))
            reason = "on_time_reason" if metric in _ON_TIME_METRICS else (
                f"CASE WHEN num_{metric} THEN 'met' ELSE 'not_met' END")
            rows = con.execute(f"""
                SELECT num_{metric}, source_file, source_row, {code}, {reason}
                FROM ({judged}) WHERE period = ? AND (unit = ? OR province = ?) AND den_{metric}
                QUALIFY row_number() OVER (PARTITION BY num_{metric} ORDER BY source_file, source_row) <= ?
                ORDER BY source_file, source_row""", [period, unit, unit, limit]).fetchall()
    found = {flag: tuple(SampleRow(f, int(r), str(c), str(why)) for hit, f, r, c, why in rows if hit == flag)
             for flag in (True, False)}
    return Sample(unit, period, metric, found[True], found[False])
