"""The limits a YAML file must stay within before `source.py` builds its values.

Part of the first stage of loading (reading YAML). A hostile or broken file must cost
little: a 500-byte alias bomb once expanded to millions of values (35 s, 2.3 GB), a recursive
alias looped forever. Each limit is far above the bundled pack (README, "Giới hạn / Limits");
a file over one is reported as a located Problem, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

# The bundled pack: largest file 58 KB, deepest nesting 12, no anchors or aliases.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 50  # nested mappings and lists, counted through aliases
MAX_ALIAS_NODES = 10_000  # values produced by expanding aliases (*name), in one file


@dataclass(frozen=True)
class LimitBreach:
    """Where a file broke a limit: the problem code, its parameters and the YAML mark."""

    code: str
    params: dict[str, Any]
    mark: Any


@dataclass
class _Frame:
    anchor: str | None
    nodes: int = 1
    height: int = 1


def check_aliases(events: Any) -> LimitBreach | None:
    """Walk the parser's events once: refuse recursive aliases and too large expansions.

    Each anchored value's size (in values, aliases inside it expanded) and height are
    remembered; each alias adds its anchor's size to the running total.
    """
    sizes: dict[str, tuple[int, int]] = {}
    stack: list[_Frame] = [_Frame(None)]
    expanded = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            breach = _alias(event, stack, sizes, expanded)
            if breach is not None:
                return breach
            expanded += sizes.get(event.anchor, (0, 0))[0]
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            stack.append(_Frame(event.anchor))
        elif isinstance(event, yaml.ScalarEvent):
            _add(stack[-1], 1, 1)
            if event.anchor:
                sizes[event.anchor] = (1, 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frame = stack.pop()
            if frame.anchor:
                sizes[frame.anchor] = (frame.nodes, frame.height)
            _add(stack[-1], frame.nodes, frame.height)
    return None


def _alias(event: Any, stack: list[_Frame], sizes: dict[str, tuple[int, int]], expanded: int
           ) -> LimitBreach | None:
    name = event.anchor
    if any(frame.anchor == name for frame in stack):
        return LimitBreach("yaml_alias_recursive", {"name": name}, event.start_mark)
    nodes, height = sizes.get(name, (0, 0))  # an undefined alias was reported by the composer
    if expanded + nodes > MAX_ALIAS_NODES:
        return LimitBreach("yaml_alias_limit", {"name": name, "limit": MAX_ALIAS_NODES},
                           event.start_mark)
    if len(stack) - 1 + height > MAX_DEPTH:
        return LimitBreach("yaml_too_deep", {"limit": MAX_DEPTH}, event.start_mark)
    _add(stack[-1], nodes, height)
    return None


def _add(frame: _Frame, nodes: int, height: int) -> None:
    """Count a child of `height` (1 for a plain value) and its `nodes` values into `frame`."""
    frame.nodes += nodes
    frame.height = max(frame.height, height + 1)
