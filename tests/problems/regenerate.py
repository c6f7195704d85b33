"""Rewrite every `<case>.expected` of the bad-rules corpus from what cchc_rules prints now.

Usage (from the repository root):

    .venv/bin/python tests/problems/regenerate.py            # every case
    .venv/bin/python tests/problems/regenerate.py lead_misspelt tab_indent

Cases marked `# xfail:` are skipped: their `.expected` holds the correct output, written by hand.
Read the diff (`git diff tests/problems`) before committing: the corpus is only worth something
if every line, column, field, message and hint in it has been checked by a person.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rules_corpus import PACK, Case, all_cases, build_pack  # noqa: E402

from cchc_rules import iter_problems  # noqa: E402
from cchc_rules.messages import render_problems  # noqa: E402


def render(case: Case) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        build_pack(case, Path(tmp))
        before = Path.cwd()
        os.chdir(tmp)
        try:
            return render_problems(iter_problems(Path(PACK)), "vi")
        finally:
            os.chdir(before)


def main(names: list[str]) -> None:
    for case in all_cases():
        if names and case.name not in names:
            continue
        if case.xfail:
            print(f"skip  {case.name} (xfail: {case.xfail})")
            continue
        text = render(case) + "\n"
        path = case.expected_path
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
