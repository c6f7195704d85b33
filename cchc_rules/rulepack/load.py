"""Loading a rule pack folder: read every file, check shape, check meaning, collect all problems.

Entry points: `load_rules(dir)` returns a checked RulePack or raises RulesFileError with every
problem; `iter_problems(dir)` lists the problems (warnings included) without raising.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from pydantic import BaseModel

from cchc_rules.errors import Problem, RulesFileError, SourceLocation
from cchc_rules.rulepack.characters import CODES as CHARACTER_CODES
from cchc_rules.rulepack.characters import character_problems
from cchc_rules.rulepack.check import check_pack
from cchc_rules.rulepack.effective import pack_is_dated
from cchc_rules.rulepack.folder import SCORING, not_a_file, rubric_files, unread_entries
from cchc_rules.rulepack.pack import OPTIONAL_FILES, PACK_FILES, PartialPack, RulePack
from cchc_rules.rulepack.rubric import RubricFile
from cchc_rules.rulepack.rubric_766 import IndexRubricFile, is_index_document
from cchc_rules.rulepack.shape import validate_document
from cchc_rules.source import read_yaml

BUNDLED_PACK = "truong-xuan-2026-2030"


def bundled_rules_dir() -> Path:
    """The bundled Trường Xuân pack: inside the installed package, else the checkout's rules/."""
    packaged = resources.files("cchc_rules") / "bundled" / "rules" / BUNDLED_PACK
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules" / BUNDLED_PACK


def bundled_data_dir() -> Path:
    """The bundled Trường Xuân data: inside the installed package, else the checkout's data/."""
    packaged = resources.files("cchc_rules") / "bundled" / "data" / "truong-xuan"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / "truong-xuan"


def display_path(path: Path) -> str:
    """A path as users typed it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
        return str(path) if rel.startswith("..") else rel
    except ValueError:  # another drive on Windows
        return str(path)


def read_pack(directory: Path) -> tuple[PartialPack, list[Problem]]:
    """Read and shape-check every file; meaning checks are left to `check_pack`."""
    pack = PartialPack(directory=directory)
    problems: list[Problem] = []
    shown_dir = display_path(directory)
    if not directory.is_dir():
        return pack, [Problem(SourceLocation(shown_dir), "(thư mục)", "not_a_dir")]
    known = [name for name, _ in PACK_FILES + OPTIONAL_FILES]
    problems.extend(unread_entries(directory, known, display_path))
    optional = {name for name, _ in OPTIONAL_FILES}
    for name, model in PACK_FILES + OPTIONAL_FILES:
        path = directory / name
        if path.is_file():
            problems.extend(_read_file(pack, name, path, model, salvage=True))
        else:
            problems.extend(_not_read(path, name, optional=name in optional))
    problems.extend(_read_rubrics(pack, directory))
    return pack, problems


def _not_read(path: Path, name: str, *, optional: bool) -> list[Problem]:
    """A pack file that is not there: missing (unless optional), or not a regular file."""
    odd = not_a_file(path, name, display_path)
    if odd is not None:
        return [odd]
    if optional:
        return []
    return [Problem(SourceLocation(display_path(path)), "(tệp)", "missing_file", {"name": name})]


def _read_rubrics(pack: PartialPack, directory: Path) -> list[Problem]:
    """scoring/<year>.yaml: the PAR INDEX rubric of each year (optional)."""
    folder = directory / SCORING
    if not folder.is_dir():
        return []
    paths, problems = rubric_files(folder, display_path)
    for path in paths:
        name = f"{SCORING}/{path.name}"
        odd = not_a_file(path, name, display_path)
        # The rubric checks walk the tree by position: no salvaged (partial) rubric.
        problems.extend([odd] if odd else _read_file(pack, name, path, RubricFile, salvage=False))
    return problems


def _read_file(pack: PartialPack, name: str, path: Path, model: type[BaseModel], *, salvage: bool
               ) -> list[Problem]:
    """Read one rules file into `pack` (its document, and its model when the shape allows)."""
    doc = read_yaml(path, display_path(path))
    pack.documents[name] = doc
    if any(p.severity == "error" for p in doc.problems):
        return list(doc.problems)
    if doc.data is None:
        return [*doc.problems, Problem(SourceLocation(doc.file, 1, 1), "(tệp)", "empty_file")]
    if model is RubricFile and is_index_document(doc.data):
        model = IndexRubricFile  # scoring/<year>-766.yaml: an index rubric beside the PAR INDEX
    validated = validate_document(doc, model)
    if validated.model is not None and (salvage or not validated.kept):
        pack.models[name] = validated.model
        if validated.kept:
            pack.kept[name] = validated.kept
    return [*doc.problems, *character_problems(doc), *validated.problems]


def _all_problems(pack: PartialPack, problems: list[Problem]) -> list[Problem]:
    """Reading, shape and meaning problems, sorted; a value with a hidden or look-alike character
    gets that problem alone (its other problems, e.g. a did-you-mean that looks identical, follow
    from it)."""
    problems = problems + check_pack(pack)
    explained = {(p.location.file, p.field) for p in problems if p.code in CHARACTER_CODES}
    kept = [p for p in problems
            if p.code in CHARACTER_CODES or (p.location.file, p.field) not in explained]
    return sorted(kept, key=Problem.sort_key)


def iter_problems(directory: Path | str | None = None) -> list[Problem]:
    """Every problem in a pack, errors and warnings, sorted by file and line."""
    pack, problems = read_pack(Path(directory) if directory else bundled_rules_dir())
    return _all_problems(pack, problems)


def load_rules(directory: Path | str | None = None) -> RulePack:
    """Load and check a pack; raise RulesFileError listing every error (and warning) found."""
    directory = Path(directory) if directory else bundled_rules_dir()
    pack, problems = read_pack(directory)
    problems = _all_problems(pack, problems)
    if any(p.severity == "error" for p in problems):
        raise RulesFileError(problems)
    return RulePack(
        directory=directory,
        plan=pack.plan,
        tasks=pack.tasks,
        targets=pack.targets,
        reporting=pack.reporting,
        checks=pack.checks,
        rubrics={m.rubric.year: m for m in pack.models.values() if isinstance(m, RubricFile)},
        documents=pack.documents,
        warnings=tuple(problems),
        dated=pack_is_dated([pack.tasks, pack.targets, pack.reporting, pack.checks]),
        indexes={n: m for n, m in pack.models.items() if isinstance(m, IndexRubricFile)},
    )
