"""A unit's quarter data: uploads staged and validated with the CLI's readers, swapped in as the
period's data only when valid (one database row changes: the period's manifest), never when not;
the explanations answered on the service, written as one more explanations file of the period
(the same facts the CLI reads from `explanations.csv`)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_rules.facts.load import read_facts
from cchc_rules.messages import Lang
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.service import audit
from cchc_rules.service.db import Explanation, PeriodData, Unit, Upload
from cchc_rules.service.state import Service
from cchc_rules.service.uploads import MAX_FILE_BYTES, Incoming, rendered, shown_name, size_problems, stored_name, zip_problems

SERVICE_EXPLANATIONS = "Giải trình.csv"  # a name of the explanations kind (facts/kinds.py)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def period_manifest(db: Session, unit: str, period: str) -> dict[str, str]:
    row = db.get(PeriodData, (unit, period))
    return dict(row.manifest) if row else {}


def explanations_csv(rows: list[Explanation]) -> bytes:
    """The service's explanations as an explanations file. The office's decision is the cause
    the pack judges by: accepted = objective, not accepted = subjective; before it, the agency's."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["finding", "agency", "cause", "text", "submitted_on"])
    for e in rows:
        cause = {"accepted": "objective", "not_accepted": "subjective"}.get(e.decision or "", e.cause)
        writer.writerow([e.finding, e.agency, cause, e.text, e.submitted_on.isoformat()])
    return out.getvalue().encode()


def unit_manifest(svc: Service, db: Session, unit: str) -> dict[str, str]:
    """Every file of the unit's data as a run reads it: "<period>/<file>" → content hash."""
    manifest: dict[str, str] = {}
    for row in db.scalars(select(PeriodData).where(PeriodData.unit_code == unit).order_by(PeriodData.period)):
        for name, digest in sorted(row.manifest.items()):
            manifest[f"{row.period}/{name}"] = digest
    answered = list(db.scalars(select(Explanation).where(Explanation.unit_code == unit)
                               .order_by(Explanation.period, Explanation.id)))
    for period in sorted({e.period for e in answered}):
        rows = [e for e in answered if e.period == period]
        manifest[f"{period}/{SERVICE_EXPLANATIONS}"] = svc.store.put(explanations_csv(rows))
    return manifest


def validate(svc: Service, pack: RulePack, period: str, manifest: dict[str, str], names: dict[str, str],
             lang: Lang) -> list[dict[str, Any]]:
    """Read a period's files as the CLI does, in a staging folder; the problems as page rows."""
    folder = svc.store.staging()
    try:
        target = folder / period
        target.mkdir()
        for name, digest in manifest.items():
            (target / name).write_bytes(svc.store.get(digest))
        _facts, problems = read_facts(target, pack, period)
        return rendered(sorted(problems, key=lambda p: p.sort_key()), target, names, lang)
    finally:
        svc.store.discard(folder)


def upload(svc: Service, db: Session, unit: Unit, pack: RulePack, period: str, files: list[Incoming],
           user: str, lang: Lang, kind: str = "data") -> Upload:
    """Stage the uploaded files over the period's current ones, validate, and swap them in when
    there is no error. The upload, valid or not, is recorded with its problems."""
    problems = size_problems(files, lang)
    for f in files:
        if f.name.lower().endswith(".xlsx") and len(f.data) <= MAX_FILE_BYTES:
            problems += zip_problems(shown_name(f.name), f.data, lang)
    stored = []
    if not problems:
        manifest = period_manifest(db, unit.code, period)
        names = {}
        seen: dict[str, str] = {}
        for f in files:
            name = f.stored or stored_name(f.name, f.data)
            if name is None:
                problems.append({"file": shown_name(f.name), "line": 0, "column": 0, "field": "(tệp)",
                                 "message": "Tên tệp không cho biết loại số liệu.",
                                 "hint": "Đặt tên tệp theo loại số liệu (task_status.csv, indicator_values.csv, "
                                         "report_submissions.csv, explanations.csv, pakn.csv hoặc tên trang tiếng "
                                         "Việt như 'Tiến độ nhiệm vụ.csv'), hoặc tải lên bảng tính .xlsx có trang "
                                         "mang tên loại số liệu.", "severity": "error"})
                continue
            if name in seen:
                problems.append({"file": shown_name(f.name), "line": 0, "column": 0, "field": "(tệp)",
                                 "message": f"Tệp cùng loại số liệu với tệp '{seen[name]}' trong cùng lần tải lên.",
                                 "hint": "Gộp hai tệp làm một hoặc tải lên từng tệp.", "severity": "error"})
                continue
            seen[name] = shown_name(f.name)
            digest = svc.store.put(f.data)
            manifest[name] = digest
            names[name] = shown_name(f.name)
            stored.append({"name": shown_name(f.name), "stored": name, "hash": digest})
        if not problems:
            problems = validate(svc, pack, period, manifest, names, lang)
    status = "invalid" if any(p["severity"] == "error" for p in problems) else "valid"
    record = Upload(unit_code=unit.code, period=period, kind=kind, status=status, files=stored,
                    problems=problems, created_at=_now(), created_by=user)
    db.add(record)
    if status == "valid":
        row = db.get(PeriodData, (unit.code, period))
        if row is None:
            db.add(PeriodData(unit_code=unit.code, period=period, manifest=manifest, updated_at=_now()))
        else:
            row.manifest, row.updated_at = manifest, _now()
    audit.record(db, user, "data_uploaded" if status == "valid" else "data_refused", unit.code,
                 period=period, files=[f["name"] for f in stored], problems=len(problems))
    db.flush()
    return record


def load_folder(svc: Service, db: Session, unit: Unit, source: Any, user: str) -> list[str]:
    """Make every period folder under `source` the unit's data (the demo and `units add --data`);
    returns the periods loaded."""
    loaded = []
    for folder in sorted(p for p in source.iterdir() if p.is_dir()):
        files = {p.name: svc.store.put(p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()}
        if not files:
            continue
        row = db.get(PeriodData, (unit.code, folder.name))
        if row is None:
            db.add(PeriodData(unit_code=unit.code, period=folder.name, manifest=files, updated_at=_now()))
        else:
            row.manifest = files
        loaded.append(folder.name)
    audit.record(db, user, "data_uploaded", unit.code, periods=loaded, source="folder")
    return loaded
