"""Issue 13 item 6: the PAR INDEX rubric takes its service rates (on time, digitised, synced,
online, paid online, satisfaction) from the year's 766 metric counts when the data folder has
them (chi-so-766/metric_counts*.csv, period "2026"), instead of the typed measure; the trace names
the counts' file and row. Without such rows the typed values score exactly as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cchc_rules.pipeline import Workspace, score
from cchc_rules.results import ScoreLeaf, walk_nodes
from cchc_rules.rulepack.load import bundled_data_dir


def leaves(data: Path) -> dict[str, ScoreLeaf]:
    report = score(Workspace.open(data=data), 2026)
    return {n.id: n for n in walk_nodes(report.criteria) if isinstance(n, ScoreLeaf)}


@pytest.fixture(scope="module")
def typed() -> dict[str, ScoreLeaf]:
    return leaves(bundled_data_dir())


def test_year_counts_replace_the_typed_rates(tmp_path: Path, typed: dict[str, ScoreLeaf]) -> None:
    data = tmp_path / "du-lieu"
    shutil.copytree(bundled_data_dir(), data)
    with (data / "chi-so-766" / "metric_counts.csv").open("a", encoding="utf-8") as out:
        out.write("31294,2026,DOSSIER_ON_TIME,4700,4800\n")  # 97.92 % → band ≥ 95: 2 points
        out.write("31294,2026,DOSSIER_RECEIVING_SATISFACTION,4656,4800\n")  # 97 % → 4 × 97 / 97 = 4
        out.write("31295,2026,DOSSIER_SYNC,1,100\n")  # another unit's row: not this commune's
    got = leaves(data)
    on_time = got["3.4"]
    assert on_time.trace["inputs"]["value"] == 97.92
    assert on_time.trace["how"]["metric"] == "DOSSIER_ON_TIME"
    assert on_time.trace["facts"][0]["file"].endswith("du-lieu/chi-so-766/metric_counts.csv")
    assert on_time.trace["facts"][0]["row"] == 41
    assert on_time.points == 2.0
    assert got["8.2.1"].points == 4.0 and got["8.2.1"].trace["how"]["denominator"] == 4800
    # no row of its own for 2026: the typed measure, as before
    assert (got["3.9"].points, got["3.9"].trace["how"]) == (typed["3.9"].points, typed["3.9"].trace["how"])
    assert typed["3.4"].trace["how"] == {"measure": "ty-le-ho-so-dung-han"}
