"""Rules as the engine adapter gives them to durable: checked, guarded, and shaped to fit.

Part of the engine adapter (`engine.py` is its facade). Only ``all`` of named patterns is
accepted (negation depends on fact order; ``any`` reports frames mixing its alternatives).
Every pattern is guarded so that it never matches durable's state fact nor the session marker
(both hold ``$s``), and the adapter adds a "sink" rule every fact enters and none completes, and
the marker's rule.

durable's C core keeps a node's children in a hash set of 512 slots, and its lookup loops
forever once the set is full: an ``$or`` of 513 alternatives (``x in [0..512]``) hangs rule
compilation, uninterruptibly. `split_ors` gives durable a rule with a long ``$or`` as one rule
per chunk of its alternatives, each chunk under its own always-true node (``$nex`` of a property
no fact has, ``$c<n>``), so that no node gets more than OR_CHUNK of them; the firings of the
chunks are the rule's (`rule_of`), and the same facts match. durable also holds at most 15
``$and``/``$or`` in one pattern (more: "error code 113"): a pattern over that budget is split at
its first ``$or``, one rule per alternative, until it fits. `check_capacity` then
walks the tree durable will build, sharing nodes as it does, and refuses a ruleset that would
still overflow a node (many rules on one kind of fact) instead of hanging. No durable import.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cchc_rules.engine_results import SESSION_FACT, SESSION_RULE, SINK_RULE, canonical
from cchc_rules.errors import EngineError

if TYPE_CHECKING:
    from collections.abc import Iterator

_RULE_KEYS = frozenset({"all", "pri", "dist"})
NOT_STATE = {"$nex": {"$s": 1}}  # durable's state fact has "$s": 1, the session marker "$s": 0
OR_CHUNK = 256  # alternatives of one $or that durable gets under one node, at most
_MAX_COST = 31  # a pattern's expression sequence in durable: 32 entries, the last one an error
_MAX_PARTS = 4096  # rules one rule is split into, at most
_MAX_CHILDREN = 500  # a node's hash set of children has 512 slots; full, a lookup never ends
_MAX_LIST = 120  # a node's list of $nex children and links to $or nodes has 128 slots


def check_ruleset(ruleset: object) -> tuple[str, dict[str, Any], str]:
    """The ruleset's name, rules and canonical JSON, after checking its shape."""
    if not isinstance(ruleset, dict) or not {"name", "rules"} <= ruleset.keys():
        raise EngineError("a compiled ruleset must be a dict with 'name' and 'rules'")
    name, rules = ruleset["name"], ruleset["rules"]
    if not isinstance(name, str) or not name or "$" in name:
        raise EngineError(f"ruleset name must be a non-empty string without '$', got {name!r}")
    if not isinstance(rules, dict):
        raise EngineError(f"ruleset {name!r}: 'rules' must be a dict of rule id -> rule")
    for rule_id, rule in rules.items():
        _check_rule(rule_id, rule)
    try:
        return name, rules, canonical(rules)
    except (TypeError, ValueError) as error:
        raise EngineError(f"ruleset {name!r} is not plain JSON: {error}") from error


def _check_rule(rule_id: object, rule: object) -> None:
    """Reject rule ids and rule keys the adapter cannot handle faithfully."""
    if not isinstance(rule_id, str) or not rule_id or rule_id in (SINK_RULE, SESSION_RULE) or "$" in rule_id:
        raise EngineError(
            f"rule id must be a non-empty string without '$', not used by the engine: {rule_id!r}"
        )
    if isinstance(rule, dict) and isinstance(rule.get("all"), list) and rule.keys() <= _RULE_KEYS:
        return
    keys = sorted(map(str, rule)) if isinstance(rule, dict) else rule
    raise EngineError(
        f"rule {rule_id!r}: expected a list 'all', optionally 'pri' and 'dist', got {keys!r:.200}"
        " ('run' is added by the engine; 'any', 'count' and 'cap' are not supported)"
    )


def guard(pattern: object) -> dict[str, Any]:
    """A copy of a pattern that matches no fact with "$s" (durable's state, the marker)."""
    if not isinstance(pattern, dict) or len(pattern) != 1:
        raise EngineError(f"a pattern must be a dict with one name, got {pattern!r:.200}")
    ((name, condition),) = pattern.items()
    name = str(name)
    if "$" in name:
        raise EngineError(f"pattern {name!r}: '$not', '$any' and '$all' patterns are not supported")
    return {name: {"$and": [copy.deepcopy(condition), copy.deepcopy(NOT_STATE)]}}


