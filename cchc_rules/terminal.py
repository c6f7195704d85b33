"""Every console cchc-rules prints through, and the one place user text is made safe for a terminal.

User text (unit and agency names, PAKN refs, task content, paths) is never read as rich markup:
the consoles are made with markup and highlighting off, so `[tthc]`, `[/b]` and `[link=…]` print
as typed. Terminal control characters in it (ESC and so CSI/OSC sequences, the other C0 and C1
controls, bidirectional overrides) are shown as visible escapes (`\\x1b`) instead of acting on the
terminal: in the consoles' text, and — through `VisibleStream`, which `cli.main` puts on standard
output and standard error when they are a terminal — in everything printed with `print`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # rich is imported only when a console is made
    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.segment import Segment
    from rich.text import Text

# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every terminal control character written out as an escape.

    Examples:
        >>> visible("PAKN [tthc] 05"), visible("a\\x1b]8;;http://x\\x1b\\\\b"), visible("dòng 1\\n\\tdòng 2")
        ('PAKN [tthc] 05', 'a\\\\x1b]8;;http://x\\\\x1b\\\\b', 'dòng 1\\n\\tdòng 2')
    """
    return _CONTROL.sub(_escaped, text)


class VisibleStream:
    """A text stream that writes `visible(text)` to the stream it wraps (for `print` on a terminal)."""

    def __init__(self, raw: IO[str]) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding… of the real stream
        return getattr(self.raw, name)


def raw(stream: IO[str]) -> IO[str]:
    """The real stream under a VisibleStream (rich writes its own styling codes there)."""
    return stream.raw if isinstance(stream, VisibleStream) else stream


def guard_streams() -> None:
    """Put a VisibleStream on standard output and error where they are a terminal (cli.main)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, VisibleStream) and stream.isatty():
            setattr(sys, name, VisibleStream(stream))


def _console_class() -> type[Console]:
    from rich.console import Console
    from rich.text import Text

    class PlainConsole(Console):
        """A console that takes text as text: no markup, no highlighting, controls made visible."""

        def render_str(self, text: str, **kwargs: Any) -> Text:
            kwargs["markup"] = False
            return super().render_str(visible(text), **kwargs)

        def render(self, renderable: RenderableType, options: ConsoleOptions | None = None
                   ) -> Iterator[Segment]:
            if isinstance(renderable, Text) and _CONTROL.search(renderable.plain):
                renderable = Text(visible(renderable.plain), style=renderable.style)
            yield from super().render(renderable, options)

    return PlainConsole


def console(file: IO[str] | None = None, *, stderr: bool = False, width: int | None = None,
            soft_wrap: bool = False) -> Console:
    """A console for tables and messages (to `file`, or standard output/error)."""
    stream = file if file is not None else raw(sys.stderr if stderr else sys.stdout)
    return _console_class()(file=stream, width=width, soft_wrap=soft_wrap, markup=False,
                            highlight=False, emoji=False)


def out(width: int = 160) -> Console:
    """Standard output: the terminal's width on a terminal, else `width` columns (stable in pipes)."""
    return console(width=None if sys.stdout.isatty() else width)


def err() -> Console:
    return console(stderr=True, soft_wrap=True)
