"""Steps of scenarios/kiem_tra_quy*.feature: write a data folder of quarter facts as the agencies
hand them in, run `cchc-rules evaluate` on it, and read the JSON result it writes.

A data folder starts from a "clean" quarter generated from the bundled pack (every appendix task
done on time with its product, every indicator meeting the year's target, every periodic report
received on the cut-off day); the scenario's tables then replace or add rows. Tables are written
as CSV files with the Vietnamese column headers of the table, so the table *is* the file.

Commands run in-process (typer's CliRunner on `cchc_rules.cli.app`, with the working folder set
to the scenario's temporary folder), always with `--format json -o ket-qua.json`.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from cchc_rules import bundled_rules_dir, load_rules
from cchc_rules.cli import app

DATA = "du-lieu"  # the data folder's name, as printed paths show it
# Where "Cho một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm" (kiem_tra_quy_tac_steps)
# copies the pack: the same temporary folder, so a custom check can be added to the copy.
PACK_COPY = "quy-tac"
OUTPUT = "ket-qua.json"
CLEAN_DAY = "05/01"  # when the clean quarter's tasks were done: before any deadline of the year

# Table names used in the steps → (file stem, key columns: a row with the same key replaces).
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "tiến độ nhiệm vụ": ("task_status", ("nhiệm vụ",)),
    "giá trị chỉ số": ("indicator_values", ("chỉ số",)),
    "báo cáo đã nhận": ("report_submissions", ("cơ quan", "báo cáo", "kỳ")),
    "phản ánh, kiến nghị": ("pakn", ("số phản ánh",)),
    "giải trình": ("explanations", ("mã phát hiện", "đơn vị")),
}
CAUSES = {"khách quan": "objective", "chủ quan": "subjective"}
REPEAT_WORDS = {True: "có", False: "không", None: "không có dữ liệu"}  # as the table report shows

_COUNTS = re.compile(r"^Đã đọc (\d+) dòng: dùng (\d+), loại (\d+), trùng (\d+)\.$", re.MULTILINE)
_PROBLEM = re.compile(r"^(?P<where>\S+): (?P<field>[^:]+): (?P<message>.*)$")
_HINT = re.compile(r"^  gợi ý: (?P<hint>.*)$")


@dataclass
class Table:
    headers: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)


@dataclass
class QuarterCheck:
    """The scenario's data folder (by quarter, by kind) and the last `evaluate` run."""

    cwd: Path
    data: dict[str, dict[str, Table]] = field(default_factory=dict)
    other_files: dict[str, dict[str, Table]] = field(default_factory=dict)  # quarter → file → rows
    bundled_data: bool = False
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    result: dict[str, Any] | None = None
    history: list[dict[str, Any]] = field(default_factory=list)  # every result written, in order

    @property
    def findings(self) -> dict[str, dict[str, Any]]:
        assert self.result is not None, f"no result written\n{self.stderr}"
        return {f["id"]: f for f in self.result["findings"]}

    def finding(self, finding_id: str) -> dict[str, Any]:
        found = self.findings.get(finding_id)
        assert found is not None, f"no finding {finding_id}; found: {sorted(self.findings)}"
        return found

    @property
    def pack(self) -> Path:
        return self.cwd / PACK_COPY


@pytest.fixture
def quy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QuarterCheck:
    monkeypatch.chdir(tmp_path)
    return QuarterCheck(tmp_path)


# ---- the clean quarter

def _day(day_month: str, year: int) -> str:
    return f"{day_month}/{year}"


def _number(value: float) -> str:
    return f"{value:g}"


def _clean_value(target: Any, year: int) -> float:
    """A value that plainly meets a target in a year: 100% for "= 100", else 2 points above the
    year's minimum (its path point before by_year), so no early-warning check fires either."""
    if target.comparison == "=":
        return float(target.threshold)
    on_path = year < target.by_year and year in target.path
    return min(100.0, float(target.path[year] if on_path else target.threshold) + 2)


