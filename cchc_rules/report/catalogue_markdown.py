"""The rule catalogue drawn as GitHub-flavoured Markdown: headings with explicit anchors, a table
of contents, field lists and pipe tables (pipes, newlines and markup characters in text escaped).
"""

from __future__ import annotations

from cchc_rules.report.catalogue_model import Block, Catalogue, Fields, Para, Section, Table

# Characters that Markdown would read as markup inside text (the backslash first).
_ESCAPES = (("\\", "\\\\"), ("`", "\\`"), ("*", "\\*"), ("|", "\\|"), ("<", "&lt;"), ("[", "\\["),
            ("]", "\\]"))


def escape(text: str) -> str:
    r"""Text for a Markdown paragraph or table cell: markup characters escaped, lines joined by <br>.

    Examples:
        >>> escape("a | b\nc*")
        'a \\| b<br>c\\*'
    """
    for char, replacement in _ESCAPES:
        text = text.replace(char, replacement)
    return "<br>".join(text.splitlines()) if "\n" in text else text


def code(text: str) -> str:
    r"""Text as inline code, one span per line; pipes escaped so a table cell is not split.

    Examples:
        >>> code('value < 98 | x')
        '`value < 98 \\| x`'
    """
    spans = []
    for line in text.splitlines() or [""]:
        fence = "``" if "`" in line else "`"
        pad = " " if "`" in line else ""
        spans.append(f"{fence}{pad}{line.replace('|', chr(92) + '|')}{pad}{fence}")
    return "<br>".join(spans)


def render_markdown(doc: Catalogue) -> str:
    out = [f"# {escape(doc.title)}", ""]
    for block in doc.intro:
        out += [_block(block), ""]
    out += [f"## {escape(doc.toc_title)}", "", *_toc(doc.sections, 0), ""]
    for section in doc.sections:
        out += _section(section, 2)
    return "\n".join(out).rstrip("\n") + "\n"


def _toc(sections: tuple[Section, ...], depth: int) -> list[str]:
    out = []
    for section in sections:
        if not section.in_toc:
            continue
        out.append(f"{'  ' * depth}- [{escape(section.title)}](#{section.anchor})")
        out += _toc(section.children, depth + 1)
    return out


def _section(section: Section, level: int) -> list[str]:
    out = [f'<a id="{section.anchor}"></a>', "", f"{'#' * min(level, 6)} {escape(section.title)}", ""]
    for block in section.blocks:
        out += [_block(block), ""]
    for child in section.children:
        out += _section(child, level + 1)
    return out


def _block(block: Block) -> str:
    if isinstance(block, Para):
        return f"> {escape(block.text)}" if block.note else escape(block.text)
    if isinstance(block, Fields):
        return "\n".join(f"- **{escape(k)}:** {escape(v)}" for k, v in block.items)
    return _table(block)


def _table(table: Table) -> str:
    rows = ["| " + " | ".join(escape(h) for h in table.header) + " |",
            "|" + "|".join("---" for _ in table.header) + "|"]
    for row in table.rows:
        cells = [code(c) if i in table.code and c else escape(c) for i, c in enumerate(row)]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)
