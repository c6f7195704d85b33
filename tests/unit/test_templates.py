"""Agency templates (`cchc-rules template`): what each agency owes, the workbook's sheets, headers,
drop-downs and formats, determinism, and the round trip: templates filled with the bundled 2026-Q3
figures load back (`evaluate --data`) and give the same findings as the bundled data."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from cchc_rules import load_rules
from cchc_rules.cli import app
from cchc_rules.engine import EngineHost
from cchc_rules.pipeline import Workspace, evaluate
from cchc_rules.facts.load import load_facts, read_facts
from cchc_rules.facts.models import FactSet
from cchc_rules.obligations import build_obligations
from cchc_rules.periods import Quarter, default_as_of
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.templates import file_name, write_templates
from cchc_rules.templates.owed import owed_in_quarter

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "truong-xuan"
Q3 = Quarter(2026, 3)
STATUS_WORDS = {"not_started": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Đã hoàn thành"}
runner = CliRunner()


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_rules(None)


@pytest.fixture(scope="module")
def templates(pack: RulePack, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("templates")
    write_templates(pack, Q3, out)
    return out


def _header(ws: Worksheet) -> list[str]:
    return [c.value for c in ws[1]]


def _col(ws: Worksheet, header: str) -> int:
    return _header(ws).index(header) + 1


# ---------------------------------------------------------------- what is owed, which files


def test_one_workbook_per_agency_that_owes_something(templates: Path) -> None:
    names = sorted(p.name for p in (templates / "2026-Q3").iterdir())
    assert names == sorted(file_name(code) for code in ("VHXH", "VP", "KT", "TTPVHCC"))


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_templates_list_everything_the_quarter_check_looks_for(pack: RulePack, number: int) -> None:
    """Every task, indicator and report the check makes an obligation of is in its agency's template."""
    quarter = Quarter(2026, number)
    as_of = default_as_of(pack.reporting.calendar, quarter, pack.reporting.duties)
    needed = build_obligations(pack, FactSet(period=str(quarter)), quarter, as_of)
    listed = set()
    for owed in owed_in_quarter(pack, quarter):
        listed |= {("task", owed.agency, d.task.number) for d in owed.tasks}
        listed |= {("indicator", owed.agency, i.id) for i in owed.indicators}
        listed |= {("report", owed.agency, r.duty.id, r.period) for r in owed.reports}
    for obligation in needed:
        fact = obligation.fact
        key = {"task": lambda f: ("task", f["lead"], f["task"]),
               "indicator": lambda f: ("indicator", f["agency"], f["indicator"]),
               "report": lambda f: ("report", f["agency"], f["duty"], f["period"])}[fact["kind"]](fact)
        assert key in listed, key


def test_a_task_due_in_a_later_year_is_not_owed(pack: RulePack) -> None:
    tasks = {d.task.number for owed in owed_in_quarter(pack, Q3) for d in owed.tasks}
    assert 31 not in tasks  # "Tổ chức tổng kết giai đoạn CCHC": once, by 2030
    assert {2, 21, 22} <= tasks  # due earlier and still checked each quarter


# ---------------------------------------------------------------- the workbook


def test_sheets_headers_and_prefilled_ids(templates: Path) -> None:
    book = load_workbook(templates / "2026-Q3" / file_name("VHXH"))
    assert book.sheetnames == ["Hướng dẫn", "Tiến độ nhiệm vụ", "Chỉ số", "Báo cáo đã gửi"]
    tasks = book["Tiến độ nhiệm vụ"]
    assert _header(tasks)[:6] == ["Nhiệm vụ số", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Hạn trong kỳ",
                                  "Cơ quan chủ trì", "Tình trạng (*)"]
    assert [tasks.cell(r, 1).value for r in range(2, tasks.max_row + 1)] == [
        13, 14, 15, 16, 17, 18, 19, 20, 26, 27, 28, 29, 30]
    assert {tasks.cell(r, 5).value for r in range(2, tasks.max_row + 1)} == {"VHXH"}
    assert all(tasks.cell(r, 6).value is None for r in range(2, tasks.max_row + 1))  # values left empty
    assert tasks.freeze_panes == "A2"
    reports = book["Báo cáo đã gửi"]
    rows = [[c.value for c in row] for row in reports.iter_rows(min_row=2)]
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [
        ("VHXH", "bao-cao-dinh-ky", "2026-Q3", dt.datetime(2026, 9, 16)),
        ("VHXH", "bao-cao-tong-hop", "2026-Q3", dt.datetime(2026, 9, 18))]
    guide = [c.value for c in book["Hướng dẫn"]["A"] if c.value]
    assert guide[0] == "BIỂU MẪU BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ III/2026"
    assert any("CHƯA BÁO CÁO" in line for line in guide)


