"""Steps of scenarios/dich_vu_web.feature: the web service through FastAPI's test client, on
SQLite in the scenario's temporary folder (tests/service/ runs the same on PostgreSQL)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from cchc_rules.rulepack.load import bundled_data_dir

PASSWORD = "mat-khau-thu-nghiem"


class Web:
    def __init__(self, root: Path) -> None:
        from cchc_rules.service.data import load_folder
        from cchc_rules.service.packs import add_unit
        from cchc_rules.service.state import Service, Settings

        self.root = root
        self.svc = Service.open(Settings(root / "svc"))
        with self.svc.db() as db:
            unit = add_unit(self.svc, db, None, "test")
            load_folder(self.svc, db, unit, bundled_data_dir(), "test")
            db.commit()
        self.clients: dict[str, Any] = {}
        self.page = None
        self.runs: list[int] = []

    def user(self, name: str, role: str, unit: str, agency: str | None = None) -> None:
        from cchc_rules.service.accounts import add_user

        add_user(self.svc, name, PASSWORD, role, unit, agency, None)

    def client(self, name: str) -> Any:
        if name not in self.clients:
            from tests.service.conftest import Client

            self.clients[name] = Client.__new__(Client)
            Client.__init__(self.clients[name], self.svc, None)
            c = self.clients[name]
            from tests.service.conftest import csrf_of

            c.http.post("/login", data={"username": name, "password": PASSWORD, "csrf": c.csrf})
            c.csrf = csrf_of(c.http.get("/", follow_redirects=True).text)
        return self.clients[name]

    def check(self, name: str, period: str) -> int:
        r = self.client(name).post(f"/units/31294/periods/{period}/check", as_of="")
        assert r.status_code == 303, r.text
        self.runs.append(int(r.headers["location"].rsplit("/", 1)[1]))
        return self.runs[-1]


@pytest.fixture
def web(tmp_path: Path, request: pytest.FixtureRequest) -> Web:
    made = Web(tmp_path)
    request.addfinalizer(made.svc.close)  # its database connections closed with the test
    return made


@given(parsers.parse('dịch vụ có xã Trường Xuân với số liệu mẫu và tài khoản văn phòng "{name}"'), target_fixture="web")
def _service(tmp_path: Path, name: str, request: pytest.FixtureRequest) -> Web:
    w = Web(tmp_path)
    request.addfinalizer(w.svc.close)
    w.user(name, "office", "31294")
    return w


@given(parsers.parse('tài khoản "{name}" của Phòng Kinh tế'))
def _agency(web: Web, name: str) -> None:
    web.user(name, "agency", "31294", "KT")


@given(parsers.parse('xã Thử Nghiệm với tài khoản văn phòng "{name}"'))
def _unit_b(web: Web, name: str) -> None:
    from cchc_rules.service.packs import add_unit
    from tests.service.conftest import unit_b_pack

    with web.svc.db() as db:
        add_unit(web.svc, db, unit_b_pack(web.root / "pack-b"), "test")
        db.commit()
    web.user(name, "office", "31297")


@when(parsers.parse('"{name}" tải lên tệp "{file}" của quý {period} có ngày tiếp nhận "{day}" ở dòng {row:d}'))
def _upload_bad(web: Web, name: str, file: str, period: str, day: str, row: int) -> None:
    lines = (bundled_data_dir() / period / file).read_text(encoding="utf-8").splitlines()
    lines[row - 1] = re.sub(r"\d\d/\d\d/2026", day, lines[row - 1], count=1)
    web.page = web.client(name).post(f"/units/31294/periods/{period}/upload",
                                     files=[("files", (file, ("\n".join(lines) + "\n").encode()))])


@when(parsers.parse('"{name}" chạy kiểm tra quý {period}'))
def _check(web: Web, name: str, period: str) -> None:
    web.check(name, period)


@when(parsers.parse('"{name}" giải trình phát hiện "{finding}" với nguyên nhân chủ quan'))
def _answer(web: Web, name: str, finding: str) -> None:
    r = web.client(name).post(f"/units/31294/runs/{web.runs[-1]}/explanations", finding=finding,
                              cause="subjective", text="Công chức phụ trách nghỉ ốm.")
    assert r.status_code == 303, r.text


@when(parsers.parse('"{name}" ghi kết quả xem xét "Chấp nhận"'))
def _accept(web: Web, name: str) -> None:
    page = web.client(name).get(f"/units/31294/runs/{web.runs[-1]}").text
    eid = re.search(r"/explanations/(\d+)/decision", page)[1]  # type: ignore[index]
    r = web.client(name).post(f"/units/31294/explanations/{eid}/decision", decision="accepted", back="0")
    assert r.status_code == 303


@then(parsers.parse('trang báo số liệu có lỗi ở tệp "{file}" dòng {row:d}, cột "{field}"'))
def _error_at(web: Web, file: str, row: int, field: str) -> None:
    assert web.page is not None and web.page.status_code == 422
    assert re.search(rf'<tr class="error" data-row="{row}"><td>{re.escape(file)}</td><td>{row}</td><td>\d*</td><td>{field}</td>',
                     web.page.text), web.page.text


@then(parsers.parse("số liệu quý {period} đang dùng vẫn cho {count:d} phát hiện"))
def _still(web: Web, period: str, count: int) -> None:
    name = next(iter(web.clients))
    run = web.check(name, period)
    assert web.client(name).get(f"/units/31294/runs/{run}/report.json").json()["summary"]["findings"] == count


@then(parsers.parse('"{name}" thấy các phát hiện "{ids}" và không thấy phát hiện nào khác'))
def _sees(web: Web, name: str, ids: str) -> None:
    page = web.client(name).get(f"/units/31294/runs/{web.runs[-1]}").text
    assert sorted(re.findall(r'<tr id="f-\d+" data-finding="(\d{4}-Q\d/[^"]+)">', page.split('id="findings"')[1].split("</table>")[0])) == \
        sorted(i.strip() for i in ids.split(","))


@then(parsers.parse('giải trình của phát hiện "{finding}" ở lần kiểm tra mới ghi "{words}"'))
def _explained(web: Web, finding: str, words: str) -> None:
    name = next(iter(web.clients))
    doc = web.client(name).get(f"/units/31294/runs/{web.runs[-1]}/report.json").json()
    found = next(f for f in doc["findings"] if f["id"] == finding)
    assert words in found["explanation"]["message"], found["explanation"]["message"]


@then(parsers.parse('"{name}" mở trang của xã Trường Xuân thì nhận "{title}"'))
def _hidden(web: Web, name: str, title: str) -> None:
    r = web.client(name).get("/units/31294")
    assert r.status_code == 404 and title in r.text and "Trường Xuân" not in r.text


@then(parsers.parse('chạy lại lần kiểm tra đó cho kết quả "{words}"'))
def _rerun(web: Web, words: str) -> None:
    name = next(iter(web.clients))
    r = web.client(name).post(f"/units/31294/runs/{web.runs[-1]}/rerun")
    assert r.status_code == 200 and words in r.text


# ── the annual appraisal round (issue 15) ──
ROUND = "/units/31294/years/2026"


@given(parsers.parse('tài khoản "{name}" thẩm định của Sở Nội vụ'))
def _appraiser(web: Web, name: str) -> None:
    web.user(name, "appraiser", "31294")


@when(parsers.parse('"{name}" gửi bản tự đánh giá Chỉ số CCHC năm {year:d}'))
def _submit(web: Web, name: str, year: int) -> None:
    assert web.client(name).post(f"/units/31294/years/{year}/submit").status_code == 303


@when(parsers.parse('"{name}" cho tiêu chí "{cid}" điểm thẩm định {points} với ý kiến "{comment}"'))
def _mark(web: Web, name: str, cid: str, points: str, comment: str) -> None:
    r = web.client(name).post(f"{ROUND}/criteria/{cid}/appraisal", points=points, comment=comment)
    assert r.status_code == 303, r.text


@when(parsers.parse('"{name}" đề nghị giải trình, thời hạn đến hết hôm nay'))
def _ask_reply(web: Web, name: str) -> None:
    import datetime as dt

    today = dt.datetime.now(dt.UTC).date().strftime("%d/%m/%Y")
    assert web.client(name).post(f"{ROUND}/request-reply", deadline=today).status_code == 303


@when(parsers.parse('"{name}" giải trình tiêu chí "{cid}" kèm văn bản số "{number}"'))
def _reply(web: Web, name: str, cid: str, number: str) -> None:
    r = web.client(name).post(f"{ROUND}/criteria/{cid}/reply", text="Kế hoạch ban hành đúng hạn, bổ sung báo cáo.",
                              title="Báo cáo kết quả ban hành Kế hoạch", number=number, issuer="UBND xã",
                              files=[("attachment", ("bao-cao.pdf", b"%PDF-1.4"))])
    assert r.status_code == 303, r.text


@when(parsers.parse('"{name}" kết thúc giải trình'))
def _close_reply(web: Web, name: str) -> None:
    assert web.client(name).post(f"{ROUND}/close-reply").status_code == 303


@when(parsers.parse('"{name}" hoàn thành thẩm định'))
def _finalise(web: Web, name: str) -> None:
    assert web.client(name).post(f"{ROUND}/finalise").status_code == 303


@then(parsers.parse('bảng điểm năm 2026 ghi tiêu chí "{cid}" điểm thẩm định {points:d}, ý kiến "{comment}"'))
def _form_says(web: Web, cid: str, points: int, comment: str) -> None:
    import io

    from openpyxl import load_workbook

    name = next(iter(web.clients))
    ws = load_workbook(io.BytesIO(web.client(name).get(f"{ROUND}/form.xlsx").content)).worksheets[0]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == cid)
    assert (row[4], row[5]) == (points, comment)


@then(parsers.parse('"{name}" không sửa được tự đánh giá tiêu chí "{cid}" vì "{why}"'))
def _locked(web: Web, name: str, cid: str, why: str) -> None:
    r = web.client(name).post(f"{ROUND}/criteria/{cid}/self", comment="sửa lại")
    assert r.status_code == 409 and why in r.text


@then(parsers.parse('"{name}" cho điểm thẩm định thì nhận "{title}"'))
def _may_not_appraise(web: Web, name: str, title: str) -> None:
    r = web.client(name).post(f"{ROUND}/criteria/3.1/appraisal", points="1", comment="x")
    assert r.status_code == 404 and title in r.text
