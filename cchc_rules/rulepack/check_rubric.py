"""Meaning checks of a scoring rubric (scoring/<year>.yaml): parts add up to each parent's max
and to the total, bands cover the whole range, classification bands leave no gap or overlap,
every input names a known task, target, indicator, reporting duty or declared measure; bonus and
penalty parts stay outside the total and within their cap; a criterion that may be "không áp dụng"
has a rescaling rule; a survey's options, groups and question points are sound.

Runs after shape validation, like `check.py`, and yields Problems at the node's line.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from cchc_rules.errors import Problem
from cchc_rules.rulepack.check_bands import as_decimal as _d, band_problems, shown as _show
from cchc_rules.rulepack.pack import PartialPack
from cchc_rules.rulepack.rubric import (
    Band,
    Bands,
    Completion,
    Count,
    Criterion,
    Deduction,
    Input,
    Ratio,
    RubricFile,
    ShareBand,
    Timely,
)
from cchc_rules.source import Path_, format_path
from cchc_rules.suggest import nearest



class _RubricCheck:
    def __init__(self, pack: PartialPack, file: str, rubric: RubricFile) -> None:
        self.pack, self.file, self.rubric = pack, file, rubric
        self.doc = pack.documents[file]

    def at(self, path: Path_, code: str, suggestion: str | None = None, severity: str = "error",
           **params: Any) -> Problem:
        return Problem(self.doc.locate(path), format_path(path), code, params, severity, suggestion)  # type: ignore[arg-type]

    def warn(self, path: Path_, code: str, **params: Any) -> Problem:
        return Problem(self.doc.locate(path), format_path(path), code, params, "warning")

    def percent_input(self, node: Criterion) -> bool:
        """Whether a leaf's number is a percentage (0–100): a % measure, a report share, a % indicator."""
        given: Input | None = getattr(node.method, "input", None)
        if given is None:
            return False
        if given.reports:
            return True
        if given.measure:
            return any(m.id == given.measure and m.unit == "%" for m in self.rubric.measures)
        if not self.pack.has("targets.yaml"):
            return False
        indicator = given.indicator or next((t.indicator for t in self.pack.targets.targets
                                             if t.id == given.target), None)
        return any(i.id == indicator and i.unit == "%" for i in self.pack.targets.indicators)

    def nodes(self) -> Iterator[tuple[Path_, Criterion]]:
        def walk(path: Path_, node: Criterion) -> Iterator[tuple[Path_, Criterion]]:
            yield path, node
            for k, child in enumerate(node.criteria):
                yield from walk((*path, "criteria", k), child)

        for i, part in enumerate(self.rubric.parts):
            for j, node in enumerate(part.criteria):
                yield from walk(("parts", i, "criteria", j), node)

    def line(self, path: Path_) -> str:
        return f"{self.file}:{self.doc.locate(path).line}"

    def unknown(self, path: Path_, what: str, value: Any, known: list[str], where: str) -> Problem:
        guess = nearest(value, known)
        fix = [{"word": "did_you_mean", "s": guess}] if guess else []
        if len(known) <= 15:
            fix.append({"word": "allowed", "s": ", ".join(known)})
        return self.at(path, "unknown_ref", guess, what={"word": what}, value=value, where=where, fix=fix)


def _sums(c: _RubricCheck) -> Iterator[Problem]:
    total = scored_points(c.rubric)
    if total != _d(c.rubric.rubric.total):
        yield c.at(("rubric", "total"), "rubric_total", total=_show(c.rubric.rubric.total), sum=_show(total))
    for i, part in enumerate(c.rubric.parts):
        inner = sum((_d(n.max) for n in part.criteria), Decimal(0))
        if inner != _d(part.max):
            yield c.at(("parts", i, "max"), "rubric_sum", max=_show(part.max), sum=_show(inner))
    for path, node in c.nodes():
        if node.criteria and node.method is not None:
            yield c.at((*path, "method"), "rubric_node_both")
        elif not node.criteria and node.method is None:
            yield c.at(path, "rubric_leaf_no_method", id=node.id)
        if node.criteria:
            inner = sum((_d(n.max) for n in node.criteria), Decimal(0))
            if inner != _d(node.max):
                yield c.at((*path, "max"), "rubric_sum", max=_show(node.max), sum=_show(inner))
        if (_d(node.max) * 4) % 1:
            yield c.at((*path, "max"), "rubric_quarter_points", max=_show(node.max))


