"""The self-assessment page: total, charts, the criteria tree and the quarter trend, drawn from the
score JSON and the year's quarter-check JSON documents, ready for the template."""

from __future__ import annotations

from typing import Any

from cchc_rules import formats
from cchc_rules.trace_words import document_text
from cchc_rules.messages import Lang
from cchc_rules.trace_words import METHOD_WORDS, how_text, word
from cchc_rules.report.html.frame import document_frame
from cchc_rules.report.html.labels import labels, number
from cchc_rules.report.score_totals import adjustment_rows, node_extra
from cchc_rules.report.html.svg import Bar, grouped_columns, hbar_chart
from cchc_rules.report.names import Names


def score_context(doc: dict[str, Any], quarters: list[dict[str, Any]], lang: Lang,
                  names: Names | None = None) -> dict[str, Any]:
    """Everything the score template shows, each value already worded and formatted."""
    names = names or Names()
    t = labels("score", lang)

    def show(value: float) -> str:
        return number(round(value, 2), lang)

    areas = [Bar(f"{n['id']}. {n['name']}", n["points"], n["max"], f"{n['id']}. {n['name']}")
             for part in doc["criteria"] if part.get("kind", "index") == "index" for n in part["criteria"]]
    agencies = [Bar(names.agencies.get(a["agency"], a["name"]), a["percent"], None) for a in doc["agencies"]]
    title = form_title(doc, lang)
    return {
        "t": t, "lang": lang, "doc": doc, "title": title,
        "frame": document_frame(names, lang, title, doc["year"]), "plan": names.plan(doc["plan"]),
        "quarters_read": ", ".join(formats.quarter_name(q, lang) for q in doc["inputs"]["quarters"]),
        "appraisal": _appraisal_summary(doc, lang),
        "total": number(doc["total"], lang), "raw_points": number(doc["raw_points"], lang),
        "max_available": number(doc["max_available"], lang),
        "parts": [{"id": p["id"], "name": p["name"], "points": number(p["points"], lang),
                   "max": number(p["max"], lang)} for p in doc["criteria"]],
        "adjustments": [{"label": label, "points": ("+" if k and value >= 0 else "") + number(value, lang)}
                        for k, (label, value) in enumerate(adjustment_rows(doc, lang))],
        "area_chart": hbar_chart(areas, t["chart_areas"], t["chart_areas_desc"], "areas", show),
        "agency_chart": hbar_chart(agencies, t["chart_agencies"], t["chart_agencies_desc"], "agencies", show, 100)
        if agencies else None,
        "rows": [_tree_row(depth, node, lang, names, penalty=part.get("kind") == "penalty")
                 for part in doc["criteria"] for depth, node in _walk([part], 0)],
        "agencies": [{**a, "name": names.agencies.get(a["agency"], a["name"]), "points": number(a["points"], lang),
                      "max": number(a["max"], lang), "percent": number(a["percent"], lang)} for a in doc["agencies"]],
        "trend_chart": _trend_chart(quarters, lang) if quarters else None,
        "indicators": indicator_rows(quarters, lang, names),
        "quarter_names": [formats.quarter_name(q["period"], lang) for q in quarters],
        "warnings": [warning_text(w) for w in doc["warnings"]],
    }


def form_title(doc: dict[str, Any], lang: Lang) -> str:
    """The form's heading: the rubric's own `form_title` (a 766 rubric is not headed "Chỉ số CCHC"),
    else the default of the page.

    Examples:
        >>> form_title({"year": 2026, "rubric": {"form_title": "Tự đánh giá Chỉ số 766 năm 2026"}}, "vi")
        'Tự đánh giá Chỉ số 766 năm 2026'
        >>> form_title({"year": 2026, "rubric": {}}, "vi")
        'Tự đánh giá Chỉ số CCHC năm 2026'
    """
    own = doc["rubric"].get("form_title")
    return own if own else labels("score", lang)["title"].format(year=doc["year"])


def _appraisal_summary(doc: dict[str, Any], lang: Lang) -> dict[str, Any] | None:
    given = doc.get("appraisal")
    if not given:
        return None
    return {"round": given["round"], "complete": given["complete"], "total": number(given["total"], lang),
            "classification": given["classification"]}


