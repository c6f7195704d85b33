"""Every golden case folder (`tests/golden/<case>/case.yaml`, format in README.md), run through the
public command line in-process: lay out the working folder, run each command, compare each output
with its expected file byte for byte (xlsx as its normalized dump). `pytest --update-golden`
rewrites the expected files instead and lists what changed at the end of the run."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from cchc_rules.cli import app

from .case import CASES, Case, CaseError, Run, build_workspace, case_folders, load_case, parse_case
from .expected import Golden
from .xlsx_dump import workbook_text

NOT_CASES = {
    "__pycache__": "Python's cache",
    # compile_quarter(pack, year).ruleset() has no command: its test stays in test_quarter_stages.py
    "compiled": "the compiled durable rulesets, written by an internal function",
}


# The commands see none of the caller's settings: a developer's CCHC_LANG=en would change every case.
HERMETIC: dict[str, str | None] = {"CCHC_LANG": None, "CCHC_DEBUG": None}


def _output(path: Path) -> bytes:
    """What an output file is compared as: its bytes, or for a workbook its dump text."""
    return workbook_text(path) if path.suffix.lower() == ".xlsx" else path.read_bytes()


def _failed(case: Case, run: Run, result: Result) -> str:
    crashed = result.exception is not None and result.exit_code not in {0, 2}
    crash = f"\nexception: {result.exception!r}" if crashed else ""
    return (f"{case.name}: cchc-rules {' '.join(run.args)} exited {result.exit_code}, "
            f"expected {run.exit}{crash}\nstderr:\n{result.stderr[-3000:]}")


def _check(golden: Golden, actual: bytes, expected: Path, problems: list[str]) -> None:
    try:
        golden.check(actual, expected)
    except AssertionError as exc:
        problems.append(str(exc))


def run_case(case: Case, golden: Golden, work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every command of `case` in `work`; fail at the end, naming every output that differs."""
    work.mkdir(parents=True)
    build_workspace(case, work)
    monkeypatch.chdir(work)  # the outputs show paths relative to the working folder
    problems: list[str] = []
    for run in case.runs:
        result = CliRunner().invoke(app, list(run.args), env=HERMETIC)
        assert result.exit_code == run.exit, _failed(case, run, result)
        if run.stdout is not None:
            _check(golden, result.stdout_bytes, case.folder / run.stdout, problems)
        for written, expected in run.files:
            assert (work / written).is_file(), f"{case.name}: {' '.join(run.args)}: no {written}"
            _check(golden, _output(work / written), case.folder / expected, problems)
    if problems:
        pytest.fail(f"{case.name} ({case.about.strip()}):\n\n" + "\n\n".join(problems), pytrace=False)


@pytest.mark.parametrize("folder", case_folders(), ids=lambda folder: folder.name)
def test_case(folder: Path, golden: Golden, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> None:
    run_case(load_case(folder), golden, tmp_path / "work", monkeypatch)


# ---- the corpus itself: no folder forgotten, no expected file left uncompared


def test_every_folder_is_a_case() -> None:
    folders = {p.name for p in CASES.iterdir() if p.is_dir()} - set(NOT_CASES)
    cases = {p.name for p in case_folders()}
    assert folders == cases, "a folder without case.yaml would be skipped"
    assert len(folders) >= 9


@pytest.mark.parametrize("folder", case_folders(), ids=lambda folder: folder.name)
def test_every_expected_file_is_compared(folder: Path) -> None:
    case = load_case(folder)
    files = (p for p in (folder / "expected").rglob("*") if p.is_file())
    on_disk = {p.relative_to(folder).as_posix() for p in files}
    assert on_disk <= set(case.expected()), f"{folder.name}: expected files no run compares"


# ---- the runner fails on a changed byte, and --update-golden puts it back


@pytest.fixture()
def tampered(tmp_path: Path) -> tuple[Case, bytes]:
    """The catalogue case, its expected files copied to `tmp_path`, one byte of the Markdown changed."""
    case = load_case(CASES / "catalogue")
    shutil.copytree(case.folder / "expected", tmp_path / "case" / "expected")
    md = tmp_path / "case" / "expected" / "catalogue.md"
    good = md.read_bytes()
    cut = good.index(b"\n", len(good) // 2) - 1
    md.write_bytes(good[:cut] + (b"X" if good[cut:cut + 1] != b"X" else b"Y") + good[cut + 1:])
    return dataclasses.replace(case, folder=tmp_path / "case"), good


def test_a_changed_byte_fails(tampered: tuple[Case, bytes], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    case, _ = tampered
    with pytest.raises(pytest.fail.Exception, match=r"catalogue\.md from line \d+") as failure:
        run_case(case, Golden(update=False), tmp_path / "work", monkeypatch)
    assert "--update-golden" in str(failure.value)


def test_update_golden_rewrites_and_reports(tampered: tuple[Case, bytes], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    case, good = tampered
    golden = Golden(update=True)
    run_case(case, golden, tmp_path / "work", monkeypatch)
    assert (case.folder / "expected" / "catalogue.md").read_bytes() == good
    assert [c.line() for c in golden.changes] == [f"{case.folder}/expected/catalogue.md: +1 -1 lines"]
    assert golden.unchanged == 1
    assert golden.summary()[0] == "--update-golden: 1 expected file(s) rewritten, 1 unchanged"


def test_the_callers_settings_do_not_reach_the_commands(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_LANG", "en")  # would render the catalogue in English
    run_case(load_case(CASES / "catalogue"), Golden(update=False), tmp_path / "work", monkeypatch)


# ---- case.yaml mistakes are reported, never skipped silently


BAD_CASES = {
    "about: x\n": "missing key(s) runs",
    "about: x\nruns: []\n": "runs: expected a non-empty list",
    "about: x\nrun: []\n": "unknown key(s) run",
    "about: x\nruns: [{args: [check], stdot: a.txt}]\n": "unknown key(s) stdot",
    "about: x\nruns: [{args: [check], exit: yes}]\n": "exit: expected a whole number",
    "about: x\nruns: [{args: [check], stdout: ../a.txt}]\n": "must be a relative path inside expected/",
    "about: x\nruns: [{args: [check], stdout: a.txt}]\n": "must be a relative path inside expected/",
    "about: x\nruns: [{args: [check, [x]]}]\n": "args: expected a list of words",
    "about: x\nworkspace: {../up: ../../../rules}\nruns: [{args: [check]}]\n": "without '..'",
    "about: x\nworkspace: {r: /etc}\nruns: [{args: [check]}]\n": "must be a relative path inside",
    "about: x\nworkspace: {r: ../../../khong-co}\nruns: [{args: [check]}]\n": "does not exist",
    "about: x\nworkspace: {r: {copy: ../../../data/truong-xuan, without: [khong-co.csv]}}\n"
    "runs: [{args: [check]}]\n": "khong-co.csv not in",
    "about: x\nworkspace: {r: {empty: dir}}\nruns: [{args: [check]}]\n": "expected 'folder' or 'file'",
    "about: x\nworkspace: {r: {copy: a, empty: file}}\nruns: [{args: [check]}]\n": "give either",
    "about: [x\n": "not YAML",
}


@pytest.mark.parametrize("text", sorted(BAD_CASES))
def test_case_format_mistakes_are_errors(text: str) -> None:
    with pytest.raises(CaseError, match=r"^catalogue/case\.yaml: ") as error:
        parse_case(CASES / "catalogue", text)  # as if it were that folder's case.yaml
    assert BAD_CASES[text] in str(error.value)
