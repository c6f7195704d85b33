"""Hidden and look-alike characters in a rules file's values and keys, named and located.

A step of reading a rules file, after `source.py` built its values and before the shape check.
A zero-width space in an agency name passed `check`, then every fact naming that agency was
rejected with a did-you-mean that looked identical; a Cyrillic `Р` in `VР` or a full-width
`３１２９４` looks right and is another text. Each such character is an error that names it
(U+200B ZERO WIDTH SPACE), its line and column, and its place in the value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.source import Path_, YamlDocument, format_path
from cchc_rules.suggest import LOOKALIKES

CODES = frozenset({"hidden_character", "lookalike_character"})

# Characters that are never suspect, skipped fast: ASCII, the Latin letters Vietnamese is written
# with (Latin-1 letters, Extended-A/B, Extended Additional) and usual punctuation (– — ‘ ’ “ ” …).
_MAYBE = re.compile("[^\x00-\x7f\u00c0-\u024f\u1e00-\u1eff\u2013\u2014\u2018-\u201d\u2026]")
_SHOWN_AROUND = 20  # characters of the value shown on each side of the one named


def character_problems(doc: YamlDocument) -> list[Problem]:
    """One problem per value or key holding a hidden or look-alike character (the first one)."""
    problems = []
    for path, span, value in _non_ascii(doc):
        found = _first_suspect(value)
        if found is not None:
            problems.append(_problem(doc, path, span, value, value.find(found[1]), found))
    return problems


def _non_ascii(doc: YamlDocument) -> Iterator[tuple[Path_, tuple[int, int], str]]:
    """(path, span, text) of every non-ASCII value, then of every non-ASCII key."""
    for path, span in doc.spans.items():
        yield path, span, doc.scalars[path].text
    for path, span in doc.key_spans.items():
        yield path, span, str(path[-1])


def _first_suspect(text: str) -> tuple[str, str, str | None] | None:
    """(code, character, the Latin letter it imitates) of the first suspect character, or None."""
    for match in _MAYBE.finditer(text):
        char = match[0]
        category = unicodedata.category(char)
        if category in {"Cf", "Zl", "Zp", "Zs"}:
            return "hidden_character", char, None
        if char in LOOKALIKES:
            return "lookalike_character", char, LOOKALIKES[char]
        if "\uff01" <= char <= "\uff5e":  # full-width forms of ASCII, as East Asian keyboards type
            return "lookalike_character", char, unicodedata.normalize("NFKC", char)
    return None


def _problem(doc: YamlDocument, path: Path_, span: tuple[int, int], value: str, index: int,
             found: tuple[str, str, str | None]) -> Problem:
    code, char, looks_like = found
    offset = doc.text.find(char, span[0], span[1])
    offset = span[0] if offset < 0 else offset  # written as an escape ("\u200b"): the value's start
    line = doc.text.count("\n", 0, offset) + 1
    column = offset - doc.text.rfind("\n", 0, offset)
    params = {"char": _name(char), "position": index + 1, "shown": _shown(value, index, char)}
    if looks_like is not None:
        params["looks_like"] = looks_like
    return Problem(SourceLocation(doc.file, line, column), format_path(path), code, params)


def _name(char: str) -> str:
    """'U+200B ZERO WIDTH SPACE'."""
    return f"U+{ord(char):04X} {unicodedata.name(char, '?')}"


def _shown(value: str, index: int, char: str) -> str:
    """The value around the character, the character itself written as ⟨U+200B⟩."""
    before = value[max(0, index - _SHOWN_AROUND):index]
    after = value[index + 1:index + 1 + _SHOWN_AROUND]
    marker = f"⟨U+{ord(char):04X}⟩" if unicodedata.category(char)[0] in "CZ" else f"⟨{char} U+{ord(char):04X}⟩"
    return ("…" if index > _SHOWN_AROUND else "") + before + marker + after + (
        "…" if index + 1 + _SHOWN_AROUND < len(value) else "")
