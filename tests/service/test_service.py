"""Page and API tests of the web service (FastAPI's test client), each on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from tests.service.conftest import Client


def _check(client: Client, unit: str = "31294", period: str = "2026-Q3", as_of: str = "") -> int:
    r = client.post(f"/units/{unit}/periods/{period}/check", as_of=as_of)
    assert r.status_code == 303, r.text
    return int(re.search(r"/runs/(\d+)$", r.headers["location"])[1])  # type: ignore[index]


def test_healthz(login) -> None:  # type: ignore[no-untyped-def]
    r = login(None).get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["version"]


def test_login_cookie_flags_and_wrong_password(login) -> None:  # type: ignore[no-untyped-def]
    anon = login(None)
    r = anon.http.post("/login", data={"username": "vp-a", "password": "sai", "csrf": anon.csrf})
    assert r.status_code == 401 and "không đúng" in r.text
    client = login("vp-a")
    cookie = client.http.cookies.jar
    assert any(c.name == "cchc_session" for c in cookie)
    r = anon.http.post("/login", data={"username": "vp-a", "password": "mat-khau-thu-nghiem", "csrf": anon.csrf})
    assert "httponly" in r.headers["set-cookie"].lower() and "samesite=lax" in r.headers["set-cookie"].lower()


def test_login_rate_limited(login) -> None:  # type: ignore[no-untyped-def]
    anon = login(None)
    codes = [anon.http.post("/login", data={"username": "vp-a", "password": f"sai{i}", "csrf": anon.csrf}).status_code
             for i in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    # even the right password waits now
    r = anon.http.post("/login", data={"username": "vp-a", "password": "mat-khau-thu-nghiem", "csrf": anon.csrf})
    assert r.status_code == 429


def test_post_without_csrf_refused(login) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    r = client.http.post("/units/31294/periods/2026-Q3/check", data={"as_of": ""})
    assert r.status_code == 403
    r = client.http.post("/units/31294/periods/2026-Q3/check", data={"as_of": "", "csrf": "gia-mao"})
    assert r.status_code == 403


def test_check_findings_downloads_and_rerun_identical(login) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    run = _check(client)
    page = client.get(f"/units/31294/runs/{run}").text
    assert "2026-Q3/pakn-overdue/PAKN-2026-017" in page and "Phòng Kinh tế" in page
    doc = client.get(f"/units/31294/runs/{run}/report.json").json()
    assert doc["period"] == "2026-Q3" and doc["summary"]["findings"] == 6
    assert all(not f["file"].startswith("/") for f in doc["findings"][0]["trace"]["facts"])
    wb = load_workbook(io.BytesIO(client.get(f"/units/31294/runs/{run}/report.xlsx").content))
    assert "Phát hiện" in wb.sheetnames
    assert "<html" in client.get(f"/units/31294/runs/{run}/report.html").text
    again = client.post(f"/units/31294/runs/{run}/rerun")
    assert again.status_code == 200 and 'id="identical"' in again.text


def test_rerun_shows_differences_when_stored_json_differs(login, service) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    run = _check(client)
    from cchc_rules.service.db import Run

    with service.db() as db:
        row = db.get(Run, run)
        row.result = row.result.replace('"2026-Q3"', '"2026-Q9"', 1)
        db.commit()
    again = client.post(f"/units/31294/runs/{run}/rerun")
    assert 'id="different"' in again.text and "2026-Q9" in again.text


def test_same_as_cli_json(login) -> None:  # type: ignore[no-untyped-def]
    """The stored document is the CLI's `evaluate --format json` of the same files, paths aside."""
    from cchc_rules.pipeline import Workspace, evaluate
    from cchc_rules.report.json_out import to_json

    client = login("vp-a")
    run = _check(client, as_of="20/09/2026")
    stored = client.get(f"/units/31294/runs/{run}/report.json").text
    import datetime as dt

    cli = json.loads(to_json(evaluate(Workspace.open(), "2026-Q3", dt.date(2026, 9, 20)).to_json("vi")))
    ours = json.loads(stored)
    strip = lambda d: re.sub(r'data/truong-xuan/|rules/truong-xuan-2026-2030/', '', json.dumps(d, ensure_ascii=False, indent=1))  # noqa: E731
    assert strip(ours).splitlines() == strip(cli).splitlines()


