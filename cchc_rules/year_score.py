"""The annual PAR INDEX self-assessment: leaf cases from the engine → points in Decimal → the
tree (an area rescaled over its applicable criteria when one is "không áp dụng"), the index total
(converted to 100 when a part or a criterion is missing), plus the capped bonus and minus the capped
penalty, the classification, the agencies' index, the documents still to attach, and the city's
appraisal beside each point when an appraisal file exists. Every point keeps its trace; margins are wording codes
(`score.margin.*`) rendered only when the report is written.

Pure functions of the pack, the year's facts and a way to run the engine; the pipeline reads the
facts and compiles the rubric's rules once per workspace.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from cchc_rules.compile import CompiledRules, Run, year_threshold
from cchc_rules.compile_rubric import Case
from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.results import ScoreGroup, ScoreLeaf, ScoreNode, ScorePart, YearReport, walk_nodes
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import Bands, Completion, Count, Criterion, Deduction, Ratio, RubricFile, Timely
from cchc_rules.facts.models import Appraisal, Evidence
from cchc_rules.score_inputs import LeafInput, YearFacts
from cchc_rules.text import Text


def _d(value: float) -> Decimal:
    return Decimal(str(value))


def _n(value: Decimal | float) -> dict[str, Any]:
    """A number parameter, written in the reader's format when the text is rendered."""
    return {"number": float(value)}


