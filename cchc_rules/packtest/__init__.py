"""`cchc-rules test`: a rule pack's own scenarios (Vietnamese Gherkin in `rules/<pack>/tests/`),
run by a runner of our own over the library pipeline, with rule coverage (which tasks, targets,
duties, custom checks and rubric leaves no scenario exercises)."""

from cchc_rules.packtest.run import PackTestResult, run_pack_tests

__all__ = ["PackTestResult", "run_pack_tests"]
