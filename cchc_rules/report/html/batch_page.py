"""The multi-unit ranking page: summary, totals and classification charts, the ranking and the
skipped units, drawn from the batch JSON (its `units` — every unit's full results — are not shown)."""

from __future__ import annotations

from typing import Any

from cchc_rules.formats import period_name
from cchc_rules.messages import Lang
from cchc_rules.report.html.labels import labels, number
from cchc_rules.report.html.svg import Bar, hbar_chart
from cchc_rules.report.names import Names


def batch_context(doc: dict[str, Any], lang: Lang, names: Names | None = None) -> dict[str, Any]:
    """Everything the batch template shows, each value already worded and formatted."""
    t = labels("batch", lang)
    names = names or Names()
    ranking = doc["ranking"]

    def show(value: float) -> str:
        return number(round(value, 2), lang)

    totals = [Bar(f"{r['rank']}. {r['name']} ({r['code']})", r["total"], None) for r in ranking]
    classes = [Bar(label or t["no_class"], count) for label, count in doc["summary"]["classifications"].items()]
    return {
        "t": t, "lang": lang, "doc": doc, "title": t["title"].format(year=doc["year"]), "frame": None,
        "rules_name": names.plan(None) or doc["rules"],
        "period_name": period_name(doc["period"], lang) if doc.get("period") else "",
        "summary": {key: doc["summary"][key] for key in ("found", "scored", "skipped")},
        "totals_chart": hbar_chart(totals, t["chart_totals"], t["chart_totals_desc"], "totals", show, 100)
        if ranking else None,
        "classes_chart": hbar_chart(classes, t["chart_classes"], t["chart_classes_desc"], "classes")
        if classes else None,
        "parts": _parts(ranking),
        "rows": [_ranking_row(r, lang) for r in ranking],
        "skipped": [{**s, "problems": len(s["problems"])} for s in doc["skipped"]],
    }


def _parts(ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rubric parts that appear in the ranking, in order of first appearance."""
    seen: dict[str, dict[str, Any]] = {}
    for row in ranking:
        for part in row["parts"]:
            seen.setdefault(part["id"], {"id": part["id"], "name": part["name"]})
    return list(seen.values())


def _ranking_row(row: dict[str, Any], lang: Lang) -> dict[str, Any]:
    points = {p["id"]: f"{number(p['points'], lang)} / {number(p['max'], lang)}" for p in row["parts"]}
    lagging = row["lagging"]
    return {"rank": row["rank"], "tie": row["tie"], "code": row["code"], "name": row["name"],
            "total": number(row["total"], lang), "classification": row["classification"] or "—",
            "points": points, "findings": number(row["findings"]["year"], lang),
            "lagging": "—" if lagging["count"] is None else f"{lagging['count']} ({period_name(lagging['period'], lang)})"}
