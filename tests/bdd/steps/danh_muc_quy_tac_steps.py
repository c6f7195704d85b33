"""Steps of scenarios/danh_muc_quy_tac.feature: run `cchc-rules catalogue` on the scenario's copy of
the bundled pack and read the Markdown or HTML it writes back into items, fields and table rows.

The copy and its edits are the vocabulary of kiem_tra_quy_tac_steps ("một bản sao của bộ quy tắc
… đi kèm", "tôi đổi cơ quan chủ trì của nhiệm vụ … thành …"). The command runs in-process
(typer's CliRunner on `cchc_rules.cli.app`) as `catalogue --rules quy-tac -o danh-muc.md|.html`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

import pytest
from pytest_bdd import parsers, then, when
from typer.testing import CliRunner

from cchc_rules import load_rules
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import Criterion

try:  # imported as `steps.danh_muc_quy_tac_steps` by test_scenarios.py
    from steps.kiem_tra_quy_tac_steps import Run, _rows
except ModuleNotFoundError:  # imported as a top-level module by --doctest-modules
    from kiem_tra_quy_tac_steps import Run, _rows

_MD_ESCAPED = re.compile(r"\\([\\`*|\[\]])")


@dataclass
class DanhMuc:
    """The catalogue written by the last `catalogue` run, and the pack it was made from."""

    text: str = ""
    html: bool = False
    pack: RulePack | None = None

    def items(self) -> dict[str, str]:
        """Anchor → the text of that part of the catalogue, up to the next anchor."""
        marker = r'<section id="([^"]+)">' if self.html else r'<a id="([^"]+)"></a>'
        pieces = re.split(marker, self.text)
        return {pieces[i]: pieces[i + 1] for i in range(1, len(pieces) - 1, 2)}

    def fields(self, anchor: str) -> dict[str, str]:
        """Label → value of an item's field list, as plain text (lines joined by newlines)."""
        block = self.items()[anchor]
        if self.html:
            pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", block)
            return {_plain_html(k): _plain_html(v) for k, v in pairs}
        pairs = re.findall(r"^- \*\*(.+?):\*\* (.*)$", block, re.MULTILINE)
        return {_plain_md(k): _plain_md(v) for k, v in pairs}

    def rows(self) -> list[list[str]]:
        """Every table row of the catalogue, its cells as plain text."""
        if self.html:
            return [[_plain_html(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)]
                    for row in re.findall(r"<tr>(.*?)</tr>", self.text)]
        return [[_plain_md(c.strip().strip("`")) for c in re.split(r"(?<!\\)\|", line)[1:-1]]
                for line in self.text.splitlines() if line.startswith("| ")]


def _plain_html(text: str) -> str:
    return unescape(re.sub(r"<(?!br>)[^>]+>", "", text).replace("<br>", "\n"))


def _plain_md(text: str) -> str:
    return _MD_ESCAPED.sub(r"\1", text.replace("<br>", "\n").replace("&lt;", "<"))


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _all_nodes(nodes: list[Criterion]) -> list[Criterion]:
    out = []
    for node in nodes:
        out += [node, *_all_nodes(node.criteria)]
    return out


@pytest.fixture
def danh_muc() -> DanhMuc:
    return DanhMuc()


# ---- Khi

@when(parsers.parse("tôi lập danh mục quy tắc dạng {kind}"))
def make_catalogue(run: Run, danh_muc: DanhMuc, kind: str) -> None:
    from cchc_rules.cli import app

    assert kind in ("Markdown", "HTML"), kind
    out = run.cwd / ("danh-muc.html" if kind == "HTML" else "danh-muc.md")
    result = CliRunner().invoke(app, ["catalogue", "--rules", str(run.pack), "-o", str(out)])
    assert result.exit_code == 0, result.stdout + result.stderr
    danh_muc.text = out.read_text(encoding="utf-8")
    danh_muc.html = kind == "HTML"
    danh_muc.pack = load_rules(run.pack)


