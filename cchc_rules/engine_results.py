"""The engine adapter's values, results and failures: what `EngineHost.run` gives back.

Part of the engine adapter (`engine.py` is its facade): the types shared by its modules, and the
last step of a run, turning durable's matches (rule id, pattern name -> fact key) into sorted,
de-duplicated `Firing`s holding copies of the caller's facts; and any failure of durable turned
into an EngineError that says it is not the user's data. No durable import here.
"""

from __future__ import annotations

import functools
import json
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_rules.errors import EngineError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

Fact = dict[str, Any]
Match = tuple[str, dict[str, str]]  # rule id, pattern name -> the fact's key in durable

SINK_RULE = "__cchc_sink__"
SESSION_RULE = SESSION_FACT = "__cchc_session__"
_FLAT_VALUES = frozenset({str, int, bool, type(None), float})


@dataclass(frozen=True)
class Firing:
    """One rule matching one combination of facts."""

    rule: str
    facts: dict[str, dict[str, Any]]  # pattern name -> a copy of the matched fact (JSON values)


class SharedRuleset(dict[str, Any]):
    """A compiled ruleset that nobody changes once made, passed to `run` again and again (one per
    pack and year in a batch): the host checks and serialises it once, not on every run."""


def canonical(value: object) -> str:
    """Canonical JSON; raises TypeError or ValueError for anything that is not plain JSON."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


@functools.lru_cache(maxsize=256)
def _label(name: str) -> str:
    """A pattern name as canonical JSON (pattern names are few and recur). A pure memo."""
    return canonical(name)


def firings(matches: Iterable[Match], by_key: dict[str, Fact]) -> list[Firing]:
    """Firings sorted by rule id and canonical JSON of their facts, without duplicates.

    `by_key` maps the key durable knew each fact by (its id, or the id it was re-keyed to) to
    the caller's fact. Keys are unique and a fact's JSON holds its id: the same keys mean the
    same facts, so duplicates are found by keys, and the canonical JSON is made only to order
    the firings of a rule that fired more than once.
    """
    texts: dict[str, str] = {}

    def text(key: str) -> str:
        if key not in texts:
            texts[key] = canonical(by_key[key])
        return texts[key]

    def ordering(ids: dict[str, str]) -> str:  # == canonical({name: fact, ...})
        return "{" + ",".join(f"{_label(name)}:{text(key)}" for name, key in sorted(ids.items())) + "}"

    def copied(key: str) -> dict[str, Any]:
        fact = by_key[key]
        if _FLAT_VALUES.issuperset(map(type, fact.values())):  # JSON scalars: no parsing
            return dict(sorted(fact.items()))
        return json.loads(text(key))  # type: ignore[no-any-return]

    by_rule: dict[str, dict[tuple[tuple[str, str], ...], dict[str, str]]] = {}
    for rule_id, ids in matches:
        if rule_id == SINK_RULE or not set(ids.values()) <= by_key.keys():
            raise EngineError(f"rule engine failure: impossible match {rule_id!r} {ids}; report it")
        by_rule.setdefault(rule_id, {})[tuple(sorted(ids.items()))] = ids
    result = []
    for rule_id in sorted(by_rule):
        found = list(by_rule[rule_id].values())
        if len(found) > 1:
            found.sort(key=ordering)
        result += [Firing(rule_id, {name: copied(key) for name, key in ids.items()}) for ids in found]
    return result


def raise_first(errors: list[BaseException]) -> None:
    """Re-raise the first exception an action raised (durable itself would have hidden it)."""
    if not errors:
        return
    if not isinstance(errors[0], Exception):
        raise errors[0]  # KeyboardInterrupt and the like, as they are
    raise failure("running a rule action", errors[0]) from errors[0]


def failure(doing: str, error: BaseException) -> EngineError:
    """An EngineError saying durable failed, which is not an error in the user's data."""
    detail = getattr(error, "message", None) or str(error) or type(error).__name__
    return EngineError(
        f"rule engine failure while {doing} (a bug in cchc-rules or durable_rules, not an "
        f"error in the data; please report it): {detail:.300}"
    )


@contextmanager
def engine_failure(doing: str) -> Iterator[None]:
    """Turn any exception from durable into an EngineError saying it is not the user's data."""
    try:
        yield
    except EngineError:
        raise
    except Exception as error:
        raise failure(doing, error) from error
