"""The rule catalogue drawn as one self-contained HTML page: inline CSS only (no fonts, scripts or
images fetched from anywhere), a Vietnamese font stack, and print rules for A4 paper.

Plain string building rather than a template: the page is a fixed skeleton around the generic
section/table tree of `catalogue_model.py`, so every text node passes through one escape
function (`_e`) and there are no template files to ship as package data.
"""

from __future__ import annotations

from html import escape

from cchc_rules.report.catalogue_model import Block, Catalogue, Fields, Para, Section, Table

_CSS = """
:root { --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --band: #f6f8fa; --accent: #0b5394; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
       font-size: 10.5pt; line-height: 1.45; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 19pt; margin: 0 0 12px; color: var(--accent); }
h2 { font-size: 15pt; margin: 28px 0 10px; border-bottom: 2px solid var(--accent); padding-bottom: 3px; }
h3 { font-size: 12.5pt; margin: 20px 0 8px; }
h4, h5, h6 { font-size: 11pt; margin: 16px 0 6px; }
a { color: var(--accent); text-decoration: none; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9pt; }
p.note { border-left: 4px solid #bf8700; background: #fff8c5; padding: 6px 10px; }
dl.fields { display: grid; grid-template-columns: minmax(150px, 26%) 1fr; gap: 2px 12px; margin: 6px 0 12px; }
dl.fields dt { font-weight: 600; color: var(--muted); }
dl.fields dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 9.5pt; }
th, td { border: 1px solid var(--rule); padding: 3px 6px; vertical-align: top; text-align: left;
         overflow-wrap: break-word; }
td.n { white-space: nowrap; }
table.fixed { table-layout: fixed; }
table.fixed td { overflow-wrap: anywhere; }
table.fixed td.n { white-space: normal; }
th { background: var(--band); }
nav.toc ol { list-style: none; margin: 2px 0; padding-left: 1.2em; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  table { font-size: 8.5pt; }
  th, td { padding: 2px 4px; }
  a { color: inherit; }
  /* No heading alone at a page foot: a heading keeps to what follows, and a heading with its first
     block (wrapped in .keep) never splits across pages. */
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  .keep { break-inside: avoid; page-break-inside: avoid; }
  tr, dl.fields, p { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  nav.toc { break-after: page; page-break-after: always; }
}
"""


def _e(text: str) -> str:
    """Escaped text; line breaks kept as <br>."""
    return "<br>".join(escape(line, quote=True) for line in text.split("\n"))


def render_html(doc: Catalogue) -> str:
    out = ["<!DOCTYPE html>", f'<html lang="{_e(doc.lang)}">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(doc.title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>", "<header>",
           f"<h1>{_e(doc.title)}</h1>", *(_block(b) for b in doc.intro), "</header>",
           f'<nav class="toc"><h2>{_e(doc.toc_title)}</h2>', _toc(doc.sections), "</nav>", "<main>"]
    for section in doc.sections:
        out += _section(section, 2)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _toc(sections: tuple[Section, ...]) -> str:
    items = [f'<li><a href="#{_e(s.anchor)}">{_e(s.title)}</a>{_toc(s.children)}</li>'
             for s in sections if s.in_toc]
    return f"<ol>{''.join(items)}</ol>" if items else ""


def _section(section: Section, level: int) -> list[str]:
    h = min(level, 6)
    heading = f"<h{h}>{_e(section.title)}</h{h}>"
    blocks = [_block(b) for b in section.blocks]
    out = [f'<section id="{_e(section.anchor)}">']
    if blocks and not blocks[0].startswith("<table"):  # a long table may split; its header repeats
        out += [f'<div class="keep">{heading}', f"{blocks[0]}</div>", *blocks[1:]]
    else:
        out += [heading, *blocks]
    for child in section.children:
        out += _section(child, level + 1)
    out.append("</section>")
    return out


def _block(block: Block) -> str:
    if isinstance(block, Para):
        return f'<p class="note">{_e(block.text)}</p>' if block.note else f"<p>{_e(block.text)}</p>"
    if isinstance(block, Fields):
        items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in block.items)
        return f'<dl class="fields">{items}</dl>'
    return _table(block)


def _cell(text: str, code: bool) -> str:
    """A table cell; a file path may break after its '/' so narrow columns stay narrow."""
    inner = _e(text).replace("/", "/<wbr>") if ".yaml:" in text else _e(text)
    if code and text:
        return f"<td><code>{inner}</code></td>"
    return f'<td class="n">{inner}</td>' if len(text) <= 4 else f"<td>{inner}</td>"


def _table(table: Table) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in table.header)
    cols = "".join(f'<col style="width: {w}%">' for w in table.widths)
    cols = f"<colgroup>{cols}</colgroup>" if cols else ""
    body = []
    for row in table.rows:
        cells = "".join(_cell(c, i in table.code) for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    fixed = ' class="fixed"' if cols else ""
    return f"<table{fixed}>{cols}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
