"""The shared helper naming invisible and look-alike characters (cchc_rules/characters.py)."""

from __future__ import annotations

import pytest

from cchc_rules.characters import odd_characters, shown_with_codes, without_odd


@pytest.mark.parametrize(("text", "labels", "plain"), [
    ("Phòng Kinh tế\u200b", ["U+200B ZERO WIDTH SPACE"], "Phòng Kinh tế"),
    ("VР", ["U+0420 CYRILLIC CAPITAL LETTER ER"], "VP"),
    ("３１２９４", ["U+FF13 FULLWIDTH DIGIT THREE", "U+FF11 FULLWIDTH DIGIT ONE",
                "U+FF12 FULLWIDTH DIGIT TWO", "U+FF19 FULLWIDTH DIGIT NINE",
                "U+FF14 FULLWIDTH DIGIT FOUR"], "31294"),
    ("\ufeffVP\u200d", ["U+FEFF ZERO WIDTH NO-BREAK SPACE", "U+200D ZERO WIDTH JOINER"], "VP"),
])
def test_odd_characters_are_named_with_their_position(text: str, labels: list[str], plain: str) -> None:
    assert [c.label for c in odd_characters(text)] == labels
    assert without_odd(text) == plain
    assert "<U+" in shown_with_codes(text)


@pytest.mark.parametrize("text", ["Ủy ban nhân dân xã Trường Xuân", "Văn phòng HĐND–UBND",
                                  "Đảng ủy ‘xã’", "PAKN-2026-001", "Nguyễn Thị Ánh"])
def test_vietnamese_text_and_punctuation_are_not_odd(text: str) -> None:
    assert odd_characters(text) == []
