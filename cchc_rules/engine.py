"""Run compiled rulesets over facts with durable_rules: compiled rulesets + facts → firings.

The only module that imports durable. It decides nothing; it reports which rule matched which
facts, guarding against these hazards of durable-rules 2.0.28 (measured, and read in its C
source):

- Background threads race with assert/delete (crashes, lost firings): `_SyncHost` starts none,
  and actions durable leaves pending are drained by hand. The adapter runs actions itself with
  the calls durable's `Ruleset._flush_actions` makes into its C core, without its Python costs.
- Deleting a session crashes the process if actions are pending, or if no action ever ran in it
  (its action buffers are never initialised): every session is drained, and when no rule fired
  a marker fact with its own rule makes one action run, before the session is deleted.
- A ruleset name registers once per Host, and `set_rulesets` mutates its argument: a deep copy
  is registered under a name carrying a hash of the rules, and reused.
- Identity is a 32-bit FNV-1a hash of the JSON text, and durable compares only the hash: `run`
  rejects fact ids whose hashes clash (one fact would be dropped as "already observed"), and
  property names whose hashes clash (one would be read for the other). Only one session exists
  at a time, so session ids cannot clash.
- Each session holds a state fact ``{"id": "sid-<sid>", "$s": 1}``, re-asserted after every
  action: a rule matching it fires forever. Every pattern excludes facts with ``$s``; facts may
  not use the keys ``sid`` and ``$…``, nor the engine's own ids.
- A fact no rule matches makes the batch raise and defers its actions: a catch-all "sink" rule
  that can never complete handles every fact.
- durable's C reader silently drops a fact holding a float written with an exponent and no point
  (1e-05), and every fact after it: refused. The JSON text sent to durable is written once and
  is itself the plain-JSON check (no NaN, no other types, no lone surrogates).
- durable swallows exceptions raised in actions: each action captures its own, re-raised as
  EngineError. durable runs two-parameter actions asynchronously: actions are one-parameter
  closures binding the rule id.
- Negation (``$not``) depends on fact order, and ``any`` also reports frames combining its
  alternatives: only ``all`` of named patterns is accepted. A fact with more than 253
  properties (nested keys count) crashes durable or is dropped: rejected.
- Facts are asserted sorted by id and firings returned sorted (by rule id, then by the canonical
  JSON of their facts) and de-duplicated, so results do not depend on the order of the input.

Silent coercion is the caller's responsibility: ``{"$lt": {"value": 50}}`` matches ``"40"`` and
``true``; ``{"flag": true}`` matches ``1`` and ``"true"``. Validate and type facts (pydantic)
before calling `run`, and encode dates as integers.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from durable import engine as _durable  # type: ignore[import-untyped]

from cchc_rules.errors import EngineError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

Fact = dict[str, Any]
Match = tuple[str, dict[str, str]]  # rule id, pattern name -> fact id

SINK_RULE = "__cchc_sink__"
SESSION_RULE = SESSION_FACT = "__cchc_session__"
# A fact's properties, nested keys included: with the "sid" the adapter adds, 254 worked and
# 255 crashed durable.
MAX_FACT_PROPERTIES = 253
_RULE_KEYS = frozenset({"all", "pri", "dist"})
_NOT_STATE = {"$nex": {"$s": 1}}  # durable's state fact has "$s": 1, the session marker "$s": 0
_FNV_OFFSET, _FNV_PRIME = 0x811C9DC5, 16777619


@dataclass(frozen=True)
class Firing:
    """One rule matching one combination of facts."""

    rule: str
    facts: dict[str, dict[str, Any]]  # pattern name -> a copy of the matched fact (JSON values)


class SharedRuleset(dict[str, Any]):
    """A compiled ruleset that nobody changes once made, passed to `run` again and again (one per
    pack and year in a batch): the host checks and serialises it once, not on every run."""


@dataclass(frozen=True)
class _Registration:
    name: str  # the name durable knows the ruleset by
    canonical: str  # canonical JSON of the rules
    fields: frozenset[str]  # property names the rules read


class _SyncHost(_durable.Host):  # type: ignore[misc]
    """durable's Host without its background timer threads."""

    def _run(self) -> None:
        """Start nothing: batch evaluation needs no timers, and their threads corrupt state."""


