"""The JSON Schemas published in schema/output/ (`cchc-rules schema --outputs`), made from the
contract's TypedDicts: contract.py (quarter and year reports), contract_batch.py, contract_index766.py.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from cchc_rules.contract import QuarterReport, YearReport
from cchc_rules.contract_batch import BatchReport
from cchc_rules.contract_index766 import Index766Report

DOCUMENTS: dict[str, Any] = {"quarter-report": QuarterReport, "year-report": YearReport, "batch": BatchReport,
                             "index766": Index766Report}


def output_schemas() -> dict[str, dict[str, Any]]:
    """name → JSON Schema (draft 2020-12) of each document the product writes."""
    out = {}
    for name, shape in DOCUMENTS.items():
        schema = TypeAdapter(shape).json_schema()
        out[name] = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                     "$id": f"{name}.schema.json", **schema}
    return out
