"""The CLI speaks Vietnamese (issue 12 item 7): the `--help` of the app and of every command, and a
set of usage errors, carry no English of the framework (Typer/Click) and no English help text; with
CCHC_LANG=en they are English, every help text having its English in wording/help.py."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from cchc_rules.cli import app, run
from cchc_rules.wording.help import HELP_EN

runner = CliRunner()


class Ran:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = code, stdout, stderr


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> Ran:
    """The console script's way (`cli.run`: prog name cchc-rules, usage errors in the user's language)."""
    code = run(args)
    out = capsys.readouterr()
    return Ran(code, out.out, out.err)
COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]
# The framework's own English words, as Click writes them.
ENGLISH = re.compile(r"Usage:|Options|Arguments|Commands:|Show this message|\[default|\[required\]|env var|"
                     r"Error:|Missing (?:option|argument|parameter)|No such (?:option|command)|Invalid value|"
                     r"Got unexpected|Try '|does not exist|is not a valid|Did you mean")
USAGE_ERRORS = [
    ["evaluate"], ["evaluate", "--bogus"], ["evaluate", "--period"], ["evaluate", "--period", "xx"],
    ["evaluate", "--period", "2026-Q3", "--format", "pdf"], ["nosuch"], ["score", "--year", "abc"],
    ["score"], ["explain"], ["batch", "--year", "2026", "--data", "/no/such/folder"], ["show", "everything"],
    ["template", "--period", "2026-Q3"], ["evaluate", "--period", "2026-Q3", "--as-of", "31/02/2026"],
    ["evaluate", "--period", "2026-Q3", "extra"], ["batch", "--year", "2026", "--data", ".", "--jobs", "0"],
]


def _help_texts(command: object) -> list[str]:
    texts = [command.help] if getattr(command, "help", None) else []  # type: ignore[attr-defined]
    texts += [p.help for p in command.params if getattr(p, "help", None)]  # type: ignore[attr-defined]
    for sub in getattr(command, "commands", {}).values():
        texts += _help_texts(sub)
    return [t.strip() for t in texts]


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_of_every_command_is_vietnamese(command: str, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("CCHC_LANG", raising=False)
    result = _run([*([command] if command else []), "--help"], capsys)
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("Cách dùng: cchc-rules"), text[:80]
    assert "Hiện hướng dẫn này rồi thoát." in text and "Tùy chọn:" in text
    assert ENGLISH.findall(text) == [], text


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_in_english_with_cchc_lang_en(command: str, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CCHC_LANG", "en")
    result = _run([*([command] if command else []), "--help"], capsys)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: cchc-rules") and "Show this message and exit." in result.stdout
    for vietnamese, english in HELP_EN.items():
        if vietnamese != english:
            assert vietnamese not in " ".join(result.stdout.split()), vietnamese
    assert not re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", result.stdout.replace("Quý II/2026", "")
                         .replace("Trường Xuân", "")), result.stdout


def test_every_help_text_has_its_english() -> None:
    missing = [t for t in dict.fromkeys(_help_texts(COMMAND)) if t not in HELP_EN]
    assert missing == []


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=lambda a: " ".join(a) or "-")
def test_usage_errors_are_vietnamese_with_a_hint(args: list[str], monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("CCHC_LANG", raising=False)
    result = _run(args, capsys)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    text = result.stderr
    assert text.startswith("cchc-rules"), text
    assert "gợi ý:" in text or "Cách dùng" in text or "lỗi" in text, text
    assert ENGLISH.findall(text) == [], text
    assert "Traceback" not in text


@pytest.mark.parametrize("args", USAGE_ERRORS[:6], ids=lambda a: " ".join(a) or "-")
def test_usage_errors_in_english_with_lang_en(args: list[str], monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CCHC_LANG", "en")
    result = _run(args, capsys)
    assert result.exit_code == 2
    assert "hint:" in result.stderr and "gợi ý" not in result.stderr, result.stderr


def test_a_vietnamese_quarter_is_accepted_and_a_wrong_one_says_how_to_write_it() -> None:
    ok = runner.invoke(app, ["evaluate", "--period", "Quý III/2026", "--format", "json"])
    assert ok.exit_code == 0 and '"period": "2026-Q3"' in ok.stdout
    half = runner.invoke(app, ["evaluate", "--period", "6 tháng đầu năm 2026", "--format", "json"])
    assert half.exit_code == 0 and '"period": "2026-Q2"' in half.stdout
    bad = runner.invoke(app, ["evaluate", "--period", "Quý V/2026"])
    assert bad.exit_code == 2 and "viết dạng Quý II/2026" in bad.stderr
