"""The quarter check on a unit's stored data: `pipeline.evaluate` over the snapshot of the unit's
files, stored with the hashes of the rules and the data, the product version, the as-of date and
the JSON document; a stored run re-run on the same bytes, and compared byte for byte.

The engine (durable_rules) runs one check at a time in the process; the routes that call this
are plain functions, so FastAPI runs them in its thread pool, off the event loop.
"""

from __future__ import annotations

import datetime as dt
import json
import difflib
import functools
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cchc_rules.messages import Lang
from cchc_rules.periods import Quarter
from cchc_rules.pipeline import Workspace, evaluate
from cchc_rules.report.json_out import to_json
from cchc_rules.rulepack.load import display_path
from cchc_rules.service import audit
from cchc_rules.service.data import unit_manifest
from cchc_rules.service.db import Run, Unit
from cchc_rules.service.packs import pack
from cchc_rules.service.state import Service
from cchc_rules.service.storage import sha256

WORKSPACES_KEPT = 256


@functools.cache  # read once per process: importlib.metadata re-parses the METADATA file each call (3 ms)
def product_version() -> str:
    try:
        return version("cchc-rules")
    except PackageNotFoundError:  # pragma: no cover - run from a checkout without install
        return "0+unknown"


def _relative(value: Any, prefixes: tuple[str, ...]) -> Any:
    """The document with the data snapshot's and the pack's folders taken off every path it
    holds, so a run names `2026-Q3/pakn.csv` and `reporting.yaml:56:5` whatever the service's
    folder, and re-runs compare byte for byte."""
    if isinstance(value, dict):
        return {k: _relative(v, prefixes) for k, v in value.items()}
    if isinstance(value, list):
        return [_relative(v, prefixes) for v in value]
    if isinstance(value, str):
        for prefix in prefixes:
            if prefix in value:
                value = value.replace(prefix + "/", "").replace(prefix, "")
    return value


def _workspace(svc: Service, pack_hash: str, folder: Path, data_hash: str, fresh: bool) -> Workspace:
    key = (pack_hash, data_hash)
    with svc.cache_lock:
        ws = None if fresh else svc.workspaces.get(key)
        if ws is not None:
            svc.workspaces.move_to_end(key)
            return ws
    ws = Workspace(pack(svc, pack_hash), folder, "vi")
    if not fresh:
        with svc.cache_lock:
            svc.workspaces[key] = ws
            while len(svc.workspaces) > WORKSPACES_KEPT:
                svc.workspaces.popitem(last=False)
    return ws


def compute(svc: Service, unit: str, pack_hash: str, manifest: dict[str, str], period: str,
            as_of: dt.date | None, fresh: bool = False) -> tuple[str, str, dt.date]:
    """(JSON text, data hash, as-of day) of the quarter check on `manifest`'s files.
    Raises FactsFileError when the stored data has errors."""
    folder, data_hash = svc.store.snapshot(unit, manifest)
    ws = _workspace(svc, pack_hash, folder, data_hash, fresh)
    with svc.engine_lock:
        report = evaluate(ws, Quarter.parse(period), as_of)
    doc = _relative(report.to_json("vi"), (display_path(folder), display_path(ws.pack.directory)))
    return to_json(doc), data_hash, report.as_of


def run_check(svc: Service, db: Session, unit: Unit, period: str, as_of: dt.date | None, user: str) -> Run:
    manifest = unit_manifest(svc, db, unit.code)
    text, data_hash, day = compute(svc, unit.code, unit.pack_hash, manifest, period, as_of)
    doc = json.loads(text)
    run = Run(unit_code=unit.code, period=period, as_of=day, rules_hash=unit.pack_hash, data_hash=data_hash,
              manifest=manifest, version=product_version(), result=text, result_hash=sha256(text.encode()),
              findings=len(doc["findings"]), lagging=len(doc["lagging_agencies"]),
              created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None), created_by=user)
    db.add(run)
    db.flush()
    audit.record(db, user, "run", unit.code, run=run.id, period=period, as_of=day.isoformat(),
                 rules=unit.pack_hash, data=data_hash)
    return run


def rerun(svc: Service, db: Session, run: Run, user: str) -> dict[str, Any]:
    """Re-run a stored run on its own rules and data (a fresh workspace) and compare the JSON."""
    text, _, _ = compute(svc, run.unit_code, run.rules_hash, dict(run.manifest), run.period, run.as_of, fresh=True)
    same = text == run.result
    diff = [] if same else list(difflib.unified_diff(run.result.splitlines(), text.splitlines(),
                                                    "lưu", "chạy lại", lineterm="", n=2))[:400]
    audit.record(db, user, "rerun", run.unit_code, run=run.id, identical=same)
    return {"identical": same, "hash": sha256(text.encode()), "stored_hash": run.result_hash, "diff": diff,
            "version": product_version(), "stored_version": run.version}


def document(run: Run) -> dict[str, Any]:
    import json

    return json.loads(run.result)


def lang_of(value: str | None) -> Lang:
    return "en" if value == "en" else "vi"
