"""`cchc-rules index766` on the bundled pack and data, and on hostile or broken metric counts."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from cchc_rules.cli import app

runner = CliRunner()
HEADER = "unit,period,metric,numerator,denominator\n"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["index766", *args])
    return result.exit_code, result.stdout, result.stderr


def test_bundled_json_ranks_every_unit_and_is_byte_identical() -> None:
    code, out, _ = run("--period", "2026-Q3", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["index"]["id"] == "chi-so-766-2026"
    assert [(u["rank"], u["unit"]) for u in doc["units"]] == [(1, "92"), (2, "31294")]
    commune = doc["units"][1]
    assert [g["id"] for g in commune["groups"]] == ["TRANSPARENCY", "PROGRESS", "ONLINE_SERVICE", "DIGITISATION",
                                                   "ONLINE_PAYMENT", "SATISFACTION"]
    assert commune["total"] == 85.83 and commune["band"]["label"] == "Khá"
    assert round(sum(g["points"] for g in commune["groups"]), 2) == commune["total"]
    paid = next(i for g in commune["groups"] for i in g["indicators"] if i["metric"] == "PAYMENT_FORMALITY_PAID")
    assert {k: paid[k] for k in ("numerator", "denominator", "rate", "points", "max")} == \
        {"numerator": 19, "denominator": 27, "rate": 70.37, "points": 1.76, "max": 2.0}
    assert paid["source"] == "data/truong-xuan/chi-so-766/metric_counts.csv:15"
    publish = commune["groups"][0]["indicators"][0]
    assert publish["inherited_from"] == "92"
    assert run("--period", "2026-Q3", "--format", "json")[1] == out


def test_one_unit_and_explain() -> None:
    code, out, _ = run("--period", "2026-Q3", "--unit", "31294", "--format", "json")
    assert code == 0 and [u["unit"] for u in json.loads(out)["units"]] == ["31294"]
    code, out, _ = run("--period", "2026-Q3", "--unit", "31294", "--explain", "PAYMENT_FORMALITY_PAID")
    assert code == 0
    assert "min(2, 2,5 × 0,7037) = 1,76" in out and "metric_counts.csv:15" in out and "19 / 27" in out


def test_usage_errors_exit_2_with_a_reason() -> None:
    assert run("--period", "2026-Q5")[0] == 2
    code, _, err = run("--period", "2026-Q3", "--unit", "99999")
    assert code == 2 and "31294" in err
    code, _, err = run("--period", "2026-Q3", "--unit", "31294", "--explain", "PAYMENT_FORMALITY_PAD")
    assert code == 2 and "PAYMENT_FORMALITY_PAID" in err


def test_bad_rows_are_all_reported_with_file_and_row(tmp_path: Path) -> None:
    (tmp_path / "metric_counts.csv").write_text(
        HEADER + "31294,2026-Q3,DOSSIER_ON_TIME,12,10\n31294,2026-13,DOSSIER_SYNC,1,2\n"
        "31294,2026-Q3,DOSSIER_SYNC,-1,2\n31294,2026-Q3,DOSSIER_SYNC,x,2\n", encoding="utf-8")
    code, out, err = run("--period", "2026-Q3", "--data", str(tmp_path))
    assert code == 2 and out == ""
    for row in (2, 3, 4, 5):
        assert f"metric_counts.csv:{row}" in err
    assert "Traceback" not in err


def test_hostile_text_is_escaped_in_html_and_kept_as_text_in_xlsx(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "metric_counts.csv").write_text(
        HEADER + '"<script>alert(1)</script>",2026-Q3,DOSSIER_ON_TIME,1,2\n"=HYPERLINK(""x"")",2026-Q3,DOSSIER_ON_TIME,1,2\n',
        encoding="utf-8")
    (tmp_path / "out").mkdir()
    page = tmp_path / "out" / "out.html"
    assert run("--period", "2026-Q3", "--data", str(tmp_path / "in"), "--format", "html", "-o", str(page))[0] == 0
    text = page.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    book = tmp_path / "out" / "out.xlsx"
    assert run("--period", "2026-Q3", "--data", str(tmp_path / "in"), "--format", "xlsx", "-o", str(book))[0] == 0
    ws = load_workbook(book)["Xếp hạng"]
    cells = [c.value for row in ws.iter_rows() for c in row]
    assert any(isinstance(v, str) and v.startswith("=HYPERLINK") for v in cells)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_month_and_year_periods_are_scored(tmp_path: Path) -> None:
    (tmp_path / "metric_counts.csv").write_text(
        HEADER + "31294,2026-07,DOSSIER_ON_TIME,9,10\n31294,2026,DOSSIER_ON_TIME,1,2\n", encoding="utf-8")
    for period, expected in (("2026-07", 18.0), ("2026", 10.0)):
        code, out, _ = run("--period", period, "--data", str(tmp_path), "--format", "json")
        assert code == 0
        assert json.loads(out)["units"][0]["groups"][1]["points"] == expected


def test_a_generated_commune_export_is_scored_from_dossier_rows(tmp_path: Path) -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "generate_dossiers.py"
    spec = importlib.util.spec_from_file_location("generate_dossiers", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(tmp_path / "ds", 2000, "2026-Q3", "commune", "parquet", 766)
    code, out, err = run("--period", "2026-Q3", "--data", str(tmp_path / "ds"), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    commune = next(u for u in doc["units"] if u["unit"] != "92")
    on_time = commune["groups"][1]["indicators"][0]
    assert on_time["metric"] == "DOSSIER_ON_TIME" and on_time["denominator"] > 0
    assert on_time["points"] == round(20 * on_time["numerator"] / on_time["denominator"] + 1e-9, 2)
    assert ".parquet" in on_time["source"]
    assert run("--period", "2026-Q3", "--data", str(tmp_path / "ds"), "--format", "json")[1] == out


def test_the_json_validates_against_the_published_schema() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((Path(__file__).resolve().parents[2] / "schema" / "output" / "index766.schema.json")
                        .read_text(encoding="utf-8"))
    doc = json.loads(run("--period", "2026-Q3", "--format", "json")[1])
    assert [e.message for e in Draft202012Validator(schema).iter_errors(doc)] == []
    doc["units"][0]["groups"][0]["indicators"][0]["points"] = "5,75"
    assert list(Draft202012Validator(schema).iter_errors(doc))


def test_table_shows_unit_text_as_typed_in_english_too(tmp_path: Path) -> None:
    (tmp_path / "metric_counts.csv").write_text(HEADER + '"[red]X[/red]",2026-Q3,DOSSIER_ON_TIME,1,2\n', encoding="utf-8")
    code, out, _ = run("--period", "2026-Q3", "--data", str(tmp_path), "--lang", "en")
    assert code == 0
    assert "[red]X[/red]" in out and "Ranking" in out and "24 / 100" in out  # markup shown as typed; 10 + 2 + 6 + 6
