"""One status per task: the lead's row decides, a co-agency's row must agree, order never matters."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from cchc_rules.facts.load import read_facts
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack.pack import RulePack

PACK = Path(__file__).parents[1] / "facts_problems" / "_pack"
HEADER = "task,status,completed_on,agency,product_ref,note"
# task 3: lead TTPVHCC, co-agency VP; task 1: lead VP, co-agency CQLQ (a group: anyone may report)
AGREEING = [
    "3,done,15/05/2026,VP,,Đã phối hợp",
    "3,done,15/05/2026,TTPVHCC,Quyết định 88/QĐ-UBND,",
    "2,done,20/03/2026,VP,Kế hoạch 15/KH-UBND,",
    "3,done,15/05/2026,TTPVHCC,Quyết định 88/QĐ-UBND,",  # an exact repeat of the lead's row
]


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_rules(PACK)


def _read(tmp_path: Path, pack: RulePack, name: str, rows: list[str]):  # type: ignore[no-untyped-def]
    folder = tmp_path / name
    folder.mkdir()
    (folder / "task_status.csv").write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return read_facts(folder, pack, "2026-Q2")


def _facts(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f.model_dump_json(exclude={"source"}) for f in facts.task_status)


def test_every_order_of_rows_gives_the_same_facts(tmp_path: Path, pack: RulePack) -> None:
    seen = set()
    for n, rows in enumerate(itertools.permutations(AGREEING)):
        facts, problems = _read(tmp_path, pack, f"p{n}", list(rows))
        assert not [p for p in problems if p.severity == "error"]
        by_task = {(f.task, f.year): f for f in facts.task_status}
        assert len(by_task) == len(facts.task_status) == 2  # one status per task and year
        assert by_task[(3, 2026)].agency == "TTPVHCC"  # the lead's row, with its product
        assert by_task[(3, 2026)].product_ref == "Quyết định 88/QĐ-UBND"
        assert (facts.counts.total.used, facts.counts.total.duplicates) == (2, 2)
        seen.add(tuple(_facts(facts)))
    assert len(seen) == 1


def test_a_conflicting_co_agency_row_is_an_error_naming_both_rows(tmp_path: Path, pack: RulePack) -> None:
    rows = ["3,in_progress,,VP,,", "3,done,15/05/2026,TTPVHCC,,"]
    for n, order in enumerate((rows, rows[::-1])):
        facts, problems = _read(tmp_path, pack, f"c{n}", order)
        errors = [p for p in problems if p.code == "fact_task_status_conflict"]
        assert len(errors) == 1
        vp_row = 2 + order.index(rows[0])
        lead_row = 2 + order.index(rows[1])
        assert errors[0].location.line == vp_row
        assert errors[0].params["other"].endswith(f"task_status.csv:{lead_row}")
        assert [f.agency for f in facts.task_status] == ["TTPVHCC"]


def test_without_a_lead_row_the_first_agency_code_gives_the_status(tmp_path: Path, pack: RulePack) -> None:
    rows = ["3,in_progress,,VP,,", "3,in_progress,,KT,,ghi chú của KT"]  # task 3's lead is TTPVHCC
    for n, order in enumerate((rows, rows[::-1])):
        facts, _ = _read(tmp_path, pack, f"n{n}", order)
        assert [(f.agency, f.note) for f in facts.task_status] == [("KT", "ghi chú của KT")]
