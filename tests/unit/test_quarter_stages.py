"""Unit tests of the quarter-check stages: periods, compile, obligations, findings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cchc_rules import load_rules
from cchc_rules.compile import compile_explanations, compile_quarter, year_threshold
from cchc_rules.engine import SharedRuleset
from cchc_rules.engine_facts import LapseFact
from cchc_rules.facts.models import FactSet, FactSource, ReportSubmission, TaskStatus
from cchc_rules.findings import fmt_date
from cchc_rules.obligations import build_obligations
from cchc_rules.periods import Quarter, default_as_of, periods_closing_in, report_due, window
from cchc_rules.quarter_judge import explanation_due, first_check, scheduled_check

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "compiled"


@pytest.fixture(scope="module")
def pack():  # noqa: ANN201
    return load_rules()


def test_cut_off_windows_and_due_dates(pack) -> None:  # noqa: ANN001
    cal = pack.reporting.calendar
    q1 = next(p for p in cal.periods if p.id == "Q1")
    assert window(q1, 2026) == (dt.date(2025, 12, 15), dt.date(2026, 3, 14))
    assert report_due(cal, q1, 2026, 2) == dt.date(2026, 3, 17)  # 14/03 is a Saturday
    assert [p.id for p in periods_closing_in(cal, Quarter(2026, 2))] == ["Q2", "H1"]
    assert [default_as_of(cal, Quarter(2026, n)) for n in (1, 2, 3, 4)] == [
        dt.date(2026, 3, 17), dt.date(2026, 6, 16), dt.date(2026, 9, 16), dt.date(2026, 12, 16)]


def test_year_thresholds_follow_the_path(pack) -> None:  # noqa: ANN001
    targets = {t.id: t for t in pack.targets.targets}
    online = targets["tthc-truc-tuyen-toan-trinh"]
    assert [year_threshold(online, y) for y in range(2026, 2031)] == [80, 85, 90, 95, 100]
    assert year_threshold(targets["hai-long-tthc"], 2026) == 97


def test_path_point_of_an_equality_target_is_a_floor(pack) -> None:  # noqa: ANN001
    specs = {s.id: s for s in compile_quarter(pack, 2026).specs}
    assert specs["target-missed.tthc-truc-tuyen-toan-trinh"].condition.endswith("value < 80")
    specs_2030 = {s.id: s for s in compile_quarter(pack, 2030).specs}
    assert specs_2030["target-missed.tthc-truc-tuyen-toan-trinh"].condition.endswith("value != 100")


@pytest.mark.parametrize("year", [2026, 2030])
def test_compiled_ruleset_golden(pack, year: int, golden) -> None:  # noqa: ANN001
    # No command prints the compiled ruleset, so this golden is not a case folder of tests/golden/;
    # `pytest --update-golden` rewrites it with the cases.
    text = json.dumps(compile_quarter(pack, year).ruleset(), ensure_ascii=False, indent=1) + "\n"
    golden.check(text.encode("utf-8"), GOLDEN / f"quarter-{year}.json")
    assert compile_quarter(pack, year).ruleset() == compile_quarter(pack, year).ruleset()


def test_accepted_causes_come_from_the_rules(pack) -> None:  # noqa: ANN001
    specs = {s.id: s for s in compile_explanations(pack).specs}
    assert specs["explanation-accepted"].condition == 'cause in ["objective"]'


def _src(row: int) -> FactSource:
    return FactSource(file="t.csv", row=row)


def test_obligations_of_the_second_quarter(pack) -> None:  # noqa: ANN001
    facts = FactSet(
        period="2026-Q2",
        task_status=(TaskStatus(task=2, status="in_progress", year=2026, agency="VP", source=_src(2)),),
        report_submissions=(ReportSubmission(agency="VP", duty="bao-cao-dinh-ky", period="2026-H1",
                                             received_on=dt.date(2026, 6, 15), source=_src(3)),),
    )
    quarter = Quarter(2026, 2)
    by_id = {o.fact["id"]: o for o in build_obligations(pack, facts, quarter, dt.date(2026, 6, 16))}
    task2 = by_id["t2.0.2026"].fact  # the plan of task 2 was due by Q1/2026
    assert (task2["due"], task2["status"], task2["as_of"]) == (20260331, "in_progress", 20260616)
    assert by_id["t2.0.2026"].sources == (_src(2),)
    assert by_id["t22.0.2026"].fact["status"] == "not_reported"  # yearly by Q1: no row at all
    assert "t21.0.2026" in by_id  # yearly by Q2 falls due on 30/06, within the quarter
    assert "t24.0.2030" not in by_id  # due in 2030
    vp = by_id["r.bao-cao-dinh-ky.VP.2026-H1"].fact
    assert vp["received"] is True and vp["received_on"] == 20260615
    kt = by_id["r.bao-cao-dinh-ky.KT.2026-H1"].fact
    assert kt["received"] is False and kt["received_on"] == 0 and kt["due"] == 20260616
    assert by_id["i.sipas"].fact["reported"] is False


def test_dates_print_as_vietnamese_documents_write_them() -> None:
    assert fmt_date(20260102) == "02/01/2026"


# ---- explanations: one state per lapse, deadlines from the first check (issue 12)

@pytest.mark.parametrize(("cause", "as_of", "state"), [
    ("", 20260702, "owed"), ("", 20260618, "owed"), ("", 20260703, "overdue"),
    ("objective", 20260801, "accepted"), ("subjective", 20260625, "not_accepted"),
])
def test_each_lapse_is_in_exactly_one_explanation_state(pack, engine_host, cause: str, as_of: int,  # noqa: ANN001
                                                        state: str) -> None:
    compiled = compile_explanations(pack)
    fact = LapseFact(id="x0", finding="f", lapse="task_overdue", agency="VP", cause=cause,
                     submitted_on=20260624 if cause else 0, found_on=20260618, due=20260702, as_of=as_of)
    firings = engine_host.run(SharedRuleset(compiled.ruleset()), "t-x", [fact.to_fact()])
    assert [compiled.spec(f.rule).kind for f in firings] == [state]


def test_the_deadline_runs_from_the_check_that_first_found_the_lapse(pack) -> None:  # noqa: ANN001
    q2 = Quarter(2026, 2)
    scheduled = scheduled_check(pack, q2)
    assert scheduled == dt.date(2026, 6, 18)
    late = dt.date(2026, 7, 6)
    assert first_check(pack, q2, late, "seen", {"seen"}) == scheduled  # found by the scheduled check
    assert first_check(pack, q2, late, "new", {"seen"}) == late  # arose after it: this run found it
    assert first_check(pack, q2, dt.date(2026, 6, 10), "seen", {"seen"}) == dt.date(2026, 6, 10)  # before it
    assert explanation_due(pack, scheduled) == dt.date(2026, 7, 2)
    assert explanation_due(pack, late) == dt.date(2026, 7, 20)


def test_a_task_reported_done_before_it_falls_due_is_an_obligation_now(pack) -> None:  # noqa: ANN001
    done = TaskStatus(task=26, status="done", year=2026, agency="VHXH", completed_on=dt.date(2026, 1, 5),
                      source=_src(2))
    running = TaskStatus(task=27, status="in_progress", year=2026, agency="VHXH", source=_src(3))
    facts = FactSet(period="2026-Q1", task_status=(done, running))
    found = {o.fact["id"]: o.fact for o in build_obligations(pack, facts, Quarter(2026, 1), dt.date(2026, 3, 19))
             if o.fact["kind"] == "task"}
    assert found["t26.0.2026"]["due"] == 20261231 and found["t26.0.2026"]["has_product"] is False
    assert "t27.0.2026" not in found  # not done, not due: nothing to judge yet
