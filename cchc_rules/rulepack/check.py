"""Meaning checks of a rule pack: references, duplicates, ranges, years — across files.

Third stage of loading, after every file passed its shape check (`rulepack/shape.py`). Each
check is a small generator of Problems listed in CHECKS with the files it needs, so a pack with
one broken file still gets every check the other files allow. A new check is a function plus
one line in CHECKS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from cchc_rules.conditions import ConditionError, compile_condition
from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.rulepack.effective import apart, effective_problems
from cchc_rules.rulepack.check_rubric import check_rubrics
from cchc_rules.rulepack.check_rubric_766 import check_index_rubrics
from cchc_rules.rulepack.pack import PartialPack
from cchc_rules.rulepack.tasks import Once, OverPeriod, Yearly
from cchc_rules.source import Path_, format_path
from cchc_rules.suggest import fold, nearest

_MAX_LISTED = 15


def _at(pack: PartialPack, file: str, path: Path_, code: str, suggestion: str | None = None,
        severity: str = "error", **params: Any) -> Problem:
    path = pack.original_path(file, path)
    doc = pack.documents[file]
    return Problem(doc.locate(path), format_path(path), code, params, severity,  # type: ignore[arg-type]
                   suggestion)


def _unknown(pack: PartialPack, file: str, path: Path_, what: str, value: Any,
             known: Iterable[Any], where: str) -> Problem:
    known_list = list(dict.fromkeys(str(k) for k in known))
    guess = nearest(value, known_list)
    fix: list[dict[str, str]] = []
    if guess:
        fix.append({"word": "did_you_mean", "s": guess})
    if len(known_list) <= _MAX_LISTED:
        fix.append({"word": "allowed", "s": ", ".join(known_list)})
    return _at(pack, file, path, "unknown_ref", guess, what={"word": what}, value=value,
               where=where, fix=fix)


# ---- where references live: (file, path, value) for each kind of reference

def _agency_refs(pack: PartialPack) -> Iterator[tuple[str, Path_, str]]:
    if pack.has("plan.yaml"):
        for i, area in enumerate(pack.plan.areas):
            yield "plan.yaml", ("areas", i, "lead"), area.lead
    if pack.has("tasks.yaml"):
        for i, task in enumerate(pack.tasks.tasks):
            yield "tasks.yaml", ("tasks", i, "lead"), task.lead
            for j, code in enumerate(task.co_agencies):
                yield "tasks.yaml", ("tasks", i, "co_agencies", j), code
    if pack.has("targets.yaml"):
        for i, ind in enumerate(pack.targets.indicators):
            yield "targets.yaml", ("indicators", i, "reported_by"), ind.reported_by
        for i, target in enumerate(pack.targets.targets):
            yield "targets.yaml", ("targets", i, "owner"), target.owner
            for j, code in enumerate(target.co_owners):
                yield "targets.yaml", ("targets", i, "co_owners", j), code
    if pack.has("reporting.yaml"):
        rep = pack.reporting
        for i, duty in enumerate(rep.duties):
            for key in ("reporters", "to"):
                for j, code in enumerate(getattr(duty, key)):
                    yield "reporting.yaml", ("duties", i, key, j), code
            if duty.via:
                yield "reporting.yaml", ("duties", i, "via"), duty.via
        yield "reporting.yaml", ("explanation", "receiver"), rep.explanation.receiver
        yield "reporting.yaml", ("explanation", "repeat_to"), rep.explanation.repeat_to
        for i, resp in enumerate(rep.responsibilities):
            for j, code in enumerate(resp.agencies):
                yield "reporting.yaml", ("responsibilities", i, "agencies", j), code
    if pack.has("checks.yaml"):
        for i, custom in enumerate(pack.checks.checks):
            if custom.agency:
                yield "checks.yaml", ("checks", i, "agency"), custom.agency


def _area_refs(pack: PartialPack) -> Iterator[tuple[str, Path_, str]]:
    if pack.has("tasks.yaml"):
        for i, task in enumerate(pack.tasks.tasks):
            yield "tasks.yaml", ("tasks", i, "area"), task.area
    if pack.has("targets.yaml"):
        for key in ("targets", "goals"):
            for i, item in enumerate(getattr(pack.targets, key)):
                yield "targets.yaml", (key, i, "area"), item.area
    if pack.has("reporting.yaml"):
        for i, resp in enumerate(pack.reporting.responsibilities):
            for j, code in enumerate(resp.areas):
                yield "reporting.yaml", ("responsibilities", i, "areas", j), code


# ---- the checks

def check_duplicate_ids(pack: PartialPack) -> Iterator[Problem]:
    lists: list[tuple[str, str, str, list[Any]]] = []
    if pack.has("plan.yaml"):
        lists += [("plan.yaml", "agencies", "code", pack.plan.agencies),
                  ("plan.yaml", "areas", "code", pack.plan.areas)]
    if pack.has("tasks.yaml"):
        lists.append(("tasks.yaml", "tasks", "number", pack.tasks.tasks))
    if pack.has("targets.yaml"):
        lists += [("targets.yaml", key, "id", getattr(pack.targets, key))
                  for key in ("indicators", "targets", "goals")]
    if pack.has("reporting.yaml"):
        lists += [("reporting.yaml", "duties", "id", pack.reporting.duties)]
        periods = pack.reporting.calendar.periods
        for i, period in enumerate(periods):
            first_at = next(j for j, p in enumerate(periods) if p.id == period.id)
            if first_at != i:
                where = pack.documents["reporting.yaml"].locate(("calendar", "periods", first_at, "id"))
                yield _at(pack, "reporting.yaml", ("calendar", "periods", i, "id"), "duplicate_id",
                          what={"word": "period_id"}, value=period.id, first=f"reporting.yaml:{where.line}")
    words = {"code": "agency_code", "number": "task_number", "id": "id"}
    for file, key, attr, items in lists:
        first: dict[Any, int] = {}
        for i, item in enumerate(items):
            value = getattr(item, attr)
            what = "area_code" if key == "areas" else words[attr]
            if value in first and not apart(items[first[value]], item):  # dated versions: effective.py
                where = pack.documents[file].locate(pack.original_path(file, (key, first[value], attr)))
                yield _at(pack, file, (key, i, attr), "duplicate_id", what={"word": what},
                          value=value, first=f"{file}:{where.line}")
            else:
                first[value] = i


def check_agency_refs(pack: PartialPack) -> Iterator[Problem]:
    if not pack.has("plan.yaml"):
        return
    known = [a.code for a in pack.plan.agencies]
    for file, path, code in _agency_refs(pack):
        if code not in known and not pack.was_dropped("plan.yaml", "agencies", "code", code):
            yield _unknown(pack, file, path, "agency_code", code, known, "plan.yaml (agencies)")


def check_area_refs(pack: PartialPack) -> Iterator[Problem]:
    if not pack.has("plan.yaml"):
        return
    known = [a.code for a in pack.plan.areas]
    for file, path, code in _area_refs(pack):
        if code not in known and not pack.was_dropped("plan.yaml", "areas", "code", code):
            yield _unknown(pack, file, path, "area_code", code, known, "plan.yaml (areas)")


def check_target_links(pack: PartialPack) -> Iterator[Problem]:
    targets = pack.targets
    indicators = {i.id: i for i in targets.indicators}
    dropped = pack.dropped("targets.yaml", "indicators", "id")
    for i, target in enumerate(targets.targets):
        if target.indicator in dropped:
            continue
        if target.indicator not in indicators:
            yield _unknown(pack, "targets.yaml", ("targets", i, "indicator"), "indicator_id",
                           target.indicator, indicators, "targets.yaml (indicators)")
        elif indicators[target.indicator].unit != target.unit:
            yield _at(pack, "targets.yaml", ("targets", i, "unit"), "unit_mismatch", unit=target.unit,
                      indicator=target.indicator, indicator_unit=indicators[target.indicator].unit)


def check_task_links(pack: PartialPack) -> Iterator[Problem]:
    numbers = [t.number for t in pack.tasks.tasks]
    target_ids = [t.id for t in pack.targets.targets]
    dropped_numbers = pack.dropped("tasks.yaml", "tasks", "number")
    dropped_targets = pack.dropped("targets.yaml", "targets", "id")
    for key in ("targets", "goals"):
        for i, item in enumerate(getattr(pack.targets, key)):
            for j, number in enumerate(item.related_tasks):
                if number not in numbers and number not in dropped_numbers:
                    yield _unknown(pack, "targets.yaml", (key, i, "related_tasks", j), "task_number",
                                   number, numbers, "tasks.yaml")
    for i, task in enumerate(pack.tasks.tasks):
        for j, target_id in enumerate(task.related_targets):
            if target_id not in target_ids and target_id not in dropped_targets:
                yield _unknown(pack, "tasks.yaml", ("tasks", i, "related_targets", j), "target_id",
                               target_id, target_ids, "targets.yaml (targets)")


def check_note_refs(pack: PartialPack) -> Iterator[Problem]:
    known = {
        "task": [str(t.number) for t in pack.tasks.tasks],
        "target": [t.id for t in pack.targets.targets],
        "goal": [g.id for g in pack.targets.goals],
        "indicator": [i.id for i in pack.targets.indicators],
        "duty": [d.id for d in pack.reporting.duties],
    }
    dropped = {
        "task": [str(n) for n in pack.dropped("tasks.yaml", "tasks", "number")],
        "target": pack.dropped("targets.yaml", "targets", "id"),
        "goal": pack.dropped("targets.yaml", "goals", "id"),
        "indicator": pack.dropped("targets.yaml", "indicators", "id"),
        "duty": pack.dropped("reporting.yaml", "duties", "id"),
    }
    every = [f"{kind}:{value}" for kind, values in known.items() for value in values]
    for file, path, ref in _note_refs(pack):
        kind, _, value = ref.partition(":")
        if value not in known[kind] and value not in dropped[kind]:
            problem = _unknown(pack, file, path, "reference", ref, every, "bộ quy tắc")
            # suggest on the part after 'task:' only, or every 'task:…' looks alike
            guess = nearest(value, known[kind])
            fix = [{"word": "did_you_mean", "s": f"{kind}:{guess}"}] if guess else []
            fix += [p for p in problem.params["fix"] if p["word"] != "did_you_mean"]
            yield _at(pack, file, path, "unknown_ref", f"{kind}:{guess}" if guess else None,
                      **{**problem.params, "fix": fix})


def _note_refs(pack: PartialPack) -> Iterator[tuple[str, Path_, str]]:
    sources: list[tuple[str, str, list[Any]]] = [
        ("plan.yaml", "areas", list(pack.plan.areas)),
        ("tasks.yaml", "tasks", list(pack.tasks.tasks)),
        ("targets.yaml", "indicators", list(pack.targets.indicators)),
        ("targets.yaml", "targets", list(pack.targets.targets)),
        ("targets.yaml", "goals", list(pack.targets.goals)),
        ("reporting.yaml", "duties", list(pack.reporting.duties)),
    ]
    for file, key, items in sources:
        for i, item in enumerate(items):
            for j, note in enumerate(item.notes):
                if note.conflicts_with:
                    yield file, (key, i, "notes", j, "conflicts_with"), note.conflicts_with


def check_duty_periods(pack: PartialPack) -> Iterator[Problem]:
    known = [p.id for p in pack.reporting.calendar.periods]
    for i, duty in enumerate(pack.reporting.duties):
        for j, period in enumerate(duty.periods):
            if period not in known:
                yield _unknown(pack, "reporting.yaml", ("duties", i, "periods", j), "period_id", period,
                               known, "reporting.yaml (calendar.periods)")


def check_percentages(pack: PartialPack) -> Iterator[Problem]:
    for i, target in enumerate(pack.targets.targets):
        if target.unit != "%":
            continue
        if not 0 <= target.threshold <= 100:
            yield _at(pack, "targets.yaml", ("targets", i, "threshold"), "threshold_range",
                      what={"word": "threshold"}, value=_num(target.threshold))
        for year, value in target.path.items():
            if not 0 <= value <= 100:
                yield _at(pack, "targets.yaml", ("targets", i, "path", year), "threshold_range",
                          what={"word": "path_value"}, value=_num(value))


def _num(value: float) -> str:
    return f"{value:g}"


def check_plan_period(pack: PartialPack) -> Iterator[Problem]:
    start, end = pack.plan.plan.period.from_, pack.plan.plan.period.to

    def outside(file: str, path: Path_, what: str, year: int, shown: Any = None) -> Iterator[Problem]:
        if not start <= year <= end:
            yield _at(pack, file, path, "outside_period", what={"word": what},
                      value=shown if shown is not None else year, start=start, end=end)

    if pack.has("tasks.yaml"):
        for i, task in enumerate(pack.tasks.tasks):
            for j, part in enumerate(task.schedule.parts):
                base = ("tasks", i, "schedule", "parts", j)
                if isinstance(part, Once):
                    written = pack.documents["tasks.yaml"].scalars.get((*base, "by"))
                    yield from outside("tasks.yaml", (*base, "by"), "deadline", int(part.by[:4]),
                                       written.text if written else part.by)
                elif isinstance(part, OverPeriod | Yearly):
                    for attr, key in (("from_", "from"), ("to", "to")):
                        year = getattr(part, attr)
                        if year is not None:
                            yield from outside("tasks.yaml", (*base, key), "year", year)
    if pack.has("targets.yaml"):
        for i, target in enumerate(pack.targets.targets):
            yield from outside("targets.yaml", ("targets", i, "by_year"), "year", target.by_year)
            if target.applies_from is not None:
                yield from outside("targets.yaml", ("targets", i, "applies_from"), "year",
                                   target.applies_from)
            for year in target.path:
                yield from outside("targets.yaml", ("targets", i, "path", year), "year", year)


def check_target_years(pack: PartialPack) -> Iterator[Problem]:
    for i, target in enumerate(pack.targets.targets):
        if target.applies_from is not None and target.applies_from > target.by_year:
            yield _at(pack, "targets.yaml", ("targets", i, "applies_from"), "applies_after_by",
                      applies=target.applies_from, by=target.by_year)
        for year in target.path:
            if year >= target.by_year:
                yield _at(pack, "targets.yaml", ("targets", i, "path", year), "path_after_by",
                          year=year, by=target.by_year)


def check_groups_do_not_lead(pack: PartialPack) -> Iterator[Problem]:
    groups = {a.code: a.name for a in pack.plan.agencies if "group" in a.roles}
    leading = [("tasks", "lead"), ("areas", "lead"), ("targets", "owner"), ("indicators", "reported_by"),
               ("duties", "reporters")]
    for file, path, code in _agency_refs(pack):
        if code in groups and any(path[0] == key and field in path for key, field in leading):
            yield _at(pack, file, path, "group_cannot_lead", value=code, name=groups[code])


def check_agency_names(pack: PartialPack) -> Iterator[Problem]:
    owner: dict[str, str] = {}
    for i, agency in enumerate(pack.plan.agencies):
        names = [("name", agency.name)] + [(("aliases", j), alias) for j, alias in enumerate(agency.aliases)]
        for key, name in names:
            other = owner.get(fold(name))
            if other is not None and other != agency.code:
                path = ("agencies", i, *(key if isinstance(key, tuple) else (key,)))
                yield _at(pack, "plan.yaml", path, "name_clash", value=name, other=other)
            owner.setdefault(fold(name), agency.code)


def check_standing_office(pack: PartialPack) -> Iterator[Problem]:
    if pack.lost_items("plan.yaml", "agencies"):
        return  # the office may be among the agencies with shape errors
    if not any("standing_cchc_office" in a.roles for a in pack.plan.agencies):
        yield _at(pack, "plan.yaml", ("agencies",), "role_missing", role="standing_cchc_office")


def check_task_numbers(pack: PartialPack) -> Iterator[Problem]:
    written = [n for n in pack.dropped("tasks.yaml", "tasks", "number") if isinstance(n, int)]
    numbers = sorted({t.number for t in pack.tasks.tasks} | set(written))
    missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers)) if numbers else []
    if missing:
        yield _at(pack, "tasks.yaml", ("tasks",), "task_numbers_gap", severity="warning",
                  missing=", ".join(map(str, missing)))


def check_custom_conditions(pack: PartialPack) -> Iterator[Problem]:
    doc = pack.documents["checks.yaml"]
    ids: dict[str, int] = {}
    for i, custom in enumerate(pack.checks.checks):
        if custom.id in ids and not apart(pack.checks.checks[ids[custom.id]], custom):
            yield _at(pack, "checks.yaml", ("checks", i, "id"), "duplicate_id", what={"word": "id"},
                      value=custom.id,
                      first=f"checks.yaml:{doc.locate(pack.original_path('checks.yaml', ('checks', ids[custom.id]))).line}")
        ids.setdefault(custom.id, i)
        try:
            compile_condition(custom.when, custom.applies_to)
        except ConditionError as exc:
            path = pack.original_path("checks.yaml", ("checks", i, "when"))
            where = doc.locate(path)
            scalar = doc.scalars.get(path)
            offset = 0 if scalar is None or scalar.plain else 1
            location = SourceLocation(where.file, where.line, where.column + offset + exc.column - 1)
            params = {k: {"word": v} if k in ("expected", "found") and exc.code == "cond_type" else v
                      for k, v in exc.params.items()}
            if exc.code == "cond_unknown_field":
                guess = nearest(exc.params["found"], exc.params["known"].split(", "))
                params["fix"] = [{"word": "did_you_mean", "s": guess}] if guess else []
            yield Problem(location, format_path(path), exc.code, {"column": exc.column, **params})


Check = Callable[[PartialPack], Iterable[Problem]]

# (check, files it needs): a check runs when those files passed their shape check.
CHECKS: tuple[tuple[Check, tuple[str, ...]], ...] = (
    (check_duplicate_ids, ()),
    (check_agency_refs, ("plan.yaml",)),
    (check_area_refs, ("plan.yaml",)),
    (check_agency_names, ("plan.yaml",)),
    (check_standing_office, ("plan.yaml",)),
    (check_groups_do_not_lead, ("plan.yaml",)),
    (check_task_numbers, ("tasks.yaml",)),
    (check_target_links, ("targets.yaml",)),
    (check_percentages, ("targets.yaml",)),
    (check_target_years, ("targets.yaml",)),
    (check_task_links, ("tasks.yaml", "targets.yaml")),
    (check_duty_periods, ("reporting.yaml",)),
    (check_plan_period, ("plan.yaml",)),
    (check_note_refs, ("plan.yaml", "tasks.yaml", "targets.yaml", "reporting.yaml")),
    (check_custom_conditions, ("checks.yaml",)),
)


def check_pack(pack: PartialPack) -> list[Problem]:
    """Every meaning problem the readable files allow us to find."""
    problems: list[Problem] = []
    for check, needs in CHECKS:
        if pack.has(*needs):
            problems.extend(check(pack))
    problems.extend(check_rubrics(pack))
    problems.extend(effective_problems(pack))
    problems.extend(check_index_rubrics(pack))
    return problems