class Scorer:
    """Points of each leaf, with the margin (what to do for more points, and the gain) and the
    working (the arithmetic), both as wording codes rendered only when the report is written."""

    def __init__(self, pack: RulePack, rubric: RubricFile, year: int) -> None:
        self.pack, self.rubric, self.year = pack, rubric, year
        self.quantum = Decimal(1).scaleb(-rubric.rubric.decimals)
        self.appraisals: dict[str, dict[str, Any]] = {}  # leaf id → the latest round's points

    def q(self, value: Decimal) -> Decimal:
        return value.quantize(self.quantum, rounding=ROUND_HALF_UP)

    def unit(self, node: Criterion) -> str:
        """' %' when the leaf's number is a percentage, else '' (how the margin writes it)."""
        given = getattr(node.method, "input", None)
        if given is None:
            return ""
        if given.reports:
            return " %"
        if given.measure:
            measure = next((m for m in self.rubric.measures if m.id == given.measure), None)
            return " %" if measure is not None and measure.unit == "%" else ""
        indicator = given.indicator or next((t.indicator for t in self.pack.targets.targets
                                             if t.id == given.target), None)
        found = next((i for i in self.pack.targets.indicators if i.id == indicator), None)
        return " %" if found is not None and found.unit == "%" else ""

    def points(self, node: Criterion, case: Case, value: float | None
               ) -> tuple[Decimal, Text | None, Text | None]:
        """Points of a leaf for the case the engine chose, the margin when short of full, the working."""
        top, method = _d(node.max), node.method
        if case.case == "not_applicable":
            return Decimal(0), Text("score.margin.not_applicable"), Text("score.work.not_applicable", {"max": _n(top)})
        if case.case == "evidence_missing":
            return (Decimal(0), Text("score.margin.evidence_missing", {"documents": "; ".join(node.evidence),
                                                                      "gain": _n(top)}),
                    Text("score.work.evidence_missing", {"max": _n(top)}))
        if case.case == "no_data":
            return Decimal(0), Text("score.margin.no_data"), Text("score.work.no_data")
        if isinstance(method, Bands) and case.band is not None:
            got = self.q(_d(method.bands[case.band].points))
            steps = [(b.min, _d(b.points)) for b in method.bands]
            return got, self._band_margin(node, value, got, steps), Text(
                "score.work.band", {"value": _n(value or 0), "unit": self.unit(node),
                                    "min": _n(method.bands[case.band].min), "points": _n(got)})
        if isinstance(method, Completion) and case.band is not None:
            band = method.bands[case.band]
            got = self.q(top * _d(band.share))
            steps = [(b.min, self.q(top * _d(b.share))) for b in method.bands]
            return got, self._band_margin(node, value, got, steps), Text(
                "score.work.share", {"value": _n(value or 0), "unit": self.unit(node), "min": _n(band.min),
                                     "share": _n(band.share), "max": _n(top), "points": _n(got)})
        if isinstance(method, Timely):
            share = {"on_time": Decimal(1), "late": _d(method.late_share), "missing": Decimal(0)}[case.case]
            got = self.q(top * share)
            margin = Text(f"score.margin.{case.case}", {"gain": _n(top - got)}) if case.case != "on_time" else None
            return got, margin, Text(f"score.work.{case.case}", {"share": _n(share), "max": _n(top),
                                                                  "points": _n(got)})
        if case.case == "pass":
            return top, None, Text("score.work.pass", {"max": _n(top)})
        if case.case == "fail":
            return Decimal(0), Text("score.margin.fail", {"gain": _n(top)}), Text("score.work.fail")
        if case.case == "below_floor":
            floor = getattr(method, "zero_below", None)
            return (Decimal(0), Text("score.margin.below_floor", {"value": _n(value or 0), "unit": self.unit(node),
                                                                  "floor": _n(floor or 0)}),
                    Text("score.work.below_floor", {"value": _n(value or 0), "unit": self.unit(node),
                                                    "floor": _n(floor or 0)}))
        return self._compute(node, value)

    def _compute(self, node: Criterion, value: float | None) -> tuple[Decimal, Text | None, Text | None]:
        top, method, r = _d(node.max), node.method, _d(value or 0)
        unit = self.unit(node)
        if isinstance(method, Ratio):
            target = _d(method.target) if method.target is not None else self._target(method.target_of or "")
            got = self.q(min(top, top * r / target))  # multiply first: 6 × 9.95 / 60 = 0.995 → 1.00
            work = Text("score.work.ratio" if top * r / target <= top else "score.work.ratio_capped",
                        {"max": _n(top), "value": _n(r), "target": _n(target),
                         "exact": {"number": float(self.q(top * r / target)), "places": 2}, "points": _n(got)})
            margin = _short_of(got, top, "ratio", value=_n(r), target=_n(target), unit=unit, gain=_n(top - got))
            return got, margin, work
        if isinstance(method, Count):
            got = self.q(min(top, r * _d(method.per_item)))
            need = ((top - got) / _d(method.per_item)).to_integral_value(rounding="ROUND_CEILING")
            margin = _short_of(got, top, "count", value=_n(r), need=_n(need), gain=_n(top - got))
            return got, margin, Text("score.work.count", {"value": _n(r), "per_item": _n(_d(method.per_item)),
                                                          "max": _n(top), "points": _n(got)})
        if isinstance(method, Deduction):
            got = self.q(max(_d(method.floor), top - r * _d(method.per_item)))
            margin = _short_of(got, top, "deduction", value=_n(r), per_item=_n(_d(method.per_item)),
                               gain=_n(top - got))
            return got, margin, Text("score.work.deduction", {"max": _n(top), "value": _n(r),
                                                              "per_item": _n(_d(method.per_item)),
                                                              "floor": _n(_d(method.floor)), "points": _n(got)})
        if method is not None and method.kind == "survey":
            got = self.q(min(top, r))  # the survey's combined points (survey_score.py), at most its max
            margin = _short_of(got, top, "survey", value=_n(self.q(r)), max=_n(top))
            return got, margin, Text("score.work.survey", {"points": _n(got), "max": _n(top)})
        got = self.q(min(top, r))  # manual points, checked ≤ max when loaded
        return got, _short_of(got, top, "manual"), Text("score.work.manual", {"points": _n(got), "max": _n(top)})

    def _target(self, target_id: str) -> Decimal:
        target = next(t for t in self.pack.targets.targets if t.id == target_id)
        threshold = year_threshold(target, self.year)
        return _d(threshold if threshold else target.threshold)

    def _band_margin(self, node: Criterion, value: float | None, got: Decimal,
                     steps: list[tuple[float, Decimal]]) -> Text | None:
        """The next level above the value, and the points it adds ("đạt 100 % → +1 điểm")."""
        higher = sorted((low, pts) for low, pts in steps if (value is None or low > value) and pts > got)
        if not higher:
            return None
        low, pts = higher[0]
        return Text("score.margin.band", {"value": _n(value or 0), "unit": self.unit(node), "next": _n(low),
                                          "gain": _n(pts - got)})


def _short_of(got: Decimal, top: Decimal, code: str, **params: Any) -> Text | None:
    return None if got == top else Text(f"score.margin.{code}", params)


def choose_cases(cases: dict[str, Case], firings: list[Any]) -> dict[str, tuple[Case, str]]:
    """The case of each leaf: the engine's firing; "không áp dụng" over any other, then missing evidence."""
    rank = {"not_applicable": 2, "evidence_missing": 1}
    chosen: dict[str, tuple[Case, str]] = {}
    for firing in firings:
        case = cases[firing.rule]
        held = chosen.get(case.criterion)
        if held is None or rank.get(case.case, 0) > rank.get(held[0].case, 0):
            chosen[case.criterion] = (case, firing.rule)
    return chosen