def test_status_drop_down_date_and_percent_formats(templates: Path) -> None:
    book = load_workbook(templates / "2026-Q3" / file_name("TTPVHCC"))
    tasks = book["Tiến độ nhiệm vụ"]
    lists = [v for v in tasks.data_validations.dataValidation if v.type == "list"]
    assert [v.formula1 for v in lists] == ['"Chưa thực hiện,Đang thực hiện,Đã hoàn thành"']
    status = get_column_letter(_col(tasks, "Tình trạng (*)"))
    assert str(lists[0].sqref) == f"{status}2:{status}{tasks.max_row}"
    assert tasks.cell(2, _col(tasks, "Ngày hoàn thành")).number_format == "dd/mm/yyyy"
    values = book["Chỉ số"]
    assert values.cell(2, _col(values, "Giá trị")).number_format == "0.00%"
    assert values.cell(2, _col(values, "Tử số")).number_format == "0"
    kinds = {v.type for v in values.data_validations.dataValidation}
    assert kinds == {"decimal", "whole"}


def test_same_pack_gives_byte_identical_templates(pack: RulePack, tmp_path: Path) -> None:
    first = write_templates(pack, Q3, tmp_path / "a", "VP")
    second = write_templates(pack, Q3, tmp_path / "b", "VP")
    assert len(first) == 1
    assert first[0].read_bytes() == second[0].read_bytes()


def test_english_templates_load_too(pack: RulePack, tmp_path: Path) -> None:
    written = write_templates(pack, Q3, tmp_path, "KT", "en")
    book = load_workbook(written[0])
    assert book.sheetnames == ["Instructions", "task_status", "report_submissions"]
    _, problems = read_facts(tmp_path / "2026-Q3", pack, "2026-Q3")
    assert {p.code for p in problems} == {"fact_rows_not_filled"}


# ---------------------------------------------------------------- loading back


def test_unfilled_templates_load_without_errors(pack: RulePack, templates: Path) -> None:
    facts, problems = read_facts(templates / "2026-Q3", pack, "2026-Q3")
    assert problems, "each sheet says its rows are not reported yet"
    assert {(p.code, p.severity) for p in problems} == {("fact_rows_not_filled", "warning")}
    assert facts.task_status == facts.indicator_values == facts.report_submissions == ()
    assert facts.counts.total.read == 0
    vhxh = next(p for p in problems if p.location.file.endswith("bieu-mau-VHXH.xlsx[Tiến độ nhiệm vụ]"))
    assert vhxh.params["count"] == 13 and vhxh.params["rows"] == "2–14"


def _fill(folder: Path, facts: FactSet) -> int:
    """Write the bundled facts into the templates of `folder`, as an agency would; returns the rows filled."""
    tasks = {(f.task, f.agency): f for f in facts.task_status}
    values = {(f.indicator, f.agency): f for f in facts.indicator_values}
    reports = {(f.agency, f.duty, f.period): f for f in facts.report_submissions}
    filled = 0
    for path in sorted(folder.glob("bieu-mau-*.xlsx")):
        book = load_workbook(path)
        for ws in book.worksheets[1:]:
            filled += _fill_sheet(ws, tasks, values, reports)
        book.save(path)
    return filled


