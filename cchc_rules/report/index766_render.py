"""The index766 document (index766_report.py) as terminal tables, an HTML page and a workbook.

Stage: rendering. Reads only the JSON document, so every format shows the same numbers. Text from
the rubric or the data is escaped (html.escape in the page; `put` keeps it from becoming an Excel
formula; rich tables go through terminal.py's escaping streams).
"""

from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Any

from cchc_rules.formats import number, percent, period_name
from cchc_rules.messages import Lang

_H = {
    "rank": ("Hạng", "Rank"), "unit": ("Đơn vị", "Unit"), "total": ("Tổng điểm", "Total"),
    "band": ("Mức", "Band"), "group": ("Nhóm", "Group"), "metric": ("Chỉ số", "Indicator"),
    "numerator": ("Tử số", "Numerator"), "denominator": ("Mẫu số", "Denominator"), "rate": ("Tỷ lệ", "Rate"),
    "points": ("Điểm", "Points"), "max": ("Tối đa", "Max"), "how": ("Cách tính", "Arithmetic"),
    "source": ("Nguồn", "Source"), "ranking": ("Xếp hạng", "Ranking"),
}


def _h(key: str, lang: Lang) -> str:
    return _H[key][0 if lang == "vi" else 1]


def _n(value: Any, lang: Lang, places: int = 2) -> str:
    return "—" if value is None else number(value, lang, places)


def _rate(value: Any, lang: Lang) -> str:
    return "—" if value is None else percent(value, lang)


def _title(doc: dict[str, Any], lang: Lang) -> str:
    return f"{doc['index']['title']}: {period_name(doc['period'], lang)}"


def _unit_label(unit: dict[str, Any]) -> str:
    return f"{unit['unit']} {unit['name']}".strip()


def _how(ind: dict[str, Any]) -> str:
    text = ind["formula"] or ""
    if ind["inherited_from"]:
        text += f" [{ind['inherited_from']}]"
    return text


def index_tables(doc: dict[str, Any], lang: Lang) -> Any:
    """The ranking, then per unit a table of groups and indicators (rich renderables)."""
    from rich.console import Group
    from rich.table import Table

    parts: list[Any] = []
    ranking = Table(title=f"{_title(doc, lang)}: {_h('ranking', lang)}")
    for key in ("rank", "unit", "total", "band"):
        ranking.add_column(_h(key, lang))
    for unit in doc["units"]:
        ranking.add_row(str(unit["rank"]), _unit_label(unit), f"{_n(unit['total'], lang)} / {_n(unit['max'], lang)}",
                        unit["band"]["label"] if unit["band"] else "—")
    parts.append(ranking)
    for unit in doc["units"]:
        table = Table(title=f"{_unit_label(unit)}: {_n(unit['total'], lang)} / {_n(unit['max'], lang)}")
        for key in ("group", "metric", "numerator", "denominator", "rate", "points", "max", "how"):
            table.add_column(_h(key, lang))
        for group in unit["groups"]:
            table.add_row(f"{group['short'] or group['id']} {group['name']}", "", "", "", "",
                          _n(group["points"], lang), _n(group["max"], lang), "")
            for ind in group["indicators"]:
                table.add_row("", ind["metric"], _n(ind["numerator"], lang, 0), _n(ind["denominator"], lang, 0),
                              _rate(ind["rate"], lang), _n(ind["points"], lang), _n(ind["max"], lang), _how(ind))
        parts.append(table)
    return Group(*parts)


