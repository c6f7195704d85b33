"""The wording package: the catalogue is one composition of leaf data modules, each code defined
once, and parameters render in the reader's language (words, numbers, dates)."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from cchc_rules import messages
from cchc_rules.facts.catalogue import FACTS_CATALOGUE
from cchc_rules.wording import catalogue

WORDING = Path(catalogue.__file__).parent
LEAVES = ("reading.py", "meaning.py", "quarter.py", "batch.py", "words.py")


def test_catalogue_is_every_part_once_in_order() -> None:
    codes = [code for part in catalogue.PARTS for code in part]
    assert list(messages.CATALOGUE) == codes
    assert FACTS_CATALOGUE.items() <= messages.CATALOGUE.items()
    assert {"batch_no_code", "not_a_dir", "rubric_total", "finding.task_overdue"} <= set(codes)


def test_a_code_defined_twice_is_refused() -> None:
    with pytest.raises(RuntimeError, match=r"message codes defined twice: \['not_a_dir'\]"):
        catalogue.assemble((catalogue.PARTS[0], {"not_a_dir": (("x", ""), ("x", ""))}))


def test_catalogue_cannot_be_changed_by_its_users() -> None:
    with pytest.raises(TypeError):
        messages.CATALOGUE["new_code"] = (("x", ""), ("x", ""))  # type: ignore[index]


@pytest.mark.parametrize("leaf", LEAVES)
def test_leaf_data_modules_import_nothing_from_cchc_rules(leaf: str) -> None:
    tree = ast.parse((WORDING / leaf).read_text(encoding="utf-8"))
    imported = [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    imported += [a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
    assert [name for name in imported if name and name.startswith("cchc_rules")] == []


@pytest.mark.parametrize(("value", "vi", "en"), [
    (97.5, "97,5", "97.5"), (90, "90", "90"), (82.456, "82,46", "82.46"), (0.25, "0,25", "0.25"),
    (100.0, "100", "100"), (None, "—", "—"), (Decimal("82.50"), "82,5", "82.5"), (1200, "1200", "1200"),
])
def test_number_parameter_follows_the_language(value: float | None, vi: str, en: str) -> None:
    assert messages.localize({"number": value}, "vi") == vi
    assert messages.localize({"number": value}, "en") == en


def test_number_parameter_may_ask_for_more_or_fewer_places() -> None:
    assert messages.localize({"number": 0.0001, "places": 4}, "vi") == "0,0001"
    assert messages.localize({"number": 97.46, "places": 0}, "en") == "97"
    assert messages.localize({"number": "n/a"}, "vi") == "n/a"


@pytest.mark.parametrize(("value", "text"), [
    ("2026-03-17", "17/03/2026"), (20260317, "17/03/2026"), (dt.date(2026, 1, 6), "06/01/2026"),
    (None, ""), (0, ""), ("", ""), ("Q1/2026", "Q1/2026"), (20261399, ""),
])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_date_parameter_is_written_dd_mm_yyyy(value: object, text: str, lang: messages.Lang) -> None:
    assert messages.localize({"date": value}, lang) == text


def test_raw_parameters_fill_a_finding_in_either_language() -> None:
    params = {"agency_name": "Văn phòng", "indicator_name": "SIPAS", "value": {"number": 82.5}, "year": 2026,
              "comparison": ">=", "threshold": {"number": 90}, "margin": {"number": 7.5}, "target_name": "hài lòng"}
    vi, _ = messages.render_text("finding.target_missed", params, "vi")
    en, _ = messages.render_text("finding.target_missed", params, "en")
    assert "82,5" in vi and "7,5" in vi and "82.5" not in vi
    assert "82.5" in en and "7.5" in en and "82,5" not in en


def test_words_and_lists_still_render_as_before() -> None:
    guess = [{"word": "did_you_mean", "s": "VP"}, {"word": "allowed", "s": "{a}"}]
    assert messages.localize(guess, "vi") == "Có phải ý bạn là 'VP'? Các giá trị có: {a}."
    assert messages.localize(guess, "en") == "Did you mean 'VP'? Known values: {a}."
    assert messages.localize({"other": 1}, "en") == {"other": 1}
    assert messages.render_text("no_such_code", {}, "en") == ("no_such_code", "")
