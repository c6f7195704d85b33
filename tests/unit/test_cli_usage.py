"""cli_usage.py through the console entry (`cli.run`): the framework's usage errors in Vietnamese
(English with --lang en or CCHC_LANG=en), exit 2, with the command and a hint; no English
framework text ("Usage", "Invalid value for", "Missing option", "No such option", "Error")."""

from __future__ import annotations

import pytest

from cchc_rules import cli

ENGLISH = ["Usage:", "Invalid value", "Missing option", "Missing argument", "No such option", "No such command",
           "Got unexpected", "requires an argument", "Error", "Try '", "is not one of", "Input should be"]

CASES = [
    (["evaluate"], "cchc-rules evaluate: thiếu tùy chọn bắt buộc --period",
     "the required option --period is missing"),
    (["evaluate", "--period"], "tùy chọn --period cần một giá trị ngay sau nó",
     "the option --period needs a value right after it"),
    (["evaluate", "--period", "2026-Q1", "--format", "pdf"], "giá trị 'pdf' của --format không hợp lệ",
     "'pdf' is not a valid value of --format"),
    (["score", "--year", "abc"], "giá trị 'abc' của --year không phải số nguyên",
     "'abc' given for --year is not a whole number"),
    (["score", "--year", "2026", "--dat", "x"], "lệnh này không có tùy chọn --dat",
     "this command has no option --dat"),
    (["check", "thua"], "cchc-rules check: thừa tham số: thua", "unexpected extra argument(s): thua"),
    (["kiem-tra"], "cchc-rules: không có lệnh 'kiem-tra'", "there is no command 'kiem-tra'"),
    (["show"], "cchc-rules show: thiếu tham số WHAT", "the argument WHAT is missing"),
    (["batch", "--year", "2026", "--data", ".", "-j", "0"], "giá trị 0 của --jobs / -j quá nhỏ",
     "0 given for --jobs / -j is too small"),
    (["check", "--rules", __file__], "(cho --rules) là một tệp, cần một thư mục",
     "(given for --rules) is a file; a folder is needed"),
    (["evaluate", "--period", "2026-Q1", "-o", "/"], "'/' (cho -o / --output) là một thư mục, cần một tệp",
     "'/' (given for -o / --output) is a folder; a file is needed"),
]


@pytest.mark.parametrize("args,vi,en", CASES)
def test_usage_errors_are_vietnamese_and_exit_2(args: list[str], vi: str, en: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(args) == 2
    err = capsys.readouterr().err
    assert vi in err and "gợi ý:" in err
    assert not [word for word in ENGLISH if word in err], err


@pytest.mark.parametrize("args,vi,en", CASES)
def test_usage_errors_in_english_with_lang_en(args: list[str], vi: str, en: str,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_LANG", "en")
    assert cli.run(args) == 2
    err = capsys.readouterr().err
    assert en in err and "hint:" in err


def test_lang_option_on_the_command_line_wins(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["score", "--lang=en", "--year", "abc"]) == 2
    assert "is not a whole number" in capsys.readouterr().err


def test_did_you_mean_for_a_misspelt_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["score", "--year", "2026", "--dat", "x"]) == 2
    assert "Có phải ý bạn là: --data" in capsys.readouterr().err


def test_no_arguments_prints_the_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run([]) == 2
    assert "evaluate" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["check", "--help"]) == 0
    assert "--rules" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["--help"], ["evaluate", "--help"], ["show", "--help"], ["batch", "--help"]])
def test_help_screens_speak_vietnamese(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: cchc-rules") and "Tùy chọn:" in out and "Hiện hướng dẫn này rồi thoát." in out
    assert not [w for w in ["Usage", "Options", "Show this message", "env var", "default:", "required", "<str>",
                            "<dir>", "<int"] if w in out], out


def test_help_screens_in_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["evaluate", "--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Usage: cchc-rules evaluate [OPTIONS]") and "Show this message and exit." in out


def test_internal_error_names_the_type_in_vietnamese_without_the_english_text(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("some English internals")

    monkeypatch.setattr(cli, "iter_problems", broken)
    assert cli.run(["check"]) == 3
    err = capsys.readouterr().err
    assert "Lỗi nội bộ của cchc-rules (loại lỗi KeyError)" in err and "không phải lỗi dữ liệu của bạn" in err
    assert "CCHC_DEBUG=1" in err and "English internals" not in err and "Traceback" not in err
    assert cli.run(["check", "--lang", "en"]) == 3
    assert "Internal error in cchc-rules (error type KeyError)" in capsys.readouterr().err


def test_main_exits_with_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["check", "thua"])
    assert stop.value.code == 2
