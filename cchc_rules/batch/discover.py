"""Finding the units of a batch: one folder per unit under the data folder, named (or tagged in
its unit.yaml) by the unit's 5-digit official code. The first stage of the batch; it reads only
folder names and the small unit.yaml files, never the facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.rulepack.load import display_path
from cchc_rules.rulepack.shape import validate_document
from cchc_rules.source import read_yaml

UNIT_FILE = "unit.yaml"
_CODE = re.compile(r"^(\d{5})(?!\d)")


class UnitFile(BaseModel):
    """unit.yaml: who the unit is; each field given replaces the rule pack's plan.unit field."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Annotated[str, StringConstraints(pattern=r"^\d{5}$")] | None = None
    name: Annotated[str, StringConstraints(min_length=1)] | None = None
    kind: Literal["xa", "phuong", "dac_khu"] | None = None
    province: Annotated[str, StringConstraints(min_length=1)] | None = None
    province_code: Annotated[str, StringConstraints(pattern=r"^\d{2}$")] | None = None
    code_list: str | None = None


@dataclass(frozen=True)
class UnitFolder:
    """A unit to evaluate: its code, its folder and what its unit.yaml says (fields given only)."""

    code: str
    folder: Path
    identity: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Skipped:
    """A folder that is not evaluated, with the reason and the problems behind it."""

    folder: str  # as shown to users
    code: str | None
    reason: str  # a key of reasons.REASONS
    problems: tuple[Problem, ...]

    def sort_key(self) -> tuple[bool, str, str]:
        return (self.code is None, self.code or "", self.folder)


def discover_units(data_dir: Path, year: int) -> tuple[list[UnitFolder], list[Skipped]]:
    """The unit folders under `data_dir` ordered by code, and the folders skipped (with why).

    Folders whose names start with '.' or '_' are ignored, as are plain files.
    """
    units: dict[str, UnitFolder] = {}
    skipped: list[Skipped] = []
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and p.name[:1] not in "._"):
        found = _unit_of(folder, year)
        if isinstance(found, Skipped):
            skipped.append(found)
        elif found.code in units:
            first = units[found.code].folder.name
            skipped.append(_skip(folder, found.code, "duplicate_code", "batch_duplicate_code",
                                 code=found.code, first=first))
        else:
            units[found.code] = found
    return [units[code] for code in sorted(units)], sorted(skipped, key=Skipped.sort_key)


def _unit_of(folder: Path, year: int) -> UnitFolder | Skipped:
    match = _CODE.match(folder.name)
    folder_code = match.group(1) if match else None
    identity: dict[str, str] = {}
    if (folder / UNIT_FILE).is_file():
        doc = read_yaml(folder / UNIT_FILE, display_path(folder / UNIT_FILE))
        problems = list(doc.problems)
        if not any(p.severity == "error" for p in problems):
            checked = validate_document(doc, UnitFile)
            problems += checked.problems
            if checked.model is not None and not checked.problems:
                identity = checked.model.model_dump(exclude_none=True)
        if any(p.severity == "error" for p in problems):
            return Skipped(display_path(folder), folder_code, "unit_file", tuple(problems))
    code = identity.get("code", folder_code)
    if code is None:
        return _skip(folder, None, "no_code", "batch_no_code", name=folder.name)
    if folder_code is not None and code != folder_code:
        return _skip(folder, folder_code, "code_mismatch", "batch_code_mismatch", found=code,
                     folder_code=folder_code)
    if not _has_data(folder, year):
        return _skip(folder, code, "no_data", "batch_no_data", year=year)
    return UnitFolder(code, folder, identity)


def _has_data(folder: Path, year: int) -> bool:
    return any((folder / name).is_dir() for name in (str(year), *(f"{year}-Q{n}" for n in range(1, 5))))


def _skip(where: Path, unit_code: str | None, reason: str, problem: str, **params: object) -> Skipped:
    shown = display_path(where)
    return Skipped(shown, unit_code, reason, (Problem(SourceLocation(shown), "(thư mục)", problem, dict(params)),))
