"""The quarter check page: numbers, charts and rows drawn from the quarter JSON, ready for the template."""

from __future__ import annotations

from typing import Any

from cchc_rules.messages import Lang
from cchc_rules.report.html.labels import CAUSES, KINDS, SEVERITIES, date, labels, number
from cchc_rules.report.html.svg import Bar, hbar_chart


def quarter_context(doc: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """Everything the quarter template shows, each value already worded and formatted."""
    t = labels("quarter", lang)
    return {
        "t": t, "lang": lang, "doc": doc, "title": t["title"].format(period=doc["period"]),
        "as_of": date(doc["as_of"], lang),
        "summary": _summary(doc),
        "agency_chart": hbar_chart(_agency_bars(doc), t["chart_agency"], t["chart_agency_desc"], "agency"),
        "kind_chart": hbar_chart(_kind_bars(doc, lang), t["chart_kind"], t["chart_kind_desc"], "kind"),
        "findings": [_finding_row(f, lang) for f in doc["findings"]],
        "lagging": [_lagging_row(a, lang) for a in doc["lagging_agencies"]],
    }


def _summary(doc: dict[str, Any]) -> dict[str, int]:
    findings = doc["findings"]
    owed = sum(1 for a in doc["lagging_agencies"] for o in a["explanations_owed"] if o["owed"])
    return {"findings_total": len(findings),
            "violations": sum(1 for f in findings if f["severity"] == "violation"),
            "infos": sum(1 for f in findings if f["severity"] != "violation"),
            "lagging_count": len(doc["lagging_agencies"]), "owed_open": owed}


def _agency_names(doc: dict[str, Any]) -> dict[str, str]:
    return {a["agency"]: a["name"] for a in doc["lagging_agencies"]}


def _agency_bars(doc: dict[str, Any]) -> list[Bar]:
    counts: dict[str, int] = {}
    for finding in doc["findings"]:
        counts[finding["agency"]] = counts.get(finding["agency"], 0) + 1
    names = _agency_names(doc)
    order = sorted(counts, key=lambda code: (-counts[code], code))
    return [Bar(f"{code} — {names[code]}" if code in names else code, counts[code]) for code in order]


def _kind_bars(doc: dict[str, Any], lang: Lang) -> list[Bar]:
    by_kind: dict[str, int] = doc["summary"]["by_kind"]
    order = sorted(by_kind, key=lambda kind: (-by_kind[kind], kind))
    return [Bar(KINDS[lang].get(kind, kind), by_kind[kind]) for kind in order]


def _finding_row(finding: dict[str, Any], lang: Lang) -> dict[str, Any]:
    agency = finding["agency"] + (f" ({', '.join(finding['co_agencies'])})" if finding["co_agencies"] else "")
    return {"id": finding["id"], "agency": agency, "message": finding["message"],
            "clause": finding["clause"], "kind": KINDS[lang].get(finding["kind"], finding["kind"]),
            "severity": SEVERITIES[lang].get(finding["severity"], finding["severity"]),
            "violation": finding["severity"] == "violation",
            "explanation": explanation_text(finding["explanation"], lang)}


def explanation_text(explanation: dict[str, Any] | None, lang: Lang) -> str:
    """Due date, whether it was received (when, cause) and accepted, in one line.

    Examples:
        >>> explanation_text({"owed": True, "due": "2026-10-02", "received": None, "cause": None,
        ...                   "accepted": False}, "vi")
        'hạn 02/10/2026; chưa nhận'
        >>> explanation_text(None, "vi")
        '—'
    """
    if explanation is None:
        return "—"
    t = labels("quarter", lang)
    parts = [f"{t['due']} {date(explanation['due'], lang)}"]
    if explanation["received"] is None:
        parts.append(t["not_received"])
        return "; ".join(parts)
    parts.append(f"{t['received']} {date(explanation['received'], lang)}")
    if explanation["cause"]:
        parts.append(f"{t['cause']} {CAUSES[lang].get(explanation['cause'], explanation['cause'])}")
    parts.append(t["accepted"] if explanation["accepted"] else t["not_accepted"])
    return "; ".join(parts)


def _lagging_row(agency: dict[str, Any], lang: Lang) -> dict[str, Any]:
    t = labels("quarter", lang)
    owed = [f"{o['finding']}: {explanation_text(o, lang)}" for o in agency["explanations_owed"]]
    repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[agency["lagged_previous_quarter"]]
    escalate = (f"{agency['escalate_to']} ({agency['escalation_clause']})" if agency["escalate_to"]
                else t["none"])
    return {"agency": f"{agency['agency']} — {agency['name']}", "count": number(len(agency["findings"]), lang),
            "owed": owed, "repeat": repeat, "quarters": number(agency["quarters_lagging"], lang),
            "escalate": escalate}