def _unique_ids(c: _RubricCheck) -> Iterator[Problem]:
    first: dict[str, Path_] = {}
    everything: list[tuple[Path_, str]] = [(("parts", i, "id"), p.id) for i, p in enumerate(c.rubric.parts)]
    everything += [((*path, "id"), node.id) for path, node in c.nodes()]
    everything += [(("measures", i, "id"), m.id) for i, m in enumerate(c.rubric.measures)]
    for path, value in everything:
        if value in first:
            where = c.doc.locate(first[value])
            yield c.at(path, "duplicate_id", what={"word": "id"}, value=value, first=f"{c.file}:{where.line}")
        first.setdefault(value, path)


def _bands(c: _RubricCheck) -> Iterator[Problem]:
    for path, node in c.nodes():
        method = node.method
        if not isinstance(method, Bands | Completion):
            continue
        bands: list[Band | ShareBand] = list(method.bands)
        mins = [b.min for b in bands]
        for k, band in enumerate(bands):
            if mins.index(band.min) != k:
                yield c.at((*path, "method", "bands", k, "min"), "rubric_band_duplicate", min=_show(band.min))
            if isinstance(band, Band) and band.points > node.max:
                yield c.at((*path, "method", "bands", k, "points"), "rubric_band_points",
                           points=_show(band.points), max=_show(node.max))
        if min(mins) > 0:
            yield c.at((*path, "method", "bands"), "rubric_band_floor", lowest=_show(min(mins)))


def _items(c: _RubricCheck) -> Iterator[Problem]:
    for path, node in c.nodes():
        method = node.method
        if isinstance(method, Count | Deduction) and method.per_item > node.max:
            yield c.at((*path, "method", "per_item"), "rubric_band_points", points=_show(method.per_item),
                       max=_show(node.max))
        if isinstance(method, Deduction) and method.floor > node.max:
            yield c.at((*path, "method", "floor"), "rubric_band_points", points=_show(method.floor),
                       max=_show(node.max))
        if isinstance(method, Ratio) and (method.target is None) == (method.target_of is None):
            yield c.at((*path, "method"), "rubric_ratio_target")
        if isinstance(method, Timely) and method.input.task is None:
            yield c.at((*path, "method", "input"), "rubric_timely_input")


def _inputs(c: _RubricCheck) -> Iterator[Problem]:
    pack = c.pack
    known: dict[str, list[str]] = {"measure": [m.id for m in c.rubric.measures]}
    if pack.has("targets.yaml"):
        known["indicator"] = [i.id for i in pack.targets.indicators]
        known["target"] = [t.id for t in pack.targets.targets]
    if pack.has("tasks.yaml"):
        known["task"] = [str(t.number) for t in pack.tasks.tasks]
    if pack.has("reporting.yaml"):
        known["reports"] = [d.id for d in pack.reporting.duties]
    words = {"measure": "id", "indicator": "indicator_id", "target": "target_id", "task": "task_number",
             "reports": "duty_id"}
    for path, node in c.nodes():
        method = node.method
        if method is None:
            continue
        if isinstance(method, Ratio) and method.target_of and "target" in known \
                and method.target_of not in known["target"]:
            yield c.unknown((*path, "method", "target_of"), "target_id", method.target_of, known["target"],
                            "targets.yaml")
        given: Input | None = getattr(method, "input", None)
        if given is None:
            continue
        chosen = {k: v for k, v in given.model_dump().items() if v is not None}
        if len(chosen) != 1:
            yield c.at((*path, "method", "input"), "rubric_input_count", found=len(chosen))
            continue
        (kind, value), = chosen.items()
        dropped = {"task": ("tasks.yaml", "tasks", "number"), "target": ("targets.yaml", "targets", "id"),
                   "indicator": ("targets.yaml", "indicators", "id"), "reports": ("reporting.yaml", "duties", "id")}
        if kind in dropped and pack.was_dropped(*dropped[kind], value):
            continue  # that item has shape errors of its own, already reported
        if kind in known and str(value) not in known[kind]:
            where = _WHERE[kind]
            yield c.unknown((*path, "method", "input", kind), words[kind], value, known[kind], where)


