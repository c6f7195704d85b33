"""report/catalogue*.py and `cchc-rules catalogue`: every task, target, indicator, goal, custom check
and rubric criterion of the bundled pack is listed with its clause and its rules file:line; the
Markdown escapes table text; the HTML page is self-contained; the output is drawn from the pack
given (a changed copy changes it) and is byte-stable. The expected Markdown and HTML are the golden
case tests/golden/catalogue."""

from __future__ import annotations

import re
import shutil
import unicodedata
from html import escape
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc_rules import bundled_rules_dir, load_rules
from cchc_rules.cli import app
from cchc_rules.report.catalogue import render_catalogue
from cchc_rules.report.catalogue_markdown import render_markdown
from cchc_rules.report.catalogue_model import Catalogue, Section, Table
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import Criterion

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_rules()


@pytest.fixture(scope="module")
def md(pack: RulePack) -> str:
    return render_catalogue(pack, "markdown", "vi")


@pytest.fixture(scope="module")
def html(pack: RulePack) -> str:
    return render_catalogue(pack, "html", "vi")


def _line(pack: RulePack, file: str, path: tuple[Any, ...]) -> int:
    return pack.documents[file].locate(path).line


def _block(md: str, anchor: str) -> str:
    """The text of the item whose anchor is `anchor`, up to the next anchor."""
    start = md.index(f'<a id="{anchor}"></a>')
    end = md.find('<a id="', start + 1)
    return md[start:end if end != -1 else None]


def _row(md: str, first_cell: str) -> str:
    """The table row whose first cell is the code `first_cell`."""
    rows = [line for line in md.splitlines() if line.startswith(f"| `{first_cell}` |")]
    assert rows, f"no row for {first_cell}"
    return rows[0]


