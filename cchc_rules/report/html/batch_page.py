"""The multi-unit ranking page: summary, totals and classification charts, the ranking and the
skipped units, drawn from the batch JSON (its `units` — every unit's full results — are not shown)."""

from __future__ import annotations

from typing import Any

from cchc_rules.formats import change, period_name
from cchc_rules.messages import Lang
from cchc_rules.report.html.labels import labels, number
from cchc_rules.report.html.svg import Band, Bar, dot_plot, hbar_chart
from cchc_rules.report.names import Names
from cchc_rules.wording.batch import RANKING_BASIS


def batch_context(doc: dict[str, Any], lang: Lang, names: Names | None = None) -> dict[str, Any]:
    """Everything the batch template shows, each value already worded and formatted."""
    t = labels("batch", lang)
    names = names or Names()
    ranking = doc["ranking"]

    def show(value: float) -> str:
        return number(round(value, 2), lang)

    totals = [Bar(f"{r['rank']}. {r['name']}", r["total"], None, f"{r['rank']}. {r['name']} ({r['code']})")
              for r in ranking]
    rubric = doc.get("rubric") or {}
    bands = [Band(b["label"], b["min"], b["below"] if b["below"] is not None else 100.0)
             for b in rubric.get("classification") or []]
    classes = [Bar(label or t["no_class"], count) for label, count in doc["summary"]["classifications"].items()]
    return {
        "t": t, "lang": lang, "doc": doc, "title": t["title"].format(year=doc["year"]), "frame": None,
        "rules_name": names.plan(None) or doc["rules"],
        "period_name": period_name(doc["period"], lang) if doc.get("period") else "",
        "summary": {key: doc["summary"][key] for key in ("found", "scored", "skipped")},
        "totals_chart": dot_plot(totals, bands, t["chart_totals"], t["chart_totals_desc"], "totals", show)
        if ranking else None,
        "model_warning": t["model_warning"].format(title=rubric["title"]) if rubric.get("model") else None,
        "rubric_basis": rubric.get("basis") if rubric.get("model") else None,
        "areas": _areas(ranking),
        "classes_chart": hbar_chart(classes, t["chart_classes"], t["chart_classes_desc"], "classes")
        if classes else None,
        "parts": _parts(ranking),
        "rows": [_ranking_row(r, lang) for r in ranking],
        "skipped": [{**s, "count": len(s["problems"]), "problems": [problem_line(p) for p in s["problems"]]}
                    for s in doc["skipped"]],
    }


def _parts(ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rubric parts that appear in the ranking, in order of first appearance."""
    seen: dict[str, dict[str, Any]] = {}
    for row in ranking:
        for part in row["parts"]:
            seen.setdefault(part["id"], {"id": part["id"], "name": part["name"]})
    return list(seen.values())


def _areas(ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rubric's areas (lĩnh vực) that appear in the ranking, named, in order of first appearance."""
    seen: dict[str, dict[str, Any]] = {}
    for row in ranking:
        for area in row["areas"]:
            seen.setdefault(area["id"], {"id": area["id"], "name": area["name"], "max": area["max"]})
    return list(seen.values())


def problem_line(problem: dict[str, Any]) -> str:
    """A skipped unit's problem as one line: where (file:row, field), what, and the fix.

    Examples:
        >>> problem_line({"file": "a/2026-Q4/task_status.csv", "row": 5, "field": "Ngày hoàn thành",
        ...               "message": "ngày không có thật", "hint": "Sửa ngày."})
        'a/2026-Q4/task_status.csv:5 Ngày hoàn thành: ngày không có thật — Sửa ngày.'
    """
    where = f"{problem['file']}:{problem['row']}" if problem.get("row") else str(problem.get("file") or "")
    field = f" {problem['field']}" if problem.get("field") and problem["field"] not in ("(tệp)", "(thư mục)") else ""
    hint = f" — {problem['hint']}" if problem.get("hint") else ""
    return f"{where}{field}: {problem['message']}{hint}".strip()


def _ranking_row(row: dict[str, Any], lang: Lang) -> dict[str, Any]:
    points = {p["id"]: f"{with_change(p, lang)} / {number(p['max'], lang)}" for p in row["parts"]}
    areas = {a["id"]: with_change(a, lang) for a in row["areas"]}
    lagging = row["lagging"]
    return {"rank": row["rank"], "tie": row["tie"], "code": row["code"], "name": row["name"],
            "total": number(row["total"], lang), "classification": row["classification"] or "—",
            # a batch document written before the final scores (no `basis`) ranked on the self-score
            "basis": RANKING_BASIS[row.get("basis", "self")][lang],
            "self_total": number(row.get("self_total", row["total"]), lang),
            "final_total": number(row.get("final_total"), lang), "change": change(row.get("change"), lang),
            "points": points, "areas": areas, "findings": number(row["findings"]["year"], lang),
            "lagging": "—" if lagging["count"] is None else f"{lagging['count']} ({period_name(lagging['period'], lang)})"}


def with_change(node: dict[str, Any], lang: Lang) -> str:
    """An area's or part's points on the ranking basis: the final points and the change from the
    self-score when appraised, else the self-score.

    Examples:
        >>> with_change({"points": 9.25, "final_points": 8.75, "change": -0.5}, "vi")
        '8,75 (−0,5)'
        >>> with_change({"points": 9.25, "final_points": None, "change": None}, "vi")
        '9,25'
    """
    if node.get("final_points") is None:
        return number(node["points"], lang)
    return f"{number(node['final_points'], lang)} ({change(node['change'], lang)})"
