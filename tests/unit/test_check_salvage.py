"""A shape error in one item must not hide the meaning problems of the others, nor invent new ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from cchc_rules import bundled_rules_dir, iter_problems


def _pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), target)
    return target


def _edit(path: Path, old: str, new: str, occurrence: int = 1) -> int:
    """Replace the n-th `old`; return its line number."""
    text = path.read_text(encoding="utf-8")
    at = -1
    for _ in range(occurrence):
        at = text.index(old, at + 1)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    return text[:at].count("\n") + 1


def test_other_items_are_still_checked(tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    tasks = pack / "tasks.yaml"
    bad_field = _edit(tasks, "    lead: TTPVHCC\n", "    leed: TTPVHCC\n", 2)   # task 5
    bad_lead = _edit(tasks, "    lead: VHXH\n", "    lead: VHX\n", 1)           # task 13
    found = {(p.location.line, p.code) for p in iter_problems(pack)}
    assert (bad_field, "extra_forbidden") in found
    assert (bad_lead, "unknown_ref") in found


def test_references_to_a_dropped_item_are_not_reported_again(tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    # task 9 (related to the digitisation target) gets a shape error; the target still names it
    line = _edit(pack / "tasks.yaml", "  - number: 9\n", "  - number: 9\n    extra: 1\n")
    problems = iter_problems(pack)
    assert [(p.code, p.location.line) for p in problems if p.severity == "error"] == [
        ("extra_forbidden", line + 1)
    ]
