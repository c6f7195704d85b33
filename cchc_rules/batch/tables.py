"""The batch on a terminal: the ranking table, the classification counts and the skipped units
with their problems; drawn from the same rows as the JSON (the summary line goes to stderr)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table

from cchc_rules.batch.ranking import basis_label, classification_counts, columns
from cchc_rules.batch.reasons import reason_label
from cchc_rules.batch.summary import skipped_text
from cchc_rules.formats import change
from cchc_rules.report.html.batch_page import with_change

if TYPE_CHECKING:
    from cchc_rules.batch.run import BatchResult
    from cchc_rules.messages import Lang

_T = {
    "vi": {"title": "Xếp hạng năm {year}", "rank": "Hạng", "code": "Mã", "name": "Đơn vị", "total": "Tổng điểm",
           "class": "Xếp loại", "findings": "Phát hiện", "lagging": "Cơ quan chậm trễ", "tie": "đồng hạng",
           "skipped": "Đơn vị bỏ qua", "folder": "Thư mục", "reason": "Lý do", "problems": "Vấn đề",
           "classes": "Xếp loại", "count": "Số đơn vị", "none": "(không xếp loại)", "last": "quý cuối có số liệu",
           "basis": "Căn cứ xếp hạng", "change": "Chênh lệch"},
    "en": {"title": "Ranking {year}", "rank": "Rank", "code": "Code", "name": "Unit", "total": "Total",
           "class": "Class", "findings": "Findings", "lagging": "Lagging agencies", "tie": "tie",
           "skipped": "Skipped units", "folder": "Folder", "reason": "Reason", "problems": "Problems",
           "classes": "Classification", "count": "Units", "none": "(none)", "last": "last quarter with data",
           "basis": "Ranked on", "change": "Change"},
}


def shown_number(value: float) -> str:
    """A point value as the tables write it: 88.43 → '88,43', 60.0 → '60'.

    Examples:
        >>> shown_number(88.43), shown_number(60.0)
        ('88,43', '60')
    """
    return f"{value:g}".replace(".", ",")


def shown_rank(row: dict[str, Any], lang: Lang) -> str:
    return f"{row['rank']} ({_T[lang]['tie']})" if row["tie"] else str(row["rank"])


def lagging_text(row: dict[str, Any]) -> str:
    lagging = row["lagging"]
    if lagging["agencies"] is None:
        return "—"
    return f"{lagging['count']}: {', '.join(lagging['agencies'])}" if lagging["count"] else "0"


def batch_tables(result: BatchResult, lang: Lang) -> Group:
    t = _T[lang]
    areas = columns(result.ranking, "areas")
    ranking = Table(title=t["title"].format(year=result.year))
    for name in ("rank", "code", "name", "total", "class", "basis", "change"):
        ranking.add_column(t[name], overflow="fold")
    for area in areas:
        ranking.add_column(f"{area['id']} ({shown_number(area['max'])})", justify="right")
    ranking.add_column(t["findings"], justify="right")
    ranking.add_column(f"{t['lagging']} ({result.period or t['last']})", overflow="fold")
    for row in result.ranking:
        points = {a["id"]: with_change(a, lang) for a in row["areas"]}
        ranking.add_row(shown_rank(row, lang), row["code"], row["name"], shown_number(row["total"]),
                        row["classification"] or "—", basis_label(row["basis"], lang), change(row["change"], lang),
                        *(points.get(a["id"], "—") for a in areas),
                        str(row["findings"]["year"]), lagging_text(row))
    parts: list[Any] = [ranking, _classes(result, lang)]
    if result.skipped:
        parts.append(_skipped(result, lang))
    return Group(*parts)


def _classes(result: BatchResult, lang: Lang) -> Table:
    t = _T[lang]
    table = Table(title=t["classes"])
    table.add_column(t["class"])
    table.add_column(t["count"], justify="right")
    for label, count in classification_counts(result.ranking).items():
        table.add_row(label or t["none"], str(count))
    return table


def _skipped(result: BatchResult, lang: Lang) -> Table:
    t = _T[lang]
    table = Table(title=t["skipped"], show_lines=True)
    for name in ("folder", "code", "reason", "problems"):
        table.add_column(t[name], overflow="fold")
    for skipped in result.skipped:
        table.add_row(skipped.folder, skipped.code or "—", reason_label(skipped.reason, lang),
                      skipped_text(skipped, lang, 5))
    return table
