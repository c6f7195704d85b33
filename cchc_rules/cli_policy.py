"""Command line for policy staff: `diff` (an edit and its effects), `test` (the pack's own
scenarios with rule coverage) and `schema` (the JSON Schemas of the rules files, for their editor,
and of the JSON outputs). cli.py registers the commands; these functions parse nothing
themselves and decide nothing: they call pack_diff and packtest and print what comes back.

Exit codes: diff 0 (whatever it finds), 2 a pack or the data has errors; test 0 every scenario
passes (and, with --require-coverage, every rule is covered), 1 otherwise, 2 the pack has errors.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cchc_rules.cli_options import DiffFormat, Format, LangOpt, LangOption, OutputOpt, RulesOpt, quarter_or_exit, said
from cchc_rules.report.output import NOT_READ, check_output, write_text

from cchc_rules import terminal
from cchc_rules.errors import RulesFileError
from cchc_rules.messages import Lang, render_problems, render_text, summary
from cchc_rules.report.json_out import to_json
from cchc_rules.report.output import write_document
from cchc_rules.rulepack.load import display_path, load_rules
from cchc_rules.rulepack.pack import RulePack

MAX_SHOWN = 200


def _pack_or_exit(folder: Path, lang: Lang) -> RulePack:
    try:
        return load_rules(folder)
    except RulesFileError as exc:
        print(render_problems(exc.problems, lang, MAX_SHOWN), file=sys.stderr)
        print(summary(exc.problems, lang), file=sys.stderr)
        raise typer.Exit(2) from None


def diff_command(old_dir: Path, new_dir: Path, data: Path | None, period: str | None, year: int | None,
                 fmt: str, output: Path | None, lang: Lang) -> None:
    from cchc_rules.pack_diff import diff_effects, diff_packs
    from cchc_rules.pack_diff.render import diff_html, diff_lines

    old, new = _pack_or_exit(old_dir, lang), _pack_or_exit(new_dir, lang)
    edits = diff_packs(old, new)
    doc = {"edits": edits.to_json(lang)}
    effects = None
    if data is not None or period is not None or year is not None:
        from cchc_rules.rulepack.load import bundled_data_dir

        effects = diff_effects(old, new, data or bundled_data_dir(), period=period, year=year, edits=edits)
        doc["effects"] = effects.to_json(lang)
        if effects.problems:  # the data's errors, every one, as `evaluate` prints them
            print(render_problems(list(effects.problems), lang, MAX_SHOWN), file=sys.stderr)
            print(summary(list(effects.problems), lang), file=sys.stderr)
    if fmt == "json":
        write_document(to_json(doc), output)
    elif fmt == "html":
        write_document(diff_html(doc, lang), output)
    else:
        text = "\n".join(diff_lines(doc, lang)) + "\n"
        if output is None:
            sys.stdout.write(terminal.visible(text))
        else:
            write_document(text, output)
    if effects is not None and effects.skipped and not effects.effects and \
            all(reason == "facts_error" for _, _, reason in effects.skipped):
        raise typer.Exit(2)  # nothing could be compared: the data has errors


def test_command(rules: Path | None, require_coverage: bool, fmt: str, lang: Lang) -> None:
    from cchc_rules.packtest import run_pack_tests
    from cchc_rules.packtest.report import result_lines
    from cchc_rules.rulepack.load import bundled_rules_dir

    folder = rules or bundled_rules_dir()
    pack = _pack_or_exit(folder, lang)
    result = run_pack_tests(pack)
    if fmt == "json":
        sys.stdout.write(to_json(result.to_json(lang)))
    else:
        sys.stdout.write(terminal.visible("\n".join(result_lines(result, lang)) + "\n"))
    if result.usage_error:
        raise typer.Exit(2)
    if result.failed or (require_coverage and result.uncovered):
        raise typer.Exit(1)


def diff_cmd(
    old: Annotated[Path, typer.Argument(help="Thư mục bộ quy tắc cũ.", file_okay=False)],
    new: Annotated[Path, typer.Argument(help="Thư mục bộ quy tắc mới.", file_okay=False)],
    data: Annotated[Path | None, typer.Option(
        "--data", help="Số liệu để xem ảnh hưởng (một đơn vị, hoặc thư mục nhiều đơn vị).", file_okay=False)] = None,
    period: Annotated[str | None, typer.Option("--period", help="Chỉ xét quý này, ví dụ 2026-Q2.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Chỉ xét năm này (điểm và các quý).")] = None,
    format: Annotated[DiffFormat, typer.Option("--format", help="table, json hoặc html")] = DiffFormat.table,  # noqa: A002
    output: OutputOpt = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """So sánh hai phiên bản bộ quy tắc: sửa đổi và ảnh hưởng trên số liệu."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if period is not None:
        period = str(quarter_or_exit(period, lang_))
    if data is not None and not data.is_dir():
        raise typer.BadParameter(render_text("diff.no_data_folder", {"folder": str(data)}, lang_)[0],
                                 param_hint="--data")
    check_output(output, rules=new, data=data)
    diff_command(old, new, data, period, year, format.value, output, lang_)


def test_cmd(
    rules: RulesOpt = None,
    require_coverage: Annotated[bool, typer.Option(
        "--require-coverage", help="Không đạt (mã 1) khi còn quy tắc chưa có kịch bản nào kiểm tra.")] = False,
    format: Annotated[Format, typer.Option("--format", help="table hoặc json")] = Format.table,  # noqa: A002
    lang: LangOpt = LangOption.vi,
) -> None:
    """Chạy các kịch bản của bộ quy tắc (thư mục tests/) và báo độ phủ quy tắc."""
    test_command(rules, require_coverage, format.value, lang.value)  # type: ignore[arg-type]


def schema_cmd(
    file: Annotated[
        str | None, typer.Argument(help="plan | tasks | targets | reporting (bỏ trống: cả bốn)")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Ghi <tên>.schema.json vào thư mục này.",
                                  file_okay=False)
    ] = None,
    outputs: Annotated[bool, typer.Option(
        "--outputs", help="JSON Schema của tài liệu JSON mà công cụ ghi ra: quarter-report, year-report, batch.")] = False,
    lang: LangOpt = LangOption.vi,
) -> None:
    """JSON Schema của các tệp quy tắc (cho trình soạn thảo), hoặc của kết quả JSON (--outputs)."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    from cchc_rules.contract_schemas import output_schemas
    from cchc_rules.schema import schemas

    all_schemas = output_schemas() if outputs else schemas()
    if file is not None and file not in all_schemas:
        raise typer.BadParameter(said("usage.schema_name", lang_, value=file, names=", ".join(all_schemas)),
                                 param_hint="FILE")
    chosen = {file: all_schemas[file]} if file else all_schemas
    if output is None:
        sys.stdout.write(to_json(chosen[file] if file else chosen))
        return
    check_output(output, rules=None, data=NOT_READ, folder=True)
    output.mkdir(parents=True, exist_ok=True)
    for name, body in chosen.items():
        write_text(output / f"{name}.schema.json", to_json(body))
        print(display_path(output / f"{name}.schema.json"))
