"""The look-up tables remembered while reading facts (issue #6): same answers as building them anew."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from cchc_rules.facts import resolve, scoring
from cchc_rules.facts.header import map_headers
from cchc_rules.facts.kinds import Column, Kind
from cchc_rules.facts.raw import Header, RawTable
from cchc_rules.facts.resolve import index_pack
from cchc_rules.facts.scoring import index_rubric
from cchc_rules.rulepack.load import display_path, load_rules
from cchc_rules.source import read_yaml
from cchc_rules.suggest import fold

PACK = Path(__file__).parents[1] / "facts_problems" / "_pack"


def test_pack_index_is_built_once_per_pack_object() -> None:
    pack = load_rules(PACK)
    first = index_pack(pack)
    assert index_pack(pack) is first
    other = index_pack(load_rules(PACK))  # an equal pack read again is indexed on its own
    assert other is not first
    assert other.agencies == first.agencies and other.tasks.keys() == first.tasks.keys()


def test_pack_index_follows_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = load_rules(PACK.resolve())
    here = index_pack(pack)
    monkeypatch.chdir(tmp_path)
    there = index_pack(pack)
    assert there.rules_dir == display_path(pack.directory) != here.rules_dir
    assert there.agencies is here.agencies  # the look-up tables themselves are not rebuilt


def test_pack_index_is_forgotten_with_its_pack() -> None:
    pack = load_rules(PACK)
    index_pack(pack)
    key = id(pack)
    assert key in resolve._INDEXES
    del pack
    gc.collect()
    assert key not in resolve._INDEXES


def test_rubric_index_is_built_once_per_rubric_object() -> None:
    pack = load_rules(Path(__file__).parents[2] / "rules" / "truong-xuan-2026-2030")
    rubric = pack.rubrics[2026]
    first = index_rubric(rubric)
    assert index_rubric(rubric) is first
    assert index_pack(pack).rubrics[2026] is first
    assert id(rubric) in scoring._INDEXES


def test_a_header_two_columns_accept_goes_to_the_first() -> None:
    kind = Kind("k", (Column("a", ("chung", "riêng a"), required=True), Column("b", ("Chung", "riêng b"))),
                ("k",))
    table = RawTable("k.csv", "k", (Header(0, " CHUNG (*)", 1), Header(1, "riêng  B", 1)), ())
    layout, problems = map_headers(table, kind)
    assert problems == []
    assert {name: h.text for name, h in layout.fields.items()} == {"a": " CHUNG (*)", "b": "riêng  B"}


def test_fold_remembers_nothing_but_its_answer() -> None:
    assert fold("  Phòng  VĂN hóa ") == "phòng văn hóa"
    assert fold("  Phòng  VĂN hóa ") == "phòng văn hóa"  # second call answered from the cache
    assert fold("Pho\u0300ng") == "phòng"  # NFD folds to NFC


@pytest.mark.parametrize("first", ["quoted", "plain"])
def test_yaml_tags_are_remembered_per_text_and_quoting(tmp_path: Path, first: str) -> None:
    lines = {"quoted": "a: '123'\nb: 'no'\n", "plain": "c: 123\nd: no\n"}
    path = tmp_path / "f.yaml"
    path.write_text(lines[first] + lines["plain" if first == "quoted" else "quoted"], encoding="utf-8")
    doc = read_yaml(path)
    assert doc.data == {"a": "123", "b": "no", "c": 123, "d": False}
    assert [doc.scalars[(k,)].read_as for k in "abcd"] == ["str", "str", "int", "bool"]
