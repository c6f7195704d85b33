"""The durable_rules adapter: compiled rulesets + facts → firings, and the hazards it guards."""

from __future__ import annotations

import copy
import json
import threading
from typing import Any

import durable_rules_engine  # type: ignore[import-not-found]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_rules import engine
from cchc_rules.engine import MAX_FACT_PROPERTIES, EngineHost, Firing, default_host, durable_hash
from cchc_rules.engine_ids import fact_keys
from cchc_rules.engine_results import firings as sorted_firings
from cchc_rules.errors import EngineError

Ruleset = dict[str, Any]

BELOW_97 = {"m": {"$and": [{"kind": "indicator"}, {"$lt": {"value": 97}}]}}
VALUE_BELOW_TARGET: list[dict[str, Any]] = [
    {"t": {"kind": "target"}},
    {
        "v": {
            "$and": [
                {"kind": "value"},
                {"indicator": {"t": "indicator"}},
                {"$lt": {"amount": {"t": "threshold"}}},
            ]
        }
    },
]
THRESHOLD: Ruleset = {"name": "cchc-quarter", "rules": {"below-97": {"all": [BELOW_97]}}}
JOIN: Ruleset = {
    "name": "cchc-quarter",
    "rules": {"value-below-target": {"all": VALUE_BELOW_TARGET}},
}
BOTH: Ruleset = {
    "name": "cchc-quarter",
    "rules": {"below-97": {"all": [BELOW_97]}, "value-below-target": {"all": VALUE_BELOW_TARGET}},
}

INDICATORS: list[dict[str, Any]] = [
    {"id": "i1", "kind": "indicator", "value": 90},
    {"id": "i2", "kind": "indicator", "value": 96.9},
    {"id": "i3", "kind": "indicator", "value": 97},
    {"id": "i4", "kind": "indicator", "value": 100},
    {"id": "o1", "kind": "other", "value": 10},
]
TARGETS: list[dict[str, Any]] = [
    {"id": "t1", "kind": "target", "indicator": "x", "threshold": 10},
    {"id": "t2", "kind": "target", "indicator": "y", "threshold": 0},
]
VALUES: list[dict[str, Any]] = [
    {"id": "v1", "kind": "value", "indicator": "x", "amount": 5},
    {"id": "v2", "kind": "value", "indicator": "x", "amount": 15},
    {"id": "v3", "kind": "value", "indicator": "y", "amount": 1},
    {"id": "v4", "kind": "value", "indicator": "z", "amount": -1},
]

# Found by brute force over short strings: equal FNV-1a-32 hashes, the second pair only when
# C `char` is signed (x86-64), as durable's core hashes. durable rejects the second fact of each.
ASCII_CLASH = ("gwzx", "16cd")
VIETNAMESE_CLASH = ("bôoi", "hôeâ")


def fired(firings: list[Firing]) -> list[tuple[str, dict[str, str]]]:
    """Firings as (rule, pattern -> fact id), easy to compare."""
    return [(f.rule, {name: fact["id"] for name, fact in f.facts.items()}) for f in firings]


def test_threshold_fires_only_below_97(engine_host: EngineHost) -> None:
    firings = engine_host.run(THRESHOLD, "xa-1", INDICATORS)
    assert fired(firings) == [("below-97", {"m": "i1"}), ("below-97", {"m": "i2"})]
    assert firings[0].facts == {"m": INDICATORS[0]}  # as given: no "sid", "$s" or other keys


def test_join_fires_with_both_facts(engine_host: EngineHost) -> None:
    firings = engine_host.run(JOIN, "xa-1", TARGETS + VALUES)
    assert firings == [Firing("value-below-target", {"t": TARGETS[0], "v": VALUES[0]})]


def test_facts_matching_nothing_give_no_firing(engine_host: EngineHost) -> None:
    # Without the catch-all sink this raises; without the session marker, deleting a session
    # in which no action ran crashes the process.
    facts = [{"id": "a"}, {"id": "b", "kind": "report"}, {"id": "c", "kind": "__never__"}]
    assert engine_host.run(BOTH, "xa-1", facts) == []
    assert engine_host.run(BOTH, "xa-1", []) == []


