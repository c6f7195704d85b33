"""Steps of scenarios/chi_so_766.feature: a copy of the bundled pack (its 766 rubric, optionally
switched to the documented variant), a metric_counts.csv written from the scenario's tables, and
`cchc-rules index766 --period … --format json` run in-process; the points are read from its JSON.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.rulepack.load import bundled_rules_dir


@dataclass
class Index766:
    root: Path
    rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    period: str = ""
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)

    def unit(self, code: str) -> dict[str, Any]:
        if code not in self.docs:
            lines = ["unit,period,metric,numerator,denominator"] + [",".join(r) for r in self.rows]
            data = self.root / "du-lieu"
            data.mkdir(exist_ok=True)
            (data / "metric_counts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
            result = CliRunner().invoke(app, ["index766", "--period", self.period, "--unit", code, "--rules",
                                              str(self.root / "quy-tac"), "--data", str(data), "--format", "json"])
            assert result.exit_code == 0, result.stderr
            self.docs[code] = json.loads(result.stdout)["units"][0]
        return self.docs[code]

    def indicator(self, code: str, metric: str) -> dict[str, Any]:
        return next(i for g in self.unit(code)["groups"] for i in g["indicators"] if i["metric"] == metric)


@pytest.fixture
def chi_so_766(tmp_path: Path) -> Index766:
    return Index766(tmp_path)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


@given("bộ quy tắc Trường Xuân 2026 - 2030 có bộ chỉ số 766 năm 2026")
def pack_copy(chi_so_766: Index766) -> None:
    shutil.copytree(bundled_rules_dir(), chi_so_766.root / "quy-tac")


@given(parsers.parse("bộ chỉ số 766 chọn phương án {variant}"))
def variant(chi_so_766: Index766, variant: str) -> None:
    path = chi_so_766.root / "quy-tac" / "scoring" / "2026-766.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  variant: observed\n" in text
    path.write_text(text.replace("  variant: observed\n", f"  variant: {variant}\n"), encoding="utf-8")


@when(parsers.re(r"số liệu quý (?P<period>\S+) của (?:xã|tỉnh) (?P<code>\d+) là:"))
def counts(chi_so_766: Index766, period: str, code: str, datatable: list[list[str]]) -> None:
    chi_so_766.period = period
    for metric, numerator, denominator in datatable[1:]:
        chi_so_766.rows.append((code, period, metric.strip(), numerator.strip(), denominator.strip()))


@then(parsers.parse("điểm các chỉ số của xã {code} là:"))
def indicator_points(chi_so_766: Index766, code: str, datatable: list[list[str]]) -> None:
    for metric, expected in datatable[1:]:
        got = chi_so_766.indicator(code, metric.strip())["points"]
        assert Decimal(str(got)) == _number(expected.strip()), (metric, got)


@then(parsers.parse("nhóm {group} của xã {code} được {points} điểm"))
def group_points(chi_so_766: Index766, group: str, code: str, points: str) -> None:
    got = next(g["points"] for g in chi_so_766.unit(code)["groups"] if g["id"] == group)
    assert Decimal(str(got)) == _number(points)


@then(parsers.parse("chỉ số {metric} của xã {code} được {points} trên tối đa {top} điểm"))
def indicator_of_max(chi_so_766: Index766, metric: str, code: str, points: str, top: str) -> None:
    found = chi_so_766.indicator(code, metric)
    assert (Decimal(str(found["points"])), Decimal(str(found["max"]))) == (_number(points), _number(top))


@then(parsers.parse("chỉ số {metric} của xã {code} ghi nguồn là số liệu của tỉnh {province}"))
def inherited(chi_so_766: Index766, metric: str, code: str, province: str) -> None:
    found = chi_so_766.indicator(code, metric)
    assert found["inherited_from"] == province
    assert found["source"].endswith("metric_counts.csv:3")  # the province's row of the file
