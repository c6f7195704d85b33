"""The metric codes of the 766 index, read from `metric_codes.yaml` (the one list of them).

Stage: facts and scoring. The dossier aggregation, the `metric_counts` reader and the 766 rubric
all take the codes, their group, their Vietnamese name and their source from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import yaml


class Metric(NamedTuple):
    code: str
    group: str
    source: str
    name: str


def _load() -> dict[str, Metric]:
    text = (Path(__file__).with_name("metric_codes.yaml")).read_text(encoding="utf-8")
    return {item["code"]: Metric(item["code"], item["group"], item["source"], item["name"])
            for item in yaml.safe_load(text)}


METRICS: dict[str, Metric] = _load()
INHERITED = tuple(code for code, m in METRICS.items() if m.source == "province")
"""Metrics a commune takes from its province's row (PUBLISH_ON_TIME …)."""