@settings(max_examples=30, deadline=None)
@given(st.permutations(INDICATORS + TARGETS + VALUES))
def test_fact_order_does_not_change_firings(engine_host: EngineHost, facts: list[Any]) -> None:
    expected = [
        ("below-97", {"m": "i1"}),
        ("below-97", {"m": "i2"}),
        ("value-below-target", {"t": "t1", "v": "v1"}),
    ]
    assert fired(engine_host.run(BOTH, "xa-1", facts)) == expected


def test_sessions_do_not_mix_and_state_is_deleted(engine_host: EngineHost) -> None:
    assert engine_host.run(JOIN, "xa-1", TARGETS) == []
    assert engine_host.run(JOIN, "xa-2", VALUES) == []  # t1 belongs to another session
    assert engine_host.run(JOIN, "xa-1", VALUES) == []  # and xa-1's session was deleted
    assert len(engine_host.run(JOIN, "xa-1", TARGETS + VALUES)) == 1


def test_sids_with_equal_hashes_do_not_share_a_session(engine_host: EngineHost) -> None:
    assert durable_hash("xa-589") == durable_hash("xa-1517136")  # shared one session in durable
    assert engine_host.run(JOIN, "xa-589", TARGETS) == []
    assert engine_host.run(JOIN, "xa-1517136", VALUES) == []


def test_same_ruleset_twice_reuses_its_registration(engine_host: EngineHost) -> None:
    ruleset = copy.deepcopy(THRESHOLD)
    first = engine_host.run(ruleset, "xa-1", INDICATORS)
    second = engine_host.run(copy.deepcopy(THRESHOLD), "xa-1", INDICATORS)
    assert first == second
    assert ruleset == THRESHOLD  # not mutated (durable removes "run" from what it is given)


def test_different_rulesets_with_one_name_coexist(engine_host: EngineHost) -> None:
    below_95 = copy.deepcopy(THRESHOLD)
    below_95["rules"]["below-97"]["all"][0]["m"]["$and"][1] = {"$lt": {"value": 95}}
    for _ in range(2):
        assert len(engine_host.run(THRESHOLD, "xa-1", INDICATORS)) == 2
        assert fired(engine_host.run(below_95, "xa-1", INDICATORS)) == [("below-97", {"m": "i1"})]


def test_optional_rule_keys(engine_host: EngineHost) -> None:
    rule = {"all": [{"a": {"kind": "target"}}, {"b": {"kind": "target"}}], "pri": 1, "dist": 0}
    ruleset = {"name": "cchc-pri", "rules": {"pair": rule}}
    firings = fired(engine_host.run(ruleset, "xa-1", TARGETS + VALUES))
    assert ("pair", {"a": "t1", "b": "t1"}) in firings  # dist 0: one fact fills both patterns
    assert len(firings) == 4


def test_rule_matching_any_fact_does_not_match_durables_state_fact() -> None:
    # durable re-asserts its state fact after every action; unguarded, this rule loops forever.
    ruleset = {"name": "cchc-every", "rules": {"every": {"all": [{"m": {"$ex": {"id": 1}}}]}}}
    result: list[list[Firing]] = []
    worker = threading.Thread(
        target=lambda: result.append(EngineHost().run(ruleset, "xa-1", VALUES)), daemon=True
    )
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive()
    assert sorted(fired(result[0]), key=str) == [("every", {"m": fact["id"]}) for fact in VALUES]


def test_durable_hash_matches_durables_constants() -> None:
    assert durable_hash("id") == 926444256  # HASH_ID in durable's src/rules/state.h
    assert durable_hash("sid") == 3593476751  # HASH_SID
    assert durable_hash(ASCII_CLASH[0]) == durable_hash(ASCII_CLASH[1])
    assert durable_hash(VIETNAMESE_CLASH[0]) == durable_hash(VIETNAMESE_CLASH[1])
    assert durable_hash("ô", signed_char=False) != durable_hash("ô")


