"""The rule catalogue as a small document tree (sections of paragraphs, field lists and tables),
built from the pack by `catalogue_pack.py`/`catalogue_rubric.py` and drawn by the Markdown and
HTML renderers. Text is plain (no markup); renderers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Para:
    """A paragraph; `note` draws it as a highlighted remark."""

    text: str
    note: bool = False


@dataclass(frozen=True)
class Fields:
    """Label: value pairs about one item (a value may hold several lines)."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table; cells may hold several lines. `code` columns are drawn as code (ids, conditions);
    `widths` (percentages, optional) keep long-text columns wide on paper."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    code: frozenset[int] = frozenset()
    widths: tuple[int, ...] = ()


Block = Para | Fields | Table


@dataclass(frozen=True)
class Section:
    """A titled part; `anchor` is an ASCII id for links from the table of contents."""

    anchor: str
    title: str
    blocks: tuple[Block, ...] = ()
    children: tuple[Section, ...] = ()
    in_toc: bool = True


@dataclass(frozen=True)
class Catalogue:
    title: str
    lang: str
    intro: tuple[Block, ...]
    toc_title: str
    sections: tuple[Section, ...] = field(default_factory=tuple)


def lines(*values: str | None) -> str:
    """Several values in one cell, one per line, leaving out the empty ones.

    Examples:
        >>> lines("a", None, "", "b")
        'a\\nb'
    """
    return "\n".join(v for v in values if v)
