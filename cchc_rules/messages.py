"""The wording of every problem, in Vietnamese (default) and English, and how a problem prints.

A message has two parts: what is wrong (with the value found) and a hint (how to fix it).
Problems carry a code and parameters; only the wording package turns them into text. This module
is its public facade: import from here. Where each part lives:

- `cchc_rules.wording.catalogue` — `CATALOGUE`, assembled from one leaf data module per area;
- `cchc_rules.wording.words` — `WORDS`, the words messages take as parameters;
- `cchc_rules.wording.render` — `Lang`, `word`, `render_text` and its parameter forms;
- `cchc_rules.wording.problems` — `render_problem(s)` and `summary`.
"""

from __future__ import annotations

from cchc_rules.wording.catalogue import CATALOGUE
from cchc_rules.wording.problems import render_problem, render_problems, summary
from cchc_rules.wording.render import Lang, date_text, localize, number_text, render_text, word
from cchc_rules.wording.words import WORDS

__all__ = ["CATALOGUE", "WORDS", "Lang", "date_text", "localize", "number_text", "render_problem",
           "render_problems", "render_text", "summary", "word"]