_WHERE = {"measure": "measures", "indicator": "targets.yaml", "target": "targets.yaml", "task": "tasks.yaml",
          "reports": "reporting.yaml"}


def _owners(c: _RubricCheck) -> Iterator[Problem]:
    if not c.pack.has("plan.yaml"):
        return
    known = [a.code for a in c.pack.plan.agencies]
    for path, node in c.nodes():
        if node.owner and node.owner not in known and not c.pack.was_dropped("plan.yaml", "agencies", "code", node.owner):
            yield c.unknown((*path, "owner"), "agency_code", node.owner, known, "plan.yaml (agencies)")


def _classification(c: _RubricCheck) -> Iterator[Problem]:
    yield from band_problems(c.at, c.rubric.rubric.classification, ("rubric", "classification"))


def _percent_thresholds(c: _RubricCheck) -> Iterator[Problem]:
    """A percentage never exceeds 100: a ratio's target, a floor or a band above it can never be met
    (target: 120 would silently give at most 5/6 of the points)."""
    for path, node in c.nodes():
        method = node.method
        if method is None or not c.percent_input(node):
            continue
        found: list[tuple[Path_, float]] = []
        if isinstance(method, Ratio):
            found += [((*path, "method", "target"), method.target)] if method.target is not None else []
            found += [((*path, "method", "zero_below"), method.zero_below)] if method.zero_below is not None else []
        if isinstance(method, Bands | Completion):
            found += [((*path, "method", "bands", k, "min"), b.min) for k, b in enumerate(method.bands)]
        for where, value in found:
            if value > 100:
                yield c.at(where, "rubric_percent_above_100", found=_show(value), id=node.id)


def scored_points(rubric: RubricFile) -> Decimal:
    """The points of the rubric's scale: every index part's max. Bonus and penalty parts (kind: bonus,
    penalty) lie outside it, each within its own cap."""
    return sum((_d(p.max) for p in rubric.parts if p.kind == "index"), Decimal(0))


def _points_total_100(c: _RubricCheck) -> Iterator[Problem]:
    """A warning when the parts do not total 100 (a score left unconverted is then not out of 100, and
    the classification bands, which run to 100, do not fit it)."""
    total = scored_points(c.rubric)
    if total != 100:
        yield c.warn(("parts",), "rubric_points_not_100", sum=_show(total))


def _year(c: _RubricCheck) -> Iterator[Problem]:
    stem = c.file.rsplit("/", 1)[-1].removesuffix(".yaml")
    if stem.isdigit() and int(stem) != c.rubric.rubric.year:
        yield c.at(("rubric", "year"), "rubric_year_mismatch", year=c.rubric.rubric.year, file_year=stem)


def _bonus_penalty(c: _RubricCheck) -> Iterator[Problem]:
    """A bonus or penalty part has a cap that none of its criteria exceeds alone (an error: that criterion
    could never count in full); criteria that together exceed the cap are told as a warning (the excess
    is not counted, as a count's items beyond its max); an index part has no cap."""
    for i, part in enumerate(c.rubric.parts):
        path: Path_ = ("parts", i)
        if part.kind == "index":
            if part.cap is not None:
                yield c.at((*path, "cap"), "rubric_cap_not_bonus", part=part.id)
            continue
        if part.cap is None:
            yield c.at(path, "rubric_cap_missing", part=part.id, kind={"word": f"part_{part.kind}"})
            continue
        for j, node in enumerate(part.criteria):
            if _d(node.max) > _d(part.cap):
                yield c.at((*path, "criteria", j, "max"), "rubric_bonus_over_cap", id=node.id, part=part.id,
                           kind={"word": f"part_{part.kind}"}, cap=_show(part.cap), max=_show(node.max),
                           cap_line=c.line((*path, "cap")))
        items = sum((_d(n.max) for n in part.criteria), Decimal(0))
        if items > _d(part.cap):
            yield c.at((*path, "cap"), "rubric_bonus_sum_over_cap", severity="warning", part=part.id,
                       kind={"word": f"part_{part.kind}"}, cap=_show(part.cap), sum=_show(items),
                       items=", ".join(f"{n.id} ({_show(n.max)})" for n in part.criteria))
        if part.survey:
            yield c.at((*path, "survey"), "rubric_bonus_survey", part=part.id)


