"""Running a batch: discover the units, hand each to a worker process (paths only), collect the
compact outcomes in unit-code order whatever order they finish in, and rank them. With one job
everything runs in this process; with more, each worker process keeps one engine host and one
copy of each rule pack for all the units it is given."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_rules.batch.discover import Skipped, discover_units
from cchc_rules.batch.ranking import rank
from cchc_rules.batch.rubric import rubric_head
from cchc_rules.batch.work import UnitOutcome, UnitTask, run_unit, start_worker

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from cchc_rules.messages import Lang


@dataclass(frozen=True)
class BatchResult:
    """The ranking (compact rows, best first) and the skipped folders; full results are in the
    spool folder, one <code>.json per ranked unit, when one was given."""

    year: int
    period: str | None
    found: int
    ranking: list[dict[str, Any]]
    skipped: list[Skipped]
    rubric: dict[str, Any] | None = None  # batch/rubric.py: title, model flag, classification bands


def run_batch(data_dir: Path, year: int, rules_dir: Path, *, period: str | None = None, jobs: int = 1,
              spool: Path | None = None, lang: Lang = "vi",
              progress: Callable[[int], Any] | None = None) -> BatchResult:
    """Evaluate and score every unit under `data_dir`; `progress(total)` makes the reporter."""
    units, skipped = discover_units(data_dir, year)
    found = len(units) + len(skipped)
    tasks = [UnitTask(u.code, str(u.folder.resolve()), u.identity, str(rules_dir.resolve()), year, period,
                      str(spool.resolve()) if spool else None, lang) for u in units]
    outcomes: dict[str, UnitOutcome] = {}
    reporter = progress(len(tasks)) if progress else None
    if reporter is not None:
        with reporter:
            for outcome in _execute(tasks, jobs):
                outcomes[outcome.code] = outcome
                reporter.advance()
    else:
        outcomes = {outcome.code: outcome for outcome in _execute(tasks, jobs)}
    rows = [row for task in tasks if (row := outcomes[task.code].row) is not None]
    skipped += [gone for outcome in outcomes.values() if (gone := outcome.skipped) is not None]
    return BatchResult(year, period, found, rank(rows), sorted(skipped, key=Skipped.sort_key),
                       rubric_head(rules_dir, year))


def _execute(tasks: list[UnitTask], jobs: int) -> Iterator[UnitOutcome]:
    """The outcomes in the order they finish: in this process for one job, else in a pool."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield run_unit(task)
        return
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=_context(),
                               initializer=start_worker, initargs=(os.getcwd(),))
    previous = _exit_on_sigterm()
    try:
        futures = [pool.submit(run_unit, task) for task in tasks]
        for future in as_completed(futures):
            yield future.result()
    except BaseException:  # an error, Ctrl-C or SIGTERM: do not wait for the units still queued
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    pool.shutdown(wait=True)


def _exit_on_sigterm() -> Any:
    """Make SIGTERM raise SystemExit in this (main) thread, so that the pool is shut down and its
    workers end instead of being orphaned; returns the handler to restore (None off the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    return signal.signal(signal.SIGTERM, stop)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (a clean, single-threaded parent to fork from, with our
    modules imported once), else spawn. Plain fork is avoided: the parent may already hold
    durable's C engine state."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["cchc_rules.batch.work"])
        return context
    return multiprocessing.get_context("spawn")