def _cells(row: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def _nodes(nodes: list[Criterion]) -> list[Criterion]:
    out = []
    for node in nodes:
        out.append(node)
        out += _nodes(node.criteria)
    return out


# ---- everything is listed, with its clause and where it is written

def test_all_31_tasks_with_clause_lead_and_file_line(pack: RulePack, md: str) -> None:
    assert len(pack.tasks.tasks) == 31
    assert "Phụ lục có 31 nhiệm vụ." in md
    for i, task in enumerate(pack.tasks.tasks):
        block = _block(md, f"nhiem-vu-{task.number}")
        assert f"#### Nhiệm vụ {task.number}. " in block  # the heading names the task
        assert f"- **Điều khoản:** {task.clause}\n" in block
        assert f"- **Vị trí:** tasks.yaml:{_line(pack, 'tasks.yaml', ('tasks', i))}\n" in block
        assert f"({task.lead})" in block.split("**Chủ trì:**")[1].splitlines()[0]
    numbers = [int(m) for m in re.findall(r"^#### Nhiệm vụ (\d+)\. ", md, re.MULTILINE)]
    assert numbers == list(range(1, 32))


def test_task_schedules_and_judging_rule_in_plain_words(md: str) -> None:
    assert "- **Mốc kiểm tra:** Ban hành kế hoạch: chậm nhất 31/03/2026 (quý I/2026)<br>" in _block(md, "nhiem-vu-2")
    assert "Hằng năm, chậm nhất 30/06 (cuối quý II), từ 2026 đến 2030" in _block(md, "nhiem-vu-21")
    assert "- **Mốc kiểm tra:** Thường xuyên\n" in _block(md, "nhiem-vu-5")
    dated = _block(md, "nhiem-vu-30")
    assert "Quá hạn nếu chưa hoàn thành khi đã qua hạn" in dated
    assert "phải báo cáo giải trình trong 10 ngày làm việc" in dated
    assert "kiểm tra quý không xét nhiệm vụ này" in _block(md, "nhiem-vu-5")
    assert "2026: 1.1.1 Ban hành Kế hoạch CCHC năm đúng thời hạn" in _block(md, "nhiem-vu-26")


def test_every_target_with_clause_path_owner_and_file_line(pack: RulePack, md: str) -> None:
    assert pack.targets.targets
    for i, target in enumerate(pack.targets.targets):
        block = _block(md, f"chi-tieu-{target.id}")
        assert "#### " + target.name.replace("|", "\\|") + "\n" in block and f"#### {target.id}" not in block
        assert f"- **Điều khoản:** {target.clause}\n" in block
        assert f"targets.yaml:{_line(pack, 'targets.yaml', ('targets', i))}" in block
        assert f"({target.owner})" in block
    path = _block(md, "chi-tieu-ho-so-truc-tuyen")
    assert "2026: ≥ 70%; 2027: ≥ 75%; 2028: ≥ 80%; 2029: ≥ 85%; 2030: ≥ 90%" in path
    assert "Đạt khi giá trị chỉ số ≥ 97% (xét từ năm 2026" in _block(md, "chi-tieu-hai-long-tthc")


def test_every_indicator_and_goal_with_clause_and_file_line(pack: RulePack, md: str) -> None:
    for i, indicator in enumerate(pack.targets.indicators):
        cells = _cells(_row(md, indicator.id))
        clauses = {t.clause for t in pack.targets.targets if t.indicator == indicator.id}
        assert all(c in cells[6] for c in clauses), cells
        assert cells[7] == f"targets.yaml:{_line(pack, 'targets.yaml', ('indicators', i))}"
    for i, goal in enumerate(pack.targets.goals):
        cells = _cells(_row(md, goal.id))
        assert cells[5] == goal.clause
        assert cells[6] == f"targets.yaml:{_line(pack, 'targets.yaml', ('goals', i))}"


def test_every_rubric_criterion_with_max_method_and_clause(pack: RulePack, md: str) -> None:
    rubric = pack.rubrics[2026]
    for part in rubric.parts:
        for node in _nodes(part.criteria):
            cells = _cells(_row(md, node.id))
            assert cells[2] == f"{node.max:g}".replace(".", ","), (node.id, cells)
            assert cells[6] == (node.maps_to or "—")
            assert cells[7].startswith("scoring/2026.yaml:")
            assert cells[3], node.id
    assert "10 điểm × min(1, giá trị / 95). Dưới 50 → 0." in _row(md, "8.1")
    assert "1,5 điểm, trừ 0,5 điểm cho mỗi báo cáo trễ hạn hoặc không gửi" in _row(md, "1.2")
    assert "**Tổng điểm tối đa:** 100 điểm (Phần A 70 + Phần B 30)" in md
    assert "| Yếu | từ 0 đến dưới 50 |" in md


def test_model_rubric_is_flagged(md: str) -> None:
    assert "> Lưu ý: bộ chỉ số chấm điểm năm 2026 là bộ chỉ số MÔ HÌNH" in md


def test_custom_checks_with_condition_as_written(pack: RulePack, md: str) -> None:
    assert pack.checks.checks
    for i, check in enumerate(pack.checks.checks):
        cells = _cells(_row(md, check.id))
        assert cells[3] == f"`{check.when}`"
        assert cells[4] == check.message
        assert cells[7] == check.clause
        assert cells[8] == f"checks.yaml:{_line(pack, 'checks.yaml', ('checks', i))}"


def test_reporting_duties_explanation_feedback_and_agencies(pack: RulePack, md: str) -> None:
    for duty in pack.reporting.duties:
        assert duty.clause in _cells(_row(md, duty.id))[6]
    explanation = _block(md, "giai-trinh")
    assert "- **Hạn nộp:** 10 ngày làm việc kể từ ngày báo cáo kỳ đến hạn" in explanation
    assert "2 quý liền nhau được báo Chủ tịch Ủy ban nhân dân xã (CT_UBND)" in explanation
    assert "trong 15 ngày làm việc" in _block(md, "pakn")
    assert "Cơ quan thường trực CCHC: Phòng Văn hóa - Xã hội (VHXH)." in md
    for agency in pack.plan.agencies:
        assert _row(md, agency.code)


# ---- format

def test_markdown_table_cells_escape_pipes_newlines_and_markup() -> None:
    table = Table(("a", "b"), (("x | y\nz*", "`q` <b>"),))
    doc = Catalogue("T", "vi", (), "Mục lục", (Section("s", "S", (table,)),))
    row = render_markdown(doc).splitlines()[-1]
    assert row == "| x \\| y<br>z\\* | \\`q\\` &lt;b> |"
    assert len(re.findall(r"(?<!\\)\|", row)) == 3


def test_html_is_one_self_contained_a4_page(html: str) -> None:
    assert html.startswith('<!DOCTYPE html>\n<html lang="vi">')
    assert '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif' in html
    assert "@page { size: A4" in html
    for reference in ("http://", "https://", "url(", "@import", "<link", "<script", "src=", "//fonts"):
        assert reference not in html, reference
    assert html.count("<section") == html.count("</section>")


def test_html_escapes_text(pack: RulePack, html: str) -> None:
    check = pack.checks.checks[0]
    assert f"<td><code>{escape(check.when)}</code></td>" in html
    assert "value &lt; 98" in html
    assert "<td><code>1.1.1</code></td>" in html


def test_english_labels_keep_the_content_as_written(pack: RulePack) -> None:
    text = render_catalogue(pack, "markdown", "en")
    assert "#### Task 7. " in text and "- **Clause:** Phụ lục, mục 7\n" in text
    assert "Công bố danh mục TTHC" in text
    assert "Nhiệm vụ 7" not in text


def test_output_is_nfc_deterministic_and_independent_of_the_working_folder(
        pack: RulePack, md: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert unicodedata.is_normalized("NFC", md)
    monkeypatch.chdir(tmp_path)
    again = load_rules(bundled_rules_dir())
    assert render_catalogue(again, "markdown", "vi") == md


def test_unknown_format_is_refused(pack: RulePack) -> None:
    with pytest.raises(ValueError, match="pdf"):
        render_catalogue(pack, "pdf")  # type: ignore[arg-type]


# ---- drawn from the pack given

def test_a_changed_pack_changes_the_catalogue(tmp_path: Path, md: str) -> None:
    copy = tmp_path / "xa-khac"
    shutil.copytree(bundled_rules_dir(), copy)
    tasks = copy / "tasks.yaml"
    text = tasks.read_text(encoding="utf-8")
    text = text.replace('content: "Công bố danh mục TTHC"', 'content: "Công bố | cập nhật danh mục TTHC"')
    text = text.replace('clause: "Phụ lục, mục 7"', 'clause: "Phụ lục, mục 7 (sửa)"')
    tasks.write_text("# một dòng chú thích thêm ở đầu\n" + text, encoding="utf-8")
    changed = render_catalogue(load_rules(copy), "markdown", "vi")
    block = _block(changed, "nhiem-vu-7")
    assert "#### Nhiệm vụ 7. Công bố \\| cập nhật danh mục TTHC\n" in block
    assert "- **Điều khoản:** Phụ lục, mục 7 (sửa)\n" in block
    old_line = int(re.search(r"tasks\.yaml:(\d+)", _block(md, "nhiem-vu-7"))[1])  # type: ignore[index]
    assert f"- **Vị trí:** tasks.yaml:{old_line + 1}\n" in block
    assert "thư mục xa-khac" in changed
    summary = next(line for line in changed.splitlines() if line.startswith("| 7 |"))
    assert len(_cells(summary)) == 5


# ---- the command

def test_cli_writes_markdown_to_stdout_and_html_to_a_file(tmp_path: Path, md: str, html: str) -> None:
    result = runner.invoke(app, ["catalogue"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == md
    out = tmp_path / "danh-muc.html"
    result = runner.invoke(app, ["catalogue", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == html


def test_cli_bad_pack_exits_2_without_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["catalogue", "--rules", str(tmp_path / "khong-co")])
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr


def test_cli_output_in_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["catalogue", "-o", str(tmp_path / "khong-co" / "danh-muc.md")])
    assert result.exit_code == 2
    flat = re.sub(r"[\s│╭╮╰╯─]", "", result.stderr)  # rich wraps the message in a box
    assert "khong-co" in flat and "khôngcó" in flat
    assert not (tmp_path / "khong-co").exists()
