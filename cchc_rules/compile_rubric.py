"""Rubric → durable_rules ruleset (plain data): which band, status or case each leaf falls in.

Like `compile.py` for the quarter check. The engine decides which case applies; the points of a
case (a band's points, the late share, the ratio's arithmetic) are computed afterwards in Decimal
by `year_score.py`, from the same rubric — no number is written in Python.
"""

from __future__ import annotations

from dataclasses import dataclass


from cchc_rules.compile import CompiledRules, RuleSpec
from typing import Any

from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import Band, Bands, Completion, Criterion, Ratio, RubricFile, ShareBand, leaves


@dataclass(frozen=True)
class Case:
    """What a firing of a rubric rule means for its leaf."""

    criterion: str
    case: str  # not_applicable | evidence_missing | no_data | band | on_time | late | missing | pass | fail
    #            | compute | below_floor
    band: int | None = None


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _rules_for(node: Criterion, src: str, may_not_apply: bool) -> list[tuple[RuleSpec, Case]]:
    method = node.method
    c = f'criterion == "{node.id}"'
    out: list[tuple[str, str, Case]] = []
    if may_not_apply:
        out.append(("khong-ap-dung", f"{c} and not_applicable == true", Case(node.id, "not_applicable")))
    if node.evidence:
        out.append(("evidence", f"{c} and evidence == false", Case(node.id, "evidence_missing")))
    guard = f"{c} and evidence == true" if node.evidence else c
    out.append(("no-data", f"{guard} and reported == false", Case(node.id, "no_data")))
    have = f"{guard} and reported == true"
    if isinstance(method, Bands | Completion):
        bands: list[Band | ShareBand] = list(method.bands)
        mins = [b.min for b in bands]
        for k, band in enumerate(bands):
            higher = [m for m in mins if m > band.min]
            cond = f"{have} and value >= {_number(band.min)}"
            if higher:
                cond += f" and value < {_number(min(higher))}"
            out.append((f"band-{k}", cond, Case(node.id, "band", k)))
    elif method is not None and method.kind == "timely":
        for status in ("on_time", "late", "missing"):
            out.append((status, f'{have} and status == "{status}"', Case(node.id, status)))
    elif method is not None and method.kind == "pass_fail":
        out.append(("pass", f"{have} and value >= 1", Case(node.id, "pass")))
        out.append(("fail", f"{have} and value < 1", Case(node.id, "fail")))
    elif isinstance(method, Ratio) and method.zero_below is not None:
        out.append(("below", f"{have} and value < {_number(method.zero_below)}", Case(node.id, "below_floor")))
        out.append(("compute", f"{have} and value >= {_number(method.zero_below)}", Case(node.id, "compute")))
    else:  # ratio, count, deduction, manual, survey: arithmetic on the value
        out.append(("compute", have, Case(node.id, "compute")))
    return [(RuleSpec(f"tieu-chi.{node.id}.{name}", "score", "criterion", cond, node.maps_to or "", src),
             case) for name, cond, case in out]


def rubric_rules(pack: RulePack, year: int) -> tuple[CompiledRules, dict[str, Case]]:
    """The rules of every leaf of the year's rubric, each traced to the file:line of its leaf."""
    rubric = pack.rubrics[year]
    return compile_rubric(rubric, _leaf_sources(rubric, pack.documents.get(f"scoring/{year}.yaml")))


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


def compile_rubric(rubric: RubricFile, where: dict[str, str]) -> tuple[CompiledRules, dict[str, Case]]:
    """The rules of every leaf; `where` maps a leaf id to the file:line of its definition."""
    specs: list[RuleSpec] = []
    cases: dict[str, Case] = {}
    default = rubric.rubric.not_applicable
    for node, _ in leaves(rubric):
        for spec, case in _rules_for(node, where.get(node.id, ""), node.na_rule(default) is not None):
            specs.append(spec)
            cases[spec.id] = case
    return CompiledRules(f"cchc-score-{rubric.rubric.id}", tuple(specs)), cases



