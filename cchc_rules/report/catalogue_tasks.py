"""Catalogue sections drawn from tasks.yaml, reporting.yaml and checks.yaml: the appendix tasks with
the rule that judges each, the reporting calendar and duties, the explanation duty, the feedback
rule, the responsibilities, the custom checks and the fixed rules of the quarter check.
"""

from __future__ import annotations

from cchc_rules.compile import RuleSpec, compile_quarter
from cchc_rules.messages import Lang
from cchc_rules.report.catalogue_model import Fields, Para, Section, Table, lines
from cchc_rules.report.catalogue_pack import (
    filled,
    agencies,
    agency,
    area_name,
    clause_list,
    explain_sentence,
    notes,
    where,
)
from cchc_rules.report.catalogue_text import (
    APPLIES_TO,
    CAUSES,
    LAPSES,
    SEVERITY,
    is_dated,
    iso_day,
    label,
    part_words,
    word,
)
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import Criterion
from cchc_rules.rulepack.tasks import Task


def _quarter_specs(pack: RulePack) -> tuple[RuleSpec, ...]:
    """The quarter check's rules as compiled for the plan's first year."""
    return compile_quarter(pack, pack.plan.plan.period.from_).specs


# ---- tasks

def tasks_section(pack: RulePack, lang: Lang) -> Section:
    tasks = sorted(pack.tasks.tasks, key=lambda t: t.number)
    index = {t.number: i for i, t in enumerate(pack.tasks.tasks)}
    task_clause = next((s.clause for s in _quarter_specs(pack) if s.id == "task-overdue"), "")
    scored = _scored_tasks(pack)
    groups = []
    codes = [a.code for a in pack.plan.areas] + sorted({t.area for t in tasks} - {a.code for a in pack.plan.areas})
    for code in codes:
        members = [t for t in tasks if t.area == code]
        if not members:
            continue
        area = next((a for a in pack.plan.areas if a.code == code), None)
        title = f"{area.name} ({area.tasks_clause})" if area and area.tasks_clause else area_name(pack, code)
        children = tuple(_task(pack, t, index[t.number], task_clause, scored.get(t.number, []), lang)
                         for t in members)
        groups.append(Section(f"nhiem-vu-{code.replace('_', '-')}", title, children=children))
    summary = Table(
        (label("number", lang), label("content", lang), label("lead", lang), label("schedule", lang), label("clause", lang)),
        tuple((str(t.number), t.content, agency(pack, t.lead), _schedule(pack, t, lang), t.clause) for t in tasks),
        widths=(5, 45, 18, 20, 12))
    return Section("nhiem-vu", label("tasks", lang),
                   (Para(label("tasks_count", lang, n=len(tasks))), summary), tuple(groups))


def _schedule(pack: RulePack, task: Task, lang: Lang) -> str:
    period = pack.plan.plan.period
    return "\n".join(part_words(p, (period.from_, period.to), lang) for p in task.schedule.parts)


def _task(pack: RulePack, task: Task, i: int, clause: str, scored: list[str], lang: Lang) -> Section:
    co = agencies(pack, task.co_agencies)
    if task.co_agencies_as_written and task.co_agencies_as_written not in co:
        co = lines(co, f"({label('as_written', lang)}: {task.co_agencies_as_written})")
    dated = any(is_dated(p) for p in task.schedule.parts)
    judge = (label("judge_dated", lang, clause=clause) if dated else label("judge_undated", lang))
    owed = explain_sentence(pack, "task_overdue", "lead_agency", lang) if dated else ""
    targets = list(task.related_targets) + [t.id for t in pack.targets.targets
                                            if task.number in t.related_tasks and t.id not in task.related_targets]
    names = {t.id: t.name for t in pack.targets.targets}
    items = [
        (label("area", lang), area_name(pack, task.area)),
        (label("lead", lang), agency(pack, task.lead)),
        (label("co_agencies", lang), co),
        (label("schedule_written", lang), task.schedule.as_written),
        (label("schedule", lang), _schedule(pack, task, lang)),
        (label("product", lang), "\n".join(task.product)),
        (label("method", lang), lines(judge, owed)),
        (label("related_targets", lang), "\n".join(names.get(t, t) for t in targets)),
        (label("scored_by", lang), "\n".join(scored)),
        (label("notes", lang), notes(task.notes, lang)),
        (label("clause", lang), task.clause),
        (label("source", lang), where(pack, "tasks.yaml", ("tasks", i))),
    ]
    return Section(f"nhiem-vu-{task.number}", f"{label('task', lang, n=task.number)}. {task.content}",
                   (Fields(filled(items)),), in_toc=False)


