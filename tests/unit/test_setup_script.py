"""Set-up on Python 3.13 (issue 11): the package admits it, and scripts/setup.sh picks it.

Before: requires-python was ">=3.11,<3.13" and setup.sh stopped on 3.13 ("cchc-rules cần Python
3.11 hoặc 3.12"), although durable-rules builds and runs there with one preprocessor flag.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "scripts" / "setup.sh"


def _requires() -> SpecifierSet:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return SpecifierSet(project["requires-python"])


@pytest.mark.parametrize("version", ["3.11.0", "3.12.1", "3.13.0", "3.14.0"])
def test_requires_python_admits_every_version_setup_supports(version: str) -> None:
    assert version in _requires()


def test_the_running_interpreter_is_admitted_and_runs_durable() -> None:
    import durable.lang  # noqa: F401 - the import setup.sh checks; fails on an unpatched 3.13

    assert f"{sys.version_info.major}.{sys.version_info.minor}.0" in _requires()


def _fits(python: str) -> subprocess.CompletedProcess[str]:
    """setup.sh's own `fits` function, run on `python`."""
    script = f'source <(sed -n "/^fits()/,/^}}/p" {SETUP}); fits "$1"'
    return subprocess.run(["bash", "-c", script, "fits", python], capture_output=True, text=True,
                          check=False)


def test_setup_accepts_this_interpreter_and_refuses_an_old_one(tmp_path: Path) -> None:
    done = _fits(sys.executable)
    assert done.returncode == 0, done
    assert done.stdout.strip() == f"{sys.version_info.major}.{sys.version_info.minor}"
    old = tmp_path / "python3.10"
    old.write_text("#!/bin/sh\nprintf '3.10\\n'; exit 1\n", encoding="utf-8")  # as fits' probe fails
    old.chmod(0o755)
    assert _fits(str(old)).returncode != 0


def test_setup_builds_durable_from_source_with_the_flag_on_313() -> None:
    text = SETUP.read_text(encoding="utf-8")
    assert "-DPyEval_CallObject(f,a)=PyObject_CallObject(f,a)" in text
    assert "--no-binary durable-rules" in text and "--no-cache-dir" in text
    assert "import durable.lang" in text
