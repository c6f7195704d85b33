"""Steps of scenarios/van_ban_nguoi_doc.feature: names instead of codes in the documents, the
administrative form, Vietnamese periods on the command line, Vietnamese help and usage errors.

The documents are written by the `bao_cao_html` fixture of bao_cao_html_steps.py (an HtmlReport);
commands typed here run as the console script does (`cli.run`: usage errors in the user's language).
"""

from __future__ import annotations

import html
import json
import re
import shlex
from dataclasses import dataclass
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from cchc_rules.cli import run as run_cli  # not `run`: another steps module has a fixture of that name



@dataclass
class Typed:
    code: int = -1
    out: str = ""
    err: str = ""


@pytest.fixture
def go_lenh() -> Typed:
    return Typed()


def _args(command: str) -> list[str]:
    """The words of a typed command; a period written with spaces ("Quý III/2026") stays one word."""
    words = shlex.split(command)
    if "--period" in words:
        at = words.index("--period") + 1
        end = next((i for i in range(at, len(words)) if words[i].startswith("--")), len(words))
        words[at:end] = [" ".join(words[at:end])]
    return words


@when(parsers.parse("tôi lập báo cáo HTML kiểm tra quý Quý {roman}/{year:d}"))
def _quarter_in_words(bao_cao_html: Any, roman: str, year: int) -> None:
    bao_cao_html.args = ["evaluate", "--period", f"Quý {roman}/{year}"]
    bao_cao_html.text = bao_cao_html.run()


def _main(text: str) -> str:
    """The document without its technical appendix."""
    return text.split('<section id="appendix"', 1)[0]


@then(parsers.parse("phần chính của báo cáo ghi các cơ quan chậm trễ:"))
def _lagging_by_name(bao_cao_html: Any, datatable: list[list[str]]) -> None:
    section = _main(bao_cao_html.text).split('<section id="lagging">', 1)[1]
    rows = re.findall(r'<tr><td>([^<]+)</td><td class="n">(\d+)</td>.*?<td>([^<]*)</td></tr>', section, re.DOTALL)
    shown = [[html.unescape(c) for c in row] for row in rows]
    assert shown == [[c.strip() for c in row] for row in datatable[1:]], shown


@then(parsers.parse('phần chính của báo cáo ghi kỳ "{period}" và ngày xét "{day}"'))
def _period_and_day(bao_cao_html: Any, period: str, day: str) -> None:
    main = _main(bao_cao_html.text)
    assert f"<dd>{period} (" in main and f"<dd>{day}</dd>" in main


@then(parsers.parse("phần chính của báo cáo không có mã {codes}"))
def _no_codes(bao_cao_html: Any, codes: str) -> None:
    main = re.sub(r"<style>.*?</style>|<[^>]+>", " ", _main(bao_cao_html.text), flags=re.DOTALL)
    main = re.sub(r"\S*/\S+\.(?:csv|xlsx)\S*", " ", main)  # file paths name the files as on disk
    for code in re.findall(r'"([^"]+)"', codes):
        assert not re.search(rf"(?<![\w/-]){re.escape(code)}(?![\w/-])", main), code


@then(parsers.parse('phụ lục kỹ thuật có mã phát hiện "{finding}" với điều kiện "{condition}"'))
def _appendix(bao_cao_html: Any, finding: str, condition: str) -> None:
    appendix = html.unescape(bao_cao_html.text.split('<section id="appendix"', 1)[1])
    row = re.search(rf'<td class="id">{re.escape(finding)}</td>(.*?)</tr>', appendix)
    assert row is not None and f'<td class="id">{condition}</td>' in row.group(1), row and row.group(1)


@when(parsers.parse("tôi lập báo cáo HTML tự đánh giá năm {year:d}"))
def _score_page(bao_cao_html: Any, year: int) -> None:
    bao_cao_html.args = ["score", "--year", str(year)]
    bao_cao_html.text = bao_cao_html.run()


def _texts(quoted: str) -> list[str]:
    return re.findall(r'"([^"]+)"', quoted)


@then(parsers.parse("đầu báo cáo ghi {texts}"))
def _head(bao_cao_html: Any, texts: str) -> None:
    head = bao_cao_html.text.split('<header class="doc-head">', 1)[1].split("</header>", 1)[0]
    for text in _texts(texts):
        assert text in head, text


@then(parsers.parse("cuối báo cáo ghi {texts}"))
def _close(bao_cao_html: Any, texts: str) -> None:
    close = bao_cao_html.text.split('<section class="doc-close">', 1)[1].split("</section>", 1)[0]
    for text in _texts(texts):
        assert text in close, text


@given("tôi chọn tiếng Anh (CCHC_LANG=en)")
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_LANG", "en")


@when(parsers.parse('tôi gõ lệnh "{command}"'))
def _type(go_lenh: Typed, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    go_lenh.code = run_cli(_args(command))
    captured = capsys.readouterr()
    go_lenh.out, go_lenh.err = captured.out, captured.err


@then(parsers.parse("dòng lệnh kết thúc với mã {code:d}"))
def _code(go_lenh: Typed, code: int) -> None:
    assert go_lenh.code == code, (go_lenh.out[-500:], go_lenh.err[-500:])


@then(parsers.parse("kết quả là của kỳ {period}"))
def _period(go_lenh: Typed, period: str) -> None:
    assert json.loads(go_lenh.out)["period"] == period


@then(parsers.parse('dòng lệnh báo "{text}"'))
def _says(go_lenh: Typed, text: str) -> None:
    assert text in go_lenh.err, go_lenh.err


@then(parsers.parse('dòng lệnh in "{text}"'))
def _prints(go_lenh: Typed, text: str) -> None:
    assert text in go_lenh.out, go_lenh.out


@then(parsers.parse("dòng lệnh không in chữ tiếng Anh nào của khung dòng lệnh {words}"))
def _no_english(go_lenh: Typed, words: str) -> None:
    for word in _texts(words):
        assert word not in go_lenh.out + go_lenh.err, word
