"""Matching cells against a year's rubric (scoring/<year>.yaml): its measures and criteria.

Used by `build.py` for the annual kinds (measures, evidence, manual_points, not_applicable,
survey_answers); `resolve.index_pack`
makes one RubricIndex per rubric year of the pack. Measures are matched by id or name with
`suggest.fold`; criteria by id ("1.1.2", also a part's id "A"). A criterion id typed into Excel
may arrive as a number (1.1, or 1.1 for "1.10"): it is matched when only one id reads as that
number. A cell that matches nothing raises CellError with a did-you-mean.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from cchc_rules.facts import cells
from cchc_rules.facts.cells import CellError, guess
from cchc_rules.rulepack.rubric import Criterion, Measure, Part, RubricFile, Survey, SurveyQuestion
from cchc_rules.suggest import fold, nearest

Node = Criterion | Part
_SHOWN_MAX = 12  # ids listed in a hint


@dataclass(frozen=True)
class RubricIndex:
    """The measures and criteria of one year's rubric, keyed for lookup."""

    year: int
    measures: dict[str, Measure]  # folded id or name → measure
    measure_ids: tuple[str, ...]
    nodes: dict[str, Node]  # folded id → part or criterion
    children: dict[str, tuple[str, ...]]  # id ("" for the rubric) → the ids of its children
    questions: dict[str, tuple[Survey, SurveyQuestion]]  # folded question id → its survey and question
    na_default: object = None  # rubric.not_applicable (a NotApplicableRule or None)

    @property
    def file(self) -> str:
        return f"scoring/{self.year}.yaml"

    def measure(self, raw: object) -> Measure:
        """The measure a cell names, by id or name."""
        found = cells.text(raw)
        measure = self.measures.get(fold(found))
        if measure is None:
            suggestion = nearest(found, self.measure_ids)
            raise CellError("fact_unknown_measure", suggestion, found=found, guess=guess(suggestion),
                            file=self.file, allowed=_listed(self.measure_ids))
        return measure

    def criterion(self, raw: object) -> Node:
        """The part or criterion a cell names by its id."""
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return self._numeric(raw)
        found = cells.text(raw)
        node = self.nodes.get(fold(found)) or self.nodes.get(fold(found).rstrip(". "))
        if node is None:
            raise self._unknown(found)
        return node

    def manual_leaf(self, raw: object) -> Criterion:
        """The leaf criterion a cell names, when its scoring method is `manual`."""
        node = self.criterion(raw)
        manual = [c.id for c in self.leaves(node) if c.method is not None and c.method.kind == "manual"]
        if isinstance(node, Part) or node.criteria:
            raise CellError("fact_criterion_not_leaf", criterion=node.id,
                            children=_listed(self.children.get(node.id, ())),
                            manual=_listed(manual))
        if node.method is None or node.method.kind != "manual":
            every = [c.id for c in self.leaves(None) if c.method is not None and c.method.kind == "manual"]
            method = node.method.kind if node.method is not None else "—"
            raise CellError("fact_criterion_not_manual", criterion=node.id, method=method,
                            input=_input(node), manual=_listed(every), file=self.file)
        return node

    def na_leaf(self, raw: object) -> Criterion:
        """The leaf a cell names, when the rubric lets it be "không áp dụng" (with a rescaling rule)."""
        node = self.criterion(raw)
        allowed = [c.id for c in self.leaves(None) if c.na_rule(self.na_default) is not None]  # type: ignore[arg-type]
        if isinstance(node, Part) or node.criteria or node.na_rule(self.na_default) is None:  # type: ignore[arg-type]
            suggestion = nearest(node.id, allowed)
            raise CellError("fact_criterion_not_na", suggestion, criterion=node.id, guess=guess(suggestion),
                            allowed=_listed(allowed), file=self.file)
        return node

    def question(self, raw: object) -> tuple[Survey, SurveyQuestion]:
        """The survey question a cell names by its id (unique over the rubric's surveys)."""
        found = cells.text(raw) if not isinstance(raw, (int, float)) or isinstance(raw, bool) else f"{raw:g}"
        hit = self.questions.get(fold(found))
        if hit is None:
            ids = [q.id for _, q in self.questions.values()]
            suggestion = nearest(found, ids)
            raise CellError("fact_unknown_question", suggestion, found=found, guess=guess(suggestion),
                            file=self.file, allowed=_listed(ids))
        return hit

    def leaf(self, raw: object) -> Criterion:
        """The leaf criterion a cell names (an appraisal gives points to leaves only)."""
        node = self.criterion(raw)
        if isinstance(node, Part) or node.criteria:
            raise CellError("fact_appraisal_not_leaf", criterion=node.id,
                            children=_listed(self.children.get(node.id, ())))
        return node

    def leaves(self, node: Node | None) -> Iterator[Criterion]:
        """The leaf criteria under a node (the whole rubric when None), in file order."""
        ids = self.children.get(node.id if node is not None else "", ())
        if node is not None and not ids and isinstance(node, Criterion):
            yield node
        for child in ids:
            yield from self.leaves(self.nodes[fold(child)])

    def _numeric(self, raw: float) -> Node:
        """A criterion id Excel stored as a number: matched when only one id reads as it."""
        same = [node for node in self._unique_nodes() if _as_number(node.id) == raw]
        if len(same) == 1:
            return same[0]
        found = str(int(raw)) if float(raw).is_integer() else repr(float(raw))
        if len(same) > 1:
            raise CellError("fact_criterion_is_number", found=found,
                            ids=", ".join(node.id for node in same))
        raise self._unknown(found)

    def _unknown(self, found: str) -> CellError:
        ids = [node.id for node in self._unique_nodes()]
        suggestion = nearest(found, ids)
        return CellError("fact_unknown_criterion", suggestion, found=found, guess=guess(suggestion),
                         file=self.file, nearby=_listed(self._nearby(found)))

    def _nearby(self, found: str) -> tuple[str, ...]:
        """The ids beside the one a cell meant: the children of its nearest known parent."""
        parts = found.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            parent = self.nodes.get(fold(".".join(parts[:cut])))
            if parent is not None and self.children.get(parent.id):
                return self.children[parent.id]
        return tuple(c for part in self.children.get("", ()) for c in self.children.get(part, ()))

    def _unique_nodes(self) -> list[Node]:
        return list({node.id: node for node in self.nodes.values()}.values())


