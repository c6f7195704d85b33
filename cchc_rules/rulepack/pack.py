"""The loaded rule pack: the four validated files plus the YAML documents they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from cchc_rules.rulepack.checks import ChecksFile
from cchc_rules.rulepack.plan import PlanFile
from cchc_rules.rulepack.reporting import ReportingFile
from cchc_rules.rulepack.targets import TargetsFile
from cchc_rules.rulepack.tasks import TasksFile
from cchc_rules.source import YamlDocument

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

    def has(self, *names: str) -> bool:
        return all(name in self.models for name in names)

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
    documents: dict[str, YamlDocument]
    warnings: tuple = ()