def durable_hash(text: str, *, signed_char: bool = True) -> int:
    """durable's 32-bit FNV-1a hash of a string (fact id, session id, property name).

    The C core hashes the string's JSON text (escapes kept, UTF-8) one C ``char`` at a time;
    ``char`` is signed on x86-64 (bytes from 0x80 are sign-extended) and unsigned on ARM.

    Examples:
        >>> durable_hash("id"), durable_hash("sid")  # HASH_ID, HASH_SID in durable's state.h
        (926444256, 3593476751)

    """
    data = _json_text(text).encode()
    chars: Iterable[int] = map(_SIGNED_CHAR.__getitem__, data) if signed_char and not data.isascii() else data
    value = _FNV_OFFSET
    for char in chars:
        value = ((value ^ char) * _FNV_PRIME) & 0xFFFFFFFF
    return value


_SIGNED_CHAR = [byte | 0xFFFFFF00 if byte >= 0x80 else byte for byte in range(256)]


def _json_text(text: str) -> str:
    """The string as durable's C core reads it: its JSON encoding without the quotes."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text  # nothing to escape (json escapes only quotes, backslashes and controls)
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _canonical(value: object) -> str:
    """Canonical JSON; raises TypeError or ValueError for anything that is not plain JSON."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


@functools.lru_cache(maxsize=1 << 16)
def _both_hashes(text: str) -> tuple[int, int]:
    """durable's hash of a string where C ``char`` is signed, and where it is unsigned.

    Cached: a batch checks the same fact ids and property names for every unit."""
    signed = durable_hash(text)
    return signed, signed if text.isascii() else durable_hash(text, signed_char=False)


def _hash_clash(texts: Iterable[str]) -> tuple[str, str] | None:
    """Two different texts that durable would take for one (same hash on either kind of CPU)."""
    hashes = {text: _both_hashes(text) for text in texts}
    for variant in (0, 1):
        seen: dict[int, str] = {}
        for text in sorted(hashes):
            other = seen.setdefault(hashes[text][variant], text)
            if other != text:
                return other, text
    return None


# --- the ruleset ----------------------------------------------------------------------------


def _check_ruleset(ruleset: object) -> tuple[str, dict[str, Any], str]:
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
        return name, rules, _canonical(rules)
    except (TypeError, ValueError) as error:
        raise EngineError(f"ruleset {name!r} is not plain JSON: {error}") from error


def _check_rule(rule_id: object, rule: object) -> None:
    """Reject rule ids and rule keys the adapter cannot handle faithfully."""
    if not isinstance(rule_id, str) or not rule_id or rule_id in (SINK_RULE, SESSION_RULE):
        raise EngineError(f"rule id must be a non-empty string not used by the engine: {rule_id!r}")
    if isinstance(rule, dict) and isinstance(rule.get("all"), list) and rule.keys() <= _RULE_KEYS:
        return
    keys = sorted(map(str, rule)) if isinstance(rule, dict) else rule
    raise EngineError(
        f"rule {rule_id!r}: expected a list 'all', optionally 'pri' and 'dist', got {keys!r:.200}"
        " ('run' is added by the engine; 'any', 'count' and 'cap' are not supported)"
    )


def _guard(pattern: object) -> dict[str, Any]:
    """A copy of a pattern that matches no fact with "$s" (durable's state, the marker)."""
    if not isinstance(pattern, dict) or len(pattern) != 1:
        raise EngineError(f"a pattern must be a dict with one name, got {pattern!r:.200}")
    ((name, condition),) = pattern.items()
    name = str(name)
    if "$" in name:
        raise EngineError(f"pattern {name!r}: '$not', '$any' and '$all' patterns are not supported")
    return {name: {"$and": [copy.deepcopy(condition), copy.deepcopy(_NOT_STATE)]}}


def _sink_rule() -> dict[str, Any]:
    """A rule every fact enters and none completes, so that no fact is "not handled"."""
    never = {"$and": [{"$s": 1}, _NOT_STATE]}  # a contradiction: matches nothing
    return {"all": [_guard({"m": {"$ex": {"id": 1}}}), {"never": never}]}


