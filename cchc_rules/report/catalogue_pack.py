"""Catalogue sections drawn from plan.yaml and targets.yaml: the header (decision, unit, period,
files of the pack), the agencies, the reform areas, the indicators, targets and goals.

Shared helpers for the other catalogue builders (where an item is written, agency names, notes)
live here too.
"""

from __future__ import annotations

import hashlib
from typing import Any

from cchc_rules.compile import year_threshold
from cchc_rules.messages import Lang
from cchc_rules.report.catalogue_model import Block, Fields, Para, Section, Table, lines
from cchc_rules.report.catalogue_text import COMPARISON, ROLES, iso_day, label, num, word
from cchc_rules.rulepack.common import Note
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.targets import Target


def where(pack: RulePack, file: str, path: tuple[Any, ...]) -> str:
    """`file:line` of an item, the file named inside the pack folder (stable wherever it lies)."""
    doc = pack.documents.get(file)
    return f"{file}:{doc.locate(path).line}" if doc is not None else file


def agency(pack: RulePack, code: str) -> str:
    """An agency as 'Name (CODE)'; an unknown code as written."""
    names = {a.code: a.name for a in pack.plan.agencies}
    return f"{names[code]} ({code})" if code in names else code


def agencies(pack: RulePack, codes: list[str] | tuple[str, ...]) -> str:
    return "\n".join(agency(pack, c) for c in codes)


def notes(items: list[Note], lang: Lang) -> str:
    """Each note on its own line, with its clause and the item it conflicts with."""
    out = []
    for note in items:
        tail = [note.clause or "", label("conflicts_with", lang, ref=note.conflicts_with) if note.conflicts_with else ""]
        extra = "; ".join(t for t in tail if t)
        out.append(f"{note.text} ({extra})" if extra else note.text)
    return "\n".join(out)


def clause_list(first: str, also: list[str]) -> str:
    return "; ".join([first, *also])


# ---- header

def intro(pack: RulePack, lang: Lang) -> tuple[Block, ...]:
    plan = pack.plan.plan
    d, u = plan.decision, plan.unit
    decision = label("decision_text", lang, number=d.number, date=iso_day(d.date), issuer=d.issuer)
    extra = [label("signed", lang, title=d.signer_title or "", name=d.signer) if d.signer else "",
             label("effective", lang, date=iso_day(d.effective_from)) if d.effective_from else ""]
    decision = "; ".join([decision, *[e for e in extra if e]])
    code_list = f", {u.code_list}" if u.code_list else ""
    fields = Fields((
        (label("decision", lang), decision),
        (label("unit", lang), label("unit_text", lang, name=u.name, code=u.code, list=code_list,
                                   province=u.province, pcode=u.province_code)),
        (label("period", lang), f"{plan.period.from_} - {plan.period.to}"),
        (label("clause", lang), plan.clause or label("none", lang)),
        (label("source", lang), where(pack, "plan.yaml", ("plan",))),
        (label("based_on", lang), "\n".join(d.based_on) or label("none", lang)),
        (label("pack", lang), label("pack_text", lang, folder=pack.directory.name, id=plan.id)),
    ))
    blocks: list[Block] = [fields, _files(pack, lang), Para(label("how_to_read_text", lang))]
    for year, rubric in sorted(pack.rubrics.items()):
        if rubric.rubric.model:
            blocks.append(Para(label("model_note", lang, year=year, basis=rubric.rubric.basis), note=True))
    if plan.notes:
        blocks.append(Para(f"{label('notes', lang)}: {notes(plan.notes, lang)}", note=True))
    return tuple(blocks)


def _files(pack: RulePack, lang: Lang) -> Table:
    """The files read, with their size and digest, so a reviewer knows which version is shown."""
    rows = []
    for name in sorted(pack.documents):
        path = pack.directory / name
        data = path.read_bytes() if path.is_file() else b""
        rows.append((name, str(data.count(b"\n")), hashlib.sha256(data).hexdigest()[:16]))
    return Table((label("file", lang), label("lines", lang), label("digest", lang)), tuple(rows),
                 code=frozenset({0, 2}))


# ---- agencies and areas

def agencies_section(pack: RulePack, lang: Lang) -> Section:
    rows = []
    for i, a in enumerate(pack.plan.agencies):
        roles = ", ".join(word(ROLES, r, lang) for r in a.roles)
        rows.append((a.code, a.name, "\n".join(a.aliases), roles, a.clause or label("none", lang),
                     where(pack, "plan.yaml", ("agencies", i))))
    standing = [agency(pack, a.code) for a in pack.plan.agencies if "standing_cchc_office" in a.roles]
    header = tuple(label(k, lang) for k in ("code", "name", "aliases", "roles", "clause", "source"))
    return Section("co-quan", label("agencies", lang), (
        Para(label("standing_office", lang, names=", ".join(standing) or label("none", lang))),
        Table(header, tuple(rows), code=frozenset({0})),
    ))


def areas_section(pack: RulePack, lang: Lang) -> Section:
    rows = []
    for i, a in enumerate(pack.plan.areas):
        rows.append((a.code, a.name, f"{agency(pack, a.lead)}\n{a.lead_clause}",
                     a.targets_clause or label("none", lang), a.tasks_clause or label("none", lang),
                     notes(a.notes, lang), where(pack, "plan.yaml", ("areas", i))))
    header = tuple(label(k, lang) for k in ("code", "name", "area_lead", "targets_clause", "tasks_clause",
                                            "notes", "source"))
    table = Table(header, tuple(rows), code=frozenset({0}), widths=(11, 15, 18, 8, 10, 27, 11))
    return Section("linh-vuc", label("areas", lang), (table,))


