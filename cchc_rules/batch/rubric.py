"""The year's rubric as the batch shows it beside the ranking: its title, whether it is a model
rubric (a warning on the page and in the workbook), its basis and its classification bands (the
colour bands of the ranking chart). Read once in the parent process from the rule pack the
units are scored with; None when the pack cannot be read (every unit then reports why)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc_rules.errors import RulesFileError
from cchc_rules.rulepack.load import load_rules


def rubric_head(rules_dir: Path, year: int) -> dict[str, Any] | None:
    """{id, title, model, basis, classification: [{label, min, below}]} of the year's rubric."""
    try:
        pack = load_rules(rules_dir)
    except (RulesFileError, OSError):
        return None
    rubric = pack.rubrics.get(year)
    if rubric is None:
        return None
    head = rubric.rubric
    return {"id": head.id, "title": head.title, "model": head.model, "basis": head.basis,
            "classification": [{"label": b.label, "min": b.min, "below": b.below} for b in head.classification]}
