"""The batch command: unit discovery, identity override, ranking with ties, broken units listed
with their problems while the others are ranked, and output identical whatever --jobs is."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cchc_rules.batch.discover import discover_units
from cchc_rules.batch.progress import PlainProgress
from cchc_rules.batch.ranking import rank
from cchc_rules.batch.run import BatchResult, run_batch
from cchc_rules.batch.summary import write_json
from cchc_rules.cli import app
from cchc_rules.report.json_out import to_json
from cchc_rules.rulepack.load import bundled_rules_dir

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "truong-xuan"
runner = CliRunner()

UNIT_YAML = 'code: "31297"\nname: Xã Thạnh An\nprovince: Thành phố Cần Thơ\nprovince_code: "92"\n'


def _copy(target: Path) -> Path:
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def make_units(root: Path) -> Path:
    """Five folders: Trường Xuân as bundled; 31297 without its annual evidence (lower total) and
    named by its unit.yaml; 31300 an exact copy (ties with Trường Xuân); 31301 with an impossible
    date in its Q4 task status; and a folder with no code. Plus two ignored folders."""
    _copy(root / "31294-xa-truong-xuan")
    other = _copy(root / "31297-xa-thanh-an")
    (other / "unit.yaml").write_text(UNIT_YAML, encoding="utf-8")
    (other / "2026" / "evidence.csv").unlink()
    _copy(root / "31300-phuong-ban-sao")
    broken = _copy(root / "31301-xa-du-lieu-loi")
    status = broken / "2026-Q4" / "task_status.csv"
    status.write_text(status.read_text(encoding="utf-8").replace("08/07/2026", "31/02/2026", 1),
                      encoding="utf-8")
    _copy(root / "khong-co-ma")
    (root / "_nhap").mkdir()
    (root / ".an").mkdir()
    (root / "ghi-chu.txt").write_text("không phải thư mục đơn vị\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def units(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_units(tmp_path_factory.mktemp("batch") / "du-lieu")


@pytest.fixture(scope="module")
def result(units: Path) -> BatchResult:
    return run_batch(units, 2026, bundled_rules_dir(), jobs=1)


def _batch(*args: str) -> tuple[int, str, str]:
    got = runner.invoke(app, ["batch", "--year", "2026", *args])
    return got.exit_code, got.stdout, got.stderr


@pytest.fixture(scope="module")
def json_jobs_1(units: Path) -> str:
    code, out, err = _batch("--data", str(units), "--format", "json", "--jobs", "1")
    assert code == 0, err
    return out


# ---- discovery


def test_units_are_found_by_code_and_folders_without_one_are_skipped(units: Path) -> None:
    found, skipped = discover_units(units, 2026)
    assert [u.code for u in found] == ["31294", "31297", "31300", "31301"]
    assert [(s.code, s.reason) for s in skipped] == [(None, "no_code")]
    assert "khong-co-ma" in skipped[0].folder and skipped[0].problems[0].code == "batch_no_code"
    assert found[1].identity == {"code": "31297", "name": "Xã Thạnh An", "province": "Thành phố Cần Thơ",
                                 "province_code": "92"}


def test_duplicate_codes_mismatched_codes_and_bad_unit_files(tmp_path: Path) -> None:
    for name in ("31294-a", "31294-b", "31295-c", "31296-d", "tagged", "31299-no-data"):
        (tmp_path / name / "2026-Q1").mkdir(parents=True)
    shutil.rmtree(tmp_path / "31299-no-data" / "2026-Q1")
    (tmp_path / "31299-no-data" / "2025-Q4").mkdir()
    (tmp_path / "31295-c" / "unit.yaml").write_text('code: "31290"\n', encoding="utf-8")
    (tmp_path / "31296-d" / "unit.yaml").write_text('code: "3129"\nten: x\n', encoding="utf-8")
    (tmp_path / "tagged" / "unit.yaml").write_text('code: "31298"\n', encoding="utf-8")
    found, skipped = discover_units(tmp_path, 2026)
    assert [(u.code, u.folder.name) for u in found] == [("31294", "31294-a"), ("31298", "tagged")]
    reasons = {(s.code, s.reason) for s in skipped}
    assert reasons == {("31294", "duplicate_code"), ("31295", "code_mismatch"), ("31296", "unit_file"),
                       ("31299", "no_data")}
    bad = next(s for s in skipped if s.reason == "unit_file")
    assert {p.field for p in bad.problems} == {"code", "ten"}
    assert all(p.location.file.endswith("unit.yaml") and p.location.line for p in bad.problems)


# ---- ranking


def test_ranking_orders_by_total_then_code_with_ties_sharing_a_rank(result: BatchResult) -> None:
    rows = [(r["rank"], r["code"], r["tie"]) for r in result.ranking]
    assert rows == [(1, "31294", True), (1, "31300", True), (3, "31297", False)]
    totals = [r["total"] for r in result.ranking]
    assert totals[0] == totals[1] > totals[2]


def test_rank_is_competition_ranking() -> None:
    rows = [{"code": c, "total": t} for c, t in [("5", 70.0), ("4", 90.0), ("3", 90.0), ("2", 90.0), ("1", 80.0)]]
    assert [(r["rank"], r["code"]) for r in rank(rows)] == [(1, "2"), (1, "3"), (1, "4"), (4, "1"), (5, "5")]
    assert [r["tie"] for r in rank(rows)] == [True, True, True, False, False]


def test_a_row_has_points_per_area_findings_and_lagging_agencies(result: BatchResult, json_jobs_1: str) -> None:
    row = result.ranking[0]
    doc = json.loads(json_jobs_1)
    unit = next(u for u in doc["units"] if u["unit"]["code"] == row["code"])
    assert row["total"] == unit["score"]["total"] and row["classification"] == unit["score"]["classification"]
    index = [p for p in unit["score"]["criteria"] if p["kind"] == "index"]  # bonus, penalty: parts without areas
    assert [a["id"] for a in row["areas"]] == [a["id"] for p in index for a in p["criteria"]]
    assert sum(a["points"] for a in row["areas"]) == pytest.approx(sum(p["points"] for p in index))
    assert [p["id"] for p in row["parts"]] == ["A", "B", "C", "D"]
    assert row["findings"]["by_quarter"] == {q["period"]: q["summary"]["findings"] for q in unit["quarters"]}
    assert row["findings"]["year"] == sum(row["findings"]["by_quarter"].values()) > 0
    last = unit["quarters"][-1]
    assert row["lagging"] == {"period": "2026-Q4", "count": len(last["lagging_agencies"]),
                              "agencies": [a["agency"] for a in last["lagging_agencies"]]}


def test_the_period_option_chooses_the_lagging_quarter(units: Path) -> None:
    chosen = run_batch(units, 2026, bundled_rules_dir(), period="2026-Q2", jobs=1)
    assert {r["lagging"]["period"] for r in chosen.ranking} == {"2026-Q2"}


# ---- broken units


def test_a_unit_with_a_broken_data_file_is_listed_with_its_problem(result: BatchResult) -> None:
    broken = next(s for s in result.skipped if s.code == "31301")
    assert broken.reason == "facts_error"
    errors = [p for p in broken.problems if p.severity == "error"]
    assert errors and all(p.location.file.endswith("2026-Q4/task_status.csv") for p in errors)
    assert errors[0].location.line == 3
    assert "31301" not in [r["code"] for r in result.ranking]


def test_the_json_lists_skipped_units_with_structured_problems(json_jobs_1: str) -> None:
    doc = json.loads(json_jobs_1)
    assert doc["summary"]["found"] == 5 and doc["summary"]["scored"] == 3 and doc["summary"]["skipped"] == 2
    assert [(r["reason"], r["count"]) for r in doc["summary"]["skipped_by_reason"]] == [
        ("no_code", 1), ("facts_error", 1)]
    broken = next(s for s in doc["skipped"] if s["code"] == "31301")
    problem = next(p for p in broken["problems"] if p["severity"] == "error")
    assert set(problem) == {"file", "row", "field", "severity", "message", "hint"}
    assert problem["row"] == 3 and "31/02/2026" in problem["message"]
    assert [u["unit"]["code"] for u in doc["units"]] == ["31294", "31297", "31300"]


def test_a_unit_with_broken_own_rules_is_skipped_with_its_problems(tmp_path: Path) -> None:
    unit = _copy(tmp_path / "31294-xa-truong-xuan")
    shutil.copytree(bundled_rules_dir(), unit / "rules")
    plan = unit / "rules" / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("agencies:", "co_quan:", 1), encoding="utf-8")
    _copy(tmp_path / "31297-xa-khac")
    got = run_batch(tmp_path, 2026, bundled_rules_dir(), jobs=1)
    assert [r["code"] for r in got.ranking] == ["31297"]
    assert [(s.code, s.reason) for s in got.skipped] == [("31294", "rules_error")]
    assert any(p.location.file.endswith("rules/plan.yaml") for p in got.skipped[0].problems)


# ---- identity


def test_each_unit_speaks_for_itself_not_for_truong_xuan(json_jobs_1: str) -> None:
    doc = json.loads(json_jobs_1)
    names = {u["unit"]["code"]: u["unit"]["name"] for u in doc["units"]}
    assert names == {"31294": "xã Trường Xuân", "31297": "Xã Thạnh An", "31300": "Đơn vị hành chính 31300"}
    for unit in doc["units"]:
        assert unit["score"]["unit"] == unit["unit"]
        assert all(q["unit"] == unit["unit"] for q in unit["quarters"])
    assert {r["code"]: r["name"] for r in doc["ranking"]} == names


# ---- determinism and formats


def test_jobs_2_gives_the_same_bytes_as_jobs_1(units: Path, json_jobs_1: str) -> None:
    code, out, err = _batch("--data", str(units), "--format", "json", "--jobs", "2")
    assert code == 0, err
    assert out == json_jobs_1


def test_streamed_json_is_the_json_of_the_whole_document(json_jobs_1: str) -> None:
    assert to_json(json.loads(json_jobs_1)) == json_jobs_1


def test_streamed_json_without_units(tmp_path: Path) -> None:
    head = {"year": 2026, "ranking": [], "units": []}
    out = tmp_path / "out.json"
    with out.open("w", encoding="utf-8") as handle:
        write_json(head, tmp_path, [], handle)
    assert out.read_text(encoding="utf-8") == to_json(head)


def test_xlsx_has_the_ranking_and_skipped_sheets_and_is_stable(units: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for path in (first, second):
        code, _, err = _batch("--data", str(units), "--format", "xlsx", "-o", str(path), "--jobs", "1")
        assert code == 0, err
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as book:
        assert "2026-12-31" in book.read("docProps/core.xml").decode()
    wb = load_workbook(first)
    assert wb.sheetnames == ["Xếp hạng", "Đơn vị bỏ qua"]
    ranking, skipped = wb["Xếp hạng"], wb["Đơn vị bỏ qua"]
    header = _row_of(ranking, "Hạng")
    assert ranking.freeze_panes == f"A{header + 1}" and ranking.auto_filter.ref
    assert [row[2] for row in ranking.iter_rows(min_row=header + 1, values_only=True)] == ["31294", "31300", "31297"]
    top = _row_of(skipped, "Thư mục")
    assert skipped.freeze_panes == f"A{top + 1}"
    assert [row[1:3] for row in skipped.iter_rows(min_row=top + 1, values_only=True)] == [
        ("31301", "số liệu có lỗi"), (None, "thư mục không có mã đơn vị")]


def test_xlsx_has_titles_the_model_warning_and_prints_landscape_fitted(units: Path, tmp_path: Path) -> None:
    """Issue 12 item 11: titles, the model-rubric warning, landscape A4, repeated header rows, fit to width,
    areas named in the headers."""
    path = tmp_path / "xep-hang.xlsx"
    code, _, err = _batch("--data", str(units), "--format", "xlsx", "-o", str(path), "--jobs", "1")
    assert code == 0, err
    for ws in load_workbook(path).worksheets:
        header = _row_of(ws, "Hạng" if ws.title == "Xếp hạng" else "Thư mục")
        above = [str(ws.cell(r, 1).value) for r in range(1, header)]
        assert above[0].startswith(("XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "CÁC ĐƠN VỊ CHƯA ĐƯỢC CHẤM"))
        assert any("bộ chỉ số mô hình" in line and "không dùng để công bố" in line for line in above)
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == f"${header}:${header}"
    ranking = load_workbook(path)["Xếp hạng"]
    heads = [c.value for c in ranking[_row_of(ranking, "Hạng")]]
    assert "1. Chỉ đạo, điều hành CCHC (tối đa 11)" in heads


def _row_of(ws: Any, first: str) -> int:
    return next(r for r in range(1, 12) if ws.cell(r, 1).value == first)


def test_table_shows_ties_skipped_units_and_the_summary(units: Path) -> None:
    code, out, err = _batch("--data", str(units), "--jobs", "1")
    assert code == 0, err
    assert "1 (đồng hạng)" in out and "Xã Thạnh An" in out
    assert "thư mục không có mã đơn vị" in out and "31/02/2026" in out
    assert "Tìm thấy 5 đơn vị: chấm điểm 3, bỏ qua 2" in err
    assert "Đã xong 4/4 đơn vị" in err  # plain progress lines: stderr is not a terminal


def test_english_table_and_problems(units: Path) -> None:
    code, out, err = _batch("--data", str(units), "--jobs", "1", "--lang", "en")
    assert code == 0, err
    assert "Ranking 2026" in out and "1 (tie)" in out and "folder without a unit code" in out
    assert "does not start with a 5-digit unit code" in out
    assert "Found 5 units: scored 3, skipped 2" in err and "Done 4/4 units" in err


def test_html_page_shows_the_ranking_and_the_skipped_units(units: Path) -> None:
    code, out, err = _batch("--data", str(units), "--format", "html", "--jobs", "1")
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>") or out.lstrip().lower().startswith("<!doctype html>")
    assert "Xã Thạnh An" in out and "đồng hạng" in out and "31301" in out
    assert _batch("--data", str(units), "--format", "html", "--jobs", "1")[1] == out


def test_usage_errors(units: Path, tmp_path: Path) -> None:
    assert _batch("--data", str(units), "--format", "xlsx")[0] == 2
    assert _batch("--data", str(units), "--period", "2025-Q4")[0] == 2
    assert _batch("--data", str(tmp_path / "khong-co"))[0] == 2
    code, _, err = _batch("--data", str(tmp_path), "--jobs", "1")  # nothing to rank
    assert code == 2 and "Tìm thấy 0 đơn vị" in err


def test_plain_progress_prints_every_tenth(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    with log.open("w", encoding="utf-8") as stream, PlainProgress(25, "vi", stream) as progress:
        for _ in range(25):
            progress.advance()
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Đã xong 2/25 đơn vị" and lines[-1] == "Đã xong 25/25 đơn vị"
    assert len(lines) == 13


def _points(nodes: list[dict[str, Any]]) -> list[tuple[str, float]]:
    """(id, points) of every node of a score tree, depth first (traces name other folders)."""
    return [pair for n in nodes for pair in [(n["id"], n["points"]), *_points(n["criteria"])]]


def _unit(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(u for u in doc["units"] if u["unit"]["code"] == code)


def test_full_results_of_a_unit_match_evaluate_and_score(json_jobs_1: str) -> None:
    doc = json.loads(json_jobs_1)
    unit = _unit(doc, "31294")
    got = runner.invoke(app, ["score", "--year", "2026", "--data", str(DATA), "--format", "json"])
    assert got.exit_code == 0
    alone = json.loads(got.stdout)
    assert unit["score"]["total"] == alone["total"]
    assert _points(unit["score"]["criteria"]) == _points(alone["criteria"])
    got = runner.invoke(app, ["evaluate", "--period", "2026-Q4", "--data", str(DATA), "--format", "json"])
    quarter = json.loads(got.stdout)
    assert [f["id"] for f in unit["quarters"][-1]["findings"]] == [f["id"] for f in quarter["findings"]]
    assert unit["quarters"][-1]["lagging_agencies"] == quarter["lagging_agencies"]


def test_for_unit_copies_the_pack_with_the_unit_s_identity() -> None:
    from cchc_rules.batch.work import for_unit
    from cchc_rules.rulepack.load import load_rules

    pack = load_rules(bundled_rules_dir())
    own = pack.plan.plan.unit
    assert for_unit(pack, own.code, {}) is pack
    other = for_unit(pack, "31300", {"name": "Phường An Bình"})
    unit = other.plan.plan.unit
    assert (unit.code, unit.name, unit.kind, unit.province) == ("31300", "Phường An Bình", "phuong", own.province)
    assert pack.plan.plan.unit == own and own.code == "31294"  # the cached pack is left as it was
    assert other.tasks is pack.tasks and other.plan.agencies == pack.plan.agencies
    nameless = for_unit(pack, "31301", {}).plan.plan.unit
    assert (nameless.code, nameless.name) == ("31301", "Đơn vị hành chính 31301")


def test_html_warns_of_the_model_rubric_plots_dots_names_areas_and_lists_problems(units: Path,
                                                                                   tmp_path: Path) -> None:
    """Issue 12 item 11 on the page: the model warning, a dot plot whose axis does not start at 0 with
    the classification bands, area names in the ranking, and each skipped unit's problems (not a count)."""
    page = tmp_path / "xep-hang.html"
    code, _, err = _batch("--data", str(units), "--format", "html", "-o", str(page), "--jobs", "1")
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert 'class="warning model-rubric"' in html and "không dùng để công bố kết quả" in html
    chart = html[html.index('aria-labelledby="totals-t'):]
    chart = chart[: chart.index("</svg>")]
    assert chart.count("<circle") == 3  # one dot per ranked unit
    assert '<g class="band">' in chart and "Tốt" in chart and "Xuất sắc" in chart
    assert "1. Chỉ đạo, điều hành CCHC</th>" in html
    assert "31/02/2026" in html and "task_status.csv:" in html  # the problem itself, at its file:row


def test_the_dot_plot_axis_starts_below_the_lowest_total_not_at_0() -> None:
    """67 and 88 stand apart: the axis runs from 60 to 100, ticks every 10, a dot per unit."""
    from cchc_rules.report.html.svg import Band, Bar, dot_plot

    svg = dot_plot([Bar("Xã A", 88.0), Bar("Xã B", 67.0)], [Band("Tốt", 80, 90), Band("Khá", 70, 80)],
                   "Tổng điểm", "mô tả", "p")
    ticks = [t.split("<", 1)[0] for t in svg.split('class="val">')[1:]][:5]
    assert ticks == ["60", "70", "80", "90", "100"]
    circles = [float(c.split('cx="', 1)[1].split('"', 1)[0]) for c in svg.split("<circle")[1:]]
    assert circles[0] - circles[1] > 150  # 21 points apart take over a third of the plot's width
