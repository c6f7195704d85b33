"""Reading a CSV file as Excel saves it into a RawTable: UTF-8 with or without BOM, ',' ';' or tab.

First stage of reading facts for `<kind>.csv`. The delimiter is taken from the header line;
row numbers are spreadsheet rows (a quoted cell may span several lines of the file).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.decode import read_text
from cchc_rules.facts.raw import RawTable, table_from_grid

_DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"[^"]*"')


def read_csv(path: Path, file: str, kind: str) -> tuple[RawTable | None, list[Problem]]:
    """The table in a CSV file, or None with the problem that stopped reading it."""
    text, problems = read_text(path, file)
    if text is None:
        return None, problems
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text),
                                  strict=True))
    except csv.Error:  # a quote left open (or text after a closing quote): rows would be swallowed
        return None, [Problem(SourceLocation(file, len(records) + 1), "(tệp)", "fact_csv_syntax")]
    return table_from_grid(file, kind, enumerate(records, start=1)), []


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
