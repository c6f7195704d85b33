"""Terminal tables (rich) for `cchc-rules show`, with Vietnamese (or English) headings; agencies and
areas by the names the pack gives them (report.names)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules import formats
from cchc_rules.messages import Lang
from cchc_rules.report.names import Names

if TYPE_CHECKING:  # rich is imported only when a table is drawn
    from rich.table import Table

_HEADINGS: dict[str, dict[str, tuple[str, str]]] = {
    "tasks": {
        "number": ("STT", "No."),
        "area": ("Lĩnh vực", "Area"),
        "content": ("Nội dung công việc", "Task"),
        "lead": ("Chủ trì", "Lead"),
        "co_agencies": ("Phối hợp", "Co-agencies"),
        "schedule": ("Thời gian hoàn thành", "Schedule"),
        "product": ("Sản phẩm", "Product"),
        "clause": ("Điều khoản", "Clause"),
    },
    "targets": {
        "id": ("Mã", "Id"),
        "name": ("Chỉ tiêu", "Target"),
        "threshold": ("Ngưỡng", "Threshold"),
        "by_year": ("Đến năm", "By"),
        "owner": ("Cơ quan theo dõi", "Owner"),
        "clause": ("Điều khoản", "Clause"),
    },
    "agencies": {
        "code": ("Mã", "Code"),
        "name": ("Tên cơ quan", "Name"),
        "roles": ("Vai trò", "Roles"),
        "aliases": ("Tên gọi khác", "Aliases"),
    },
    "duties": {
        "id": ("Mã", "Id"),
        "title": ("Báo cáo", "Report"),
        "reporters": ("Cơ quan báo cáo", "Reporters"),
        "to": ("Gửi", "To"),
        "periods": ("Kỳ", "Periods"),
        "clause": ("Điều khoản", "Clause"),
    },
}

_TITLES = {
    "tasks": ("Nhiệm vụ trọng tâm (Phụ lục)", "Priority tasks (appendix)"),
    "targets": ("Chỉ tiêu chủ yếu (mục II.2)", "Main targets (section II.2)"),
    "agencies": ("Cơ quan, đơn vị", "Agencies"),
    "duties": ("Chế độ báo cáo (mục VI)", "Reporting duties (section VI)"),
}


_AGENCY_KEYS = {"lead", "owner", "reporters", "to"}


def _cell(key: str, row: dict[str, Any], names: Names, lang: Lang) -> str:
    value = row.get(key)
    if key == "area" and isinstance(value, str):
        return names.area(value)
    if key in _AGENCY_KEYS and value:
        return names.agency_list(value) if isinstance(value, list) else names.agency(value)
    if key == "periods" and isinstance(value, list):
        return "; ".join(formats.report_period_name(str(p), lang) for p in value)
    if key == "schedule" and isinstance(value, dict):
        return str(value["as_written"])
    if key == "co_agencies":
        return row.get("co_agencies_as_written") or "—"
    if key == "threshold":
        return f"{row['comparison']} {formats.number(row['threshold'], lang)} {row['unit']}"
    if isinstance(value, list):
        return "; ".join(map(str, value)) or "—"
    return "" if value is None else str(value)


def table(kind: str, rows: list[dict[str, Any]], lang: Lang, names: Names | None = None) -> Table:
    """A rich Table of `rows` (the JSON view rows) for one kind of item."""
    names = names or Names()
    from rich.table import Table

    pick = 0 if lang == "vi" else 1
    result = Table(title=_TITLES[kind][pick], show_lines=kind == "tasks", expand=False)
    columns = _HEADINGS[kind]
    for heading in columns.values():
        result.add_column(heading[pick], overflow="fold")
    for row in rows:
        result.add_row(*(_cell(key, row, names, lang) for key in columns))
    return result