def _session_rule() -> dict[str, Any]:
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


def _rule_fields(rules: dict[str, Any]) -> frozenset[str]:
    """Property names the rules read."""
    conditions = [list(pattern.values()) for rule in rules.values() for pattern in rule["all"]]
    return frozenset(_condition_fields(conditions))


# --- the facts ------------------------------------------------------------------------------


def _check_sid(sid: object) -> None:
    """durable hashes a session id as JSON text when asserting but raw when deleting."""
    if not isinstance(sid, str) or not sid or _json_text(sid) != sid:
        raise EngineError(
            "session id must be a non-empty string without quotes, backslashes or control "
            f"characters (durable could not delete that session), got {sid!r}"
        )


def _check_fact(fact: object) -> tuple[str, list[str]]:
    """The fact's id and property names, after checking durable can hold the fact faithfully."""
    if not isinstance(fact, dict) or not isinstance(fact.get("id"), str) or not fact["id"]:
        raise EngineError(f"a fact must be a dict with a non-empty string 'id', got {fact!r:.200}")
    fact_id: str = fact["id"]
    try:
        names = _property_names(fact)
    except TypeError as error:
        raise EngineError(f"fact {fact_id!r} is not plain JSON: {error}") from error
    reserved = sorted(key for key in fact if key == "sid" or key.startswith("$"))
    if reserved:
        raise EngineError(f"fact {fact_id!r}: keys {reserved} are reserved for durable's session")
    if len(names) > MAX_FACT_PROPERTIES:
        count = f"{len(names)} properties; durable holds {MAX_FACT_PROPERTIES}"
        raise EngineError(f"fact {fact_id!r} has {count}")
    return fact_id, names


def _property_names(fact: dict[str, Any], prefix: str = "") -> list[str]:
    """Every property durable makes of a fact: a nested object and each of its dotted keys."""
    names = [prefix + key for key in fact]  # TypeError for a key that is not a string
    for key, value in fact.items():
        if isinstance(value, dict):
            names += _property_names(value, f"{prefix}{key}.")
    return names


def _unreadable_float(value: object) -> bool:
    """durable's C reader cannot read a JSON number with an exponent and no point ('1e-05'): it
    silently drops that fact and every fact after it in the batch. Such floats are refused."""
    if isinstance(value, dict):
        return any(_unreadable_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_unreadable_float(v) for v in value)
    if isinstance(value, float):
        text = json.dumps(value)
        return "e" in text and "." not in text
    return False


_SCALARS = frozenset({str, int, bool, type(None)})
_FLAT_VALUES = _SCALARS | {float}
_SIGNED_EXPONENT = re.compile(r"e[-+][0-9]")


@dataclass(frozen=True)
class _Batch:
    """Facts checked for durable, and the JSON text it is sent."""

    by_id: dict[str, Fact]
    names: set[str]  # property names, nested keys dotted
    text: str  # JSON list of the facts sorted by id, each with the session id


def _batch(facts: list[Fact], sid: str) -> _Batch:
    """The facts checked and written as the JSON durable is sent, in one pass: writing that text
    (needed anyway) is the plain-JSON check, and its braces tell whether a fact nests an object.
    Only when something is off do the fact-by-fact checks run, to name the fact."""
    top = _index_top(facts)
    text = _encode(top[0], sid) if top else ""
    if top and (not text or text.count("{") != len(top[0])) and _nested(top[0]):
        top = None  # a nested object: its property names and count are found fact by fact
    if top:
        by_id, names = top
    else:
        by_id, names = _index_each(facts)
        text = text or _encode(by_id, sid)
    if not text or _exponent(text):
        _check_json(by_id, encoded=bool(text))  # an exponent inside a string is a false alarm
        if not text:
            raise EngineError(f"session {sid!r}: the facts cannot be written as JSON for durable")
    _check_ids(list(by_id), own=(f"sid-{sid}", SESSION_FACT))
    return _Batch(by_id, names, text)


