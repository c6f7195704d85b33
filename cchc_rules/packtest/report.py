"""A pack test run in words: one line per scenario (pass, or fail with each difference at its
file:line), the coverage line, and every item no scenario exercises with where it is written."""

from __future__ import annotations

from cchc_rules.formats import percent
from cchc_rules.messages import Lang, render_text
from cchc_rules.packtest.run import PackTestResult
from cchc_rules.packtest.words import failure_text, item_name


def result_lines(result: PackTestResult, lang: Lang) -> list[str]:
    lines: list[str] = []
    if not result.cases and not result.unreadable:
        lines.append(render_text("packtest.no_tests", {"folder": result.folder}, lang)[0])
    for u in result.unreadable:
        lines.append(f"{u.file}:{u.line}: " + render_text("packtest.bad_feature", {"error": u.error}, lang)[0])
    for case in result.cases:
        code = "packtest.pass" if case.passed else "packtest.fail"
        lines.append(render_text(code, {"where": f"{case.file}:{case.line}", "name": case.name}, lang)[0])
        for f in case.failures:
            message, hint = failure_text(f.code, f.params, lang)
            lines.append(f"    {case.file}:{f.line}: {message}" + (f" — {hint}" if hint else ""))
    for (kind, key), where in result.uncovered:
        lines.append(render_text("packtest.uncovered", {"rule": item_name((kind, key), lang), "where": where}, lang)[0])
    covered = len(result.covered & result.items.keys())
    lines.append(render_text("packtest.summary", {
        "passed": sum(c.passed for c in result.cases), "total": len(result.cases),
        "percent": percent(result.percent, lang), "covered": covered, "rules": len(result.items)}, lang)[0])
    return lines
