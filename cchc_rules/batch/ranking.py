"""Ranking the scored units: total descending, then code; equal totals share a rank ("đồng
hạng", standard competition ranking 1, 2, 2, 4). Pure functions over the compact rows."""

from __future__ import annotations

from typing import Any


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