def index_html(doc: dict[str, Any], lang: Lang) -> str:
    """A self-contained page: the ranking with each unit's colour band, then each unit's indicators."""
    e = html.escape
    out = io.StringIO()
    title = e(_title(doc, lang))
    out.write(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
              "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
              "td,th{border:1px solid #999;padding:.25em .5em;text-align:left}td.n{text-align:right}"
              ".band{color:#fff;padding:0 .4em;border-radius:3px}</style></head><body>\n")
    out.write(f"<h1>{title}</h1>\n<p>{e(doc['index']['basis'])}</p>\n")
    out.write(f"<h2>{e(_h('ranking', lang))}</h2>\n<table><tr>"
              + "".join(f"<th>{e(_h(k, lang))}</th>" for k in ("rank", "unit", "total", "band")) + "</tr>\n")
    for unit in doc["units"]:
        band = unit["band"]
        badge = (f'<span class="band" style="background:{e(band["colour"])}">{e(band["label"])}</span>'
                 if band else "—")
        out.write(f"<tr><td class=n>{unit['rank']}</td><td>{e(_unit_label(unit))}</td>"
                  f"<td class=n>{e(_n(unit['total'], lang))} / {e(_n(unit['max'], lang))}</td><td>{badge}</td></tr>\n")
    out.write("</table>\n")
    for unit in doc["units"]:
        out.write(f"<h2>{e(_unit_label(unit))}: {e(_n(unit['total'], lang))} / {e(_n(unit['max'], lang))}</h2>\n")
        out.write("<table><tr>" + "".join(f"<th>{e(_h(k, lang))}</th>" for k in
                                          ("metric", "numerator", "denominator", "rate", "points", "max", "how",
                                           "source")) + "</tr>\n")
        for group in unit["groups"]:
            out.write(f"<tr><th colspan=4>{e(group['short'] or group['id'])} {e(group['name'])}</th>"
                      f"<th class=n>{e(_n(group['points'], lang))}</th><th class=n>{e(_n(group['max'], lang))}</th>"
                      "<th colspan=2></th></tr>\n")
            for ind in group["indicators"]:
                cells = [f"{ind['metric']}: {ind['name']}", _n(ind["numerator"], lang, 0),
                         _n(ind["denominator"], lang, 0), _rate(ind["rate"], lang), _n(ind["points"], lang),
                         _n(ind["max"], lang), _how(ind), ind["source"]]
                out.write("<tr>" + "".join(f"<td{' class=n' if 0 < k < 6 else ''}>{e(c)}</td>"
                                           for k, c in enumerate(cells)) + "</tr>\n")
        out.write("</table>\n")
    out.write("</body></html>\n")
    return out.getvalue()


def index_xlsx(doc: dict[str, Any], lang: Lang, output: Path) -> None:
    """A workbook: a ranking sheet and one row per unit × indicator; numbers as numbers."""
    from openpyxl import Workbook

    from cchc_rules.report.output import write_bytes
    from cchc_rules.report.xlsx_common import put

    wb = Workbook()
    ws = wb.active
    ws.title = _h("ranking", lang)
    put(ws, 1, 1, _title(doc, lang))
    for col, key in enumerate(("rank", "unit", "total", "max", "band"), start=1):
        put(ws, 2, col, _h(key, lang))
    for row, unit in enumerate(doc["units"], start=3):
        for col, value in enumerate((unit["rank"], _unit_label(unit), unit["total"], unit["max"],
                                     unit["band"]["label"] if unit["band"] else None), start=1):
            put(ws, row, col, value)
    detail = wb.create_sheet(_h("metric", lang))
    keys = ("unit", "group", "metric", "numerator", "denominator", "rate", "points", "max", "how", "source")
    for col, key in enumerate(keys, start=1):
        put(detail, 1, col, _h(key, lang))
    row = 2
    for unit in doc["units"]:
        for group in unit["groups"]:
            for ind in group["indicators"]:
                values = (unit["unit"], group["id"], ind["metric"], ind["numerator"], ind["denominator"], ind["rate"],
                          ind["points"], ind["max"], _how(ind), ind["source"])
                for col, value in enumerate(values, start=1):
                    put(detail, row, col, value)
                row += 1
    buffer = io.BytesIO()
    wb.save(buffer)
    write_bytes(output, buffer.getvalue())
