"""Command line: argument parsing, exit codes and printing. No decisions are made here.

Exit codes: 0 ran cleanly (for `check`: the pack is valid); 1 `check` found problems;
2 usage error, or the rules/facts a command needs have errors; 3 internal error.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from cchc_rules import terminal
from cchc_rules.cli_policy import diff_cmd, schema_cmd, test_cmd
from cchc_rules.cli_usage import ProblemsGroup
from cchc_rules.errors import FactsFileError, RulesFileError
from cchc_rules.messages import Lang, render_problems, summary
from cchc_rules.report.json_out import to_json
from cchc_rules.report.names import names_of
from cchc_rules.report.output import atomic_open, check_output, write_document, write_text
from cchc_rules.report.tables import table
from cchc_rules.rulepack.load import bundled_rules_dir, display_path, iter_problems, load_rules
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.views import VIEWS
from cchc_rules.cli_options import (AsOfOpt, DataOpt, Format, LangOpt, LangOption, OutputOpt, PeriodOpt, QuarterFormat,
                                    RulesOpt, ScoreFormat, ScoreFormatOpt, ShowWhat, agency_or_exit, date_or_exit,
                                    quarter_or_exit, said)

if TYPE_CHECKING:  # rich is imported only where tables are printed (not for --format json)
    from rich.console import Console

    from cchc_rules.pipeline import Workspace
    from cchc_rules.results import QuarterReport, YearReport

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help text: it goes through terminal.VisibleStream on a terminal
    cls=ProblemsGroup,  # problems raised by a command (e.g. a refused -o) exit 2 with their location
    help="cchc-rules: kế hoạch cải cách hành chính dưới dạng quy tắc (rules-as-code).",
)

MAX_SHOWN = 200


def _out() -> Console:
    return terminal.out()


def _load_or_exit(rules: Path | None, lang: Lang) -> RulePack:
    try:
        return load_rules(rules)
    except RulesFileError as exc:
        print(render_problems(exc.problems, lang, MAX_SHOWN), file=sys.stderr)
        print(summary(exc.problems, lang), file=sys.stderr)
        raise typer.Exit(2) from None


def _emit(doc: dict[str, Any], as_json: bool, output: Path | None, tables: Callable[[], Any]) -> None:
    """Write a result as JSON or as tables, to the terminal or to `output`."""
    if as_json:
        text = to_json(doc)
        if output is None:
            sys.stdout.write(text)
        else:
            write_text(output, text)
        return
    if output is None:
        _out().print(tables())
        return
    with atomic_open(output) as handle:
        terminal.console(handle, width=160).print(tables())


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
    console, names = _out(), names_of(pack)
    if what is ShowWhat.reporting:
        console.print(table("duties", data["duties"], lang_, names))
        return
    console.print(table(what.value, data, lang_, names))


def _workspace(rules: Path | None, data: Path | None, unit: str | None, lang: Lang) -> Workspace:
    """The pack (exit 2 on its errors) over the data folder; `--unit` must name the pack's unit."""
    from cchc_rules.pipeline import Workspace
    from cchc_rules.rulepack.load import bundled_data_dir

    pack = _load_or_exit(rules, lang)
    own = pack.plan.plan.unit
    if unit is not None and unit != own.code:
        raise typer.BadParameter(said("run.wrong_unit", lang, unit=unit, code=own.code, name=own.name),
                                 param_hint="--unit")
    return Workspace(pack, data or bundled_data_dir(), lang)


def _facts_errors_exit(exc: FactsFileError, lang: Lang) -> NoReturn:
    print(render_problems(exc.problems, lang, MAX_SHOWN), file=sys.stderr)
    print(summary(exc.problems, lang), file=sys.stderr)
    if exc.counts is not None:
        from cchc_rules.results import counts_json

        _print_counts(counts_json(exc.counts)["total"], lang)  # type: ignore[arg-type]
    raise typer.Exit(2)


