"""The rule catalogue (`cchc-rules catalogue`): the whole rule pack as a readable document for
an oversight body — plan, agencies, areas, targets and indicators, the appendix tasks, reporting,
custom checks and the scoring rubric — each item with its clause and its rules file:line.

Builders (`catalogue_pack`, `catalogue_tasks`, `catalogue_rubric`) turn the pack into a document
tree (`catalogue_model`); renderers draw it as Markdown or HTML. Output depends only on the pack
and the language: no clock, no absolute paths, items in the order the files write them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from cchc_rules.messages import Lang
from cchc_rules.report.catalogue_html import render_html
from cchc_rules.report.catalogue_markdown import render_markdown
from cchc_rules.report.catalogue_model import Catalogue, Section
from cchc_rules.report.catalogue_pack import agencies_section, areas_section, intro, targets_section
from cchc_rules.report.catalogue_rubric import rubric_sections
from cchc_rules.report.catalogue_tasks import (
    checks_section,
    quarter_rules_section,
    reporting_section,
    tasks_section,
)
from cchc_rules.report.catalogue_text import label
from cchc_rules.rulepack.pack import RulePack

Format = Literal["markdown", "html"]


def build_catalogue(pack: RulePack, lang: Lang = "vi") -> Catalogue:
    """The catalogue of a checked pack as a document tree, sections numbered."""
    sections = (
        agencies_section(pack, lang),
        areas_section(pack, lang),
        targets_section(pack, lang),
        tasks_section(pack, lang),
        reporting_section(pack, lang),
        checks_section(pack, lang),
        quarter_rules_section(pack, lang),
        *rubric_sections(pack, lang),
    )
    title = f"{label('title', lang)}: {pack.plan.plan.title}"
    return Catalogue(title, lang, intro(pack, lang), label("toc", lang), _numbered(sections, ""))


def _numbered(sections: tuple[Section, ...], prefix: str) -> tuple[Section, ...]:
    """'1. Cơ quan', '3.2. Chỉ số' …: numbers for the sections listed in the table of contents."""
    out, n = [], 0
    for section in sections:
        if not section.in_toc:
            out.append(section)
            continue
        n += 1
        number = f"{prefix}{n}."
        out.append(replace(section, title=f"{number} {section.title}",
                           children=_numbered(section.children, number)))
    return tuple(out)


def render_catalogue(pack: RulePack, fmt: Format = "markdown", lang: Lang = "vi") -> str:
    """The catalogue as Markdown or as a self-contained HTML page.

    Examples:
        >>> from cchc_rules import load_rules
        >>> text = render_catalogue(load_rules(), "markdown", "vi")
        >>> text.splitlines()[0]
        '# Danh mục quy tắc: Kế hoạch cải cách hành chính xã Trường Xuân giai đoạn 2026 - 2030'
        >>> render_catalogue(load_rules(), "pdf")
        Traceback (most recent call last):
        ...
        ValueError: unknown catalogue format 'pdf' (markdown or html)
    """
    if fmt not in ("markdown", "html"):
        raise ValueError(f"unknown catalogue format {fmt!r} (markdown or html)")
    doc = build_catalogue(pack, lang)
    return render_html(doc) if fmt == "html" else render_markdown(doc)