def test_upload_error_shown_at_row_and_not_swapped(login) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    before = client.get("/units/31294/periods/2026-Q3").text
    bad = "ref,agency,received_on\nPAKN-1,<script>alert(1)</script>,01/08/2026\nPAKN-2,VP,31/02/2026\n"
    r = client.post("/units/31294/periods/2026-Q3/upload", files=[("files", ("pakn.csv", bad.encode()))])
    assert r.status_code == 422
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;" in r.text
    named = client.post("/units/31294/periods/2026-Q3/upload", files=[("files", ("<img src=x>.csv", b"a,b\n"))])
    assert named.status_code == 422 and "<img src=x>" not in named.text and "&lt;img src=x&gt;.csv" in named.text
    rows = re.findall(r'<tr class="error" data-row="(\d+)">', r.text)
    assert "2" in rows and "3" in rows
    # the period's data are unchanged: the check gives the same findings as before
    run = _check(client)
    assert client.get(f"/units/31294/runs/{run}/report.json").json()["summary"]["findings"] == 6
    files = lambda page: page.split("Tệp số liệu đang dùng")[1].split("</ul>")[0]  # noqa: E731
    assert files(before) == files(client.get("/units/31294/periods/2026-Q3").text) and "pakn.csv" in files(before)


def test_valid_upload_swaps_in(login) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    from cchc_rules.rulepack.load import bundled_data_dir

    pakn = (bundled_data_dir() / "2026-Q3" / "pakn.csv").read_text(encoding="utf-8")
    fixed = pakn.replace("PAKN-2026-017;", "PAKN-2026-017;", 1)
    lines = fixed.splitlines()
    # PAKN-2026-017 answered on time: its overdue finding goes away
    lines = [re.sub(r"(PAKN-2026-017,[^\n]*?,\d\d/\d\d/2026,\d\d/\d\d/2026,)(,|$)", r"\g<1>20/08/2026\2", line)
             for line in lines]
    r = client.post("/units/31294/periods/2026-Q3/upload",
                    files=[("files", ("pakn.csv", ("\n".join(lines) + "\n").encode()))])
    assert r.status_code == 200, re.findall(r'<tr class="error".*?</tr>', r.text, re.S)
    run = _check(client)
    ids = [f["id"] for f in client.get(f"/units/31294/runs/{run}/report.json").json()["findings"]]
    assert "2026-Q3/pakn-overdue/PAKN-2026-017" not in ids


def test_agency_answers_office_decides_next_run_uses_it(login) -> None:  # type: ignore[no-untyped-def]
    office, agency = login("vp-a"), login("kt-a")
    run = _check(office)
    page = agency.get(f"/units/31294/runs/{run}").text
    assert "2026-Q3/task-overdue/21.0.2026" in page
    assert "hai-long-tthc" not in page  # TTPVHCC's finding: not the agency's
    r = agency.post(f"/units/31294/runs/{run}/explanations", finding="2026-Q3/task-overdue/21.0.2026",
                    cause="objective", text="Chờ vốn của thành phố <b>",
                    files=[("attachment", ("../../etc/passwd", b"%PDF-1.4 bien ban"))])
    assert r.status_code == 303, r.text
    # a second answer to the same lapse is refused (one explanation per lapse and agency)
    r = agency.post(f"/units/31294/runs/{run}/explanations", finding="2026-Q3/task-overdue/21.0.2026",
                    cause="subjective", text="Lần hai")
    assert r.status_code == 422 and "đã có giải trình" in r.text
    # an agency cannot answer another agency's finding
    r = agency.post(f"/units/31294/runs/{run}/explanations", finding="2026-Q3/target-missed/hai-long-tthc",
                    cause="objective", text="x")
    assert r.status_code == 404
    run2 = _check(office)
    doc = office.get(f"/units/31294/runs/{run2}/report.json").json()
    exp = next(f for f in doc["findings"] if f["id"] == "2026-Q3/task-overdue/21.0.2026")["explanation"]
    assert exp["state"] == "accepted"
    page = office.get(f"/units/31294/runs/{run2}").text
    assert "&lt;b&gt;" in page
    eid = int(re.search(r"/explanations/(\d+)/decision", page)[1])  # type: ignore[index]
    attach = office.get(f"/units/31294/explanations/{eid}/attachment")
    assert attach.content == b"%PDF-1.4 bien ban" and "passwd" not in attach.headers["content-disposition"]
    r = office.post(f"/units/31294/explanations/{eid}/decision", decision="not_accepted", back=str(run2))
    assert r.status_code == 303
    run3 = _check(office)
    doc = office.get(f"/units/31294/runs/{run3}/report.json").json()
    exp = next(f for f in doc["findings"] if f["id"] == "2026-Q3/task-overdue/21.0.2026")["explanation"]
    assert exp["state"] == "not_accepted"


