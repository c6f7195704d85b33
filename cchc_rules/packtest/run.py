"""Running a pack's scenarios: each case in a temporary facts folder of its own, its steps in
order (steps.py, expect.py), then the coverage of what the passing and failing cases asserted.
Third stage of `cchc-rules test`; the result is typed and rendered by report.py."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc_rules.messages import Lang, render_text
from cchc_rules.packtest import expect  # noqa: F401  (registers the Thì sentences)
from cchc_rules.packtest.cases import TESTS, Case, Unreadable, feature_files, read_cases
from cchc_rules.packtest.coverage import Item, item_of_finding, nothing_to_check, pack_items
from cchc_rules.packtest.steps import CaseRun, Failure, do_step
from cchc_rules.packtest.words import failure_text, item_name
from cchc_rules.rulepack.load import display_path
from cchc_rules.rulepack.pack import RulePack


@dataclass(frozen=True)
class CaseResult:
    file: str
    line: int
    name: str
    failures: tuple[Failure, ...]

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "name": self.name, "passed": self.passed,
                "failures": [{"where": f"{self.file}:{f.line}", "code": f.code,
                              "message": failure_text(f.code, f.params, lang)[0]} for f in self.failures]}


@dataclass(frozen=True)
class PackTestResult:
    folder: str
    cases: tuple[CaseResult, ...]
    unreadable: tuple[Unreadable, ...]
    items: dict[Item, str]  # every item a rule judges → file:line
    covered: frozenset[Item]
    unchecked: dict[Item, str]  # items no rule judges

    @property
    def failed(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.passed]

    @property
    def uncovered(self) -> list[tuple[Item, str]]:
        return [(item, where) for item, where in self.items.items() if item not in self.covered]

    @property
    def usage_error(self) -> bool:
        """No scenario at all, or a scenario file that cannot be read: the pack's tests are broken."""
        return not self.cases or bool(self.unreadable)

    @property
    def percent(self) -> float:
        return 100.0 * len(self.covered & self.items.keys()) / len(self.items) if self.items else 100.0

    def to_json(self, lang: Lang = "vi") -> dict[str, Any]:
        return {
            "folder": self.folder,
            "passed": sum(c.passed for c in self.cases), "failed": len(self.failed),
            "cases": [c.to_json(lang) for c in self.cases],
            "unreadable": [{"where": f"{u.file}:{u.line}", "message": render_text(
                "packtest.bad_feature", {"error": u.error}, lang)[0]} for u in self.unreadable],
            "coverage": {"percent": round(self.percent, 2), "rules": len(self.items),
                         "covered": len(self.covered & self.items.keys()),
                         "uncovered": [{"item": " ".join(i), "name": item_name(i, lang), "where": w}
                                       for i, w in self.uncovered],
                         "nothing_to_check": [{"item": " ".join(i), "where": w} for i, w in self.unchecked.items()]},
        }


def run_pack_tests(pack: RulePack) -> PackTestResult:
    cases: list[Case] = []
    unreadable: list[Unreadable] = []
    for path in feature_files(pack.directory):
        found, bad = read_cases(path, display_path(path))
        cases += found
        unreadable += bad
    results, covered = [], set()
    for case in cases:
        result, exercised = run_case(pack, case)
        results.append(result)
        covered |= exercised
    return PackTestResult(display_path(pack.directory / TESTS), tuple(results), tuple(unreadable), pack_items(pack),
                          frozenset(covered), nothing_to_check(pack))


def run_case(pack: RulePack, case: Case) -> tuple[CaseResult, set[Item]]:
    """One scenario, in a temporary facts folder removed afterwards; stops at the first step
    that cannot run (a `Cho` or `Khi` that failed), checks every `Thì`."""
    with tempfile.TemporaryDirectory(prefix="cchc-test-") as tmp:
        run = CaseRun(pack, Path(tmp))
        for s in case.steps:
            before = len(run.failures)
            do_step(run, s)
            if len(run.failures) > before and s.kind != "Outcome":
                break
    if not any(s.kind == "Outcome" for s in case.steps):  # a scenario that expects nothing proves nothing
        run.failures.append(Failure(case.line, "packtest.no_then", {}))
    exercised = {item for f in run.asserted_findings if (item := item_of_finding(f)) is not None}
    exercised |= {("criterion", f"{year}/{leaf}") for year, leaf in run.asserted_criteria}
    return CaseResult(case.file, case.line, case.name, tuple(run.failures)), exercised