def _fill_sheet(ws: Worksheet, tasks: dict[Any, Any], values: dict[Any, Any], reports: dict[Any, Any]) -> int:
    col = {h: i for i, h in enumerate(_header(ws), start=1)}
    filled = 0
    for row in range(2, ws.max_row + 1):
        cell = {h: ws.cell(row, i) for h, i in col.items()}
        if ws.title == "Tiến độ nhiệm vụ":
            fact = tasks.get((cell["Nhiệm vụ số"].value, cell["Cơ quan chủ trì"].value))
            pairs = {"Tình trạng (*)": STATUS_WORDS[fact.status] if fact else None,
                     "Ngày hoàn thành": fact and fact.completed_on, "Số, ngày văn bản": fact and fact.product_ref,
                     "Ngày ban hành": fact and fact.product_date, "Ghi chú": fact and fact.note}
        elif ws.title == "Chỉ số":
            fact = values.get((cell["Mã chỉ số"].value, cell["Đơn vị báo cáo"].value))
            percent = cell["Đơn vị tính"].value == "%"
            pairs = {"Tử số": fact and fact.numerator, "Mẫu số": fact and fact.denominator,
                     "Giá trị": fact and (fact.value / 100 if percent else fact.value),
                     "Nguồn số liệu": fact and fact.data_source, "Ghi chú": fact and fact.note}
        else:
            fact = reports.get((cell["Cơ quan gửi"].value, cell["Loại báo cáo"].value, cell["Kỳ báo cáo"].value))
            pairs = {"Ngày gửi (*)": fact and fact.received_on, "Số ký hiệu": fact and fact.document_ref,
                     "Ghi chú": fact and fact.note}
        for header, value in pairs.items():
            cell[header].value = value or None
        filled += fact is not None
    return filled


def _comparable(findings: Any) -> list[dict[str, Any]]:
    out = []
    for finding in findings:
        data = finding.to_json()
        data["trace"] = {k: v for k, v in data["trace"].items() if k != "facts"}
        if data["explanation"]:  # the explanations row it was read from moves too
            data["explanation"]["trace"] = {k: v for k, v in data["explanation"]["trace"].items() if k != "facts"}  # file names differ
        out.append(data)
    return out


def test_filled_templates_load_back_with_the_same_findings(pack: RulePack, templates: Path, tmp_path: Path,
                                                         engine_host: EngineHost) -> None:
    folder = tmp_path / "data" / "2026-Q3"
    shutil.copytree(templates / "2026-Q3", folder)
    bundled = load_facts(DATA / "2026-Q3", pack, "2026-Q3")
    filled = _fill(folder, bundled)
    assert filled == 28 + 13 + 5  # the tasks due or running, every indicator, every report received
    for name in ("explanations.csv", "pakn.csv"):  # not owed ahead of time: not in the templates
        shutil.copy(DATA / "2026-Q3" / name, folder / name)
    expected = evaluate(Workspace(pack, DATA, host=engine_host), Q3)
    got = evaluate(Workspace(pack, tmp_path / "data", host=engine_host), Q3)
    assert len(expected.findings) == 6  # one row per lapse (tests/golden/quarter-2026-Q3)
    assert got.warnings == ()
    assert [f.id for f in got.findings] == [f.id for f in expected.findings]
    assert _comparable(got.findings) == _comparable(expected.findings)


# ---------------------------------------------------------------- the command


def test_cli_one_agency_writes_one_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["template", "--period", "2026-Q3", "--agency", "VHXH", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "2026-Q3").iterdir()] == ["bieu-mau-VHXH.xlsx"]
    assert result.stdout.strip().endswith("bieu-mau-VHXH.xlsx")


def test_cli_agency_by_name_any_case(tmp_path: Path) -> None:
    result = runner.invoke(app, ["template", "--period", "2026-Q3", "--agency", "phòng kinh tế", "-o",
                                 str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "2026-Q3").iterdir()] == ["bieu-mau-KT.xlsx"]


