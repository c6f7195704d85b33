"""Every scoring method and case id has words for readers, so `explain` and the HTML never show a raw id."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import cchc_rules.compile_rubric as compile_rubric_module
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack import rubric as rubric_models
from cchc_rules.trace_words import CASE_WORDS, METHOD_WORDS, how_text, word


def _method_kinds() -> set[str]:
    kinds: set[str] = set()
    for model in vars(rubric_models).values():
        if model is rubric_models.Part:  # a part's kind (index, bonus, penalty) is not a scoring method
            continue
        field = getattr(model, "model_fields", {}).get("kind")
        if field is not None and typing.get_origin(field.annotation) is typing.Literal:
            kinds.update(typing.get_args(field.annotation))
    return kinds


def test_every_method_kind_of_the_rubric_format_has_words() -> None:
    kinds = _method_kinds()
    assert {"timely", "bands", "ratio", "manual"} <= kinds  # the scan found the models
    assert kinds <= set(METHOD_WORDS)


def test_every_case_the_rubric_compiler_can_give_has_words() -> None:
    source = Path(compile_rubric_module.__file__).read_text(encoding="utf-8")
    cases = set(re.findall(r'Case\(node\.id, "([a-z_]+)"', source))
    cases |= set(re.findall(r'for status in \(([^)]*)\)', source)[0].replace('"', "").replace(" ", "").split(","))
    assert {"evidence_missing", "no_data", "on_time", "late", "missing", "compute"} <= cases
    assert cases <= set(CASE_WORDS)


def test_bundled_rubric_cases_are_all_named() -> None:
    pack = load_rules(None)
    _, cases = compile_rubric_module.compile_rubric(pack.rubrics[2026], {})
    assert {c.case for c in cases.values()} <= set(CASE_WORDS)


def test_words_in_both_languages_and_unknown_ids_unchanged() -> None:
    assert word(CASE_WORDS, "missing", "vi") == "chưa thực hiện"
    assert word(CASE_WORDS, "missing", "en") == "not done"
    assert word(METHOD_WORDS, "something_new", "vi") == "something_new"
    assert how_text({"due": "2026-06-30"}, "vi") == "hạn: 30/06/2026"
    assert how_text({"due": "2026-06-30"}, "en") == "due: 30/06/2026"  # formats.date: dd/mm/yyyy in both
