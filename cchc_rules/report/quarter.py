"""The quarter check as terminal tables, drawn from its JSON document (`QuarterReport.to_json`):
agencies by name (report.names), periods and dates by formats.py, findings numbered (their ids are
in the JSON and in `explain`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules import formats
from cchc_rules.messages import Lang
from cchc_rules.report.names import Names

if TYPE_CHECKING:  # rich is imported only when tables are drawn (not for JSON)
    from rich.console import Group


_T = {
    "vi": {"findings": "Phát hiện {p} (tính đến ngày {d})", "id": "STT", "agency": "Cơ quan", "message": "Nội dung",
           "clause": "Điều khoản", "explanation": "Giải trình", "lagging": "Cơ quan chậm trễ",
           "count": "Số vi phạm", "owed": "Phải giải trình", "repeat": "Chậm cả quý trước",
           "inputs": "Dữ liệu đầu vào", "yes": "có", "no": "không", "unknown": "không có dữ liệu",
           "summary": "{findings} phát hiện, {violations} vi phạm; giải trình: {owed} còn nợ, {overdue} quá hạn, "
                      "{accepted} được chấp nhận, {not_accepted} không được chấp nhận"},
    "en": {"findings": "Findings {p} (as of {d})", "id": "No.", "agency": "Agency", "message": "Message",
           "clause": "Clause", "explanation": "Explanation", "lagging": "Lagging agencies",
           "count": "Violations", "owed": "Explanations owed", "repeat": "Also lagged last quarter",
           "inputs": "Inputs", "yes": "yes", "no": "no", "unknown": "no data",
           "summary": "{findings} finding(s), {violations} violation(s); explanations: {owed} owed, {overdue} overdue, "
                      "{accepted} accepted, {not_accepted} not accepted"},
}


def quarter_tables(doc: dict[str, Any], lang: Lang, names: Names | None = None) -> Group:
    from rich.console import Group
    from rich.table import Table

    from cchc_rules.report.html.quarter_page import lapse_title

    names = names or Names()
    t = _T[lang]
    summary = doc["summary"]
    findings = Table(title=t["findings"].format(p=formats.quarter_name(doc["period"], lang),
                                                d=formats.date(doc["as_of"], lang)), show_lines=True,
                     caption=t["summary"].format(findings=summary["findings"], violations=summary["violations"],
                                                 **summary["explanations"]))
    for name in ("id", "agency", "message", "clause", "explanation"):
        findings.add_column(t[name], overflow="fold")
    for number, f in enumerate(doc["findings"], start=1):
        agency = names.agency(f["agency"])
        if f["co_agencies"]:
            agency += f" ({names.agency_list(f['co_agencies'])})"
        findings.add_row(str(number), agency, f["message"], f["clause"],
                         f["explanation"]["message"] if f["explanation"] else "—")
    lagging = Table(title=t["lagging"])
    for name in ("agency", "count", "owed", "repeat"):
        lagging.add_column(t[name], overflow="fold")
    for row in doc["lagging_agencies"]:
        owed = "\n".join(f"{lapse_title(o['finding'], doc, lang, names)}: {o['message']}"
                         for o in row["explanations_owed"]) or "—"
        repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[row["lagged_previous_quarter"]]
        if row["escalate_to"]:
            repeat += f" → {names.agency(row['escalate_to'])} ({row['escalation_clause']})"
        lagging.add_row(names.agencies.get(row["agency"], row["name"]), str(len(row["findings"])), owed, repeat)
    return Group(findings, lagging)
