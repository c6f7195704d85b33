"""Loading a data folder: files combined, counts, duplicates, errors raised, warnings kept."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pydantic
import pytest

from cchc_rules.errors import FactsFileError
from cchc_rules.facts import catalogue
from cchc_rules.facts.load import load_facts, read_facts
from cchc_rules.facts.models import FactSource, FileCount, TaskStatus
from cchc_rules.messages import CATALOGUE, render_problems
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack.pack import RulePack

PACK = Path(__file__).parents[1] / "facts_problems" / "_pack"
FACTS_SRC = Path(catalogue.__file__).parent


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return load_rules(PACK)


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_rows_of_one_kind_from_several_files_are_combined(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "2026-Q2", {
        "task_status.csv": "task,status,completed_on\n2,done,20/03/2026\n",
        "task_status.yaml": "- task: 3\n  status: đang thực hiện\n",
        "task_status.json": '[{"task": 4, "status": "not_started"}]',
    })
    facts = load_facts(folder, pack, "2026-Q2")
    # statuses come in task order (task_rows.py), whatever the order of the files
    assert [(f.task, f.source.file.rsplit("/", 1)[-1], f.source.row) for f in facts.task_status] == [
        (2, "task_status.csv", 2), (3, "task_status.yaml", 1), (4, "task_status.json", 1)]
    assert facts.period == "2026-Q2"


def test_counts_per_file_and_total(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {
        "pakn.csv": "ref,agency,received_on\nP1,VP,02/03/2026\n\nP1,VP,02/03/2026\nP2,VP,03/03/2026\n",
    })
    facts = load_facts(folder, pack, "2026-Q2")
    [count] = facts.counts.files
    assert (count.kind, count.read, count.used, count.rejected, count.duplicates) == ("pakn", 3, 2, 0, 1)
    assert facts.counts.total == FileCount("(tổng)", "*", 3, 2, 0, 1)
    assert [p.code for p in facts.warnings] == ["fact_duplicate_same"]


def test_errors_raise_with_every_problem_and_rejected_counts(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {
        "task_status.csv": "task,status,extra\n2,done,\n9,done,x\n3,in_progress,\n",
        "notes.txt": "ghi chú",
    })
    with pytest.raises(FactsFileError) as caught:
        load_facts(folder, pack, "2026-Q2")
    codes = [(p.location.line, p.code, p.severity) for p in caught.value.problems]
    assert codes == [(0, "fact_unknown_file", "warning"), (1, "fact_unknown_column", "warning"),
                     (2, "fact_done_without_date", "error"), (3, "fact_done_without_date", "error"),
                     (3, "fact_unknown_task", "error")]
    facts, _ = read_facts(folder, pack, "2026-Q2")
    assert facts.counts.total == FileCount("(tổng)", "*", 3, 1, 2, 0)


def test_unusable_table_rejects_every_row(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {"task_status.csv": "task\n2\n3\n"})
    facts, problems = read_facts(folder, pack, "2026-Q2")
    assert [p.code for p in problems] == ["fact_missing_column"]
    assert facts.counts.total.rejected == 2
    assert facts.task_status == ()


def test_conflicting_duplicates_across_files_name_the_earlier_row(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {
        "indicator_values.csv": "indicator,value\nso-hoa-ho-so-tthc,97\n",
        "indicator_values.yaml": "- indicator: Tỷ lệ hồ sơ TTHC được số hóa\n  value: 98\n",
    })
    with pytest.raises(FactsFileError) as caught:
        load_facts(folder, pack, "2026-Q2")
    [problem] = caught.value.problems
    assert problem.code == "fact_duplicate_conflict"
    assert problem.location.file.endswith("indicator_values.yaml")
    assert problem.params["first"].endswith("indicator_values.csv:2")
    assert problem.params["fields"] == "value"


def test_same_task_in_two_years_is_not_a_duplicate(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {"task_status.csv": "task,status,year\n4,in_progress,\n4,not_started,2027\n"})
    facts = load_facts(folder, pack, "2026-Q2")
    assert [(f.task, f.year) for f in facts.task_status] == [(4, 2026), (4, 2027)]


def test_empty_folder_warns(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {})
    facts = load_facts(folder, pack, "2026-Q2")
    assert [p.code for p in facts.warnings] == ["fact_no_files"]


def test_empty_file_warns(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {"pakn.csv": "", "pakn.yaml": "# chưa có\n"})
    facts = load_facts(folder, pack, "2026-Q2")
    assert [p.code for p in facts.warnings] == ["fact_empty_file", "fact_empty_file"]


def test_missing_folder_and_bad_period(tmp_path: Path, pack: RulePack) -> None:
    with pytest.raises(FactsFileError) as caught:
        load_facts(tmp_path / "không-có", pack, "2026-Q2")
    assert [p.code for p in caught.value.problems] == ["fact_no_folder"]
    with pytest.raises(FactsFileError) as caught:
        load_facts(tmp_path, pack, "Q2/2026")
    assert [(p.code, p.params) for p in caught.value.problems] == [("fact_bad_period", {"found": "Q2/2026"})]


def test_hidden_lock_files_and_folders_are_skipped(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {".DS_Store": "x", "~$bao-cao.xlsx": "x"})
    (folder / "minh-chung").mkdir()
    facts = load_facts(folder, pack, "2026-Q2")
    assert [p.code for p in facts.warnings] == ["fact_no_files"]


def test_facts_are_frozen_and_strict() -> None:
    fact = TaskStatus(task=1, status="done", year=2026, agency="VP", source=FactSource(file="f", row=2))
    with pytest.raises(pydantic.ValidationError):
        fact.task = 2  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        TaskStatus(task=1, status="xong", year=2026, agency="VP", source=FactSource(file="f", row=2))


# ---- the message catalogue

def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogue_codes_are_prefixed_and_merged() -> None:
    for code, entry in catalogue.FACTS_CATALOGUE.items():
        assert code.startswith("fact_"), code
        assert CATALOGUE[code] is entry  # merged by messages, no clash


def test_catalogue_languages_take_the_same_parameters() -> None:
    for code, ((vi_msg, vi_hint), (en_msg, en_hint)) in catalogue.FACTS_CATALOGUE.items():
        assert _placeholders(vi_msg + vi_hint) == _placeholders(en_msg + en_hint), code
        assert vi_hint and en_hint, code


def test_every_message_formats_with_its_parameters() -> None:
    """A brace meant as text (an example of JSON) would be taken for a parameter."""
    for code, entry in catalogue.FACTS_CATALOGUE.items():
        for text in (part for pair in entry for part in pair):
            text.format(**{name: "x" for name in _placeholders(text)})  # raises on a stray brace


def test_every_code_used_in_the_code_has_a_message() -> None:
    used = {m for path in FACTS_SRC.glob("*.py") if not path.name.startswith("catalogue")
            for m in re.findall(r'"(fact_[a-z_0-9]+)"', path.read_text(encoding="utf-8"))}
    used |= {f"fact_missing_{part}" for part in ("numerator", "denominator")}  # built from the column name
    assert used - {"fact_missing_"} <= set(CATALOGUE)
    assert set(catalogue.FACTS_CATALOGUE) <= used, set(catalogue.FACTS_CATALOGUE) - used


def test_problems_render_in_both_languages(tmp_path: Path, pack: RulePack) -> None:
    folder = _write(tmp_path / "d", {
        "task_status.csv": "task,status,agencyy\n2,hoan thanh,\n",
        "indicator_values.csv": "indicator,value,numerator,denominator\nso-hoa-ho-so-tthc,90,195,200\n",
    })
    _, problems = read_facts(folder, pack, "2026-Q2")
    for lang in ("vi", "en"):
        text = render_problems(problems, lang)  # type: ignore[arg-type]
        assert "{" not in text and "fact_" not in text
    assert "Có phải ý bạn là 'hoàn thành'?" in render_problems(problems, "vi")
    assert "Did you mean 'hoàn thành'?" in render_problems(problems, "en")
