"""Ranking the scored units: total descending, then code; equal totals share a rank ("đồng
hạng", standard competition ranking 1, 2, 2, 4). The total a unit is ranked on is its final
(appraised) total once the city's appraisal of it is complete, else its self-score (`basis`
says which). Pure functions over the compact rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from cchc_rules.wording.batch import RANKING_BASIS


def basis_label(basis: str, lang: str) -> str:
    """The words of a ranking basis ("Căn cứ xếp hạng").

    Examples:
        >>> basis_label("appraisal", "vi"), basis_label("self", "vi")
        ('điểm thẩm định', 'điểm tự đánh giá')
    """
    return RANKING_BASIS[basis]["vi" if lang == "vi" else "en"]


def difference(final: float | None, own: float) -> float | None:
    """final − self in exact decimals (no float noise); None without a final value.

    Examples:
        >>> difference(88.63, 88.78), difference(8.75, 9.25), difference(None, 1.0)
        (-0.15, -0.5, None)
    """
    return None if final is None else float(Decimal(str(final)) - Decimal(str(own)))


def final_fields(score: dict[str, Any]) -> dict[str, Any]:
    """From a unit's score document (`score --format json`): the total and classification it is
    ranked on, the basis, its self total, final total and the change, and its appraisal's round.

    Examples:
        >>> final_fields({"total": 88.78, "classification": "Tốt", "appraisal": {"round": 2,
        ...   "complete": True, "raw_points": 87.63, "total": 88.63, "classification": "Tốt"}})["change"]
        -0.15
        >>> final_fields({"total": 80.0, "classification": "Khá", "appraisal": None})["basis"]
        'self'
    """
    appraisal: dict[str, Any] | None = score.get("appraisal")
    done = appraisal if appraisal and appraisal["complete"] and appraisal["total"] is not None else None
    final = done["total"] if done else None
    return {"total": final if done else score["total"],
            "classification": done["classification"] if done else score["classification"],
            "basis": "appraisal" if done else "self",
            "self_total": score["total"], "self_classification": score["classification"],
            "final_total": final, "change": difference(final, score["total"]),
            "appraisal": {"round": appraisal["round"], "complete": appraisal["complete"]} if appraisal else None}


def area_fields(area: dict[str, Any], complete: bool) -> dict[str, Any]:
    """An area's (or a part's) self points, and its final points and change when the unit's appraisal
    is complete."""
    final = area["appraisal"]["points"] if complete and area.get("appraisal") else None
    return {"id": area["id"], "name": area["name"], "points": area["points"], "max": area["max"],
            "final_points": final, "change": difference(final, area["points"])}


def rank(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows ordered by total (highest first) then code, each with `rank` and `tie`.

    Examples:
        >>> ranked = rank([{"code": "3", "total": 80.0}, {"code": "1", "total": 90.0},
        ...                {"code": "2", "total": 80.0}])
        >>> [(r["rank"], r["code"], r["tie"]) for r in ranked]
        [(1, '1', False), (2, '2', True), (2, '3', True)]
    """
    ordered = sorted(rows, key=lambda r: (-r["total"], r["code"]))
    counts: dict[float, int] = {}
    for row in ordered:
        counts[row["total"]] = counts.get(row["total"], 0) + 1
    ranked, place = [], 0
    for index, row in enumerate(ordered):
        if index == 0 or row["total"] != ordered[index - 1]["total"]:
            place = index + 1
        ranked.append({"rank": place, "tie": counts[row["total"]] > 1, **row})
    return ranked


def classification_counts(ranked: list[dict[str, Any]]) -> dict[str, int]:
    """How many units got each classification, best first (in order of first appearance in the
    ranking); units with no classification are counted under "".

    Examples:
        >>> classification_counts([{"classification": "Tốt"}, {"classification": "Khá"},
        ...                        {"classification": "Tốt"}])
        {'Tốt': 2, 'Khá': 1}
    """
    counts: dict[str, int] = {}
    for row in ranked:
        label = row["classification"] or ""
        counts[label] = counts.get(label, 0) + 1
    return counts


def columns(ranked: list[dict[str, Any]], key: str = "areas") -> list[dict[str, Any]]:
    """The rubric parts or areas found in the rows (`key`: "parts" or "areas"), in rubric order of
    first appearance: id, name, max.

    Examples:
        >>> columns([{"parts": [{"id": "A", "name": "a", "max": 60.0}]},
        ...          {"parts": [{"id": "A", "name": "a", "max": 60.0}, {"id": "B", "name": "b", "max": 40.0}]}],
        ...         "parts")
        [{'id': 'A', 'name': 'a', 'max': 60.0}, {'id': 'B', 'name': 'b', 'max': 40.0}]
    """
    seen: dict[str, dict[str, Any]] = {}
    for row in ranked:
        for part in row[key]:
            seen.setdefault(part["id"], {"id": part["id"], "name": part["name"], "max": part["max"]})
    return list(seen.values())