def score_year(pack: RulePack, facts: YearFacts, year: int, inputs: list[LeafInput],
               rules: tuple[CompiledRules, dict[str, Case]], run: Run) -> YearReport:
    """The self-assessment of a year, from its leaf inputs and the rubric's compiled rules."""
    rubric = pack.rubrics[year]
    by_leaf = {i.fact["criterion"]: i for i in inputs}
    compiled, cases = rules
    firings = run(compiled, f"{pack.plan.plan.unit.code}-{year}s", [i.fact for i in inputs])
    chosen = choose_cases(cases, firings)
    scorer = Scorer(pack, rubric, year)
    scorer.appraisals = latest_appraisal(facts.annual.appraisal if facts.annual is not None else ())
    parts = tuple(_part(scorer, part, by_leaf, chosen, compiled) for part in rubric.parts)
    doc = pack.documents.get(f"scoring/{year}.yaml")
    return _assemble(pack, rubric, year, parts, facts, doc.file if doc else "", _na_with_data(inputs))


def _na_with_data(inputs: list[LeafInput]) -> tuple[Problem, ...]:
    """A warning at each annual row given for a criterion the unit declares "không áp dụng" (its measure,
    points or answers) that no applicable criterion uses either: the row is not used."""
    used = {s for i in inputs if not i.ignored for s in i.sources}
    return tuple(Problem(SourceLocation(s.file, s.row), "", "score.na_with_data",
                         {"criterion": i.fact["criterion"], "declared": f"{i.sources[0].file}:{i.sources[0].row}"},
                         "warning")
                 for i in inputs for s in i.ignored if s not in used)


def _leaf(scorer: Scorer, node: Criterion, inputs: dict[str, LeafInput], chosen: dict[str, tuple[Case, str]],
          compiled: CompiledRules, penalty: bool = False) -> ScoreLeaf:
    given = inputs[node.id]
    case, rule = chosen[node.id]
    points, margin, working = scorer.points(node, case, given.fact.get("value"))
    if penalty and case.case not in ("not_applicable", "evidence_missing"):  # points here are a deduction
        margin = Text("score.margin.penalty", {"points": _n(points)}) if points else None
    na = ({"reason": given.detail.get("reason"), "document": given.detail.get("document"),
           "rescale": given.detail.get("rescale")} if case.case == "not_applicable" else None)
    if na:
        margin = Text("score.margin.not_applicable", {"reason": na["reason"]})
    return ScoreLeaf(
        id=node.id, name=node.name, max=float(node.max), points=float(points), owner=node.owner,
        method=node.method.kind if node.method else None, evidence=tuple(node.evidence),
        evidence_missing=case.case == "evidence_missing", margin=margin, not_applicable=na,
        trace={"rule": rule, "condition": compiled.spec(rule).condition, "case": case.case,
               "inputs": {k: v for k, v in given.fact.items() if k not in ("id", "kind")},
               "how": given.detail, "facts": [{"file": s.file, "row": s.row} for s in given.sources]},
        documents=tuple(_document(e) for e in given.documents), working=working,
        appraisal=scorer.appraisals.get(node.id),
    )


def _document(row: Evidence) -> dict[str, Any]:
    """An attached document as the JSON shows it: number, date (ISO), file or link, and its row."""
    return {"document": row.document, "number": row.number, "date": row.date.isoformat() if row.date else None,
            "link": row.link, "note": row.note, "file": row.source.file, "row": row.source.row}


def latest_appraisal(rows: tuple[Appraisal, ...]) -> dict[str, dict[str, Any]]:
    """Per leaf criterion, the appraiser's points and comment of its latest round."""
    latest: dict[str, Appraisal] = {}
    for row in rows:
        if row.criterion not in latest or row.round > latest[row.criterion].round:
            latest[row.criterion] = row
    return {key: {"points": row.points, "comment": row.comment, "round": row.round,
                  "facts": [{"file": row.source.file, "row": row.source.row}]} for key, row in latest.items()}


def _appraised_sum(scorer: Scorer, children: tuple[Any, ...], scale: tuple[Decimal, Decimal] | None = None,
                   cap: Decimal | None = None) -> dict[str, Any] | None:
    """A group's appraised points: the sum of its children's once every one that applies is appraised
    (a "không áp dụng" leaf counts 0), rescaled as the self-score is (max / applicable) and capped as
    a bonus or penalty part is."""
    counted = [c for c in children if not (isinstance(c, ScoreLeaf) and c.not_applicable)]
    if not counted or any(c.appraisal is None for c in counted):
        return None
    total = sum((_d(c.appraisal["points"]) for c in counted), Decimal(0))
    if scale is not None:
        top, applicable = scale
        total = scorer.q(total * top / applicable) if applicable > 0 else Decimal(0)  # multiply first
    if cap is not None:
        total = min(total, cap)
    return {"points": float(total), "comment": None, "round": None, "facts": []}