def _scored_tasks(pack: RulePack) -> dict[int, list[str]]:
    """Task number → the rubric criteria that score it ('2026: 1.1.1 …')."""
    found: dict[int, list[str]] = {}

    def walk(year: int, node: Criterion) -> None:
        for child in node.criteria:
            walk(year, child)
        method = node.method
        task = getattr(getattr(method, "input", None), "task", None)
        if task is not None:
            found.setdefault(task, []).append(f"{year}: {node.id} {node.name}")

    for year, rubric in sorted(pack.rubrics.items()):
        for part in rubric.parts:
            for node in part.criteria:
                walk(year, node)
    return found


# ---- reporting

def reporting_section(pack: RulePack, lang: Lang) -> Section:
    return Section("bao-cao", label("reporting", lang), children=(
        _calendar(pack, lang), _duties(pack, lang), _explanation(pack, lang), _feedback(pack, lang),
        _responsibilities(pack, lang)))


def _calendar(pack: RulePack, lang: Lang) -> Section:
    cal = pack.reporting.calendar
    rows = []
    for p in cal.periods:
        starts = label("previous_year", lang, day=p.starts) if p.starts_previous_year else p.starts
        rows.append((p.id, p.label, starts, p.ends, str(p.quarter) if p.quarter else label("none", lang)))
    header = tuple(label(k, lang) for k in ("period_id", "label", "starts", "ends", "closes_quarter"))
    fields = Fields(filled([
        (label("when", lang), label("due_rule", lang, n=cal.report_due_working_days)),
        (label("due_basis", lang), cal.due_basis or ""),
        (label("holidays", lang), ", ".join(iso_day(h) for h in cal.holidays)),
        (label("clause", lang), cal.clause),
        (label("source", lang), where(pack, "reporting.yaml", ("calendar",))),
    ]))
    return Section("lich-bao-cao", label("calendar", lang), (Table(header, tuple(rows), code=frozenset({0})), fields))


def _duties(pack: RulePack, lang: Lang) -> Section:
    cal = pack.reporting.calendar
    labels = {p.id: p.label for p in cal.periods}
    rows = []
    for i, d in enumerate(pack.reporting.duties):
        to = agencies(pack, d.to)
        if d.via:
            to = lines(to, label("via", lang, agency=agency(pack, d.via)))
        if d.kind == "periodic":
            n = d.due_working_days if d.due_working_days is not None else cal.report_due_working_days
            periods = ", ".join(labels.get(p, p) for p in d.periods)
            when = lines(label("periodic", lang, periods=periods, n=n), label("report_judged", lang, clause=d.clause),
                         explain_sentence(pack, "report_missing", "reporter_agency", lang))
        else:
            when = label("on_request", lang)
        rows.append((d.id, d.title, agencies(pack, d.reporters), to, when,
                     notes(d.notes, lang) or label("none", lang), clause_list(d.clause, d.also_clauses),
                     where(pack, "reporting.yaml", ("duties", i))))
    header = tuple(label(k, lang) for k in ("code", "duty", "reporters", "to", "when", "notes", "clause", "source"))
    table = Table(header, tuple(rows), code=frozenset({0}), widths=(10, 16, 13, 13, 20, 12, 8, 8))
    return Section("nhiem-vu-bao-cao", label("duties", lang), (table,))


