"""The bad-rules corpus: each mistake gives exactly the problems in its `.expected` file.

See `rules_corpus.py` for the layout of a case, and `regenerate.py` to rewrite `.expected`.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules import iter_problems
from cchc_rules.cli import app
from cchc_rules.messages import render_problems
from rules_corpus import (
    BASE,
    EXIT_CODE_BUGS,
    HERE,
    KNOWN_BUGS,
    PACK,
    Case,
    all_cases,
    build_pack,
)

CASES = all_cases()


def _param(case: Case, *, only_exit_code_bugs: bool = False) -> pytest.ParameterSet:
    failing = case.name in EXIT_CODE_BUGS if only_exit_code_bugs else case.xfail is not None
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if failing else []
    return pytest.param(case, id=case.name, marks=marks)


def _check(folder: Path) -> tuple[int, str]:
    """`cchc-rules check --rules pack`, run in this process (fast) from `folder`."""
    assert Path.cwd() == folder
    result = CliRunner().invoke(app, ["check", "--rules", PACK])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def _check_command(folder: Path) -> subprocess.CompletedProcess[str]:
    """The real command line, `python -m cchc_rules check --rules pack`, in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "cchc_rules", "check", "--rules", PACK],
        cwd=folder, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )


@pytest.fixture
def pack_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder; the test builds `pack/` inside it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_problems_match_expected(case: Case, pack_folder: Path) -> None:
    build_pack(case, pack_folder)
    assert render_problems(iter_problems(Path(PACK)), "vi") == case.expected()


@pytest.mark.parametrize("case", [_param(c, only_exit_code_bugs=True) for c in CASES])
def test_check_exit_code(case: Case, pack_folder: Path) -> None:
    build_pack(case, pack_folder)
    exit_code, output = _check(pack_folder)
    assert exit_code == case.exit_code, output
    # Nothing but the pack in the working folder: no file written by a YAML tag, for one.
    assert sorted(p.name for p in pack_folder.iterdir()) == [PACK]


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_check_prints_the_problems_then_a_summary(case: Case, pack_folder: Path) -> None:
    build_pack(case, pack_folder)
    lines = _check(pack_folder)[1].splitlines()
    assert "\n".join(lines[:-1]) == case.expected()
    assert lines[-1].startswith(f"Bộ quy tắc {PACK}")


@pytest.mark.parametrize("name", ["lead_misspelt", "not_nfc", "not_utf8", "python_object_tag"])
def test_the_real_command_line(name: str, pack_folder: Path) -> None:
    case = next(c for c in CASES if c.name == name)
    build_pack(case, pack_folder)
    result = _check_command(pack_folder)
    assert result.returncode == case.exit_code, result.stdout + result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(case.expected() + "\n")
    assert sorted(p.name for p in pack_folder.iterdir()) == [PACK]


def test_python_tag_is_refused_and_never_run(pack_folder: Path) -> None:
    """`!!python/object/apply:os.system` must not run: the case would write HACKED if it did."""
    case = next(c for c in CASES if c.name == "python_object_tag")
    assert "os.system" in case.source.read_text(encoding="utf-8")
    build_pack(case, pack_folder)
    problems = iter_problems(Path(PACK))
    assert [p.code for p in problems] == ["yaml_syntax"]
    assert not (pack_folder / "HACKED").exists()


def test_base_pack_is_valid(pack_folder: Path) -> None:
    assert iter_problems(BASE) == []


def test_corpus_is_large_and_every_case_has_its_expected_file() -> None:
    assert len(CASES) >= 24
    for case in CASES:
        assert case.expected_path.is_file(), f"{case.name}: run tests/problems/regenerate.py"
        assert case.expected().strip(), f"{case.name}: empty .expected"
    assert set(KNOWN_BUGS) <= {c.name for c in CASES}
    assert EXIT_CODE_BUGS <= set(KNOWN_BUGS)
    stray = {p.stem for p in HERE.glob("*.expected")} - {c.name for c in CASES}
    assert not stray, f".expected without a case: {sorted(stray)}"


def test_every_case_states_one_mistake_in_vietnamese() -> None:
    for case in CASES:
        text = case.source.read_text(encoding="utf-8")
        assert text.startswith(f"# replaces: {case.replaces}\n# mistake: "), case.name
        assert any(not char.isascii() for char in case.mistake), f"{case.name}: not Vietnamese?"


def test_corpus_files_are_nfc() -> None:
    files = [*HERE.glob("*.yaml"), *HERE.glob("*.expected"), *HERE.glob("*.py"), *BASE.iterdir()]
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), f"{path.name} is not NFC"


def test_file_level_label_follows_the_language(pack_folder: Path) -> None:
    case = next(c for c in CASES if c.name == "not_utf8")
    build_pack(case, pack_folder)
    english = render_problems(iter_problems(Path(PACK)), "en")
    assert english.startswith("pack/tasks.yaml:2:13: (file): the file is not UTF-8")
    assert "(tệp)" not in english