def _clean(quarter: str) -> dict[str, Table]:
    """Facts of a quarter in which every agency did everything on time (a fresh copy)."""
    return copy.deepcopy(_clean_quarter(quarter))


@functools.cache
def _clean_quarter(quarter: str) -> dict[str, Table]:
    pack = load_rules(bundled_rules_dir())
    year, number = int(quarter[:4]), int(quarter[-1])
    done = _day(CLEAN_DAY, year)
    tasks = Table(["nhiệm vụ", "trạng thái", "ngày hoàn thành", "sản phẩm"], [
        {"nhiệm vụ": str(t.number), "trạng thái": "Đã hoàn thành", "ngày hoàn thành": done,
         "sản phẩm": f"Văn bản số {t.number:02d}/KH-UBND ngày {done}"}
        for t in pack.tasks.tasks
    ])
    targets = {t.indicator: t for t in pack.targets.targets}
    value = {i.id: _clean_value(targets[i.id], year) if i.id in targets else 100.0
             for i in pack.targets.indicators}
    indicators = Table(["chỉ số", "giá trị"],
                       [{"chỉ số": i, "giá trị": _number(v)} for i, v in value.items()])
    periods = [p for p in pack.reporting.calendar.periods if p.quarter == number]
    reports = Table(["cơ quan", "báo cáo", "kỳ", "ngày nhận"], [
        {"cơ quan": agency, "báo cáo": duty.id, "kỳ": f"{year}-{p.id}",
         "ngày nhận": _day(p.ends, year)}
        for duty in pack.reporting.duties if duty.kind == "periodic"
        for p in periods if p.id in duty.periods
        for agency in duty.reporters
    ])
    return {"task_status": tasks, "indicator_values": indicators, "report_submissions": reports}


# ---- editing the data folder

def _rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    header, *rows = datatable
    return [dict(zip(header, row, strict=True)) for row in rows]


