"""Command line: argument parsing, exit codes and printing. No decisions are made here.

Exit codes: 0 ran cleanly (for `check`: the pack is valid); 1 `check` found problems;
2 usage error, or the rules/facts a command needs have errors; 3 internal error.
"""

from __future__ import annotations

import gc
import os
import sys
from enum import Enum
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cchc_rules import terminal
from cchc_rules.cli_usage import ProblemsGroup
from cchc_rules.errors import RulesFileError
from cchc_rules.messages import Lang, render_problems, summary
from cchc_rules.report.json_out import to_json
from cchc_rules.report.output import NOT_READ, atomic_open, check_output, write_document, write_text
from cchc_rules.report.tables import table
from cchc_rules.rulepack.load import bundled_rules_dir, display_path, iter_problems, load_rules
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.views import VIEWS

if TYPE_CHECKING:  # rich is imported only where tables are printed (not for --format json)
    from rich.console import Console

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help text: it goes through terminal.VisibleStream on a terminal
    cls=ProblemsGroup,  # problems raised by a command (e.g. a refused -o) exit 2 with their location
    help="cchc-rules: kế hoạch cải cách hành chính dưới dạng quy tắc (rules-as-code).",
)

MAX_SHOWN = 200


class LangOption(str, Enum):
    vi = "vi"
    en = "en"


class Format(str, Enum):
    table = "table"
    json = "json"


class QuarterFormat(str, Enum):
    table = "table"
    json = "json"
    xlsx = "xlsx"
    html = "html"


class ScoreFormat(str, Enum):
    table = "table"
    json = "json"
    xlsx = "xlsx"
    html = "html"


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
    console = _out()
    if what is ShowWhat.reporting:
        console.print(table("duties", data["duties"], lang_))
        return
    console.print(table(what.value, data, lang_))


DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help="Thư mục số liệu của đơn vị, mỗi quý một thư mục con 2026-Q1 … "
                 "(mặc định: số liệu Trường Xuân đi kèm).", file_okay=False),
]
PeriodOpt = Annotated[str, typer.Option("--period", help="Quý cần kiểm tra, ví dụ 2026-Q2.")]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Ngày xét (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định: hạn báo cáo của kỳ."),
]


def _quarter_or_exit(period: str) -> Any:
    from cchc_rules.periods import Quarter

    try:
        return Quarter.parse(period)
    except ValueError:
        raise typer.BadParameter(f"'{period}' — viết dạng 2026-Q2", param_hint="--period") from None


def _date_or_exit(text: str | None) -> Any:
    from cchc_rules.rulepack.common import parse_date

    if text is None:
        return None
    day = parse_date(text)
    if day is None:
        raise typer.BadParameter(f"'{text}' — viết dạng 16/06/2026", param_hint="--as-of")
    return day


def _run_quarter(rules: Path | None, data: Path | None, period: str, as_of: str | None, unit: str | None,
                 lang: Lang) -> tuple[RulePack, dict[str, Any], list[Any]]:
    """Evaluate a quarter (and the previous one when its data is there); exit 2 on input errors."""
    from cchc_rules.engine import default_host
    from cchc_rules.errors import FactsFileError
    from cchc_rules.evaluate import evaluate_quarter
    from cchc_rules.report.quarter import quarter_json
    from cchc_rules.rulepack.load import bundled_data_dir

    quarter, day = _quarter_or_exit(period), _date_or_exit(as_of)
    pack = _load_or_exit(rules, lang)
    if unit is not None and unit != pack.plan.plan.unit.code:
        raise typer.BadParameter(f"'{unit}' — bộ quy tắc này của đơn vị {pack.plan.plan.unit.code} "
                                 f"({pack.plan.plan.unit.name})", param_hint="--unit")
    data_dir = data or bundled_data_dir()
    host = default_host()
    try:
        result = evaluate_quarter(pack, data_dir, quarter, day, host, lang)
        history: list[Any] = []  # the quarters before, as far back as escalation needs and data exists
        earlier = quarter.previous()
        while len(history) < pack.reporting.explanation.repeat_quarters - 1 and (data_dir / str(earlier)).is_dir():
            history.append(evaluate_quarter(pack, data_dir, earlier, None, host, lang))
            earlier = earlier.previous()
    except FactsFileError as exc:
        print(render_problems(exc.problems, lang, MAX_SHOWN), file=sys.stderr)
        print(summary(exc.problems, lang), file=sys.stderr)
        _print_counts_of(exc, lang)
        raise typer.Exit(2) from None
    doc = quarter_json(pack, result, history, lang)
    if result.warnings:
        print(render_problems(list(result.warnings), lang, MAX_SHOWN), file=sys.stderr)
    _print_counts(doc["inputs"]["total"], lang)
    return pack, doc, list(result.findings)


