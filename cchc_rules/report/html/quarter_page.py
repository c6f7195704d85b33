"""The quarter check page: numbers, charts and rows drawn from the quarter JSON, ready for the template."""

from __future__ import annotations

from typing import Any

from cchc_rules.messages import Lang
from cchc_rules.report.html.labels import KINDS, SEVERITIES, date, labels, number
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
    """The JSON summary's counts, as the page lists them (nothing recounted here)."""
    summary = doc["summary"]
    explanations = summary["explanations"]
    return {"findings_total": summary["findings"], "violations": summary["violations"],
            "infos": summary["findings"] - summary["violations"],
            "lagging_count": summary["lagging_agencies"], "owed_open": explanations["owed"],
            "owed_overdue": explanations["overdue"], "explained_accepted": explanations["accepted"],
            "explained_not_accepted": explanations["not_accepted"]}


def _agency_names(doc: dict[str, Any]) -> dict[str, str]:
    return {a["agency"]: a["name"] for a in doc["lagging_agencies"]}


def _agency_bars(doc: dict[str, Any]) -> list[Bar]:
    """Violations per agency, from the summary: the same numbers as the lagging table."""
    counts = {code: row["violations"] for code, row in doc["summary"]["by_agency"].items() if row["violations"]}
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
            "explanation": explanation_text(finding["explanation"], lang),
            "explanation_state": finding["explanation"]["state"] if finding["explanation"] else ""}


def explanation_text(explanation: dict[str, Any] | None, lang: Lang) -> str:
    """The state of a lapse's explanation in one line (its message, in the document's language).

    Examples:
        >>> explanation_text({"state": "owed", "message": "Còn nợ giải trình, chậm nhất ngày 02/10/2026"}, "vi")
        'Còn nợ giải trình, chậm nhất ngày 02/10/2026'
        >>> explanation_text(None, "vi")
        '—'
    """
    if explanation is None:
        return "—"
    return str(explanation["message"])


def _lagging_row(agency: dict[str, Any], lang: Lang) -> dict[str, Any]:
    t = labels("quarter", lang)
    owed = [f"{o['finding']}: {explanation_text(o, lang)}" for o in agency["explanations_owed"]]
    repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[agency["lagged_previous_quarter"]]
    escalate = (f"{agency['escalate_to']} ({agency['escalation_clause']})" if agency["escalate_to"]
                else t["none"])
    return {"agency": f"{agency['agency']} — {agency['name']}", "count": number(len(agency["findings"]), lang),
            "owed": owed, "repeat": repeat, "quarters": number(agency["quarters_lagging"], lang),
            "escalate": escalate}
