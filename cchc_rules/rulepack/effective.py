"""Rules over time: which version of each dated item is in force in a period, and the checks
that make that question have one answer.

An item (task, target, reporting duty, custom check) may carry `effective_from` and
`effective_to` (rulepack/effective_fields.py); several items may then share an id (a task
number) as versions of one item. Each year's rubric is its own file, scoring/<year>.yaml.

- `in_force(pack, period)` — the pack as it stood in a quarter or a year: per id, the version
  whose dates cover the quarter (for a year: the latest version in force in any of its quarters).
  A pack with no dated item is returned as it is, so its results do not change by a byte.
- `effective_problems(pack)` — `check`'s refusals: a date not on a quarter's edge, a version
  ending before it starts, two versions of one id in force at once (overlap), a hole between
  two versions of one id (gap), a year without a rubric between two years that have one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Any

from cchc_rules.errors import Problem
from cchc_rules.rulepack.pack import PartialPack, RulePack
from cchc_rules.source import format_path

# (file, list key, id field, the model attribute holding the list) of the items that may be dated
DATED: tuple[tuple[str, str, str], ...] = (
    ("tasks.yaml", "tasks", "number"),
    ("targets.yaml", "targets", "id"),
    ("reporting.yaml", "duties", "id"),
    ("checks.yaml", "checks", "id"),
)
_MODEL = {"tasks.yaml": ("tasks", "tasks"), "targets.yaml": ("targets", "targets"),
          "reporting.yaml": ("reporting", "duties"), "checks.yaml": ("checks", "checks")}


def window(item: Any) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisoformat(item.effective_from) if item.effective_from else dt.date.min
    end = dt.date.fromisoformat(item.effective_to) if item.effective_to else dt.date.max
    return start, end


def is_dated(item: Any) -> bool:
    return bool(getattr(item, "effective_from", None) or getattr(item, "effective_to", None))


def apart(a: Any, b: Any) -> bool:
    """Two items with one id are versions, not duplicates, when both are dated."""
    return is_dated(a) and is_dated(b)


# ── in force ─────────────────────────────────────────────────────────────────────────────────

def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def quarter_end(day: dt.date) -> dt.date:
    month = (day.month - 1) // 3 * 3 + 3
    return (dt.date(day.year, month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _span(period: Any) -> tuple[dt.date, dt.date, bool]:
    """A periods.Quarter (not imported: periods depends on rulepack), a year, or its text."""
    text = str(period).upper()
    if "-Q" in text:
        start = dt.date(int(text[:4]), 3 * int(text[-1]) - 2, 1)
        return start, quarter_end(start), True
    return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31), False


def _chosen(items: Sequence[Any], attr: str, first: dt.date, last: dt.date, whole: bool) -> list[int]:
    """Per id, the version in force: covering [first, last] (a quarter), or the latest version
    overlapping it (a year). Undated items always stay. The indices kept, in the list's order."""
    best: dict[Any, Any] = {}
    for item in items:
        start, end = window(item)
        inside = start <= first and last <= end if whole else start <= last and first <= end
        if not inside:
            continue
        key = getattr(item, attr)
        if key not in best or window(best[key])[0] < start:
            best[key] = item
    return [i for i, item in enumerate(items) if best.get(getattr(item, attr)) is item]


def in_force(pack: RulePack, period: Any) -> RulePack:
    """The pack as it stood in `period` (a Quarter, a year, or "2026-Q2"/"2026")."""
    base = pack.base or pack
    if not base.dated:
        return base
    first, last, whole = _span(period)
    changes: dict[str, Any] = {}
    kept_at: dict[str, tuple[int, ...]] = {}
    for file, key, attr in DATED:
        field_name, list_name = _MODEL[file]
        model = getattr(base, field_name)
        items = getattr(model, list_name)
        kept = _chosen(items, attr, first, last, whole)
        if len(kept) != len(items):
            changes[field_name] = model.model_copy(update={list_name: [items[i] for i in kept]})
            kept_at[key] = tuple(kept)
    return dataclasses.replace(base, **changes, base=base, kept=kept_at) if changes else base