def test_agency_download_is_its_own(login) -> None:  # type: ignore[no-untyped-def]
    office, agency = login("vp-a"), login("kt-a")
    run = _check(office)
    assert agency.get(f"/units/31294/runs/{run}/report.json").status_code == 404
    wb = load_workbook(io.BytesIO(agency.get(f"/units/31294/runs/{run}/report.xlsx").content))
    cells = " ".join(str(c.value) for row in wb["Phát hiện"].iter_rows() for c in row if c.value)
    assert "PAKN-2026-017" in cells and "hai-long-tthc" not in cells


def test_history_and_city(login) -> None:  # type: ignore[no-untyped-def]
    office = login("vp-a")
    for period in ("2026-Q2", "2026-Q3"):
        _check(office, period=period)
    page = office.get("/units/31294/history").text
    assert "Quý II/2026" in page and "Quý III/2026" in page and "Phòng Kinh tế: Quý II/2026, Quý III/2026" in page
    assert office.get("/city").status_code == 404
    city = login("td").get("/city").text
    assert "xã Trường Xuân" in city and "xã Thử Nghiệm" in city and "Chưa có lần kiểm tra nào" in city


def test_agency_form_saves_rows(login) -> None:  # type: ignore[no-untyped-def]
    agency = login("kt-a")
    page = agency.get("/units/31294/periods/2027-Q1/form").text
    assert 'name="status-21"' in page or 'name="status-' in page
    number = re.search(r'name="status-(\d+)"', page)[1]  # type: ignore[index]
    r = agency.post("/units/31294/periods/2027-Q1/form", **{f"status-{number}": "Đã hoàn thành",
                                                            f"completed_on-{number}": "31/02/2027",
                                                            f"note-{number}": "=HYPERLINK(\"x\")"})
    assert r.status_code == 422 and "không có thật" in r.text
    r = agency.post("/units/31294/periods/2027-Q1/form", **{f"status-{number}": "Đang thực hiện",
                                                            f"note-{number}": "=HYPERLINK(\"x\")"})
    assert r.status_code == 200, re.findall(r'<tr class="error".*?</tr>', r.text, re.S)


def test_pack_upload_checked_and_versioned(login, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.rulepack.load import bundled_rules_dir

    policy = login("cs-a")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for p in sorted(bundled_rules_dir().rglob("*")):
            if p.is_file():
                data = p.read_bytes()
                if p.name == "tasks.yaml":
                    data = data.replace(b"lead: VP", b"lead: VPX", 1)
                z.writestr(f"pack/{p.relative_to(bundled_rules_dir()).as_posix()}", data)
    r = policy.post("/units/31294/pack", files=[("files", ("pack.zip", buf.getvalue()))])
    assert r.status_code == 422 and "tasks.yaml" in r.text and "VPX" in r.text
    assert re.search(r"<td>tasks.yaml</td><td>\d+</td>", r.text)
    evil = io.BytesIO()
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../../evil.yaml", b"x: 1")
    r = policy.post("/units/31294/pack", files=[("files", ("evil.zip", evil.getvalue()))])
    assert r.status_code == 422 and "không an toàn" in r.text
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("plan.yaml", b"0" * (60 * 1024 * 1024))
    r = policy.post("/units/31294/pack", files=[("files", ("bomb.zip", bomb.getvalue()))])
    assert r.status_code == 422 and "vượt giới hạn" in r.text
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w") as z:
        for p in sorted(bundled_rules_dir().rglob("*")):
            if p.is_file():
                data = p.read_bytes()
                if p.name == "plan.yaml":
                    data += "\n# sửa đổi\n".encode()
                z.writestr(p.relative_to(bundled_rules_dir()).as_posix(), data)
    r = policy.post("/units/31294/pack", files=[("files", ("pack.zip", good.getvalue()))])
    assert r.status_code == 200, r.text
    assert r.text.count("<tr><td><code>") == 2  # two versions


def test_xlsx_zip_bomb_refused(login) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b" " * (60 * 1024 * 1024))
    r = client.post("/units/31294/periods/2026-Q3/upload", files=[("files", ("bao-cao.xlsx", bomb.getvalue()))])
    assert r.status_code == 422 and "vượt giới hạn" in r.text