def _not_applicable(c: _RubricCheck) -> Iterator[Problem]:
    """A criterion that may be "không áp dụng" is a leaf of an index part with a rescaling rule."""
    default = c.rubric.rubric.not_applicable
    for i, part in enumerate(c.rubric.parts):
        for j, top in enumerate(part.criteria):
            for path, node in _walk(("parts", i, "criteria", j), top):
                if node.not_applicable is None or node.not_applicable is False:
                    continue
                at = (*path, "not_applicable")
                if node.criteria:
                    yield c.at(at, "rubric_na_not_leaf", id=node.id)
                elif part.kind != "index":
                    yield c.at(at, "rubric_na_bonus", id=node.id, part=part.id)
                elif node.na_rule(default) is None:
                    yield c.at(at, "rubric_na_no_rescale", id=node.id)
                elif node.na_rule(default) == "area" and node is top:
                    yield c.at(at, "rubric_na_area_self", id=node.id)


def _walk(path: Path_, node: Criterion) -> Iterator[tuple[Path_, Criterion]]:
    yield path, node
    for k, child in enumerate(node.criteria):
        yield from _walk((*path, "criteria", k), child)


def _surveys(c: _RubricCheck) -> Iterator[Problem]:
    """Options and groups unique, group weights total 100 when weighted, question ids unique across the
    rubric's surveys, and every survey criterion names a declared survey whose points equal its max."""
    by_id = {s.id: s for s in c.rubric.surveys}
    seen_questions: dict[str, Path_] = {}
    for i, survey in enumerate(c.rubric.surveys):
        path: Path_ = ("surveys", i)
        for field, values in (("options", [o.code.casefold() for o in survey.options]),
                              ("groups", [g.id for g in survey.groups])):
            for k, value in enumerate(values):
                if values.index(value) != k:
                    first = c.line((*path, field, values.index(value)))
                    yield c.at((*path, field, k), "duplicate_id", what={"word": f"survey_{field}"},
                               value=getattr(getattr(survey, field)[k], "code" if field == "options" else "id"),
                               first=first)
        if survey.combine == "weighted":
            weights = [g.weight for g in survey.groups]
            if any(w is None for w in weights) or sum((_d(w or 0) for w in weights), Decimal(0)) != 100:
                yield c.at((*path, "groups"), "rubric_survey_group_weights", survey=survey.id,
                           found=" + ".join("—" if w is None else _show(w) for w in weights))
        if not any(o.weight == 100 for o in survey.options):
            yield c.at((*path, "options"), "rubric_survey_no_full", severity="warning", survey=survey.id)
        for k, question in enumerate(survey.questions):
            if question.id in seen_questions:
                yield c.at((*path, "questions", k, "id"), "duplicate_id", what={"word": "survey_question"},
                           value=question.id, first=c.line(seen_questions[question.id]))
            seen_questions.setdefault(question.id, (*path, "questions", k, "id"))
    for path, node in c.nodes():
        method = node.method
        if method is None or method.kind != "survey":
            continue
        survey_ = by_id.get(method.survey)  # type: ignore[union-attr]
        if survey_ is None:
            yield c.unknown((*path, "method", "survey"), "survey_id", method.survey, list(by_id),  # type: ignore[union-attr]
                            "surveys")
            continue
        points = sum((_d(q.points) for q in survey_.questions), Decimal(0))
        if points != _d(node.max):
            yield c.at((*path, "max"), "rubric_survey_points", id=node.id, max=_show(node.max),
                       survey=survey_.id, sum=_show(points))


RUBRIC_CHECKS = (_sums, _unique_ids, _bands, _items, _inputs, _owners, _classification, _percent_thresholds,
                 _points_total_100, _year, _bonus_penalty, _not_applicable, _surveys)


def check_rubrics(pack: PartialPack) -> list[Problem]:
    problems: list[Problem] = []
    for file, model in pack.models.items():
        if isinstance(model, RubricFile):
            context = _RubricCheck(pack, file, model)
            for check in RUBRIC_CHECKS:
                problems.extend(check(context))
    return problems
