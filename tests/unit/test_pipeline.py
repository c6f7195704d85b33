"""The library face (`cchc_rules.pipeline`): the same JSON as the CLI, each folder read once and
the pack loaded once per command, the stage tuples are what runs, and wording at the edge."""

from __future__ import annotations

import collections
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import cchc_rules
import cchc_rules.cli as cli
import cchc_rules.pipeline as pipeline
from cchc_rules import Workspace, evaluate, score
from cchc_rules.report.json_out import to_json

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "truong-xuan"
QUARTERS = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # traces show paths relative to the working folder


def _cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli.app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("quarter", QUARTERS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_library_json_is_the_cli_json(quarter: str, lang: str) -> None:
    code, out, err = _cli("evaluate", "--period", quarter, "--format", "json", "--lang", lang)
    assert code == 0, err
    assert to_json(evaluate(Workspace.open(lang=lang), quarter).to_json(lang)) == out  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_library_score_is_the_cli_score(lang: str) -> None:
    code, out, err = _cli("score", "--year", "2026", "--format", "json", "--lang", lang)
    assert code == 0, err
    assert to_json(score(Workspace.open(lang=lang), 2026).to_json(lang)) == out  # type: ignore[arg-type]


def test_the_readme_library_example_runs_as_written() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### As a library\n.*?```python\n(.*?)```", readme, re.S)
    assert block is not None, "README has no library example"
    namespace: dict[str, Any] = {}
    exec(compile(block.group(1), "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert namespace["report"].quarter.number == 3
    assert namespace["year"].total == score(Workspace.open(), 2026).total


# ── each command reads each data folder once and loads the pack once ───────────────────────

@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, collections.Counter[str]]]:
    counts: dict[str, collections.Counter[str]] = {"folders": collections.Counter(), "packs": collections.Counter()}
    real_read, real_load = pipeline.read_facts, cli.load_rules

    def read_facts(directory: Path, *args: Any) -> Any:
        counts["folders"][Path(directory).name] += 1
        return real_read(directory, *args)

    def load_rules(directory: Path | None = None) -> Any:
        counts["packs"][str(directory)] += 1
        return real_load(directory)

    monkeypatch.setattr(pipeline, "read_facts", read_facts)
    monkeypatch.setattr(cli, "load_rules", load_rules)
    yield counts


COMMANDS = {
    "evaluate json": (["evaluate", "--period", "2026-Q3", "--format", "json"], {"2026-Q3", "2026-Q2"}),
    "evaluate html": (["evaluate", "--period", "2026-Q4", "--format", "html", "-o", "{tmp}/q.html"],
                      {"2026-Q4", "2026-Q3"}),
    "score json": (["score", "--year", "2026", "--format", "json"], {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026"}),
    "score html": (["score", "--year", "2026", "--format", "html", "-o", "{tmp}/s.html"],
                   {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026"}),
    "explain finding": (["explain", "2026-Q2/task-overdue/2.0.2026", "--period", "2026-Q2"], {"2026-Q2", "2026-Q1"}),
    "explain criterion": (["explain", "3.4", "--year", "2026"], {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026"}),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_reads_each_folder_once_and_the_pack_once(
        name: str, reads: dict[str, collections.Counter[str]], tmp_path: Path) -> None:
    args, folders = COMMANDS[name]
    code, _, err = _cli(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert code == 0, err
    assert dict(reads["folders"]) == dict.fromkeys(folders, 1)
    assert sum(reads["packs"].values()) == 1


def test_a_batch_unit_reads_each_folder_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cchc_rules.batch import work

    seen: collections.Counter[str] = collections.Counter()
    real = pipeline.read_facts
    monkeypatch.setattr(pipeline, "read_facts", lambda d, *a: (seen.update([Path(d).name]), real(d, *a))[1])
    task = work.UnitTask("31294", str(DATA), {}, str(ROOT / "rules" / "truong-xuan-2026-2030"), 2026, None, None)
    outcome = work.run_unit(task)
    assert outcome.row is not None
    assert dict(seen) == dict.fromkeys(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026"], 1)


# ── the stage tuples are what runs ─────────────────────────────────────────────────────────

def _stages_called(action: Callable[[], Any]) -> list[str]:
    names = {f.__name__ for f in (*pipeline.QUARTER_STAGES, *pipeline.YEAR_STAGES)}
    called: list[str] = []

    def profile(frame: Any, event: str, _arg: Any) -> None:
        code = frame.f_code
        if event == "call" and code.co_filename == pipeline.__file__ and code.co_name in names:
            called.append(code.co_name)

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return called


def test_quarter_stages_run_in_the_order_written() -> None:
    ws = Workspace.open()
    order = [f.__name__ for f in pipeline.QUARTER_STAGES]
    assert _stages_called(lambda: evaluate(ws, "2026-Q1")) == order  # no 2025-Q4 data: no look-back run
    judge = [f.__name__ for f in pipeline.JUDGE_STAGES]
    # Q2 looks back at Q1, already judged in this workspace: nothing is judged twice
    assert _stages_called(lambda: evaluate(ws, "2026-Q2")) == [*judge, "look_back", "rank_lagging"]
    fresh = Workspace.open()
    assert _stages_called(lambda: evaluate(fresh, "2026-Q2")) == [*judge, "look_back", *judge, "rank_lagging"]


def test_year_stages_run_in_the_order_written() -> None:
    assert _stages_called(lambda: score(Workspace.open(), 2026)) == [f.__name__ for f in pipeline.YEAR_STAGES]


def test_the_stage_tuples_fit_on_one_screen() -> None:
    source = Path(pipeline.__file__).read_text(encoding="utf-8")
    for name in ("JUDGE_STAGES", "REPORT_STAGES", "QUARTER_STAGES", "YEAR_STAGES"):
        assert re.search(rf"^{name}\b", source, re.M), name
    assert (*pipeline.JUDGE_STAGES, *pipeline.REPORT_STAGES) == pipeline.QUARTER_STAGES


# ── wording at the edge ────────────────────────────────────────────────────────────────────

_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def test_english_reaches_margins_and_findings() -> None:
    ws = Workspace.open(lang="en")
    margins = [n["margin"] for part in score(ws, 2026).to_json("en")["criteria"] for n in _walk(part["criteria"])
               if n.get("margin")]
    assert margins and not [m for m in margins if _VIETNAMESE.search(m) and "evidence missing" not in m
                            and "not applicable" not in m]  # documents and reasons are the unit's own words
    for finding in evaluate(ws, "2026-Q3").to_json("en")["findings"]:
        assert finding["message"] and not finding["message"].startswith("finding.")
    vi = score(Workspace.open(), 2026).to_json("vi")
    assert any("→ +" in n["margin"] and "điểm" in n["margin"] for p in vi["criteria"] for n in _walk(p["criteria"]) if n.get("margin"))


def test_one_report_renders_in_either_language() -> None:
    report = evaluate(Workspace.open(), "2026-Q3")
    vi, en = report.to_json("vi"), report.to_json("en")
    assert [f["id"] for f in vi["findings"]] == [f["id"] for f in en["findings"]]
    assert [f["message"] for f in vi["findings"]] != [f["message"] for f in en["findings"]]


def test_not_found_messages_follow_the_language() -> None:
    code, _, err = _cli("explain", "9.9", "--year", "2026", "--lang", "en")
    assert code == 2 and "There is no criterion '9.9' in the 2026 rubric." in err
    code, _, err = _cli("explain", "2026-Q2/task-overdue/2.0.2027", "--period", "2026-Q2", "--lang", "en")
    assert code == 2 and "There is no finding '2026-Q2/task-overdue/2.0.2027' in 2026-Q2. Did you mean" in err
    code, _, err = _cli("explain", "2026-Q2/task-overdue/2.0.2027", "--period", "2026-Q2")
    assert code == 2 and "Không có phát hiện '2026-Q2/task-overdue/2.0.2027' trong kỳ 2026-Q2. Có phải ý bạn là" in err
    with pytest.raises(cchc_rules.NotFound):
        cchc_rules.explain(Workspace.open(), "9.9", year=2026)


def _walk(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in nodes:
        yield node
        yield from _walk(node["criteria"])


def test_public_names_are_not_shadowed_by_modules() -> None:
    """`cchc_rules.evaluate` must stay the function even after some module imports a submodule."""
    import importlib.util

    for name in cchc_rules.__all__:
        assert importlib.util.find_spec(f"cchc_rules.{name}") is None, name
        assert getattr(cchc_rules, name) is not None
