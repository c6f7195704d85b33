"""Edits and effects in words (vi/en), one line each, for the table, the HTML page and the
`summary` field of the JSON. Texts come from the wording catalogue (wording/policy.py)."""

from __future__ import annotations

import json
from typing import Any

from cchc_rules.messages import Lang, number_text, render_text

Edit = Any  # pack_diff.edits.Edit (not imported: edits imports this module)
Effect = Any  # pack_diff.effects.Effect

_LONG = 60


def value_text(value: Any, lang: Lang) -> str:
    """A field's value, short: numbers in the reader's form, long texts cut.

    Examples:
        >>> value_text(97.5, "vi"), value_text(None, "en"), value_text("KT", "vi")
        ('97,5', '—', 'KT')
    """
    if value is None:
        return "—"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value, lang)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def edit_line(edit: Edit, lang: Lang) -> str:
    what = f"{edit.section} {edit.key}".strip()
    if edit.action != "changed":
        return render_text(f"diff.edit.{edit.action}", {"what": what, "old_at": edit.old_at, "new_at": edit.new_at},
                           lang)[0]
    fields = "; ".join(field_line(f.field, f.old, f.new, f.old_at, f.new_at, lang) for f in edit.fields)
    return render_text("diff.edit.changed", {"what": what, "fields": fields}, lang)[0]


def field_line(name: str, old: Any, new: Any, old_at: str | None, new_at: str | None, lang: Lang) -> str:
    return render_text("diff.field", {"field": name, "old": value_text(old, lang), "new": value_text(new, lang),
                                      "old_at": old_at or "—", "new_at": new_at or "—"}, lang)[0]


def effect_line(effect: Effect, lang: Lang) -> str:
    params: dict[str, Any] = {"subject": effect.subject, "old": value_text(_shown(effect.old), lang),
                              "new": value_text(_shown(effect.new), lang)}
    if effect.kind == "finding_changed":
        params["change"] = "; ".join(f"{k} {value_text(effect.old[k], lang)} → {value_text(effect.new[k], lang)}"
                                     for k in effect.old)
    text = render_text(f"diff.effect.{effect.kind}", params, lang)[0]
    cause = render_text(f"diff.cause.{effect.how}", {"causes": ", ".join(effect.causes)}, lang)[0]
    where = " ".join(p for p in (effect.unit, effect.period) if p)
    return f"{where}: {text} — {cause}"


def _shown(value: Any) -> Any:
    """Points are stored as [points, max]: a reader sees the points."""
    return value[0] if isinstance(value, list) and len(value) == 2 else value