def _na_max(nodes: Any, rule: str) -> Decimal:
    """The max of the not-applicable leaves under these nodes whose rescaling rule is `rule`."""
    return sum((_d(n.max) for n in walk_nodes(nodes) if isinstance(n, ScoreLeaf) and n.not_applicable
                and n.not_applicable["rescale"] == rule), Decimal(0))


def _node(scorer: Scorer, node: Criterion, inputs: dict[str, LeafInput], chosen: dict[str, tuple[Case, str]],
          compiled: CompiledRules, area: bool = False, penalty: bool = False) -> ScoreNode:
    if not node.criteria:
        return _leaf(scorer, node, inputs, chosen, compiled, penalty)
    children = tuple(_node(scorer, child, inputs, chosen, compiled, penalty=penalty) for child in node.criteria)
    total = sum((_d(c.points) for c in children), Decimal(0))
    missing = _na_max(children, "area") if area else Decimal(0)
    if not missing:
        return ScoreGroup(id=node.id, name=node.name, max=float(node.max), points=float(total), owner=node.owner,
                          criteria=children, appraisal=_appraised_sum(scorer, children))
    applicable = _d(node.max) - missing  # the area's applicable criteria, rescaled to the area's max
    points = scorer.q(total * _d(node.max) / applicable) if applicable > 0 else Decimal(0)  # multiply first
    return ScoreGroup(id=node.id, name=node.name, max=float(node.max), points=float(points), owner=node.owner,
                      criteria=children, rescaled={"raw_points": float(total), "applicable_max": float(applicable)},
                      appraisal=_appraised_sum(scorer, children, (_d(node.max), applicable)))


def _part(scorer: Scorer, part: Any, inputs: dict[str, LeafInput], chosen: dict[str, tuple[Case, str]],
          compiled: CompiledRules) -> ScorePart:
    children = tuple(_node(scorer, node, inputs, chosen, compiled, area=True, penalty=part.kind == "penalty")
                     for node in part.criteria)
    applicable = any(inputs[n.id].fact["reported"] for n in walk_nodes(children) if isinstance(n, ScoreLeaf)
                     and n.method is not None)
    total = sum((_d(c.points) for c in children), Decimal(0))
    if part.kind == "index":
        return ScorePart(id=part.id, name=part.name, max=float(part.max), points=float(total), survey=part.survey,
                         applicable=applicable or not part.survey, criteria=children,
                         appraisal=_appraised_sum(scorer, children))
    return ScorePart(id=part.id, name=part.name, max=float(part.max), points=float(min(total, _d(part.cap))),
                     survey=False, applicable=True, criteria=children, kind=part.kind, cap=float(part.cap),
                     points_before_cap=float(total), appraisal=_appraised_sum(scorer, children, cap=_d(part.cap)))


def _excluded(part: ScorePart) -> Decimal:
    """The max a part leaves out of the total: its "không áp dụng" criteria rescaled over the total, and
    the whole of an area none of whose criteria apply."""
    whole = sum((_d(a.max) for a in part.criteria if isinstance(a, ScoreGroup) and a.rescaled
                 and not a.rescaled["applicable_max"]), Decimal(0))
    return _na_max(part.criteria, "total") + whole


def _assemble(pack: RulePack, rubric: RubricFile, year: int, parts: tuple[ScorePart, ...], facts: YearFacts,
              rubric_file: str, warnings: tuple[Problem, ...] = ()) -> YearReport:
    head = rubric.rubric
    index = [p for p in parts if p.kind == "index"]
    counted = [p for p in index if p.applicable or head.missing_part == "zero"]
    raw = sum((_d(p.points) for p in counted), Decimal(0))
    available = sum((_d(p.max) - _excluded(p) for p in counted), Decimal(0))
    index_total, total, band = _totals(head, raw, available, [p.points for p in parts if p.kind == "bonus"],
                                       [p.points for p in parts if p.kind == "penalty"])
    unit = pack.plan.plan.unit
    return YearReport(
        unit={"code": unit.code, "name": unit.name, "province": unit.province},
        plan=pack.plan.plan.id, year=year,
        rubric={"id": head.id, "title": head.title, "form_title": head.form_title, "model": head.model, "basis": head.basis,
                "file": rubric_file, "total": float(head.total), "decimals": head.decimals,
                "missing_part": head.missing_part},
        criteria=parts, raw_points=float(raw), max_available=float(available),
        converted=available != _d(head.total), total=float(total), classification=band,
        index_total=float(index_total), bonus=float(sum((_d(p.points) for p in parts if p.kind == "bonus"), Decimal(0))),
        penalty=float(sum((_d(p.points) for p in parts if p.kind == "penalty"), Decimal(0))),
        agencies=_agencies(pack, parts), evidence_to_attach=_missing_evidence(parts),
        quarters=tuple(sorted(facts.quarters)), annual=facts.annual is not None, warnings=facts.warnings + warnings,
        appraisal=_appraised_total(head, parts, counted, available, facts),
    )


