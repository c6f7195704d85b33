"""JSON Schema of each rules file, generated from the pydantic models."""

from __future__ import annotations

from typing import Any

from cchc_rules.rulepack.pack import OPTIONAL_FILES, PACK_FILES
from cchc_rules.rulepack.rubric import RubricFile
from cchc_rules.rulepack.rubric_766 import IndexRubricFile


def schemas() -> dict[str, dict[str, Any]]:
    """{'plan': schema, 'tasks': …} in pack order."""
    result = {}
    for file_name, model in PACK_FILES + OPTIONAL_FILES:
        name = file_name.removesuffix(".yaml")
        body = model.model_json_schema(by_alias=True, mode="validation")
        body["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        body["title"] = f"cchc-rules: {file_name}"
        result[name] = body
    body = RubricFile.model_json_schema(by_alias=True, mode="validation")
    body["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    body["title"] = "cchc-rules: scoring/<năm>.yaml"
    result["scoring"] = body
    body = IndexRubricFile.model_json_schema(by_alias=True, mode="validation")
    body["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    body["title"] = "cchc-rules: scoring/<năm>-<tên>.yaml (index)"
    result["scoring-index"] = body
    return result
