"""The quarter check page: numbers, charts and rows drawn from the quarter JSON, ready for the template.

Names come from the pack (`Names`), formats from `formats.py`; the finding ids, rules, engine
conditions and file:row of each finding go to the technical appendix, numbered like the findings.
"""

from __future__ import annotations

from typing import Any

from cchc_rules import formats
from cchc_rules.messages import Lang
from cchc_rules.report.html.frame import document_frame
from cchc_rules.report.html.labels import KINDS, SEVERITIES, labels
from cchc_rules.report.html.svg import Bar, hbar_chart
from cchc_rules.report.names import Names, fact_kind


def quarter_context(doc: dict[str, Any], lang: Lang, names: Names | None = None) -> dict[str, Any]:
    """Everything the quarter template shows, each value already worded and formatted."""
    names = names or Names()
    t = labels("quarter", lang)
    period = formats.quarter_name(doc["period"], lang)
    title = t["title"].format(period=period)
    return {
        "t": t, "lang": lang, "doc": doc, "title": title,
        "frame": document_frame(names, lang, t["doc_summary"].format(period=period), doc["as_of"][:4]),
        "plan": names.plan(doc["plan"]), "period": period,
        "previous_period": formats.quarter_name(doc["previous_period"], lang) if doc.get("previous_period") else "",
        "as_of": formats.date(doc["as_of"], lang),
        "summary": _summary(doc),
        "agency_chart": hbar_chart(_agency_bars(doc, names), t["chart_agency"], t["chart_agency_desc"], "agency"),
        "kind_chart": hbar_chart(_kind_bars(doc, lang), t["chart_kind"], t["chart_kind_desc"], "kind"),
        "findings": [_finding_row(n, f, lang, names) for n, f in enumerate(doc["findings"], start=1)],
        "lagging": [_lagging_row(a, doc, lang, names) for a in doc["lagging_agencies"]],
        "inputs": [{**row, "kind": fact_kind(row["kind"], lang)} for row in doc["inputs"]["files"]],
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


def _agency_name(code: str, doc: dict[str, Any], names: Names) -> str:
    """The pack's name of an agency, else the name the JSON's lagging table gives, else the code."""
    if code in names.agencies:
        return names.agency(code)
    return next((a["name"] for a in doc["lagging_agencies"] if a["agency"] == code), code)


def _agency_bars(doc: dict[str, Any], names: Names) -> list[Bar]:
    """Violations per agency, from the summary: the same numbers as the lagging table."""
    counts = {code: row["violations"] for code, row in doc["summary"]["by_agency"].items() if row["violations"]}
    order = sorted(counts, key=lambda code: (-counts[code], code))
    return [Bar(_agency_name(code, doc, names), counts[code]) for code in order]


def _kind_bars(doc: dict[str, Any], lang: Lang) -> list[Bar]:
    by_kind: dict[str, int] = doc["summary"]["by_kind"]
    order = sorted(by_kind, key=lambda kind: (-by_kind[kind], kind))
    return [Bar(KINDS[lang].get(kind, kind), by_kind[kind]) for kind in order]


def _finding_row(number: int, finding: dict[str, Any], lang: Lang, names: Names) -> dict[str, Any]:
    agency = names.agency(finding["agency"])
    if finding["co_agencies"]:
        agency += f" ({names.agency_list(finding['co_agencies'])})"
    trace = finding.get("trace") or {}
    return {"no": number, "id": finding["id"], "agency": agency, "message": finding["message"],
            "clause": finding["clause"], "kind": KINDS[lang].get(finding["kind"], finding["kind"]),
            "severity": SEVERITIES[lang].get(finding["severity"], finding["severity"]),
            "violation": finding["severity"] == "violation",
            "explanation": explanation_text(finding["explanation"], lang),
            "explanation_state": finding["explanation"]["state"] if finding["explanation"] else "",
            "rule": f"{trace.get('rule', finding['rule'])} ({trace['rule_source']})" if trace.get("rule_source")
            else trace.get("rule", finding["rule"]),
            "condition": trace.get("condition", ""),
            "facts": [f"{f['file']}:{f['row']}" for f in trace.get("facts") or []]}


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


def lapse_title(finding_id: str, doc: dict[str, Any], lang: Lang, names: Names) -> str:
    """A lapse named for a reader: its number in the findings table and its subject, not its id."""
    for number, finding in enumerate(doc["findings"], start=1):
        if finding["id"] == finding_id:
            word = "Phát hiện" if lang == "vi" else "Finding"
            return f"{word} {number} ({names.subject(finding['subject'], lang)})"
    return finding_id


def _lagging_row(agency: dict[str, Any], doc: dict[str, Any], lang: Lang, names: Names) -> dict[str, Any]:
    t = labels("quarter", lang)
    owed = [f"{lapse_title(o['finding'], doc, lang, names)}: {explanation_text(o, lang)}"
            for o in agency["explanations_owed"]]
    repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[agency["lagged_previous_quarter"]]
    escalate = (f"{names.agency(agency['escalate_to'])} ({agency['escalation_clause']})" if agency["escalate_to"]
                else t["none"])
    return {"agency": names.agencies.get(agency["agency"], agency["name"]),
            "count": formats.number(len(agency["findings"]), lang),
            "owed": owed, "repeat": repeat, "quarters": formats.number(agency["quarters_lagging"], lang),
            "escalate": escalate}
