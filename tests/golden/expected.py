"""Expected files: compare an output with its expected file byte for byte, or, under
`pytest --update-golden`, rewrite the file and note what changed for the end-of-run summary."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIFF_LINES = 40  # of a failure's unified diff; the whole diff is `git diff` after --update-golden


@dataclass(frozen=True)
class Change:
    """One expected file rewritten by --update-golden."""

    path: Path
    added: int
    removed: int
    new: bool

    def line(self) -> str:
        what = "new file" if self.new else f"+{self.added} -{self.removed} lines"
        return f"{_shown(self.path)}: {what}"


@dataclass
class Golden:
    """The session's comparer: `update` is the --update-golden switch; `changes` lists rewrites."""

    update: bool
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0

    def check(self, actual: bytes, expected: Path) -> None:
        """Assert `actual` equals the file's bytes, or rewrite the file under --update-golden."""
        old = expected.read_bytes() if expected.exists() else None
        if old == actual:
            self.unchanged += self.update
            return
        if self.update:
            expected.parent.mkdir(parents=True, exist_ok=True)
            expected.write_bytes(actual)
            self.changes.append(_change(expected, old, actual))
            return
        raise AssertionError(mismatch(expected, old, actual))

    def summary(self) -> list[str]:
        if not self.update:
            return []
        head = (f"--update-golden: {len(self.changes)} expected file(s) rewritten, "
                f"{self.unchanged} unchanged")
        tail = ["read the change with: git diff --stat -- tests; git diff -- tests"] if self.changes else []
        return [head, *("  " + c.line() for c in self.changes), *tail]


def _lines(data: bytes | None) -> list[str]:
    return [] if data is None else data.decode("utf-8", errors="replace").splitlines(keepends=True)


def _change(path: Path, old: bytes | None, new: bytes) -> Change:
    diff = list(difflib.unified_diff(_lines(old), _lines(new), n=0))
    added = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
    removed = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
    return Change(path, added, removed, old is None)


def mismatch(expected: Path, old: bytes | None, actual: bytes) -> str:
    """A failure message: which file, the first differing line, and the start of the diff."""
    shown = _shown(expected)
    if old is None:
        return f"{shown} does not exist; run pytest --update-golden to write it, then read it"
    old_lines, new_lines = _lines(old), _lines(actual)
    first = next((i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b),
                 min(len(old_lines), len(new_lines)))
    diff = list(difflib.unified_diff(old_lines, new_lines, f"{shown} (expected)", "(actual)", n=1))
    more = [f"... {len(diff) - DIFF_LINES} more diff lines\n"] if len(diff) > DIFF_LINES else []
    cut = diff[:DIFF_LINES] + more
    same_text = "" if diff else " (same lines: the bytes differ in line endings or encoding)\n"
    return (f"output differs from {shown} from line {first + 1}{same_text}\n" + "".join(cut)
            + "\nif the change is intended: pytest --update-golden, then read git diff")


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
