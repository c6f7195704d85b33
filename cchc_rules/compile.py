"""Rule pack → durable_rules rulesets (plain data), with the metadata findings need.

Every decision of the quarter check is a rule here, written in the condition language of
`conditions.py` with the numbers taken from the rules files (the year's target threshold, which
causes clear an explanation, custom checks), then compiled to durable's JSON form. The output is
plain data, so it can be printed, diffed and golden-tested.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from cchc_rules.conditions import compile_condition
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.targets import Target

if TYPE_CHECKING:
    from cchc_rules.engine import Firing

Severity = Literal["violation", "warning", "info"]

# The opposite of each target comparison: the condition under which a target is missed.
_MISSED = {">=": "<", ">": "<=", "=": "!=", "<=": ">", "<": ">="}


@dataclass(frozen=True)
class RuleSpec:
    """One compiled rule and what a firing of it means."""

    id: str
    kind: str  # the finding kind it produces
    fact_kind: str
    condition: str
    clause: str
    source: str  # where the rule's parameters live: file:line in the pack
    severity: Severity = "violation"
    target: str | None = None
    threshold: float | None = None
    comparison: str | None = None
    message: str | None = None  # custom checks bring their own
    agency: str | None = None


@dataclass(frozen=True)
class CompiledRules:
    name: str
    specs: tuple[RuleSpec, ...]

    def ruleset(self) -> dict[str, Any]:
        """durable_rules' JSON form (without actions): {"name", "rules": {id: {"all": [...]}}}.

        A fresh copy each call (callers may change it); the compiling is done once per specs.
        """
        return json.loads(_ruleset_text(self.name, self.specs))  # type: ignore[no-any-return]

    def spec(self, rule_id: str) -> RuleSpec:
        return next(s for s in self.specs if s.id == rule_id)


# How a stage runs compiled rules: the rules, a session id and the engine facts → the firings
# (the pipeline's Workspace.run; a test may pass its own).
Run = Callable[[CompiledRules, str, Sequence[dict[str, Any]]], "list[Firing]"]


# A pure memo: the key is the specs' values (frozen dataclasses), the result immutable text.
@functools.lru_cache(maxsize=64)
def _ruleset_text(name: str, specs: tuple[RuleSpec, ...]) -> str:
    """The compiled ruleset as JSON text: parsing the conditions is the costly part of a run, and
    a batch compiles the same specs for every unit (JSON keeps key order, ints and floats)."""
    rules = {}
    for spec in specs:
        condition = compile_condition(spec.condition, spec.fact_kind)
        rules[spec.id] = {"all": [{"m": {"$and": [{"kind": spec.fact_kind}, condition]}}]}
    return json.dumps({"name": name, "rules": rules}, ensure_ascii=False)


def year_threshold(target: Target, year: int) -> float | None:
    """The threshold a target sets for a year: its path point, its final value, or none yet.

    Examples:
        >>> from cchc_rules import load_rules
        >>> t = {t.id: t for t in load_rules().targets.targets}
        >>> year_threshold(t["ho-so-truc-tuyen"], 2026), year_threshold(t["ho-so-truc-tuyen"], 2030)
        (70.0, 90.0)
        >>> year_threshold(t["hai-long-tthc"], 2026)
        97.0
    """
    if year >= target.by_year:
        return target.threshold
    if year in target.path:
        return target.path[year]
    if year >= (target.applies_from if target.applies_from is not None else target.by_year):
        return target.threshold
    return None


def _where(pack: RulePack, file: str, path: tuple[Any, ...]) -> str:
    return str(pack.documents[file].locate(pack.source_path(path)))  # a list cut to the rules in force


def _task_rules(pack: RulePack) -> list[RuleSpec]:
    src = "tasks.yaml (schedule)"
    return [
        RuleSpec("task-overdue", "task_overdue", "task", 'status != "done" and due <= as_of', "VI.1.a", src),
        # Reported once: in the first quarter check after the late completion, not in every later one.
        RuleSpec("task-done-late", "task_done_late", "task",
                 'status == "done" and completed_on > due and completed_on > since', "VI.1.a", src),
        RuleSpec("task-no-product", "task_no_product", "task", 'status == "done" and has_product == false',
                 "VI.1.a", src),
    ]


def _report_rules(pack: RulePack) -> list[RuleSpec]:
    specs = []
    for i, duty in enumerate(pack.reporting.duties):
        if duty.kind != "periodic":
            continue
        src = _where(pack, "reporting.yaml", ("duties", i))
        specs.append(RuleSpec(f"report-missing.{duty.id}", "report_missing", "report",
                              f'duty == "{duty.id}" and received == false and due <= as_of', duty.clause, src))
        specs.append(RuleSpec(f"report-late.{duty.id}", "report_late", "report",
                              f'duty == "{duty.id}" and received == true and received_on > due',
                              duty.clause, src))
    return specs


def _target_rules(pack: RulePack, year: int) -> list[RuleSpec]:
    specs = []
    for i, target in enumerate(pack.targets.targets):
        threshold = year_threshold(target, year)
        if threshold is None:
            continue
        src = _where(pack, "targets.yaml", ("targets", i))
        # A path point is a floor on the way to the target: "= 100 by 2030" passes 2026 at >= 80.
        on_path = year < target.by_year and year in target.path and target.comparison == "="
        op = "<" if on_path else _MISSED[target.comparison]
        missed = f'indicator == "{target.indicator}" and reported == true and value {op} {threshold:g}'
        specs.append(RuleSpec(f"target-missed.{target.id}", "target_missed", "indicator", missed,
                              target.clause, src, target=target.id, threshold=threshold,
                              comparison=target.comparison))
        specs.append(RuleSpec(f"indicator-not-reported.{target.id}", "indicator_not_reported", "indicator",
                              f'indicator == "{target.indicator}" and reported == false', target.clause, src,
                              target=target.id, threshold=threshold, comparison=target.comparison))
    return specs


def _feedback_rules(pack: RulePack) -> list[RuleSpec]:
    rule = pack.reporting.feedback
    clause = rule.clause if rule else "II.2.b"
    src = "reporting.yaml (feedback)"
    return [
        RuleSpec("pakn-overdue", "pakn_overdue", "pakn", "handled == false and due <= as_of", clause, src),
        RuleSpec("pakn-late", "pakn_late", "pakn", "handled == true and handled_on > due", clause, src),
    ]


def _custom_rules(pack: RulePack) -> list[RuleSpec]:
    return [
        RuleSpec(f"check.{c.id}", "custom", c.applies_to, c.when, c.clause,
                 _where(pack, "checks.yaml", ("checks", i)), severity=c.severity,
                 message=c.message, agency=c.agency)
        for i, c in enumerate(pack.checks.checks)
    ]


def compile_quarter(pack: RulePack, year: int) -> CompiledRules:
    """The rules that judge one quarter of `year` (target thresholds depend on the year)."""
    specs = [*_task_rules(pack), *_report_rules(pack), *_target_rules(pack, year),
             *_feedback_rules(pack), *_custom_rules(pack)]
    return CompiledRules(f"cchc-quarter-{year}", tuple(specs))


def compile_explanations(pack: RulePack) -> CompiledRules:
    """The rules that decide the state of a lapse's explanation (VI.1.c): owed by its due date,
    overdue once that date has passed on the day judged, received and accepted (a cause the pack
    accepts), received and not accepted. Each lapse is in exactly one state."""
    duty = pack.reporting.explanation
    accepted = ", ".join(f'"{c}"' for c in duty.accepted_causes)
    src = "reporting.yaml (explanation)"
    return CompiledRules("cchc-explanations", (
        RuleSpec("explanation-owed", "owed", "lapse", 'cause == "" and as_of <= due', duty.clause, src,
                 severity="info"),
        RuleSpec("explanation-overdue", "overdue", "lapse", 'cause == "" and as_of > due', duty.clause, src),
        RuleSpec("explanation-accepted", "accepted", "lapse", f"cause in [{accepted}]",
                 duty.clause, src, severity="info"),
        RuleSpec("explanation-not-accepted", "not_accepted", "lapse",
                 f'cause != "" and not (cause in [{accepted}])', duty.clause, src),
    ))