def _totals(head: Any, raw: Decimal, available: Decimal, bonus: list[float], penalty: list[float]
            ) -> tuple[Decimal, Decimal, str | None]:
    """(index total converted to the scale, total = index + bonus − penalty, never below 0, and its
    classification, a total above the scale held by the top band): one arithmetic for the self-score
    and the appraised score."""
    quantum = Decimal(1).scaleb(-head.decimals)
    exact = raw * _d(head.total) / available if available > 0 else Decimal(0)  # multiply first
    index_total = exact.quantize(quantum, rounding=ROUND_HALF_UP)
    adjustment = sum((_d(b) for b in bonus), Decimal(0)) - sum((_d(p) for p in penalty), Decimal(0))
    total = max(Decimal(0), index_total + adjustment).quantize(quantum, rounding=ROUND_HALF_UP)
    return index_total, total, _band(head, min(total, _d(head.total)))


def _appraised_total(head: Any, parts: tuple[ScorePart, ...], counted: list[ScorePart], available: Decimal,
                     facts: YearFacts) -> dict[str, Any] | None:
    """The appraised total and classification, once every counted index part and every bonus and
    penalty part is appraised (the same conversion, rescaling and caps as the self-score); None
    without an appraisal file."""
    rows = facts.annual.appraisal if facts.annual is not None else ()
    if not rows:
        return None
    needed = [*counted, *(p for p in parts if p.kind != "index")]
    complete = bool(counted) and all(p.appraisal is not None for p in needed)
    result: dict[str, Any] = {"round": max(r.round for r in rows), "complete": complete, "raw_points": None,
                              "total": None, "classification": None}
    if complete and available:
        def appraised(kind: str) -> list[float]:
            return [p.appraisal["points"] for p in parts if p.kind == kind and p.appraisal]

        raw = sum((_d(p.appraisal["points"]) for p in counted if p.appraisal), Decimal(0))
        _, total, band = _totals(head, raw, available, appraised("bonus"), appraised("penalty"))
        result.update(raw_points=float(raw), total=float(total), classification=band)
    return result


def _band(head: Any, total: Decimal) -> str | None:
    return next((b.label for b in head.classification
                 if _d(b.min) <= total and (b.below is None or total < _d(b.below))), None)


def _agencies(pack: RulePack, parts: tuple[ScorePart, ...]) -> tuple[dict[str, Any], ...]:
    names = {a.code: a.name for a in pack.plan.agencies}
    rows: dict[str, dict[str, Any]] = {}
    for node in walk_nodes(p for p in parts if p.kind == "index"):  # bonus and penalty are the unit's, not an agency's
        if not isinstance(node, ScoreLeaf) or node.method is None or not node.owner or node.not_applicable:
            continue
        row = rows.setdefault(node.owner, {"agency": node.owner, "name": names.get(node.owner, ""),
                                           "points": Decimal(0), "max": Decimal(0), "criteria": []})
        row["points"] += _d(node.points)
        row["max"] += _d(node.max)
        row["criteria"].append(node.id)
    ranked = sorted(rows.values(), key=lambda r: (-(r["points"] / r["max"]), r["agency"]))
    for place, row in enumerate(ranked, start=1):
        share = (row["points"] / row["max"] * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        row.update(rank=place, percent=float(share), points=float(row["points"]), max=float(row["max"]))
    return tuple(ranked)


def _missing_evidence(parts: tuple[ScorePart, ...]) -> tuple[dict[str, Any], ...]:
    return tuple({"criterion": n.id, "name": n.name, "documents": list(n.evidence)}
                 for n in walk_nodes(parts) if isinstance(n, ScoreLeaf) and n.evidence_missing)
