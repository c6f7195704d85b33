"""The product as a library: a Workspace (a rule pack, a data folder, a language) and the entry
points `evaluate`, `score`, `trend` and `explain`. The CLI, the batch worker and the web service
parse their arguments, call these, and render what comes back.

The stage order is written once, below, as tuples; each stage takes the workspace and the run so
far and returns the run with its part added. What is read or compiled once and reused (facts per
period, rulesets, rubric rules, quarters already judged) is held by the Workspace, explicitly.

    QUARTER_STAGES  read_quarter → judge → explain_lapses → look_back → rank_lagging
    YEAR_STAGES     read_year → leaf_inputs → score_leaves
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cchc_rules.compile import CompiledRules
from cchc_rules.compile_rubric import Case, rubric_rules
from cchc_rules.engine import EngineHost, Firing, SharedRuleset, default_host
from cchc_rules.errors import FactsFileError, Problem
from cchc_rules.quarter_judge import quarter_findings, quarter_warnings, scheduled_check, with_explanations
from cchc_rules.dossiers.counts import MetricCount
from cchc_rules.facts.load import read_facts
from cchc_rules.index766_data import FOLDER as COUNTS_FOLDER
from cchc_rules.index766_data import read_counts
from cchc_rules.facts.models import FactSet
from cchc_rules.findings import Finding
from cchc_rules.lagging import LaggingAgency, history_quarters, lagging_agencies
from cchc_rules.messages import Lang
from cchc_rules.periods import Quarter, default_as_of
from cchc_rules.results import QuarterReport, YearReport
from cchc_rules.rulepack.effective import in_force
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir, load_rules
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.year_score import score_year
from cchc_rules.score_inputs import LeafInput, YearFacts, build_leaf_inputs
from cchc_rules.suggest import nearest
from cchc_rules.text import Text


@dataclass(eq=False)
class RuleMemo:
    """What is compiled from a rule pack once and reused by every workspace on it (a batch shares
    one across its units): the engine's ruleset object per compiled rules, the rubric rules per year.
    The host recognises a ruleset it has seen by the object, so sharing them saves re-registering."""

    rulesets: dict[CompiledRules, SharedRuleset] = field(default_factory=dict)
    rubrics: dict[int, tuple[CompiledRules, dict[str, Case]]] = field(default_factory=dict)

    def ruleset(self, compiled: CompiledRules) -> SharedRuleset:
        if compiled not in self.rulesets:
            self.rulesets[compiled] = SharedRuleset(compiled.ruleset())
        return self.rulesets[compiled]

    def rubric(self, pack: RulePack, year: int) -> tuple[CompiledRules, dict[str, Case]]:
        if year not in self.rubrics:
            self.rubrics[year] = rubric_rules(pack, year)
        compiled, cases = self.rubrics[year]
        return compiled, dict(cases)


@dataclass(eq=False)
class Workspace:
    """A rule pack, a data folder and a language, with what has been read and judged so far.

    Each data folder is read once per workspace; a new workspace reads again (after the files changed).
    """

    pack: RulePack
    data_dir: Path
    lang: Lang = "vi"
    host: EngineHost = field(default_factory=default_host)
    rules: RuleMemo = field(default_factory=RuleMemo)
    _facts: dict[str, tuple[FactSet, tuple[Problem, ...]]] = field(default_factory=dict, repr=False)
    _judged: dict[tuple[Quarter, dt.date], QuarterRun] = field(default_factory=dict, repr=False)
    _in_force: dict[str, Workspace] = field(default_factory=dict, repr=False)
    _period: str | None = field(default=None, repr=False)  # set on a workspace made by `in_force`

    @classmethod
    def open(cls, rules: Path | None = None, data: Path | None = None, lang: Lang = "vi") -> Workspace:
        """Load the pack in `rules` (default: the bundled plan) over `data` (default: its data);
        raises RulesFileError when the pack has errors."""
        return cls(load_rules(rules or bundled_rules_dir()), data or bundled_data_dir(), lang)

    def facts(self, period: str) -> tuple[FactSet, tuple[Problem, ...]]:
        """The facts of one period's folder and their problems, read once."""
        if period not in self._facts:
            facts, problems = read_facts(self.data_dir / period, self.pack, period)
            self._facts[period] = (facts, tuple(problems))
        return self._facts[period]

    def in_force(self, period: Quarter | int) -> Workspace:
        """The workspace over the rules in force in `period` (rulepack/effective.py): itself when
        no item of the pack is dated; else one per period, remembered, sharing host and memo."""
        key = str(period)
        if key == self._period:
            return self
        pack = in_force(self.pack, period)
        if pack is self.pack:
            return self
        if key not in self._in_force:
            self._in_force[key] = Workspace(pack, self.data_dir, self.lang, self.host, RuleMemo(), _period=key)
        return self._in_force[key]

    def has_data(self, period: Quarter | int | str) -> bool:
        return (self.data_dir / str(period)).is_dir()

    def run(self, compiled: CompiledRules, sid: str, facts: Sequence[dict[str, Any]]) -> list[Firing]:
        """Run compiled rules over engine facts in one session (the stages' `Run`)."""
        return self.host.run(self.rules.ruleset(compiled), sid, list(facts))


