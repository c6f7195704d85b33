"""`serve --demo`: the bundled plan and data loaded for the demo unit (xã Trường Xuân), and demo
accounts (admin, the commune office, an agency, the city appraiser, policy staff), their
passwords made at random and printed once."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from cchc_rules.rulepack.load import bundled_data_dir
from cchc_rules.service.accounts import add_user
from cchc_rules.service.data import load_folder
from cchc_rules.service.db import User
from cchc_rules.service.packs import add_unit
from cchc_rules.service.state import Service

DEMO_ACCOUNTS = (("admin", "admin", None), ("van-phong", "office", None), ("phong-kinh-te", "agency", "KT"),
                 ("tham-dinh", "appraiser", None), ("chinh-sach", "policy", None))


def load_demo(svc: Service) -> list[tuple[str, str, str]]:
    """Load the demo unit and its data once; returns the accounts made now (name, role, password)."""
    with svc.db() as db:
        unit = add_unit(svc, db, None, "demo")
        if not db.scalar(select(User).where(User.username == "van-phong")):
            load_folder(svc, db, unit, bundled_data_dir(), "demo")
        db.commit()
        code = unit.code
    made = []
    for name, role, agency in DEMO_ACCOUNTS:
        with svc.db() as db:
            if db.scalar(select(User).where(User.username == name)) is not None:
                continue
        password = secrets.token_urlsafe(9)
        add_user(svc, name, password, role, None if role == "admin" else code, agency, None, by="demo")
        made.append((name, role, password))
    return made