def _print_counts(total: dict[str, Any], lang: Lang) -> None:
    text = ("Đã đọc {read} dòng: dùng {used}, loại {rejected}, trùng {duplicates}." if lang == "vi"
            else "Read {read} rows: used {used}, rejected {rejected}, duplicates {duplicates}.")
    print(text.format(**total), file=sys.stderr)


def _print_counts_of(exc: Any, lang: Lang) -> None:
    counts = getattr(exc, "counts", None)
    if counts is not None:
        from cchc_rules.report.quarter import counts_json

        _print_counts(counts_json(counts)["total"], lang)


@app.command()
def evaluate(
    period: PeriodOpt,
    unit: Annotated[str | None, typer.Option("--unit", help="Mã đơn vị hành chính (5 chữ số).")] = None,
    rules: RulesOpt = None,
    data: DataOpt = None,
    as_of: AsOfOpt = None,
    format: Annotated[QuarterFormat, typer.Option(  # noqa: A002
        "--format", help="table, json, xlsx (sổ tính) hoặc html (báo cáo in được)")] = QuarterFormat.table,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Ghi kết quả vào tệp này.",
                                                dir_okay=False)] = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Kiểm tra một quý: vi phạm, cơ quan chậm trễ, báo cáo giải trình phải nộp."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if format is QuarterFormat.xlsx and output is None:
        raise typer.BadParameter("--format xlsx cần -o TỆP.xlsx", param_hint="-o")
    check_output(output, rules=rules, data=data)
    _, doc, _ = _run_quarter(rules, data, period, as_of, unit, lang_)
    if format is QuarterFormat.xlsx:
        from cchc_rules.report.quarter_xlsx import render_quarter_xlsx

        render_quarter_xlsx(doc, output, lang_)  # type: ignore[arg-type]
        print(display_path(output))  # type: ignore[arg-type]
        return
    if format is QuarterFormat.html:
        from cchc_rules.report.html import quarter_html

        write_document(quarter_html(doc, lang_), output)
        return
    from cchc_rules.report.quarter import quarter_tables

    _emit(doc, format is QuarterFormat.json, output, lambda: quarter_tables(doc, lang_))


def _run_score(rules: Path | None, data: Path | None, year: int, unit: str | None, lang: Lang
               ) -> tuple[RulePack, dict[str, Any]]:
    from cchc_rules.engine import default_host
    from cchc_rules.errors import FactsFileError
    from cchc_rules.rulepack.load import bundled_data_dir
    from cchc_rules.score import score_year

    pack = _load_or_exit(rules, lang)
    if unit is not None and unit != pack.plan.plan.unit.code:
        raise typer.BadParameter(f"'{unit}' — bộ quy tắc này của đơn vị {pack.plan.plan.unit.code}",
                                 param_hint="--unit")
    if year not in pack.rubrics:
        have = ", ".join(map(str, sorted(pack.rubrics))) or "không có"
        raise typer.BadParameter(f"{year} — bộ quy tắc không có scoring/{year}.yaml (có: {have})",
                                 param_hint="--year")
    try:
        facts_dir = data or bundled_data_dir()
        doc = score_year(pack, facts_dir, year, default_host(), lang)
    except FactsFileError as exc:
        print(render_problems(exc.problems, lang, MAX_SHOWN), file=sys.stderr)
        print(summary(exc.problems, lang), file=sys.stderr)
        raise typer.Exit(2) from None
    from cchc_rules.score_inputs import load_year

    warnings = list(load_year(pack, facts_dir, year).warnings) if doc["warnings"] else []
    if warnings:
        print(render_problems(warnings, lang, MAX_SHOWN), file=sys.stderr)
    return pack, doc


