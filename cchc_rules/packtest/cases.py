"""Reading a pack's scenario files: each `.feature` under `tests/` parsed with the `gherkin`
parser (the one pytest-bdd uses) into cases — a scenario's steps after its background's — each
step with its line, its table and its doc string. First stage of `cchc-rules test`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gherkin.errors import ParserError
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

TESTS = "tests"
MAX_FEATURE_BYTES = 2_000_000  # far above any real scenario file


@dataclass(frozen=True)
class Step:
    keyword: str  # "Cho ", "Khi ", "Thì ", "Và " … as written
    kind: str  # Context, Action, Outcome (a "Và" takes the kind of the step before)
    text: str
    line: int
    table: tuple[tuple[str, ...], ...] | None = None
    doc: str | None = None


@dataclass(frozen=True)
class Case:
    file: str  # as shown to users
    line: int
    name: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Unreadable:
    """A feature file that cannot be parsed (or read), with where and why."""

    file: str
    line: int
    error: str


def feature_files(pack_dir: Path) -> list[Path]:
    folder = pack_dir / TESTS
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.feature") if p.is_file() and not p.is_symlink())


def read_cases(path: Path, shown: str) -> tuple[list[Case], list[Unreadable]]:
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FEATURE_BYTES:
            return [], [Unreadable(shown, 1, f"> {MAX_FEATURE_BYTES} bytes")]
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Unreadable(shown, 1, type(exc).__name__)]
    try:
        doc = Parser().parse(TokenScanner(text))
    except ParserError as exc:  # one error, or several (CompositeParserException.errors)
        return [], [_unreadable(shown, e) for e in getattr(exc, "errors", None) or [exc]]
    feature = doc.get("feature")
    if not feature:
        return [], []
    return list(_cases(shown, feature.get("children", []), ())), []


def _unreadable(shown: str, exc: Exception) -> Unreadable:
    location = getattr(exc, "location", None) or {}
    return Unreadable(shown, int(location.get("line") or 1), str(exc).splitlines()[0])


def _cases(shown: str, children: list[dict[str, Any]], background: tuple[Step, ...]) -> Any:
    for child in children:
        if "background" in child:
            background = background + tuple(_steps(child["background"]["steps"]))
        elif "rule" in child:
            yield from _cases(shown, child["rule"].get("children", []), background)
        elif "scenario" in child:
            sc = child["scenario"]
            yield Case(shown, sc["location"]["line"], sc["name"], background + tuple(_steps(sc["steps"])))


def _steps(steps: list[dict[str, Any]]) -> list[Step]:
    out: list[Step] = []
    kind = "Context"
    for s in steps:
        if s.get("keywordType") in ("Context", "Action", "Outcome"):
            kind = s["keywordType"]
        table = None
        if "dataTable" in s:
            table = tuple(tuple(c["value"] for c in row["cells"]) for row in s["dataTable"]["rows"])
        doc = s["docString"]["content"] if "docString" in s else None
        out.append(Step(s["keyword"], kind, s["text"], s["location"]["line"], table, doc))
    return out
