"""Command line, part 1: the options every command shares and the parsers of argument values
(quarter, date, agency), each turning a bad value into a usage error (exit 2). `cli.py` holds
the commands.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from cchc_rules.messages import Lang
from cchc_rules.rulepack.pack import RulePack


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


class DiffFormat(str, Enum):
    table = "table"
    json = "json"
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


DataOpt = Annotated[
    Path | None,
    typer.Option("--data", help="Thư mục số liệu của đơn vị, mỗi quý một thư mục con 2026-Q1 … "
                 "(mặc định: số liệu Trường Xuân đi kèm).", file_okay=False),
]
PeriodOpt = Annotated[str, typer.Option("--period", help="Quý cần kiểm tra, ví dụ \"Quý II/2026\" hoặc 2026-Q2.")]
OutputOpt = Annotated[  # a result file of evaluate, score, batch, index766, diff (written atomically)
    Path | None, typer.Option("-o", "--output", help="Ghi kết quả vào tệp này.", dir_okay=False),
]
ScoreFormatOpt = Annotated[ScoreFormat, typer.Option("--format", help="table, json, xlsx hoặc html")]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Ngày xét (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định: hạn báo cáo của kỳ."),
]


def said(message: str, lang: Lang, **params: Any) -> str:
    """The catalogue message `message`, filled in, in `lang`."""
    from cchc_rules.messages import render_text

    return render_text(message, params, lang)[0]


def quarter_or_exit(period: str, lang: Lang) -> Any:
    from cchc_rules.periods import Quarter

    from cchc_rules.formats import parse_quarter_text

    try:
        return Quarter.parse(parse_quarter_text(period) or period)  # "Quý III/2026" as the data files write it
    except ValueError:
        raise typer.BadParameter(said("usage.period_format", lang, value=period), param_hint="--period") from None


def date_or_exit(text: str | None, lang: Lang) -> Any:
    from cchc_rules.rulepack.common import parse_date

    if text is None:
        return None
    day = parse_date(text)
    if day is None:
        raise typer.BadParameter(said("usage.date_format", lang, value=text), param_hint="--as-of")
    return day


def agency_or_exit(pack: RulePack, agency: str | None, lang: Lang) -> str | None:
    """The plan's code of `agency` (a code, name or alias in any case); a usage error (exit 2) otherwise."""
    if agency is None:
        return None
    from cchc_rules.messages import word
    from cchc_rules.suggest import fold, nearest

    names = {fold(n): a.code for a in pack.plan.agencies for n in (a.code, a.name, *a.aliases)}
    if fold(agency) in names:
        return names[fold(agency)]
    codes = [a.code for a in pack.plan.agencies]
    guess = nearest(agency, [*codes, *(a.name for a in pack.plan.agencies)])
    guess = names.get(fold(guess), guess) if guess else None
    hint = " " + word("did_you_mean", lang).replace("{s}", guess) if guess else ""
    text = said("usage.unknown_agency", lang, value=agency, hint=hint, known=", ".join(codes))
    raise typer.BadParameter(text, param_hint="--agency")