def _run_quarter(ws: Workspace, period: str, as_of: str | None) -> QuarterReport:
    """Evaluate a quarter (with the quarters before when their data is there); exit 2 on input errors."""
    from cchc_rules.pipeline import evaluate as evaluate_period

    quarter, day = quarter_or_exit(period, ws.lang), date_or_exit(as_of, ws.lang)
    _warn_outside_plan(ws, day)
    try:
        report = evaluate_period(ws, quarter, day)
    except FactsFileError as exc:
        _facts_errors_exit(exc, ws.lang)
    if report.warnings:
        print(render_problems(list(report.warnings), ws.lang, MAX_SHOWN), file=sys.stderr)
    from cchc_rules.results import counts_json

    _print_counts(counts_json(report.counts)["total"], ws.lang)
    return report


def _warn_outside_plan(ws: Workspace, day: Any) -> None:
    """An --as-of years away from the plan is most likely a typo: say so, and go on."""
    period = ws.pack.plan.plan.period
    if day is not None and not period.from_ <= day.year <= period.to + 1:  # Q4's check falls in January
        print(said("run.as_of_outside_plan", ws.lang, day=day.strftime("%d/%m/%Y"), start=period.from_,
                   end=period.to), file=sys.stderr)


def _print_counts(total: dict[str, Any], lang: Lang) -> None:
    print(said("run.rows_read", lang, **total), file=sys.stderr)


