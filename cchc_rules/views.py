"""What `cchc-rules show` lists: a pack turned into plain rows (the JSON contract of `show`)."""

from __future__ import annotations

from typing import Any

from cchc_rules.rulepack.pack import RulePack


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)


def agency_names(pack: RulePack) -> dict[str, str]:
    return {a.code: a.name for a in pack.plan.agencies}


def agencies_view(pack: RulePack) -> list[dict[str, Any]]:
    return [_dump(agency) for agency in pack.plan.agencies]


def tasks_view(pack: RulePack) -> list[dict[str, Any]]:
    names = agency_names(pack)
    rows = []
    for task in sorted(pack.tasks.tasks, key=lambda t: t.number):
        row: dict[str, Any] = {
            "number": task.number,
            "area": task.area,
            "content": task.content,
            "lead": task.lead,
            "lead_name": names.get(task.lead, ""),
            "co_agencies": list(task.co_agencies),
            "co_agencies_names": [names.get(c, "") for c in task.co_agencies],
            "co_agencies_as_written": task.co_agencies_as_written,
            "schedule": _dump(task.schedule),
            "product": list(task.product),
            "clause": task.clause,
            "related_targets": list(task.related_targets),
            "notes": [_dump(n) for n in task.notes],
        }
        rows.append(row)
    return rows


def targets_view(pack: RulePack) -> list[dict[str, Any]]:
    names = agency_names(pack)
    rows = []
    for target in pack.targets.targets:
        rows.append({
            "id": target.id,
            "name": target.name,
            "area": target.area,
            "indicator": target.indicator,
            "comparison": target.comparison,
            "threshold": target.threshold,
            "unit": target.unit,
            "by_year": target.by_year,
            "applies_from": target.applies_from if target.applies_from is not None else target.by_year,
            "path": {str(year): value for year, value in sorted(target.path.items())},
            "path_basis": target.path_basis,
            "owner": target.owner,
            "owner_name": names.get(target.owner, ""),
            "co_owners": list(target.co_owners),
            "related_tasks": list(target.related_tasks),
            "clause": target.clause,
            "notes": [_dump(n) for n in target.notes],
        })
    return rows


def reporting_view(pack: RulePack) -> dict[str, Any]:
    return _dump(pack.reporting)


VIEWS = {
    "agencies": agencies_view,
    "tasks": tasks_view,
    "targets": targets_view,
    "reporting": reporting_view,
}
