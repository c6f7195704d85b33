"""The message catalogue, assembled once from the leaf data modules of each area.

Each part maps a code to ((vi message, vi hint), (en message, en hint)). The parts are plain
dicts that import nothing from cchc_rules, so the catalogue depends on no stage of the pipeline
and no stage module ties itself into an import cycle by using it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from cchc_rules.facts.catalogue import FACTS_CATALOGUE
from cchc_rules.wording.batch import BATCH
from cchc_rules.wording.lapses import LAPSES
from cchc_rules.wording.dossiers import DOSSIERS
from cchc_rules.wording.index766 import INDEX766
from cchc_rules.wording.meaning import MEANING
from cchc_rules.wording.quarter import QUARTER
from cchc_rules.wording.reading import READING
from cchc_rules.wording.output import CLI_CATALOGUE
from cchc_rules.wording.policy import POLICY
from cchc_rules.wording.results import RESULTS
from cchc_rules.wording.rules import RULES

Entry = tuple[tuple[str, str], tuple[str, str]]

# In the order the codes have always been listed: rules files, quarter, facts, batch; then the
# rules files' limits and characters, the command line's own, and results.
PARTS: tuple[Mapping[str, Entry], ...] = (READING, MEANING, QUARTER, FACTS_CATALOGUE, BATCH, RULES, CLI_CATALOGUE,
                                          RESULTS, LAPSES, POLICY, DOSSIERS, INDEX766)


def assemble(parts: tuple[Mapping[str, Entry], ...]) -> Mapping[str, Entry]:
    """One read-only mapping of all parts; a code defined in two parts is a programming error."""
    merged: dict[str, Entry] = {}
    for part in parts:
        clash = merged.keys() & part.keys()
        if clash:  # caught by the test suite at import time
            raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
        merged.update(part)
    return MappingProxyType(merged)


CATALOGUE: Mapping[str, Entry] = assemble(PARTS)