def area_name(pack: RulePack, code: str) -> str:
    names = {a.code: a.name for a in pack.plan.areas}
    return names.get(code, code)


# ---- targets, indicators, goals

def targets_section(pack: RulePack, lang: Lang) -> Section:
    return Section("chi-tieu", label("targets_and_indicators", lang), children=(
        _targets(pack, lang), _indicators(pack, lang), _goals(pack, lang)))


def _targets(pack: RulePack, lang: Lang) -> Section:
    indicators = {i.id: i for i in pack.targets.indicators}
    children = []
    for i, t in enumerate(pack.targets.targets):
        ind = indicators.get(t.indicator)
        reporter = agency(pack, ind.reported_by) if ind else label("none", lang)
        items = [
            (label("area", lang), area_name(pack, t.area)),
            (label("indicator", lang), ind.name if ind else t.indicator),
            (label("method", lang), lines(target_rule(pack, t, lang), label("target_missed", lang),
                                          explain_sentence(pack, "target_missed", "owner_agency", lang))),
            (label("yearly_path", lang), year_path(pack, t, lang)),
            (label("path_basis", lang), t.path_basis or ""),
            (label("owner", lang), agency(pack, t.owner)),
            (label("co_owners", lang), agencies(pack, t.co_owners)),
            (label("reported_by", lang), reporter),
            (label("data_source", lang), (ind.source or "") if ind else ""),
            (label("related_tasks", lang), ", ".join(str(n) for n in t.related_tasks)),
            (label("notes", lang), notes(t.notes, lang)),
            (label("clause", lang), t.clause),
            (label("source", lang), where(pack, "targets.yaml", ("targets", i))),
            (label("code", lang), t.id),
        ]
        children.append(Section(f"chi-tieu-{t.id}", t.name, (Fields(filled(items)),), in_toc=False))
    return Section("chi-tieu-dinh-luong", label("targets", lang), children=tuple(children))


def filled(items: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The fields that have a value (an empty field says nothing to a reviewer)."""
    return tuple((k, v) for k, v in items if v)


def target_rule(pack: RulePack, t: Target, lang: Lang) -> str:
    """'Đạt khi giá trị chỉ số ≥ 97% (xét từ năm 2026, phải đạt đến năm 2030)'."""
    unit_sp = "" if t.unit == "%" else " "
    met = label("target_met", lang, cmp=COMPARISON[t.comparison], value=num(t.threshold, lang),
                unit_sp=unit_sp, unit=t.unit)
    years = range(pack.plan.plan.period.from_, max(t.by_year, pack.plan.plan.period.from_) + 1)
    first = next((y for y in years if year_threshold(t, y) is not None), t.by_year)
    return f"{met} ({label('target_from', lang, year=first)}, {label('target_by', lang, year=t.by_year)})."


def year_path(pack: RulePack, t: Target, lang: Lang) -> str:
    """The threshold of each plan year as the quarter check applies it (path points are floors)."""
    period = pack.plan.plan.period
    parts = []
    for year in range(period.from_, period.to + 1):
        threshold = year_threshold(t, year)
        if threshold is None:
            parts.append(f"{year}: {label('not_judged', lang)}")
            continue
        on_path = year < t.by_year and year in t.path and t.comparison == "="
        cmp = COMPARISON[">=" if on_path else t.comparison]
        parts.append(f"{year}: {cmp} {num(threshold, lang)}{'' if t.unit == '%' else ' '}{t.unit}")
    return "; ".join(parts)


def explain_sentence(pack: RulePack, lapse: str, who: str, lang: Lang) -> str:
    """The explanation duty for a kind of lapse, or nothing if the pack owes none for it."""
    duty = pack.reporting.explanation
    if lapse not in duty.owed_for:
        return ""
    return label("explain_owed", lang, who=label(who, lang), n=duty.due_working_days, clause=duty.clause)


def _indicators(pack: RulePack, lang: Lang) -> Section:
    rows = []
    for i, ind in enumerate(pack.targets.indicators):
        clauses = sorted({t.clause for t in pack.targets.targets if t.indicator == ind.id})
        how = lines(f"{label('numerator', lang)}: {ind.numerator}" if ind.numerator else "",
                    f"{label('denominator', lang)}: {ind.denominator}" if ind.denominator else "",
                    notes(ind.notes, lang))
        rows.append((ind.id, ind.name, ind.unit, how or label("none", lang), ind.source or label("none", lang),
                     agency(pack, ind.reported_by), "; ".join(clauses) or label("none", lang),
                     where(pack, "targets.yaml", ("indicators", i))))
    header = tuple(label(k, lang) for k in ("code", "indicator", "unit_of", "how_measured", "data_source",
                                            "reported_by", "clause", "source"))
    table = Table(header, tuple(rows), code=frozenset({0}), widths=(12, 18, 5, 22, 18, 11, 6, 8))
    return Section("chi-so", label("indicators", lang), (table,))


def _goals(pack: RulePack, lang: Lang) -> Section:
    rows = []
    for i, g in enumerate(pack.targets.goals):
        covers = (f"{label('covers', lang)}: {g.covers['from']} - {g.covers['to']}"
                  if g.covers and len(g.covers) == 2 else "")
        rows.append((g.id, g.text, area_name(pack, g.area), ", ".join(str(n) for n in g.related_tasks),
                     lines(covers, notes(g.notes, lang)) or label("none", lang), g.clause,
                     where(pack, "targets.yaml", ("goals", i))))
    header = tuple(label(k, lang) for k in ("code", "goal", "area", "related_tasks", "notes", "clause", "source"))
    table = Table(header, tuple(rows), code=frozenset({0}), widths=(14, 38, 12, 8, 12, 8, 8))
    return Section("muc-tieu", label("goals", lang), (table,))