@pytest.mark.parametrize("pair", [ASCII_CLASH, VIETNAMESE_CLASH])
def test_facts_whose_ids_clash_are_rekeyed(engine_host: EngineHost, pair: tuple[str, str]) -> None:
    # Before: "same 32-bit hash ... change 'hôeâ'". Now durable knows the second by another key;
    # the firings hold the facts as given, as with ids that do not clash.
    facts = [{"id": pair[0], "kind": "indicator", "value": 1}, {"id": pair[1], "kind": "indicator", "value": 2}]
    plain = [{**fact, "id": f"x{n}"} for n, fact in enumerate(facts)]
    firings = engine_host.run(THRESHOLD, "xa-1", facts)
    assert sorted((f.facts["m"] for f in firings), key=str) == sorted(facts, key=str)
    assert [f.facts["m"]["value"] for f in engine_host.run(THRESHOLD, "xa-1", plain)] == [1, 2]
    assert engine_host.run(THRESHOLD, "xa-1", facts[::-1]) == firings


@pytest.mark.parametrize("fact_id", ["sid-xa-1", engine.SESSION_FACT])
def test_facts_with_the_engines_own_ids_are_rekeyed(engine_host: EngineHost, fact_id: str) -> None:
    fact = {"id": fact_id, "kind": "indicator", "value": 1}
    assert engine_host.run(THRESHOLD, "xa-1", [fact]) == [Firing("below-97", {"m": fact})]


def test_rekeyed_ids_are_unique_and_deterministic() -> None:
    own = ("sid-xa-1", engine.SESSION_FACT)
    ids = [ASCII_CLASH[1], ASCII_CLASH[0], f"{ASCII_CLASH[1]}#1", "sid-xa-1"]
    keys = fact_keys(ids, own)
    assert keys == fact_keys(sorted(ids), own) == fact_keys(ids[::-1], own)
    assert set(keys) == {ASCII_CLASH[0], "sid-xa-1"}  # "16cd" sorts first and keeps its id
    final = [keys.get(fact_id, fact_id) for fact_id in ids]
    assert len({durable_hash(key) for key in [*final, *own]}) == len(ids) + len(own)


def test_ids_clashing_by_search_are_rekeyed(engine_host: EngineHost) -> None:
    seen: dict[int, str] = {}
    pair = None
    for number in range(200_000):  # about 0.5 s; a pair turns up at 114,287
        text = format(number * 2654435761 % 2**32, "x")
        other = seen.setdefault(durable_hash(text), text)
        if other != text:
            pair = (other, text)
            break
    assert pair is not None
    facts = [{"id": pair[0], "kind": "indicator", "value": 5}, {"id": pair[1], "kind": "indicator", "value": 6}]
    assert sorted(f.facts["m"]["id"] for f in engine_host.run(THRESHOLD, "xa-1", facts)) == sorted(pair)


@pytest.mark.parametrize(
    "facts",
    [
        [{"id": "a"}, {"id": "a", "kind": "indicator"}],
        [{"kind": "indicator", "value": 1}],
        [{"id": 5}],
        [{"id": ""}],
        ["not a dict"],
    ],
    ids=["duplicate", "missing", "not-a-string", "empty", "not-a-dict"],
)
def test_bad_ids_are_rejected(engine_host: EngineHost, facts: list[Any]) -> None:
    with pytest.raises(EngineError, match="id"):
        engine_host.run(THRESHOLD, "xa-1", facts)


@pytest.mark.parametrize(
    ("fact", "message"),
    [
        ({"id": "a", "sid": "xa-2"}, "reserved"),
        ({"id": "a", "$s": 1}, "reserved"),
        ({"id": "a", "value": float("nan")}, "not plain JSON"),
        ({"id": "a", "when": object()}, "not plain JSON"),
        ({"id": "a", "nested": {1: "x"}}, "not plain JSON"),
        ({"id": "a", ASCII_CLASH[0]: 1, ASCII_CLASH[1]: 2}, "property names"),
        ({"id": "a", **{f"p{n}": n for n in range(MAX_FACT_PROPERTIES)}}, "properties"),
    ],
    ids=["sid", "dollar", "nan", "object", "int-key", "name-clash", "too-many"],
)
def test_facts_durable_cannot_hold_are_rejected(
    engine_host: EngineHost, fact: dict[str, Any], message: str
) -> None:
    with pytest.raises(EngineError, match=message):
        engine_host.run(THRESHOLD, "xa-1", [fact])


