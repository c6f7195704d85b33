"""Which entries of a rule pack folder are read, and a warning for each one that is not.

The first step of loading a pack (`load.py` reads what this module lists). Nothing in the
folder is skipped without a word: `scoring/2026.YAML` or `tasks.yml` is named with the name it
should have; another YAML file is named as not part of a pack; a pack file that is a broken link,
a folder or a pipe is an error instead of "missing".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from cchc_rules.errors import Problem, SourceLocation

_YAML_SUFFIXES = {".yaml", ".yml"}
# scoring/2026.yaml, and more rubrics of a year beside it: scoring/2026-766.yaml (index rubrics).
_RUBRIC_NAME = re.compile(r"[0-9]{4}(-[a-z0-9][a-z0-9-]{0,39})?\.yaml")
SCORING = "scoring"

Shown = Callable[[Path], str]


def unread_entries(directory: Path, known: list[str], shown: Shown) -> list[Problem]:
    """A warning for each YAML file (any case of .yaml/.yml) and each folder that is not read."""
    problems = []
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        if entry.name in known or entry.name == SCORING:
            continue
        if entry.is_dir() and entry.name.casefold() == SCORING:
            problems.append(_misnamed(entry, entry.name + "/", SCORING + "/", shown))
        elif entry.suffix.casefold() in _YAML_SUFFIXES:
            expected = _expected_name(entry.name, known)
            problems.append(_misnamed(entry, entry.name, expected, shown) if expected
                            else _unknown(entry, entry.name, ", ".join(known), shown))
    return problems


def rubric_files(folder: Path, shown: Shown) -> tuple[list[Path], list[Problem]]:
    """The `scoring/<year>.yaml` files to read, and a warning for every other YAML file there."""
    paths: list[Path] = []
    problems: list[Problem] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        name = f"{SCORING}/{entry.name}"
        if _RUBRIC_NAME.fullmatch(entry.name):
            paths.append(entry)
        elif re.fullmatch(r"[0-9]{4}(-[a-z0-9][a-z0-9-]{0,39})?", entry.stem.casefold()) and entry.suffix.casefold() in _YAML_SUFFIXES:
            problems.append(_misnamed(entry, name, f"{SCORING}/{entry.stem.casefold()}.yaml", shown))
        elif entry.suffix.casefold() in _YAML_SUFFIXES:
            problems.append(_unknown(entry, name, f"{SCORING}/<năm>.yaml", shown))
    return paths, problems


def not_a_file(path: Path, name: str, shown: Shown) -> Problem | None:
    """An error when a pack file's name is taken by a broken link, a folder or a pipe."""
    if path.is_file() or not (path.is_symlink() or path.exists()):
        return None
    return Problem(SourceLocation(shown(path)), "(tệp)", "rules_not_a_file", {"name": name})


def _expected_name(name: str, known: list[str]) -> str | None:
    """The pack file `name` was meant to be: same letters in another case, or `.yml`."""
    stem = name.rsplit(".", 1)[0].casefold()
    return next((k for k in known if k.rsplit(".", 1)[0] == stem), None)


def _misnamed(entry: Path, name: str, expected: str, shown: Shown) -> Problem:
    code, field = ("misnamed_folder", "(thư mục)") if entry.is_dir() else ("misnamed_file", "(tệp)")
    return Problem(SourceLocation(shown(entry)), field, code, {"name": name, "expected": expected},
                   severity="warning")


def _unknown(entry: Path, name: str, known: str, shown: Shown) -> Problem:
    return Problem(SourceLocation(shown(entry)), "(tệp)", "unknown_file", {"name": name, "known": known},
                   severity="warning")