def pack_is_dated(models: Sequence[Any]) -> bool:
    """Whether any item of the pack's dated kinds carries a date (then `in_force` has work)."""
    return any(is_dated(item) for model in models for item in _lists(model))


def _lists(model: Any) -> Iterator[Any]:
    for name in ("tasks", "targets", "duties", "checks"):
        yield from getattr(model, name, None) or []


# ── check ────────────────────────────────────────────────────────────────────────────────────

def effective_problems(pack: PartialPack) -> Iterator[Problem]:
    for file, key, attr in DATED:
        if not pack.has(file):
            continue
        field_name, list_name = _MODEL[file]
        items = list(getattr(getattr(pack, field_name), list_name))
        yield from _edges(pack, file, key, items)
        yield from _versions(pack, file, key, attr, items)
    yield from _rubric_years(pack)


def _at(pack: PartialPack, file: str, path: tuple[Any, ...], code: str, **params: Any) -> Problem:
    path = pack.original_path(file, path)
    return Problem(pack.documents[file].locate(path), format_path(path), code, params)


def _line(pack: PartialPack, file: str, path: tuple[Any, ...]) -> str:
    return f"{file}:{pack.documents[file].locate(pack.original_path(file, path)).line}"


def _edges(pack: PartialPack, file: str, key: str, items: list[Any]) -> Iterator[Problem]:
    for i, item in enumerate(items):
        start, end = window(item)
        if item.effective_from and quarter_start(start) != start:
            yield _at(pack, file, (key, i, "effective_from"), "effective_not_quarter_start",
                      value={"date": item.effective_from})
        if item.effective_to and quarter_end(end) != end:
            yield _at(pack, file, (key, i, "effective_to"), "effective_not_quarter_end",
                      value={"date": item.effective_to})
        if start > end:
            yield _at(pack, file, (key, i, "effective_to"), "effective_order", start={"date": item.effective_from},
                      end={"date": item.effective_to})


def _versions(pack: PartialPack, file: str, key: str, attr: str, items: list[Any]) -> Iterator[Problem]:
    groups: dict[Any, list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(getattr(item, attr), []).append(i)
    for ident, indices in groups.items():
        dated = [i for i in indices if is_dated(items[i])]
        if len(dated) < 2 or len(dated) != len(indices):
            continue  # one version, or an undated duplicate (check_duplicate_ids reports that)
        ordered = sorted(dated, key=lambda i: window(items[i]))
        for before, after in pairwise(ordered):
            (_, end), (start, _) = window(items[before]), window(items[after])
            other = _line(pack, file, (key, before))
            if start <= end:
                yield _at(pack, file, (key, after, "effective_from"), "effective_overlap", item=ident, other=other,
                          end={"date": items[before].effective_to} if items[before].effective_to else "—")
            elif start > end + dt.timedelta(days=1):
                yield _at(pack, file, (key, after, "effective_from"), "effective_gap", item=ident, other=other,
                          end={"date": items[before].effective_to}, start={"date": items[after].effective_from})


def _rubric_years(pack: PartialPack) -> Iterator[Problem]:
    files: dict[int, str] = {}  # year → the first rubric file of that year (a year may have several)
    for name in sorted(pack.models):
        year = name[len("scoring/"):len("scoring/") + 4]
        if name.startswith("scoring/") and year.isdigit():
            files.setdefault(int(year), name)
    years = sorted(files)
    for year in sorted(set(range(years[0], years[-1] + 1)) - set(years)) if years else []:
        after = next(y for y in years if y > year)
        yield _at(pack, files[after], ("rubric", "year"), "rubric_year_missing", year=year,
                  have=", ".join(map(str, years)))