def test_most_properties_durable_holds(engine_host: EngineHost) -> None:
    fact: dict[str, Any] = {"id": "a", "kind": "indicator", "value": 1}
    fact.update({f"p{n}": n for n in range(MAX_FACT_PROPERTIES - 5)})
    fact["nested"] = {"q": 1}  # counts twice: "nested" and "nested.q"
    assert len(engine_host.run(THRESHOLD, "xa-1", [fact])) == 1
    fact["nested"]["r"] = 2
    with pytest.raises(EngineError, match="properties"):
        engine_host.run(THRESHOLD, "xa-1", [fact])


def test_rule_field_clashing_with_fact_field_is_rejected(engine_host: EngineHost) -> None:
    # durable would read the fact's "16cd" for the rule's "gwzx"
    ruleset = {"name": "cchc-clash", "rules": {"r": {"all": [{"m": {ASCII_CLASH[0]: 1}}]}}}
    with pytest.raises(EngineError, match="property names"):
        engine_host.run(ruleset, "xa-1", [{"id": "a", ASCII_CLASH[1]: 1}])


@pytest.mark.parametrize("sid", ['xa"1', "xa\\1", "xa\t1", "", 7])
def test_session_ids_durable_cannot_delete_are_rejected(engine_host: EngineHost, sid: Any) -> None:
    with pytest.raises(EngineError, match="session id"):
        engine_host.run(THRESHOLD, sid, INDICATORS)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"all": [BELOW_97], "run": print}, "'run' is added"),
        ({"all": [BELOW_97], "count": 2}, "not supported"),
        ({"any": [BELOW_97]}, "not supported"),
        ({"all": BELOW_97}, "expected a list 'all'"),
        ({"all": [{"m": {"kind": "x"}}, {"n$not": {"kind": "y"}}]}, "'[$]not'"),
        ({"all": [{"m": {"kind": "x"}}, {"n$any": [{"a": {"kind": "y"}}]}]}, "'[$]any'"),
        ({"all": [{"m": {"kind": "x"}, "n": {"kind": "y"}}]}, "one name"),
    ],
    ids=["run", "count", "any", "all-not-a-list", "not", "nested-any", "two-names"],
)
def test_unsupported_rules_are_rejected(
    engine_host: EngineHost, rule: dict[str, Any], message: str
) -> None:
    with pytest.raises(EngineError, match=message):
        engine_host.run({"name": "cchc-bad", "rules": {"r": rule}}, "xa-1", INDICATORS)


@pytest.mark.parametrize("rule_id", [engine.SINK_RULE, engine.SESSION_RULE, ""])
def test_engine_rule_ids_are_reserved(engine_host: EngineHost, rule_id: str) -> None:
    with pytest.raises(EngineError, match="rule id"):
        engine_host.run({"name": "q", "rules": {rule_id: {"all": [BELOW_97]}}}, "s", [])


def test_exception_in_action_surfaces_as_engine_error(monkeypatch: pytest.MonkeyPatch) -> None:
    host = EngineHost()

    def failing_record(rule_id: str, match: dict[str, Any]) -> None:
        raise ValueError("boom in " + rule_id)

    monkeypatch.setattr(host, "_record", failing_record)  # the test hook: see EngineHost._record
    with pytest.raises(EngineError, match="boom in below-97") as raised:
        host.run(THRESHOLD, "xa-1", INDICATORS)
    assert isinstance(raised.value.__cause__, ValueError)
    monkeypatch.undo()
    assert len(host.run(THRESHOLD, "xa-1", INDICATORS)) == 2  # the session was cleaned up


def test_durable_failure_is_an_engine_error(engine_host: EngineHost) -> None:
    bad_regex = {"name": "cchc-regex", "rules": {"r": {"all": [{"m": {"$mt": {"name": "[a"}}}]}}}
    with pytest.raises(EngineError, match=r"engine failure.*not an error in the data"):
        engine_host.run(bad_regex, "xa-1", INDICATORS)
    assert len(engine_host.run(THRESHOLD, "xa-1", INDICATORS)) == 2


def test_actions_left_pending_by_durable_are_drained(monkeypatch: pytest.MonkeyPatch) -> None:
    # durable leaves actions pending when a batch raises; simulate it by never starting any
    # after the assert (what durable's own Host calls, and the adapter too).
    monkeypatch.setattr("durable_rules_engine.start_action_for_state", lambda handle, state: None)
    host = EngineHost()
    assert fired(host.run(JOIN, "xa-1", TARGETS + VALUES)) == [
        ("value-below-target", {"t": "t1", "v": "v1"})
    ]
    assert host.run(JOIN, "xa-1", VALUES) == []  # the drained session could be deleted


