"""The stored appraisal round (issue 15) as the facts the CLI reads, and the year scored on them.

Nothing here scores: the self-assessment and the official form are `pipeline.score` over a
snapshot of the unit's stored data (as `runs.py` does for a quarter) with the round's entries
written as one more file of the year's folder, in the fact kinds the CLI reads beside its data:

    <year>/Tài liệu kiểm chứng.csv   the documents attached with the self-assessment (evidence; the
                                     issuing body after the title, in brackets)
    <year>/Điểm chấm tay.csv         the points entered where the rubric's method is manual (manual_points)
    <year>/Thẩm định.csv             the appraiser's points and opinions, per criterion and round (appraisal)

Submitting freezes the unit's data, its entries and its pack: `Assessment.manifest` keeps the
files as submitted and `Assessment.rules_hash` the pack, so later uploads and packs do not change
what is appraised. A criterion the appraiser has not
marked is appraised at its self-score (agreed) in the first round.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cchc_rules.pipeline import score, trend
from cchc_rules.rulepack.load import display_path
from cchc_rules.service.data import unit_manifest
from cchc_rules.service.db import AppraisalMark, Assessment, EvidenceDoc, SelfEntry, Unit
from cchc_rules.service.round import Round
from cchc_rules.service.runs import _relative, _workspace
from cchc_rules.service.state import Service
from cchc_rules.service.storage import manifest_hash

EVIDENCE_FILE = "Tài liệu kiểm chứng.csv"  # names of the evidence, manual_points and appraisal kinds
MANUAL_FILE = "Điểm chấm tay.csv"
APPRAISAL_FILE = "Thẩm định.csv"
_SCORED: OrderedDict[tuple[str, str, int], str] = OrderedDict()  # (pack, data, year) → JSON, by content
_SCORED_LOCK = threading.Lock()
SCORES_KEPT = 64


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def assessment(db: Session, unit: Unit, year: int, lock: bool = False) -> Assessment | None:
    """The unit's assessment of `year`; `lock`: its row locked to the end of the transaction (on
    PostgreSQL; SQLite writes one at a time), so two steps of one round never interleave."""
    query = select(Assessment).where(Assessment.unit_code == unit.code, Assessment.year == year)
    return db.scalar(query.with_for_update() if lock else query)


def open_assessment(db: Session, unit: Unit, year: int, user: str) -> Assessment:
    """The unit's assessment of `year`, made (as a draft) when the unit first changes it; when
    another request made it meanwhile, that one."""
    found = assessment(db, unit, year, lock=True)
    if found is None:
        try:
            with db.begin_nested():
                found = Assessment(unit_code=unit.code, year=year, state="draft", round=1, created_at=now(),
                                   created_by=user)
                db.add(found)
        except IntegrityError:
            found = assessment(db, unit, year, lock=True)
            assert found is not None
    return found


def as_round(a: Assessment | None) -> Round:
    return Round("draft") if a is None else Round(a.state, a.round, a.reply_deadline)


def leaves(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The leaf criteria of a score document's tree, in the rubric's order."""
    for node in nodes:
        if node["criteria"]:
            yield from leaves(node["criteria"])
        elif "trace" in node:
            yield node


def leaf(doc: dict[str, Any], criterion: str) -> dict[str, Any] | None:
    return next((n for n in leaves(doc["criteria"]) if n["id"] == criterion), None)


# ── the round's entries as fact files ──

