"""The HTML reports (`--format html`; the expected pages are golden cases in tests/golden/): byte-stable output, no network reference at
all, charts with titles and real text, every finding with its clause and explanation due date,
English labels, escaping, and the pages for empty inputs."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.report.html import batch_html, quarter_html, score_html
from cchc_rules.report.html.svg import Bar, hbar_chart
from cchc_rules.report.names import names_of
from cchc_rules.rulepack.load import load_rules

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"  # the expected JSON of the golden cases are these tests' inputs
SCORE_JSON = GOLDEN / "score-2026" / "expected" / "score.json"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # traces show paths relative to the working folder


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def quarter_page() -> str:
    return _cli("evaluate", "--period", "2026-Q3", "--format", "html")


@pytest.fixture(scope="module")
def score_page() -> str:
    return _cli("score", "--year", "2026", "--format", "html")


def _quarter_doc(period: str = "2026-Q3") -> dict[str, Any]:
    return json.loads((GOLDEN / f"quarter-{period}" / "expected" / "evaluate.json").read_text(encoding="utf-8"))


def _score_doc() -> dict[str, Any]:
    return json.loads(SCORE_JSON.read_text(encoding="utf-8"))


def test_same_inputs_give_byte_identical_pages(quarter_page: str, score_page: str) -> None:
    assert _cli("evaluate", "--period", "2026-Q3", "--format", "html") == quarter_page
    assert score_html(_score_doc(), [_quarter_doc("2026-Q1")], "vi") == score_html(
        _score_doc(), [_quarter_doc("2026-Q1")], "vi")


# Anything a browser could fetch: attributes that load, CSS that loads, any scheme or
# protocol-relative address. Inline <svg> carries no xmlns, so not even "http" may appear.
_NETWORK = re.compile(r"(?i)\bsrc\s*=|\bhref\s*=|url\(|@import|https?:|//[a-z0-9]|<script|<link|<iframe|<object")


@pytest.mark.parametrize("page", ["quarter_page", "score_page"])
def test_pages_refer_to_nothing_outside_the_file(page: str, request: pytest.FixtureRequest) -> None:
    text: str = request.getfixturevalue(page)
    assert _NETWORK.findall(text) == []
    assert "<style>" in text and "font-family" in text


def test_the_network_check_would_catch_a_reference() -> None:
    for bad in ('<img src="a.png">', "<a href='x'>", "background: url(x.png)", "@import 'x.css'",
                '<svg xmlns="http://www.w3.org/2000/svg">', "<script>1</script>"):
        assert _NETWORK.search(bad), bad


@pytest.mark.parametrize("page", ["quarter_page", "score_page"])
def test_pages_are_vietnamese_nfc_and_printable_on_a4(page: str, request: pytest.FixtureRequest) -> None:
    text: str = request.getfixturevalue(page)
    assert text.startswith("<!DOCTYPE html>\n<html lang=\"vi\">")
    assert unicodedata.is_normalized("NFC", text)
    assert "@page { size: A4" in text and "display: table-header-group" in text
    assert '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial' in text


def _charts(text: str) -> list[str]:
    return re.findall(r"<svg .*?</svg>", text, flags=re.DOTALL)


def test_quarter_page_has_both_charts_with_titles_and_real_text(quarter_page: str) -> None:
    charts = _charts(quarter_page)
    assert len(charts) == 2
    for chart in charts:
        assert 'role="img"' in chart and "<title id=" in chart and "<desc id=" in chart
        assert re.search(r'viewBox="0 0 760 \d+', chart)
    agency, kind = charts
    assert ">Văn phòng Hội đồng nhân dân và Ủy ban n…</text>" in agency   # the agency's name, clipped
    assert ">VP" not in agency and "VP —" not in agency
    # violations per agency, the numbers of the lagging table: VP 3, KT 2, TTPVHCC 1
    assert '<text x="' in agency and ">3</text>" in agency and ">2</text>" in agency and ">1</text>" in agency
    assert ">Chỉ tiêu không đạt</text>" in kind


def test_quarter_page_lists_every_finding_with_clause_and_due_date(quarter_page: str) -> None:
    doc = _quarter_doc()
    section = quarter_page[quarter_page.index('<section id="findings">'):quarter_page.index('<section id="lagging">')]
    rows = re.findall(r"<tr(?: class=\"violation\")?><td class=\"n\">(\d+)</td>", section)
    assert rows == [str(n) for n in range(1, len(doc["findings"]) + 1)]  # numbered; the ids are in the appendix
    for number, finding in enumerate(doc["findings"], start=1):
        row = re.search(rf"<td class=\"n\">{number}</td>(.*?)</tr>", section)
        assert row is not None and f"<td>{finding['clause']}</td>" in row.group(1)
        assert finding["id"] not in row.group(1)
        if finding["explanation"]:
            assert finding["explanation"]["message"] in row.group(1), finding["id"]
        trace = re.search(rf"<td class=\"n\">{number}</td><td class=\"id\">{re.escape(finding['id'])}</td>",
                          quarter_page[quarter_page.index('id="appendix"'):])
        assert trace is not None, finding["id"]
    owed = re.search(r"<td>Phòng Kinh tế[^<]*</td><td>Nhiệm vụ 21 (.*?)</tr>", section)
    assert owed is not None and "Còn nợ giải trình, chậm nhất ngày 02/10/2026" in owed.group(1)
    assert "trước ngày" not in quarter_page


def test_quarter_page_shows_lagging_agencies_escalation_and_inputs(quarter_page: str) -> None:
    section = quarter_page[quarter_page.index('<section id="lagging">'):quarter_page.index('</main>')]
    assert section.count("<tr><td>") == 3
    assert "Chủ tịch Ủy ban nhân dân xã (VI.2.c)" in section and "<td>Phòng Kinh tế</td>" in section
    assert "CT_UBND" not in section and "KT —" not in section
    inputs = quarter_page[quarter_page.index('id="appendix"'):]
    assert "data/truong-xuan/2026-Q3/pakn.csv" in inputs
    assert '<td class="n">59</td><td class="n">59</td><td class="n">0</td>' in inputs


def test_score_page_total_chart_tree_and_documents(score_page: str) -> None:
    doc = _score_doc()
    assert "<b>88,78</b>Tổng điểm" in score_page and "<b>Tốt</b>Xếp loại" in score_page
    assert "<b>+1,5</b>Điểm thưởng (cộng)" in score_page and "<b>-0,5</b>Điểm trừ (trừ)" in score_page
    areas = _charts(score_page)[0]
    assert areas.count('fill="#dfe6ee"') == 8        # one max track per area of the index (not bonus, penalty)
    assert ">9,25 / 11</text>" in areas
    ids = re.findall(r'<tr class="d\d(?: short)?"><td>([^<]*)</td>', score_page)
    expected: list[str] = []

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            expected.append(node["id"])
            walk(node["criteria"])

    walk(doc["criteria"])
    assert ids == [*expected, "", "", "", ""]         # the tree in order, index total, bonus, penalty, total
    assert "data/truong-xuan/2026/evidence.csv: 4, 5, 6, 7" in score_page
    for item in doc["evidence_to_attach"]:
        for document in item["documents"]:
            assert f"<li>{document}</li>" in score_page


def test_score_page_trend_across_the_quarters(score_page: str) -> None:
    trend = score_page[score_page.index('<section id="trend">'):]
    chart = _charts(trend)[0]
    quarters = ("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026")
    assert [q for q in quarters if f">{q}</text>" in chart] == list(quarters)
    assert "Quý III/2026 — Vi phạm: 6" in chart  # one row per lapse: 6 lapses, no explanation rows
    assert "2026-Q" not in trend
    row = re.search(r"<td>Tỷ lệ phản ánh, kiến nghị \(PAKN\)[^<]*</td>(.*?)</tr>", trend)
    assert row is not None and row.group(1) == '<td class="n"></td><td class="n"></td><td class="n">85,71</td><td class="n"></td>'


def test_score_page_without_quarters_says_so() -> None:
    text = score_html(_score_doc(), [], "vi")
    assert "Chưa có số liệu quý nào của năm." in text
    assert len(_charts(text)) == 2                     # areas and agencies, no trend


def test_english_labels() -> None:
    quarter = quarter_html(_quarter_doc("2026-Q3-en"), "en")  # messages come from the JSON, in its language
    assert '<html lang="en">' in quarter and "<h2>Findings</h2>" in quarter and "Explanation owed, due by 02/10/2026" in quarter
    score = score_html(_score_doc(), [], "en")
    assert "PAR INDEX self-assessment 2026" in score and "Points against max per area" in score


def test_text_from_the_data_is_escaped() -> None:
    doc = _quarter_doc()
    doc = copy.deepcopy(doc)
    doc["findings"][0]["message"] = '<script>alert("x")</script>'
    doc["lagging_agencies"][0]["name"] = "A & B <i>"
    text = quarter_html(doc, "vi")
    assert "<script>" not in text and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text
    assert "A &amp; B &lt;i&gt;" in text


def test_quarter_without_findings_has_no_chart() -> None:
    doc = _quarter_doc()
    doc.update(findings=[], lagging_agencies=[], summary={
        "findings": 0, "violations": 0, "by_kind": {}, "by_agency": {}, "lagging_agencies": 0,
        "explanations": {"owed": 0, "overdue": 0, "accepted": 0, "not_accepted": 0}})
    text = quarter_html(doc, "vi")
    assert _charts(text) == []
    assert "Không có phát hiện nào trong kỳ." in text and "Không có cơ quan chậm trễ." in text


def test_bar_lengths_are_proportional() -> None:
    chart = hbar_chart([Bar("a", 5), Bar("b", 2.5)], "t", "d", "x")
    widths = [float(w) for w in re.findall(r'<rect x="310" y="\d+" width="([\d.]+)"', chart)]
    assert widths == [360.0, 180.0]


def test_templates_ship_inside_the_package() -> None:
    folder = resources.files("cchc_rules.report.html") / "templates"
    assert {p.name for p in folder.iterdir()} >= {"base.html.j2", "quarter.html.j2", "score.html.j2", "style.css"}


def test_html_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.html"
    out = _cli("evaluate", "--period", "2026-Q3", "--format", "html", "-o", str(target))
    assert out.strip().endswith("bao-cao.html")
    assert target.read_text(encoding="utf-8") == quarter_html(_quarter_doc(), "vi", names_of(load_rules()))


# ---- the multi-unit ranking (batch_html), from the batch JSON of the golden case batch-2026 with its
# "units" emptied (tests/fixtures/batch-2026.json)

BATCH_JSON = ROOT / "tests" / "fixtures" / "batch-2026.json"


def _batch_doc() -> dict[str, Any]:
    return json.loads(BATCH_JSON.read_text(encoding="utf-8"))


def test_batch_page_ranking_charts_and_skipped_units() -> None:
    text = batch_html(_batch_doc(), "vi")
    assert _NETWORK.findall(text) == [] and unicodedata.is_normalized("NFC", text)
    classes, totals = _charts(text)
    assert ">Tốt</text>" in classes and ">2</text>" in classes and ">Yếu</text>" in classes
    assert ">1. xã Trường Xuân</text>" in totals and ">88,43</text>" in totals  # a dot plot, units by name
    dots = re.findall(r'<circle cx="([\d.]+)"', totals)
    assert dots == ["628.35", "628.35", "310"]        # 88,43 on an axis of 0–100 over 360 px, twice, then 0
    ranking = re.findall(r'<tr><td class="n">([^<]*)</td><td>(\d{5})</td>', text)
    assert ranking == [("1 (đồng hạng)", "31294"), ("1 (đồng hạng)", "31300"), ("3", "31297")]
    assert "<td>60,57 / 70</td>" not in text and '<td class="n">60,57 / 70</td>' in text
    skipped = text[text.index('<section id="skipped">'):]
    assert "du-lieu/31301-xa-du-lieu-loi" in skipped and "thư mục không có mã đơn vị" in skipped


def test_batch_page_without_units() -> None:
    doc = _batch_doc()
    doc.update(ranking=[], skipped=[], summary={**doc["summary"], "scored": 0, "skipped": 0,
                                                "classifications": {}})
    text = batch_html(doc, "en")
    assert _charts(text) == [] and "No unit was scored." in text and "No unit skipped." in text