@app.command()
def score(
    year: Annotated[int, typer.Option("--year", help="Năm tự đánh giá, ví dụ 2026.")],
    unit: Annotated[str | None, typer.Option("--unit", help="Mã đơn vị hành chính (5 chữ số).")] = None,
    rules: RulesOpt = None,
    data: DataOpt = None,
    format: Annotated[ScoreFormat, typer.Option(  # noqa: A002
        "--format", help="table, json, xlsx hoặc html")] = ScoreFormat.table,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Ghi kết quả vào tệp này.",
                                                dir_okay=False)] = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Tự đánh giá, chấm điểm Chỉ số CCHC năm: điểm từng tiêu chí, tổng, xếp loại, tài liệu kiểm chứng."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if format is ScoreFormat.xlsx and output is None:
        raise typer.BadParameter("--format xlsx cần -o TỆP.xlsx", param_hint="-o")
    check_output(output, rules=rules, data=data)
    _, doc = _run_score(rules, data, year, unit, lang_)
    if format is ScoreFormat.xlsx:
        from cchc_rules.report.score_xlsx import render_score_xlsx

        render_score_xlsx(doc, output)  # type: ignore[arg-type]
        print(display_path(output))  # type: ignore[arg-type]
        return
    if format is ScoreFormat.html:
        from cchc_rules.report.html import score_html

        quarters = _year_quarters(rules, data, year, lang_)
        write_document(score_html(doc, quarters, lang_), output)
        return
    from cchc_rules.report.score_tables import score_tables

    _emit(doc, format is ScoreFormat.json, output, lambda: score_tables(doc, lang_))


def _year_quarters(rules: Path | None, data: Path | None, year: int, lang: Lang) -> list[dict[str, Any]]:
    """The quarter checks of `year` whose data folders exist, oldest first (for the trend chart).

    A quarter whose facts have errors is left out with a note on standard error.
    """
    from cchc_rules.engine import default_host
    from cchc_rules.errors import FactsFileError
    from cchc_rules.evaluate import evaluate_quarter
    from cchc_rules.periods import Quarter
    from cchc_rules.report.quarter import quarter_json
    from cchc_rules.rulepack.load import bundled_data_dir

    pack = _load_or_exit(rules, lang)
    data_dir = data or bundled_data_dir()
    docs: list[dict[str, Any]] = []
    for number in range(1, 5):
        quarter = Quarter(year, number)
        if not (data_dir / str(quarter)).is_dir():
            continue
        try:
            result = evaluate_quarter(pack, data_dir, quarter, None, default_host(), lang)
        except FactsFileError as exc:
            print((f"Bỏ qua kỳ {quarter} trong biểu đồ xu hướng: {summary(exc.problems, lang)}." if lang == "vi"
                   else f"Quarter {quarter} left out of the trend: {summary(exc.problems, lang)}."),
                  file=sys.stderr)
            continue
        docs.append(quarter_json(pack, result, [], lang))
    return docs


