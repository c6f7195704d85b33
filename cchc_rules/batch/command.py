"""The `batch` command's work once its options are checked: run the batch with a progress
reporter and write the chosen format (atomically, through report/output.py; the output path was
checked before any unit ran). Full results go through a temporary spool folder only when the JSON
needs them."""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_rules.batch.progress import progress_for
from cchc_rules.batch.run import BatchResult, run_batch
from cchc_rules.batch.summary import batch_head, write_json
from cchc_rules import terminal
from cchc_rules.report.output import atomic_open, write_document
from cchc_rules.rulepack.load import display_path

if TYPE_CHECKING:
    from cchc_rules.messages import Lang


def batch_command(data: Path, year: int, rules_dir: Path, *, period: str | None, jobs: int, fmt: str,
                  output: Path | None, lang: Lang) -> BatchResult:
    """Run the batch and write it as `fmt` (table, json, xlsx or html) to `output` or standard output."""
    reporter = functools.partial(progress_for, lang=lang)
    if fmt != "json":
        result = run_batch(data, year, rules_dir, period=period, jobs=jobs, lang=lang, progress=reporter)
        if fmt == "html":  # the page shows the ranking, not the units' full results
            from cchc_rules.report.html import batch_html
            from cchc_rules.report.names import names_of
            from cchc_rules.rulepack.load import load_rules

            names = names_of(load_rules(rules_dir))  # valid: the command loaded it before the batch ran
            write_document(batch_html(batch_head(result, display_path(data), display_path(rules_dir), lang), lang,
                                      names), output)
            return result
        _write_view(result, fmt, output, lang)
        return result
    with tempfile.TemporaryDirectory(prefix="cchc-batch-") as spool:
        result = run_batch(data, year, rules_dir, period=period, jobs=jobs, spool=Path(spool), lang=lang,
                           progress=reporter)
        head = batch_head(result, display_path(data), display_path(rules_dir), lang)
        codes = [row["code"] for row in sorted(result.ranking, key=lambda r: r["code"])]
        if output is None:
            write_json(head, Path(spool), codes, sys.stdout)
        else:
            with atomic_open(output) as handle:  # an error leaves no half-written JSON
                write_json(head, Path(spool), codes, handle)
    return result


def _write_view(result: BatchResult, fmt: str, output: Path | None, lang: Lang) -> None:
    if fmt == "xlsx":
        from cchc_rules.batch.xlsx import render_batch_xlsx

        render_batch_xlsx(result, output, lang)  # type: ignore[arg-type]
        print(display_path(output))  # type: ignore[arg-type]
        return
    from cchc_rules.batch.tables import batch_tables

    if output is None:
        terminal.out(200).print(batch_tables(result, lang))
        return
    with atomic_open(output) as handle:
        terminal.console(handle, width=200).print(batch_tables(result, lang))
