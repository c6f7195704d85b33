"""Shared fixtures, and the `--update-golden` switch (rewrites the expected files of the golden
cases and of the compiled-ruleset goldens, then lists what changed at the end of the run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc_rules.engine import EngineHost
from golden.expected import Golden

GOLDEN = pytest.StashKey[Golden]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the expected files of tests/golden/ from today's output and "
                          "list what changed (then read git diff)")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[GOLDEN] = Golden(update=bool(config.getoption("--update-golden")))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    for line in config.stash[GOLDEN].summary():
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def golden(pytestconfig: pytest.Config) -> Golden:
    """Compares outputs with expected files, or rewrites them under --update-golden."""
    return pytestconfig.stash[GOLDEN]


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


@pytest.fixture(scope="session")
def pack_with_rubric() -> object:
    """make(target, rubric): a copy of the bundled pack at `target` whose scoring/ holds only `rubric`
    (as scoring/2026.yaml) and without the pack's own scenarios (they score the bundled rubric)."""
    import shutil

    from cchc_rules import bundled_rules_dir

    def make(target: Path, rubric: Path) -> Path:
        shutil.copytree(bundled_rules_dir(), target)
        shutil.rmtree(target / "scoring")
        shutil.rmtree(target / "tests", ignore_errors=True)
        (target / "scoring").mkdir()
        shutil.copy(rubric, target / "scoring" / "2026.yaml")
        return target

    return make
