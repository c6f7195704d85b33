"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc_rules.engine import EngineHost


@pytest.fixture(scope="session")
def engine_host() -> EngineHost:
    """One engine host for the whole test session: durable registers a ruleset once per host."""
    return EngineHost()


@pytest.fixture(scope="session")
def quarters_only_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data without its annual folder (whose rows name the bundled rubric's measures
    and criteria): for tests that score the quarters with another rubric."""
    import shutil

    target = tmp_path_factory.mktemp("data") / "truong-xuan"
    source = Path(__file__).resolve().parents[1] / "data" / "truong-xuan"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("2026"))
    return target
