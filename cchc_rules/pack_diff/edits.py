"""The edit between two rule packs: items added, removed or changed, matched by id or number,
each field change with file:line on both sides (from the positions the YAML reader keeps).

Stage one of `cchc-rules diff`. It reads only the two packs' YAML documents: every list of
mappings whose items carry a unique `id`, `number` or `code` is matched item by item (an item
with `effective_from` is keyed by id and that date, so versions of one item are told apart); the
rubric tree (`parts` → `criteria`) is flattened to one item per criterion; any other top-level
value (plan, calendar, rubric head) is one item.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cchc_rules.messages import Lang
from cchc_rules.rulepack.pack import OPTIONAL_FILES, PACK_FILES, RulePack
from cchc_rules.source import YamlDocument, format_path

KEYS = ("id", "number", "code")
TREE = "criteria"  # the rubric's nested criteria


@dataclass(frozen=True)
class Located:
    """One item of one side: where it sits in its document, and its value."""

    doc: YamlDocument
    path: tuple[Any, ...]
    value: Any

    def where(self, sub: tuple[Any, ...] = ()) -> str:
        loc = self.doc.locate(self.path + sub)
        return f"{loc.file}:{loc.line}"


@dataclass(frozen=True)
class FieldChange:
    field: str  # dotted path inside the item, e.g. "threshold", "schedule.parts[0].by"
    old: Any
    new: Any
    old_at: str | None  # file:line, None when the field is only on the other side
    new_at: str | None

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new, "old_at": self.old_at, "new_at": self.new_at}


@dataclass(frozen=True)
class Edit:
    id: str  # "<file>:<section>/<key>", e.g. "targets.yaml:targets/hai-long-tthc"
    action: str  # added, removed, changed
    file: str  # file inside the pack, e.g. "scoring/2026.yaml"
    section: str
    key: str
    old_at: str | None
    new_at: str | None
    fields: tuple[FieldChange, ...] = ()
    old_value: Any = None
    new_value: Any = None
    old_path: tuple[Any, ...] = ()  # where the item sits in the old document (to apply it alone)

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        from cchc_rules.pack_diff.words import edit_line

        return {"id": self.id, "action": self.action, "file": self.file, "section": self.section, "key": self.key,
                "old_at": self.old_at, "new_at": self.new_at, "fields": [f.to_json() for f in self.fields],
                "summary": edit_line(self, lang)}


@dataclass(frozen=True)
class Edits:
    old_dir: str
    new_dir: str
    edits: tuple[Edit, ...]

    def __bool__(self) -> bool:
        return bool(self.edits)

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        return {"old": self.old_dir, "new": self.new_dir, "edits": [e.to_json(lang) for e in self.edits]}


def diff_packs(old: RulePack, new: RulePack) -> Edits:
    """Every item added, removed or changed from `old` to `new`, in file order."""
    edits: list[Edit] = []
    for name in sorted(old.documents.keys() | new.documents.keys(), key=_file_order):
        before = dict(_items(old.documents[name])) if name in old.documents else {}
        after = dict(_items(new.documents[name])) if name in new.documents else {}
        for key in _union(before, after):
            edit = _compare(name, key, before.get(key), after.get(key))
            if edit is not None:
                edits.append(edit)
    return Edits(str(old.directory), str(new.directory), tuple(edits))


def _file_order(name: str) -> tuple[int, str]:
    """The pack's reading order: plan, tasks, targets, reporting, checks, then the rubrics by year."""
    known = [n for n, _ in PACK_FILES + OPTIONAL_FILES]
    return (known.index(name) if name in known else len(known), name)


def _union(before: dict[Any, Located], after: dict[Any, Located]) -> list[Any]:
    keys = list(before)
    keys += [k for k in after if k not in before]
    return keys


def _items(doc: YamlDocument) -> Iterator[tuple[tuple[str, str], Located]]:
    """(section, key) → item, for every top-level value of a document."""
    if not isinstance(doc.data, dict):
        return
    for section, value in doc.data.items():
        path = (section,)
        if section == "parts" and isinstance(value, list):
            yield from _tree(doc, path, value, section)
            continue
        key = _key_of(value)
        if key is None:
            yield (section, ""), Located(doc, path, value)
            continue
        for i, item in enumerate(value):
            yield (section, _item_key(item, key)), Located(doc, (*path, i), item)


def _key_of(value: Any) -> str | None:
    """The field that names each item of a list of mappings, when one does so uniquely."""
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        return None
    for key in KEYS:
        if not all(key in v for v in value):
            continue
        names = [_item_key(v, key) for v in value]
        if len(set(names)) == len(names):
            return key
    return None


def _item_key(item: dict[str, Any], key: str) -> str:
    since = item.get("effective_from")
    return f"{item[key]}@{since}" if since is not None else str(item[key])


def _tree(doc: YamlDocument, path: tuple[Any, ...], items: list[Any], section: str
          ) -> Iterator[tuple[tuple[str, str], Located]]:
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        here = (*path, i)
        own = {k: v for k, v in item.items() if k != TREE}
        yield (section, str(item.get("id", i))), Located(doc, here, own)
        children = item.get(TREE)
        if isinstance(children, list):
            yield from _tree(doc, (*here, TREE), children, section)


def _compare(name: str, key: tuple[str, str], old: Located | None, new: Located | None) -> Edit | None:
    section, item = key
    edit_id = f"{name}:{section}/{item}" if item else f"{name}:{section}"
    if old is not None and new is not None:
        fields = tuple(_fields(old, new, (), old.value, new.value))
        if not fields:
            return None
        return Edit(edit_id, "changed", name, section, item, old.where(), new.where(), fields,
                    old.value, new.value, old.path)
    if new is not None:
        return Edit(edit_id, "added", name, section, item, None, new.where(), new_value=new.value)
    assert old is not None
    return Edit(edit_id, "removed", name, section, item, old.where(), None, old_value=old.value, old_path=old.path)


def _fields(old: Located, new: Located, sub: tuple[Any, ...], a: Any, b: Any) -> Iterator[FieldChange]:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in [*a, *(k for k in b if k not in a)]:
            if k not in b:
                yield FieldChange(format_path((*sub, k)), a[k], None, old.where((*sub, k)), None)
            elif k not in a:
                yield FieldChange(format_path((*sub, k)), None, b[k], None, new.where((*sub, k)))
            else:
                yield from _fields(old, new, (*sub, k), a[k], b[k])
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            yield from _fields(old, new, (*sub, i), x, y)
    elif a != b:
        yield FieldChange(format_path(sub) if sub else "(mục)", a, b, old.where(sub), new.where(sub))
