"""Reading `<kind>.yaml|.yml|.json` (a list of row mappings) into a RawTable.

First stage of reading facts for YAML and JSON. YAML rows are numbered by the line of their
item and keep the text as written (so `no`, `0123` or `20/03/2026` stay text until a cell
parser reads them); JSON rows are numbered by the line their item starts on and keep JSON's
types (`json_items.py` reads the list item by item to know the lines).
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.cells import is_blank
from cchc_rules.facts.decode import read_text
from cchc_rules.facts.json_items import JsonError, json_items
from cchc_rules.facts.raw import ColumnKey, Header, RawRow, RawTable
from cchc_rules.source import YamlDocument, read_yaml


def read_yaml_facts(path: Path, file: str, kind: str) -> tuple[RawTable | None, list[Problem]]:
    """The table in a YAML file, or None with the problems that stopped reading it."""
    doc = read_yaml(path, file)
    problems = [p for p in doc.problems if p.code != "not_nfc"]  # text is normalised anyway
    if any(p.severity == "error" for p in problems):
        return None, problems
    items = doc.data if doc.data is not None else []
    if not isinstance(items, list):
        return None, [*problems, _not_a_list(file, items)]
    rows = [(doc.values[(i,)][0], _yaml_item(doc, i, item)) for i, item in enumerate(items)]
    return _table(file, kind, rows, problems)


def _yaml_item(doc: YamlDocument, index: int, item: Any) -> Any:
    """An item's values, each scalar as the text written in the file (None when null)."""
    if not isinstance(item, dict):
        return item
    return {str(key): _yaml_scalar(doc, (index, key), value) for key, value in item.items()}


def _yaml_scalar(doc: YamlDocument, path: tuple[int, Any], value: Any) -> Any:
    info = doc.scalars.get(path)
    if info is None:  # a list or mapping: reported by _table
        return value
    if info.read_as == "null":
        return None
    return info.text if info.plain else value


def read_json_facts(path: Path, file: str, kind: str) -> tuple[RawTable | None, list[Problem]]:
    """The table in a JSON file, or None with the problem that stopped reading it."""
    text, problems = read_text(path, file)
    if text is None:
        return None, problems
    pairs = _Pairs(file, text)
    try:
        items = json_items(text, pairs)
    except JsonError as exc:
        return None, [Problem(SourceLocation(file), "(tệp)", "fact_json_syntax",
                              {"line": exc.lineno, "column": exc.colno, "detail": exc.msg})]
    except RecursionError:  # lists or objects nested thousands deep
        return None, [Problem(SourceLocation(file, pairs.line), "(tệp)", "fact_json_too_deep")]
    if not isinstance(items, list):
        return None, [_not_a_list(file, items)]
    return _table(file, kind, items, pairs.problems)


class _Pairs:
    """Builds JSON objects, reporting a key given twice in one object at the line it is repeated.

    `line` and `start` are set by json_items to where the item being read starts.
    """

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text
        self.line = 1
        self.start = 0
        self.problems: list[Problem] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                self.problems.append(Problem(SourceLocation(self.file, self._line_of(key)), key,
                                             "fact_duplicate_field", {"key": key}))
            result[key] = value
        return result

    def _line_of(self, key: str) -> int:
        """The line of the key's second occurrence in the item (its line when not found as written)."""
        written = re.compile(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:")
        found = list(itertools.islice(written.finditer(self.text, self.start), 2))
        if len(found) < 2:
            return self.line
        return self.line + self.text.count("\n", self.start, found[1].start())


def _table(file: str, kind: str, items: list[tuple[int, Any]],
           problems: list[Problem]) -> tuple[RawTable, list[Problem]]:
    """A table from numbered items; an empty item is a blank row."""
    headers: dict[str, Header] = {}
    rows: list[RawRow] = []
    for number, item in items:
        if item is None:
            continue
        if not isinstance(item, dict):
            problems.append(Problem(SourceLocation(file, number), "(dòng)", "fact_row_not_mapping",
                                    {"found": _what(item)}))
            continue
        for key in item:
            headers.setdefault(key, Header(key, key, number))
        cells = _cells(file, number, item, problems)
        if cells:
            rows.append(RawRow(number, cells))
    return RawTable(file, kind, tuple(headers.values()), tuple(rows)), problems


def _cells(file: str, number: int, item: dict[str, Any], problems: list[Problem]) -> dict[ColumnKey, object]:
    """The non-blank values of an item; a list or mapping as a value is reported and dropped."""
    cells: dict[ColumnKey, object] = {}
    for key, value in item.items():
        if isinstance(value, (list, dict)):
            problems.append(Problem(SourceLocation(file, number), key, "fact_nested_value",
                                    {"found": _what(value)}))
        elif not is_blank(value):
            cells[key] = value
    return cells


def _what(value: Any) -> dict[str, str]:
    """How to name a value that is in the wrong place (a word of messages.WORDS)."""
    if isinstance(value, list):
        return {"word": "list"}
    if isinstance(value, dict):
        return {"word": "mapping"}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return {"word": "number"}
    return {"word": "text"} if value is not None else {"word": "nothing"}


def _not_a_list(file: str, value: Any) -> Problem:
    return Problem(SourceLocation(file, 1), "(tệp)", "fact_not_a_list", {"found": _what(value)})
