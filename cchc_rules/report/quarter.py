"""The quarter check as terminal tables, drawn from its JSON document (`QuarterReport.to_json`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules.messages import Lang

if TYPE_CHECKING:  # rich is imported only when tables are drawn (not for JSON)
    from rich.console import Group


_T = {
    "vi": {"findings": "Phát hiện kỳ {p} (tính đến {d})", "id": "Mã", "agency": "Cơ quan", "message": "Nội dung",
           "clause": "Điều khoản", "explanation": "Giải trình", "lagging": "Cơ quan chậm trễ",
           "count": "Số vi phạm", "owed": "Phải giải trình", "repeat": "Chậm cả quý trước",
           "inputs": "Dữ liệu đầu vào", "yes": "có", "no": "không", "unknown": "không có dữ liệu",
           "summary": "{findings} phát hiện, {violations} vi phạm; giải trình: {owed} còn nợ, {overdue} quá hạn, "
                      "{accepted} được chấp nhận, {not_accepted} không được chấp nhận"},
    "en": {"findings": "Findings {p} (as of {d})", "id": "Id", "agency": "Agency", "message": "Message",
           "clause": "Clause", "explanation": "Explanation", "lagging": "Lagging agencies",
           "count": "Violations", "owed": "Explanations owed", "repeat": "Also lagged last quarter",
           "inputs": "Inputs", "yes": "yes", "no": "no", "unknown": "no data",
           "summary": "{findings} finding(s), {violations} violation(s); explanations: {owed} owed, {overdue} overdue, "
                      "{accepted} accepted, {not_accepted} not accepted"},
}


def quarter_tables(doc: dict[str, Any], lang: Lang) -> Group:
    from rich.console import Group
    from rich.table import Table

    t = _T[lang]
    summary = doc["summary"]
    findings = Table(title=t["findings"].format(p=doc["period"], d=doc["as_of"]), show_lines=True,
                     caption=t["summary"].format(findings=summary["findings"], violations=summary["violations"],
                                                 **summary["explanations"]))
    for name in ("id", "agency", "message", "clause", "explanation"):
        findings.add_column(t[name], overflow="fold")
    for f in doc["findings"]:
        findings.add_row(f["id"], f["agency"], f["message"], f["clause"],
                         f["explanation"]["message"] if f["explanation"] else "—")
    lagging = Table(title=t["lagging"])
    for name in ("agency", "count", "owed", "repeat"):
        lagging.add_column(t[name], overflow="fold")
    for row in doc["lagging_agencies"]:
        owed = "\n".join(f"{o['finding']}: {o['message']}" for o in row["explanations_owed"]) or "—"
        repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[row["lagged_previous_quarter"]]
        if row["escalate_to"]:
            repeat += f" → {row['escalate_to']} ({row['escalation_clause']})"
        lagging.add_row(f"{row['agency']} — {row['name']}", str(len(row["findings"])), owed, repeat)
    return Group(findings, lagging)
