"""The self-assessment as terminal tables, drawn from the score JSON: points with formats.py (60,57),
agencies by name (report.names)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules import formats
from cchc_rules.messages import Lang
from cchc_rules.report.names import Names
from cchc_rules.report.score_totals import adjustment_rows, node_extra

if TYPE_CHECKING:  # rich is imported only when tables are drawn (not for JSON)
    from rich.console import Group

_T = {
    "vi": ("Tự đánh giá Chỉ số CCHC năm {y} — {u}", "STT", "Lĩnh vực / Tiêu chí / Tiêu chí thành phần",
           "Điểm tối đa", "Điểm tự đánh giá", "Ghi chú", "Tổng điểm", "Xếp loại", "Chỉ số của các cơ quan",
           "Hạng", "Cơ quan", "Tỷ lệ (%)", "Tài liệu cần bổ sung", "Bộ chỉ số mô hình, không phải bộ chính thức",
           "quy đổi thang 100 vì có phần không áp dụng"),
    "en": ("PAR INDEX self-assessment {y} — {u}", "No.", "Area / criterion / sub-criterion", "Max", "Points",
           "Note", "Total", "Classification", "Agency index", "Rank", "Agency", "Percent", "Documents to attach",
           "Model rubric, not the official one", "converted to 100: a part did not apply"),
}


def _rows(nodes: list[dict[str, Any]], depth: int, out: list[tuple[int, dict[str, Any]]]) -> None:
    for node in nodes:
        out.append((depth, node))
        _rows(node["criteria"], depth + 1, out)


def score_tables(doc: dict[str, Any], lang: Lang, names: Names | None = None) -> Group:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    names = names or Names()
    t = _T[lang]
    own = doc["rubric"].get("form_title")
    title = f"{own} — {doc['unit']['name']}" if own else t[0].format(y=doc["year"], u=doc["unit"]["name"])
    tree = Table(title=title, caption=t[13] if doc["rubric"]["model"] else None)
    for heading in t[1:6]:
        tree.add_column(heading, overflow="fold")
    rows: list[tuple[int, dict[str, Any]]] = []
    _rows(doc["criteria"], 0, rows)
    for depth, node in rows:
        style = "bold" if depth < 2 else ""
        note = "; ".join(n for n in (node.get("margin"), node_extra(node, lang)) if n)
        tree.add_row(Text(node["id"], style=style), Text("  " * depth + node["name"], style=style),
                     formats.points(node["max"], lang), formats.points(node["points"], lang), note)
    converted = f" ({t[14]})" if doc["converted"] else ""
    adjustments = adjustment_rows(doc, lang)
    for k, (label, value) in enumerate(adjustments):
        shown = formats.points(value, lang)
        tree.add_row("", Text(label), "", (f"+{shown}" if k and value >= 0 else shown) + ("" if k else converted), "")
    tree.add_row("", Text(t[6], style="bold"), "",
                 formats.points(doc["total"], lang) + ("" if adjustments else converted), "")
    tree.add_row("", Text(t[7], style="bold"), "", doc["classification"] or "—", "")
    agencies = Table(title=t[8])
    for heading in (t[9], t[10], t[4], t[3], t[11]):
        agencies.add_column(heading)
    for row in doc["agencies"]:
        agencies.add_row(str(row["rank"]), names.agencies.get(row["agency"], row["name"]),
                         formats.points(row["points"], lang), formats.points(row["max"], lang),
                         formats.number(row["percent"], lang))
    parts: list[Any] = [tree, agencies]
    if doc["evidence_to_attach"]:
        missing = Table(title=t[12])
        missing.add_column(t[1])
        missing.add_column(t[2], overflow="fold")
        for item in doc["evidence_to_attach"]:
            missing.add_row(item["criterion"], "; ".join(item["documents"]))
        parts.append(missing)
    return Group(*parts)
