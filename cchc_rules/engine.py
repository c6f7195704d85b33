"""Run compiled rulesets over facts with durable_rules: compiled rulesets + facts → firings.

The only module that imports durable. It decides nothing; it reports which rule matched which
facts, guarding against these hazards of durable-rules 2.0.28 (measured, and read in its C
source):

- Background threads race with assert/delete (crashes, lost firings): `_SyncHost` starts none,
  and actions durable leaves pending are drained by hand.
- Deleting a session crashes the process if actions are pending, or if no action ever ran in it
  (its action buffers are never initialised): every session is drained, and a marker fact with
  its own rule makes one action run in each, before the session is deleted.
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
- durable swallows exceptions raised in actions: each action captures its own, re-raised as
  EngineError. durable runs two-parameter actions asynchronously: actions are one-parameter
  closures binding the rule id.
- Negation (``$not``) depends on fact order, and ``any`` also reports frames combining its
  alternatives: only ``all`` of named patterns is accepted. A fact with more than 253
  properties (nested keys count) crashes durable or is dropped: rejected.
- Facts are asserted sorted by id and firings returned sorted and de-duplicated, so results do
  not depend on the order of the input.

Silent coercion is the caller's responsibility: ``{"$lt": {"value": 50}}`` matches ``"40"`` and
``true``; ``{"flag": true}`` matches ``1`` and ``"true"``. Validate and type facts (pydantic)
before calling `run`, and encode dates as integers.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import math
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
    value = _FNV_OFFSET
    for byte in _json_text(text).encode():
        char = byte | 0xFFFFFF00 if signed_char and byte >= 0x80 else byte
        value = ((value ^ char) * _FNV_PRIME) & 0xFFFFFFFF
    return value


def _json_text(text: str) -> str:
    """The string as durable's C core reads it: its JSON encoding without the quotes."""
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


def _plain_flat(by_id: dict[str, Fact]) -> bool:
    """Whether flat facts hold only text, whole numbers, booleans, null and finite floats that
    durable reads (no exponent without a point) — what `_check_json` accepts, decided in bulk."""
    values = [value for fact in by_id.values() for value in fact.values()]
    types = set(map(type, values))
    if not types <= _SCALARS | {float}:
        return False
    texts = [value for value in values if type(value) is str]
    try:
        "".join(texts).encode()  # a lone surrogate cannot be written as UTF-8
        "".join(key for fact in by_id.values() for key in fact).encode()
    except UnicodeEncodeError:
        return False
    floats = [value for value in values if type(value) is float] if float in types else []
    return all(map(math.isfinite, floats)) and not any("e" in repr(value) for value in floats)


def _check_json(by_id: dict[str, Fact], *, flat: bool = False) -> None:
    """Reject values that are not plain JSON: one encoder call, then one per fact to find it.

    `flat`: the facts passed `_index_flat`, so a bulk look at their values may settle it.
    """
    if flat and _plain_flat(by_id):
        return
    try:
        text = json.dumps(list(by_id.values()), ensure_ascii=False, allow_nan=False)
        text.encode()
    except (TypeError, ValueError):
        text = None
    # Every such float shows in the JSON text as a digit, 'e', digit: only then look fact by fact.
    if text is None or _EXPONENT.search(text):
        for fact_id, fact in by_id.items():
            if _unreadable_float(fact):
                raise EngineError(f"fact {fact_id!r} holds a float durable cannot read (JSON with an "
                                  "exponent and no decimal point, e.g. 1e-05); round it before the engine")
    if text is None:
        for fact_id, fact in by_id.items():
            try:
                json.dumps(fact, ensure_ascii=False, allow_nan=False).encode()
            except (TypeError, ValueError) as error:
                raise EngineError(f"fact {fact_id!r} is not plain JSON: {error}") from error


_EXPONENT = re.compile(r"[0-9][eE][-+]?[0-9]")


def _index_facts(facts: list[Fact], sid: str) -> tuple[dict[str, Fact], set[str]]:
    """The facts by id and their property names, after checking durable tells them apart."""
    by_id = _index_flat(facts)
    flat = by_id is not None
    if by_id is not None:  # the usual case, checked in bulk
        names: set[str] = set().union(*by_id.values())
    else:
        by_id, names = {}, set()
        for fact in facts:
            fact_id, fact_names = _check_fact(fact)
            if fact_id in by_id:
                raise EngineError(f"two facts have the same id {fact_id!r}")
            by_id[fact_id] = fact
            names.update(fact_names)
    _check_json(by_id, flat=flat)
    _check_ids(list(by_id), own=(f"sid-{sid}", SESSION_FACT))
    return by_id, names


