"""Accounts of the service: `add_user` creates one (the first admin included, from the command line,
the demo or the tests), checks its role against its unit, agency and province, hashes its password
(argon2) and records it in the audit log.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from cchc_rules.service import access, audit
from cchc_rules.service.auth import hash_password
from cchc_rules.service.db import Unit, User
from cchc_rules.service.packs import pack
from cchc_rules.service.state import Service


def add_user(svc: Service, username: str, password: str, role: str, unit: str | None, agency: str | None,
             province: str | None, by: str = "cli") -> User:
    """Create an account (the first admin included); raises ValueError with a message to show."""
    if role not in access.ROLES:
        raise ValueError(f"vai trò '{role}' không có; các vai trò: {', '.join(access.ROLES)}")
    with svc.db() as db:
        if db.scalar(select(User).where(User.username == username)) is not None:
            raise ValueError(f"tên đăng nhập '{username}' đã có")
        unit_row = db.get(Unit, unit) if unit else None
        if role in ("office", "agency", "policy") and unit_row is None:
            raise ValueError(f"vai trò '{role}' cần --unit là mã một đơn vị đã có (cchc-rules units add)")
        if role == "agency":
            agencies = {a.code for a in pack(svc, unit_row.pack_hash).plan.agencies} if unit_row else set()
            if agency not in agencies:
                raise ValueError(f"vai trò 'agency' cần --agency là mã một cơ quan của đơn vị: {', '.join(sorted(agencies))}")
        if role == "appraiser":
            province = province or (unit_row.province_code if unit_row else None)
            if not province:
                raise ValueError("vai trò 'appraiser' cần --province (mã tỉnh, thành phố) hoặc --unit")
        user = User(username=username, password_hash=hash_password(password), role=role,
                    province_code=province if role == "appraiser" else (unit_row.province_code if unit_row else None),
                    unit_code=unit_row.code if unit_row else None, agency=agency if role == "agency" else None,
                    created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
        db.add(user)
        audit.record(db, by, "user_added", unit_row.code if unit_row else None, user=username, role=role)
        db.commit()
        return user
