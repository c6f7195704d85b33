"""Steps of scenarios/bao_cao_html.feature: run `cchc-rules evaluate|score --format html -o …`
on the bundled pack and data, then read the HTML file it wrote as text.

The command runs in-process (typer's CliRunner on `cchc_rules.cli.app`) from the repository
root, so the traces in the page name the bundled data as `data/truong-xuan/…`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from cchc_rules.cli import app

ROOT = Path(__file__).resolve().parents[3]
# What a browser could fetch: loading attributes, CSS loads, any scheme or protocol-relative address.
NETWORK = re.compile(r"(?i)\bsrc\s*=|\bhref\s*=|url\(|@import|https?:|//[a-z0-9]|<script|<link")


@dataclass
class HtmlReport:
    """The command last run and the page it wrote."""

    args: list[str] = field(default_factory=list)
    text: str = ""
    folder: Path = Path()

    def run(self) -> str:
        target = self.folder / f"bao-cao-{len(list(self.folder.glob('*.html')))}.html"
        result = CliRunner().invoke(app, [*self.args, "--format", "html", "-o", str(target)])
        assert result.exit_code == 0, result.stderr
        return target.read_text(encoding="utf-8")

    def chart(self, caption: str) -> str:
        found = re.search(rf"<figcaption>{re.escape(caption)}</figcaption>\s*(<svg .*?</svg>)", self.text, re.DOTALL)
        assert found is not None, f"không có biểu đồ '{caption}'"
        return found.group(1)


@pytest.fixture
def bao_cao_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> HtmlReport:
    monkeypatch.chdir(ROOT)
    return HtmlReport(folder=tmp_path)


@given(parsers.parse("số liệu đi kèm của xã Trường Xuân năm {year:d}"))
def _bundled_data(year: int) -> None:
    assert (ROOT / "data" / "truong-xuan" / f"{year}-Q1").is_dir()


@when(parsers.parse("tôi lập báo cáo HTML kiểm tra quý {period}"))
def _quarter_report(bao_cao_html: HtmlReport, period: str) -> None:
    bao_cao_html.args = ["evaluate", "--period", period]
    bao_cao_html.text = bao_cao_html.run()


@when(parsers.parse("tôi lập báo cáo HTML tự đánh giá năm {year:d}"))
def _score_report(bao_cao_html: HtmlReport, year: int) -> None:
    bao_cao_html.args = ["score", "--year", str(year)]
    bao_cao_html.text = bao_cao_html.run()


@then("tệp báo cáo HTML không tham chiếu tới địa chỉ mạng nào")
def _no_network(bao_cao_html: HtmlReport) -> None:
    assert bao_cao_html.text.startswith("<!DOCTYPE html>")
    assert NETWORK.findall(bao_cao_html.text) == []


@then(parsers.parse('tệp báo cáo HTML có các biểu đồ "{first}" và "{second}"'))
def _charts(bao_cao_html: HtmlReport, first: str, second: str) -> None:
    for caption in (first, second):
        chart = bao_cao_html.chart(caption)
        assert f">{caption}</title>" in chart and "<rect " in chart


@then(parsers.parse("tệp báo cáo HTML có đủ {count:d} phát hiện của quý, trong đó:"))
def _findings(bao_cao_html: HtmlReport, count: int, datatable: list[list[str]]) -> None:
    # The document numbers its findings; the technical appendix gives each number its finding id.
    body, appendix = bao_cao_html.text.split('<section id="appendix"', 1)
    numbered = dict(re.findall(r'<tr(?: class="violation")?><td class="n">(\d+)</td>(.*?)</tr>', body))
    ids = dict(re.findall(r'<tr><td class="n">(\d+)</td><td class="id">(20[^<]*)</td>', appendix))
    findings = {ids[number]: rest for number, rest in numbered.items()}
    assert len(findings) == count == len(ids), sorted(findings)
    header, *body = datatable
    for row in body:
        expected = dict(zip(header, row, strict=True))
        cells = findings[expected["mã phát hiện"]]
        # the explanation cell carries its state as a class (explanation-owed, -overdue, …)
        shown = re.sub(r'<td class="explanation-[a-z_]+">', "<td>", cells)
        assert f"<td>{expected['điều khoản']}</td><td>{expected['giải trình']}</td>" in shown, cells


@then("lập lại báo cáo HTML thì được tệp giống hệt từng byte")
def _same_again(bao_cao_html: HtmlReport) -> None:
    assert bao_cao_html.run() == bao_cao_html.text


@then(parsers.parse('tệp báo cáo HTML ghi tổng điểm "{total}" và xếp loại "{label}"'))
def _total(bao_cao_html: HtmlReport, total: str, label: str) -> None:
    assert f"<b>{total}</b>" in bao_cao_html.text and f"<b>{label}</b>" in bao_cao_html.text


@then(parsers.parse('biểu đồ "{caption}" ghi:'))
def _chart_rows(bao_cao_html: HtmlReport, caption: str, datatable: list[list[str]]) -> None:
    chart = bao_cao_html.chart(caption)
    for label, points in datatable[1:]:
        found = re.search(rf">{re.escape(label)}</text>.*?class=\"val\">([^<]*)</text>", chart)
        assert found is not None and found.group(1) == points, (label, found and found.group(1))


@then(parsers.parse('biểu đồ "{caption}" có các quý {quarters}'))
def _chart_quarters(bao_cao_html: HtmlReport, caption: str, quarters: str) -> None:
    chart = bao_cao_html.chart(caption)
    shown = re.findall(r'class="lbl">(Quý [IV]+/\d{4})</text>', chart)
    assert shown == quarters.split(", ")
