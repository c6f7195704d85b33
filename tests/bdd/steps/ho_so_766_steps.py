"""Steps of scenarios/ho_so_766.feature: dossier and PAKN tables written as the exports' CSV files
(Vietnamese headers) in the scenario's folder, counted by `dossiers.compute`, counts and problems
checked as the clerk reads them.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

from cchc_rules.dossiers import MetricCount
from cchc_rules.dossiers.computation import compute_with_warnings
from cchc_rules.errors import FactsFileError
from cchc_rules.messages import render_problems


@dataclass
class Counting:
    folder: Path
    holidays: list[dt.date] = field(default_factory=list)
    counts: list[MetricCount] = field(default_factory=list)
    problems: str = ""
    explained: str = ""
    warnings: str = ""

    def write(self, name: str, table: list[list[str]], extra: dict[str, str] | None = None) -> None:
        extra = extra or {}
        with (self.folder / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([*table[0], *extra])
            for row in table[1:]:
                writer.writerow([*row, *extra.values()])

    def count(self, metric: str, unit: str, period: str) -> MetricCount:
        found = [c for c in self.counts if (c.metric, c.unit, c.period) == (metric, unit, period)]
        assert len(found) == 1, (metric, unit, period, self.problems)
        return found[0]


@pytest.fixture
def dem_766(tmp_path: Path) -> Counting:
    return Counting(tmp_path)


@given(parsers.parse("tệp hồ sơ của đơn vị {unit} thuộc tỉnh {province}:"))
def _dossiers(dem_766: Counting, unit: str, province: str, datatable: list[list[str]]) -> None:
    dem_766.write("ho_so.csv", datatable, {"MaDonVi": unit, "MaTinh": province})


@given(parsers.parse("tệp hồ sơ {name} của đơn vị {unit} thuộc tỉnh {province}:"))
def _named_dossiers(dem_766: Counting, name: str, unit: str, province: str, datatable: list[list[str]]) -> None:
    dem_766.write(name, datatable, {"MaDonVi": unit, "MaTinh": province})


@given(parsers.parse("tệp PAKN của đơn vị {unit} thuộc tỉnh {province}:"))
def _petitions(dem_766: Counting, unit: str, province: str, datatable: list[list[str]]) -> None:
    dem_766.write("pakn.csv", datatable, {"MaDonVi": unit, "MaTinh": province})


@given("tệp danh mục TTHC:")
def _catalogue(dem_766: Counting, datatable: list[list[str]]) -> None:
    dem_766.write("tthc.csv", datatable)


@given("tệp metric_counts:")
def _given_counts(dem_766: Counting, datatable: list[list[str]]) -> None:
    dem_766.write("metric_counts.csv", datatable)


@given(parsers.parse("ngày lễ {day}"))
def _holiday(dem_766: Counting, day: str) -> None:
    dem_766.holidays.append(dt.datetime.strptime(day, "%d/%m/%Y").date())


@when(parsers.parse("tôi tính số liệu chỉ số 766 kỳ {periods}"))
def _compute(dem_766: Counting, periods: str) -> None:
    try:
        dem_766.counts, warnings = compute_with_warnings(dem_766.folder, [p.strip() for p in periods.split(",")],
                                                         holidays=dem_766.holidays)
        dem_766.warnings = render_problems(warnings) if warnings else ""
    except FactsFileError as exc:
        dem_766.problems = render_problems(exc.problems)


@then(parsers.parse("chỉ số {metric} của đơn vị {unit} kỳ {period} có tử số {numerator:d} và mẫu số {denominator:d}"))
def _counted(dem_766: Counting, metric: str, unit: str, period: str, numerator: int, denominator: int) -> None:
    count = dem_766.count(metric, unit, period)
    assert (count.numerator, count.denominator) == (numerator, denominator)


@then(parsers.parse("chỉ số {metric} của đơn vị {unit} kỳ {period} lấy từ tỉnh {province}"))
def _inherited(dem_766: Counting, metric: str, unit: str, period: str, province: str) -> None:
    count = dem_766.count(metric, unit, period)
    assert count.inherited_from == province
    assert count.source == "metric_counts.csv:2"


@then(parsers.parse('việc tính bị dừng với lỗi "{text}"'))
def _stopped(dem_766: Counting, text: str) -> None:
    assert not dem_766.counts
    assert text in dem_766.problems, dem_766.problems


@when(parsers.parse("tôi xin giải thích chỉ số {metric} của đơn vị {unit} kỳ {period}"))
def _explain(dem_766: Counting, metric: str, unit: str, period: str) -> None:
    from typer.testing import CliRunner

    from cchc_rules.cli import app

    result = CliRunner().invoke(app, ["explain", metric, "--period", period, "--unit", unit,
                                      "--data", str(dem_766.folder)])
    assert result.exit_code == 0, result.stdout + result.stderr
    dem_766.explained = result.stdout


@then(parsers.parse('phần giải thích có dòng "{text}"'))
def _explained(dem_766: Counting, text: str) -> None:
    lines = [line.strip().replace(f"{dem_766.folder}/", "") for line in dem_766.explained.splitlines()]  # file:row shown from the data folder
    assert text in lines, dem_766.explained


@then(parsers.parse('có cảnh báo "{text}"'))
def _warned(dem_766: Counting, text: str) -> None:
    assert text in dem_766.warnings, dem_766.warnings
