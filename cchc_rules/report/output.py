"""Writing a rendered document (HTML, Markdown, JSON text) to a file or to standard output.

The last step of every command that renders text; when a file is written its path is printed,
relative to the working folder when it is inside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cchc_rules.rulepack.load import display_path


def write_document(text: str, output: Path | None) -> None:
    """`text` to `output` (then its path is printed) or, without `output`, to standard output."""
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8")
    print(display_path(output))
