"""The quarter check as a JSON document (the contract) and as terminal tables drawn from it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules.evaluate import QuarterResult, lagging_agencies
from cchc_rules.facts.models import FactCounts
from cchc_rules.errors import Problem
from cchc_rules.messages import Lang, render_text
from cchc_rules.rulepack.pack import RulePack

if TYPE_CHECKING:  # rich is imported only when tables are drawn (not for JSON)
    from rich.console import Group


def counts_json(counts: FactCounts) -> dict[str, Any]:
    def row(c: Any) -> dict[str, Any]:
        return {"file": c.file, "kind": c.kind, "read": c.read, "used": c.used, "rejected": c.rejected,
                "duplicates": c.duplicates}

    return {"files": [row(c) for c in counts.files], "total": row(counts.total)}


def quarter_json(pack: RulePack, result: QuarterResult, history: list[QuarterResult],
                 lang: Lang = "vi") -> dict[str, Any]:
    """`history`: results of the quarters before, most recent first (empty without their data)."""
    unit = pack.plan.plan.unit
    lagging = lagging_agencies(pack, result.findings, [h.findings for h in history])
    previous = history[0] if history else None
    return {
        "unit": {"code": unit.code, "name": unit.name, "province": unit.province},
        "plan": pack.plan.plan.id,
        "period": str(result.quarter),
        "as_of": result.as_of.isoformat(),
        "previous_period": str(previous.quarter) if previous else None,
        "summary": _summary(result),
        "findings": [f.to_json() for f in result.findings],
        "lagging_agencies": lagging,
        "inputs": counts_json(result.facts.counts),
        "warnings": [_warning(p, lang) for p in result.warnings],
    }


def _warning(problem: Problem, lang: Lang) -> dict[str, Any]:
    message, hint = render_text(problem.code, problem.params, lang)
    loc = problem.location
    return {"file": loc.file, "row": loc.line, "field": problem.field, "message": message, "hint": hint}


def _summary(result: QuarterResult) -> dict[str, Any]:
    by_kind: dict[str, int] = {}
    for finding in result.findings:
        by_kind[finding.kind] = by_kind.get(finding.kind, 0) + 1
    return {"findings": len(result.findings), "by_kind": dict(sorted(by_kind.items()))}


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
