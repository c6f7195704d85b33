"""Access control, found by walking the app's routes: unit A's clerk, and an appraiser of another
province, get 404 on every URL of unit B (the annual round's included); an agency sees only its own lapses; a logged-out user reaches nothing but the login page."""

from __future__ import annotations

import re

from starlette.routing import Mount, Route

from tests.service.conftest import Client


def _routes(client: Client) -> list[tuple[str, str]]:
    found = []
    for route in client.http.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, Mount) or not isinstance(route, Route):
            continue
        for method in sorted(route.methods or ()):
            if method != "HEAD":
                found.append((method, route.path))
    return found


def _fill(path: str, ids: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)(:[^}]*)?\}", lambda m: ids[m[1]], path)


def _b_objects(login) -> dict[str, str]:  # type: ignore[no-untyped-def]
    office_b = login("vp-b")
    r = office_b.post("/units/31297/periods/2026-Q3/check", as_of="")
    run = re.search(r"/runs/(\d+)$", r.headers["location"])[1]  # type: ignore[index]
    agency_b = login("kt-b")
    r = agency_b.post(f"/units/31297/runs/{run}/explanations", finding="2026-Q3/task-overdue/21.0.2026",
                      cause="objective", text="B", files=[("attachment", ("a.pdf", b"%PDF"))])
    assert r.status_code == 303
    page = office_b.get(f"/units/31297/runs/{run}").text
    eid = re.search(r"/explanations/(\d+)/decision", page)[1]  # type: ignore[index]
    r = office_b.post("/units/31297/years/2026/criteria/1.4/evidence", title="Kế hoạch", number="1/KH-UBND",
                      files=[("attachment", ("kh.pdf", b"%PDF"))])
    assert r.status_code == 303, r.text
    page = office_b.get("/units/31297/years/2026/criteria/1.4").text
    did = re.search(r"/years/2026/documents/(\d+)", page)[1]  # type: ignore[index]
    return {"code": "31297", "period": "2026-Q3", "run_id": run, "eid": eid, "fmt": "xlsx", "year": "2026",
            "cid": "1.4", "did": did}


def test_clerk_of_a_gets_404_on_every_route_of_b(login, service) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.service.accounts import add_user

    ids = _b_objects(login)
    add_user(service, "td-khac", "mat-khau-thu-nghiem", "appraiser", None, None, "01")  # another province
    for username in ("vp-a", "kt-a", "cs-a", "td-khac"):
        clerk = login(username)
        walked = 0
        for method, path in _routes(clerk):
            if "{code}" not in path:
                continue
            url = _fill(path, ids)
            r = clerk.get(url) if method == "GET" else clerk.post(url, finding="2026-Q3/task-overdue/21.0.2026",
                                                                   cause="objective", text="x", decision="accepted",
                                                                   points="0", comment="x", title="x",
                                                                   link="https://example.org", deadline="31/12/2099")
            assert r.status_code == 404, (username, method, url, r.status_code)
            assert "31297" not in r.text and "Thử Nghiệm" not in r.text
            walked += 1
        assert walked >= 27


def test_unknown_unit_and_hidden_unit_answer_alike(login) -> None:  # type: ignore[no-untyped-def]
    clerk = login("vp-a")
    hidden, missing = clerk.get("/units/31297"), clerk.get("/units/99999")
    assert hidden.status_code == missing.status_code == 404 and hidden.text == missing.text


def test_logged_out_reaches_only_login(login) -> None:  # type: ignore[no-untyped-def]
    ids = _b_objects(login)
    anon = login(None)
    for method, path in _routes(anon):
        url = _fill(path, {**ids, "code": "31294"})
        r = anon.http.request(method, url, follow_redirects=False, data={"csrf": anon.csrf})
        if path in ("/login", "/healthz"):
            assert r.status_code in (200, 401, 403)
            continue
        assert r.status_code == 303 and r.headers["location"] == "/login", (method, url, r.status_code)


def test_agency_sees_only_own_lapses(login) -> None:  # type: ignore[no-untyped-def]
    office, agency = login("vp-a"), login("kt-a")
    r = office.post("/units/31294/periods/2026-Q3/check", as_of="")
    run = re.search(r"/runs/(\d+)$", r.headers["location"])[1]  # type: ignore[index]
    page = agency.get(f"/units/31294/runs/{run}").text
    found = re.findall(r'data-finding="(2026-Q3/[^"]+)"', page)
    assert found and all(f in ("2026-Q3/pakn-overdue/PAKN-2026-017", "2026-Q3/task-overdue/21.0.2026") for f in found)
    assert "Trung tâm Phục vụ hành chính công" not in page.split('id="lagging"')[1]


def test_appraiser_sees_province_not_others(login, service, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.service.accounts import add_user

    add_user(service, "td-khac", "mat-khau-thu-nghiem", "appraiser", None, None, "01")
    other = login("td-khac")
    assert other.get("/units/31294").status_code == 404 and "xã Trường Xuân" not in other.get("/city").text
    assert login("td").get("/units/31297").status_code == 200
