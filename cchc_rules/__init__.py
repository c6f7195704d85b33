"""cchc-rules: rules-as-code for Vietnam's administrative reform (CCHC) plans.

Public API (thin): load and check a rule pack.
"""

from cchc_rules.errors import CchcRulesError, Problem, RulesFileError, SourceLocation
from cchc_rules.rulepack.load import bundled_rules_dir, iter_problems, load_rules

__all__ = [
    "CchcRulesError",
    "Problem",
    "RulesFileError",
    "SourceLocation",
    "bundled_rules_dir",
    "iter_problems",
    "load_rules",
]