def _encode(by_id: dict[str, Fact], sid: str) -> str:
    """The JSON durable is sent: the facts sorted by id, each with the session id; "" when it is
    not plain JSON (a value of another type, NaN or infinity, a lone surrogate)."""
    try:
        text = json.dumps(
            [{**by_id[fact_id], "sid": sid} for fact_id in sorted(by_id)],
            ensure_ascii=False,
            allow_nan=False,
        )
        text.encode()  # a lone surrogate cannot be written as UTF-8
    except (TypeError, ValueError):
        return ""
    return text


def _index_top(facts: list[Fact]) -> tuple[dict[str, Fact], set[str]] | None:
    """The facts by id and their top-level keys, when every fact passes the top-level checks of
    `_check_fact` trivially: a dict with a non-empty string id, unique, at most
    MAX_FACT_PROPERTIES string keys of which none is reserved. None when any does not: then
    `_index_each` says which. Decided in bulk (C loops); nested objects are the caller's."""
    if set(map(type, facts)) - {dict}:
        return None
    by_id = {fact.get("id"): fact for fact in facts}
    if len(by_id) != len(facts) or set(map(type, by_id)) - {str} or "" in by_id:
        return None
    keys: set[Any] = set().union(*facts)
    if "sid" in keys or set(map(type, keys)) - {str}:
        return None
    if min(keys, default="%") < "%" and any(key.startswith("$") for key in keys):  # "$" < "%"
        return None
    if max(map(len, facts), default=0) > MAX_FACT_PROPERTIES:
        return None
    return by_id, keys  # type: ignore[return-value] # the ids and keys are strings, checked above


def _nested(by_id: dict[str, Fact]) -> bool:
    """Whether a fact holds an object (whose keys durable makes properties too)."""
    return any(isinstance(value, dict) for fact in by_id.values() for value in fact.values())


def _index_each(facts: list[Fact]) -> tuple[dict[str, Fact], set[str]]:
    """The facts by id and their property names, checked fact by fact (`_check_fact`)."""
    by_id: dict[str, Fact] = {}
    names: set[str] = set()
    for fact in facts:
        fact_id, fact_names = _check_fact(fact)
        if fact_id in by_id:
            raise EngineError(f"two facts have the same id {fact_id!r}")
        by_id[fact_id] = fact
        names.update(fact_names)
    return by_id, names


def _exponent(text: str) -> bool:
    """Whether JSON `text` may hold a float durable cannot read. Python writes every float with an
    exponent as digits, 'e', sign, digits (1e-05, 1.5e+16): a search for the rare 'e', sign, digit
    that then looks back for a digit costs a fraction of a regex starting at every digit."""
    if not _SIGNED_EXPONENT.search(text):
        return False
    return any(text[match.start() - 1].isdigit() for match in _SIGNED_EXPONENT.finditer(text))


def _check_json(by_id: dict[str, Fact], *, encoded: bool) -> None:
    """Name the fact holding a float durable cannot read or, unless the facts `encoded` as JSON,
    a value that is not plain JSON."""
    for fact_id, fact in by_id.items():
        if _unreadable_float(fact):
            raise EngineError(f"fact {fact_id!r} holds a float durable cannot read (JSON with an "
                              "exponent and no decimal point, e.g. 1e-05); round it before the engine")
    for fact_id, fact in by_id.items() if not encoded else ():
        try:
            json.dumps(fact, ensure_ascii=False, allow_nan=False).encode()
        except (TypeError, ValueError) as error:
            raise EngineError(f"fact {fact_id!r} is not plain JSON: {error}") from error


def _check_ids(ids: list[str], own: tuple[str, ...]) -> None:
    """Reject ids that durable, comparing only hashes, would take for another or for its own."""
    taken = sorted(set(own) & set(ids))
    if taken:
        raise EngineError(f"fact id {taken[0]!r} is used by the engine itself; change it")
    if _all_distinct([*ids, *own]):
        return  # the usual case; otherwise find the pair to name, as before
    clash = _hash_clash([*ids, *own])
    if clash:
        mine = [repr(fact_id) for fact_id in clash if fact_id not in own] or ["the session id"]
        raise EngineError(
            f"ids {clash[0]!r} and {clash[1]!r} have the same 32-bit hash in durable, which would "
            f"keep only one of them (ids {list(own)} are the engine's own); change {mine[-1]}"
        )


