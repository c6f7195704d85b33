"""The normalized text form of a workbook that xlsx goldens are compared in: every sheet's rows of
values as JSON, one row per line (so a diff shows which row changed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook


def dump(book: Workbook) -> dict[str, list[list[Any]]]:
    """Every sheet → its rows of values (dates as ISO text, trailing empty cells dropped)."""
    def value(v: Any) -> Any:
        return v.date().isoformat() if isinstance(v, dt.datetime) else v

    out = {}
    for ws in book.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            values = [value(v) for v in row]
            while values and values[-1] is None:
                values.pop()
            rows.append(values)
        out[ws.title] = rows
    return out


def dump_text(book: Workbook) -> str:
    """`dump` as JSON text, one row per line; checked to read back as the same dump."""
    values = dump(book)
    sheets = [json.dumps(name, ensure_ascii=False) + ": [\n"
              + ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in rows) + "\n ]"
              for name, rows in values.items()]
    text = "{\n " + ",\n ".join(sheets) + "\n}\n"
    assert json.loads(text) == values, "the dump text does not read back as the workbook's values"
    return text


def workbook_text(path: Path) -> bytes:
    """The dump text of the workbook file at `path`, as UTF-8 bytes."""
    return dump_text(load_workbook(path)).encode("utf-8")
