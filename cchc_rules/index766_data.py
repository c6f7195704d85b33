"""The counts an index is scored on, from a unit's data folder (`chi-so-766/`, or the folder given):
dossier, PAKN and TTHC exports and `metric_counts` files, aggregated by `cchc_rules.dossiers`
(DuckDB) into MetricCounts for the periods asked, with every problem located.

Stage: facts, for the index766 command and the PAR rubric's `rates_from_766`. Only the regular
files of the folder are read (a link out of it or a FIFO is a located problem, never opened), and
only those whose names say their kind (dossiers.sources.kind_of).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cchc_rules.dossiers.counts import MetricCount
from cchc_rules.errors import FactsFileError, Problem, SourceLocation
from cchc_rules.facts.folder import listed
from cchc_rules.rulepack.load import display_path

FOLDER = "chi-so-766"  # where a unit's data folder keeps its 766 counts and dossier exports


def counts_folder(data: Path) -> Path:
    """The folder of 766 data: data/chi-so-766 when there is one, else `data` itself."""
    return data / FOLDER if (data / FOLDER).is_dir() else data


def read_counts(folder: Path, periods: Iterable[str]) -> tuple[list[MetricCount], list[Problem]]:
    """The counts of every unit for the periods, computed and given; or the problems that stop it."""
    from cchc_rules.dossiers.computation import compute_with_warnings
    from cchc_rules.dossiers.sources import kind_of

    if not folder.is_dir():
        return [], [Problem(SourceLocation(display_path(folder)), "(thư mục)", "fact_no_folder", {"period": FOLDER})]
    files, problems = listed(folder)
    if any(p.severity == "error" for p in problems):
        return [], problems
    chosen = [Path(display_path(p)) for p in files if kind_of(p)]
    if not chosen:
        return [], [*problems, Problem(SourceLocation(display_path(folder)), "(thư mục)", "fact_no_files",
                                       {"known": "metric_counts.csv, ho_so.csv / .parquet / .xlsx"}, "warning")]
    try:
        counts, warnings = compute_with_warnings(chosen, periods)
        return counts, [*problems, *warnings]
    except FactsFileError as exc:
        return [], [*problems, *exc.problems]


def dossier_sample(folder: Path, unit: str, period: str, metric: str, limit: int = 5):  # type: ignore[no-untyped-def]
    """The first dossiers (PAKN) counted and not counted in `metric` for explain, from the folder's
    exports (dossiers.sample), or None when the metric is not counted row by row or the rows
    cannot be read (their problems are reported by the scoring itself)."""
    from cchc_rules.dossiers.rules_sql import DOSSIER_METRICS, PETITION_METRICS
    from cchc_rules.dossiers.sample import sample
    from cchc_rules.dossiers.sources import kind_of

    if metric not in DOSSIER_METRICS + PETITION_METRICS or not folder.is_dir():
        return None
    files, problems = listed(folder)
    chosen = [Path(display_path(p)) for p in files if kind_of(p) in ("dossier", "petition", "procedure")]
    if not chosen or any(p.severity == "error" for p in problems):
        return None
    try:
        return sample(chosen, unit, period, metric, limit)
    except (FactsFileError, ValueError):
        return None