def split_ors(rule_id: str, rule: dict[str, Any], chunks: list[str]) -> dict[str, dict[str, Any]]:
    """A rule as rules durable can build, by durable name: the firings of each are the rule's.

    Each `$or` of more than OR_CHUNK alternatives gives one rule per chunk of them, ``<rule
    id>$c<n>``, in which the `$or` is ``{"$and": [{"$nex": {"$c<n>": 1}}, {"$or": chunk}]}``
    (an `$or` of chunks in one rule would not do: see `_cost`). `chunks` gets each name
    ``$c<n>``, numbered on from its length (unique in a ruleset, so no two chunks share a node).
    A pattern costing durable more than _MAX_COST gives one rule per alternative of its first
    `$or`, ``<rule id>$a<n>``, until it fits. A fact matches the rule exactly when it matches
    one of the parts (merged by `rule_of`). Parts of the rule not on the way to a split `$or`
    are shared, not copied."""
    done, pending = {}, [(rule_id, rule)]
    while pending:
        if len(done) + len(pending) > _MAX_PARTS:
            raise EngineError(f"rule {rule_id!r}: its condition is too large for durable even split "
                              f"into {_MAX_PARTS} rules")
        name, current = pending.pop()
        path = _long_or(current["all"], ())
        if path is not None:
            pending += _chunks(name, current, path, chunks)
            continue
        path = _costly_or(current["all"])
        if path is None:
            done[name] = current
            continue
        alternatives = _at(current["all"], path)["$or"]
        pending += [(f"{name}$a{n}", {**current, "all": _replaced(current["all"], path, alternative)})
                    for n, alternative in enumerate(alternatives)]
    return dict(sorted(done.items()))


