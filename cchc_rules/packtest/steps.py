"""The sentences a pack scenario may use, and what each does: set up the facts (a data folder,
or files written inline as Gherkin tables or doc strings), run the quarter check or the annual
score through `cchc_rules.pipeline`, and compare what comes back with what the scenario
expects. Second stage of `cchc-rules test`; every difference is a `Failure` at the step's line.

    Cho số liệu mẫu kèm theo bộ quy tắc            (the bundled Trường Xuân data)
    Cho số liệu trong thư mục "tests/du-lieu/x"    (a folder inside the pack)
    Cho quý "2026-Q4" không có tệp số liệu nào
    Cho tệp "2026-Q4/indicator_values.csv" có:     (a table: first row the header; or a doc string)
    Khi kiểm tra quý "2026-Q4" [vào ngày "15/12/2026"]
    Khi chấm điểm năm 2026
    Thì có đúng các phát hiện: | mã | [cơ quan] |    (exactly these)
    Thì có các phát hiện: | mã | [cơ quan] |        (at least these)
    Thì không có các phát hiện: | mã |
    Thì không có phát hiện nào
    Thì các cơ quan chậm trễ là: | cơ quan |
    Thì điểm các tiêu chí là: | tiêu chí | điểm |
    Thì tổng điểm là 88,43
    Thì xếp loại là "Tốt"
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc_rules.errors import FactsFileError
from cchc_rules.packtest.cases import Step
from cchc_rules.pipeline import NoRubric, Workspace, evaluate, score
from cchc_rules.rulepack.load import bundled_data_dir
from cchc_rules.rulepack.pack import RulePack

_PERIOD_FILE = re.compile(r"^\d{4}(-Q[1-4])?/[A-Za-z0-9_.-]+\.(csv|yaml|yml|json)$")
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
MAX_INLINE_ROWS = 10_000


@dataclass(frozen=True)
class Failure:
    line: int
    code: str  # a packtest.* message code
    params: dict[str, Any]


@dataclass
class CaseRun:
    """One scenario while it runs: its facts folder, its last result, what it asserted."""

    pack: RulePack
    work: Path  # a temporary folder of its own: the facts are assembled here
    quarter: dict[str, Any] | None = None  # evaluate(...).to_json("vi")
    year: dict[str, Any] | None = None  # score(...).to_json("vi")
    failures: list[Failure] = field(default_factory=list)
    asserted_findings: list[dict[str, Any]] = field(default_factory=list)  # actual findings a step expected
    asserted_criteria: list[tuple[int, str]] = field(default_factory=list)  # (year, leaf id)

    def fail(self, step: Step, code: str, **params: Any) -> None:
        self.failures.append(Failure(step.line, code, params))


Action = Callable[[CaseRun, Step, re.Match[str]], None]
STEPS: list[tuple[re.Pattern[str], Action]] = []


def step(pattern: str) -> Callable[[Action], Action]:
    def register(action: Action) -> Action:
        STEPS.append((re.compile(pattern + r"\s*$"), action))
        return action
    return register


def do_step(run: CaseRun, s: Step) -> None:
    text = s.text.strip()
    for pattern, action in STEPS:
        match = pattern.match(text)
        if match:
            action(run, s, match)
            return
    run.fail(s, "packtest.unknown_step", text=text)


# ── the facts ────────────────────────────────────────────────────────────────────────────────

def _copy_into(run: CaseRun, source: Path) -> None:
    shutil.copytree(source, run.work, dirs_exist_ok=True, symlinks=True,  # links stay links: the reader judges them
                    ignore=shutil.ignore_patterns("README.md", ".*"))


@step(r"số liệu mẫu kèm theo bộ quy tắc")
def _bundled(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    _copy_into(run, bundled_data_dir())


@step(r'số liệu trong thư mục "(?P<folder>[^"]+)"')
def _folder(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    pack_dir = run.pack.directory.resolve()
    folder = (pack_dir / m["folder"]).resolve()
    if not folder.is_relative_to(pack_dir) or not folder.is_dir():  # never out of the pack's folder
        run.fail(s, "packtest.folder_outside", folder=m["folder"])
        return
    _copy_into(run, folder)


@step(r'quý "(?P<period>\d{4}-Q[1-4])" không có tệp số liệu nào')
def _empty(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    folder = run.work / m["period"]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)


@step(r'tệp "(?P<name>[^"]+)" có:?')
def _inline(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    name = m["name"]
    if not _PERIOD_FILE.match(name):
        run.fail(s, "packtest.bad_file_name", name=name)
        return
    if s.doc is not None:
        text = s.doc + "\n"
    elif s.table and len(s.table) <= MAX_INLINE_ROWS:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(s.table)
        text = out.getvalue()
    else:
        run.fail(s, "packtest.no_table", name=name, limit=MAX_INLINE_ROWS)
        return
    path = run.work / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# ── running ──────────────────────────────────────────────────────────────────────────────────

@step(r'kiểm tra quý "(?P<period>[^"]+)"(?: vào ngày "(?P<day>[^"]+)")?')
def _evaluate(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    from cchc_rules.rulepack.common import parse_date

    period = m["period"].strip().upper()
    day = parse_date(m["day"]) if m["day"] else None
    if not _QUARTER.match(period) or (m["day"] and day is None):
        run.fail(s, "packtest.bad_period", text=s.text)
        return
    try:
        run.quarter = evaluate(Workspace(run.pack, run.work), period, day).to_json("vi")
    except FactsFileError as exc:
        run.fail(s, "packtest.data_error", problems=tuple(exc.problems))


@step(r"chấm điểm năm (?P<year>\d{4})")
def _score(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    try:
        run.year = score(Workspace(run.pack, run.work), int(m["year"])).to_json("vi")
    except NoRubric:
        run.fail(s, "packtest.no_rubric", year=m["year"])
    except FactsFileError as exc:
        run.fail(s, "packtest.data_error", problems=tuple(exc.problems))
