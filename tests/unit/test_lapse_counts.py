"""One row per lapse, and one set of counts: for every bundled quarter (and a day judged after the
explanation deadlines, where explanations are overdue), the number of findings, of violations, of
violations per agency and of explanations in each state is the same in the terminal tables, the
HTML page, the workbook and the JSON — and equal to a recount of the JSON's own rows.

Each output is read back the way a reader sees it (the rich tables' cells, the HTML's numbers and
chart values, the workbook's cells), never from the summary the renderer was given.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.report.html import quarter_html
from cchc_rules.report.quarter import quarter_tables
from cchc_rules.report.names import names_of
from cchc_rules.report.quarter_xlsx import render_quarter_xlsx
from cchc_rules.rulepack.load import load_rules

ROOT = Path(__file__).resolve().parents[2]
RUNS = [("2026-Q1", None), ("2026-Q2", None), ("2026-Q3", None), ("2026-Q4", None),
        ("2026-Q2", "06/07/2026"), ("2026-Q3", "20/10/2026")]  # the last two: explanations overdue
STATES = ("owed", "overdue", "accepted", "not_accepted")
runner = CliRunner()
NAMES = names_of(load_rules())  # the outputs name agencies; the counts are compared per code
CODE_OF = {name: code for code, name in NAMES.agencies.items()}


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _doc(period: str, as_of: str | None) -> dict[str, Any]:
    args = ["evaluate", "--period", period, "--format", "json"] + (["--as-of", as_of] if as_of else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _recount(doc: dict[str, Any]) -> dict[str, Any]:
    """The counts recomputed from the rows: findings, violations (the lagging table's rows),
    violations per agency, explanations per state."""
    lagging = {a["agency"]: len(a["findings"]) for a in doc["lagging_agencies"]}
    states = Counter(f["explanation"]["state"] for f in doc["findings"] if f["explanation"])
    return {"findings": len(doc["findings"]), "violations": sum(lagging.values()), "per_agency": lagging,
            "explanations": {s: states[s] for s in STATES}}


def _from_summary(doc: dict[str, Any]) -> dict[str, Any]:
    summary = doc["summary"]
    per_agency = {code: row["violations"] for code, row in summary["by_agency"].items() if row["violations"]}
    return {"findings": summary["findings"], "violations": summary["violations"], "per_agency": per_agency,
            "explanations": summary["explanations"]}


def _from_tables(doc: dict[str, Any]) -> dict[str, Any]:
    findings, lagging = quarter_tables(doc, "vi", NAMES).renderables
    caption = re.fullmatch(r"(\d+) phát hiện, (\d+) vi phạm; giải trình: (\d+) còn nợ, (\d+) quá hạn, "
                           r"(\d+) được chấp nhận, (\d+) không được chấp nhận", str(findings.caption))
    assert caption is not None, findings.caption
    numbers = [int(n) for n in caption.groups()]
    assert findings.row_count == numbers[0]
    agencies = [CODE_OF[str(c)] for c in lagging.columns[0].cells]
    counts = [int(str(c)) for c in lagging.columns[1].cells]
    shown: Counter[str] = Counter()
    for cell in findings.columns[4].cells:
        text = str(cell)
        if text.startswith("Còn nợ giải trình"):
            shown["owed"] += 1
        elif text.startswith("Quá hạn giải trình"):
            shown["overdue"] += 1
        elif text.endswith("không được chấp nhận"):
            shown["not_accepted"] += 1
        elif text.endswith("được chấp nhận"):
            shown["accepted"] += 1
    assert {s: shown[s] for s in STATES} == dict(zip(STATES, numbers[2:], strict=True))
    return {"findings": numbers[0], "violations": numbers[1], "per_agency": dict(zip(agencies, counts, strict=True)),
            "explanations": dict(zip(STATES, numbers[2:], strict=True))}


_LABELS = {"findings_total": "Số phát hiện", "violations": "Vi phạm", "owed": "Còn nợ giải trình (chưa đến hạn)",
           "overdue": "Quá hạn giải trình", "accepted": "Giải trình được chấp nhận",
           "not_accepted": "Giải trình không được chấp nhận"}


def _from_html(doc: dict[str, Any]) -> dict[str, Any]:
    page = quarter_html(doc, "vi", NAMES)
    numbers = {label: int(n) for n, label in re.findall(r"<li(?: class=\"big\")?><b>(\d+)</b>([^<]+)</li>", page)}
    findings = page[page.index('<section id="findings">'):page.index('<section id="lagging">')]
    rows = re.findall(r"<tr( class=\"violation\")?><td class=\"n\">", findings)
    states = Counter(re.findall(r'<td class="explanation-([a-z_]+)">', findings))
    lagging = page[page.index('<section id="lagging">'):page.index('</main>')]
    table = {CODE_OF[name]: int(n) for name, n in re.findall(r"<tr><td>([^<]+)</td><td class=\"n\">(\d+)</td>",
                                                             lagging)}
    chart = {}
    if doc["findings"]:
        svg = re.search(r'<svg [^>]*aria-labelledby="agency-t agency-d".*?</svg>', page, re.DOTALL)
        assert svg is not None
        chart = {CODE_OF[name]: int(n) for name, n in
                 re.findall(r'<g><title>([^<]+)</title>.*?class="val">(\d+)</text></g>', svg.group(0))}
    assert chart == table, (chart, table)  # the chart and the lagging table agree
    assert len(rows) == numbers[_LABELS["findings_total"]]
    assert sum(1 for r in rows if r) == numbers[_LABELS["violations"]]
    assert {s: states[s] for s in STATES} == {s: numbers[_LABELS[s]] for s in STATES}
    return {"findings": len(rows), "violations": numbers[_LABELS["violations"]], "per_agency": table,
            "explanations": {s: states[s] for s in STATES}}


def _from_workbook(doc: dict[str, Any], path: Path) -> dict[str, Any]:
    render_quarter_xlsx(doc, path, "vi", NAMES)
    book = load_workbook(path)

    def table(name: str) -> list[list[Any]]:
        ws = book[name]
        header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
        rows = []
        for row in ws.iter_rows(min_row=header + 1, values_only=True):
            if all(v is None for v in row) or row[0] == "Không có.":
                break
            rows.append(list(row))
        return rows

    findings = table("Phát hiện")
    line = book["Phát hiện"].cell(3, 1).value
    summary = re.fullmatch(r"Số phát hiện: (\d+); vi phạm: (\d+); giải trình: còn nợ (\d+), quá hạn (\d+), "
                           r"được chấp nhận (\d+), không được chấp nhận (\d+)", str(line))
    assert summary is not None, line
    numbers = [int(n) for n in summary.groups()]
    lagging = {CODE_OF[row[1]]: row[2] for row in table("Cơ quan chậm trễ")}
    words = {"còn nợ": "owed", "quá hạn": "overdue", "được chấp nhận": "accepted",
             "không được chấp nhận": "not_accepted"}
    states = Counter(words[row[7]] for row in table("Giải trình phải nộp"))
    assert len(findings) == numbers[0]
    assert sum(1 for row in findings if row[2] == "vi phạm") == sum(lagging.values()) == numbers[1]
    assert {s: states[s] for s in STATES} == dict(zip(STATES, numbers[2:], strict=True))
    return {"findings": len(findings), "violations": numbers[1], "per_agency": lagging,
            "explanations": {s: states[s] for s in STATES}}


@pytest.mark.parametrize(("period", "as_of"), RUNS)
def test_every_output_gives_the_same_counts(period: str, as_of: str | None, tmp_path: Path) -> None:
    doc = _doc(period, as_of)
    expected = _recount(doc)
    assert _from_summary(doc) == expected
    assert _from_tables(doc) == expected
    assert _from_html(doc) == expected
    assert _from_workbook(doc, tmp_path / "quy.xlsx") == expected


def test_no_finding_is_about_an_explanation() -> None:
    for period, as_of in RUNS:
        doc = _doc(period, as_of)
        assert not [f["id"] for f in doc["findings"] if "explanation" in f["id"] or f["kind"].startswith("expl")]
        assert all(f["subject"]["type"] != "finding" for f in doc["findings"])


def test_overdue_explanations_are_counted_once_their_day_has_passed() -> None:
    on_time = _doc("2026-Q3", None)["summary"]["explanations"]
    late = _doc("2026-Q3", "20/10/2026")["summary"]["explanations"]
    assert (on_time["owed"], on_time["overdue"]) == (2, 0)  # judged 18/09, due 02/10: not yet overdue
    assert (late["owed"], late["overdue"]) == (0, 2)
    assert on_time["accepted"] + on_time["not_accepted"] == late["accepted"] + late["not_accepted"] == 3
