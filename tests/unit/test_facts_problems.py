"""Bad-facts corpus: each tests/facts_problems/<case>/data holds one mistake (or none), and
<case>/expected.txt the exact text the loader gives: the rendered problems, then — when the
folder loads — the facts and counts. UPDATE_FACTS_GOLDEN=1 rewrites expected.txt; review the diff.

Files are kept NFC in the repository (editors and hooks would "fix" them otherwise); a case whose
folder has a `write-as` file reading `nfd` is read from a copy with its data files decomposed, as in
the bad-rules corpus (`tests/problems`, `write-as: nfd`). Entries git cannot or should not keep
are made in the copy from a case's `make` file, a line each: `name -> target` makes a symlink,
`name fifo` a FIFO (named pipe), both in the case's data folder.
"""

from __future__ import annotations

import json
import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from cchc_rules.errors import FactsFileError
from cchc_rules.facts.load import load_facts
from cchc_rules.facts.models import FactSet
from cchc_rules.messages import render_problems
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack.pack import RulePack

CORPUS = Path(__file__).parents[1] / "facts_problems"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
KINDS = ("task_status", "indicator_values", "report_submissions", "explanations", "pakn")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus as the loader reads it: a copy, with `write-as: nfd` cases decomposed."""
    copy = tmp_path_factory.mktemp("facts_problems") / "facts_problems"
    shutil.copytree(CORPUS, copy)
    for marker in copy.glob("*/write-as"):
        if marker.read_text(encoding="utf-8").strip() == "nfd":
            for path in (marker.parent / "data").iterdir():
                text = path.read_text(encoding="utf-8")
                path.write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    for make in copy.glob("*/make"):
        _make_entries(make.parent / "data", make.read_text(encoding="utf-8"))
    return copy


def _make_entries(data: Path, spec: str) -> None:
    data.mkdir(exist_ok=True)
    for line in filter(None, (line.strip() for line in spec.splitlines())):
        if " -> " in line:
            name, target = line.split(" -> ")
            (data / name).symlink_to(target)
        else:
            name, what = line.split()
            assert what == "fifo", line
            os.mkfifo(data / name)


@pytest.fixture(scope="module")
def pack(corpus: Path) -> RulePack:
    return load_rules(corpus / "_pack")


def _facts_text(facts: FactSet) -> str:
    lines = [render_problems(list(facts.warnings)), "--- facts"] if facts.warnings else ["--- facts"]
    for kind in KINDS:
        for fact in getattr(facts, kind):
            data = json.dumps(fact.model_dump(mode="json", exclude={"source"}), ensure_ascii=False)
            lines.append(f"{kind} {fact.source.file}:{fact.source.row} {data}")
    total = facts.counts.total
    lines.append(f"--- rows: read {total.read}, used {total.used}, rejected {total.rejected}, "
                 f"duplicates {total.duplicates}")
    return "\n".join(lines)


def run_case(case: str, pack: RulePack) -> str:
    try:
        facts = load_facts(Path(case) / "data", pack, "2026-Q2")
    except FactsFileError as exc:
        return render_problems(exc.problems)
    return _facts_text(facts)


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("case", CASES)
def test_facts_problem(case: str, pack: RulePack, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)  # file names print relative to the corpus, as users see them
    actual = run_case(case, pack) + "\n"
    expected_file = CORPUS / case / "expected.txt"
    if os.environ.get("UPDATE_FACTS_GOLDEN"):
        expected_file.write_text(actual, encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8")


def test_corpus_files_keep_their_quirks(corpus: Path) -> None:
    """Editors and git hooks may 'fix' these files; then their cases would test nothing."""
    kept = (CORPUS / "agency_nfd_case_spaces/data/report_submissions.csv").read_text(encoding="utf-8")
    read = (corpus / "agency_nfd_case_spaces/data/report_submissions.csv").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", kept)
    assert not unicodedata.is_normalized("NFC", read) and unicodedata.normalize("NFC", read) == kept
    with pytest.raises(UnicodeDecodeError):
        (CORPUS / "not_utf8/data/task_status.csv").read_bytes().decode("utf-8")
    raw = (CORPUS / "ok_bom_semicolon_comma/data/task_status.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b";" in raw
