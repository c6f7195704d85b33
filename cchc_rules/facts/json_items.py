"""Reading a JSON list item by item, so each item is known by the line it starts on.

Used by `read_yaml.read_json_facts`: the standard parser gives no positions, so the outer list
is walked here and each item decoded in place (`raw_decode`); errors keep the standard
parser's line and column. Anything other than a list is decoded whole and returned as is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

JsonError = json.JSONDecodeError
_SPACE = re.compile(r"[ \t\n\r]*")


def json_items(text: str, hook: Callable[[list[tuple[str, Any]]], Any]) -> Any:
    r"""[(line, item), …] for a list; the decoded value for anything else.

    `hook` builds the objects; its `line` and `start` attributes are set to each item's line
    and offset before the item is decoded.

    Examples:
        >>> class Hook(dict):
        ...     line = 0
        ...     def __call__(self, pairs): return dict(pairs)
        >>> json_items('[\n  {"a": 1},\n\n  {"a": 2}\n]', Hook())
        [(2, {'a': 1}), (4, {'a': 2})]

    Raises:
        json.JSONDecodeError: at the line and column of the first mistake.
    """
    decoder = json.JSONDecoder(object_pairs_hook=hook)
    at = _skip(text, 0)
    if at == len(text):
        return []
    if text[at] != "[":
        return decoder.decode(text)
    return _list(text, _skip(text, at + 1), decoder, hook)


def _list(text: str, at: int, decoder: json.JSONDecoder, hook: Any) -> list[tuple[int, Any]]:
    items: list[tuple[int, Any]] = []
    line, counted = 1, 0
    if text.startswith("]", at):
        return _end(text, at, items)
    while True:
        line, counted = line + text.count("\n", counted, at), at
        hook.line, hook.start = line, at
        value, at = decoder.raw_decode(text, at) if at < len(text) else _expecting(text, at, "value")
        items.append((line, value))
        at = _skip(text, at)
        if text.startswith("]", at):
            return _end(text, at, items)
        if not text.startswith(",", at):
            _expecting(text, at, "',' delimiter")
        at = _skip(text, at + 1)


def _end(text: str, at: int, items: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    rest = _skip(text, at + 1)
    if rest != len(text):
        raise JsonError("Extra data", text, rest)
    return items


def _expecting(text: str, at: int, what: str) -> Any:
    raise JsonError(f"Expecting {what}", text, at)


def _skip(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]  # always matches
