"""How the self-assessment's total is made, for every face that draws it (terminal table, HTML page,
xlsx form): the index total, plus the bonus, minus the penalty, and the note of an area rescaled over
its applicable criteria. Read from the score JSON only; the numbers themselves come from year_score.py.
"""

from __future__ import annotations

from typing import Any

from cchc_rules import formats
from cchc_rules.messages import Lang

_LABELS = {
    "vi": {"index_total": "Điểm Chỉ số (trước điểm thưởng, điểm trừ)", "bonus": "Điểm thưởng (cộng)",
           "penalty": "Điểm trừ (trừ)",
           "rescaled": "quy đổi trong lĩnh vực vì có tiêu chí không áp dụng ({na}): {raw} × {max} / {applicable}",
           "capped": "tính tối đa {cap} điểm, ngoài tổng điểm"},
    "en": {"index_total": "Index points (before bonus and penalty)", "bonus": "Bonus (added)",
           "penalty": "Penalty (subtracted)",
           "rescaled": "rescaled within the area, a criterion does not apply ({na}): {raw} × {max} / {applicable}",
           "capped": "at most {cap} points count, outside the total"},
}


def has_adjustments(doc: dict[str, Any]) -> bool:
    """Whether the rubric has bonus or penalty parts (then the total is index + bonus − penalty)."""
    return any(p.get("kind", "index") != "index" for p in doc["criteria"])


def adjustment_rows(doc: dict[str, Any], lang: Lang) -> list[tuple[str, float]]:
    """(label, signed points) of the lines between the index total and the total; none without bonus/penalty."""
    if not has_adjustments(doc):
        return []
    t = _LABELS[lang]
    return [(t["index_total"], doc["index_total"]), (t["bonus"], doc["bonus"]), (t["penalty"], -doc["penalty"])]


def _leaves(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [node] if not node["criteria"] else [leaf for c in node["criteria"] for leaf in _leaves(c)]


def node_extra(node: dict[str, Any], lang: Lang) -> str:
    """The note a part or area adds: its cap (bonus, penalty) or its rescaling (a criterion not applicable)."""
    t = _LABELS[lang]
    if node.get("cap") is not None:
        return t["capped"].format(cap=formats.points(node["cap"], lang))
    rescaled = node.get("rescaled")
    if rescaled:
        na = ", ".join(c["id"] for c in _leaves(node) if c.get("not_applicable"))
        return t["rescaled"].format(na=na, raw=formats.points(rescaled["raw_points"], lang),
                                    max=formats.points(node["max"], lang),
                                    applicable=formats.points(rescaled["applicable_max"], lang))
    return ""
