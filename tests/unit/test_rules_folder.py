"""rulepack/folder.py: nothing in a rules folder is skipped without a word (issue 11, item 14)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from cchc_rules import iter_problems
from cchc_rules.messages import render_problems

BASE = Path(__file__).resolve().parents[1] / "problems" / "_base"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BASE, tmp_path / "pack")
    return Path("pack")


def _lines(pack: Path) -> list[str]:
    return render_problems(iter_problems(pack), "en").splitlines()[::2]


@pytest.mark.parametrize(("name", "expected"), [
    ("scoring/2026.YAML", "scoring/2026.yaml"), ("scoring/2026.yml", "scoring/2026.yaml"),
    ("Tasks.yaml", "tasks.yaml"), ("checks.YML", "checks.yaml"),
])
def test_a_misnamed_file_is_named_with_its_expected_name(pack: Path, name: str, expected: str) -> None:
    (pack / name).parent.mkdir(exist_ok=True)
    (pack / name).write_text("x: 1\n", encoding="utf-8")
    assert _lines(pack) == [f"pack/{name}: (file): warning: {name} is not read because of its name; "
                            f"the name is {expected}"]


def test_a_broken_link_in_place_of_a_pack_file_is_not_called_missing(pack: Path) -> None:
    (pack / "tasks.yaml").unlink()
    os.symlink("nowhere.yaml", pack / "tasks.yaml")
    assert _lines(pack)[0] == ("pack/tasks.yaml: (file): tasks.yaml is not a regular file (a broken link, "
                               "a folder or a pipe) and cannot be read")


def test_a_pipe_in_place_of_the_optional_checks_file_is_reported_not_skipped(pack: Path) -> None:
    os.mkfifo(pack / "checks.yaml")
    assert [p.code for p in iter_problems(pack)] == ["rules_not_a_file"]


def test_a_folder_in_place_of_a_rubric_is_reported(pack: Path) -> None:
    (pack / "scoring" / "2026.yaml").mkdir(parents=True)
    assert [p.code for p in iter_problems(pack)] == ["rules_not_a_file"]
