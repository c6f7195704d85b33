"""`cchc-rules index766`: the 766 index of every unit in a folder of metric counts, ranked, or of
one unit, or the arithmetic of one indicator (`--explain METRIC`).

The command's body; cli.py registers it. Picks the index rubric of the period's year from the
pack (scoring/<year>-766.yaml, or `--rubric ID`), reads the counts (index766_data.py), scores
(index766.py), and writes the document (index766_report.py) as a table, JSON, HTML or xlsx.
"""

from __future__ import annotations

import sys
from pathlib import Path

from typing import Annotated

import typer

from cchc_rules.cli_options import LangOpt, LangOption, OutputOpt, RulesOpt, ScoreFormat, ScoreFormatOpt, said
from cchc_rules.report.output import check_output
from cchc_rules.dossiers.counts import is_calendar_period
from cchc_rules.messages import Lang, render_problems, summary
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric_766 import IndexRubricFile

MAX_SHOWN = 200


def period_kind(period: str) -> str:
    """'2026' → year, '2026-Q3' → quarter, '2026-07' → month."""
    return "year" if len(period) == 4 else "quarter" if "-Q" in period else "month"


def choose_rubric(pack: RulePack, year: int, wanted: str | None, lang: Lang) -> tuple[str, IndexRubricFile]:
    """The pack's index rubric of `year` (the only one, or the one `--rubric` names); exit 2 otherwise."""
    found = {m.index.id: (f, m) for f, m in sorted(pack.indexes.items()) if m.index.year == year}
    have = ", ".join(sorted({m.index.id for m in pack.indexes.values()})) or ("không có" if lang == "vi" else "none")
    if wanted is not None:
        if wanted not in found:
            raise typer.BadParameter(said("index766.unknown_rubric", lang, value=wanted, year=year, have=have),
                                     param_hint="--rubric")
        return found[wanted]
    if not found:
        raise typer.BadParameter(said("index766.no_rubric", lang, year=year, have=have), param_hint="--period")
    if len(found) > 1:
        raise typer.BadParameter(said("index766.which_rubric", lang, year=year, have=", ".join(sorted(found))),
                                 param_hint="--rubric")
    return next(iter(found.values()))


def run_index766(pack: RulePack, *, period: str, unit: str | None, data: Path, rubric_id: str | None,
                 province: str | None, explain: str | None, fmt: str, output: Path | None, lang: Lang) -> None:
    from cchc_rules.index766 import IndexScorer, rank, units_in
    from cchc_rules.index766_data import counts_folder, read_counts
    from cchc_rules.index766_report import explain_lines, index_document
    from cchc_rules.rulepack.load import display_path

    if not is_calendar_period(period):
        raise typer.BadParameter(said("index766.bad_period", lang, value=period), param_hint="--period")
    file, rubric = choose_rubric(pack, int(period[:4]), rubric_id, lang)
    kind = period_kind(period)
    if kind not in rubric.index.periods:
        raise typer.BadParameter(said("index766.period_kind", lang, rubric=rubric.index.id, kind=kind,
                                      kinds=", ".join(rubric.index.periods)), param_hint="--period")
    if explain is not None and unit is None:
        raise typer.BadParameter(said("index766.explain_needs_unit", lang), param_hint="--unit")
    metrics = [i.metric for g in rubric.groups for i in g.indicators]
    if explain is not None and explain not in metrics:
        from cchc_rules.suggest import nearest

        guess = nearest(explain, metrics)
        fix = [{"word": "did_you_mean", "s": guess}] if guess else [{"word": "allowed", "s": ", ".join(metrics)}]
        raise typer.BadParameter(said("index766.no_metric", lang, value=explain, rubric=rubric.index.id, fix=fix),
                                 param_hint="--explain")
    folder = counts_folder(data)
    counts, problems = read_counts(folder, [period])
    if problems:
        print(render_problems(problems, lang, MAX_SHOWN), file=sys.stderr)
    if any(p.severity == "error" for p in problems):
        print(summary(problems, lang), file=sys.stderr)
        raise typer.Exit(2)
    present = units_in(counts, period)
    if not present:
        raise typer.BadParameter(said("index766.no_units", lang, period=period, data=display_path(folder)),
                                 param_hint="--period")
    if unit is not None and unit not in present:
        raise typer.BadParameter(said("index766.no_unit", lang, unit=unit, period=period, have=", ".join(present)),
                                 param_hint="--unit")
    own = pack.plan.plan.unit
    province = province if province is not None else own.province_code
    scorer = IndexScorer(rubric, province)
    ranked = rank(scorer.score_each(present, period, counts))
    if unit is not None:
        ranked = [(place, s) for place, s in ranked if s.unit == unit]
    names = {own.code: own.name}
    if own.province_code:
        names.setdefault(own.province_code, own.province or "")
    doc = index_document(rubric, display_path(pack.directory / file), period, display_path(folder), ranked, names,
                         [])
    if explain is not None:
        from cchc_rules import terminal
        from cchc_rules.index766_data import dossier_sample
        from cchc_rules.index766_report import sample_lines

        unit_doc = doc["units"][0]
        ind = next(i for g in unit_doc["groups"] for i in g["indicators"] if i["metric"] == explain)
        from cchc_rules.dossiers.sources import kind_of

        given = kind_of(Path((ind["source"] or "").split(":")[0])) == "metric_counts" or ind["inherited_from"]
        rows = None if given or not ind["source"] else dossier_sample(folder, unit_doc["unit"], period, explain)
        text = explain_lines(rubric, unit_doc, explain, lang) + sample_lines(rows, lang)
        terminal.out().print("\n".join(text), markup=False, highlight=False)
        return
    _write(doc, fmt, output, lang)


