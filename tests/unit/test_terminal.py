"""terminal.py: user text with square brackets prints as typed (never rich markup), terminal control
characters are made visible, in tables, in messages and in the internal-error notice."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules import cli, terminal
from cchc_rules.cli import app
from cchc_rules.rulepack.load import bundled_rules_dir

runner = CliRunner()
HOSTILE = ["PAKN [tthc] 05", "Ban hành [dự thảo] Kế hoạch", "[/b]", "[link=http://x.example]bấm[/link]",
           "[bold red]đỏ", ":thumbs_up:"]


def _printed(*objects: object) -> str:
    buffer = io.StringIO()
    terminal.console(buffer, width=200).print(*objects)
    return buffer.getvalue()


@pytest.mark.parametrize("text", HOSTILE)
def test_square_brackets_print_as_typed(text: str) -> None:
    assert _printed(text).rstrip("\n") == text


def test_table_cells_and_titles_print_as_typed() -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="[/b] tiêu đề")
    table.add_column("[tthc]")
    for text in HOSTILE:
        table.add_row(text)
    table.add_row(Text("văn bản\x1b]8;;http://x\x1b\\"))
    shown = _printed(table)
    for text in ["[/b] tiêu đề", "[tthc]", *HOSTILE]:
        assert text in shown
    assert "\x1b" not in shown and "\\x1b]8;;http://x" in shown


@pytest.mark.parametrize("text,shown", [
    ("a\x1b[2Jb", "a\\x1b[2Jb"), ("\x1b]8;;http://x\x1b\\y", "\\x1b]8;;http://x\\x1b\\y"),
    ("chuông\x07", "chuông\\x07"), ("\x9b31m", "\\x9b31m"), ("abc\u202edcba", "abc\\u202edcba"),
])
def test_control_characters_are_made_visible(text: str, shown: str) -> None:
    assert terminal.visible(text) == shown
    assert _printed(text).rstrip("\n") == shown


def test_newline_and_tab_are_kept() -> None:
    assert terminal.visible("dòng 1\n\tdòng 2") == "dòng 1\n\tdòng 2"


def test_visible_stream_guards_plain_print() -> None:
    raw = io.StringIO()
    stream = terminal.VisibleStream(raw)
    print("PAKN\x1b]0;tiêu đề giả\x07 [/b]", file=stream)  # type: ignore[arg-type]
    assert raw.getvalue() == "PAKN\\x1b]0;tiêu đề giả\\x07 [/b]\n"
    assert terminal.raw(stream) is raw  # type: ignore[arg-type]


def test_guard_streams_wraps_only_terminals(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    pipe, tty = io.StringIO(), Tty()
    monkeypatch.setattr("sys.stdout", pipe)
    monkeypatch.setattr("sys.stderr", tty)
    terminal.guard_streams()
    import sys

    assert sys.stdout is pipe and isinstance(sys.stderr, terminal.VisibleStream) and sys.stderr.raw is tty


@pytest.fixture()
def hostile_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), pack)
    plan = pack / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    assert 'name: "Phòng Văn hóa - Xã hội"' in text
    plan.write_text(text.replace('name: "Phòng Văn hóa - Xã hội"', 'name: "[/b]P [tthc]"', 1), encoding="utf-8")
    tasks = pack / "tasks.yaml"
    text = tasks.read_text(encoding="utf-8")
    old = 'content: "Ban hành, triển khai Kế hoạch theo dõi thi hành pháp luật"'
    assert old in text
    tasks.write_text(text.replace(old, 'content: "[/b][link=x]K"', 1), encoding="utf-8")
    return pack


def test_show_prints_names_and_content_with_brackets_as_typed(hostile_pack: Path) -> None:
    agencies = runner.invoke(app, ["show", "agencies", "--rules", str(hostile_pack)])
    assert agencies.exit_code == 0, agencies.output
    assert "[/b]P [tthc]" in agencies.stdout
    tasks = runner.invoke(app, ["show", "tasks", "--rules", str(hostile_pack)])
    assert tasks.exit_code == 0, tasks.output
    assert "[/b][link=x]K" in tasks.stdout


def test_the_internal_error_notice_survives_markup_in_the_exception(monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("PAKN [/b] \x1b[2J")

    monkeypatch.setattr(cli, "iter_problems", broken)
    assert cli.run(["check"]) == 3
    err = capsys.readouterr().err
    assert "Lỗi nội bộ của cchc-rules (loại lỗi RuntimeError)" in err and "CCHC_DEBUG=1" in err
    assert "Traceback" not in err and "\x1b" not in err