# ── the quarter check ────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class QuarterRun:
    quarter: Quarter
    as_of: dt.date
    facts: FactSet | None = None
    findings: tuple[Finding, ...] = ()
    warnings: tuple[Problem, ...] = ()
    history: tuple[tuple[Quarter, tuple[Finding, ...]], ...] = ()  # most recent first
    lagging: tuple[LaggingAgency, ...] = ()


def read_quarter(ws: Workspace, run: QuarterRun) -> QuarterRun:
    facts, problems = ws.facts(str(run.quarter))
    if any(p.severity == "error" for p in problems):
        raise FactsFileError(list(problems), counts=facts.counts)  # the caller can say how many rows were read
    return replace(run, facts=facts)


def judge(ws: Workspace, run: QuarterRun) -> QuarterRun:
    assert run.facts is not None
    return replace(run, findings=tuple(quarter_findings(ws.pack, run.facts, run.quarter, run.as_of, ws.run)))


def explain_lapses(ws: Workspace, run: QuarterRun) -> QuarterRun:
    """The state of each lapse's explanation. Its deadline runs from the check that first found the
    lapse: judged after the quarter's scheduled check, the lapses that check finds keep its day."""
    assert run.facts is not None
    scheduled = scheduled_check(ws.pack, run.quarter)
    found_at_check = {f.id for f in judged(ws, run.quarter, scheduled).findings} if run.as_of > scheduled else None
    findings = tuple(with_explanations(ws.pack, run.facts, run.quarter, run.as_of, run.findings, ws.run,
                                       found_at_check))
    return replace(run, findings=findings, warnings=quarter_warnings(run.facts, findings, run.as_of))


def look_back(ws: Workspace, run: QuarterRun) -> QuarterRun:
    earlier = history_quarters(ws.pack, run.quarter, ws.has_data)
    return replace(run, history=tuple((q, judged(ws, q).findings) for q in earlier))


def rank_lagging(ws: Workspace, run: QuarterRun) -> QuarterRun:
    lagging = lagging_agencies(ws.pack, run.findings, [found for _, found in run.history])
    return replace(run, lagging=lagging)


JUDGE_STAGES: tuple[Callable[[Workspace, QuarterRun], QuarterRun], ...] = (read_quarter, judge, explain_lapses)
REPORT_STAGES: tuple[Callable[[Workspace, QuarterRun], QuarterRun], ...] = (look_back, rank_lagging)
QUARTER_STAGES = (*JUDGE_STAGES, *REPORT_STAGES)


def judged(ws: Workspace, quarter: Quarter, as_of: dt.date | None = None) -> QuarterRun:
    """A quarter through the judging stages, remembered in the workspace per (quarter, as-of day),
    under the rules in force in that quarter."""
    ws = ws.in_force(quarter)
    day = as_of or default_as_of(ws.pack.reporting.calendar, quarter, ws.pack.reporting.duties)
    key = (quarter, day)
    if key not in ws._judged:
        run = QuarterRun(quarter, day)
        for stage in JUDGE_STAGES:
            run = stage(ws, run)
        ws._judged[key] = run
    return ws._judged[key]


def evaluate(ws: Workspace, period: Quarter | str, as_of: dt.date | None = None) -> QuarterReport:
    """The quarter check of `period` ("2026-Q2"), judged as of `as_of` (default: the report due
    date). Raises FactsFileError when the quarter's facts have errors (with `.problems`)."""
    quarter = Quarter.parse(period) if isinstance(period, str) else period
    run = judged(ws, quarter, as_of)
    ws = ws.in_force(quarter)
    for stage in REPORT_STAGES:
        run = stage(ws, run)
    return _quarter_report(ws.pack, run)


def _quarter_report(pack: RulePack, run: QuarterRun) -> QuarterReport:
    unit = pack.plan.plan.unit
    assert run.facts is not None
    return QuarterReport(
        unit={"code": unit.code, "name": unit.name, "province": unit.province}, plan=pack.plan.plan.id,
        quarter=run.quarter, as_of=run.as_of, previous_period=str(run.history[0][0]) if run.history else None,
        findings=run.findings, lagging_agencies=run.lagging, counts=run.facts.counts, warnings=run.warnings,
    )


def trend(ws: Workspace, year: int) -> tuple[list[QuarterReport], list[tuple[Quarter, list[Problem]]]]:
    """The quarter checks of `year` whose folders exist, oldest first, each ranked without looking
    back (as the score's trend chart shows them), and the quarters left out because their facts
    have errors."""
    reports, skipped = [], []
    for quarter in (Quarter(year, n) for n in range(1, 5)):
        if not ws.has_data(quarter):
            continue
        try:
            reports.append(_quarter_report(ws.in_force(quarter).pack,
                                           rank_lagging(ws.in_force(quarter), judged(ws, quarter))))
        except FactsFileError as exc:
            skipped.append((quarter, exc.problems))
    return reports, skipped