def _all_distinct(texts: list[str]) -> bool:
    """Whether distinct texts have distinct durable hashes on both kinds of CPU (hashes cached)."""
    signed, unsigned = zip(*map(_both_hashes, texts), strict=True) if texts else ((), ())
    return len(set(signed)) == len(texts) == len(set(unsigned))


@functools.lru_cache(maxsize=256)
def _names_clash(names: frozenset[str]) -> tuple[str, str] | None:
    """`_hash_clash` of a set of property names, remembered: the same sets recur run after run."""
    return _hash_clash(names | {"id", "sid", "$s"})


def _check_names(names: set[str]) -> None:
    """Reject property names that durable, comparing only their hashes, would confuse."""
    clash = _names_clash(frozenset(names))
    if clash:
        raise EngineError(
            f"property names {clash[0]!r} and {clash[1]!r} have the same 32-bit hash in durable, "
            "which would read one for the other; rename one"
        )


# --- results and failures -------------------------------------------------------------------


def _firings(matches: Iterable[Match], by_id: dict[str, Fact]) -> list[Firing]:
    """Firings sorted by rule id and canonical JSON of their facts, without duplicates.

    Fact ids are unique, and a fact's JSON holds its id: the same ids mean the same facts, so
    duplicates are found by ids, and the canonical JSON is made only to order the firings of a
    rule that fired more than once.
    """
    texts: dict[str, str] = {}

    def text(fact_id: str) -> str:
        if fact_id not in texts:
            texts[fact_id] = _canonical(by_id[fact_id])
        return texts[fact_id]

    def canonical(ids: dict[str, str]) -> str:  # == _canonical({name: fact, ...})
        return "{" + ",".join(f"{_label(name)}:{text(fact_id)}" for name, fact_id in sorted(ids.items())) + "}"

    def copied(fact_id: str) -> dict[str, Any]:
        fact = by_id[fact_id]
        if _FLAT_VALUES.issuperset(map(type, fact.values())):  # JSON scalars: no parsing
            return dict(sorted(fact.items()))
        return json.loads(text(fact_id))  # type: ignore[no-any-return]

    by_rule: dict[str, dict[tuple[tuple[str, str], ...], dict[str, str]]] = {}
    for rule_id, ids in matches:
        if rule_id == SINK_RULE or not set(ids.values()) <= by_id.keys():
            raise EngineError(f"rule engine failure: impossible match {rule_id!r} {ids}; report it")
        by_rule.setdefault(rule_id, {})[tuple(sorted(ids.items()))] = ids
    firings = []
    for rule_id in sorted(by_rule):
        found = list(by_rule[rule_id].values())
        if len(found) > 1:
            found.sort(key=canonical)
        firings += [Firing(rule_id, {name: copied(fact_id) for name, fact_id in ids.items()}) for ids in found]
    return firings


@functools.lru_cache(maxsize=64)
def _full_name(name: str, canonical: str) -> str:
    """The name a ruleset is registered under: its own name and a hash of its rules."""
    return f"{name}-{hashlib.sha256(canonical.encode()).hexdigest()[:12]}"


@functools.lru_cache(maxsize=256)
def _label(name: str) -> str:
    """A pattern name as canonical JSON (pattern names are few and recur)."""
    return _canonical(name)


def _raise_first(errors: list[BaseException]) -> None:
    """Re-raise the first exception an action raised (durable itself would have hidden it)."""
    if not errors:
        return
    if not isinstance(errors[0], Exception):
        raise errors[0]  # KeyboardInterrupt and the like, as they are
    raise _failure("running a rule action", errors[0]) from errors[0]


def _failure(doing: str, error: BaseException) -> EngineError:
    """An EngineError saying durable failed, which is not an error in the user's data."""
    detail = getattr(error, "message", None) or str(error) or type(error).__name__
    return EngineError(
        f"rule engine failure while {doing} (a bug in cchc-rules or durable_rules, not an "
        f"error in the data; please report it): {detail:.300}"
    )


