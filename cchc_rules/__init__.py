"""cchc-rules: rules-as-code for Vietnam's administrative reform (CCHC) plans.

Public API:

    from cchc_rules import Workspace, evaluate, score, explain
    ws = Workspace.open()                      # the bundled plan over its data; or Workspace.open(rules, data, "en")
    report = evaluate(ws, "2026-Q3")           # QuarterReport: findings, lagging agencies, inputs
    report.to_json()                           # the JSON `cchc-rules evaluate --format json` writes
    score(ws, 2026).total                      # YearReport: the PAR INDEX self-assessment

Loading and checking a pack (`load_rules`, `iter_problems`) are here too. The pipeline's names are
imported on first use, so `import cchc_rules` stays light for `check`.
"""

from __future__ import annotations

from typing import Any

from cchc_rules.errors import CchcRulesError, FactsFileError, Problem, RulesFileError, SourceLocation
from cchc_rules.rulepack.load import bundled_rules_dir, iter_problems, load_rules

_PIPELINE = ("Workspace", "evaluate", "score", "explain", "trend", "NotFound", "NoRubric")
_RESULTS = ("QuarterReport", "YearReport")

__all__ = [
    "CchcRulesError",
    "FactsFileError",
    "Problem",
    "RulesFileError",
    "SourceLocation",
    "bundled_rules_dir",
    "iter_problems",
    "load_rules",
    *_PIPELINE,
    *_RESULTS,
]


def __getattr__(name: str) -> Any:
    """The pipeline and its results, imported when first asked for (they bring in the engine)."""
    if name in _PIPELINE:
        from cchc_rules import pipeline

        return getattr(pipeline, name)
    if name in _RESULTS:
        from cchc_rules import results

        return getattr(results, name)
    raise AttributeError(f"module 'cchc_rules' has no attribute {name!r}")
