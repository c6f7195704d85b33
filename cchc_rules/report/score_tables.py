"""The self-assessment as terminal tables, drawn from the score JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules.messages import Lang

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


def score_tables(doc: dict[str, Any], lang: Lang) -> Group:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

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
        note = node.get("margin") or ""
        tree.add_row(Text(node["id"], style=style), Text("  " * depth + node["name"], style=style),
                     f"{node['max']:g}", f"{node['points']:g}", note)
    total = f"{doc['total']:g}" + (f" ({t[14]})" if doc["converted"] else "")
    tree.add_row("", Text(t[6], style="bold"), "", total, "")
    tree.add_row("", Text(t[7], style="bold"), "", doc["classification"] or "—", "")
    agencies = Table(title=t[8])
    for heading in (t[9], t[10], t[4], t[3], t[11]):
        agencies.add_column(heading)
    for row in doc["agencies"]:
        agencies.add_row(str(row["rank"]), f"{row['agency']} — {row['name']}", f"{row['points']:g}",
                         f"{row['max']:g}", f"{row['percent']:g}")
    parts: list[Any] = [tree, agencies]
    if doc["evidence_to_attach"]:
        missing = Table(title=t[12])
        missing.add_column(t[1])
        missing.add_column(t[2], overflow="fold")
        for item in doc["evidence_to_attach"]:
            missing.add_row(item["criterion"], "; ".join(item["documents"]))
        parts.append(missing)
    return Group(*parts)
