"""The bad-rules corpus: one small rules file per mistake, replacing one file of `_base/`.

A case is `<case>.yaml` plus `<case>.expected`. The case file opens with comment lines:

    # replaces: tasks.yaml        the file of _base/ it replaces (a name not in _base/ adds one,
                                  also in a subfolder: scoring/2026.YAML)
    # mistake: <one line, in Vietnamese>
    # write-as: cp1258 | nfd      optional: save the file in that encoding / Unicode form
    # exit: 0                     optional: the pack only has warnings, `check` exits 0 (default 1)

Cases listed in KNOWN_BUGS below are known bugs of cchc_rules: their `.expected` holds the
correct output, written by hand, and their tests are xfail(strict=True).

The pack is built at `<folder>/pack` and checked with `<folder>` as the working folder, so the
rendered problems show stable relative paths such as `pack/tasks.yaml:12:11`.
`.expected` holds exactly `render_problems(iter_problems("pack"), "vi")`.
"""

from __future__ import annotations

import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE / "_base"
PACK = "pack"

# Cases whose `.expected` holds the correct output, which cchc_rules does not produce yet.
# Each is a bug in cchc_rules; the test is xfail(strict=True) until it is fixed. After fixing,
# delete the entry here; the test must then pass with the `.expected` as written.
KNOWN_BUGS: dict[str, str] = {}
# Known bugs that also give the wrong exit code: three missing checks (today `check` passes
# these packs, exit 0) and a crash (exit 3); each should exit 1.
EXIT_CODE_BUGS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Case:
    name: str
    replaces: str
    mistake: str
    write_as: str | None
    exit_code: int

    @property
    def xfail(self) -> str | None:
        """Why this case fails today (a known bug in cchc_rules), or None."""
        return KNOWN_BUGS.get(self.name)

    @property
    def source(self) -> Path:
        return HERE / f"{self.name}.yaml"

    @property
    def expected_path(self) -> Path:
        return HERE / f"{self.name}.expected"

    def expected(self) -> str:
        return self.expected_path.read_text(encoding="utf-8").removesuffix("\n")


def _header(text: str) -> dict[str, str]:
    header: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("# ") or ":" not in line:
            break
        key, _, value = line[2:].partition(":")
        header[key.strip()] = value.strip()
    return header


def load_case(path: Path) -> Case:
    header = _header(path.read_text(encoding="utf-8"))
    return Case(
        name=path.stem,
        replaces=header["replaces"],
        mistake=header["mistake"],
        write_as=header.get("write-as"),
        exit_code=int(header.get("exit", "1")),
    )


def all_cases() -> list[Case]:
    return [load_case(p) for p in sorted(HERE.glob("*.yaml"))]


def case_bytes(case: Case) -> bytes:
    """The case file as it is saved into the pack (re-encoded when the case says so)."""
    text = case.source.read_text(encoding="utf-8")
    if case.write_as == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if case.write_as == "cp1258":
        return _cp1258(text)
    return text.encode("utf-8")


# Windows-1258 writes Vietnamese tone marks as separate combining characters after the letter.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(letter + "".join(c for c in parts if c in _TONES))
    return "".join(out).encode("cp1258")


def build_pack(case: Case, folder: Path) -> Path:
    """Copy _base/ to `folder/pack` and put the case file in place of the file it replaces."""
    pack = folder / PACK
    shutil.copytree(BASE, pack)
    target = pack / case.replaces  # may sit in a subfolder, e.g. scoring/2026.YAML
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(case_bytes(case))
    return pack
