"""Wording of problems with hostile or damaged input: odd files, Excel quirks, hidden characters,
rows that disagree (part of FACTS_CATALOGUE).

Entries as in `catalogue.py`: code → ((vi message, vi hint), (en message, en hint)).
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

INPUT: dict[str, _Entry] = {
}
