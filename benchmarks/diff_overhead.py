"""What `diff`'s attribution costs (issue #16): diff_effects on the bundled data for the two-edit
example (satisfaction target 97 → 98, task 22's lead KT → VP), against the bare baseline of the
same run — both packs evaluated for the four quarters and scored, which any diff must do.
diff_effects adds one run of the old pack per edit (each applied alone, in a temporary copy).

    .venv/bin/python benchmarks/diff_overhead.py
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cchc_rules.pack_diff import diff_effects
from cchc_rules.pipeline import Workspace, evaluate, score
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir, load_rules


def _edit(path: Path, item: str, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    at = text.index(old, text.index(item))
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")


def _best(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old", Path(tmp) / "new"
        shutil.copytree(bundled_rules_dir(), old, ignore=shutil.ignore_patterns("tests"))
        shutil.copytree(old, new)
        _edit(new / "targets.yaml", "  - id: hai-long-tthc\n", "threshold: 97\n", "threshold: 98\n")
        _edit(new / "tasks.yaml", "  - number: 22\n", "lead: KT\n", "lead: VP\n")
        packs = load_rules(old), load_rules(new)
        data = bundled_data_dir()

        def bare() -> None:
            for pack in packs:
                ws = Workspace(pack, data)
                for n in (1, 2, 3, 4):
                    evaluate(ws, f"2026-Q{n}").to_json("vi")
                score(ws, 2026).to_json("vi")

        base = _best(bare)
        diff = _best(lambda: diff_effects(*packs, data))
        print(f"bare (old + new: 4 quarters and the score): {base * 1000:.0f} ms")
        print(f"diff_effects (2 edits, each re-run alone):  {diff * 1000:.0f} ms  ratio {diff / base:.2f}×")


if __name__ == "__main__":
    main()
