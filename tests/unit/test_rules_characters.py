"""Hidden and look-alike characters in rules files: named, located, and alone at their field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cchc_rules import iter_problems
from cchc_rules.messages import render_problems

BASE = Path(__file__).resolve().parents[1] / "problems" / "_base"


def _problems(tmp_path: Path, file: str, old: str, new: str) -> list[str]:
    pack = tmp_path / "pack"
    shutil.copytree(BASE, pack)
    text = (pack / file).read_text(encoding="utf-8")
    assert old in text
    (pack / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    return render_problems(iter_problems(pack), "en").splitlines()[::2]


def test_zero_width_space_in_a_code_is_named_once_without_a_look_alike_guess(tmp_path: Path) -> None:
    """`VP\u200b` as a lead once got "did you mean 'VP'?" — which looks identical."""
    [line] = _problems(tmp_path, "tasks.yaml", "lead: VP\n", "lead: VP\u200b\n")
    assert line.endswith("tasks[1].lead: hidden character U+200B ZERO WIDTH SPACE at position 3 of "
                         "'VP⟨U+200B⟩'")


def test_an_escaped_hidden_character_points_at_its_value(tmp_path: Path) -> None:
    [line] = _problems(tmp_path, "tasks.yaml", "lead: VP\n", 'lead: "VP\\u2060"\n')
    assert ":17:11: tasks[1].lead: hidden character U+2060 WORD JOINER at position 3" in line


@pytest.mark.parametrize(("char", "name"), [
    ("\u00a0", "NO-BREAK SPACE"), ("\u3000", "IDEOGRAPHIC SPACE"), ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
    ("\u00ad", "SOFT HYPHEN"), ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"),
])
def test_other_hidden_characters_in_free_text(tmp_path: Path, char: str, name: str) -> None:
    [line] = _problems(tmp_path, "plan.yaml", 'name: "xã Mẫu"', f'name: "xã{char}Mẫu"')
    assert f"plan.unit.name: hidden character U+{ord(char):04X} {name} at position 3" in line


def test_hidden_character_in_a_key_is_named(tmp_path: Path) -> None:
    lines = _problems(tmp_path, "tasks.yaml", "lead: VP\n", "lead\u200b: VP\n")
    assert any("tasks[1].lead\u200b: hidden character U+200B ZERO WIDTH SPACE at position 5" in line
               for line in lines), lines


def test_greek_look_alike_in_a_name(tmp_path: Path) -> None:
    [line] = _problems(tmp_path, "plan.yaml", 'name: "xã Mẫu"', 'name: "xã Mẫu Α"')
    assert "looks like 'A'" in line and "U+0391 GREEK CAPITAL LETTER ALPHA at position 8" in line


def test_other_unicode_digits_are_not_a_unit_code(tmp_path: Path) -> None:
    """`\\d` in the pattern accepted any script's digits; the code is five ASCII digits."""
    [line] = _problems(tmp_path, "plan.yaml", 'code: "31294"', 'code: "٣١٢٩٤"')
    assert "plan.unit.code: '٣١٢٩٤'" in line


def test_vietnamese_text_and_usual_punctuation_pass(tmp_path: Path) -> None:
    assert _problems(tmp_path, "plan.yaml", 'name: "xã Mẫu"', 'name: "xã Mẫu – “Ấp 1” … (m²)"') == []
