"""Reading a text file of facts (CSV, JSON) as NFC text: UTF-8 with or without a BOM.

First step of `read_csv` and `read_json_facts`; a file that cannot be read or is not UTF-8
gives one problem naming the line and the first bad byte.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from cchc_rules.errors import Problem, SourceLocation


def read_text(path: Path, file: str) -> tuple[str | None, list[Problem]]:
    """The file's text, NFC-normalised, or None with the problem that stopped reading it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(SourceLocation(file), "(tệp)", "file_unreadable",
                              {"reason": exc.strerror or str(exc)})]
    try:
        return unicodedata.normalize("NFC", raw.decode("utf-8-sig")), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(SourceLocation(file, line), "(tệp)", "fact_not_utf8",
                              {"byte": f"0x{raw[exc.start]:02X}"})]
