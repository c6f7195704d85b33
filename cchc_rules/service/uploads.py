"""Uploaded files are hostile until proven otherwise.

Limits on size and count; an .xlsx (a zip) is refused when it declares more than the limit
uncompressed or compresses too well (a zip bomb), before any reader opens it; the client's file
name is only ever shown (escaped), never used as a path: a file is stored under the name of the
fact kind it holds (`task_status.csv`) or under its content hash. Validation is the CLI's: the
period folder is read with `facts.load.read_facts` and every problem is kept with its file
(as the user named it), row, column, field, message and fix.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from cchc_rules.errors import Problem
from cchc_rules.facts.kinds import FILE_SUFFIXES, kind_named
from cchc_rules.messages import Lang, render_text
from cchc_rules.rulepack.load import display_path
from cchc_rules.service.storage import sha256
from cchc_rules.suggest import fold

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FILES = 20
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_ZIP_ENTRIES = 2000


class Refused(ValueError):
    """An upload refused before validation; `.problems` as rendered rows."""

    def __init__(self, problems: list[dict[str, Any]]) -> None:
        super().__init__(problems)
        self.problems = problems


@dataclass(frozen=True)
class Incoming:
    name: str  # as the client sent it: shown, never a path
    data: bytes
    stored: str | None = None  # the service's own name for it (the agency form's workbook)


def refusal(name: str, message: str, hint: str = "") -> dict[str, Any]:
    return {"file": name, "line": 0, "column": 0, "field": "(tệp)", "message": message, "hint": hint,
            "severity": "error"}


def zip_problems(name: str, data: bytes, lang: Lang = "vi") -> list[dict[str, Any]]:
    """Why a zip (an .xlsx or a pack) is refused: unreadable, too many entries, too large
    uncompressed, or compressed beyond any real workbook (a zip bomb)."""
    vi = lang == "vi"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return [refusal(name, "Tệp không phải tệp nén (zip/xlsx) đọc được." if vi else "Not a readable zip/xlsx file.",
                        "Lưu lại tệp bằng Excel rồi tải lên lại." if vi else "Save it again from Excel and upload it.")]
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > MAX_ZIP_ENTRIES or total > MAX_UNZIPPED_BYTES or total / packed > MAX_RATIO:
        return [refusal(name, (f"Tệp nén khai báo {total} byte khi giải nén ({len(infos)} mục): vượt giới hạn "
                               f"{MAX_UNZIPPED_BYTES} byte hoặc tỷ lệ nén {MAX_RATIO} lần; tệp bị từ chối.") if vi else
                        (f"The archive declares {total} bytes uncompressed ({len(infos)} entries): over the "
                         f"limit of {MAX_UNZIPPED_BYTES} bytes or a compression ratio of {MAX_RATIO}; refused."),
                        "Kiểm tra lại tệp; bảng tính thật không lớn như vậy." if vi else "Check the file; a real workbook is not that large.")]
    return []


def size_problems(files: list[Incoming], lang: Lang = "vi") -> list[dict[str, Any]]:
    vi = lang == "vi"
    problems = []
    if not files:
        problems.append(refusal("(tải lên)", "Chưa chọn tệp nào." if vi else "No file chosen.",
                                "Chọn ít nhất một tệp số liệu." if vi else "Choose at least one file."))
    if len(files) > MAX_FILES:
        problems.append(refusal("(tải lên)", f"Tải lên {len(files)} tệp, tối đa {MAX_FILES} tệp một lần." if vi
                                else f"{len(files)} files uploaded; at most {MAX_FILES} at once.", ""))
    for f in files:
        if len(f.data) > MAX_FILE_BYTES:
            problems.append(refusal(f.name, f"Tệp lớn {len(f.data)} byte, vượt giới hạn {MAX_FILE_BYTES} byte." if vi
                                    else f"The file has {len(f.data)} bytes, over the limit of {MAX_FILE_BYTES}.",
                                    "Tách tệp theo loại số liệu." if vi else "Split the file by kind of data."))
    return problems


def stored_name(client_name: str, data: bytes) -> str | None:
    """The name a data file is stored under in the period folder: its fact kind when the client's
    name says one (`Tiến độ nhiệm vụ.csv` → `task_status.csv`), an agency template as
    `bieu-mau-<CODE>.xlsx`, a workbook of any other name under a hash of that name (its sheets say
    the kinds); None for any other file. Never a part of the client's path."""
    base = PurePosixPath(client_name.replace("\\", "/")).name
    suffix = PurePosixPath(base).suffix.lower()
    suffix = suffix if suffix in FILE_SUFFIXES else ".bin"
    kind = kind_named(PurePosixPath(base).stem) if suffix != ".bin" else None
    if kind is not None:
        return f"{kind.name}{suffix}"
    if suffix != ".xlsx":
        return None
    template = re.fullmatch(r"bieu-mau-([A-Z0-9_]{1,20})\.xlsx", base, re.IGNORECASE)
    if template:  # an agency template (`cchc-rules template`): one per agency, a new one replaces it
        return f"bieu-mau-{template[1].upper()}.xlsx"
    # any other workbook: named by a hash of the name it was sent under, so sending it again replaces it
    return f"bang-tinh-{sha256(fold(base).encode())[:16]}.xlsx"


def shown_name(client_name: str) -> str:
    """The client's name as shown (escaped again by the page): its last part, at most 120 chars."""
    base = PurePosixPath(client_name.replace("\\", "/")).name or "(không tên)"
    return base[:120]


def rendered(problems: list[Problem], folder: Path, names: dict[str, str], lang: Lang) -> list[dict[str, Any]]:
    """Problems as rows for a page: the file as the user named it (`names`: stored → client
    name), row, column, field, the CLI's message and fix."""
    prefix = display_path(folder)
    rows = []
    for p in problems:
        file = p.location.file
        if file.startswith(prefix):
            file = file[len(prefix):].lstrip("/\\")
        period_file = file.split("/")[-1]
        message, hint = render_text(p.code, p.params, lang)
        message = message.replace(prefix + "/", "")
        rows.append({"file": names.get(period_file, file), "line": p.location.line, "column": p.location.column,
                     "field": p.field, "message": message, "hint": hint or p.suggestion or "",
                     "severity": p.severity})
    return rows
