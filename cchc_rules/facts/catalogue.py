"""Wording of the problems found in status-fact files (merged into messages.CATALOGUE)."""

from __future__ import annotations

FACTS_CATALOGUE: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {}
