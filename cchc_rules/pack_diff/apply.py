"""One edit applied alone to the old pack, in a temporary folder: how `diff` attributes an effect
to the edit that caused it (the effect is the edit's when the old pack with only that edit shows
it). The edited file is written back with `yaml.safe_dump` (its comments are not needed there);
the other files are copied as they are. Returns None when the edit cannot stand alone (it
leaves the pack invalid, or it adds a rubric criterion, whose place needs its parent's edit too).
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from cchc_rules.errors import RulesFileError
from cchc_rules.pack_diff.edits import TREE, Edit
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack.pack import RulePack


@contextmanager
def alone(old: RulePack, edit: Edit) -> Iterator[RulePack | None]:
    """The old pack with `edit` applied, loaded from a temporary copy removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="cchc-diff-") as tmp:
        folder = Path(tmp) / old.directory.name
        shutil.copytree(old.directory, folder, symlinks=True, ignore=shutil.ignore_patterns("tests"))
        data = _applied(old, edit)
        if data is None:
            yield None
            return
        (folder / edit.file).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000),
                                        encoding="utf-8")
        try:
            yield load_rules(folder)
        except RulesFileError:
            yield None


def _applied(old: RulePack, edit: Edit) -> Any:
    doc = old.documents.get(edit.file)
    if doc is None or not isinstance(doc.data, dict):
        return None  # a whole new file: not applied alone
    data = copy.deepcopy(doc.data)
    if edit.action == "added":
        items = data.get(edit.section)
        if edit.section == "parts" or not isinstance(items, list) or not edit.key:
            return None
        items.append(copy.deepcopy(edit.new_value))
        return data
    parent, last = _parent(data, edit.old_path)
    if edit.action == "removed":
        del parent[last]
    else:
        value = copy.deepcopy(edit.new_value)
        kept = parent[last].get(TREE) if isinstance(parent[last], dict) and edit.section == "parts" else None
        parent[last] = {**value, TREE: kept} if kept is not None else value
    return data


def _parent(data: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    node = data
    for part in path[:-1]:
        node = node[part]
    return node, path[-1]
