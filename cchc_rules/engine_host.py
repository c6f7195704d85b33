"""Run compiled rulesets over facts with durable_rules: the host, its sessions and their drain.

The only module that imports durable. It decides nothing; it reports which rule matched which
facts (`engine.py` is the adapter's facade; the checks live in `engine_patterns`, `engine_batch`,
`engine_ids`, the results in `engine_results`), guarding against these hazards of durable-rules
2.0.28 (measured, and read in its C source):

- Background threads race with assert/delete (crashes, lost firings): `_SyncHost` starts none,
  and actions durable leaves pending are drained by hand. The adapter runs actions itself with
  the calls durable's `Ruleset._flush_actions` makes into its C core, without its Python costs.
- Deleting a session crashes the process if actions are pending, or if no action ever ran in it
  (its action buffers are never initialised): every session is drained, and when no rule fired
  a marker fact with its own rule makes one action run, before the session is deleted.
- A ruleset name registers once per Host, and `set_rulesets` mutates its argument: a deep copy
  is registered under a name carrying a hash of the rules, and reused.
- Identity is a 32-bit hash: fact ids whose hashes clash are re-keyed for durable
  (`engine_ids.fact_keys`), property names whose hashes clash are refused. Only one session
  exists at a time, so session ids cannot clash.
- Each session holds a state fact ``{"id": "sid-<sid>", "$s": 1}``, re-asserted after every
  action: a rule matching it fires forever. Every pattern excludes facts with ``$s``; facts may
  not use the keys ``sid`` and ``$…``; a fact with one of the engine's own ids is re-keyed.
- A fact no rule matches makes the batch raise and defers its actions: a catch-all "sink" rule
  that can never complete handles every fact.
- durable's C reader drops a fact holding a number written with an exponent and no point
  (1e-05), and every fact after it: such numbers are sent with a point (`engine_batch`).
- A node of durable's rule tree with more than 512 children hangs rule compilation, and a
  pattern holds at most 15 ``$and``/``$or``: long or many ``$or``s are split into several rules,
  and rulesets that would still overflow a node are refused (`engine_patterns`).
- durable swallows exceptions raised in actions: each action captures its own, re-raised as
  EngineError. durable runs two-parameter actions asynchronously: actions are one-parameter
  closures binding the rule id.
- Facts are asserted sorted by id and firings returned sorted (by rule id, then by the canonical
  JSON of their facts) and de-duplicated, so results do not depend on the order of the input.

Silent coercion is the caller's responsibility: ``{"$lt": {"value": 50}}`` matches ``"40"`` and
``true``; ``{"flag": true}`` matches ``1`` and ``"true"``. Validate and type facts (pydantic)
before calling `run`, and encode dates as integers.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from durable import engine as _durable  # type: ignore[import-untyped]

from cchc_rules.engine_batch import batch
from cchc_rules.engine_ids import check_names, check_sid
from cchc_rules.engine_patterns import (
    check_capacity,
    check_ruleset,
    guard,
    rule_fields,
    rule_of,
    session_rule,
    sink_rule,
    split_ors,
)
from cchc_rules.engine_results import (
    SESSION_FACT,
    SESSION_RULE,
    SINK_RULE,
    Fact,
    Firing,
    Match,
    SharedRuleset,
    engine_failure,
    firings,
    raise_first,
)
from cchc_rules.errors import EngineError

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class _Registration:
    name: str  # the name durable knows the ruleset by
    canonical: str  # canonical JSON of the rules
    fields: frozenset[str]  # property names the rules read, and the names of their chunk nodes


class _SyncHost(_durable.Host):  # type: ignore[misc]
    """durable's Host without its background timer threads."""

    def _run(self) -> None:
        """Start nothing: batch evaluation needs no timers, and their threads corrupt state."""


@functools.lru_cache(maxsize=64)
def _full_name(name: str, canonical: str) -> str:
    """The name a ruleset is registered under: its own name and a hash of its rules (a pure
    memo: the same rules always give the same name)."""
    return f"{name}-{hashlib.sha256(canonical.encode()).hexdigest()[:12]}"


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
        check_sid(sid)
        facts_in = batch(facts, sid, own=(f"sid-{sid}", SESSION_FACT))
        with self._lock:
            registration = self._register(name, rules, canonical)
            check_names(facts_in.names | registration.fields)
            if facts_in.rekeyed and "id" in registration.fields:
                raise EngineError(f"ruleset {name!r} reads 'id', which durable cannot be given as "
                                  "it is for facts whose ids have the same 32-bit hash")
            if not facts_in.by_key:
                return []
            matches = self._evaluate(registration.name, sid, facts_in.text)
        return firings(matches, facts_in.by_key)

    def _checked_ruleset(self, ruleset: object) -> tuple[str, dict[str, Any], str]:
        """`check_ruleset`, remembered for a SharedRuleset (by identity, holding it alive)."""
        if not isinstance(ruleset, SharedRuleset):
            return check_ruleset(ruleset)
        known = self._checked.get(id(ruleset))
        if known is not None and known[0] is ruleset:
            return known[1]
        checked = check_ruleset(ruleset)
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
        """Register guarded copies of the rules and the engine's own, each with its action, after
        checking durable can build their tree."""
        chunks: list[str] = []  # names of the nodes long $or lists are split under
        definition = {}
        for rule_id, rule in rules.items():
            guarded = {**rule, "all": [guard(pattern) for pattern in rule["all"]]}
            for name, part in split_ors(rule_id, guarded, chunks).items():
                definition[name] = {**part, "run": self._action_for(rule_id)}
        definition[SINK_RULE] = {**sink_rule(), "run": self._action_for(SINK_RULE)}
        definition[SESSION_RULE] = {**session_rule(), "run": self._action_for(SESSION_RULE)}
        check_capacity(definition)
        registration = _Registration(full_name, canonical, rule_fields(rules) | set(chunks))
        with engine_failure(f"registering ruleset {full_name!r}"):
            self._durable().set_rulesets({full_name: definition})
        return registration

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
            with engine_failure("asserting facts"):
                self._assert(name, text)
        finally:
            self._end_session(name, sid)
        raise_first(self._errors)
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
            with engine_failure("running pending actions"):
                self._drain(name)
                if not self._actions:  # no rule fired: the marker and its rule make one action run
                    marker = {"id": SESSION_FACT, "$s": 0, "sid": sid}
                    self._assert(name, json.dumps([marker], ensure_ascii=False))
                    self._drain(name)
            if not self._actions:  # durable initialises a session's action buffers in its first action
                raise EngineError("rule engine failure: the session marker did not fire")
            with engine_failure(f"deleting session {sid!r}"):
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
            name, match = next(iter(json.loads(message).items()))  # durable's rule and match
            self._act(rule_of(name), match)
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
        except BaseException as error:  # noqa: BLE001 - re-raised by `raise_first`
            self._errors.append(error)


# The process's one host: durable registers a ruleset name once per Host and cannot unregister,
# so one host per process is what durable needs. Safe as process state: runs on it are
# serialised by its lock, each run is a fresh session deleted afterwards, and what it keeps
# between runs are registrations named by a hash of their rules, so a run gives what a fresh
# host would give. Created once, under the lock, and never replaced.
_DEFAULT: dict[str, EngineHost] = {}
_DEFAULT_LOCK = threading.Lock()


def default_host() -> EngineHost:
    """The process's EngineHost, created on first call (see the comment above)."""
    with _DEFAULT_LOCK:
        if "host" not in _DEFAULT:
            _DEFAULT["host"] = EngineHost()
        return _DEFAULT["host"]
