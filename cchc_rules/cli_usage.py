"""Running the command-line app (`run_app`, behind `cli.main`): the framework's (Typer/Click) usage
errors and the internal-error notice in the user's language. The app runs with
`standalone_mode=False`; what it raises is printed as `usage_text(...)` (exit 2), the problems of
inputs or output paths with their location (exit 2) or `internal_text(...)` (exit 3, no traceback;
CCHC_DEBUG=1 shows it), instead of the framework's English.

The wording is in wording/output.py; this module only picks the code and its parameters.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from typer import Abort, Exit
from typer._click import exceptions as click_errors
from typer.core import TyperGroup

from cchc_rules.cli_help import HelpContext
from cchc_rules.errors import _ProblemsError
from cchc_rules.messages import Lang, render_problems, render_text

UsageError = click_errors.UsageError
ClickException = click_errors.ClickException

_PATH_MESSAGE = re.compile(r"^(?:file|dir|path|directory) '(?P<value>.*)' (?P<what>does not exist|is a file|"
                           r"is a directory|is not readable|is not writable)\.$", re.S)
_PATH_CODES = {"does not exist": "usage_path_missing", "is a file": "usage_path_is_file",
               "is a directory": "usage_path_is_folder", "is not readable": "usage_path_unreadable",
               "is not writable": "usage_path_unwritable"}
_EXTRA = re.compile(r"^Got unexpected extra arguments?(?:\(s\))? \((?P<args>.*)\)$", re.S)
_COMMAND = re.compile(r"^No such command '(?P<name>.*)'\.$", re.S)


def language(args: Sequence[str]) -> Lang:
    """The language the user asked for (`--lang en`, `--lang=en` or CCHC_LANG=en), before parsing."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return "en" if args[index + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg == "--lang=en" else "vi"
    return "en" if os.environ.get("CCHC_LANG") == "en" else "vi"


def _param_name(param: Any, hint: Any = None) -> str:
    if hint is not None:
        return hint if isinstance(hint, str) else " / ".join(hint)
    if param is None:
        return "?"
    if getattr(param, "param_type_name", "") == "argument":
        return str(param.name or "").upper()
    return " / ".join(param.opts) or str(param.name)


def _choices(param: Any) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) or []
    return [str(getattr(choice, "value", choice)) for choice in choices]


def _cause(exc: BaseException) -> tuple[str, Any]:
    """The first pydantic error behind a conversion failure: (its type, the value the user gave)."""
    errors = getattr(exc.__cause__, "errors", None)
    if not callable(errors):
        return "", None
    first = errors()[0]
    return str(first.get("type", "")), (first.get("input"), first.get("ctx") or {})


def _bad_value(exc: Any) -> tuple[str, dict[str, Any]]:
    kind, found = _cause(exc)
    value, ctx = found if found else (None, {})
    choices = _choices(exc.param)
    if choices and value is not None:
        return "usage_not_one_of", {"value": value, "choices": ", ".join(choices)}
    if kind.startswith("int_"):
        return "usage_not_integer", {"value": value}
    if kind == "greater_than_equal":
        return "usage_at_least", {"value": value, "least": ctx.get("ge")}
    path = _PATH_MESSAGE.match(exc.message)
    if path:
        return _PATH_CODES[path["what"]], {"value": path["value"]}
    return "usage_value", {"detail": exc.message}


def _code_of(exc: Any) -> tuple[str, dict[str, Any]]:
    if isinstance(exc, click_errors.MissingParameter):
        choices = ", ".join(_choices(exc.param))
        kind = "argument" if getattr(exc.param, "param_type_name", "") == "argument" else "option"
        return f"usage_missing_{kind}{'_choices' if choices else ''}", {
            "name": _param_name(exc.param, exc.param_hint), "choices": choices}
    if isinstance(exc, click_errors.BadParameter):
        code, params = _bad_value(exc)
        return code, {"name": _param_name(exc.param, exc.param_hint), **params}
    if isinstance(exc, click_errors.NoSuchOption):
        guesses = ", ".join(sorted(exc.possibilities or []))
        return f"usage_no_such_option{'_guess' if guesses else ''}", {"name": exc.option_name, "guesses": guesses}
    if isinstance(exc, click_errors.BadOptionUsage):
        takes = "does not take" in exc.message
        return ("usage_option_no_value" if takes else "usage_option_needs_value"), {"name": exc.option_name}
    return _plain_usage(exc.message)