def test_request_too_large_refused_before_reading(login) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    r = client.http.post("/units/31294/periods/2026-Q3/upload", content=b"x" * 10,
                         headers={"content-length": str(64 * 1024 * 1024), "content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413 and "quá lớn" in r.text
    big = b"a" * (6 * 1024 * 1024)
    r = client.post("/units/31294/periods/2026-Q3/upload", files=[("files", ("pakn.csv", big))])
    assert r.status_code == 422 and "vượt giới hạn" in r.text


def test_workbook_download_formula_safe(login, service) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    from cchc_rules.rulepack.load import bundled_data_dir

    pakn = (bundled_data_dir() / "2026-Q3" / "pakn.csv").read_text(encoding="utf-8")
    evil = pakn.replace("PAKN-2026-017", "=HYPERLINK(\"http://x\";\"y\")")
    r = client.post("/units/31294/periods/2026-Q3/upload", files=[("files", ("pakn.csv", evil.encode()))])
    assert r.status_code in (200, 422)
    if r.status_code == 200:
        run = _check(client)
        wb = load_workbook(io.BytesIO(client.get(f"/units/31294/runs/{run}/report.xlsx").content))
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    assert c.data_type != "f", (ws.title, c.coordinate, c.value)


def test_audit_log_append_only(service, login) -> None:  # type: ignore[no-untyped-def]
    client = login("vp-a")
    _check(client)
    page = client.get("/units/31294/audit").text
    assert "Chạy kiểm tra quý" in page
    from sqlalchemy.exc import DatabaseError

    for statement in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
        with service.engine.connect() as conn, pytest.raises(DatabaseError):
            conn.execute(text(statement))
            conn.commit()
    with service.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0


def test_migrations_at_start_and_sqlite_backup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.service.migrate import current_revision
    from cchc_rules.service.state import Service, Settings

    svc = Service.open(Settings(tmp_path))
    assert current_revision(svc.engine) == "0002"  # the head: 0002 adds the appraisal round's tables
    svc.engine.dispose()
    again = Service.open(Settings(tmp_path))  # at head: nothing to do, no backup
    assert current_revision(again.engine) == "0002" and not list(tmp_path.glob("*.bak-*"))
    again.engine.dispose()


def test_agency_form_has_indicators_and_reports(login, service) -> None:  # type: ignore[no-untyped-def]
    """The form carries every kind the agency's template has: its indicators and the reports it owes
    go through the same readers as an upload (a bad cell is refused at its row, a good one saved)."""
    from cchc_rules.service.accounts import add_user

    from tests.service.conftest import PASSWORD

    add_user(service, "vp-cq", PASSWORD, "agency", "31294", "VP", None)
    agency = login("vp-cq")
    page = agency.get("/units/31294/periods/2027-Q1/form").text
    assert 'id="form-indicators"' in page and 'name="value-i-pakn-tiep-nhan-xu-ly"' in page
    assert 'id="form-reports"' in page and 'name="received_on-r-1"' in page
    assert "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" in page  # the agency by name
    bad = agency.post("/units/31294/periods/2027-Q1/form", **{"value-i-pakn-tiep-nhan-xu-ly": "chín mươi",
                                                              "received_on-r-1": "32/03/2027"})
    assert bad.status_code == 422
    errors = re.findall(r'<tr class="error".*?</tr>', bad.text, re.S)
    assert any("[Chỉ số]" in e and "không phải một số" in e for e in errors), errors  # at its sheet and row
    assert any("[Báo cáo đã gửi]" in e and "không có thật" in e for e in errors), errors
    good = agency.post("/units/31294/periods/2027-Q1/form", **{"numerator-i-pakn-tiep-nhan-xu-ly": "9",
                                                               "denominator-i-pakn-tiep-nhan-xu-ly": "10",
                                                               "value-i-pakn-tiep-nhan-xu-ly": "90",
                                                               "received_on-r-1": "14/03/2027",
                                                               "document_ref-r-1": "15/BC-VP"})
    assert good.status_code == 200, re.findall(r'<tr class="error".*?</tr>', good.text, re.S)
    assert 'value="90"' in good.text and 'value="15/BC-VP"' in good.text  # what was typed is shown again


def test_a_database_at_0001_is_backed_up_and_upgraded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command
    from sqlalchemy import inspect

    from cchc_rules.service.db import make_engine
    from cchc_rules.service.migrate import _config, current_revision
    from cchc_rules.service.state import Service, Settings

    engine = make_engine(f"sqlite:///{tmp_path / 'cchc-rules.sqlite'}")
    with engine.begin() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    svc = Service.open(Settings(tmp_path))
    assert current_revision(svc.engine) == "0002" and (tmp_path / "cchc-rules.sqlite.bak-0001").is_file()
    assert {"assessments", "appraisal_marks", "round_replies"} <= set(inspect(svc.engine).get_table_names())
    svc.engine.dispose()
