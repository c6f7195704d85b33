"""An edit and its effects as a terminal table (plain lines) and as an HTML page. Every value
that comes from a pack or a data folder is hostile: escaped for the terminal by the caller's
console (terminal.py) and here with html.escape."""

from __future__ import annotations

import html
from typing import Any

from cchc_rules.messages import Lang, render_text


def _heading(code: str, lang: Lang, **params: Any) -> str:
    return render_text(code, params, lang)[0]


def diff_lines(doc: dict[str, Any], lang: Lang) -> list[str]:
    """The diff document (`{"edits": …, "effects": …}`) as lines of text."""
    edits = doc["edits"]["edits"]
    lines = [_heading("diff.heading.edits", lang, count=len(edits))]
    lines += [f"  {e['summary']}" for e in edits] or [f"  {_heading('diff.no_edits', lang)}"]
    effects = doc.get("effects")
    if effects is not None:
        lines += ["", _heading("diff.heading.effects", lang, data=effects["data"], count=len(effects["effects"]))]
        lines += [f"  {e['summary']}" for e in effects["effects"]] or [f"  {_heading('diff.no_effects', lang)}"]
        lines += ["  " + _heading("diff.skipped", lang, unit=f"{s['unit']} " if s["unit"] else "", period=s["period"],
                                  reason=s["reason"]) for s in effects["skipped"]]
    return lines


def diff_html(doc: dict[str, Any], lang: Lang) -> str:
    e = html.escape
    edits = doc["edits"]["edits"]
    rows = "".join(f"<tr><td>{e(x['action'])}</td><td>{e(x['id'])}</td><td>{e(x['old_at'] or '—')}</td>"
                   f"<td>{e(x['new_at'] or '—')}</td><td>{e(x['summary'])}</td></tr>" for x in edits)
    parts = [f"<h2>{e(_heading('diff.heading.edits', lang, count=len(edits)))}</h2>",
             f"<table><tbody>{rows}</tbody></table>" if edits else f"<p>{e(_heading('diff.no_edits', lang))}</p>"]
    effects = doc.get("effects")
    if effects is not None:
        found = effects["effects"]
        rows = "".join(f"<tr><td>{e(x['unit'])}</td><td>{e(x['period'])}</td><td>{e(x['kind'])}</td>"
                       f"<td>{e(x['subject'])}</td><td>{e(', '.join(x['causes']))}</td><td>{e(x['summary'])}</td></tr>"
                       for x in found)
        parts += [f"<h2>{e(_heading('diff.heading.effects', lang, data=effects['data'], count=len(found)))}</h2>",
                  f"<table><tbody>{rows}</tbody></table>" if found else f"<p>{e(_heading('diff.no_effects', lang))}</p>"]
    title = "cchc-rules diff"
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
            "td{border:1px solid #999;padding:2px 6px;vertical-align:top}</style></head>"
            f"<body><h1>{title}</h1>{''.join(parts)}</body></html>\n")
