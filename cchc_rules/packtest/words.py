"""Rule items and test failures in words (vi/en): a failure keeps language-neutral parameters
(a rule item as (kind, key)) and is worded only when shown."""

from __future__ import annotations

from typing import Any

from cchc_rules.messages import Lang, render_problems, render_text

MAX_PROBLEMS = 50


def item_name(item: Any, lang: Lang) -> str:
    """("task", "22") → "nhiệm vụ 22" / "task 22"."""
    kind, key = item
    return render_text(f"packtest.item.{kind}", {"key": key}, lang)[0]


def failure_text(code: str, params: dict[str, Any], lang: Lang) -> tuple[str, str]:
    """A failure's message and hint; a rule item in the parameters is named in `lang`."""
    shown = {k: item_name(v, lang) if k == "rule" and isinstance(v, list | tuple) else v for k, v in params.items()}
    if "problems" in shown:  # the data's problems (errors.Problem), each with file, line and field
        shown["error"] = "\n" + render_problems(list(shown.pop("problems")), lang, MAX_PROBLEMS)
    return render_text(code, shown, lang)
