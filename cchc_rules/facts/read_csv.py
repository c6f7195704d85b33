"""Reading a CSV file as Excel saves it into a RawTable: UTF-8 with or without BOM, ',' ';' or tab.

First stage of reading facts for `<kind>.csv`. The delimiter is taken from the header line;
row numbers are spreadsheet rows (a quoted cell may span several lines of the file). A cell
longer than the csv module allows (131.072 characters) is named by its row and column.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.decode import read_text
from cchc_rules.facts.raw import RawTable, column_letter, table_from_grid

_DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"[^"]*"')


def read_csv(path: Path, file: str, kind: str) -> tuple[RawTable | None, list[Problem]]:
    """The table in a CSV file, or None with the problem that stopped reading it."""
    text, problems = read_text(path, file)
    if text is None:
        return None, problems
    records: list[list[str]] = []
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    lines_read = 0  # physical lines of the records read so far
    try:
        for record in reader:
            records.append(record)
            lines_read = reader.line_num
    except csv.Error as exc:  # a quote left open (or text after a closing quote), or a huge cell
        row = SourceLocation(file, len(records) + 1)
        column = _long_cell(text, lines_read, delimiter) if "field limit" in str(exc) else None
        if column is not None:
            header = records[0][column] if records and column < len(records[0]) else ""
            return None, [Problem(row, header.strip() or column_letter(column), "fact_csv_cell_too_long",
                                  {"cell": f"{column_letter(column)}{len(records) + 1}",
                                   "limit": csv.field_size_limit()})]
        return None, [Problem(row, "(tệp)", "fact_csv_syntax")]
    return table_from_grid(file, kind, enumerate(records, start=1)), []


def _long_cell(text: str, lines_before: int, delimiter: str) -> int | None:
    """The 0-based column of the first cell over the csv module's size limit, in the record that
    starts after `lines_before` physical lines; None when there is none (another mistake)."""
    start = 0
    for _ in range(lines_before):
        start = text.find("\n", start) + 1
    limit, column, size, quoted = csv.field_size_limit(), 0, 0, False
    for char in itertools.islice(text, start, None):
        if char == '"':
            quoted = not quoted
        elif not quoted and char == delimiter:
            column, size = column + 1, 0
            continue
        elif not quoted and char in "\r\n":
            return None
        size += 1
        if size > limit:
            return column
    return None


def detect_delimiter(text: str) -> str:
    """The delimiter used most on the first non-blank line, quoted text aside (default ',').

    Examples:
        >>> detect_delimiter('task;status;"ghi chú, nếu có"\\n'), detect_delimiter("task\\tstatus")
        (';', '\\t')
        >>> detect_delimiter("task")
        ','
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = _QUOTED.sub("", first)
    counts = {d: unquoted.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","