def _walk(nodes: list[dict[str, Any]], depth: int) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    for node in nodes:
        rows.append((depth, node))
        rows += _walk(node["criteria"], depth + 1)
    return rows


def _tree_row(depth: int, node: dict[str, Any], lang: Lang, names: Names, penalty: bool = False) -> dict[str, Any]:
    """One row of the criteria table; `short` marks points lost (for a penalty: points deducted)."""
    method = node.get("method")
    trace = node.get("trace") or {}
    appraisal = node.get("appraisal")
    return {"depth": depth, "id": node["id"], "name": node["name"], "max": number(node["max"], lang),
            "points": number(node["points"], lang), "owner": names.agency(node.get("owner")),
            "method": word(METHOD_WORDS, method, lang) if method else "",
            "note": "; ".join(n for n in (node.get("margin"), node_extra(node, lang)) if n),
            "how": how_text(trace.get("how") or {}, lang, names=names),
            "facts": facts_text(trace.get("facts") or []),
            "short": node["points"] > 0 if penalty else node["points"] < node["max"],
            "working": node.get("working") or "", "leaf": not node["criteria"],
            "documents": [document_text(d, lang) for d in node.get("documents") or []],
            "appraised": number(appraisal["points"], lang) if appraisal else "",
            "appraisal_comment": (appraisal or {}).get("comment") or "",
            "appraisal_lower": bool(appraisal) and appraisal["points"] < node["points"]}


def facts_text(facts: list[dict[str, Any]]) -> list[str]:
    """The facts behind a point, one line per file with its rows, files in order of first mention.

    Examples:
        >>> facts_text([{"file": "a.csv", "row": 4}, {"file": "b.csv", "row": 2}, {"file": "a.csv", "row": 5}])
        ['a.csv: 4, 5', 'b.csv: 2']
    """
    rows: dict[str, list[str]] = {}
    for fact in facts:
        rows.setdefault(fact["file"], []).append(str(fact["row"]))
    return [f"{file}: {', '.join(numbers)}" for file, numbers in rows.items()]


def _trend_chart(quarters: list[dict[str, Any]], lang: Lang) -> Any:
    t = labels("score", lang)
    violations = [float(sum(1 for f in q["findings"] if f["severity"] == "violation")) for q in quarters]
    infos = [float(sum(1 for f in q["findings"] if f["severity"] != "violation")) for q in quarters]
    lagging = [float(len(q["lagging_agencies"])) for q in quarters]
    series = [(t["violations"], violations), (t["infos"], infos), (t["lagging_count"], lagging)]
    return grouped_columns([formats.quarter_name(q["period"], lang) for q in quarters], series, t["chart_trend"], t["chart_trend_desc"],
                           "trend", lambda v: number(round(v, 2), lang))


def indicator_rows(quarters: list[dict[str, Any]], lang: Lang, names: Names | None = None) -> list[dict[str, Any]]:
    """Per indicator that missed its target in some quarter: the value reported in each quarter
    (blank where it met the target, so it drew no finding)."""
    values: dict[str, dict[str, str]] = {}
    for quarter in quarters:
        for finding in quarter["findings"]:
            if finding["kind"] != "target_missed":
                continue
            found = finding["trace"]["values"]
            values.setdefault(finding["subject"]["key"], {})[quarter["period"]] = number(found.get("value"), lang)
    named = names or Names()
    return [{"indicator": named.indicator(key), "values": [values[key].get(q["period"], "") for q in quarters]}
            for key in sorted(values)]


def warning_text(warning: dict[str, Any]) -> str:
    """A warning of the score JSON as one line: where, which field, what (its message code).

    Examples:
        >>> warning_text({"file": "data/x/2026/measures.csv", "row": 3, "field": "value", "code": "facts.unknown"})
        'data/x/2026/measures.csv:3 value: facts.unknown'
    """
    where = f"{warning['file']}:{warning['row']}" if warning.get("row") else str(warning["file"])
    field = f" {warning['field']}" if warning.get("field") else ""
    return f"{where}{field}: {warning.get('message') or warning['code']}"