@app.command()
def evaluate(
    period: PeriodOpt,
    unit: Annotated[str | None, typer.Option("--unit", help="Mã đơn vị hành chính (5 chữ số).")] = None,
    rules: RulesOpt = None,
    data: DataOpt = None,
    as_of: AsOfOpt = None,
    format: Annotated[QuarterFormat, typer.Option(  # noqa: A002
        "--format", help="table, json, xlsx (sổ tính) hoặc html (báo cáo in được)")] = QuarterFormat.table,
    output: OutputOpt = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Kiểm tra một quý: vi phạm, cơ quan chậm trễ, báo cáo giải trình phải nộp."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if format is QuarterFormat.xlsx and output is None:
        raise typer.BadParameter(said("usage.xlsx_needs_output", lang_), param_hint="-o")
    check_output(output, rules=rules, data=data)
    ws = _workspace(rules, data, unit, lang_)
    doc = _run_quarter(ws, period, as_of).to_json(lang_)
    names = names_of(ws.pack)
    if format is QuarterFormat.xlsx:
        from cchc_rules.report.quarter_xlsx import render_quarter_xlsx

        render_quarter_xlsx(doc, output, lang_, names)  # type: ignore[arg-type]
        print(display_path(output))  # type: ignore[arg-type]
        return
    if format is QuarterFormat.html:
        from cchc_rules.report.html import quarter_html

        write_document(quarter_html(doc, lang_, names), output)
        return
    from cchc_rules.report.quarter import quarter_tables

    _emit(doc, format is QuarterFormat.json, output, lambda: quarter_tables(doc, lang_, names))


def _rubric_or_exit(pack: RulePack, year: int, lang: Lang) -> None:
    from cchc_rules.pipeline import NoRubric, require_rubric

    try:
        require_rubric(pack, year)
    except NoRubric as exc:
        have = ", ".join(map(str, exc.have)) or ("không có" if lang == "vi" else "none")
        raise typer.BadParameter(said("run.no_rubric", lang, year=year, have=have), param_hint="--year") from None


def _run_score(ws: Workspace, year: int) -> YearReport:
    """Score a year; exit 2 when the pack has no rubric for it or the year's facts have errors."""
    from cchc_rules.pipeline import score as score_of

    _rubric_or_exit(ws.pack, year, ws.lang)
    try:
        report = score_of(ws, year)
    except FactsFileError as exc:
        _facts_errors_exit(exc, ws.lang)
    if report.warnings:
        print(render_problems(list(report.warnings), ws.lang, MAX_SHOWN), file=sys.stderr)
    return report


@app.command()
def score(
    year: Annotated[int, typer.Option("--year", help="Năm tự đánh giá, ví dụ 2026.")],
    unit: Annotated[str | None, typer.Option("--unit", help="Mã đơn vị hành chính (5 chữ số).")] = None,
    rules: RulesOpt = None,
    data: DataOpt = None,
    format: ScoreFormatOpt = ScoreFormat.table,  # noqa: A002
    output: OutputOpt = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Tự đánh giá, chấm điểm Chỉ số CCHC năm: điểm từng tiêu chí, tổng, xếp loại, tài liệu kiểm chứng."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if format is ScoreFormat.xlsx and output is None:
        raise typer.BadParameter(said("usage.xlsx_needs_output", lang_), param_hint="-o")
    check_output(output, rules=rules, data=data)
    ws = _workspace(rules, data, unit, lang_)
    doc = _run_score(ws, year).to_json(lang_)
    names = names_of(ws.pack)
    if format is ScoreFormat.xlsx:
        from cchc_rules.report.score_xlsx import render_score_xlsx

        render_score_xlsx(doc, output, names=names)  # type: ignore[arg-type]
        print(display_path(output))  # type: ignore[arg-type]
        return
    if format is ScoreFormat.html:
        from cchc_rules.report.html import score_html

        quarters = _year_quarters(ws, year)
        write_document(score_html(doc, quarters, lang_, names), output)
        return
    from cchc_rules.report.score_tables import score_tables

    _emit(doc, format is ScoreFormat.json, output, lambda: score_tables(doc, lang_, names))


def _year_quarters(ws: Workspace, year: int) -> list[dict[str, Any]]:
    """The quarter checks of `year` whose data folders exist, oldest first (for the trend chart).

    A quarter whose facts have errors is left out with a note on standard error.
    """
    from cchc_rules.pipeline import trend

    reports, skipped = trend(ws, year)
    for quarter, problems in skipped:
        print(said("run.trend_skipped", ws.lang, period=str(quarter), summary=summary(problems, ws.lang)),
              file=sys.stderr)
    return [r.to_json(ws.lang) for r in reports]


@app.command()
def explain(
    item_id: Annotated[str, typer.Argument(
        help="Mã phát hiện (2026-Q2/task-overdue/2.0.2026, cùng --period), mã tiêu chí (3.4, cùng --year) "
             "hoặc mã chỉ số 766 (DOSSIER_ON_TIME, cùng --period, --unit)")],
    period: Annotated[str | None, typer.Option(
        "--period", help="Quý của phát hiện, ví dụ \"Quý II/2026\" hoặc 2026-Q2; kỳ của chỉ số 766.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Năm của tiêu chí chấm điểm.")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="Mã đơn vị của chỉ số 766.")] = None,
    rules: RulesOpt = None,
    data: DataOpt = None,
    as_of: AsOfOpt = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Giải thích một phát hiện, một tiêu chí, hoặc một chỉ số 766 (phép tính, hồ sơ được tính/không, tệp:dòng)."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if (period is None) == (year is None):
        raise typer.BadParameter(said("usage.period_or_year", lang_), param_hint="--period/--year")
    from cchc_rules.cli_index766 import explain_indicator, is_index_metric
    from cchc_rules.pipeline import NotFound, explain_in_quarter, explain_in_year

    if unit is not None or is_index_metric(rules, item_id, lang_):
        explain_indicator(rules, data, period or str(year), unit, item_id, lang_)
        return
    ws = _workspace(rules, data, None, lang_)
    try:
        if year is not None:
            print(explain_in_year(_run_score(ws, year), item_id, lang_))
        else:
            print(explain_in_quarter(ws.pack, _run_quarter(ws, period or "", as_of), item_id, lang_))
    except NotFound as exc:
        print(f"{exc.text.render(lang_)} {exc.text.hint(lang_)}".rstrip(), file=sys.stderr)
        raise typer.Exit(2) from None


@app.command()
def template(
    period: PeriodOpt,
    output: Annotated[Path, typer.Option("-o", "--output", help="Thư mục ghi biểu mẫu (tạo nếu chưa có).",
                                         file_okay=False)],
    agency: Annotated[str | None, typer.Option("--agency", help="Chỉ lập biểu mẫu cho cơ quan này (mã, ví dụ VHXH).")] = None,
    rules: RulesOpt = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Lập biểu mẫu Excel cho từng cơ quan: nhiệm vụ, chỉ tiêu, báo cáo phải nộp trong kỳ; điền xong nạp lại được."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    quarter = quarter_or_exit(period, lang_)
    check_output(output, rules=rules, folder=True)
    pack = _load_or_exit(rules, lang_)
    from cchc_rules.templates import write_templates

    code = agency_or_exit(pack, agency, lang_)
    written = write_templates(pack, quarter, output, code, lang_)
    for path in written:
        print(display_path(path))
    if not written:
        print((f"Không có cơ quan nào phải báo cáo trong kỳ {quarter}: không lập biểu mẫu nào." if code is None
               else f"Cơ quan {code} không có nhiệm vụ, chỉ số hay báo cáo nào phải báo cáo trong kỳ {quarter}: "
               "không lập biểu mẫu.") if lang_ == "vi" else
              f"Nothing to report in {quarter} for {code or 'any agency'}: no template written.", file=sys.stderr)


@app.command()
def catalogue(
    rules: RulesOpt = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Ghi danh mục vào tệp này (.html: trang in được; .md hoặc khác: Markdown).",
        dir_okay=False)] = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Danh mục quy tắc: mọi nhiệm vụ, chỉ tiêu, chế độ báo cáo, kiểm tra riêng, tiêu chí chấm điểm kèm điều khoản."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    check_output(output, rules=rules)
    pack = _load_or_exit(rules, lang_)
    from cchc_rules.report.catalogue import render_catalogue

    as_html = output is not None and output.suffix.lower() in {".html", ".htm"}
    write_document(render_catalogue(pack, "html" if as_html else "markdown", lang_), output)


@app.command()
def batch(
    year: Annotated[int, typer.Option("--year", help="Năm đánh giá, ví dụ 2026.")],
    data: Annotated[Path, typer.Option("--data", help="Thư mục chứa mỗi đơn vị một thư mục con (tên bắt đầu "
                                       "bằng mã đơn vị, ví dụ 31294-xa-truong-xuan).", file_okay=False)],
    period: Annotated[str | None, typer.Option("--period", help="Quý dùng cho cơ quan chậm trễ (mặc định: "
                                               "quý cuối có số liệu).")] = None,
    rules: RulesOpt = None,
    format: ScoreFormatOpt = ScoreFormat.table,  # noqa: A002
    output: OutputOpt = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                             help="Số tiến trình song song (mặc định: số lõi).")] = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Đánh giá và chấm điểm nhiều đơn vị một lượt, xếp hạng (Sở Nội vụ so sánh các xã, phường)."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if format is ScoreFormat.xlsx and output is None:
        raise typer.BadParameter(said("usage.xlsx_needs_output", lang_), param_hint="-o")
    if not data.is_dir():
        raise typer.BadParameter(said("usage.no_folder", lang_, value=str(data)), param_hint="--data")
    check_output(output, rules=rules, data=data)
    if period is not None and quarter_or_exit(period, lang_).year != year:
        raise typer.BadParameter(said("usage.period_of_year", lang_, value=period, year=year), param_hint="--period")
    pack = _load_or_exit(rules, lang_)  # units without their own rules/ use this pack: it must be valid
    _rubric_or_exit(pack, year, lang_)
    from cchc_rules.batch.command import batch_command
    from cchc_rules.batch.summary import summary_line

    result = batch_command(data, year, pack.directory, period=period, jobs=jobs or os.cpu_count() or 1,
                           fmt=format.value, output=output, lang=lang_)
    print(summary_line(result, lang_), file=sys.stderr)
    if not result.ranking:  # nothing could be scored: every folder's problems are in the output
        raise typer.Exit(2)


app.command("diff")(diff_cmd)  # cli_policy: the commands for policy staff who edit the rules
app.command("test")(test_cmd)
app.command("schema")(schema_cmd)
from cchc_rules.cli_index766 import index766  # noqa: E402 - the 766 index command; its body in its own module

app.command("index766")(index766)

from cchc_rules.service.cli import serve, units, users  # noqa: E402 - the web service (cchc_rules/service/)

app.command("serve")(serve)
app.add_typer(users, name="users")
app.add_typer(units, name="units")


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: run the app and exit with its code (see `run`)."""
    # The modules imported so far live as long as the process: move them out of the cyclic
    # garbage collector's sight, so its full collections do not re-scan them (~70 ms of a
    # quarter check went to two such scans). Collection of what the command allocates is unchanged.
    gc.freeze()
    sys.exit(run(argv))


def run(argv: list[str] | None = None) -> int:
    """Run the app on `argv` (default: the process's arguments) and return the exit code
    (cli_usage.run_app: usage errors and problems exit 2 in the user's language, bugs exit 3)."""
    from cchc_rules.cli_usage import run_app

    return run_app(app, sys.argv[1:] if argv is None else list(argv))
