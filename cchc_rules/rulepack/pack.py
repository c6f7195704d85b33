"""The loaded rule pack: the four validated files plus the YAML documents they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from cchc_rules.rulepack.checks import ChecksFile
from cchc_rules.rulepack.plan import PlanFile
from cchc_rules.rulepack.reporting import ReportingFile
from cchc_rules.rulepack.rubric import RubricFile
from cchc_rules.rulepack.rubric_766 import IndexRubricFile
from cchc_rules.rulepack.targets import TargetsFile
from cchc_rules.rulepack.tasks import TasksFile
from cchc_rules.source import YamlDocument
from cchc_rules.suggest import fold

# The files of a pack, in reading order, with the model each must satisfy.
PACK_FILES: tuple[tuple[str, type[BaseModel]], ...] = (
    ("plan.yaml", PlanFile),
    ("tasks.yaml", TasksFile),
    ("targets.yaml", TargetsFile),
    ("reporting.yaml", ReportingFile),
)
# Files a pack may have; absent means empty.
OPTIONAL_FILES: tuple[tuple[str, type[BaseModel]], ...] = (("checks.yaml", ChecksFile),)


@dataclass
class PartialPack:
    """What could be read of a pack: a model per file that passed shape validation."""

    directory: Path
    documents: dict[str, YamlDocument] = field(default_factory=dict)
    models: dict[str, BaseModel] = field(default_factory=dict)
    # For files whose bad list items were dropped: list key → original indices of the kept items.
    kept: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    def has(self, *names: str) -> bool:
        return all(name in self.models for name in names)

    def original_path(self, file: str, path: tuple) -> tuple:  # type: ignore[type-arg]
        """A path into a model's lists, turned into the path of the same item in the file."""
        kept = self.kept.get(file, {})
        if len(path) > 1 and path[0] in kept and isinstance(path[1], int):
            return (path[0], kept[path[0]][path[1]], *path[2:])
        return path

    def dropped(self, file: str, key: str, attr: str) -> list:  # type: ignore[type-arg]
        """The `attr` values written on the items that were dropped (so references to them are
        not reported as unknown a second time)."""
        kept = self.kept.get(file, {}).get(key)
        data = self.documents[file].data if file in self.documents else None
        items = data.get(key) if isinstance(data, dict) else None
        if kept is None or not isinstance(items, list):
            return []
        return [item.get(attr) for i, item in enumerate(items)
                if i not in kept and isinstance(item, dict) and isinstance(item.get(attr), str | int)]

    def was_dropped(self, file: str, key: str, attr: str, value: object) -> bool:
        """Whether `value` names an item dropped for its shape errors (case and spacing aside)."""
        folded = fold(str(value))
        return any(fold(str(v)) == folded for v in self.dropped(file, key, attr))

    def lost_items(self, file: str, key: str) -> bool:
        return key in self.kept.get(file, {})

    @property
    def plan(self) -> PlanFile:
        return self.models["plan.yaml"]  # type: ignore[return-value]

    @property
    def tasks(self) -> TasksFile:
        return self.models["tasks.yaml"]  # type: ignore[return-value]

    @property
    def targets(self) -> TargetsFile:
        return self.models["targets.yaml"]  # type: ignore[return-value]

    @property
    def reporting(self) -> ReportingFile:
        return self.models["reporting.yaml"]  # type: ignore[return-value]

    @property
    def checks(self) -> ChecksFile:
        return self.models.get("checks.yaml") or ChecksFile()  # type: ignore[return-value]


@dataclass(frozen=True)
class RulePack:
    """A complete, checked rule pack."""

    directory: Path
    plan: PlanFile
    tasks: TasksFile
    targets: TargetsFile
    reporting: ReportingFile
    checks: ChecksFile
    rubrics: dict[int, RubricFile]
    documents: dict[str, YamlDocument]
    warnings: tuple = ()
    dated: bool = False  # some item carries effective_from/effective_to (rulepack/effective.py)
    base: RulePack | None = None  # for the pack as it stood in one period: the whole pack
    # and, per list it shortened, the index in the file of each item it kept (for file:line)
    kept: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def source_path(self, path: tuple) -> tuple:  # type: ignore[type-arg]
        """A path into this pack's lists, as the path of the same item in its file."""
        if len(path) > 1 and path[0] in self.kept and isinstance(path[1], int):
            return (path[0], self.kept[path[0]][path[1]], *path[2:])
        return path
    # scoring/<year>-<name>.yaml index rubrics (the 766 index), by file name
    indexes: dict[str, IndexRubricFile] = field(default_factory=dict)
