"""Shared fixtures."""

from __future__ import annotations

import pytest

from cchc_rules.engine import EngineHost


@pytest.fixture(scope="session")
def engine_host() -> EngineHost:
    """One engine host for the whole test session: durable registers a ruleset once per host."""
    return EngineHost()
