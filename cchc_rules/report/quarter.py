"""The quarter check as terminal tables, drawn from its JSON document (`QuarterReport.to_json`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules.messages import Lang

if TYPE_CHECKING:  # rich is imported only when tables are drawn (not for JSON)
    from rich.console import Group


_T = {
    "vi": {"findings": "Phát hiện kỳ {p} (tính đến {d})", "id": "Mã", "agency": "Cơ quan", "message": "Nội dung",
           "clause": "Điều khoản", "lagging": "Cơ quan chậm trễ", "count": "Số phát hiện",
           "owed": "Phải giải trình (hạn)", "repeat": "Chậm cả quý trước", "inputs": "Dữ liệu đầu vào",
           "yes": "có", "no": "không", "unknown": "không có dữ liệu"},
    "en": {"findings": "Findings {p} (as of {d})", "id": "Id", "agency": "Agency", "message": "Message",
           "clause": "Clause", "lagging": "Lagging agencies", "count": "Findings",
           "owed": "Explanations owed (due)", "repeat": "Also lagged last quarter", "inputs": "Inputs",
           "yes": "yes", "no": "no", "unknown": "no data"},
}


def quarter_tables(doc: dict[str, Any], lang: Lang) -> Group:
    from rich.console import Group
    from rich.table import Table

    t = _T[lang]
    findings = Table(title=t["findings"].format(p=doc["period"], d=doc["as_of"]), show_lines=True)
    for name in ("id", "agency", "message", "clause"):
        findings.add_column(t[name], overflow="fold")
    for f in doc["findings"]:
        findings.add_row(f["id"], f["agency"], f["message"], f["clause"])
    lagging = Table(title=t["lagging"])
    for name in ("agency", "count", "owed", "repeat"):
        lagging.add_column(t[name], overflow="fold")
    for row in doc["lagging_agencies"]:
        owed = "\n".join(f"{o['finding']} ({o.get('due', '')})" for o in row["explanations_owed"]) or "—"
        repeat = {True: t["yes"], False: t["no"], None: t["unknown"]}[row["lagged_previous_quarter"]]
        if row["escalate_to"]:
            repeat += f" → {row['escalate_to']} ({row['escalation_clause']})"
        lagging.add_row(f"{row['agency']} — {row['name']}", str(len(row["findings"])), owed, repeat)
    return Group(findings, lagging)
