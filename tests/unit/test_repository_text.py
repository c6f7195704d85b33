"""Every text file the suite and the users read is UTF-8 and NFC: a decomposed (NFD) feature file
fails to match its steps although it looks identical (STYLE §9)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = {".feature", ".yaml", ".yml", ".py", ".md", ".csv", ".json", ".toml"}
# Fixtures that are deliberately NFD or not UTF-8, to test that cchc-rules copes with them.
DELIBERATE = ("tests/facts_problems/", "tests/problems/")


def _files() -> list[Path]:
    skip = {".git", ".venv", "__pycache__", ".hypothesis", ".pytest_cache"}
    return [p for p in ROOT.rglob("*") if p.suffix in SUFFIXES and not skip & set(p.parts)
            and not str(p.relative_to(ROOT)).startswith(DELIBERATE)]


def test_text_files_are_utf8_and_nfc() -> None:
    files = _files()
    assert len(files) > 50
    bad = []
    for path in files:
        text = path.read_bytes().decode("utf-8")
        if not unicodedata.is_normalized("NFC", text):
            bad.append(str(path.relative_to(ROOT)))
    assert bad == []
