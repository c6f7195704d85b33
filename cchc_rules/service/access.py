"""Who may see and do what, decided on the server for every request.

Roles: admin (everything); appraiser (city appraiser: every unit of its province); office
(commune office: its unit); agency (its own agency within its unit); policy (policy staff: its
unit's rule pack). What a user may not see does not exist for them: the routes answer 404.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_rules.service.db import Unit, User

ROLES = ("admin", "appraiser", "office", "agency", "policy")
ROLE_NAMES = {
    "vi": {"admin": "Quản trị hệ thống", "appraiser": "Cán bộ thẩm định của Sở Nội vụ",
           "office": "Văn phòng/cơ quan thường trực CCHC của xã", "agency": "Cơ quan, đơn vị thực hiện",
           "policy": "Cán bộ chính sách (bộ quy tắc)"},
    "en": {"admin": "Administrator", "appraiser": "City appraiser", "office": "Commune office",
           "agency": "Agency", "policy": "Policy staff"},
}


class Hidden(LookupError):
    """What the user may not see, or what does not exist: both answer 404."""


def sees_unit(user: User, unit: Unit) -> bool:
    if user.role == "admin":
        return True
    if user.role == "appraiser":
        return unit.province_code == user.province_code
    return unit.code == user.unit_code


def visible_units(db: Session, user: User) -> list[Unit]:
    query = select(Unit).order_by(Unit.code)
    if user.role == "appraiser":
        query = query.where(Unit.province_code == user.province_code)
    elif user.role != "admin":
        query = query.where(Unit.code == user.unit_code)
    return list(db.scalars(query))


def unit_or_hidden(db: Session, user: User, code: str) -> Unit:
    unit = db.get(Unit, code)
    if unit is None or not sees_unit(user, unit):
        raise Hidden(code)
    return unit


# what each role may do on a unit it sees
_MAY = {
    "upload": {"admin", "office"},
    "check": {"admin", "office", "appraiser"},
    "decide": {"admin", "office"},
    "answer": {"agency"},
    "pack": {"admin", "policy"},
    "data": {"admin", "office", "appraiser", "agency"},
    "audit": {"admin", "office", "appraiser"},
    "city": {"admin", "appraiser"},
    "round": {"admin", "office", "appraiser"},  # the annual appraisal round (routes_round.py)
    "self_assess": {"admin", "office"},
    "appraise": {"admin", "appraiser"},
}


def may(user: User, action: str) -> bool:
    return user.role in _MAY[action]


def require(user: User, action: str) -> None:
    if not may(user, action):
        raise Hidden(action)


def own_agency(user: User) -> str | None:
    """The agency whose rows alone the user sees (None: every agency of the unit)."""
    return user.agency if user.role == "agency" else None


def for_agency(doc: dict[str, Any], agency: str | None) -> dict[str, Any]:
    """The quarter document as an agency may see it: its own findings, lagging row and owed
    explanations only. The whole document when `agency` is None."""
    if agency is None:
        return doc
    view = dict(doc)
    view["findings"] = [f for f in doc["findings"] if f.get("agency") == agency]
    view["lagging_agencies"] = [a for a in doc["lagging_agencies"] if a.get("agency") == agency]
    return view