def _explanation(pack: RulePack, lang: Lang) -> Section:
    e = pack.reporting.explanation
    fields = Fields(filled([
        (label("owed_for", lang), "; ".join(word(LAPSES, x, lang) for x in e.owed_for)),
        (label("accepted_causes", lang), ", ".join(word(CAUSES, c, lang) for c in e.accepted_causes)),
        (label("explain_due", lang), label("explain_due_text", lang, n=e.due_working_days)),
        (label("due_basis", lang), e.due_basis or ""),
        (label("receiver", lang), agency(pack, e.receiver)),
        (label("repeat", lang), label("repeat_text", lang, n=e.repeat_quarters, agency=agency(pack, e.repeat_to),
                                      clause=e.repeat_clause)),
        (label("clause", lang), clause_list(e.clause, e.also_clauses)),
        (label("source", lang), where(pack, "reporting.yaml", ("explanation",))),
    ]))
    return Section("giai-trinh", label("explanation", lang), (fields,))


def _feedback(pack: RulePack, lang: Lang) -> Section:
    f = pack.reporting.feedback
    if f is None:
        return Section("pakn", label("feedback", lang), (Para(label("none", lang)),))
    fields = Fields(filled([
        (label("method", lang), label("feedback_text", lang, n=f.due_working_days)),
        (label("basis", lang), f.basis or ""),
        (label("clause", lang), f.clause),
        (label("source", lang), where(pack, "reporting.yaml", ("feedback",))),
    ]))
    return Section("pakn", label("feedback", lang), (fields,))


def _responsibilities(pack: RulePack, lang: Lang) -> Section:
    rows = tuple((r.clause, agencies(pack, r.agencies), r.text,
                  "\n".join(area_name(pack, a) for a in r.areas) or label("none", lang),
                  where(pack, "reporting.yaml", ("responsibilities", i)))
                 for i, r in enumerate(pack.reporting.responsibilities))
    header = tuple(label(k, lang) for k in ("clause", "agencies", "content", "area", "source"))
    return Section("trach-nhiem", label("responsibilities", lang), (Table(header, rows, widths=(8, 16, 54, 12, 10)),))


# ---- custom checks and the quarter check's fixed rules

def checks_section(pack: RulePack, lang: Lang) -> Section:
    if not pack.checks.checks:
        return Section("kiem-tra-tuy-chinh", label("checks", lang), (Para(label("checks_none", lang)),))
    rows = tuple((c.id, c.title, word(APPLIES_TO, c.applies_to, lang), c.when, c.message,
                  word(SEVERITY, c.severity, lang), agency(pack, c.agency) if c.agency else label("fact_agency", lang),
                  c.clause, where(pack, "checks.yaml", ("checks", i)))
                 for i, c in enumerate(pack.checks.checks))
    header = tuple(label(k, lang) for k in ("code", "check_title", "applies_to", "condition", "message",
                                            "severity", "agency", "clause", "source"))
    table = Table(header, rows, code=frozenset({0, 3}), widths=(12, 12, 7, 20, 17, 6, 8, 8, 10))
    return Section("kiem-tra-tuy-chinh", label("checks", lang), (table,))


def quarter_rules_section(pack: RulePack, lang: Lang) -> Section:
    fixed = [s for s in _quarter_specs(pack) if s.kind not in ("target_missed", "indicator_not_reported", "custom")]
    rows = tuple((s.id, s.kind, s.condition, s.clause, word(SEVERITY, s.severity, lang)) for s in fixed)
    header = tuple(label(k, lang) for k in ("rule", "finding", "rule_condition", "clause", "severity"))
    return Section("quy-tac-kiem-tra-quy", label("quarter_rules", lang),
                   (Para(label("quarter_rules_text", lang)),
                    Table(header, rows, code=frozenset({0, 1, 2}), widths=(22, 14, 40, 12, 12))))