def test_cli_agency_owing_nothing_gets_no_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["template", "--period", "2026-Q3", "--agency", "CQLQ", "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert not (tmp_path / "2026-Q3").exists()
    assert "CQLQ không có nhiệm vụ, chỉ số hay báo cáo nào" in result.stderr


def test_cli_unknown_agency_is_a_usage_error_with_a_suggestion(tmp_path: Path) -> None:
    result = runner.invoke(app, ["template", "--period", "2026-Q3", "--agency", "VHX", "-o", str(tmp_path)])
    assert result.exit_code == 2
    text = " ".join(result.stderr.replace("│", " ").split())
    assert "'VHX' không phải mã cơ quan của bộ quy tắc. Có phải ý bạn là 'VHXH'?" in text
    assert not (tmp_path / "2026-Q3").exists()


def test_cli_evaluate_reads_a_filled_template_folder(pack: RulePack, templates: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "du-lieu" / "2026-Q3"
    shutil.copytree(templates / "2026-Q3", folder)
    _fill(folder, load_facts(DATA / "2026-Q3", pack, "2026-Q3"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["evaluate", "--period", "2026-Q3", "--data", "du-lieu", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "Đã đọc 46 dòng: dùng 46, loại 0, trùng 0." in result.stderr
    assert '"2026-Q3/task-overdue/21.0.2026"' in result.stdout


# ---------------------------------------------------------------- issue 12 item 10: what the rows say, print


def test_each_indicator_row_shows_its_target_and_its_numerator_and_denominator(pack: RulePack,
                                                                               templates: Path) -> None:
    targets = {t.indicator: t for t in pack.targets.targets}
    for path in sorted((templates / "2026-Q3").glob("*.xlsx")):
        book = load_workbook(path)
        if "Chỉ số" not in book.sheetnames:
            continue
        ws = book["Chỉ số"]
        goal, definition = _col(ws, "Chỉ tiêu phải đạt"), _col(ws, "Cách tính tử số, mẫu số")
        for row in range(2, ws.max_row + 1):
            indicator = next(i for i in pack.targets.indicators if i.id == ws.cell(row, _col(ws, "Mã chỉ số")).value)
            if indicator.id in targets:
                target = targets[indicator.id]
                assert f"đến năm {target.by_year}" in ws.cell(row, goal).value
                assert "." not in ws.cell(row, goal).value.replace("(mức giả định của bộ quy tắc)", "")  # 70 %, not 70.0
            if indicator.numerator:
                assert f"Tử số: {indicator.numerator}" in ws.cell(row, definition).value
                assert f"Mẫu số: {indicator.denominator or '—'}" in ws.cell(row, definition).value


def test_an_assumed_yearly_level_is_labelled_in_the_template(templates: Path) -> None:
    cells = [str(c.value) for path in (templates / "2026-Q3").glob("*.xlsx")
             for ws in load_workbook(path).worksheets if ws.title == "Chỉ số" for c in ws["E"]]
    assert any("năm 2026: ≥ 70 % (mức giả định của bộ quy tắc); đến năm 2030: ≥ 90 %" in c for c in cells)


def test_the_guide_fits_the_page_and_holds_no_shell_command(templates: Path) -> None:
    from cchc_rules.templates.workbook import GUIDE_WIDTH, print_scale

    for path in sorted((templates / "2026-Q3").glob("*.xlsx")):
        guide = load_workbook(path)["Hướng dẫn"]
        text = " ".join(str(c.value) for c in guide["A"] if c.value)
        assert "cchc-rules" not in text and "--period" not in text and "--data" not in text
        assert guide.page_setup.orientation == "portrait" and int(guide.page_setup.fitToWidth) == 1
        assert guide.sheet_properties.pageSetUpPr.fitToPage
        assert guide.column_dimensions["A"].width == GUIDE_WIDTH
    assert print_scale([GUIDE_WIDTH], landscape=False) >= 0.95


def test_every_data_sheet_prints_at_9_pt_or_more(templates: Path) -> None:
    """Fitted to the width of A4 landscape, 12 pt cells print at ≥ 9 pt: a scale of at least 75 %."""
    from cchc_rules.templates.workbook import print_scale

    for path in sorted((templates / "2026-Q3").glob("*.xlsx")):
        for ws in load_workbook(path).worksheets[1:]:
            widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)]
            scale = print_scale(widths, landscape=True)
            size = min(c.font.sz for row in ws.iter_rows() for c in row if c.value is not None)
            assert size * scale >= 9, (path.name, ws.title, scale)
            assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.fitToWidth) == 1
