"""Rule coverage of a pack's scenarios: which rule items a scenario exercises, and which none does.

An item is exercised when a scenario expects a result the item's rule produced and the run
produced it: a finding of a task (overdue, done late, without product), of a target (missed), of a
periodic reporting duty (missing, late) or of a custom check, listed in a `Thì có … các phát hiện`
table; or a rubric leaf whose points a `Thì điểm các tiêu chí là` table gives. Items that no rule
judges — a task with only ongoing or on-event parts (no date to miss), a duty that is not
periodic — are listed apart as having nothing to check, and are not counted.
"""

from __future__ import annotations

from typing import Any

from cchc_rules.rulepack.pack import RulePack

Item = tuple[str, str]  # (kind, key): ("task", "22"), ("target", "hai-long-tthc"), ("criterion", "2026/1.1.1") …
TASK_KINDS = ("task-overdue", "task-done-late", "task-no-product")
REPORT_KINDS = ("report-missing", "report-late")


def pack_items(pack: RulePack) -> dict[Item, str]:
    """Every item a rule judges, with where it is written (file:line)."""
    items: dict[Item, str] = {}
    for i, task in enumerate(pack.tasks.tasks):
        if any(p.kind not in ("ongoing", "on_event") for p in task.schedule.parts):
            items[("task", str(task.number))] = _where(pack, "tasks.yaml", ("tasks", i))
    for i, target in enumerate(pack.targets.targets):
        items[("target", target.id)] = _where(pack, "targets.yaml", ("targets", i))
    for i, duty in enumerate(pack.reporting.duties):
        if duty.kind == "periodic":
            items[("duty", duty.id)] = _where(pack, "reporting.yaml", ("duties", i))
    for i, check in enumerate(pack.checks.checks):
        items[("check", check.id)] = _where(pack, "checks.yaml", ("checks", i))
    for name in sorted(n for n in pack.documents if n.startswith("scoring/")):
        data = pack.documents[name].data
        year = data.get("rubric", {}).get("year") if isinstance(data, dict) else None
        if not isinstance(year, int):
            continue
        for leaf, path in _leaves(data.get("parts", []), ("parts",)):
            items.setdefault(("criterion", f"{year}/{leaf}"), _where(pack, name, path))
    return items


def nothing_to_check(pack: RulePack) -> dict[Item, str]:
    """Items no rule judges (not counted in the coverage)."""
    items: dict[Item, str] = {}
    for i, task in enumerate(pack.tasks.tasks):
        if all(p.kind in ("ongoing", "on_event") for p in task.schedule.parts):
            items[("task", str(task.number))] = _where(pack, "tasks.yaml", ("tasks", i))
    for i, duty in enumerate(pack.reporting.duties):
        if duty.kind != "periodic":
            items[("duty", duty.id)] = _where(pack, "reporting.yaml", ("duties", i))
    return items


def _where(pack: RulePack, file: str, path: tuple[Any, ...]) -> str:
    loc = pack.documents[file].locate(path)
    return f"{loc.file}:{loc.line}"


def _leaves(nodes: list[Any], path: tuple[Any, ...]) -> list[tuple[str, tuple[Any, ...]]]:
    out: list[tuple[str, tuple[Any, ...]]] = []
    for i, node in enumerate(nodes):
        if not isinstance(node, dict):
            continue
        children = node.get("criteria")
        if children:
            out += _leaves(children, (*path, i, "criteria"))
        elif "method" in node:
            out.append((str(node["id"]), (*path, i)))
    return out


def item_of_finding(finding: dict[str, Any]) -> Item | None:
    """The rule item a finding was produced by (explanation and PAKN findings: none)."""
    rule = finding["rule"]
    if rule in TASK_KINDS:
        return ("task", finding["subject"]["key"].split(".")[0])
    head, _, rest = rule.partition(".")
    if head == "target-missed":
        return ("target", rest)
    if head in REPORT_KINDS:
        return ("duty", rest)
    if head == "check":
        return ("check", rest)
    return None


def item_of_finding_id(finding_id: str) -> Item | None:
    """The rule item a finding id names ("2026-Q3/target-missed/hai-long-tthc" → the target)."""
    parts = finding_id.split("/")
    if len(parts) < 3:
        return None
    kind, key = parts[1], parts[2]
    if kind in TASK_KINDS:
        return ("task", key.split(".")[0])
    if kind == "target-missed":
        return ("target", key)
    if kind in REPORT_KINDS:
        return ("duty", key.split(".")[0])
    if kind.startswith("check."):
        return ("check", kind[len("check."):])
    return None
