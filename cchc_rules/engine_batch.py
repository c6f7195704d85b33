"""Facts checked for durable and written as the JSON text it is sent, for the engine adapter.

A run's facts must be dicts with unique, non-empty string ids, plain JSON, without the keys
durable keeps for its session ("sid", "$…"), and with at most MAX_FACT_PROPERTIES properties
(nested keys count). Ids whose 32-bit hashes clash are re-keyed for durable (`engine_ids`).
durable's C reader cannot read a number written with an exponent and no point ("1e+16"): it
would silently drop that fact and every later one, so such numbers are written with a point
("1.0e+16"), which it reads as the same double. Integers beyond 64 bits, which it would read
as another number, are refused. No durable import here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from cchc_rules.engine_ids import fact_keys
from cchc_rules.engine_results import Fact
from cchc_rules.errors import EngineError

# A fact's properties, nested keys included: with the "sid" the adapter adds, 254 worked and
# 255 crashed durable.
MAX_FACT_PROPERTIES = 253
_SIGNED_EXPONENT = re.compile(r"e[-+][0-9]")
# A JSON string (skipped), or a number with an exponent and no point: how Python writes 1e+16.
_NO_POINT = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![0-9.])(-?[0-9]+)(e[-+][0-9]+)')
# 19 digits in a row may be an integer beyond 64 bits: found with a C loop over the bytes
# (a regex trying at every digit cost a tenth of a run).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19
_INT64 = range(-(2**63), 2**63)


@dataclass(frozen=True)
class Batch:
    """Facts checked for durable, and the JSON text it is sent."""

    by_key: dict[str, Fact]  # the key durable knows a fact by (its id, unless re-keyed) -> fact
    names: set[str]  # property names, nested keys dotted
    text: str  # JSON list of the facts sorted by id, each with its key and the session id
    rekeyed: bool = False  # whether durable knows some fact by another key than its id


def batch(facts: list[Fact], sid: str, own: tuple[str, ...]) -> Batch:
    """The facts checked and written as the JSON durable is sent, in one pass: writing that text
    (needed anyway) is the plain-JSON check, and its braces tell whether a fact nests an object.
    Only when something is off do the fact-by-fact checks run, to name the fact. `own` are the
    engine's own ids in this session: a fact with one of them, or with the same hash, is
    re-keyed."""
    top = _index_top(facts)
    by_id, names = top or _index_each(facts)
    keys = fact_keys(list(by_id), own)
    text = _encode(by_id, keys, sid)
    if top and (not text or text.count("{") != len(by_id)) and _nested(by_id):
        names = _index_each(facts)[1]  # a nested object: its names and count, fact by fact
    if not text:
        _check_json(by_id)
        raise EngineError(f"session {sid!r}: the facts cannot be written as JSON for durable")
    if _LONG_RUN in text.encode().translate(_DIGITS_AS_ZERO):
        _check_integers(by_id)  # or a long number inside a string: a false alarm
    if _exponent(text):
        text = _NO_POINT.sub(_with_point, text)
    by_key = {keys.get(fact_id, fact_id): fact for fact_id, fact in by_id.items()} if keys else by_id
    return Batch(by_key, names, text, rekeyed=bool(keys))


def _encode(by_id: dict[str, Fact], keys: dict[str, str], sid: str) -> str:
    """The JSON durable is sent: the facts sorted by id, each with its key and the session id;
    "" when it is not plain JSON (a value of another type, NaN or infinity, a lone surrogate)."""
    try:
        ordered = sorted(by_id)
        sent = [_keyed(by_id[i], keys, sid) for i in ordered] if keys else [{**by_id[i], "sid": sid} for i in ordered]
        text = json.dumps(sent, ensure_ascii=False, allow_nan=False)
        text.encode()  # a lone surrogate cannot be written as UTF-8
    except (TypeError, ValueError):
        return ""
    return text


def _keyed(fact: Fact, keys: dict[str, str], sid: str) -> Fact:
    """The fact as durable gets it: with the session id, and its key for id when re-keyed."""
    if fact["id"] in keys:
        return {**fact, "id": keys[fact["id"]], "sid": sid}
    return {**fact, "sid": sid}


def _exponent(text: str) -> bool:
    """Whether JSON `text` may hold a number written with an exponent. Python writes every float
    with an exponent as digits, 'e', sign, digits (1e-05, 1.5e+16): a search for the rare 'e',
    sign, digit that then looks back for a digit costs a fraction of a regex starting at every
    digit."""
    if not _SIGNED_EXPONENT.search(text):
        return False
    return any(text[match.start() - 1].isdigit() for match in _SIGNED_EXPONENT.finditer(text))


def _with_point(match: re.Match[str]) -> str:
    """A number "1e+16" as "1.0e+16" (the same double to durable's atof); a string as it is."""
    return match[0] if match[1] is None else f"{match[1]}.0{match[2]}"


def _index_top(facts: list[Fact]) -> tuple[dict[str, Fact], set[str]] | None:
    """The facts by id and their top-level keys, when every fact passes the top-level checks of
    `check_fact` trivially: a dict with a non-empty string id, unique, at most
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
    """The facts by id and their property names, checked fact by fact (`check_fact`)."""
    by_id: dict[str, Fact] = {}
    names: set[str] = set()
    for fact in facts:
        fact_id, fact_names = check_fact(fact)
        if fact_id in by_id:
            raise EngineError(f"two facts have the same id {fact_id!r}")
        by_id[fact_id] = fact
        names.update(fact_names)
    return by_id, names


def check_fact(fact: object) -> tuple[str, list[str]]:
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


def _check_json(by_id: dict[str, Fact]) -> None:
    """Name the fact holding a value that is not plain JSON."""
    for fact_id, fact in by_id.items():
        try:
            json.dumps(fact, ensure_ascii=False, allow_nan=False).encode()
        except (TypeError, ValueError) as error:
            raise EngineError(f"fact {fact_id!r} is not plain JSON: {error}") from error


def _check_integers(by_id: dict[str, Fact]) -> None:
    """Name the fact holding an integer durable would read as another (it keeps 64 bits)."""
    for fact_id, fact in by_id.items():
        if _big_integer(fact):
            raise EngineError(f"fact {fact_id!r} holds an integer beyond 64 bits, which durable "
                              "would read as another number")


def _big_integer(value: object) -> bool:
    """Whether a JSON value holds an int (not a bool) outside the 64-bit range, at any depth."""
    if isinstance(value, dict):
        return any(_big_integer(item) for item in value.values())
    if isinstance(value, list):
        return any(_big_integer(item) for item in value)
    return type(value) is int and value not in _INT64
