"""How problems print: a compiler-style line (place, field, message) with an indented hint, the
list of them with a limit, and the count of errors and warnings.

Stage: the edge. Used by `check`, the facts loader's callers and the batch summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_rules.wording.render import Lang, render_text
from cchc_rules.wording.words import LABELS, PLACE_LABELS

if TYPE_CHECKING:
    from cchc_rules.errors import Problem


def render_problem(problem: Problem, lang: Lang = "vi") -> str:
    """A problem as a compiler-style line plus an indented hint."""
    message, hint = render_text(problem.code, problem.params, lang)
    field = PLACE_LABELS.get(problem.field, problem.field) if lang == "en" else problem.field
    line = f"{problem.location}: {field}: {message}" if field else f"{problem.location}: {message}"
    if hint:
        line += f"\n  {LABELS[lang]['hint']}: {hint}"
    return line


def render_problems(problems: list[Problem], lang: Lang = "vi", limit: int | None = None) -> str:
    shown = problems if limit is None else problems[:limit]
    lines = [render_problem(p, lang) for p in shown]
    if limit is not None and len(problems) > limit:
        lines.append(LABELS[lang]["more"].format(n=len(problems) - limit))
    return "\n".join(lines)


def summary(problems: list[Problem], lang: Lang = "vi") -> str:
    errors = sum(1 for p in problems if p.severity == "error")
    return LABELS[lang]["summary"].format(errors=errors, warnings=len(problems) - errors)
