"""Progress of a batch on standard error: a progress bar on a terminal, otherwise a plain line
now and then ("Đã xong 10/103 đơn vị"), at every tenth of the work and at the end. Never on
standard output, which may carry the JSON."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Protocol

from cchc_rules import terminal

if TYPE_CHECKING:
    from types import TracebackType
    from typing import TextIO

    from cchc_rules.messages import Lang

_TEXT = {"vi": ("Đang chấm điểm các đơn vị", "Đã xong {done}/{total} đơn vị"),
         "en": ("Scoring the units", "Done {done}/{total} units")}


class Reporter(Protocol):
    def advance(self) -> None: ...


class PlainProgress:
    """Plain lines, each time another tenth of the units is done (and at the end)."""

    def __init__(self, total: int, lang: Lang, stream: TextIO) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.template = _TEXT[lang][1]
        self.step = max(1, total // 10)

    def advance(self) -> None:
        self.done += 1
        if self.done % self.step == 0 or self.done == self.total:
            print(self.template.format(done=self.done, total=self.total), file=self.stream, flush=True)

    def __enter__(self) -> PlainProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        return None


class BarProgress:
    """rich's progress bar on standard error, for a terminal."""

    def __init__(self, total: int, lang: Lang) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), console=terminal.console(stderr=True), transient=False)
        self.task = self.bar.add_task(_TEXT[lang][0], total=total)

    def advance(self) -> None:
        self.bar.advance(self.task)

    def __enter__(self) -> BarProgress:
        self.bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.bar.stop()


def progress_for(total: int, lang: Lang, stream: TextIO | None = None) -> PlainProgress | BarProgress:
    """A bar when standard error is a terminal, plain lines otherwise."""
    stream = stream or sys.stderr
    if stream is sys.stderr and stream.isatty():
        return BarProgress(total, lang)
    return PlainProgress(total, lang, stream)