def index766(
    period: Annotated[str, typer.Option("--period", help="Kỳ dương lịch: 2026, 2026-Q3 hoặc 2026-07.")],
    unit: Annotated[str | None, typer.Option("--unit", help="Mã đơn vị; bỏ trống = mọi đơn vị, xếp hạng.")] = None,
    rules: RulesOpt = None,
    data: Annotated[Path | None, typer.Option("--data", help="Thư mục metric_counts*.csv (mặc định: số liệu kèm theo, chi-so-766/).")] = None,
    rubric: Annotated[str | None, typer.Option("--rubric", help="Mã bộ chỉ số khi năm có nhiều bộ.")] = None,
    province: Annotated[str | None, typer.Option("--province", help="Mã tỉnh cho chỉ số kế thừa (mặc định: của kế hoạch).")] = None,
    explain: Annotated[str | None, typer.Option("--explain", help="Giải thích cách tính một chỉ số, ví dụ PAYMENT_FORMALITY_PAID.")] = None,
    format: ScoreFormatOpt = ScoreFormat.table,  # noqa: A002
    output: OutputOpt = None,
    lang: LangOpt = LangOption.vi,
) -> None:
    """Bộ chỉ số 766 (Cổng DVCQG) từ số liệu hồ sơ: điểm từng nhóm, chỉ số, tổng, mức màu, xếp hạng."""
    from cchc_rules.rulepack.load import bundled_data_dir

    lang_: Lang = lang.value  # type: ignore[assignment]
    if format is ScoreFormat.xlsx and output is None:
        raise typer.BadParameter(said("usage.xlsx_needs_output", lang_), param_hint="-o")
    check_output(output, rules=rules, data=data)
    run_index766(load_or_exit(rules, lang_), period=period, unit=unit, data=data or bundled_data_dir(),
                 rubric_id=rubric, province=province, explain=explain, fmt=format.value, output=output, lang=lang_)


def is_index_metric(rules: Path | None, item_id: str, lang: Lang) -> bool:
    """Whether `item_id` (for `explain`) is an indicator's metric code in one of the pack's 766 rubrics."""
    if not item_id.replace("_", "").isalnum() or not item_id.isupper():
        return False  # finding ids have '/', criteria are numbers: no need to load the pack
    pack = load_or_exit(rules, lang)
    return any(i.metric == item_id for m in pack.indexes.values() for g in m.groups for i in g.indicators)


def explain_indicator(rules: Path | None, data: Path | None, period: str, unit: str | None, metric: str,
                      lang: Lang) -> None:
    """`cchc-rules explain METRIC --period P --unit U`: the same explanation as `index766 --explain`."""
    from cchc_rules.rulepack.load import bundled_data_dir

    run_index766(load_or_exit(rules, lang), period=period, unit=unit, data=data or bundled_data_dir(),
                 rubric_id=None, province=None, explain=metric, fmt="table", output=None, lang=lang)


def load_or_exit(rules: Path | None, lang: Lang) -> RulePack:
    """The pack, or its problems on standard error and exit 2 (as every command does)."""
    from cchc_rules.errors import RulesFileError
    from cchc_rules.rulepack.load import load_rules

    try:
        return load_rules(rules)
    except RulesFileError as exc:
        print(render_problems(exc.problems, lang, MAX_SHOWN), file=sys.stderr)
        print(summary(exc.problems, lang), file=sys.stderr)
        raise typer.Exit(2) from None


def _write(doc: dict, fmt: str, output: Path | None, lang: Lang) -> None:  # type: ignore[type-arg]
    from cchc_rules import terminal
    from cchc_rules.report.json_out import to_json
    from cchc_rules.report.output import atomic_open, write_document, write_text

    if fmt == "json":
        text = to_json(doc)
        if output is None:
            sys.stdout.write(text)
        else:
            write_text(output, text)
        return
    if fmt == "html":
        from cchc_rules.report.index766_render import index_html

        write_document(index_html(doc, lang), output)
        return
    if fmt == "xlsx":
        from cchc_rules.report.index766_render import index_xlsx
        from cchc_rules.rulepack.load import display_path

        assert output is not None
        index_xlsx(doc, lang, output)
        print(display_path(output))
        return
    from cchc_rules.report.index766_render import index_tables

    if output is None:
        terminal.out().print(index_tables(doc, lang))
        return
    with atomic_open(output) as handle:
        terminal.console(handle, width=160).print(index_tables(doc, lang))
