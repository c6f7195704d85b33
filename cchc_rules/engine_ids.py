"""durable's 32-bit identities: its hash, and keys that never clash, for the engine adapter.

durable finds facts, sessions and properties by a 32-bit FNV-1a hash of their JSON text and
compares only the hash. Two fact ids with one hash would make durable drop the second fact as
"already observed": `fact_keys` gives such a fact another key for durable (the caller's id and
data stay as they are), so no user ever renames anything. Two property names with one hash
would be read one for the other: `check_names` refuses them (property names come from the
code's fact kinds, not from user data). No durable import here.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING

from cchc_rules.errors import EngineError

if TYPE_CHECKING:
    from collections.abc import Iterable

_FNV_OFFSET, _FNV_PRIME = 0x811C9DC5, 16777619
_SIGNED_CHAR = [byte | 0xFFFFFF00 if byte >= 0x80 else byte for byte in range(256)]


def durable_hash(text: str, *, signed_char: bool = True) -> int:
    """durable's 32-bit FNV-1a hash of a string (fact id, session id, property name).

    The C core hashes the string's JSON text (escapes kept, UTF-8) one C ``char`` at a time;
    ``char`` is signed on x86-64 (bytes from 0x80 are sign-extended) and unsigned on ARM.

    Examples:
        >>> durable_hash("id"), durable_hash("sid")  # HASH_ID, HASH_SID in durable's state.h
        (926444256, 3593476751)

    """
    data = json_text(text).encode()
    chars: Iterable[int] = map(_SIGNED_CHAR.__getitem__, data) if signed_char and not data.isascii() else data
    value = _FNV_OFFSET
    for char in chars:
        value = ((value ^ char) * _FNV_PRIME) & 0xFFFFFFFF
    return value


def json_text(text: str) -> str:
    """The string as durable's C core reads it: its JSON encoding without the quotes."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text  # nothing to escape (json escapes only quotes, backslashes and controls)
    return json.dumps(text, ensure_ascii=False)[1:-1]


@functools.lru_cache(maxsize=1 << 16)
def _both_hashes(text: str) -> tuple[int, int]:
    """durable's hash of a string where C ``char`` is signed, and where it is unsigned.

    A pure memo (the hash of a string never changes): a batch checks the same fact ids and
    property names for every unit."""
    signed = durable_hash(text)
    return signed, signed if text.isascii() else durable_hash(text, signed_char=False)


def hash_clash(texts: Iterable[str]) -> tuple[str, str] | None:
    """Two different texts that durable would take for one (same hash on either kind of CPU)."""
    hashes = {text: _both_hashes(text) for text in texts}
    for variant in (0, 1):
        seen: dict[int, str] = {}
        for text in sorted(hashes):
            other = seen.setdefault(hashes[text][variant], text)
            if other != text:
                return other, text
    return None


def _all_distinct(texts: list[str]) -> bool:
    """Whether distinct texts have distinct durable hashes on both kinds of CPU (hashes cached)."""
    signed, unsigned = zip(*map(_both_hashes, texts), strict=True) if texts else ((), ())
    return len(set(signed)) == len(texts) == len(set(unsigned))


def fact_keys(ids: list[str], own: tuple[str, ...]) -> dict[str, str]:
    """The facts durable must know under another key: fact id -> key; empty in the usual case.

    `ids` are distinct; `own` are the engine's own ids in the session. Going through the ids in
    sorted order, an id keeps itself as key unless it is one of `own` or its hash (on either
    kind of CPU) is already taken; then it is keyed ``<id>#<n>``, with the smallest n whose key
    is free. The keys depend only on the ids and `own`, never on the order facts came in.
    """
    if _all_distinct([*ids, *own]) and not set(own) & set(ids):
        return {}
    texts = set(ids) | set(own)
    taken = {hashes for text in own for hashes in _variants(text)}
    rekeyed = {}
    for fact_id in sorted(ids):
        key, n = fact_id, 0
        while key in own or not taken.isdisjoint(_variants(key)) or (n and key in texts):
            n += 1
            key = f"{fact_id}#{n}"
        taken.update(_variants(key))
        if key != fact_id:
            rekeyed[fact_id] = key
    return rekeyed


def _variants(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """A text's hashes tagged by CPU kind, so that one set holds both kinds."""
    signed, unsigned = _both_hashes(text)
    return (0, signed), (1, unsigned)


@functools.lru_cache(maxsize=256)
def _names_clash(names: frozenset[str]) -> tuple[str, str] | None:
    """`hash_clash` of a set of property names. A pure memo: the same sets recur run after run."""
    return hash_clash(names | {"id", "sid", "$s"})


def check_names(names: set[str]) -> None:
    """Reject property names that durable, comparing only their hashes, would confuse."""
    clash = _names_clash(frozenset(names))
    if clash:
        raise EngineError(
            f"property names {clash[0]!r} and {clash[1]!r} have the same 32-bit hash in durable, "
            "which would read one for the other; rename one"
        )


def check_sid(sid: object) -> None:
    """durable hashes a session id as JSON text when asserting but raw when deleting."""
    if not isinstance(sid, str) or not sid or json_text(sid) != sid:
        raise EngineError(
            "session id must be a non-empty string without quotes, backslashes or control "
            f"characters (durable could not delete that session), got {sid!r}"
        )
