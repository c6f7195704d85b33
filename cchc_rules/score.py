"""The annual PAR INDEX self-assessment: leaf cases from the engine → points in Decimal → the
tree, the total (converted to 100 when a part is missing), the classification, the agencies'
index and the documents still to attach. Every point keeps its trace.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from cchc_rules.compile import year_threshold
from cchc_rules.compile_rubric import Case, compile_rubric
from cchc_rules.engine import EngineHost
from cchc_rules.errors import Problem
from cchc_rules.messages import Lang, render_text
from cchc_rules.evaluate import shared_ruleset
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import Bands, Completion, Count, Criterion, Deduction, Ratio, RubricFile, Timely
from cchc_rules.score_inputs import LeafInput, YearFacts, build_leaf_inputs, load_year


def _d(value: float) -> Decimal:
    return Decimal(str(value))


def _plain(value: Decimal) -> str:
    """97.50 → 97.5, 100.0 → 100."""
    return f"{value.normalize():f}"


class Scorer:
    def __init__(self, pack: RulePack, rubric: RubricFile, year: int) -> None:
        self.pack, self.rubric, self.year = pack, rubric, year
        self.quantum = Decimal(1).scaleb(-rubric.rubric.decimals)

    def q(self, value: Decimal) -> Decimal:
        return value.quantize(self.quantum, rounding=ROUND_HALF_UP)

    def points(self, node: Criterion, case: Case, value: float | None) -> tuple[Decimal, str]:
        """Points of a leaf for the case the engine chose, and the margin when short of full."""
        top, method = _d(node.max), node.method
        if case.case == "evidence_missing":
            return Decimal(0), "thiếu tài liệu kiểm chứng: " + "; ".join(node.evidence)
        if case.case == "no_data":
            return Decimal(0), "không có số liệu"
        if isinstance(method, Bands) and case.band is not None:
            return self.q(_d(method.bands[case.band].points)), self._band_margin(node, value)
        if isinstance(method, Completion) and case.band is not None:
            return self.q(top * _d(method.bands[case.band].share)), self._band_margin(node, value)
        if isinstance(method, Timely):
            share = {"on_time": Decimal(1), "late": _d(method.late_share), "missing": Decimal(0)}[case.case]
            words = {"on_time": "", "late": "hoàn thành muộn", "missing": "chưa hoàn thành"}[case.case]
            return self.q(top * share), words
        if case.case == "pass":
            return top, ""
        if case.case in ("fail", "below_floor"):
            return Decimal(0), "không đạt" if case.case == "fail" else f"{value:g} dưới mức tối thiểu"
        return self._compute(node, value)

    def _compute(self, node: Criterion, value: float | None) -> tuple[Decimal, str]:
        top, method, r = _d(node.max), node.method, _d(value or 0)
        if isinstance(method, Ratio):
            target = _d(method.target) if method.target is not None else self._target(method.target_of or "")
            got = self.q(min(top, top * r / target))  # multiply first: 6 × 9.95 / 60 = 0.995 → 1.00
            return got, "" if got == top else f"{_plain(r)} / {_plain(target)}: điểm tối đa cần đạt {_plain(target)}"
        if isinstance(method, Count):
            got = self.q(min(top, r * _d(method.per_item)))
            return got, "" if got == top else f"{_plain(r)} mục × {_plain(_d(method.per_item))} điểm"
        if isinstance(method, Deduction):
            got = self.q(max(_d(method.floor), top - r * _d(method.per_item)))
            return got, "" if got == top else f"trừ {_plain(r)} × {_plain(_d(method.per_item))} điểm"
        got = self.q(min(top, r))  # manual points, checked ≤ max when loaded
        return got, "" if got == top else "điểm chấm tay"

    def _target(self, target_id: str) -> Decimal:
        target = next(t for t in self.pack.targets.targets if t.id == target_id)
        threshold = year_threshold(target, self.year)
        return _d(threshold if threshold else target.threshold)

    def _band_margin(self, node: Criterion, value: float | None) -> str:
        method = node.method
        best = max(b.min for b in method.bands)  # type: ignore[union-attr]
        if value is not None and value >= best:
            return ""
        return f"{value:g}; điểm tối đa cần ≥ {best:g}"


def score_year(pack: RulePack, data_dir: Path, year: int, host: EngineHost, lang: Lang = "vi") -> dict[str, Any]:
    """The self-assessment of a year as a JSON-ready tree; raises FactsFileError on bad data.

    `lang` is the language of the data warnings' messages (the rest is the rubric's own text).
    """
    rubric = pack.rubrics[year]
    facts = load_year(pack, data_dir, year)
    inputs = {i.fact["criterion"]: i for i in build_leaf_inputs(pack, rubric, facts, year)}
    doc = pack.documents.get(f"scoring/{year}.yaml")
    where = _leaf_sources(rubric, doc)
    compiled, cases = compile_rubric(rubric, where)
    sid = f"{pack.plan.plan.unit.code}-{year}s"
    firings = host.run(shared_ruleset(compiled), sid, [i.fact for i in inputs.values()])
    chosen: dict[str, tuple[Case, str]] = {}
    for firing in firings:
        case = cases[firing.rule]
        if case.criterion not in chosen or case.case == "evidence_missing":
            chosen[case.criterion] = (case, firing.rule)
    scorer = Scorer(pack, rubric, year)
    parts = [_part(scorer, part, inputs, chosen, compiled) for part in rubric.parts]
    return _assemble(pack, rubric, year, parts, facts, doc.file if doc else "", lang)


def _leaf_sources(rubric: RubricFile, doc: Any) -> dict[str, str]:
    """file:line of each leaf's definition, for the trace."""
    found: dict[str, str] = {}

    def walk(path: tuple[Any, ...], node: Criterion) -> None:
        if node.criteria:
            for k, child in enumerate(node.criteria):
                walk((*path, "criteria", k), child)
        else:
            found[node.id] = str(doc.locate(path)) if doc is not None else ""

    for i, part in enumerate(rubric.parts):
        for j, node in enumerate(part.criteria):
            walk(("parts", i, "criteria", j), node)
    return found