def _index_flat(facts: list[Fact]) -> dict[str, Fact] | None:
    """The facts by id when every one passes `_check_fact` trivially: a dict with a non-empty
    string id, unique, no nested object, at most MAX_FACT_PROPERTIES string keys of which none is
    reserved. None when any does not: then `_check_fact` looks fact by fact and says which."""
    by_id: dict[str, Fact] = {}
    keys: set[Any] = set()
    for fact in facts:
        if type(fact) is not dict or dict in map(type, fact.values()) or len(fact) > MAX_FACT_PROPERTIES:
            return None
        fact_id = fact.get("id")
        if type(fact_id) is not str or not fact_id or fact_id in by_id:
            return None
        by_id[fact_id] = fact
        keys.update(fact)
    if "sid" in keys or any(type(key) is not str or key.startswith("$") for key in keys):
        return None
    return by_id


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
    hashes = [_both_hashes(text) for text in texts]
    return all(len({h[variant] for h in hashes}) == len(hashes) for variant in (0, 1))


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
    """Firings sorted by rule id and canonical JSON of their facts, without duplicates."""
    texts: dict[str, str] = {}

    def text(fact_id: str) -> str:
        if fact_id not in texts:
            texts[fact_id] = _canonical(by_id[fact_id])
        return texts[fact_id]

    unique: dict[tuple[str, str], dict[str, str]] = {}
    for rule_id, ids in matches:
        if rule_id == SINK_RULE or not set(ids.values()) <= by_id.keys():
            raise EngineError(f"rule engine failure: impossible match {rule_id!r} {ids}; report it")
        pairs = (f"{_label(name)}:{text(fact_id)}" for name, fact_id in sorted(ids.items()))
        unique[(rule_id, "{" + ",".join(pairs) + "}")] = ids  # == _canonical({name: fact})
    return [
        Firing(rule_id, {name: _copy(by_id[fact_id], text(fact_id)) for name, fact_id in ids.items()})
        for (rule_id, _), ids in sorted(unique.items(), key=lambda item: item[0])
    ]


def _copy(fact: Fact, text: str) -> dict[str, Any]:
    """The fact as its canonical JSON reads back: for a flat fact of JSON scalars (checked before
    the run), the same values with the keys sorted, without parsing the text again."""
    if all(type(value) in _SCALARS or type(value) is float for value in fact.values()):
        return {key: fact[key] for key in sorted(fact)}
    return json.loads(text)  # type: ignore[no-any-return]


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
        self._marked = False
        self._lock = threading.Lock()

    def run(self, ruleset: dict[str, Any], sid: str, facts: list[Fact]) -> list[Firing]:
        """The firings of `ruleset`'s rules on `facts`, evaluated in a fresh session `sid`.

        Raises:
            EngineError: facts durable cannot hold faithfully, or any failure of durable.

        """
        name, rules, canonical = self._checked_ruleset(ruleset)
        _check_sid(sid)
        by_id, names = _index_facts(facts, sid)
        with self._lock:
            registration = self._register(name, rules, canonical)
            _check_names(names | registration.fields)
            if not by_id:
                return []
            marker = {"id": SESSION_FACT, "$s": 0, "sid": sid}
            messages = [marker] + [{**by_id[fact_id], "sid": sid} for fact_id in sorted(by_id)]
            matches = self._evaluate(registration.name, sid, messages)
        return _firings(matches, by_id)

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
        definition[SESSION_RULE] = {**_session_rule(), "run": self._session_action()}
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
        """durable's action for a rule: records the match; never lets durable see an exception."""

        def action(c: Any) -> None:  # one parameter: durable runs two-parameter actions async
            try:
                self._record(rule_id, c._m)  # noqa: SLF001 - durable's Closure keeps the match here
            except BaseException as error:  # noqa: BLE001 - durable would swallow it silently
                self._errors.append(error)

        return action

    def _session_action(self) -> Callable[[Any], None]:
        """durable's action for the session marker: notes that an action ran in the session."""

        def action(c: Any) -> None:  # noqa: ARG001 - one parameter, as above
            self._marked = True

        return action

    def _record(self, rule_id: str, match: dict[str, Any]) -> None:
        """Keep which facts (by id) matched a rule. Tests replace it to make an action fail."""
        self._matches.append((rule_id, {name: fact["id"] for name, fact in match.items()}))

    def _evaluate(self, name: str, sid: str, messages: list[Fact]) -> list[Match]:
        """Assert the facts in one batch and collect the matches; always end the session."""
        self._matches, self._errors, self._marked = [], [], False
        try:
            with _engine_failure("asserting facts"):
                self._durable().assert_facts(name, messages)
        finally:
            self._end_session(name, sid)
        _raise_first(self._errors)
        return self._matches

    def _end_session(self, name: str, sid: str) -> None:
        """Drain pending actions and delete the session; on any doubt, drop durable's Host."""
        try:
            with _engine_failure("running pending actions"):
                self._drain(name)
            if not self._marked:
                raise EngineError("rule engine failure: the session marker did not fire")
            with _engine_failure(f"deleting session {sid!r}"):
                self._durable().delete_state(name, sid)
        except EngineError:
            # Deleting this session could crash the process: abandon durable's Host instead.
            self._host, self._registrations = None, {}
            raise

    def _drain(self, name: str) -> None:
        """Run the actions durable left pending (it runs only the last session's by itself)."""
        ruleset = self._durable().get_ruleset(name)
        handle, flush = ruleset._handle, ruleset._flush_actions  # noqa: SLF001 - no public drain
        while result := _durable.durable_rules_engine.start_action(handle):
            state, message, offset = result
            flush(json.loads(state), {"message": json.loads(message)}, offset, self._on_complete)

    def _on_complete(self, error: BaseException | None, _state: object) -> None:
        """durable's completion callback: if its own bookkeeping failed, stop draining."""
        if error:  # the action stays pending: draining on would loop, deleting would crash
            raise _failure("completing an action", error) from error


_DEFAULT: dict[str, EngineHost] = {}
_DEFAULT_LOCK = threading.Lock()


def default_host() -> EngineHost:
    """The process's EngineHost, created on first call."""
    with _DEFAULT_LOCK:
        if "host" not in _DEFAULT:
            _DEFAULT["host"] = EngineHost()
        return _DEFAULT["host"]
