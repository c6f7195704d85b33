"""service/uploads.py: the names files are stored under, and the zip checks, against plain
references (hypothesis)."""

from __future__ import annotations

import io
import re
import zipfile

from hypothesis import given
from hypothesis import strategies as st

from cchc_rules.facts.kinds import KIND_NAMES
from cchc_rules.service.storage import manifest_hash
from cchc_rules.service.uploads import shown_name, stored_name, zip_problems

SAFE = re.compile(rf"^(({'|'.join(KIND_NAMES)})\.(csv|xlsx|yaml|yml|json)|bang-tinh-[0-9a-f]{{16}}\.xlsx|bieu-mau-[A-Z0-9_]{{1,20}}\.xlsx)$")


@given(st.text(max_size=80), st.binary(max_size=64))
def test_stored_name_is_never_the_clients_path(name: str, data: bytes) -> None:
    stored = stored_name(name, data)
    assert stored is None or SAFE.match(stored), stored


def test_stored_name_by_kind() -> None:
    assert stored_name("../../Tiến độ nhiệm vụ.CSV", b"") == "task_status.csv"
    assert stored_name("C:\\\\x\\\\pakn.csv", b"") == "pakn.csv"
    assert stored_name("bao-cao.xlsx", b"x").startswith("bang-tinh-")
    assert stored_name("bao-cao.xlsx", b"x") == stored_name("Bao-Cao.xlsx", b"y")  # sent again: replaces
    assert stored_name("D:/tai/bieu-mau-kt.xlsx", b"") == "bieu-mau-KT.xlsx"
    assert stored_name("notes.txt", b"") is None and stored_name("evil.csv", b"") is None


@given(st.text(max_size=300))
def test_shown_name_has_no_folder(name: str) -> None:
    shown = shown_name(name)
    assert "/" not in shown and "\\" not in shown and 0 < len(shown) <= 120


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_zip_problems() -> None:
    assert zip_problems("a.xlsx", _zip({"a.xml": b"<x/>" * 10})) == []
    assert zip_problems("a.xlsx", b"not a zip")[0]["message"].startswith("Tệp không phải")
    assert "vượt giới hạn" in zip_problems("b.xlsx", _zip({"a.xml": b"\0" * (2 * 1024 * 1024)}))[0]["message"]


@given(st.dictionaries(st.text(min_size=1, max_size=10), st.text(min_size=64, max_size=64), max_size=5))
def test_manifest_hash_ignores_order(manifest: dict[str, str]) -> None:
    assert manifest_hash(manifest) == manifest_hash(dict(reversed(list(manifest.items()))))
