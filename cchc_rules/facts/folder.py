"""Listing a data folder and reading each file of facts with its reader, in name order.

First stage of loading facts (`load.py` calls `read_folder`). `<kind>.csv|.xlsx|.yaml|.yml|.json`
hold one kind (the file's name may also be a Vietnamese sheet name of kinds.py); any other
`.xlsx` holds the kinds its sheets are named after. Other files are reported and skipped;
sub-folders, hidden files and Excel's lock files (`~$…`) are skipped silently. What cannot be
read safely is an error naming it, and is never opened: a broken link, a link that leaves the
folder (its target is not read, so its content cannot reach a message), and anything that is
not a regular file (a FIFO would block the reader forever, a device never ends).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.cells import guess
from cchc_rules.facts.kinds import FILE_SUFFIXES, KIND_NAMES, Kind, kind_named
from cchc_rules.facts.raw import RawTable
from cchc_rules.facts.read_csv import read_csv
from cchc_rules.facts.read_xlsx import read_xlsx
from cchc_rules.facts.read_yaml import read_json_facts, read_yaml_facts
from cchc_rules.rulepack.load import display_path
from cchc_rules.suggest import nearest


def listed(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The regular files of a data folder by name, and a problem for each entry unsafe to read."""
    base = directory.resolve()
    files: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(directory.iterdir(), key=lambda p: p.name):
        if path.name.startswith((".", "~$")):
            continue
        code = _unsafe(path, base)
        if code == "":
            files.append(path)
        elif code is not None:
            problems.append(Problem(SourceLocation(display_path(path)), "(tệp)", code,
                                    {"name": path.name}))
    return files, problems


def _unsafe(path: Path, base: Path) -> str | None:
    """'' for a regular file to read, None for a folder (skipped), else the problem's code."""
    try:
        target = path.resolve() if path.is_symlink() else path
        mode = os.stat(target).st_mode
    except (OSError, RuntimeError):  # RuntimeError: a loop of links on older Pythons
        return "fact_broken_link" if path.is_symlink() else "fact_not_regular_file"
    if stat.S_ISDIR(mode):
        return None
    if path.is_symlink() and not target.is_relative_to(base):
        return "fact_link_outside"
    return "" if stat.S_ISREG(mode) else "fact_not_regular_file"


def read_folder(directory: Path) -> tuple[list[RawTable], list[Problem]]:
    """Every table in a data folder, in file-name order, and the problems met reading them."""
    tables: list[RawTable] = []
    files, problems = listed(directory)
    for path in files:
        found, found_problems = read_file(path)
        tables.extend(found)
        problems.extend(found_problems)
    if not tables and not problems:
        known = ", ".join(f"{k}.csv" for k in KIND_NAMES)
        problems.append(Problem(SourceLocation(display_path(directory)), "(thư mục)", "fact_no_files",
                                {"known": known}, "warning"))
    return tables, problems


def read_file(path: Path) -> tuple[list[RawTable], list[Problem]]:
    """The tables of one file, by its suffix and name."""
    file = display_path(path)
    suffix = path.suffix.lower()
    kind = kind_named(path.stem) if suffix in FILE_SUFFIXES else None
    if suffix == ".xlsx":
        return read_xlsx(path, file, kind)
    if kind is None:
        return [], [_unknown_file(path, file)]
    return _read_one_kind(path, file, kind)


def _read_one_kind(path: Path, file: str, kind: Kind) -> tuple[list[RawTable], list[Problem]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        table, problems = read_csv(path, file, kind.name)
    elif suffix == ".json":
        table, problems = read_json_facts(path, file, kind.name)
    else:
        table, problems = read_yaml_facts(path, file, kind.name)
    return ([table] if table else []), problems


def _unknown_file(path: Path, file: str) -> Problem:
    suggestion = nearest(path.stem, KIND_NAMES)
    guessed = f"{suggestion}{path.suffix if path.suffix.lower() in FILE_SUFFIXES else '.csv'}" \
        if suggestion else None
    return Problem(SourceLocation(file), "(tệp)", "fact_unknown_file",
                   {"name": path.name, "guess": guess(guessed), "kinds": ", ".join(KIND_NAMES)},
                   "warning", guessed)