def _chunks(name: str, rule: dict[str, Any], path: tuple[Any, ...],
            chunks: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """The rule once per chunk of the long `$or` at `path`, each chunk under its own node."""
    alternatives = _at(rule["all"], path)["$or"]
    parts = []
    for start in range(0, len(alternatives), OR_CHUNK):
        chunks.append(f"$c{len(chunks)}")
        chunk = {"$and": [{"$nex": {chunks[-1]: 1}}, {"$or": alternatives[start : start + OR_CHUNK]}]}
        parts.append((f"{name}{chunks[-1]}", {**rule, "all": _replaced(rule["all"], path, chunk)}))
    return parts


def _cost(condition: Any) -> int:
    """What a condition takes of its pattern's expression sequence in durable, which holds 31:
    two for each `$and` and `$or`, one for each test against another field or pattern."""
    if isinstance(condition, list):
        return sum(map(_cost, condition))
    if not isinstance(condition, dict):
        return 0
    cost = 0
    for key, value in condition.items():
        if key in ("$and", "$or"):
            cost += 2 + _cost(value)
        elif isinstance(value, dict) and (not key.startswith("$") or _refers(value)):
            cost += 1  # {"field": {"t": "x"}} or {"$lt": {"field": {"$m": "y"}}}
    return cost


def _refers(value: dict[str, Any]) -> bool:
    return any(isinstance(operand, dict) for operand in value.values())


def _costly_or(patterns: list[Any]) -> tuple[Any, ...] | None:
    """The path to the first `$or` of the first pattern costing more than _MAX_COST, or None."""
    for index, pattern in enumerate(patterns):
        for name, condition in pattern.items():
            if _cost(condition) > _MAX_COST:
                return _long_or(condition, (index, name), longer_than=0)
    return None


def rule_of(name: str) -> str:
    """The rule id of a rule durable knows by `name` (a chunk of it is ``<rule id>$c<n>``)."""
    return name.partition("$")[0]


def _long_or(node: Any, path: tuple[Any, ...], longer_than: int | None = None) -> tuple[Any, ...] | None:
    """The path to the first `$or` with more than `longer_than` (OR_CHUNK) alternatives, or None."""
    least = OR_CHUNK if longer_than is None else longer_than
    if isinstance(node, dict):
        if isinstance(node.get("$or"), list) and len(node["$or"]) > least:
            return path
        items: Any = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return None
    for key, value in items:
        found = _long_or(value, (*path, key), longer_than)
        if found is not None:
            return found
    return None


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


def _replaced(node: Any, path: tuple[Any, ...], new: Any) -> Any:
    """`node` with the value at `path` replaced, copying only the containers on the way."""
    if not path:
        return new
    copied = list(node) if isinstance(node, list) else dict(node)
    copied[path[0]] = _replaced(node[path[0]], path[1:], new)
    return copied


def sink_rule() -> dict[str, Any]:
    """A rule every fact enters and none completes, so that no fact is "not handled"."""
    never = {"$and": [{"$s": 1}, NOT_STATE]}  # a contradiction: matches nothing
    return {"all": [guard({"m": {"$ex": {"id": 1}}}), {"never": never}]}


def session_rule() -> dict[str, Any]:
    """The rule of the marker fact asserted in every session, so that one action runs in it."""
    return {"all": [{"m": {"$and": [{"id": SESSION_FACT}, {"$s": 0}]}}]}


def _condition_fields(condition: object) -> Iterator[str]:
    """Property names a condition reads (over-approximated: back-references' pattern names too)."""
    if isinstance(condition, list):
        for item in condition:
            yield from _condition_fields(item)
    elif isinstance(condition, dict):
        for key, value in condition.items():
            if not str(key).startswith("$"):
                yield str(key)
            yield from _condition_fields(value)


def rule_fields(rules: dict[str, Any]) -> frozenset[str]:
    """Property names the rules read."""
    conditions = [list(pattern.values()) for rule in rules.values() for pattern in rule["all"]]
    return frozenset(_condition_fields(conditions))


# --- the tree durable builds ------------------------------------------------------------------


@dataclass
class _Tree:
    """The alpha nodes durable makes of a ruleset's patterns, shared as its `findAlpha` shares
    them, and how full each node's hash set and list are. Local to one `check_capacity`."""

    rule: str = ""
    last: int = 0  # the last node id given
    nodes: dict[tuple[int, str, str, str], int] = field(default_factory=dict)
    table: Counter[int] = field(default_factory=Counter)
    lists: Counter[int] = field(default_factory=Counter)

    def fresh(self) -> int:
        self.last += 1
        return self.last

    def leaf(self, parent: int, key: str, value: Any) -> int:
        """The node of one test: found among the parent's, or added to its set or list."""
        op, (name, operand) = (key, *value.items()) if _is_operator(key, value) else ("", (key, value))
        ident = (parent, op, name, canonical(operand))
        if ident not in self.nodes:
            self.nodes[ident] = self.fresh()
            self.count(self.lists if op == "$nex" else self.table, parent)
        return self.nodes[ident]

    def count(self, counter: Counter[int], node: int) -> None:
        counter[node] += 1
        if counter[node] > (_MAX_LIST if counter is self.lists else _MAX_CHILDREN):
            raise EngineError(
                f"rule {self.rule!r}: durable's rule tree would get a node with more than "
                f"{counter[node] - 1} alternatives, more than it can hold (it would hang); "
                "split the rule, or fewer rules on one kind of fact"
            )


def _is_operator(key: str, value: Any) -> bool:
    return key.startswith("$") and isinstance(value, dict) and len(value) == 1


def check_capacity(definition: dict[str, Any]) -> None:
    """Refuse rules (guarded, as registered) that would overflow a node of durable's tree."""
    tree = _Tree()
    for rule_id, rule in definition.items():
        tree.rule = rule_id
        for pattern in rule["all"]:
            for condition in pattern.values():
                _walk(tree, condition, 0)  # node 0: durable's root of every pattern


def _walk(tree: _Tree, condition: Any, parent: int) -> int:
    """The node a condition ends at, adding its nodes to the tree as durable's `createAlpha`."""
    node = parent
    for key, value in condition.items() if isinstance(condition, dict) else ():
        if key == "$and" and isinstance(value, list):
            for item in value:
                node = _walk(tree, item, node)
        elif key == "$or" and isinstance(value, list):
            forward = tree.fresh()
            for item in value:
                tree.count(tree.lists, _walk(tree, item, node))  # each alternative links on
            node = forward
        else:
            node = tree.leaf(node, key, value)
    return node
