"""Wording of the problems found in status-fact files (merged into messages.CATALOGUE).

Each entry: code → ((vi message, vi hint), (en message, en hint)). A `{guess}` placeholder holds
"Có phải ý bạn là 'x'? " or nothing; `{fix}` holds sentences built from messages.WORDS.
The entries live in the `catalogue_*.py` modules by subject; this module only joins them and
imports nothing of `cchc_rules.messages`.
"""

from __future__ import annotations

from cchc_rules.facts.catalogue_cells import CELLS, PACK
from cchc_rules.facts.catalogue_files import COLUMNS, FILES
from cchc_rules.facts.catalogue_input import INPUT
from cchc_rules.facts.catalogue_values import RUBRIC, VALUES

_Entry = tuple[tuple[str, str], tuple[str, str]]

FACTS_CATALOGUE: dict[str, _Entry] = {**FILES, **COLUMNS, **CELLS, **PACK, **VALUES, **RUBRIC, **INPUT}
