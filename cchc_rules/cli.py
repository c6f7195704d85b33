"""Command line: argument parsing, exit codes and printing. No decisions are made here.

Exit codes: 0 ran cleanly (for `check`: the pack is valid); 1 `check` found problems;
2 usage error, or the rules/facts a command needs have errors; 3 internal error.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from cchc_rules.errors import CchcRulesError, RulesFileError
from cchc_rules.messages import Lang, render_problems, summary
from cchc_rules.report.json_out import to_json
from cchc_rules.report.tables import table
from cchc_rules.rulepack.load import bundled_rules_dir, display_path, iter_problems, load_rules
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.views import VIEWS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="cchc-rules: kế hoạch cải cách hành chính dưới dạng quy tắc (rules-as-code).",
)

MAX_SHOWN = 200


class LangOption(str, Enum):
    vi = "vi"
    en = "en"


class Format(str, Enum):
    table = "table"
    json = "json"


class ShowWhat(str, Enum):
    agencies = "agencies"
    targets = "targets"
    tasks = "tasks"
    reporting = "reporting"


RulesOpt = Annotated[
    Path | None,
    typer.Option("--rules", help="Thư mục bộ quy tắc (mặc định: bộ Trường Xuân đi kèm).",
                 file_okay=False),
]
LangOpt = Annotated[
    LangOption,
    typer.Option("--lang", envvar="CCHC_LANG", help="Ngôn ngữ thông báo: vi (mặc định) hoặc en."),
]


def _out() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _load_or_exit(rules: Path | None, lang: Lang) -> RulePack:
    try:
        return load_rules(rules)
    except RulesFileError as exc:
        print(render_problems(exc.problems, lang, MAX_SHOWN), file=sys.stderr)
        print(summary(exc.problems, lang), file=sys.stderr)
        raise typer.Exit(2) from None


@app.command()
def check(rules: RulesOpt = None, lang: LangOpt = LangOption.vi) -> None:
    """Kiểm tra bộ quy tắc; liệt kê mọi lỗi kèm tệp:dòng:cột và cách sửa."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    directory = rules or bundled_rules_dir()
    problems = iter_problems(directory)
    if problems:
        print(render_problems(problems, lang_, MAX_SHOWN))
    errors = sum(1 for p in problems if p.severity == "error")
    where = display_path(directory)
    if errors:
        print(("Bộ quy tắc {d}: {s}." if lang_ == "vi" else "Rule pack {d}: {s}.").format(
            d=where, s=summary(problems, lang_)))
        raise typer.Exit(1)
    print(("Bộ quy tắc {d} hợp lệ ({s})." if lang_ == "vi" else "Rule pack {d} is valid ({s}).").format(
        d=where, s=summary(problems, lang_)))


@app.command()
def show(
    what: Annotated[ShowWhat, typer.Argument(help="agencies | targets | tasks | reporting")],
    rules: RulesOpt = None,
    format: Annotated[Format, typer.Option("--format", help="table hoặc json")] = Format.table,  # noqa: A002
    lang: LangOpt = LangOption.vi,
) -> None:
    """Liệt kê cơ quan, chỉ tiêu, nhiệm vụ hoặc chế độ báo cáo của bộ quy tắc."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    pack = _load_or_exit(rules, lang_)
    data: Any = VIEWS[what.value](pack)
    if format is Format.json:
        sys.stdout.write(to_json(data))
        return
    console = _out()
    if what is ShowWhat.reporting:
        console.print(table("duties", data["duties"], lang_))
        return
    console.print(table(what.value, data, lang_))


@app.command()
def schema(
    file: Annotated[
        str | None, typer.Argument(help="plan | tasks | targets | reporting (bỏ trống: cả bốn)")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Ghi <tên>.schema.json vào thư mục này.",
                                  file_okay=False)
    ] = None,
) -> None:
    """JSON Schema của các tệp quy tắc, cho trình soạn thảo (yaml-language-server)."""
    from cchc_rules.schema import schemas

    all_schemas = schemas()
    if file is not None and file not in all_schemas:
        raise typer.BadParameter(f"'{file}' — chọn một trong: {', '.join(all_schemas)}", param_hint="FILE")
    chosen = {file: all_schemas[file]} if file else all_schemas
    if output is None:
        sys.stdout.write(to_json(chosen[file] if file else chosen))
        return
    output.mkdir(parents=True, exist_ok=True)
    for name, body in chosen.items():
        (output / f"{name}.schema.json").write_text(to_json(body), encoding="utf-8")
        print(display_path(output / f"{name}.schema.json"))


def main() -> None:
    """Console-script entry: run the app; turn unexpected failures into exit code 3."""
    try:
        app()  # standalone: usage errors print and exit 2, typer.Exit sets the code
    except CchcRulesError as exc:
        _err().print(f"lỗi: {exc}")
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        if os.environ.get("CCHC_DEBUG"):
            raise
        _err().print(
            f"Lỗi nội bộ của cchc-rules ({type(exc).__name__}: {exc}). Đây là lỗi phần mềm, không phải "
            "lỗi dữ liệu của bạn; xin gửi báo cáo lỗi kèm lệnh đã chạy. Đặt CCHC_DEBUG=1 để xem chi tiết."
        )
        sys.exit(3)
