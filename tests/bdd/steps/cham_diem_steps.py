"""Steps of scenarios/cham_diem.feature: put the scenario's rubric into a copy of the bundled
pack, write the year's data folder from the tables, run `cchc-rules score --format json` and
read the points it prints.

The vocabulary of the quarter check is reused: "một bản sao của bộ quy tắc … đi kèm" copies the
pack (kiem_tra_quy_tac_steps), and "tiến độ nhiệm vụ quý 2026-Q4 có các dòng sau:" writes a
quarter folder (kiem_tra_quy_steps). The annual tables (số đo, tài liệu kiểm chứng, điểm chấm
tay) go in the same data folder, in its folder "2026", as CSV files with the table's headers.

The command runs in-process (typer's CliRunner on `cchc_rules.cli.app`) in the scenario's
temporary folder, as `score --year 2026 --rules quy-tac --data du-lieu --format json`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from cchc_rules import load_rules
from cchc_rules.cli import app

try:  # imported as `steps.cham_diem_steps` by test_scenarios.py
    from steps.kiem_tra_quy_steps import DATA, PACK_COPY, QuarterCheck, Table, _merge, _rows, _write
except ModuleNotFoundError:  # imported as a top-level module by --doctest-modules
    from kiem_tra_quy_steps import DATA, PACK_COPY, QuarterCheck, Table, _merge, _rows, _write

# Annual table names used in the steps → (file stem, key columns: a row with the same key replaces).
ANNUAL_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "số đo": ("measures", ("số đo",)),
    "tài liệu kiểm chứng": ("evidence", ("tiêu chí", "tài liệu")),
    "điểm chấm tay": ("manual_points", ("tiêu chí",)),
    "tiêu chí không áp dụng": ("not_applicable", ("tiêu chí",)),
    "phiếu khảo sát": ("survey_answers", ("phiếu", "câu hỏi")),
    "kết quả thẩm định": ("tham-dinh", ("tiêu chí", "vòng")),
}


@dataclass
class Scoring:
    """The JSON that the last `score` run printed."""

    doc: dict[str, Any] | None = None
    errors: list[str] | None = None  # stderr lines of a run that stopped on bad data
    explained: str = ""  # what the last `explain` printed

    def nodes(self) -> dict[str, dict[str, Any]]:
        """Every part, area, criterion and sub-criterion by id."""
        assert self.doc is not None, "no score run yet"
        found: dict[str, dict[str, Any]] = {}
        stack = list(self.doc["criteria"])
        while stack:
            node = stack.pop()
            found[node["id"]] = node
            stack.extend(node["criteria"])
        return found


@pytest.fixture
def cham_diem() -> Scoring:
    return Scoring()


def _number(text: str) -> Decimal:
    """A number as the tables write it, with a decimal comma: "3,34" → Decimal("3.34")."""
    return Decimal(text.strip().replace(",", "."))


def _shown(value: float | Decimal) -> str:
    """A number as the tables write it: Decimal 3.340 → "3,34", 4.0 → "4"."""
    text = f"{Decimal(str(value)).normalize():f}"
    return text.replace(".", ",")


# ---- Cho

@given(parsers.parse("bộ chỉ số chấm điểm năm {year:d} của bản sao là:"))
def rubric_file(quy: QuarterCheck, year: int, docstring: str) -> None:
    assert quy.pack.is_dir(), "copy the bundled pack first"
    (quy.pack / "scoring" / f"{year}.yaml").write_text(docstring + "\n", encoding="utf-8")


@given(parsers.re(r"(?P<name>số đo|tài liệu kiểm chứng|điểm chấm tay|tiêu chí không áp dụng|phiếu khảo sát"
                  r"|kết quả thẩm định) năm (?P<year>\d{4}) có các dòng sau:"))
def annual_rows(quy: QuarterCheck, name: str, year: str, datatable: list[list[str]]) -> None:
    kind, key = ANNUAL_TABLES[name]
    table = quy.data.setdefault(year, {}).setdefault(kind, Table([]))
    _merge(table, key, _rows(datatable))


@given(parsers.parse('chỉ tiêu "{target_id}" của bản sao có mốc lộ trình năm {year:d} là {value:g}%'))
def target_path_point(quy: QuarterCheck, target_id: str, year: int, value: float) -> None:
    """A precondition the scenario's arithmetic rests on, checked against the pack's targets."""
    target = next(t for t in load_rules(quy.pack).targets.targets if t.id == target_id)
    assert year < target.by_year and target.path.get(year) == value, (target.by_year, target.path)


@given(parsers.parse('trong bộ chỉ số năm {year:d} của bản sao, dòng "{old}" được sửa thành "{new}"'))
def edit_rubric_line(quy: QuarterCheck, year: int, old: str, new: str) -> None:
    path = quy.pack / "scoring" / f"{year}.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines.count(old) == 1, f"'{old}' is not one line of {path.name}"
    lines[lines.index(old)] = new
    path.write_text("\n".join(lines), encoding="utf-8")


# ---- Khi

@when(parsers.parse("tôi chấm điểm năm {year:d}"))
def score(quy: QuarterCheck, cham_diem: Scoring, year: int) -> None:
    _write(quy)
    (quy.cwd / DATA).mkdir(exist_ok=True)
    args = ["score", "--year", str(year), "--rules", PACK_COPY, "--data", DATA, "--format", "json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, f"exit {result.exit_code}\n{result.stdout}\n{result.stderr}"
    cham_diem.doc = json.loads(result.stdout)


@when(parsers.parse("tôi chấm điểm năm {year:d} và có lỗi số liệu"))
def score_with_data_errors(quy: QuarterCheck, cham_diem: Scoring, year: int) -> None:
    _write(quy)
    args = ["score", "--year", str(year), "--rules", PACK_COPY, "--data", DATA, "--format", "json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, f"exit {result.exit_code}\n{result.stdout}\n{result.stderr}"
    cham_diem.errors = result.stderr.splitlines()
@when(parsers.parse("tôi chấm điểm năm {year:d} với số liệu có lỗi"))
def score_with_errors(quy: QuarterCheck, year: int) -> None:
    """The score run that must refuse its data: exit code and messages kept for the Thì steps."""
    _write(quy)
    result = CliRunner().invoke(app, ["score", "--year", str(year), "--rules", PACK_COPY, "--data", DATA,
                                      "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    quy.exit_code, quy.stdout, quy.stderr = result.exit_code, result.stdout, result.stderr


@when(parsers.parse("tôi xem cách tính điểm tiêu chí {criterion} năm {year:d}"))
def explain_criterion(quy: QuarterCheck, cham_diem: Scoring, criterion: str, year: int) -> None:
    _write(quy)
    (quy.cwd / DATA).mkdir(exist_ok=True)
    result = CliRunner().invoke(app, ["explain", criterion, "--year", str(year), "--rules", PACK_COPY,
                                      "--data", DATA])
    assert result.exit_code == 0, result.stdout + result.stderr
    cham_diem.explained = result.stdout


# ---- Thì

@then(parsers.parse('phần giải thích tiêu chí có dòng "{line}"'))
def explained_line(cham_diem: Scoring, line: str) -> None:
    assert line in cham_diem.explained.splitlines(), cham_diem.explained


@then(parsers.parse('phần giải thích tiêu chí không có "{text}"'))
def explained_without(cham_diem: Scoring, text: str) -> None:
    assert text not in cham_diem.explained, cham_diem.explained


@then(parsers.parse("tài liệu đã đính kèm của tiêu chí {criterion} là:"))
def attached_documents(cham_diem: Scoring, criterion: str, datatable: list[list[str]]) -> None:
    node = cham_diem.nodes()[criterion]
    shown = [{"tài liệu": d["document"], "số, ký hiệu": d["number"] or "",
              "ngày": ".".join(reversed(d["date"].split("-"))).replace(".", "/") if d["date"] else "",
              "tệp": d["link"] or ""} for d in node["documents"]]
    assert shown == _rows(datatable), shown


@then("điểm thẩm định các tiêu chí là:")
def appraised_points(cham_diem: Scoring, datatable: list[list[str]]) -> None:
    nodes = cham_diem.nodes()
    expected = _rows(datatable)
    shown = []
    for row in expected:
        given = nodes[row["tiêu chí"]].get("appraisal")
        shown.append({"tiêu chí": row["tiêu chí"], "điểm thẩm định": _shown(given["points"]) if given else "",
                      "ý kiến thẩm định": (given or {}).get("comment") or ""})
    wanted = [{**row, "điểm thẩm định": _shown(_number(row["điểm thẩm định"])) if row["điểm thẩm định"] else ""}
              for row in expected]
    assert [{c: s[c] for c in expected[0]} for s in shown] == wanted, shown


@then(parsers.parse('tổng điểm thẩm định là {total}, xếp loại "{label}"'))
def appraised_total(cham_diem: Scoring, total: str, label: str) -> None:
    given = (cham_diem.doc or {}).get("appraisal")
    assert given and given["complete"], given
    assert (_shown(given["total"]), given["classification"]) == (_shown(_number(total)), label)


@then("chưa có tổng điểm thẩm định vì còn tiêu chí chưa thẩm định")
def appraisal_incomplete(cham_diem: Scoring) -> None:
    given = (cham_diem.doc or {}).get("appraisal")
    assert given is not None and not given["complete"] and given["total"] is None, given


@then("không có cột thẩm định nào được điền")
def no_appraisal(cham_diem: Scoring) -> None:
    assert cham_diem.doc is not None and cham_diem.doc["appraisal"] is None
    assert all(n.get("appraisal") is None for n in cham_diem.nodes().values())


@then("điểm các tiêu chí là:")
def points_are(cham_diem: Scoring, datatable: list[list[str]]) -> None:
    expected = _rows(datatable)
    nodes = cham_diem.nodes()
    missing = [row["tiêu chí"] for row in expected if row["tiêu chí"] not in nodes]
    assert not missing, f"no criterion {missing}; the rubric has {sorted(nodes)}"
    shown = [{"tiêu chí": row["tiêu chí"], "điểm": _shown(nodes[row["tiêu chí"]]["points"]),
              "ghi chú": nodes[row["tiêu chí"]].get("margin") or ""} for row in expected]
    wanted = [{**row, "điểm": _shown(_number(row["điểm"]))} for row in expected]
    assert [{c: s[c] for c in expected[0]} for s in shown] == wanted, shown


@then("tài liệu cần bổ sung là:")
def evidence_to_attach(cham_diem: Scoring, datatable: list[list[str]]) -> None:
    assert cham_diem.doc is not None
    shown = [{"tiêu chí": item["criterion"], "tài liệu": document}
             for item in cham_diem.doc["evidence_to_attach"] for document in item["documents"]]
    assert shown == _rows(datatable), shown


@then("không có tài liệu nào cần bổ sung")
def no_evidence_to_attach(cham_diem: Scoring) -> None:
    assert cham_diem.doc is not None
    assert cham_diem.doc["evidence_to_attach"] == []


@then(parsers.parse('tổng điểm là {total}, xếp loại "{label}"'))
def total_is(cham_diem: Scoring, total: str, label: str) -> None:
    doc = cham_diem.doc
    assert doc is not None
    assert (_shown(doc["total"]), doc["classification"]) == (_shown(_number(total)), label)


@then(parsers.parse("tổng điểm được quy đổi về thang 100 từ {raw} trên {available} điểm"))
def total_converted(cham_diem: Scoring, raw: str, available: str) -> None:
    doc = cham_diem.doc
    assert doc is not None
    shown = (doc["converted"], _shown(doc["raw_points"]), _shown(doc["max_available"]))
    assert shown == (True, _shown(_number(raw)), _shown(_number(available)))


@then("tổng điểm không phải quy đổi")
def total_not_converted(cham_diem: Scoring) -> None:
    doc = cham_diem.doc
    assert doc is not None
    assert (doc["converted"], doc["max_available"]) == (False, doc["rubric"]["total"])


@then(parsers.parse("điểm Chỉ số trước điểm thưởng, điểm trừ là {index}, điểm thưởng {bonus}, điểm trừ {penalty}"))
def index_bonus_penalty(cham_diem: Scoring, index: str, bonus: str, penalty: str) -> None:
    doc = cham_diem.doc
    assert doc is not None
    shown = (_shown(doc["index_total"]), _shown(doc["bonus"]), _shown(doc["penalty"]))
    assert shown == (_shown(_number(index)), _shown(_number(bonus)), _shown(_number(penalty)))


@then(parsers.parse('điểm của nhóm "{first}" là {first_points} từ {first_n:d} phiếu, nhóm "{second}" là '
                    '{second_points} từ {second_n:d} phiếu'))
def survey_groups(cham_diem: Scoring, first: str, first_points: str, first_n: int, second: str,
                  second_points: str, second_n: int) -> None:
    how = next(n for n in cham_diem.nodes().values() if n.get("method") == "survey")["trace"]["how"]
    shown = {g: (_shown(v["points"]), v["respondents"]) for g, v in how["groups"].items()}
    assert shown == {first: (_shown(_number(first_points)), first_n),
                     second: (_shown(_number(second_points)), second_n)}, shown


@then("lỗi số liệu có các dòng sau:")
def data_errors(cham_diem: Scoring, datatable: list[list[str]]) -> None:
    assert cham_diem.errors is not None, "no failed score run yet"
    for row in _rows(datatable):
        hits = [line for line in cham_diem.errors if row["vị trí"] in line and row["thông báo"] in line]
        assert hits, f"{row} not in:\n" + "\n".join(cham_diem.errors)