def _leaf(scorer: Scorer, node: Criterion, inputs: dict[str, LeafInput], chosen: dict[str, tuple[Case, str]],
          compiled: Any) -> dict[str, Any]:
    given = inputs[node.id]
    case, rule = chosen[node.id]
    points, margin = scorer.points(node, case, given.fact.get("value"))
    return {
        "id": node.id, "name": node.name, "max": float(node.max), "points": float(points),
        "owner": node.owner, "method": node.method.kind if node.method else None,
        "evidence": list(node.evidence), "evidence_missing": case.case == "evidence_missing",
        "margin": margin or None,
        "trace": {"rule": rule, "condition": compiled.spec(rule).condition, "case": case.case,
                  "inputs": {k: v for k, v in given.fact.items() if k not in ("id", "kind")},
                  "how": given.detail, "facts": [{"file": s.file, "row": s.row} for s in given.sources]},
        "criteria": [],
    }


def _node(scorer: Scorer, node: Criterion, inputs: dict[str, LeafInput], chosen: dict[str, tuple[Case, str]],
          compiled: Any) -> dict[str, Any]:
    if not node.criteria:
        return _leaf(scorer, node, inputs, chosen, compiled)
    children = [_node(scorer, child, inputs, chosen, compiled) for child in node.criteria]
    total = sum((_d(c["points"]) for c in children), Decimal(0))
    return {"id": node.id, "name": node.name, "max": float(node.max), "points": float(total),
            "owner": node.owner, "method": None, "criteria": children}


def _part(scorer: Scorer, part: Any, inputs: dict[str, LeafInput], chosen: dict[str, tuple[Case, str]],
          compiled: Any) -> dict[str, Any]:
    children = [_node(scorer, node, inputs, chosen, compiled) for node in part.criteria]
    applicable = any(inputs[n["id"]].fact["reported"]
                     for n in _walk(children) if n.get("method") is not None)
    total = sum((_d(c["points"]) for c in children), Decimal(0))
    return {"id": part.id, "name": part.name, "max": float(part.max), "points": float(total),
            "survey": part.survey, "applicable": applicable or not part.survey, "criteria": children}


def _assemble(pack: RulePack, rubric: RubricFile, year: int, parts: list[dict[str, Any]], facts: YearFacts,
              rubric_file: str, lang: Lang) -> dict[str, Any]:
    head = rubric.rubric
    counted = [p for p in parts if p["applicable"] or head.missing_part == "zero"]
    raw = sum((_d(p["points"]) for p in counted), Decimal(0))
    available = sum((_d(p["max"]) for p in counted), Decimal(0))
    exact = raw * _d(head.total) / available if available else Decimal(0)  # multiply first
    total = exact.quantize(Decimal(1).scaleb(-head.decimals), rounding=ROUND_HALF_UP)
    band = next((b.label for b in head.classification
                 if _d(b.min) <= total and (b.below is None or total < _d(b.below))), None)
    unit = pack.plan.plan.unit
    return {
        "unit": {"code": unit.code, "name": unit.name, "province": unit.province},
        "plan": pack.plan.plan.id, "year": year,
        "rubric": {"id": head.id, "title": head.title, "model": head.model, "basis": head.basis,
                   "file": rubric_file, "total": float(head.total), "decimals": head.decimals,
                   "missing_part": head.missing_part},
        "criteria": parts,
        "raw_points": float(raw), "max_available": float(available),
        "converted": available != _d(head.total),
        "total": float(total), "classification": band,
        "agencies": _agencies(pack, parts),
        "evidence_to_attach": _missing_evidence(parts),
        "inputs": {"quarters": sorted(facts.quarters), "annual": facts.annual is not None},
        "warnings": [_warning(p, lang) for p in facts.warnings],
    }


def _warning(problem: Problem, lang: Lang) -> dict[str, Any]:
    """A data warning with its message and fix in the reader's language, and its code."""
    message, hint = render_text(problem.code, problem.params, lang)
    return {"file": problem.location.file, "row": problem.location.line, "field": problem.field,
            "code": problem.code, "message": message, "hint": hint}


def _walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for node in nodes:
        out.append(node)
        out.extend(_walk(node["criteria"]))
    return out


def _agencies(pack: RulePack, parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = {a.code: a.name for a in pack.plan.agencies}
    rows: dict[str, dict[str, Any]] = {}
    for node in _walk(parts):
        if node.get("method") is None or not node.get("owner"):
            continue
        row = rows.setdefault(node["owner"], {"agency": node["owner"], "name": names.get(node["owner"], ""),
                                              "points": Decimal(0), "max": Decimal(0), "criteria": []})
        row["points"] += _d(node["points"])
        row["max"] += _d(node["max"])
        row["criteria"].append(node["id"])
    ranked = sorted(rows.values(), key=lambda r: (-(r["points"] / r["max"]), r["agency"]))
    for place, row in enumerate(ranked, start=1):
        share = (row["points"] / row["max"] * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        row.update(rank=place, percent=float(share), points=float(row["points"]), max=float(row["max"]))
    return ranked


def _missing_evidence(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"criterion": n["id"], "name": n["name"], "documents": n["evidence"]}
            for n in _walk(parts) if n.get("evidence_missing")]
