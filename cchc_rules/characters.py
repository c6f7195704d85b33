"""Invisible and look-alike characters in codes and ids: which ones, where, and the text without them.

A shared helper with no dependencies, used by the facts readers (`facts/row.py`) and open to
`check`. Odd in a code: format and control characters (zero-width space U+200B, joiners,
direction marks, soft hyphen, BOM), full-width and other non-ASCII digits and letters (`３`,
`Ａ`), and letters or digits of other scripts (`VР` with a Cyrillic `Р`). Vietnamese letters
with their marks are not odd; neither are spaces (`suggest.fold` evens those) nor punctuation
such as `–` or `’`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_INVISIBLE = ("Cc", "Cf", "Co", "Cn", "Zl", "Zp")
_LATIN_LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсхуԁһΑΒΕΖΗΙΚΜΝΟΡΤΥΧονᴠ",
    "ABESIJKMHOPCTXYaeijopcxydhABEZHIKMNOPTYXovv",
)


@dataclass(frozen=True)
class OddCharacter:
    """One odd character: its 1-based position, the character, and 'U+200B ZERO WIDTH SPACE'."""

    position: int
    char: str

    @property
    def label(self) -> str:
        return f"U+{ord(self.char):04X} {unicodedata.name(self.char, 'UNNAMED CHARACTER')}"


def is_odd(char: str) -> bool:
    """Whether a character does not belong in a code typed on a Vietnamese keyboard.

    Examples:
        >>> [is_odd(c) for c in "Vệ ​Р３\\t"]
        [False, False, False, True, True, True, True]
    """
    if char == " " or (char.isascii() and char.isprintable()):
        return False
    if unicodedata.category(char) in _INVISIBLE:
        return True
    if unicodedata.category(char) == "Zs":
        return False  # other spaces: evened out like ordinary ones
    name = unicodedata.name(char, "")
    if "FULLWIDTH" in name or "HALFWIDTH" in name:
        return True
    letter_or_digit = unicodedata.category(char)[0] in "LN"
    return letter_or_digit and not name.startswith("LATIN ")  # punctuation such as – or ’ is fine


def odd_characters(text: str) -> list[OddCharacter]:
    """Every odd character of a text, in order (position counts characters from 1).

    Examples:
        >>> [(c.position, c.label) for c in odd_characters("VР")]
        [(2, 'U+0420 CYRILLIC CAPITAL LETTER ER')]
    """
    return [OddCharacter(i, c) for i, c in enumerate(text, start=1) if is_odd(c)]


def shown_with_codes(text: str) -> str:
    """The text with each odd character written as its code point, so it can be seen.

    Examples:
        >>> shown_with_codes("Kinh tế\\u200b")
        'Kinh tế<U+200B>'
    """
    return "".join(f"<U+{ord(c):04X}>" if is_odd(c) else c for c in text)


def without_odd(text: str) -> str:
    """The text as it was probably meant: invisible characters dropped, full-width forms and
    Latin look-alikes made plain.

    Examples:
        >>> without_odd("VР"), without_odd("３１２９４"), without_odd("Kinh tế\\u200b")
        ('VP', '31294', 'Kinh tế')
    """
    plain = "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE)
    plain = "".join(unicodedata.normalize("NFKC", c) if "WIDTH" in unicodedata.name(c, "") else c
                    for c in plain)
    plain = plain.translate(_LATIN_LOOKALIKES)
    return "".join(str(unicodedata.digit(c)) if not c.isascii() and c.isdigit() and
                   unicodedata.digit(c, None) is not None else c for c in plain)
