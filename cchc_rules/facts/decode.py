"""Reading a text file of facts (CSV, JSON) as NFC text: UTF-8 with or without a BOM.

First step of `read_csv` and `read_json_facts`; a file that cannot be read or is not UTF-8
gives one problem naming the line and the first bad byte.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from cchc_rules.errors import Problem, SourceLocation


def read_text(path: Path, file: str) -> tuple[str | None, list[Problem]]:
    """The file's text, NFC-normalised, or None with the problem that stopped reading it."""
    try:
        raw = _regular_file_bytes(path)
    except OSError as exc:
        return None, [Problem(SourceLocation(file), "(tệp)", "file_unreadable",
                              {"reason": exc.strerror or str(exc)})]
    if raw is None:
        return None, [Problem(SourceLocation(file), "(tệp)", "fact_not_regular_file", {"name": path.name})]
    try:
        return unicodedata.normalize("NFC", raw.decode("utf-8-sig")), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(SourceLocation(file, line), "(tệp)", "fact_not_utf8",
                              {"byte": f"0x{raw[exc.start]:02X}"})]


def _regular_file_bytes(path: Path) -> bytes | None:
    """The bytes of a regular file, None for anything else; opening never blocks (a FIFO put in
    place of the file after the folder was listed is refused, not waited on)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        return handle.read()