def _plain_usage(message: str) -> tuple[str, dict[str, Any]]:
    extra = _EXTRA.match(message)
    if extra:
        return "usage_extra_argument", {"args": extra["args"]}
    command = _COMMAND.match(message)
    if command:
        return "usage_no_such_command", {"name": command["name"]}
    if message == "Missing command.":
        return "usage_missing_command", {}
    return "usage_other", {"detail": message}


def usage_text(exc: ClickException, lang: Lang, commands: Sequence[str] = ()) -> str:
    """The usage error as `cchc-rules <command>: message` plus a hint line, in `lang`."""
    ctx = getattr(exc, "ctx", None)
    path = ctx.command_path if ctx is not None else "cchc-rules"
    code, params = _code_of(exc) if isinstance(exc, UsageError) else ("usage_other", {"detail": exc.message})
    message, hint = render_text(code, {"commands": ", ".join(commands), **params}, lang)
    more, _ = render_text("usage_more", {"command": path}, lang)
    label, _ = render_text("usage_hint_label", {}, lang)
    return f"{path}: {message}\n  {label}: {' '.join(h for h in (hint, more) if h)}"


def internal_text(exc: BaseException, lang: Lang) -> str:
    """The notice for a bug (exit 3): no English exception text, the type and how to report it."""
    message, hint = render_text("internal_error", {"type": type(exc).__name__}, lang)
    label, _ = render_text("usage_hint_label", {}, lang)
    return f"{message}\n  {label}: {hint}"


def _speak_the_users_language(commands: Any) -> None:
    """Every command, and every command of a sub-group (`users add`), shows its help in the user's language."""
    for command in commands:
        command.context_class = HelpContext
        _speak_the_users_language(getattr(command, "commands", {}).values())


class ProblemsGroup(TyperGroup):
    """The app's group: problems a command raises (inputs, output paths) print with their location
    and exit 2, however the app is run (the console script or the test runner); the help screens
    of the app and of every command speak the user's language (cli_help.HelpContext)."""

    context_class = HelpContext

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        _speak_the_users_language(self.commands.values())

    def invoke(self, ctx: Any) -> Any:
        lang = language([*ctx._protected_args, *ctx.args])
        try:
            return super().invoke(ctx)
        except _ProblemsError as exc:
            print(render_problems(exc.problems, lang, 200), file=sys.stderr)
            raise Exit(2) from None


def run_app(app: Any, args: list[str]) -> int:
    """Run the Typer `app` on `args`; every outcome becomes an exit code and a message in `lang`."""
    from cchc_rules import terminal
    from cchc_rules.errors import CchcRulesError

    terminal.guard_streams()
    lang = language(args)
    try:
        code = app(args=args, prog_name="cchc-rules", standalone_mode=False, obj={"lang": lang})
    except click_errors.NoArgsIsHelpError as exc:
        print(exc.format_message(), file=sys.stderr)
        return 2
    except ClickException as exc:
        print(usage_text(exc, lang, _command_names(app)), file=sys.stderr)
        return 2
    except Abort:
        print(render_text("usage_aborted", {}, lang)[0], file=sys.stderr)
        return 1
    except _ProblemsError as exc:
        print(render_problems(exc.problems, lang, 200), file=sys.stderr)
        return 2
    except CchcRulesError as exc:
        print(f"{'lỗi' if lang == 'vi' else 'error'}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        if os.environ.get("CCHC_DEBUG"):
            raise
        print(internal_text(exc, lang), file=sys.stderr)
        return 3
    return code if isinstance(code, int) else 0


def _command_names(app: Any) -> list[str]:
    return [info.name or (info.callback.__name__ if info.callback else "") for info in app.registered_commands]
