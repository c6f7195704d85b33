"""Golden cases as data: read and check one `tests/golden/<case>/case.yaml` (format in README.md)
and lay out its working folder. Running the commands and comparing is `test_golden.py`'s job."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent
CASE_KEYS = {"about", "workspace", "runs"}
RUN_KEYS = {"args", "exit", "stdout", "files"}
ENTRY_KEYS = {"copy", "without", "empty"}


class CaseError(Exception):
    """A case.yaml that does not follow the format: the message names the case and the key."""


@dataclass(frozen=True)
class Entry:
    """One thing the working folder holds: a copy of `source` (leaving out `without`), or an empty
    folder or file when `source` is None."""

    target: PurePosixPath
    source: Path | None
    without: tuple[str, ...] = ()
    empty: str = ""


@dataclass(frozen=True)
class Run:
    """One command line (`cchc-rules ARGS`) and what it must produce."""

    args: tuple[str, ...]
    exit: int
    stdout: str | None           # expected file (relative to the case folder) for standard output
    files: tuple[tuple[str, str], ...]  # (file it writes in the working folder, expected file)

    def expected(self) -> list[str]:
        return ([self.stdout] if self.stdout else []) + [exp for _, exp in self.files]


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    about: str
    workspace: tuple[Entry, ...]
    runs: tuple[Run, ...]

    def expected(self) -> list[str]:
        return [exp for run in self.runs for exp in run.expected()]


def case_folders(root: Path = CASES) -> list[Path]:
    """Every folder directly under `root` that holds a case.yaml, sorted by name."""
    return sorted(p.parent for p in root.glob("*/case.yaml"))


def load_case(folder: Path) -> Case:
    return parse_case(folder, (folder / "case.yaml").read_text(encoding="utf-8"))


def parse_case(folder: Path, text: str) -> Case:
    """The case in `text`, read as `folder`'s case.yaml (paths in it are relative to `folder`)."""
    where = f"{folder.name}/case.yaml"
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CaseError(f"{where}: not YAML: {exc}") from None
    body = _mapping(raw, where, CASE_KEYS, required={"about", "runs"})
    runs = body["runs"]
    if not isinstance(runs, list) or not runs:
        raise CaseError(f"{where}: runs: expected a non-empty list of runs")
    entries = _mapping(body.get("workspace") or {}, f"{where}: workspace", None).items()
    return Case(
        name=folder.name, folder=folder, about=_text(body["about"], f"{where}: about"),
        workspace=tuple(_entry(folder, t, v, f"{where}: workspace: {t}") for t, v in entries),
        runs=tuple(_run(folder, r, f"{where}: runs[{i}]") for i, r in enumerate(runs)),
    )


def _mapping(raw: Any, where: str, keys: set[str] | None,
             required: frozenset[str] | set[str] = frozenset()) -> dict[Any, Any]:
    """`raw` as a mapping with only `keys` (any key when None) and every `required` key."""
    if not isinstance(raw, dict):
        raise CaseError(f"{where}: expected a mapping, found {type(raw).__name__}")
    unknown = sorted(set(map(str, raw)) - keys) if keys is not None else []
    if unknown:
        allowed = ", ".join(sorted(keys or ()))
        raise CaseError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {allowed}")
    missing = sorted(required - set(raw))
    if missing:
        raise CaseError(f"{where}: missing key(s) {', '.join(missing)}")
    return raw


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CaseError(f"{where}: expected a non-empty text")
    return value


def _inside(folder: Path, text: Any, where: str, root: Path) -> Path:
    """`text` relative to `folder`, which must stay inside `root`."""
    rel = _text(text, where)
    path = (folder / rel).resolve()
    if PurePosixPath(rel).is_absolute() or not path.is_relative_to(root.resolve()):
        raise CaseError(f"{where}: '{rel}' must be a relative path inside {root.name}/")
    return path


def _target(text: Any, where: str) -> PurePosixPath:
    rel = PurePosixPath(_text(text, where))
    if rel.is_absolute() or not rel.parts or ".." in rel.parts or "\\" in str(rel):
        raise CaseError(f"{where}: '{rel}' must be a relative path without '..'")
    return rel


def _entry(folder: Path, target: Any, value: Any, where: str) -> Entry:
    if isinstance(value, str):
        value = {"copy": value}
    spec = _mapping(value, where, ENTRY_KEYS)
    if ("copy" in spec) == ("empty" in spec):
        raise CaseError(f"{where}: give either copy: PATH or empty: folder|file")
    if "empty" in spec:
        if spec["empty"] not in {"folder", "file"} or "without" in spec:
            raise CaseError(f"{where}: empty: expected 'folder' or 'file' (and no without:)")
        return Entry(_target(target, where), None, empty=spec["empty"])
    source = _inside(folder, spec["copy"], f"{where}: copy", ROOT)
    if not source.exists():
        raise CaseError(f"{where}: copy: '{spec['copy']}' does not exist")
    without = spec.get("without") or []
    if not isinstance(without, list):
        raise CaseError(f"{where}: without: expected a list of paths inside the copied folder")
    left_out = tuple(str(_target(w, f"{where}: without")) for w in without)
    absent = [w for w in left_out if not (source / w).exists()]
    if absent:
        raise CaseError(f"{where}: without: {', '.join(absent)} not in '{spec['copy']}'")
    return Entry(_target(target, where), source, left_out)


def _run(folder: Path, raw: Any, where: str) -> Run:
    spec = _mapping(raw, where, RUN_KEYS, required={"args"})
    args = spec["args"]
    words = isinstance(args, list) and args and all(type(a) in {str, int} for a in args)
    if not words:
        raise CaseError(f"{where}: args: expected a list of words (the command after cchc-rules)")
    code = spec.get("exit", 0)
    if not isinstance(code, int) or isinstance(code, bool):
        raise CaseError(f"{where}: exit: expected a whole number, found {code!r}")
    files = _mapping(spec.get("files") or {}, f"{where}: files", None)
    stdout = spec.get("stdout")
    return Run(
        args=tuple(map(str, args)), exit=code,
        stdout=_expected(folder, stdout, f"{where}: stdout") if stdout is not None else None,
        files=tuple((str(_target(out, f"{where}: files")), _expected(folder, exp, f"{where}: files"))
                    for out, exp in files.items()),
    )


def _expected(folder: Path, text: Any, where: str) -> str:
    """An expected file's name: a path inside the case's `expected/` folder."""
    _inside(folder, text, where, folder / "expected")
    return _text(text, where)


def build_workspace(case: Case, into: Path) -> None:
    """Lay out the working folder: the workspace entries, then the case's own `inputs/` on top."""
    for entry in case.workspace:
        target = into / entry.target
        target.parent.mkdir(parents=True, exist_ok=True)
        if entry.source is None:
            target.mkdir() if entry.empty == "folder" else target.touch()
        elif entry.source.is_dir():
            shutil.copytree(entry.source, target, ignore=_leave_out(entry.source, entry.without))
        else:
            shutil.copy2(entry.source, target)
    if (case.folder / "inputs").is_dir():
        shutil.copytree(case.folder / "inputs", into, dirs_exist_ok=True)


def _leave_out(top: Path, without: tuple[str, ...]):  # noqa: ANN202 - shutil's ignore callable
    skip = {(top / w).resolve() for w in without}

    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if (Path(folder) / n).resolve() in skip}
    return ignore