def test_duplicate_matches_are_reported_once() -> None:
    by_id = {"a": {"id": "a"}, "b": {"id": "b"}}
    matches = [("r", {"m": "b"}), ("r", {"m": "a"}), ("r", {"m": "b"}), ("q", {"m": "b"})]
    assert fired(sorted_firings(matches, by_id)) == [
        ("q", {"m": "b"}),
        ("r", {"m": "a"}),
        ("r", {"m": "b"}),
    ]


def test_firings_do_not_share_the_callers_facts(engine_host: EngineHost) -> None:
    facts = copy.deepcopy(INDICATORS)
    firings = engine_host.run(THRESHOLD, "xa-1", facts)
    assert facts == INDICATORS
    firings[0].facts["m"]["value"] = -1
    assert facts == INDICATORS


def test_no_background_threads() -> None:
    before = set(threading.enumerate())
    host = EngineHost()
    host.run(BOTH, "xa-1", INDICATORS + TARGETS + VALUES)
    assert set(threading.enumerate()) == before


def test_default_host_is_one_per_process() -> None:
    assert default_host() is default_host()
    assert isinstance(default_host(), EngineHost)


def test_durable_bookkeeping_failure_drops_its_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_update_state(handle: int, state: str) -> None:
        raise RuntimeError("update_state failed")

    host = EngineHost()
    assert len(host.run(THRESHOLD, "xa-1", INDICATORS)) == 2
    first_durable_host = host._durable()  # noqa: SLF001
    monkeypatch.setattr("durable_rules_engine.update_state", failing_update_state)
    with pytest.raises(EngineError, match=r"engine failure.*update_state failed"):
        host.run(THRESHOLD, "xa-1", INDICATORS)
    monkeypatch.undo()
    assert len(host.run(THRESHOLD, "xa-1", INDICATORS)) == 2  # on a fresh durable Host
    assert host._durable() is not first_durable_host  # noqa: SLF001


# --- the mechanisms behind the guarantees, made cheaper (benchmarks/README.md "Engine overhead")


def test_every_session_runs_an_action_before_it_is_deleted(monkeypatch: pytest.MonkeyPatch) -> None:
    # durable crashes deleting a session in which no action ran. The marker fact is asserted
    # only when no rule fired; either way an action must have completed before the delete.
    completed: list[str] = []
    deleted: list[tuple[str, int]] = []  # session id, actions completed in it
    real_complete = durable_rules_engine.complete_and_start_action
    real_delete = durable_rules_engine.delete_state

    def complete(handle: int, state: int) -> Any:
        completed.append("action")
        return real_complete(handle, state)

    def delete(handle: int, sid: str) -> None:
        deleted.append((sid, len(completed)))
        if completed:  # else durable would crash this process: record it, do not delete
            real_delete(handle, sid)
        completed.clear()

    monkeypatch.setattr("durable_rules_engine.complete_and_start_action", complete)
    monkeypatch.setattr("durable_rules_engine.delete_state", delete)
    host = EngineHost()
    assert len(host.run(BOTH, "xa-1", INDICATORS + TARGETS + VALUES)) == 3
    assert host.run(BOTH, "xa-2", [{"id": "a"}, {"id": "b", "kind": "indicator", "value": 99}]) == []
    assert deleted == [("xa-1", 3), ("xa-2", 1)]  # the rules' three actions; the marker's one


def test_durable_is_sent_the_json_its_own_host_would_send(monkeypatch: pytest.MonkeyPatch) -> None:
    # The adapter writes the facts' JSON itself (the same text is its plain-JSON check).
    sent: list[str] = []
    real_assert = durable_rules_engine.assert_facts

    def spy(handle: int, text: str) -> Any:
        sent.append(text)
        return real_assert(handle, text)

    monkeypatch.setattr("durable_rules_engine.assert_facts", spy)
    facts = [*VALUES, {"id": "ô\"\\", "kind": "value", "note": "Trường Xuân {1e-5}"}, *TARGETS]
    assert len(EngineHost().run(JOIN, "xa-1", facts)) == 1
    ordered = sorted(facts, key=lambda fact: fact["id"])
    assert sent == [json.dumps([{**fact, "sid": "xa-1"} for fact in ordered], ensure_ascii=False)]


