"""A plain-Python evaluation of compiled rules, to check the durable_rules engine against.

It reads each rule's condition text with `conditions.parse` and walks the tree over one fact:
no durable, no `to_durable`, no De Morgan rewriting. A comparison is Python's own comparison of
the fact's value with the literal (a dd/mm/yyyy date is the YYYYMMDD int facts carry) or with
another field of the same fact; `and`/`or`/`not` are Python's. A rule matches a fact when the
fact's kind is the rule's fact kind and the condition holds.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable
from typing import Any

from cchc_rules.compile import RuleSpec
from cchc_rules.conditions import Bool, Compare, FieldRef, Not, parse

_OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
        ">": operator.gt, ">=": operator.ge}


def holds(node: Any, fact: dict[str, Any]) -> bool:
    """Whether a parsed condition is true of one fact."""
    if isinstance(node, Not):
        return not holds(node.item, fact)
    if isinstance(node, Bool):
        results = [holds(item, fact) for item in node.items]
        return all(results) if node.op == "and" else any(results)
    assert isinstance(node, Compare), node
    return _OPS[node.op](fact[node.field], _operand(node.value, fact))


def _operand(value: Any, fact: dict[str, Any]) -> Any:
    if isinstance(value, FieldRef):
        return fact[value.name]
    if isinstance(value, dt.date):
        return value.year * 10000 + value.month * 100 + value.day
    return value  # float, str, bool, as parsed


def matches(specs: Iterable[RuleSpec], facts: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    """(rule id, fact id) for every rule and every fact of its kind its condition holds for."""
    facts = list(facts)
    return {
        (spec.id, fact["id"])
        for spec in specs
        for tree in [parse(spec.condition)]
        for fact in facts
        if fact["kind"] == spec.fact_kind and holds(tree, fact)
    }