# A pure memo, safe to share: a rubric is frozen, so its index never changes; the weak reference makes
# a reused id() miss. id(rubric) → (a weak reference to that rubric, its index); an entry leaves with its rubric.
_INDEXES: dict[int, tuple[weakref.ref[RubricFile], RubricIndex]] = {}


def index_rubric(rubric: RubricFile) -> RubricIndex:
    """Look-up tables for the measures and criteria of one rubric (built once per rubric object)."""
    key = id(rubric)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is rubric:
        return entry[1]
    index = _index_rubric(rubric)

    def forget(ref: weakref.ref[RubricFile], key: int = key) -> None:
        if _INDEXES.get(key, (None,))[0] is ref:
            del _INDEXES[key]

    _INDEXES[key] = (weakref.ref(rubric, forget), index)
    return index


def _index_rubric(rubric: RubricFile) -> RubricIndex:
    nodes: dict[str, Node] = {}
    children: dict[str, tuple[str, ...]] = {"": tuple(p.id for p in rubric.parts)}

    def walk(node: Node) -> None:
        nodes.setdefault(fold(node.id), node)
        children.setdefault(node.id, tuple(c.id for c in node.criteria))
        for child in node.criteria:
            walk(child)

    for part in rubric.parts:
        walk(part)
    measures = {fold(key): m for m in rubric.measures for key in (m.name, m.id)}
    questions = {fold(q.id): (s, q) for s in rubric.surveys for q in s.questions}
    return RubricIndex(year=rubric.rubric.year, measures=measures,
                       measure_ids=tuple(m.id for m in rubric.measures), nodes=nodes,
                       children=children, questions=questions, na_default=rubric.rubric.not_applicable)


def survey_choice(survey: Survey, field: str, raw: object) -> str:
    """A group (by id or name) or an option (by code or label) of a survey, as the rubric spells its id."""
    found = cells.text(raw) if not isinstance(raw, (int, float)) or isinstance(raw, bool) else f"{raw:g}"
    if field == "group":
        keys = {fold(k): g.id for g in survey.groups for k in (g.id, g.name)}
        ids = [g.id for g in survey.groups]
    else:
        keys = {fold(k): o.code for o in survey.options for k in (o.code, o.label)}
        ids = [o.code for o in survey.options]
    hit = keys.get(fold(found))
    if hit is None:
        suggestion = nearest(found, ids)
        code = "fact_unknown_survey_group" if field == "group" else "fact_unknown_survey_option"
        raise CellError(code, suggestion, found=found, guess=guess(suggestion),
                        survey=survey.id, allowed=_listed(ids))
    return hit


def _as_number(node_id: str) -> float | None:
    try:
        return float(node_id)
    except ValueError:
        return None


def _listed(ids: tuple[str, ...] | list[str]) -> str:
    """Ids for a hint: all of them, or the first few and '…'; '—' for none."""
    if not ids:
        return "—"
    shown = ", ".join(ids[:_SHOWN_MAX])
    return shown + (", …" if len(ids) > _SHOWN_MAX else "")


def _input(node: Criterion) -> str:
    """Where an automatic method takes its number, as the rubric writes it ('measure: x')."""
    method_input = getattr(node.method, "input", None)
    if method_input is None:
        return "—"
    given = method_input.model_dump(exclude_none=True)
    return ", ".join(f"{key}: {value}" for key, value in given.items()) or "—"