@pytest.mark.parametrize(
    "fact",
    [
        {"id": "a", "kind": "indicator", "value": 1e-05},
        {"id": "a", "kind": "indicator", "value": 1e16},
        {"id": "a", "kind": "indicator", "value": 5e-324},
        {"id": "a", "kind": "indicator", "value": -1e16, "nested": {"deep": [1.0, 1e-07]}},
    ],
    ids=["1e-05", "1e+16", "5e-324", "nested"],
)
def test_floats_written_with_an_exponent_are_read_exactly(
    engine_host: EngineHost, fact: dict[str, Any]
) -> None:
    # Before: refused ("holds a float durable cannot read"), which stopped a whole batch for a
    # measure of 10000000000000000. durable reads "1e+16" as 1 and drops the rest; "1.0e+16" is
    # read as the same double.
    others = [{"id": "b", "kind": "indicator", "value": 1}, {"id": "c", "kind": "indicator", "value": 98}]
    found = engine_host.run(THRESHOLD, "xa-1", [*others, fact])
    expected = sorted(["a", "b"] if fact["value"] < 97 else ["b"])
    assert sorted(f.facts["m"]["id"] for f in found) == expected
    # Read as the same number: equal to a target's threshold holding it, in a join.
    target = {"id": "t", "kind": "target", "indicator": "x", "threshold": fact["value"]}
    same = {"name": "exact", "rules": {"same": {"all": [{"t": {"kind": "target"}}, {"v": {"$and": [
        {"kind": "indicator"}, {"$gte": {"value": {"t": "threshold"}}},
        {"$lte": {"value": {"t": "threshold"}}}]}}]}}}
    assert [f.facts["v"] for f in engine_host.run(same, "xa-1", [*others, fact, target])] == [fact]


def test_a_float_from_1e16_is_read_as_itself(engine_host: EngineHost) -> None:
    # The neighbouring doubles are 1e16 - 2 and 1e16 + 2: whole numbers the rules can name.
    around = {"name": "around", "rules": {"r": {"all": [{"m": {"$and": [
        {"$gt": {"value": 9999999999999998}}, {"$lt": {"value": 10000000000000002}}]}}]}}}
    facts = [{"id": "a", "value": 1e16}, {"id": "b", "value": 1e16 + 2}, {"id": "c", "value": 1.0}]
    assert [f.facts["m"]["id"] for f in engine_host.run(around, "xa-1", facts)] == ["a"]


def test_integers_beyond_64_bits_are_refused(engine_host: EngineHost) -> None:
    # durable would read 2**63 as another number (it keeps a C long long).
    with pytest.raises(EngineError, match="beyond 64 bits"):
        engine_host.run(THRESHOLD, "xa-1", [{"id": "a", "kind": "indicator", "value": 2**63}])
    digits = {"id": "b", "kind": "indicator", "value": -(2**63), "note": "12345678901234567890"}
    assert len(engine_host.run(THRESHOLD, "xa-1", [digits])) == 1


@pytest.mark.parametrize(
    ("fact", "message"),
    [
        ({"id": "a", "value": float("inf")}, "not plain JSON"),
        ({"id": "a", "name": "\ud800"}, "not plain JSON"),
        ({"id": "a", "nested": {"value": float("nan")}}, "not plain JSON"),
        ({"id": "a", "nested": {"p": {f"q{n}": n for n in range(MAX_FACT_PROPERTIES)}}}, "properties"),
        ({"id": "a", ASCII_CLASH[0]: 1, ASCII_CLASH[1]: 2, "sub": {"q": 1}}, "property names"),
    ],
    ids=["infinity", "lone-surrogate", "nested-nan", "nested-too-many", "nested-name-clash"],
)
def test_more_facts_durable_cannot_hold_are_rejected(
    engine_host: EngineHost, fact: dict[str, Any], message: str
) -> None:
    with pytest.raises(EngineError, match=message):
        engine_host.run(THRESHOLD, "xa-1", [{"id": "b", "kind": "indicator", "value": 1}, fact])


