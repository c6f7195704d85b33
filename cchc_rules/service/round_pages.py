"""The pages of the annual appraisal round (issue 15): the round's overview (its state, the steps
the user may take now, every leaf criterion with its self-score and appraisal) and one criterion
(the computed points with their trace as `explain` writes it, the unit's entries and documents,
the appraiser's marks of every round, the replies). Rendered by pages.render (Jinja2, autoescaped).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_rules.explain_text import explain_criterion
from cchc_rules.formats import number as show_number
from cchc_rules.service import access, pages
from cchc_rules.service import round_store as rs
from cchc_rules.service.db import AppraisalMark, Assessment, EvidenceDoc, Reply, Unit, User
from cchc_rules.service.round import STATE_NAMES, allowed


def _user(request: Request) -> User:
    return request.state.user  # type: ignore[no-any-return]


def _side(user: User) -> list[str]:
    """The sides whose steps the user's page shows (an admin: both)."""
    if user.role == "admin":
        return ["unit", "appraiser"]
    return ["appraiser"] if user.role == "appraiser" else ["unit"]


def _steps(user: User, a: Assessment | None, today: dt.date) -> set[str]:
    found: set[str] = set()
    for side in _side(user):
        if access.may(user, "appraise" if side == "appraiser" else "self_assess"):
            found |= allowed(rs.as_round(a), side, today)
    return found


def _n(value: float | None) -> str:
    return "" if value is None else show_number(value, "vi")


def _docs(db: Session, a: Assessment | None) -> list[EvidenceDoc]:
    if a is None:
        return []
    return list(db.scalars(select(EvidenceDoc).where(EvidenceDoc.assessment_id == a.id).order_by(EvidenceDoc.id)))


def overview(request: Request, db: Session, unit: Unit, year: int, a: Assessment | None, doc: dict[str, Any],
             today: dt.date) -> str:
    docs = _docs(db, a)
    entries = rs.entries(db, a)
    rows = []
    for node in rs.leaves(doc["criteria"]):
        appraisal: dict[str, Any] = node.get("appraisal") or {}
        rows.append({"id": node["id"], "name": node["name"], "max": _n(node["max"]), "points": _n(node["points"]),
                     "method": node["method"], "appraised": _n(appraisal["points"]) if appraisal else "",
                     "lower": bool(appraisal) and appraisal["points"] < node["points"],
                     "comment": appraisal.get("comment") or "",
                     "documents": len(node["documents"]) + sum(1 for d in docs if d.criterion == node["id"]
                                                               and d.stage == "reply"),
                     "own": entries[node["id"]].comment if node["id"] in entries else ""})
    given = doc.get("appraisal") or {}
    return pages.render(request, "round.html", unit=unit, year=year, a=a, state=STATE_NAMES[a.state if a else "draft"],
                        rows=rows, total=_n(doc["total"]), classification=doc.get("classification") or "",
                        appraised_total=_n(given.get("total")), appraised_class=given.get("classification") or "",
                        steps=_steps(_user(request), a, today), today=today)


def criterion(request: Request, db: Session, unit: Unit, year: int, a: Assessment | None, doc: dict[str, Any],
              cid: str, today: dt.date) -> str:
    node = rs.leaf(doc, cid)
    assert node is not None
    marks = [] if a is None else list(db.scalars(
        select(AppraisalMark).where(AppraisalMark.assessment_id == a.id, AppraisalMark.criterion == cid)
        .order_by(AppraisalMark.id)))
    replies = [] if a is None else list(db.scalars(
        select(Reply).where(Reply.assessment_id == a.id, Reply.criterion == cid).order_by(Reply.id)))
    docs = [d for d in _docs(db, a) if d.criterion == cid]
    entry = rs.entries(db, a).get(cid)
    appraisal = node.get("appraisal")
    return pages.render(request, "round_criterion.html", unit=unit, year=year, a=a, node=node,
                        state=STATE_NAMES[a.state if a else "draft"], trace=explain_criterion(doc, cid, "vi") or "",
                        points=_n(node["points"]), max=_n(node["max"]),
                        appraised=_n(appraisal["points"]) if appraisal else "", entry=entry,
                        entry_points=_n(entry.points) if entry else "",
                        marks=[{"m": m, "points": _n(m.points)} for m in marks], replies=replies,
                        own_docs=[d for d in docs if d.stage == "self"],
                        reply_docs={d.reply_id: d for d in docs if d.stage == "reply"},
                        steps=_steps(_user(request), a, today))
