"""The city's ranking of the year's PAR INDEX (issue 15, item 4) on the final scores, and a unit's
years side by side (each year's self and final total, each area's points).

Each unit of the city's view is scored through the round's own path (round_store.py builds the
facts, `pipeline.score` scores them): a unit whose round of the year is finalised is ranked on the
total of its official form (the appraisal as stored, `form_doc`), the others on their
self-assessment (`self_doc`: as submitted, or the unit's data now), and each row says which. The
ranking rows are the batch's (batch/ranking.py: the same basis, change and competition ranking),
so the service and `cchc-rules batch` rank alike; the units are ranked within their province.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_rules.batch.ranking import area_fields, basis_label, final_fields, rank
from cchc_rules.errors import FactsFileError
from cchc_rules.pipeline import NoRubric
from cchc_rules.service import round_store as rs
from cchc_rules.service.db import Assessment, PeriodData, Unit
from cchc_rules.service.packs import pack
from cchc_rules.service.round import STATE_NAMES
from cchc_rules.service.state import Service

NOT_BEGUN = "Chưa tự đánh giá"


def ranking_year(db: Session, units: list[Unit], asked: int | None) -> int | None:
    """The year to rank: the one asked for, else the latest year any of these units has a round of."""
    if asked is not None:
        return asked
    codes = [u.code for u in units]
    if not codes:
        return None
    return db.scalar(select(Assessment.year).where(Assessment.unit_code.in_(codes))
                     .order_by(Assessment.year.desc()).limit(1))


def unit_row(svc: Service, db: Session, unit: Unit, year: int) -> dict[str, Any]:
    """The unit's ranking row (without the rank), or a row with `reason` when it cannot be scored."""
    a = rs.assessment(db, unit, year)
    head = {"code": unit.code, "name": unit.name, "province": unit.province,
            "state": STATE_NAMES[a.state] if a is not None else NOT_BEGUN, "finalised": a is not None and a.state == "final"}
    if year not in pack(svc, rs.rules_of(unit, a)).rubrics:
        return {**head, "reason": f"Bộ quy tắc của đơn vị không có bộ chỉ số năm {year}"}
    try:
        doc = rs.form_doc(svc, db, unit, year, a) if head["finalised"] else rs.self_doc(svc, db, unit, year, a)
    except FactsFileError:
        return {**head, "reason": "Số liệu đã lưu có lỗi, chưa chấm được điểm"}
    except NoRubric:
        return {**head, "reason": f"Bộ quy tắc của đơn vị không có bộ chỉ số năm {year}"}
    final = final_fields(doc)
    complete = final["basis"] == "appraisal"
    return {**head, **final, "basis_label": basis_label(final["basis"], "vi"),
            "areas": [area_fields(area, complete) for part in doc["criteria"] if part.get("kind", "index") == "index"
                      for area in part["criteria"]]}


def city_ranking(svc: Service, db: Session, units: list[Unit], year: int) -> list[dict[str, Any]]:
    """Per province (in the order of its first unit): its units ranked, then those not scored."""
    rows = [unit_row(svc, db, unit, year) for unit in units]
    provinces: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        provinces.setdefault(row["province"], []).append(row)
    found = []
    for province, own in provinces.items():
        scored = [r for r in own if "reason" not in r]
        areas: dict[str, dict[str, Any]] = {}
        for row in scored:
            for area in row["areas"]:
                areas.setdefault(area["id"], {"id": area["id"], "name": area["name"], "max": area["max"]})
        found.append({"province": province, "ranking": rank(scored), "areas": list(areas.values()),
                      "not_scored": [r for r in own if "reason" in r]})
    return found


def unit_years(svc: Service, db: Session, unit: Unit) -> dict[str, Any]:
    """Year over year: each year the unit has data or a round of, oldest first, as its ranking row
    (self and final total, change, areas) or with the reason it cannot be scored; and the areas of
    the scored years, in rubric order of first appearance."""
    years = {a for a in db.scalars(select(Assessment.year).where(Assessment.unit_code == unit.code))}
    years |= {int(p[:4]) for p in db.scalars(select(PeriodData.period).where(PeriodData.unit_code == unit.code))
              if p[:4].isdigit()}
    rows = [{"year": year, **unit_row(svc, db, unit, year)} for year in sorted(years)]
    areas: dict[str, dict[str, Any]] = {}
    for row in rows:
        for area in row.get("areas", []):
            areas.setdefault(area["id"], {"id": area["id"], "name": area["name"], "max": area["max"]})
    return {"rows": rows, "areas": list(areas.values())}