def test_text_that_looks_like_json_syntax_is_only_text(engine_host: EngineHost) -> None:
    # Braces and exponents inside strings only send the check the slow way; readable floats pass.
    facts = [
        {"id": "i1", "kind": "indicator", "value": 1.5e-07, "note": "{1e-05} e-1 5e+3"},
        {"id": "i2", "kind": "indicator", "value": 96.5, "note": "{\"a\": {}}"},
        {"id": "i3", "kind": "indicator", "value": 98, "note": "}{"},
    ]
    assert fired(engine_host.run(THRESHOLD, "xa-1", facts)) == [
        ("below-97", {"m": "i1"}),
        ("below-97", {"m": "i2"}),
    ]


@pytest.mark.parametrize("text", ['a"b', "a\\b", "a\tb", "a\x00b", "\x7f", "ô\u2028", "Trường"])
def test_durable_hash_reads_the_json_escapes(text: str) -> None:
    # What durable's C core hashes: the JSON text of the string, escapes kept, signed chars.
    value = 0x811C9DC5
    for byte in json.dumps(text, ensure_ascii=False)[1:-1].encode():
        value = ((value ^ (byte | 0xFFFFFF00 if byte >= 0x80 else byte)) * 16777619) & 0xFFFFFFFF
    assert durable_hash(text) == value


def test_firings_of_a_rule_are_ordered_by_the_canonical_json_of_their_facts() -> None:
    # Not by fact id: "agency" sorts before "id" in the canonical JSON of a fact.
    by_id = {"a": {"id": "a", "agency": "z"}, "b": {"id": "b", "agency": "y"}}
    matches = [("r", {"m": "a"}), ("j", {"v": "b", "t": "a"}), ("r", {"m": "b"}), ("j", {"v": "a", "t": "b"})]
    firings = sorted_firings(matches, by_id)
    assert fired(firings) == [
        ("j", {"v": "a", "t": "b"}),
        ("j", {"v": "b", "t": "a"}),
        ("r", {"m": "b"}),
        ("r", {"m": "a"}),
    ]
    assert [list(firing.facts["t" if firing.rule == "j" else "m"]) for firing in firings] == [
        ["agency", "id"]
    ] * 4  # each fact a copy with its keys sorted, as its canonical JSON reads back


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["q", "r"]),
            st.dictionaries(st.sampled_from(["m", "n", "t"]), st.sampled_from(["a", "b", "c"]), min_size=1),
        ),
        max_size=12,
    )
)
def test_firings_are_unique_and_sorted_by_canonical_json(matches: list[tuple[str, dict[str, str]]]) -> None:
    # The definition the cheaper keys must keep: one firing per (rule, canonical JSON of its
    # facts), in that order; each fact a copy reading as its canonical JSON (nested ones too).
    by_id: dict[str, dict[str, Any]] = {
        "a": {"id": "a", "agency": "z", "value": 1.5},
        "b": {"id": "b", "agency": "y"},
        "c": {"id": "c", "agency": "y", "nested": {"k": [1, "ô"]}},
    }

    def canonical(value: object) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    expected = sorted(
        {(rule, canonical({name: by_id[i] for name, i in ids.items()})) for rule, ids in matches}
    )
    firings = sorted_firings(matches, by_id)
    assert [(firing.rule, canonical(firing.facts)) for firing in firings] == expected
    for firing in firings:
        for fact in firing.facts.values():
            # keys sorted at every level, as the canonical JSON reads back
            assert json.dumps(fact, ensure_ascii=False, separators=(",", ":")) == canonical(fact)
            assert all(fact is not original for original in by_id.values())


def test_rules_reading_ids_are_not_given_rekeyed_facts(engine_host: EngineHost) -> None:
    by_id = {"name": "by-id", "rules": {"r": {"all": [{"m": {"id": ASCII_CLASH[1]}}]}}}
    facts: list[dict[str, Any]] = [{"id": ASCII_CLASH[0]}, {"id": ASCII_CLASH[1]}]
    with pytest.raises(EngineError, match="reads 'id'"):
        engine_host.run(by_id, "xa-1", facts)
    assert len(engine_host.run(by_id, "xa-1", facts[1:])) == 1
