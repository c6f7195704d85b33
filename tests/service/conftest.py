"""Fixtures of the web-service tests: a service on SQLite and on PostgreSQL (a fresh database per
test run on 127.0.0.1:5432, dropped afterwards), the demo unit, a second unit B of the same
province, and logged-in clients."""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
PASSWORD = "mat-khau-thu-nghiem"


def _pg_database() -> Iterator[str | None]:
    try:
        import psycopg

        conn = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except Exception:  # noqa: BLE001 - no server: the PostgreSQL cases skip (CI has one)
        yield None
        return
    name = f"cchc_svc_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    if request.param == "sqlite":
        yield None
        return
    gen = _pg_database()
    url = next(gen)
    if url is None:
        reason = "PostgreSQL is not answering at 127.0.0.1:5432 (trust auth, database `test`)"
        if os.environ.get("CI") and not os.environ.get("CCHC_NO_POSTGRES"):
            pytest.fail(f"CI is set but {reason}; CCHC_NO_POSTGRES=1 runs the SQLite cases only")
        pytest.skip(reason)
    yield url
    next(gen, None)


def unit_b_pack(folder: Path, code: str = "31297", name: str = "xã Thử Nghiệm") -> Path:
    """A copy of the bundled pack whose plan names another unit of the same city."""
    shutil.copytree(bundled_rules_dir(), folder)
    plan = folder / "plan.yaml"
    text = plan.read_text(encoding="utf-8").replace('code: "31294"', f'code: "{code}"', 1)
    plan.write_text(text.replace('name: "xã Trường Xuân"', f'name: "{name}"', 1), encoding="utf-8")
    return folder


@pytest.fixture
def service(tmp_path: Path, database: str | None):  # type: ignore[no-untyped-def]
    from cchc_rules.service.accounts import add_user
    from cchc_rules.service.data import load_folder
    from cchc_rules.service.packs import add_unit
    from cchc_rules.service.state import Service, Settings

    svc = Service.open(Settings(tmp_path / "svc", database))
    with svc.db() as db:
        a = add_unit(svc, db, None, "test")
        load_folder(svc, db, a, bundled_data_dir(), "test")
        b = add_unit(svc, db, unit_b_pack(tmp_path / "pack-b"), "test")
        load_folder(svc, db, b, bundled_data_dir(), "test")
        db.commit()
    for name, role, unit, agency in (("admin", "admin", None, None), ("vp-a", "office", "31294", None),
                                     ("kt-a", "agency", "31294", "KT"), ("vp-b", "office", "31297", None),
                                     ("kt-b", "agency", "31297", "KT"), ("td", "appraiser", "31294", None),
                                     ("cs-a", "policy", "31294", None)):
        add_user(svc, name, PASSWORD, role, unit, agency, None)
    yield svc
    svc.engine.dispose()


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html)[1]  # type: ignore[index]


class Client:
    """A test client with its CSRF token at hand."""

    def __init__(self, svc, username: str | None) -> None:  # type: ignore[no-untyped-def]
        from fastapi.testclient import TestClient

        from cchc_rules.service.app import create_app

        self.http = TestClient(create_app(service=svc), follow_redirects=False)
        self.csrf = csrf_of(self.http.get("/login").text)
        if username:
            r = self.http.post("/login", data={"username": username, "password": PASSWORD, "csrf": self.csrf})
            assert r.status_code == 303, r.text
            self.csrf = csrf_of(self.http.get("/", follow_redirects=True).text)

    def post(self, url: str, **data: object):  # type: ignore[no-untyped-def]
        files = data.pop("files", None)
        return self.http.post(url, data={"csrf": self.csrf, **data}, files=files)  # type: ignore[arg-type]

    def get(self, url: str):  # type: ignore[no-untyped-def]
        return self.http.get(url)


@pytest.fixture
def login(service):  # type: ignore[no-untyped-def]
    return lambda username: Client(service, username)