# ---- Thì

@then(parsers.parse("danh mục có {count:d} nhiệm vụ, đánh số từ {first:d} đến {last:d}"))
def task_count(danh_muc: DanhMuc, count: int, first: int, last: int) -> None:
    numbers = sorted(int(a.rsplit("-", 1)[1]) for a in danh_muc.items() if re.fullmatch(r"nhiem-vu-\d+", a))
    assert len(numbers) == count
    assert numbers == list(range(first, last + 1))


@then("mỗi nhiệm vụ trong danh mục ghi điều khoản và vị trí của nó trong tasks.yaml")
def every_task_has_clause_and_line(danh_muc: DanhMuc) -> None:
    pack = danh_muc.pack
    assert pack is not None
    for i, task in enumerate(pack.tasks.tasks):
        fields = danh_muc.fields(f"nhiem-vu-{task.number}")
        line = pack.documents["tasks.yaml"].locate(("tasks", i)).line
        assert fields["Điều khoản"] == task.clause, task.number
        assert fields["Vị trí"] == f"tasks.yaml:{line}", task.number


@then("danh mục ghi các nhiệm vụ sau:")
def these_tasks(danh_muc: DanhMuc, datatable: list[list[str]]) -> None:
    for row in _rows(datatable):
        fields = danh_muc.fields(f"nhiem-vu-{row['nhiệm vụ']}")
        assert fields["Chủ trì"] == row["chủ trì"], fields
        assert row["mốc kiểm tra"] in fields["Mốc kiểm tra"].split("\n"), fields["Mốc kiểm tra"]
        assert fields["Điều khoản"] == row["điều khoản"]


def _criteria_rows(danh_muc: DanhMuc, year: int) -> dict[str, list[str]]:
    """Criterion id → its row in the rubric tables of `year` (8 cells, the last one its file:line)."""
    return {cells[0]: cells for cells in danh_muc.rows()
            if len(cells) == 8 and cells[7].startswith(f"scoring/{year}.yaml:")}


@then(parsers.parse("mỗi tiêu chí của bộ chỉ số năm {year:d} có trong danh mục với điểm tối đa, cách chấm và điều khoản"))
def every_criterion(danh_muc: DanhMuc, year: int) -> None:
    assert danh_muc.pack is not None
    rows = _criteria_rows(danh_muc, year)
    nodes = [n for part in danh_muc.pack.rubrics[year].parts for n in _all_nodes(part.criteria)]
    assert nodes
    for node in nodes:
        cells = rows[node.id]
        assert cells[1] == node.name
        assert cells[2] == _number(node.max)
        assert cells[3], node.id
        assert cells[6] == (node.maps_to or "—")


@then("danh mục ghi các tiêu chí sau:")
def these_criteria(danh_muc: DanhMuc, datatable: list[list[str]]) -> None:
    rows = _criteria_rows(danh_muc, 2026)
    for row in _rows(datatable):
        cells = rows[row["tiêu chí"]]
        assert cells[2] == row["điểm tối đa"]
        assert cells[6] == row["điều khoản"]
        assert row["cách chấm có câu"] in cells[3], cells[3]


@then(parsers.parse("danh mục ghi rõ bộ chỉ số năm {year:d} là bộ chỉ số mô hình"))
def model_rubric_flagged(danh_muc: DanhMuc, year: int) -> None:
    assert f"bộ chỉ số chấm điểm năm {year} là bộ chỉ số MÔ HÌNH" in danh_muc.text


@then("trang HTML không tải gì từ mạng")
def nothing_from_the_network(danh_muc: DanhMuc) -> None:
    assert danh_muc.html and danh_muc.text.startswith("<!DOCTYPE html>")
    for reference in ("http://", "https://", "url(", "@import", "<link", "<script", "src="):
        assert reference not in danh_muc.text, reference