def _key(row: dict[str, str], columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(row.get(c, "").strip() for c in columns)


def _table(quy: QuarterCheck, quarter: str, name: str) -> tuple[Table, tuple[str, ...]]:
    assert name in TABLES, f"unknown table '{name}'; known: {', '.join(TABLES)}"
    kind, key = TABLES[name]
    tables = quy.data.setdefault(quarter, {})
    return tables.setdefault(kind, Table([])), key


def _merge(table: Table, key: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    """Rows with a known key replace that row (in place: other rows keep their number); others
    are added at the end. A column the table lacks is added to it."""
    table.headers += [c for c in rows[0] if c not in table.headers]
    where = {_key(r, key): i for i, r in enumerate(table.rows)}
    for row in rows:
        found = where.get(_key(row, key))
        if found is None:
            table.rows.append(row)
        else:
            table.rows[found] = row


def _write(quy: QuarterCheck) -> None:
    for quarter, tables in quy.data.items():
        files = {f"{kind}.csv": table for kind, table in tables.items() if table.rows}
        for name, table in {**files, **quy.other_files.get(quarter, {})}.items():
            folder = quy.cwd / DATA / quarter
            folder.mkdir(parents=True, exist_ok=True)
            with (folder / name).open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, table.headers, restval="")
                writer.writeheader()
                writer.writerows(table.rows)


# ---- Cho

@given(parsers.parse("số liệu quý {quarter} mà mọi cơ quan báo cáo đầy đủ, đúng hạn"))
def clean_data(quy: QuarterCheck, quarter: str) -> None:
    quy.data[quarter] = _clean(quarter)


@given(parsers.parse("{name} quý {quarter} có các dòng sau:"))
def table_rows(quy: QuarterCheck, name: str, quarter: str, datatable: list[list[str]]) -> None:
    table, key = _table(quy, quarter, name)
    _merge(table, key, _rows(datatable))


def _drop(quy: QuarterCheck, quarter: str, name: str, key: tuple[str, ...]) -> None:
    table, columns = _table(quy, quarter, name)
    before = len(table.rows)
    table.rows = [r for r in table.rows if _key(r, columns) != key]
    assert len(table.rows) == before - 1, f"no row {key} in {name} of {quarter}"


@given(parsers.parse("tiến độ nhiệm vụ quý {quarter} không có dòng của nhiệm vụ {task:d}"))
def task_missing(quy: QuarterCheck, quarter: str, task: int) -> None:
    _drop(quy, quarter, "tiến độ nhiệm vụ", (str(task),))


@given(parsers.parse('giá trị chỉ số quý {quarter} không có dòng của chỉ số "{indicator}"'))
def indicator_missing(quy: QuarterCheck, quarter: str, indicator: str) -> None:
    _drop(quy, quarter, "giá trị chỉ số", (indicator,))


@given(parsers.parse('cơ quan "{agency}" chưa gửi báo cáo "{duty}" kỳ {period}'))
def report_not_sent(quy: QuarterCheck, agency: str, duty: str, period: str) -> None:
    _drop(quy, _period_quarter(period), "báo cáo đã nhận", (agency, duty, period))


def _period_quarter(period: str) -> str:
    """The data folder (quarter) whose check a report period closes: 2026-H1 → 2026-Q2."""
    closes = {"Q1": 1, "H1": 2, "Q2": 2, "Q3": 3, "Q4": 4, "Y": 4}
    year, period_id = period.split("-")
    return f"{year}-Q{closes[period_id]}"


@given(parsers.parse('thư mục số liệu quý {quarter} có thêm tệp "{name}" gồm các dòng:'))
def other_file(quy: QuarterCheck, quarter: str, name: str, datatable: list[list[str]]) -> None:
    quy.other_files.setdefault(quarter, {})[name] = Table(list(datatable[0]), _rows(datatable))


@given("số liệu mẫu năm 2026 của xã Trường Xuân đi kèm")
def bundled_data(quy: QuarterCheck) -> None:
    quy.bundled_data = True


@given(parsers.parse("tôi thêm vào tệp checks.yaml của bản sao kiểm tra tùy chỉnh sau:"))
def add_custom_check(quy: QuarterCheck, datatable: list[list[str]]) -> None:
    keys = {"mã": "id", "tên": "title", "áp dụng cho": "applies_to", "điều kiện": "when",
            "thông báo": "message", "mức độ": "severity", "điều khoản": "clause"}
    path = quy.pack / "checks.yaml"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    for row in _rows(datatable):
        items = [(keys[c], v) for c, v in row.items()]
        # JSON strings are YAML double-quoted strings: no quoting traps in the condition.
        text += "".join(f"{'  - ' if i == 0 else '    '}{k}: {json.dumps(v, ensure_ascii=False)}\n"
                        for i, (k, v) in enumerate(items))
    path.write_text(text, encoding="utf-8")


@given(parsers.parse("tôi đổi số quý chậm trễ liền nhau phải báo Chủ tịch UBND xã "
                     "(repeat_quarters) thành {quarters:d}"))
def change_repeat_quarters(quy: QuarterCheck, quarters: int) -> None:
    path = quy.pack / "reporting.yaml"
    text, found = re.subn(r"(?m)^(\s*repeat_quarters:) \d+$", rf"\g<1> {quarters}",
                          path.read_text(encoding="utf-8"))
    assert found == 1, "no 'repeat_quarters' line in reporting.yaml"
    path.write_text(text, encoding="utf-8")


# ---- Khi

def _evaluate(quy: QuarterCheck, quarter: str, as_of: str | None = None) -> None:
    _write(quy)
    args = ["evaluate", "--period", quarter, "--format", "json", "-o", OUTPUT]
    if not quy.bundled_data:
        args += ["--data", DATA]
    if quy.pack.is_dir():
        args += ["--rules", quy.pack.name]
    if as_of:
        args += ["--as-of", as_of]
    if quy.bundled_data and not quy.pack.is_dir() and not as_of:
        # Bundled pack and data: same inputs give the same output, so run each quarter once.
        quy.exit_code, quy.stdout, quy.stderr, result = _bundled_run(tuple(args))
        quy.result = copy.deepcopy(result)
    else:
        quy.exit_code, quy.stdout, quy.stderr, quy.result = _invoke(quy.cwd, args)
    if quy.result is not None:
        quy.history.append(quy.result)
    # Every run, clean or not, says how many rows it read, used and rejected.
    counts = _COUNTS.findall(quy.stderr)
    assert len(counts) == 1, f"no 'Đã đọc … dòng' line\n{quy.stderr}"
    read, used, rejected, duplicates = map(int, counts[0])
    assert read == used + rejected + duplicates, quy.stderr


def _invoke(cwd: Path, args: list[str]) -> tuple[int, str, str, dict[str, Any] | None]:
    """Run the command in this process; the JSON it wrote, if any."""
    output = cwd / OUTPUT
    output.unlink(missing_ok=True)
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    written = json.loads(output.read_text(encoding="utf-8")) if output.exists() else None
    return result.exit_code, result.stdout, result.stderr, written


@functools.cache
def _bundled_run(args: tuple[str, ...]) -> tuple[int, str, str, dict[str, Any] | None]:
    return _invoke(Path.cwd(), list(args))


@when(parsers.re(r"tôi kiểm tra quý (?P<quarter>\d{4}-Q[1-4]) tính đến ngày (?P<as_of>\S+)"))
def evaluate_as_of(quy: QuarterCheck, quarter: str, as_of: str) -> None:
    _evaluate(quy, quarter, as_of)


@when(parsers.re(r"tôi kiểm tra quý (?P<quarter>\d{4}-Q[1-4])"))
def evaluate(quy: QuarterCheck, quarter: str) -> None:
    _evaluate(quy, quarter)


# ---- Thì: the command

@then(parsers.parse("lệnh kiểm tra quý kết thúc với mã {code:d}"))
def quarter_exit_code_is(quy: QuarterCheck, code: int) -> None:
    assert quy.exit_code == code, quy.stdout + quy.stderr


@then(parsers.parse('lệnh báo "{text}"'))
def stderr_line(quy: QuarterCheck, text: str) -> None:
    assert text in quy.stderr.splitlines(), quy.stderr


def _problems(stderr: str) -> list[dict[str, str]]:
    """The problems printed as `file:row: column: message`, each with its hint."""
    problems: list[dict[str, str]] = []
    for line in stderr.splitlines():
        hint = _HINT.match(line)
        if hint and problems:
            problems[-1]["gợi ý"] = hint["hint"]
        elif found := _PROBLEM.match(line):
            problems.append({"vị trí": found["where"], "trường": found["field"],
                             "thông báo": found["message"], "gợi ý": ""})
    return problems


@then("lệnh báo đúng các lỗi số liệu sau:")
def data_errors(quy: QuarterCheck, datatable: list[list[str]]) -> None:
    expected = _rows(datatable)
    assert [{c: p[c] for c in expected[0]} for p in _problems(quy.stderr)] == expected, quy.stderr


@then("lệnh có báo các vấn đề sau:")
def among_problems(quy: QuarterCheck, datatable: list[list[str]]) -> None:
    expected = _rows(datatable)
    shown = [{c: p[c] for c in expected[0]} for p in _problems(quy.stderr)]
    missing = [row for row in expected if row not in shown]
    assert not missing, f"not reported: {missing}\n--- stderr:\n{quy.stderr}"


@then("không có tệp kết quả nào được ghi")
def no_output(quy: QuarterCheck) -> None:
    assert not (quy.cwd / OUTPUT).exists()
    assert quy.result is None


# ---- Thì: the findings

def _shown(finding: dict[str, Any], columns: list[str]) -> dict[str, str]:
    values = {"mã phát hiện": finding["id"], "cơ quan": finding["agency"], "loại": finding["kind"],
              "mức độ": finding["severity"], "điều khoản": finding["clause"]}
    return {c: values[c] for c in columns}


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


@then("kết quả có đúng các phát hiện sau:")
def exactly_these_findings(quy: QuarterCheck, datatable: list[list[str]]) -> None:
    expected = _rows(datatable)
    shown = [_shown(f, list(expected[0])) for f in quy.findings.values()]
    assert sorted(shown, key=str) == sorted(expected, key=str), _dump(shown)


@then("kết quả có các phát hiện sau:")
def among_findings(quy: QuarterCheck, datatable: list[list[str]]) -> None:
    expected = _rows(datatable)
    shown = [_shown(f, list(expected[0])) for f in quy.findings.values()]
    missing = [row for row in expected if row not in shown]
    assert not missing, f"not found: {missing}\nfound: {_dump(shown)}"


@then(parsers.parse('kết quả {presence} phát hiện "{finding_id}"'))
def has_finding(quy: QuarterCheck, presence: str, finding_id: str) -> None:
    assert presence in ("có", "không có"), presence
    assert (finding_id in quy.findings) == (presence == "có"), sorted(quy.findings)


@then(parsers.parse('một trong các lần kiểm tra trên có phát hiện "{kind}" về "{subject}"'))
def found_in_some_run(quy: QuarterCheck, kind: str, subject: str) -> None:
    found = [f["id"] for result in quy.history for f in result["findings"]
             if f["kind"] == kind and f["subject"]["key"] == subject]
    assert found, [f["id"] for result in quy.history for f in result["findings"]]


@then("không có phát hiện nào")
def no_findings(quy: QuarterCheck) -> None:
    assert quy.findings == {}, _dump(list(quy.findings))


@then(parsers.parse('thông báo của phát hiện "{finding_id}" là "{text}"'))
def finding_message_is(quy: QuarterCheck, finding_id: str, text: str) -> None:
    assert quy.finding(finding_id)["message"] == text


@then(parsers.parse('thông báo của phát hiện "{finding_id}" có câu "{text}"'))
def finding_message_has(quy: QuarterCheck, finding_id: str, text: str) -> None:
    assert text in quy.finding(finding_id)["message"], quy.finding(finding_id)["message"]


@then(parsers.parse("ngày xét của kết quả là {day}"))
def as_of_is(quy: QuarterCheck, day: str) -> None:
    assert quy.result is not None, quy.stderr
    assert quy.result["as_of"] == _iso(day)


def _iso(day: str) -> str:
    return dt.datetime.strptime(day, "%d/%m/%Y").date().isoformat()  # noqa: DTZ007 - a date


# ---- Thì: explanations (VI.1.c): a state of the lapse's own row, never a finding of its own

STATES = {"còn nợ": "owed", "quá hạn": "overdue", "được chấp nhận": "accepted",
          "không được chấp nhận": "not_accepted"}


def _explanation(quy: QuarterCheck, finding_id: str) -> dict[str, Any]:
    state = quy.finding(finding_id)["explanation"]
    assert state is not None, f"{finding_id} owes no explanation"
    return state  # type: ignore[no-any-return]


@then(parsers.parse('phát hiện "{finding_id}" {state} giải trình, chậm nhất ngày {due}'))
def explanation_due(quy: QuarterCheck, finding_id: str, state: str, due: str) -> None:
    assert state in ("còn nợ", "quá hạn"), state
    explanation = _explanation(quy, finding_id)
    assert explanation["state"] == STATES[state] and explanation["owed"], explanation
    assert explanation["received"] is None and explanation["due"] == _iso(due), explanation


@then(parsers.parse('giải trình của phát hiện "{finding_id}" có tình trạng "{state}"'))
def explanation_state(quy: QuarterCheck, finding_id: str, state: str) -> None:
    assert _explanation(quy, finding_id)["state"] == STATES[state]


@then(parsers.parse('giải trình của phát hiện "{finding_id}" ghi "{text}"'))
def explanation_message(quy: QuarterCheck, finding_id: str, text: str) -> None:
    assert _explanation(quy, finding_id)["message"] == text


@then(parsers.parse('hạn giải trình của phát hiện "{finding_id}" tính từ lần kiểm tra ngày {day}'))
def explanation_found_on(quy: QuarterCheck, finding_id: str, day: str) -> None:
    assert _explanation(quy, finding_id)["found_on"] == _iso(day)


@then(parsers.parse('phát hiện "{finding_id}" không phải giải trình'))
def no_explanation(quy: QuarterCheck, finding_id: str) -> None:
    assert quy.finding(finding_id)["explanation"] is None


@then(parsers.parse(
    'phát hiện "{finding_id}" đã được giải trình ngày {day}, nguyên nhân {cause}: {verdict}'
))
def explained(quy: QuarterCheck, finding_id: str, day: str, cause: str, verdict: str) -> None:
    assert verdict in ("được chấp nhận", "không được chấp nhận"), verdict
    state = _explanation(quy, finding_id)
    accepted = verdict == "được chấp nhận"
    assert (state["received"], state["cause"], state["accepted"], state["owed"], state["state"]) == (
        _iso(day), CAUSES[cause], accepted, False, STATES[verdict]), state


@then(parsers.parse("tóm tắt kết quả có {findings:d} phát hiện, {violations:d} vi phạm; giải trình: "
                    "{owed:d} còn nợ, {overdue:d} quá hạn, {accepted:d} được chấp nhận, "
                    "{not_accepted:d} không được chấp nhận"))
def summary_counts(quy: QuarterCheck, findings: int, violations: int, owed: int, overdue: int, accepted: int,
                   not_accepted: int) -> None:
    assert quy.result is not None, quy.stderr
    summary = quy.result["summary"]
    assert (summary["findings"], summary["violations"]) == (findings, violations), summary
    assert summary["explanations"] == {"owed": owed, "overdue": overdue, "accepted": accepted,
                                       "not_accepted": not_accepted}, summary
    assert len(quy.result["findings"]) == findings  # one row per lapse


# ---- Thì: lagging agencies (VI.2.c)

@then("danh sách cơ quan chậm trễ là:")
def lagging_are(quy: QuarterCheck, datatable: list[list[str]]) -> None:
    assert quy.result is not None, quy.stderr
    shown = [{"cơ quan": row["agency"], "số phát hiện": str(len(row["findings"])),
              "chậm cả quý trước": REPEAT_WORDS[row["lagged_previous_quarter"]],
              "báo cáo lên": row["escalate_to"] or ""} for row in quy.result["lagging_agencies"]]
    expected = _rows(datatable)
    assert [{c: s[c] for c in expected[0]} for s in shown] == expected, shown


@then("không có cơ quan chậm trễ nào")
def no_lagging(quy: QuarterCheck) -> None:
    assert quy.result is not None, quy.stderr
    assert quy.result["lagging_agencies"] == []


@then(parsers.parse('các cơ quan chậm trễ là "{agencies}"'))
def lagging_codes(quy: QuarterCheck, agencies: str) -> None:
    assert quy.result is not None, quy.stderr
    assert ", ".join(row["agency"] for row in quy.result["lagging_agencies"]) == agencies


@then(parsers.parse('cơ quan "{agency}" phải giải trình:'))
def agency_owes(quy: QuarterCheck, agency: str, datatable: list[list[str]]) -> None:
    assert quy.result is not None, quy.stderr
    row = next((r for r in quy.result["lagging_agencies"] if r["agency"] == agency), None)
    assert row is not None, f"{agency} is not lagging"
    shown = [{"phát hiện": o["finding"], "hạn": o["due"]} for o in row["explanations_owed"]]
    expected = [{"phát hiện": r["phát hiện"], "hạn": _iso(r["hạn"])} for r in _rows(datatable)]
    assert shown == expected, shown
