"""Meaning checks of an index rubric (scoring/<year>-<name>.yaml with an `index:` header, the 766
index): groups add up to the total and indicators to their group, each metric scored once, a
conversion has one slope, caps stay within the maximum, an empty rule `share` names leaves of the
same file (did-you-mean) and never sends points round in a circle, colour bands cover 0–100, the
file's name carries its year, and a PAR INDEX rubric is not hidden in such a name.

Runs after shape validation, like `check_rubric.py`, and yields Problems at the item's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from cchc_rules.errors import Problem
from cchc_rules.rulepack.check_bands import as_decimal, band_problems, shown
from cchc_rules.rulepack.pack import PartialPack
from cchc_rules.rulepack.rubric import RubricFile
from cchc_rules.rulepack.rubric_766 import Conversion, IndexRubricFile, Indicator, chosen
from cchc_rules.source import Path_, format_path
from cchc_rules.suggest import nearest

_INDEX_NAME = re.compile(r"([0-9]{4})-[a-z0-9][a-z0-9-]*")


_d, _show = as_decimal, shown


class _Check:
    def __init__(self, pack: PartialPack, file: str, rubric: IndexRubricFile) -> None:
        self.pack, self.file, self.rubric = pack, file, rubric
        self.doc = pack.documents[file]

    def at(self, path: Path_, code: str, suggestion: str | None = None, severity: str = "error",
           **params: Any) -> Problem:
        return Problem(self.doc.locate(path), format_path(path), code, params, severity, suggestion)

    def indicators(self) -> Iterator[tuple[Path_, Indicator]]:
        for i, group in enumerate(self.rubric.groups):
            for j, indicator in enumerate(group.indicators):
                yield ("groups", i, "indicators", j), indicator

    def metrics(self) -> list[str]:
        return [ind.metric for _, ind in self.indicators()]


def _sums(c: _Check) -> Iterator[Problem]:
    total = sum((_d(g.max) for g in c.rubric.groups), Decimal(0))
    if total != _d(c.rubric.index.total):
        yield c.at(("index", "total"), "rubric_total", total=_show(c.rubric.index.total), sum=_show(total))
    for i, group in enumerate(c.rubric.groups):
        inner = sum((_d(ind.max) for ind in group.indicators), Decimal(0))
        if inner != _d(group.max):
            yield c.at(("groups", i, "max"), "rubric_sum", max=_show(group.max), sum=_show(inner))
        if group.cap is not None and group.cap > group.max:
            yield c.at(("groups", i, "cap"), "index_cap_above_max", cap=_show(group.cap), max=_show(group.max))


def _unique(c: _Check) -> Iterator[Problem]:
    first: dict[str, Path_] = {}
    items: list[tuple[Path_, str, str]] = [(("groups", i, "id"), g.id, "id") for i, g in enumerate(c.rubric.groups)]
    items += [((*path, "metric"), ind.metric, "metric_code") for path, ind in c.indicators()]
    items += [(("tracked", k), m, "metric_code") for k, m in enumerate(c.rubric.tracked)]
    for path, value, word in items:
        if value in first:
            where = c.doc.locate(first[value])
            yield c.at(path, "duplicate_id", what={"word": word}, value=value, first=f"{c.file}:{where.line}")
        first.setdefault(value, path)


def _conversion(c: _Check, path: Path_, conversion: Conversion, top: float) -> Iterator[Problem]:
    if conversion.slope is not None and conversion.full_at is not None:
        yield c.at(path, "index_two_slopes")
    if conversion.cap is not None and conversion.cap > top:
        yield c.at((*path, "cap"), "index_cap_above_max", cap=_show(conversion.cap), max=_show(top))
    if conversion.cap is not None and not conversion.capped:
        yield c.at((*path, "capped"), "index_cap_and_uncapped")


def _conversions(c: _Check) -> Iterator[Problem]:
    for path, ind in c.indicators():
        yield from _conversion(c, (*path, "points"), ind.points, ind.max)
        if ind.documented is not None and ind.documented.points is not None:
            yield from _conversion(c, (*path, "documented", "points"), ind.documented.points, ind.max)


def _shares(c: _Check) -> Iterator[Problem]:
    known = c.metrics()
    for path, ind in c.indicators():
        variants: list[tuple[Path_, str, list[str]]] = [(path, ind.empty, list(ind.share_to))]
        if ind.documented is not None and (ind.documented.empty or ind.documented.share_to is not None):
            doc = ind.documented
            variants.append(((*path, "documented"), doc.empty or ind.empty,
                             list(doc.share_to) if doc.share_to is not None else list(ind.share_to)))
        for where, empty, share_to in variants:
            if empty == "share" and not share_to:
                yield c.at((*where, "empty"), "index_share_without_leaves")
            if empty != "share" and share_to:
                yield c.at((*where, "share_to"), "index_share_to_unused", empty=empty)
            for k, name in enumerate(share_to):
                if name == ind.metric:
                    yield c.at((*where, "share_to", k), "index_share_to_itself", metric=name)
                elif name not in known:
                    guess = nearest(name, known)
                    fix = [{"word": "did_you_mean", "s": guess}] if guess else []
                    yield c.at((*where, "share_to", k), "unknown_ref", guess, what={"word": "metric_code"},
                               value=name, where=c.file, fix=fix)
    yield from _share_cycles(c)


def _share_cycles(c: _Check) -> Iterator[Problem]:
    """Under the chosen variant, points shared out must end at a leaf that keeps them."""
    variant = c.rubric.index.variant
    graph = {ind.metric: chosen(ind, variant)[2] for _, ind in c.indicators() if chosen(ind, variant)[1] == "share"}
    for path, ind in c.indicators():
        if not graph.get(ind.metric):
            continue  # not shared, or shared to no one (index_share_without_leaves)
        seen, todo, ends = {ind.metric}, list(graph[ind.metric]), False
        while todo:
            name = todo.pop()
            if name not in graph:
                ends = True
                continue
            if name not in seen:
                seen.add(name)
                todo.extend(graph[name])
        if not ends:
            yield c.at((*path, "share_to"), "index_share_cycle", metric=ind.metric)


def _bands(c: _Check) -> Iterator[Problem]:
    yield from band_problems(c.at, c.rubric.index.bands, ("index", "bands"))


def _header(c: _Check) -> Iterator[Problem]:
    stem = c.file.rsplit("/", 1)[-1].removesuffix(".yaml")
    match = _INDEX_NAME.fullmatch(stem)
    if match is None:
        yield c.at(("index",), "index_file_name", year=c.rubric.index.year)
    elif int(match.group(1)) != c.rubric.index.year:
        yield c.at(("index", "year"), "rubric_year_mismatch", year=c.rubric.index.year, file_year=match.group(1))
    kinds = c.rubric.index.periods
    for k, kind in enumerate(kinds):
        if kinds.index(kind) != k:
            yield c.at(("index", "periods", k), "rubric_band_duplicate", min=kind)


def _par_rates(pack: PartialPack, file: str, rubric: RubricFile) -> Iterator[Problem]:
    """rates_from_766 of a PAR INDEX rubric: each key a scored leaf, each metric one an index rubric
    of the same year scores (when the pack has one)."""
    from cchc_rules.rulepack.rubric import leaves

    doc = pack.documents[file]
    ids = [node.id for node, _ in leaves(rubric) if node.method is not None]
    metrics = sorted({i.metric for m in pack.models.values() if isinstance(m, IndexRubricFile)
                      and m.index.year == rubric.rubric.year for g in m.groups for i in g.indicators})
    for key, metric in rubric.rates_from_766.items():
        path: Path_ = ("rates_from_766", key)
        if key not in ids:
            guess = nearest(key, ids)
            fix = [{"word": "did_you_mean", "s": guess}] if guess else []
            yield Problem(doc.locate(path), format_path(path), "unknown_ref",
                          {"what": {"word": "id"}, "value": key, "where": file, "fix": fix}, "error", guess)
        elif metrics and metric not in metrics:
            guess = nearest(metric, metrics)
            fix = [{"word": "did_you_mean", "s": guess}] if guess else []
            yield Problem(doc.locate(path), format_path(path), "unknown_ref",
                          {"what": {"word": "metric_code"}, "value": metric, "where": f"scoring/{rubric.rubric.year}-*.yaml",
                           "fix": fix}, "error", guess)


def _par_name(pack: PartialPack, file: str) -> Iterator[Problem]:
    """A PAR INDEX rubric (`rubric:` header) must be scoring/<year>.yaml, where it is looked for."""
    stem = file.rsplit("/", 1)[-1].removesuffix(".yaml")
    if not stem.isdigit():
        doc = pack.documents[file]
        yield Problem(doc.locate(("rubric",)), "rubric", "index_par_file_name", {"name": file}, "error")


INDEX_CHECKS = (_sums, _unique, _conversions, _shares, _bands, _header)


def check_index_rubrics(pack: PartialPack) -> list[Problem]:
    problems: list[Problem] = []
    for file, model in pack.models.items():
        if isinstance(model, IndexRubricFile):
            context = _Check(pack, file, model)
            for check in INDEX_CHECKS:
                problems.extend(check(context))
        elif isinstance(model, RubricFile) and file.startswith("scoring/"):
            problems.extend(_par_name(pack, file))
            problems.extend(_par_rates(pack, file, model))
    return problems