# ── the annual score ─────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class YearRun:
    year: int
    facts: YearFacts | None = None
    inputs: tuple[LeafInput, ...] = ()
    report: YearReport | None = None


def read_year(ws: Workspace, run: YearRun) -> YearRun:
    """Every quarter folder of the year that exists, and the annual folder; raise on errors."""
    quarters: dict[str, FactSet] = {}
    problems: list[Problem] = []
    for period in [f"{run.year}-Q{n}" for n in (1, 2, 3, 4)]:
        if ws.has_data(period):
            quarters[period], found = ws.facts(period)
            problems += found
    annual = None
    if ws.has_data(run.year):
        annual, found = ws.facts(str(run.year))
        problems += found
    counts: list[MetricCount] = []
    if (ws.data_dir / COUNTS_FOLDER).is_dir() and ws.pack.rubrics[run.year].rates_from_766:
        # the year's 766 counts replace typed rates (the rubric's rates_from_766)
        counts, found = read_counts(ws.data_dir / COUNTS_FOLDER, [str(run.year)])
        problems += found
    if any(p.severity == "error" for p in problems):
        raise FactsFileError(problems)
    return replace(run, facts=YearFacts(quarters, annual, tuple(problems), tuple(counts)))


def leaf_inputs(ws: Workspace, run: YearRun) -> YearRun:
    assert run.facts is not None
    rubric = ws.pack.rubrics[run.year]
    return replace(run, inputs=tuple(build_leaf_inputs(ws.pack, rubric, run.facts, run.year)))


def score_leaves(ws: Workspace, run: YearRun) -> YearRun:
    assert run.facts is not None
    report = score_year(ws.pack, run.facts, run.year, list(run.inputs), ws.rules.rubric(ws.pack, run.year), ws.run)
    return replace(run, report=report)


YEAR_STAGES: tuple[Callable[[Workspace, YearRun], YearRun], ...] = (read_year, leaf_inputs, score_leaves)


class NoRubric(LookupError):
    """The pack has no scoring/<year>.yaml; `.year`, `.have` (the years it has)."""

    def __init__(self, year: int, have: list[int]) -> None:
        self.year, self.have = year, have
        super().__init__(year)


def require_rubric(pack: RulePack, year: int) -> None:
    """Raise NoRubric unless the pack scores `year` (the one place this is decided)."""
    if year not in pack.rubrics:
        raise NoRubric(year, sorted(pack.rubrics))


def score(ws: Workspace, year: int) -> YearReport:
    """The self-assessment of `year`. Raises NoRubric when the pack has no rubric for it, and
    FactsFileError when the year's facts have errors."""
    require_rubric(ws.pack, year)
    ws = ws.in_force(year)
    run = YearRun(year)
    for stage in YEAR_STAGES:
        run = stage(ws, run)
    assert run.report is not None
    return run.report


# ── explain ──────────────────────────────────────────────────────────────────────────────────

class NotFound(LookupError):
    """No finding or criterion by that id; `.text` says so, with a did-you-mean when one is near."""

    def __init__(self, text: Text) -> None:
        self.text = text
        super().__init__(text.code)


def explain(ws: Workspace, item_id: str, *, period: Quarter | str | None = None, year: int | None = None,
            as_of: dt.date | None = None) -> str:
    """Why a finding of `period` was raised, or how a criterion of `year` got its points, in `ws.lang`.
    Raises NotFound (and what `evaluate` or `score` raise)."""
    if year is not None:
        return explain_in_year(score(ws, year), item_id, ws.lang)
    if period is None:
        raise ValueError("explain needs a period or a year")
    return explain_in_quarter(ws.pack, evaluate(ws, period, as_of), item_id, ws.lang)


def explain_in_year(report: YearReport, item_id: str, lang: Lang) -> str:
    from cchc_rules.explain_text import explain_criterion  # only `explain` needs the wording of traces

    text = explain_criterion(report.to_json(lang), item_id, lang)
    if text is None:
        raise NotFound(Text("explain.no_criterion", {"item": item_id, "year": report.year, "fix": ""}))
    return text


def explain_in_quarter(pack: RulePack, report: QuarterReport, item_id: str, lang: Lang) -> str:
    from cchc_rules.explain_text import explain_finding

    doc = report.to_json(lang)
    found = next((f for f in doc["findings"] if f["id"] == item_id), None)
    if found is None:
        guess = nearest(item_id, [f["id"] for f in doc["findings"]])
        fix = [{"word": "did_you_mean", "s": guess}] if guess else []
        raise NotFound(Text("explain.no_finding", {"item": item_id, "period": doc["period"], "fix": fix}))
    return explain_finding(pack, found, doc, lang)