@contextmanager
def _engine_failure(doing: str) -> Iterator[None]:
    """Turn any exception from durable into an EngineError saying it is not the user's data."""
    try:
        yield
    except EngineError:
        raise
    except Exception as error:
        raise _failure(doing, error) from error


# --- the host -------------------------------------------------------------------------------


class EngineHost:
    """Evaluates compiled rulesets with durable_rules; one per process (see `default_host`).

    Synchronous: no background threads, and runs are serialised by a lock. Cheap to create:
    durable's Host is made on first use.
    """

    def __init__(self) -> None:
        self._host: Any = None
        self._registrations: dict[str, _Registration] = {}
        self._checked: dict[int, tuple[SharedRuleset, tuple[str, dict[str, Any], str]]] = {}
        self._matches: list[Match] = []
        self._errors: list[BaseException] = []
        self._actions = 0  # actions run in the current session
        self._lock = threading.Lock()

    def run(self, ruleset: dict[str, Any], sid: str, facts: list[Fact]) -> list[Firing]:
        """The firings of `ruleset`'s rules on `facts`, evaluated in a fresh session `sid`.

        Raises:
            EngineError: facts durable cannot hold faithfully, or any failure of durable.

        """
        name, rules, canonical = self._checked_ruleset(ruleset)
        _check_sid(sid)
        batch = _batch(facts, sid)
        with self._lock:
            registration = self._register(name, rules, canonical)
            _check_names(batch.names | registration.fields)
            if not batch.by_id:
                return []
            matches = self._evaluate(registration.name, sid, batch.text)
        return _firings(matches, batch.by_id)

    def _checked_ruleset(self, ruleset: object) -> tuple[str, dict[str, Any], str]:
        """`_check_ruleset`, remembered for a SharedRuleset (by identity, holding it alive)."""
        if not isinstance(ruleset, SharedRuleset):
            return _check_ruleset(ruleset)
        known = self._checked.get(id(ruleset))
        if known is not None and known[0] is ruleset:
            return known[1]
        checked = _check_ruleset(ruleset)
        if len(self._checked) >= 64:  # bounded: old packs' rulesets are let go
            self._checked.clear()
        self._checked[id(ruleset)] = (ruleset, checked)
        return checked

    def _durable(self) -> Any:
        """durable's Host, made on first use (and again after a failure dropped it)."""
        if self._host is None:
            self._host = _SyncHost()
        return self._host

    def _register(self, name: str, rules: dict[str, Any], canonical: str) -> _Registration:
        """The registration of these rules, made on first use and reused after."""
        full_name = _full_name(name, canonical)
        known = self._registrations.get(full_name)
        if known is None:
            known = self._registrations[full_name] = self._create(full_name, rules, canonical)
        elif known.canonical != canonical:
            raise EngineError(f"two different rulesets hash to the same name {full_name!r}")
        return known

    def _create(self, full_name: str, rules: dict[str, Any], canonical: str) -> _Registration:
        """Register guarded copies of the rules and the engine's own, each with its action."""
        definition = {rule_id: self._prepared(rule_id, rule) for rule_id, rule in rules.items()}
        definition[SINK_RULE] = {**_sink_rule(), "run": self._action_for(SINK_RULE)}
        definition[SESSION_RULE] = {**_session_rule(), "run": self._action_for(SESSION_RULE)}
        registration = _Registration(full_name, canonical, _rule_fields(rules))
        with _engine_failure(f"registering ruleset {full_name!r}"):
            self._durable().set_rulesets({full_name: definition})
        return registration

    def _prepared(self, rule_id: str, rule: dict[str, Any]) -> dict[str, Any]:
        """A copy of a rule with guarded patterns and an action recording its firings."""
        prepared = copy.deepcopy(rule)
        prepared["all"] = [_guard(pattern) for pattern in rule["all"]]
        prepared["run"] = self._action_for(rule_id)
        return prepared

    def _action_for(self, rule_id: str) -> Callable[[Any], None]:
        """The action registered with durable for a rule. `_run_actions` runs the actions itself,
        so this runs only if durable ever does; it acts the same and never lets durable see an
        exception (durable would swallow it)."""

        def action(c: Any) -> None:  # one parameter: durable runs two-parameter actions async
            self._act(rule_id, c._m)  # noqa: SLF001 - durable's Closure keeps the match here

        return action

    def _record(self, rule_id: str, match: dict[str, Any]) -> None:
        """Keep which facts (by id) matched a rule. Tests replace it to make an action fail."""
        self._matches.append((rule_id, {name: fact["id"] for name, fact in match.items()}))

    def _evaluate(self, name: str, sid: str, text: str) -> list[Match]:
        """Assert the facts (`text`, their JSON) in one batch and collect the matches; always end
        the session."""
        self._matches, self._errors, self._actions = [], [], 0
        try:
            with _engine_failure("asserting facts"):
                self._assert(name, text)
        finally:
            self._end_session(name, sid)
        _raise_first(self._errors)
        return self._matches

    def _assert(self, name: str, text: str) -> None:
        """durable's `Host.assert_facts`, sent the JSON text the caller made (and checked) once;
        then the session's actions run, as durable would start them."""
        ruleset = self._durable().get_ruleset(name)
        handle = ruleset._handle  # noqa: SLF001 - durable's C handle of the ruleset
        engine = _durable.durable_rules_engine
        state_offset = ruleset._handle_result(engine.assert_facts(handle, text), text)  # noqa: SLF001
        started = engine.start_action_for_state(handle, state_offset)
        if started:
            self._run_actions(handle, state_offset, *started)

    def _end_session(self, name: str, sid: str) -> None:
        """Drain pending actions, make sure an action ran, and delete the session; on any doubt,
        drop durable's Host."""
        try:
            with _engine_failure("running pending actions"):
                self._drain(name)
                if not self._actions:  # no rule fired: the marker and its rule make one action run
                    marker = {"id": SESSION_FACT, "$s": 0, "sid": sid}
                    self._assert(name, json.dumps([marker], ensure_ascii=False))
                    self._drain(name)
            if not self._actions:  # durable initialises a session's action buffers in its first action
                raise EngineError("rule engine failure: the session marker did not fire")
            with _engine_failure(f"deleting session {sid!r}"):
                self._durable().delete_state(name, sid)
        except EngineError:
            # Deleting this session could crash the process: abandon durable's Host instead.
            self._host, self._registrations = None, {}
            raise

    def _drain(self, name: str) -> None:
        """Run the actions durable left pending (it runs only the last session's by itself)."""
        handle = self._durable().get_ruleset(name)._handle  # noqa: SLF001 - no public drain
        while started := _durable.durable_rules_engine.start_action(handle):
            state, message, state_offset = started
            self._run_actions(handle, state_offset, state, message)

    def _run_actions(self, handle: int, state_offset: int, state: str, message: str) -> None:
        """Run a session's started actions one after the other, as durable's
        `Ruleset._flush_actions` does with the same calls into its C core, without its Python
        costs per action (a Closure, a clock read, JSON round trips of the unchanged state):
        record the match, write the state back, complete the action and start the next."""
        engine = _durable.durable_rules_engine
        while message:
            rule_id, match = next(iter(json.loads(message).items()))  # durable's action and match
            self._act(rule_id, match)
            try:
                engine.update_state(handle, state)
                message = engine.complete_and_start_action(handle, state_offset)
            except BaseException:
                engine.abandon_action(handle, state_offset)  # as durable does; pending, it is drained
                raise

    def _act(self, rule_id: str, match: Any) -> None:
        """One action: counted (the marker's only that); a rule's records its match, keeping an
        exception to re-raise once the session is ended."""
        self._actions += 1
        if rule_id == SESSION_RULE:
            return
        try:
            self._record(rule_id, match)
        except BaseException as error:  # noqa: BLE001 - re-raised by `_raise_first`
            self._errors.append(error)


_DEFAULT: dict[str, EngineHost] = {}
_DEFAULT_LOCK = threading.Lock()


def default_host() -> EngineHost:
    """The process's EngineHost, created on first call."""
    with _DEFAULT_LOCK:
        if "host" not in _DEFAULT:
            _DEFAULT["host"] = EngineHost()
        return _DEFAULT["host"]