@app.command()
def explain(
    item_id: Annotated[str, typer.Argument(
        help="Mã phát hiện (2026-Q2/task-overdue/2.0.2026, cùng --period) hoặc mã tiêu chí (3.4, cùng --year)")],
    period: Annotated[str | None, typer.Option("--period", help="Quý của phát hiện, ví dụ 2026-Q2.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Năm của tiêu chí chấm điểm.")] = None,
    rules: RulesOpt = None,
    data: DataOpt = None,
    as_of: AsOfOpt = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Giải thích một phát hiện (quy tắc, điều khoản, dữ kiện tệp:dòng, phép so sánh) hoặc một tiêu chí."""
    from cchc_rules.explain import explain_criterion, explain_finding

    lang_: Lang = lang.value  # type: ignore[assignment]
    if (period is None) == (year is None):
        raise typer.BadParameter("cần đúng một trong --period (phát hiện) hoặc --year (tiêu chí)",
                                 param_hint="--period/--year")
    if year is not None:
        _, score_doc = _run_score(rules, data, year, None, lang_)
        text = explain_criterion(score_doc, item_id, lang_)
        if text is None:
            print(f"Không có tiêu chí '{item_id}' trong bộ chỉ số năm {year}.", file=sys.stderr)
            raise typer.Exit(2)
        print(text)
        return
    finding_id = item_id
    pack, doc, _ = _run_quarter(rules, data, period or "", as_of, None, lang_)
    found = next((f for f in doc["findings"] if f["id"] == finding_id), None)
    if found is None:
        from cchc_rules.suggest import nearest

        guess = nearest(finding_id, [f["id"] for f in doc["findings"]])
        hint = f" Có phải ý bạn là '{guess}'?" if guess else ""
        print(f"Không có phát hiện '{finding_id}' trong kỳ {period}.{hint}", file=sys.stderr)
        raise typer.Exit(2)
    print(explain_finding(pack, found, doc, lang_))


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
    quarter = _quarter_or_exit(period)
    check_output(output, rules=rules, folder=True)
    pack = _load_or_exit(rules, lang_)
    from cchc_rules.templates import write_templates

    code = _agency_or_exit(pack, agency, lang_)
    written = write_templates(pack, quarter, output, code, lang_)
    for path in written:
        print(display_path(path))
    if not written:
        print((f"Không có cơ quan nào phải báo cáo trong kỳ {quarter}: không lập biểu mẫu nào." if code is None
               else f"Cơ quan {code} không có nhiệm vụ, chỉ số hay báo cáo nào phải báo cáo trong kỳ {quarter}: "
               "không lập biểu mẫu.") if lang_ == "vi" else
              f"Nothing to report in {quarter} for {code or 'any agency'}: no template written.", file=sys.stderr)


def _agency_or_exit(pack: RulePack, agency: str | None, lang: Lang) -> str | None:
    """The plan's code of `agency` (a code, name or alias in any case); a usage error (exit 2) otherwise."""
    if agency is None:
        return None
    from cchc_rules.suggest import fold, nearest

    names = {fold(n): a.code for a in pack.plan.agencies for n in (a.code, a.name, *a.aliases)}
    if fold(agency) in names:
        return names[fold(agency)]
    codes = [a.code for a in pack.plan.agencies]
    guess = nearest(agency, [*codes, *(a.name for a in pack.plan.agencies)])
    guess = names.get(fold(guess), guess) if guess else None
    hint = (f" Có phải ý bạn là '{guess}'?" if lang == "vi" else f" Did you mean '{guess}'?") if guess else ""
    known = ", ".join(codes)
    text = (f"'{agency}' không phải mã cơ quan của bộ quy tắc.{hint} Các mã có: {known}." if lang == "vi"
            else f"'{agency}' is not an agency code of the rule pack.{hint} Known codes: {known}.")
    raise typer.BadParameter(text, param_hint="--agency")


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
    format: Annotated[ScoreFormat, typer.Option(  # noqa: A002
        "--format", help="table, json, xlsx hoặc html")] = ScoreFormat.table,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Ghi kết quả vào tệp này.",
                                                dir_okay=False)] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                             help="Số tiến trình song song (mặc định: số lõi).")] = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Đánh giá và chấm điểm nhiều đơn vị một lượt, xếp hạng (Sở Nội vụ so sánh các xã, phường)."""
    lang_: Lang = lang.value  # type: ignore[assignment]
    if format is ScoreFormat.xlsx and output is None:
        raise typer.BadParameter("--format xlsx cần -o TỆP.xlsx", param_hint="-o")
    if not data.is_dir():
        raise typer.BadParameter(f"'{data}' — không có thư mục này", param_hint="--data")
    check_output(output, rules=rules, data=data)
    if period is not None and _quarter_or_exit(period).year != year:
        raise typer.BadParameter(f"'{period}' — phải là một quý của năm {year}", param_hint="--period")
    pack = _load_or_exit(rules, lang_)  # units without their own rules/ use this pack: it must be valid
    if year not in pack.rubrics:
        have = ", ".join(map(str, sorted(pack.rubrics))) or "không có"
        raise typer.BadParameter(f"{year} — bộ quy tắc không có scoring/{year}.yaml (có: {have})",
                                 param_hint="--year")
    from cchc_rules.batch.command import batch_command
    from cchc_rules.batch.summary import summary_line

    result = batch_command(data, year, pack.directory, period=period, jobs=jobs or os.cpu_count() or 1,
                           fmt=format.value, output=output, lang=lang_)
    print(summary_line(result, lang_), file=sys.stderr)
    if not result.ranking:  # nothing could be scored: every folder's problems are in the output
        raise typer.Exit(2)


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
    check_output(output, rules=None, data=NOT_READ, folder=True)
    output.mkdir(parents=True, exist_ok=True)
    for name, body in chosen.items():
        write_text(output / f"{name}.schema.json", to_json(body))
        print(display_path(output / f"{name}.schema.json"))


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
