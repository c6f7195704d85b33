"""The annual appraisal round through the service (TestClient, on SQLite and PostgreSQL): the unit
scores and attaches, submits (locked); the appraiser marks, asks for a reply by a deadline; the
unit replies with a document; the appraiser restores, finalises; the official form shows the final
points, and is the CLI's own form on the same facts. Steps out of order answer 409, roles that may
never take a step 404, another province sees nothing; every change is in the audit log."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from cchc_rules.pipeline import Workspace, score
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir
from cchc_rules.service.db import Assessment, AuditEntry

Y = "/units/31294/years/2026"


def _today() -> str:
    return dt.datetime.now(dt.UTC).date().strftime("%d/%m/%Y")


def _form_rows(body: bytes) -> dict[str, tuple[object, ...]]:
    """Leaf rows of the xlsx form: id → (max, self, appraised, comment, documents)."""
    ws = load_workbook(io.BytesIO(body)).worksheets[0]
    found = {}
    for row in ws.iter_rows(min_row=6, values_only=True):
        if row[0] and isinstance(row[2], (int, float)):
            found[str(row[0])] = (row[2], row[3], row[4], row[5], row[6])
    return found


def _totals(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.search(r'<p id="totals">(.*?)</p>', page, re.S)[1]))  # type: ignore[index]


def _walk_to_reply(office, appraiser) -> None:  # type: ignore[no-untyped-def]
    assert office.post(f"{Y}/submit").status_code == 303
    assert appraiser.post(f"{Y}/criteria/1.1.1/appraisal", points="0,5", comment="Kế hoạch chưa có chữ ký").status_code == 303
    assert appraiser.post(f"{Y}/request-reply", deadline=_today()).status_code == 303


def test_the_round_from_self_assessment_to_the_final_form(login, service) -> None:  # type: ignore[no-untyped-def]
    office, appraiser = login("vp-a"), login("td")
    page = office.get(Y).text
    assert "Đơn vị đang tự đánh giá" in page and "88,78" in _totals(page)
    trace = office.get(f"{Y}/criteria/1.4").text
    assert "Cách tính: thiếu tài liệu kiểm chứng" in trace and "2026/measures.csv:5" in trace  # as `explain` writes it

    # the unit attaches the missing evidence (with its file) and comments: the computed points follow
    r = office.post(f"{Y}/criteria/1.4/evidence", title="Thông báo kết luận kiểm tra công vụ năm 2026",
                    number="201/TB-UBND", issued="10/12/2026", issuer="UBND xã Trường Xuân",
                    files=[("attachment", ("thong-bao.pdf", b"%PDF-1.4 thong bao"))])
    assert r.status_code == 303, r.text
    assert office.post(f"{Y}/criteria/1.4/self", comment="Đã ký <b>thông báo</b> ngày 10/12/2026").status_code == 303
    page = office.get(f"{Y}/criteria/1.4").text
    assert "Điểm tự đánh giá: <strong>1</strong> / 1" in page and "&lt;b&gt;thông báo&lt;/b&gt;" in page
    did = re.search(r"/documents/(\d+)", page)[1]  # type: ignore[index]
    assert office.get(f"{Y}/documents/{did}").content == b"%PDF-1.4 thong bao"
    assert "89,78" in _totals(office.get(Y).text)
    r = office.post(f"{Y}/criteria/1.5/evidence", title="Tài liệu gửi nhầm", link="https://vanban.example.vn/nham")
    assert r.status_code == 303
    wrong = re.findall(r"/documents/(\d+)/remove", office.get(f"{Y}/criteria/1.5").text)
    assert len(wrong) == 1 and office.post(f"{Y}/documents/{wrong[0]}/remove").status_code == 303
    assert "Tài liệu gửi nhầm" not in office.get(f"{Y}/criteria/1.5").text
    assert office.post(f"{Y}/documents/{wrong[0]}/remove").status_code == 404

    # submitting locks the self-assessment: no edit, and later data does not change what is appraised
    assert office.post(f"{Y}/submit").status_code == 303
    refused = office.post(f"{Y}/criteria/1.4/self", comment="sửa")
    assert refused.status_code == 409 and "không sửa được nữa" in refused.text
    assert office.post(f"{Y}/criteria/1.5/evidence", title="X", link="https://example.org/x").status_code == 409
    assert office.post(f"{Y}/submit").status_code == 409
    assert office.post(f"{Y}/documents/{did}/remove").status_code == 409

    # the appraiser lowers two criteria with comments, then asks for a reply by a deadline
    assert appraiser.post(f"{Y}/criteria/1.4/appraisal", points="0,5", comment="Chưa có kế hoạch kiểm tra công vụ").status_code == 303
    assert appraiser.post(f"{Y}/criteria/3.1/appraisal", points="0", comment="Ban hành trễ hạn").status_code == 303
    no_comment = appraiser.post(f"{Y}/criteria/3.2/appraisal", points="0,5", comment="")
    assert no_comment.status_code == 422 and "nhập ý kiến thẩm định" in no_comment.text
    assert appraiser.post(f"{Y}/criteria/3.2/appraisal", points="9", comment="x").status_code == 422
    assert "88,28" in _totals(appraiser.get(Y).text)  # 89,78 − 0,5 − 1
    assert office.post(f"{Y}/criteria/1.4/reply", text="x").status_code == 409  # no reply asked for yet
    assert appraiser.post(f"{Y}/request-reply", deadline="01/01/2020").status_code == 409
    assert appraiser.post(f"{Y}/request-reply", deadline=_today()).status_code == 303
    assert appraiser.post(f"{Y}/criteria/1.4/appraisal", points="1", comment="").status_code == 409
    assert appraiser.post(f"{Y}/close-reply").status_code == 409  # the deadline has not passed

    # the unit replies with a document and closes its reply; the appraiser restores one and finalises
    r = office.post(f"{Y}/criteria/1.4/reply", text="Bổ sung Kế hoạch kiểm tra công vụ năm 2026",
                    title="Kế hoạch kiểm tra công vụ năm 2026", number="14/KH-UBND", issued="05/03/2026",
                    issuer="UBND xã Trường Xuân", files=[("attachment", ("ke-hoach.pdf", b"%PDF-1.4 ke hoach"))])
    assert r.status_code == 303, r.text
    assert office.post(f"{Y}/close-reply").status_code == 303
    assert office.post(f"{Y}/criteria/1.4/reply", text="muộn").status_code == 409
    assert appraiser.post(f"{Y}/criteria/1.4/appraisal", points="1", comment="Đã bổ sung kế hoạch số 14/KH-UBND").status_code == 303
    assert appraiser.post(f"{Y}/finalise").status_code == 303
    page = appraiser.get(f"{Y}/criteria/1.4").text
    assert "Đã bổ sung kế hoạch số 14/KH-UBND" in page and "Chưa có kế hoạch kiểm tra công vụ" in page  # both rounds kept
    assert "14/KH-UBND" in page and "ke-hoach.pdf" in page
    for url in (f"{Y}/criteria/1.4/appraisal", f"{Y}/finalise", f"{Y}/request-reply"):
        assert appraiser.post(url, points="0", comment="x", deadline=_today()).status_code == 409

    # the official form: the final points, as xlsx and HTML
    page = office.get(Y).text
    assert "Đã hoàn thành thẩm định" in page and "Tổng điểm thẩm định: 88,78" in _totals(page)
    rows = _form_rows(office.get(f"{Y}/form.xlsx").content)
    assert rows["1.4"][1:4] == (1, 1, "Đã bổ sung kế hoạch số 14/KH-UBND")
    assert rows["3.1"][1:4] == (1, 0, "Ban hành trễ hạn")
    assert rows["1.1.1"][1:3] == (1, 1)
    assert ("Thông báo kết luận kiểm tra công vụ năm 2026 (UBND xã Trường Xuân), số 201/TB-UBND ngày 10/12/2026"
            in str(rows["1.4"][4]))
    html = office.get(f"{Y}/form.html").text
    assert "Điểm thẩm định" in html and "Ban hành trễ hạn" in html and "Ý kiến thẩm định" in html
    assert "<svg" in html.split('id="trend"')[1]  # the quarters' trend, as `score --format html` draws it
    doc = office.get(f"{Y}/form.json").json()
    assert doc["appraisal"]["total"] == 88.78 and doc["appraisal"]["round"] == 2 and doc["total"] == 89.78

    # every change is in the audit log, with who
    with service.db() as db:
        log = [(e.username, e.action) for e in db.scalars(select(AuditEntry).where(AuditEntry.action.like("round_%"))
                                                          .order_by(AuditEntry.id))]
    assert log == [("vp-a", "round_evidence_added"), ("vp-a", "round_entry_saved"), ("vp-a", "round_evidence_added"),
                   ("vp-a", "round_evidence_removed"), ("vp-a", "round_submitted"),
                   ("td", "round_marked"), ("td", "round_marked"), ("td", "round_reply_requested"),
                   ("vp-a", "round_replied"), ("vp-a", "round_reply_closed"), ("td", "round_marked"),
                   ("td", "round_finalised")]
    assert "Cho điểm thẩm định" in office.get("/units/31294/audit").text
    city = appraiser.get("/city").text
    assert "Năm 2026: Đã hoàn thành thẩm định" in city and "Chưa tự đánh giá" in city  # unit B has not begun


def test_the_form_is_the_cli_form_on_the_same_facts(login, service, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, appraiser = login("vp-a"), login("td")
    _walk_to_reply(office, appraiser)
    online = _form_rows(office.get(f"{Y}/form.xlsx").content)
    data = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), data)
    rows = ["Tiêu chí,Điểm thẩm định,Ý kiến thẩm định,Vòng", "1.1.1,\"0,5\",Kế hoạch chưa có chữ ký,1"]
    doc = score(Workspace.open(bundled_rules_dir(), data), 2026).to_json("vi")

    def leaves(nodes):  # type: ignore[no-untyped-def]
        for n in nodes:
            yield from leaves(n["criteria"]) if n["criteria"] else [n]

    rows += [f"{n['id']},{n['points']},,1" for n in leaves(doc["criteria"]) if n["id"] != "1.1.1"]
    (data / "2026" / "tham-dinh.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    offline = score(Workspace.open(bundled_rules_dir(), data), 2026).to_json("vi")
    assert {n["id"]: n["appraisal"]["points"] for n in leaves(offline["criteria"])} == \
        {k: v[2] for k, v in online.items() if k in {n["id"] for n in leaves(offline["criteria"])}}
    assert offline["appraisal"]["total"] == 88.28
    assert "88,28" in _totals(office.get(Y).text)


def test_marks_and_replies_are_only_added(login, service) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    office, appraiser = login("vp-a"), login("td")
    _walk_to_reply(office, appraiser)
    assert office.post(f"{Y}/criteria/1.1.1/reply", text="Bổ sung").status_code == 303
    for table in ("appraisal_marks", "round_replies"):
        for statement in (f"UPDATE {table} SET criterion = 'x'", f"DELETE FROM {table}"):
            with service.engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
                conn.execute(text(statement))


def test_reply_after_the_deadline_is_refused_and_the_appraiser_closes(login, service) -> None:  # type: ignore[no-untyped-def]
    office, appraiser = login("vp-a"), login("td")
    _walk_to_reply(office, appraiser)
    with service.db() as db:
        a = db.scalar(select(Assessment))
        a.reply_deadline = dt.date(2026, 12, 1)
        db.commit()
    late = office.post(f"{Y}/criteria/1.1.1/reply", text="Bổ sung")
    assert late.status_code == 409 and "Đã hết thời hạn giải trình (ngày 01/12/2026)" in late.text
    assert appraiser.post(f"{Y}/close-reply").status_code == 303
    assert appraiser.post(f"{Y}/finalise").status_code == 303
    assert "Vòng" in office.get(f"{Y}/criteria/1.1.1").text


def test_out_of_order_steps_are_refused(login) -> None:  # type: ignore[no-untyped-def]
    office, appraiser = login("vp-a"), login("td")
    assert appraiser.post(f"{Y}/criteria/1.1.1/appraisal", points="0", comment="x").status_code == 409
    assert appraiser.post(f"{Y}/finalise").status_code == 409
    assert appraiser.post(f"{Y}/request-reply", deadline=_today()).status_code == 409
    assert office.post(f"{Y}/close-reply").status_code == 409
    assert office.post(f"{Y}/criteria/1.1.1/reply", text="x").status_code == 409
    bad = office.post(f"{Y}/criteria/1.1.1/evidence", title="X", link="javascript:alert(1)")
    assert bad.status_code == 422 and "https://" in bad.text
    assert office.post(f"{Y}/criteria/1.1.1/evidence", title="X").status_code == 422  # no file, no link


def test_a_unit_cannot_appraise_and_other_roles_see_nothing(login, service) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.service.accounts import add_user

    office, appraiser = login("vp-a"), login("td")
    office.post(f"{Y}/submit")
    for url in (f"{Y}/criteria/1.1.1/appraisal", f"{Y}/request-reply", f"{Y}/finalise"):
        r = office.post(url, points="0", comment="x", deadline=_today())
        assert r.status_code == 404, url
    assert appraiser.post(f"{Y}/criteria/1.1.1/self", comment="x").status_code == 404
    assert appraiser.post(f"{Y}/criteria/1.1.1/evidence", title="X", link="https://a.b").status_code == 404
    add_user(service, "td-khac", "mat-khau-thu-nghiem", "appraiser", None, None, "01")
    other = login("td-khac")
    for url in (Y, f"{Y}/criteria/1.1.1", f"{Y}/form.html", f"{Y}/form.xlsx"):
        r = other.get(url)
        assert r.status_code == 404 and "Trường Xuân" not in r.text
    assert other.post(f"{Y}/criteria/1.1.1/appraisal", points="0", comment="x").status_code == 404
    assert other.post(f"{Y}/finalise").status_code == 404
    for username in ("kt-a", "cs-a"):
        assert login(username).get(Y).status_code == 404
    assert office.get("/units/31294/years/2031").status_code == 404  # no rubric for the year
    assert office.get(f"{Y}/criteria/9.9").status_code == 404
    assert login("td").get("/units/31297/years/2026").status_code == 200  # the province's other unit


def test_manual_points_are_entered_and_scored_by_the_rubric(login, service, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.service.accounts import add_user
    from cchc_rules.service.data import load_folder
    from cchc_rules.service.packs import add_unit
    from tests.service.conftest import unit_b_pack

    folder = unit_b_pack(tmp_path / "pack-c", "31300", "xã Chấm Tay")
    rubric = folder / "scoring" / "2026.yaml"
    text = rubric.read_text(encoding="utf-8")
    old = "method: {kind: completion, input: {measure: ty-le-hoan-thanh-ke-hoach-kiem-tra-cong-vu}}"
    assert text.count(old) == 1
    rubric.write_text(text.replace(old, "method: {kind: manual}"), encoding="utf-8")
    with service.db() as db:
        load_folder(service, db, add_unit(service, db, folder, "test"), bundled_data_dir(), "test")
        db.commit()
    add_user(service, "vp-c", "mat-khau-thu-nghiem", "office", "31300", None, None)
    office, url = login("vp-c"), "/units/31300/years/2026/criteria/1.4"
    page = office.get(url).text
    assert 'name="points"' in page and "Điểm tự đánh giá: <strong>0</strong>" in page
    assert 'name="points"' not in office.get("/units/31300/years/2026/criteria/1.5").text  # computed: no entry
    assert office.post(url + "/self", points="1,5", comment="").status_code == 422  # over the maximum
    assert office.post(url + "/self", points="abc", comment="").status_code == 422
    assert office.post(url + "/self", points="0,75", comment="Đã kiểm tra 3/4 cơ quan").status_code == 303
    page = office.get(url).text
    assert "Cách chấm: chấm tay — thiếu tài liệu kiểm chứng" in page  # the rubric still asks for its evidence
    assert office.post(url + "/evidence", title="Kế hoạch kiểm tra công vụ năm 2026", number="14/KH-UBND",
                       link="https://vanban.example.vn/14-kh-ubnd").status_code == 303
    page = office.get(url).text
    assert "Điểm tự đánh giá: <strong>0,75</strong> / 1" in page and 'value="0,75"' in page
    assert "Điểm chấm tay.csv" in page  # the trace names the file the entry was written as


def test_what_was_submitted_is_appraised_whatever_changes_later(login, service, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.service.data import load_folder
    from cchc_rules.service.db import Unit
    from cchc_rules.service.packs import add_unit

    office = login("vp-a")
    assert office.post(f"{Y}/submit").status_code == 303
    data = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), data)
    measures = data / "2026" / "measures.csv"
    text = measures.read_text(encoding="utf-8-sig")
    measures.write_text(text.replace(";%;85,71;", ";%;10;", 1), encoding="utf-8")  # 1.3.3 would lose points
    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules_dir(), rules)
    rubric = rules / "scoring" / "2026.yaml"
    rubric.write_text(rubric.read_text(encoding="utf-8").replace(
        "method: {kind: completion, input: {measure: ty-le-hoan-thanh-ke-hoach-kiem-tra-cong-vu}}",
        "method: {kind: manual}"), encoding="utf-8")
    with service.db() as db:
        unit = db.get(Unit, "31294")
        load_folder(service, db, unit, data, "test")
        add_unit(service, db, rules, "test")
        db.commit()
        unit = db.get(Unit, "31294")
        assert unit.pack_hash != db.scalar(select(Assessment)).rules_hash
        from cchc_rules.service import round_store
        from cchc_rules.service.data import unit_manifest

        now = round_store.year_doc(service, unit, unit_manifest(service, db, unit.code), 2026)
        assert now["total"] < 88.78  # a draft would be scored on the new data and pack
    page = office.get(Y).text
    assert "88,78" in _totals(page)
    assert "(chấm tay)" not in page  # scored by the pack as submitted
    assert _form_rows(office.get(f"{Y}/form.xlsx").content)["1.3.3"][1] == 0.25


def test_admin_acts_for_either_side_and_oversized_files_are_refused(login) -> None:  # type: ignore[no-untyped-def]
    from cchc_rules.service.uploads import MAX_FILE_BYTES

    admin = login("admin")
    big = ("attachment", ("lon.pdf", b"x" * (MAX_FILE_BYTES + 1)))
    r = login("vp-a").post(f"{Y}/criteria/1.4/evidence", title="Tệp lớn", files=[big])
    assert r.status_code == 422 and "vượt giới hạn" in r.text
    assert admin.post(f"{Y}/submit").status_code == 303
    assert admin.post(f"{Y}/criteria/3.1/appraisal", points="0", comment="Trễ hạn").status_code == 303
    assert admin.post(f"{Y}/request-reply", deadline=_today()).status_code == 303
    r = admin.post(f"{Y}/criteria/3.1/reply", text="Giải trình", title="Báo cáo", files=[big])
    assert r.status_code == 422 and "vượt giới hạn" in r.text
    assert admin.post(f"{Y}/close-reply").status_code == 303  # as the unit: before the deadline
    assert admin.post(f"{Y}/finalise").status_code == 303
    assert "Đã hoàn thành thẩm định" in admin.get(Y).text