def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def _points(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def evidence_csv(docs: list[EvidenceDoc], unit: str, year: int) -> bytes:
    rows = []
    for d in docs:
        link = d.link or (f"/units/{unit}/years/{year}/documents/{d.id}" if d.attachment_hash else "")
        title = f"{d.title} ({d.issuer})" if d.issuer else d.title  # the issuing body, as the form cites it
        rows.append([d.criterion, title, d.number, d.issued_on.strftime("%d/%m/%Y") if d.issued_on else "", link, ""])
    return _csv(["Tiêu chí", "Tài liệu kiểm chứng", "Số ký hiệu", "Ngày ban hành", "Tệp đính kèm", "Ghi chú"], rows)


def manual_csv(entries: list[SelfEntry]) -> bytes:
    rows = [[e.criterion, _points(e.points), e.updated_by, e.comment] for e in entries if e.points is not None]
    return _csv(["Tiêu chí", "Điểm tự chấm", "Người chấm", "Ghi chú"], rows)


def latest_marks(db: Session, a: Assessment) -> dict[tuple[int, str], AppraisalMark]:
    """The mark of each (round, criterion): its latest row."""
    found: dict[tuple[int, str], AppraisalMark] = {}
    for m in db.scalars(select(AppraisalMark).where(AppraisalMark.assessment_id == a.id).order_by(AppraisalMark.id)):
        found[(m.round, m.criterion)] = m
    return found


def appraisal_csv(self_doc: dict[str, Any], marks: dict[tuple[int, str], AppraisalMark]) -> bytes:
    """Every leaf's appraisal: the marks of every round, and round 1 at the self-score for a leaf
    the appraiser has not marked."""
    marked = {criterion for _, criterion in marks}
    rows = [[m.criterion, _points(m.points), m.comment, m.round] for (_, _), m in sorted(marks.items())]
    rows += [[n["id"], _points(n["points"]), "", 1] for n in leaves(self_doc["criteria"]) if n["id"] not in marked]
    return _csv(["Tiêu chí", "Điểm thẩm định", "Ý kiến thẩm định", "Vòng"], rows)


def _self_docs(db: Session, a: Assessment | None) -> list[EvidenceDoc]:
    if a is None:
        return []
    return list(db.scalars(select(EvidenceDoc).where(EvidenceDoc.assessment_id == a.id, EvidenceDoc.stage == "self")
                           .order_by(EvidenceDoc.id)))


def entries(db: Session, a: Assessment | None) -> dict[str, SelfEntry]:
    if a is None:
        return {}
    return {e.criterion: e for e in db.scalars(select(SelfEntry).where(SelfEntry.assessment_id == a.id))}


def self_manifest(svc: Service, db: Session, unit: Unit, year: int, a: Assessment | None) -> dict[str, str]:
    """The files the self-assessment is scored on: as submitted, or the unit's data now with the
    draft's entries."""
    if a is not None and a.manifest is not None:
        return dict(a.manifest)
    manifest = unit_manifest(svc, db, unit.code)
    docs = _self_docs(db, a)
    if docs:
        manifest[f"{year}/{EVIDENCE_FILE}"] = svc.store.put(evidence_csv(docs, unit.code, year))
    manual = sorted((e for e in entries(db, a).values() if e.points is not None), key=lambda e: e.criterion)
    if manual:
        manifest[f"{year}/{MANUAL_FILE}"] = svc.store.put(manual_csv(manual))
    return manifest


def rules_of(unit: Unit, a: Assessment | None) -> str:
    """The pack the assessment is scored by: as submitted, or the unit's pack now."""
    return a.rules_hash if a is not None and a.rules_hash else unit.pack_hash


def year_doc(svc: Service, unit: Unit, manifest: dict[str, str], year: int, rules: str | None = None) -> dict[str, Any]:
    """The `score --format json` document of `year` on `manifest`'s files by the pack `rules`
    (default: the unit's), paths relative to the snapshot as a run's. Raises NoRubric and
    FactsFileError as `pipeline.score` does."""
    rules = rules or unit.pack_hash
    key = (rules, manifest_hash(manifest), year)
    with _SCORED_LOCK:
        text = _SCORED.get(key)
    if text is None:
        folder, data_hash = svc.store.snapshot(unit.code, manifest)
        ws = _workspace(svc, rules, folder, data_hash, False)
        with svc.engine_lock:
            report = score(ws, year)
        doc = _relative(report.to_json("vi"), (display_path(folder), display_path(ws.pack.directory)))
        text = json.dumps(doc, ensure_ascii=False)
        with _SCORED_LOCK:
            _SCORED[key] = text
            while len(_SCORED) > SCORES_KEPT:
                _SCORED.popitem(last=False)
    return json.loads(text)  # a fresh copy each time: callers may change it


def self_doc(svc: Service, db: Session, unit: Unit, year: int, a: Assessment | None) -> dict[str, Any]:
    return year_doc(svc, unit, self_manifest(svc, db, unit, year, a), year, rules_of(unit, a))


def form_doc(svc: Service, db: Session, unit: Unit, year: int, a: Assessment | None) -> dict[str, Any]:
    """The official form's document: the self-assessment, with the appraisal once submitted."""
    own = self_manifest(svc, db, unit, year, a)
    doc = year_doc(svc, unit, own, year, rules_of(unit, a))
    if a is None or a.state == "draft":
        return doc
    manifest = {**own, f"{year}/{APPRAISAL_FILE}": svc.store.put(appraisal_csv(doc, latest_marks(db, a)))}
    return year_doc(svc, unit, manifest, year, rules_of(unit, a))


def year_quarters(svc: Service, db: Session, unit: Unit, year: int, a: Assessment | None) -> list[dict[str, Any]]:
    """The year's quarter checks on the self-assessment's data, oldest first, for the form's trend
    chart (as `score --format html` draws it); a quarter whose facts have errors is left out."""
    manifest = self_manifest(svc, db, unit, year, a)
    folder, data_hash = svc.store.snapshot(unit.code, manifest)
    ws = _workspace(svc, rules_of(unit, a), folder, data_hash, False)
    with svc.engine_lock:
        reports, _skipped = trend(ws, year)
    prefixes = (display_path(folder), display_path(ws.pack.directory))
    return [_relative(r.to_json("vi"), prefixes) for r in reports]
