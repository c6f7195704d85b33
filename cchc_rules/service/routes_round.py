"""The routes of the annual PAR INDEX round (issue 15): the unit's self-assessment per criterion
(the computed points with their trace, manual points, a comment, evidence documents), submitting
it, the appraiser's marks and opinions, the unit's reply before the deadline, finalising, and the
official form (HTML, xlsx; JSON as `score --format json`) of the stored round. Registered by app.create_app.

Each route finds the unit (`access.unit_or_hidden`) and checks the role (404 for a role that may
never take the step), then asks the state machine (round.py) whether the step is allowed now
(OutOfOrder, answered 409 with the reason by one exception handler). Every change is recorded in the audit log in its transaction.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from cchc_rules.errors import FactsFileError
from cchc_rules.facts.cells import CellError, number
from cchc_rules.report.names import names_of
from cchc_rules.service import access, audit, pages, round_pages
from cchc_rules.service import round_store as rs
from cchc_rules.service.access import Hidden
from cchc_rules.service.db import AppraisalMark, Assessment, EvidenceDoc, Reply, SelfEntry, Unit, User
from cchc_rules.service.packs import pack
from cchc_rules.service.round import OutOfOrder, Round, step, with_deadline
from cchc_rules.service.uploads import MAX_FILE_BYTES, Incoming, shown_name
from cchc_rules.service.web import Web

MAX_TEXT = 4000


def side_of(user: User, action: str) -> str:
    """The side of the round the user acts for (an admin: the side the step needs)."""
    if user.role == "appraiser":
        return "appraiser"
    if user.role == "admin" and action in ("appraise", "request_reply", "finalise"):
        return "appraiser"
    return "unit"


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _refused(request: Request, text: str, status: int = 409) -> Response:
    return HTMLResponse(pages.message(request, "Chưa thực hiện được", text), status_code=status)


def _facts_refused(request: Request, exc: FactsFileError) -> Response:
    first = "; ".join(f"{Path(p.location.file).name}:{p.location.line}" for p in exc.problems[:5])
    return _refused(request, f"Số liệu đã lưu của năm có lỗi ({first}); sửa số liệu rồi chấm lại.", 422)


def _document(title: str, number_: str, issued: str, issuer: str, link: str, got: Incoming | None,
              problems: list[str]) -> dict[str, object] | None:
    """A document's fields checked, or None (with `problems`) when they are not acceptable."""
    day = None
    if issued.strip():
        try:
            day = pages.parse_day(issued)
        except ValueError:
            problems.append(f"Ngày ban hành '{issued}' không hợp lệ; nhập dạng dd/mm/yyyy.")
    if not title.strip() or len(title) > 500:
        problems.append("Nhập tên tài liệu kiểm chứng (tối đa 500 ký tự).")
    if len(number_) > 100 or len(issuer) > 200 or len(link) > 500:
        problems.append("Số ký hiệu tối đa 100 ký tự, cơ quan ban hành 200, đường dẫn 500.")
    link = link.strip()
    if link and not link.startswith(("https://", "http://")):
        problems.append("Đường dẫn phải bắt đầu bằng https:// hoặc http://.")
    if got is None and not link:
        problems.append("Đính kèm tệp hoặc nhập đường dẫn đến tài liệu.")
    if got is not None and len(got.data) > MAX_FILE_BYTES:
        problems.append(f"Tệp đính kèm vượt giới hạn {MAX_FILE_BYTES} byte.")
    if problems:
        return None
    return {"title": title.strip(), "number": number_.strip(), "issued_on": day, "issuer": issuer.strip(), "link": link}


def add_round_routes(app: FastAPI, web: Web) -> None:
    svc = web.svc
    db_session, user_of, post_user, incoming = web.db_session, web.user_of, web.post_user, web.incoming

    def _open(db: Session, user: User, code: str, year: str, action: str) -> tuple[Unit, int]:
        """The unit and the year in the URL, when the pack scoring it (as submitted, or the unit's
        now) has a rubric for that year; else 404."""
        unit = access.unit_or_hidden(db, user, code)
        access.require(user, action)
        if not (len(year) == 4 and year.isdigit()):
            raise Hidden(year)
        if int(year) not in pack(svc, rs.rules_of(unit, rs.assessment(db, unit, int(year)))).rubrics:
            raise Hidden(year)
        return unit, int(year)

    def _step(a: Assessment | None, user: User, action: str) -> Round:
        return step(rs.as_round(a), action, side_of(user, action), _today())

    def _leaf_or_hidden(db: Session, unit: Unit, year: int, a: Assessment | None, cid: str) -> dict[str, object]:
        node = rs.leaf(rs.self_doc(svc, db, unit, year, a), cid)
        if node is None:
            raise Hidden(cid)
        return node

    @app.exception_handler(OutOfOrder)
    def _out_of_order(request: Request, exc: OutOfOrder) -> Response:
        """A step the round does not allow now: 409 with the reason (nothing of the request is kept)."""
        return _refused(request, exc.text)

    def _back(unit: Unit, year: int, cid: str | None = None) -> Response:
        target = f"/units/{unit.code}/years/{year}" + (f"/criteria/{cid}" if cid else "")
        return RedirectResponse(target, status_code=303)

    # ── pages ──
    @app.get("/units/{code}/years/{year}", response_class=HTMLResponse)
    def round_page(request: Request, code: str, year: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit, y = _open(db, user, code, year, "round")
            a = rs.assessment(db, unit, y)
            try:
                doc = rs.form_doc(svc, db, unit, y, a)
            except FactsFileError as exc:
                return _facts_refused(request, exc)
            return HTMLResponse(round_pages.overview(request, db, unit, y, a, doc, _today()))

    @app.get("/units/{code}/years/{year}/criteria/{cid}", response_class=HTMLResponse)
    def criterion_page(request: Request, code: str, year: str, cid: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit, y = _open(db, user, code, year, "round")
            a = rs.assessment(db, unit, y)
            try:
                doc = rs.form_doc(svc, db, unit, y, a)
            except FactsFileError as exc:
                return _facts_refused(request, exc)
            if rs.leaf(doc, cid) is None:
                raise Hidden(cid)
            return HTMLResponse(round_pages.criterion(request, db, unit, y, a, doc, cid, _today()))

    # ── the unit's self-assessment ──
    @app.post("/units/{code}/years/{year}/criteria/{cid}/self", response_class=HTMLResponse)
    def save_self(request: Request, code: str, year: str, cid: str, csrf: Annotated[str, Form()] = "",
                  points: Annotated[str, Form()] = "", comment: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "self_assess")
            a = rs.assessment(db, unit, y, lock=True)
            node = _leaf_or_hidden(db, unit, y, a, cid)
            _step(a, user, "edit")
            value = None
            if node["method"] == "manual" and points.strip():
                try:
                    value = number(points)
                except CellError:
                    return _refused(request, f"Điểm '{points}' không phải là số.", 422)
                if not 0 <= value <= float(node["max"]):  # type: ignore[arg-type]
                    return _refused(request, f"Điểm phải từ 0 đến {node['max']}.", 422)
            if len(comment) > MAX_TEXT:
                return _refused(request, "Ý kiến tối đa 4.000 ký tự.", 422)
            a = rs.open_assessment(db, unit, y, user.username)
            entry = rs.entries(db, a).get(cid)
            if entry is None:
                entry = SelfEntry(assessment_id=a.id, criterion=cid, comment="", updated_at=rs.now(), updated_by="")
                db.add(entry)
            before = {"points": entry.points, "comment": entry.comment}
            entry.points, entry.comment = value, comment.strip()
            entry.updated_at, entry.updated_by = rs.now(), user.username
            audit.record(db, user.username, "round_entry_saved", unit.code, year=y, criterion=cid,
                         before=before, after={"points": value, "comment": entry.comment})
            db.commit()
            return _back(unit, y, cid)

    @app.post("/units/{code}/years/{year}/criteria/{cid}/evidence", response_class=HTMLResponse)
    async def add_evidence(request: Request, code: str, year: str, cid: str, csrf: Annotated[str, Form()] = "",
                           title: Annotated[str, Form()] = "", number: Annotated[str, Form()] = "",
                           issued: Annotated[str, Form()] = "", issuer: Annotated[str, Form()] = "",
                           link: Annotated[str, Form()] = "",
                           attachment: Annotated[UploadFile | None, File()] = None) -> Response:
        got = (await incoming([attachment]))[0] if attachment is not None and attachment.filename else None
        return await run_in_threadpool(_add_evidence, request, code, year, cid, csrf,
                                       (title, number, issued, issuer, link), got)

    def _add_evidence(request: Request, code: str, year: str, cid: str, csrf: str, fields: tuple[str, str, str, str, str],
                      got: Incoming | None) -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "self_assess")
            a = rs.assessment(db, unit, y, lock=True)
            _leaf_or_hidden(db, unit, y, a, cid)
            _step(a, user, "edit")
            problems: list[str] = []
            doc = _document(*fields, got, problems)
            if doc is None:
                return _refused(request, " ".join(problems), 422)
            a = rs.open_assessment(db, unit, y, user.username)
            row = _store_document(db, a, cid, "self", None, doc, got, user)
            audit.record(db, user.username, "round_evidence_added", unit.code, year=y, criterion=cid,
                         document=row.title, attachment=row.attachment_hash)
            db.commit()
            return _back(unit, y, cid)

    @app.post("/units/{code}/years/{year}/documents/{did}/remove", response_class=HTMLResponse)
    def remove_evidence(request: Request, code: str, year: str, did: int, csrf: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "self_assess")
            a = rs.assessment(db, unit, y, lock=True)
            row = db.get(EvidenceDoc, did)
            if a is None or row is None or row.assessment_id != a.id or row.stage != "self":
                raise Hidden(did)
            _step(a, user, "edit")
            audit.record(db, user.username, "round_evidence_removed", unit.code, year=y, criterion=row.criterion,
                         document=row.title, attachment=row.attachment_hash)
            db.delete(row)
            db.commit()
            return _back(unit, y, row.criterion)

    def _store_document(db: Session, a: Assessment, cid: str, stage: str, reply: int | None,
                        doc: dict[str, object], got: Incoming | None, user: User) -> EvidenceDoc:
        row = EvidenceDoc(assessment_id=a.id, criterion=cid, stage=stage, reply_id=reply,
                          attachment_hash=svc.store.put(got.data) if got is not None else None,
                          attachment_name=shown_name(got.name) if got is not None else None,
                          created_at=rs.now(), created_by=user.username, **doc)
        db.add(row)
        db.flush()
        return row

    @app.post("/units/{code}/years/{year}/submit", response_class=HTMLResponse)
    def submit(request: Request, code: str, year: str, csrf: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "self_assess")
            a = rs.assessment(db, unit, y, lock=True)
            try:
                after = _step(a, user, "submit")
                a = rs.open_assessment(db, unit, y, user.username)
                manifest = rs.self_manifest(svc, db, unit, y, a)
                doc = rs.year_doc(svc, unit, manifest, y, unit.pack_hash)
            except FactsFileError as exc:
                return _facts_refused(request, exc)
            a.state, a.manifest, a.rules_hash, a.self_total = after.state, manifest, unit.pack_hash, doc["total"]
            a.submitted_at, a.submitted_by = rs.now(), user.username
            audit.record(db, user.username, "round_submitted", unit.code, year=y, total=doc["total"],
                         data=rs.manifest_hash(manifest), rules=unit.pack_hash)
            db.commit()
            return _back(unit, y)

    # ── the appraiser ──
    @app.post("/units/{code}/years/{year}/criteria/{cid}/appraisal", response_class=HTMLResponse)
    def appraise(request: Request, code: str, year: str, cid: str, csrf: Annotated[str, Form()] = "",
                 points: Annotated[str, Form()] = "", comment: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "appraise")
            a = rs.assessment(db, unit, y, lock=True)
            node = _leaf_or_hidden(db, unit, y, a, cid)
            _step(a, user, "appraise")
            assert a is not None
            try:
                value = number(points)
            except CellError:
                return _refused(request, f"Điểm thẩm định '{points}' không phải là số.", 422)
            if not 0 <= value <= float(node["max"]):  # type: ignore[arg-type]
                return _refused(request, f"Điểm thẩm định phải từ 0 đến {node['max']}.", 422)
            if len(comment) > MAX_TEXT or (value != node["points"] and not comment.strip()):
                return _refused(request, "Điểm thẩm định khác điểm tự đánh giá: nhập ý kiến thẩm định "
                                         "(tối đa 4.000 ký tự).", 422)
            db.add(AppraisalMark(assessment_id=a.id, round=a.round, criterion=cid, points=value,
                                 comment=comment.strip(), created_at=rs.now(), created_by=user.username))
            audit.record(db, user.username, "round_marked", unit.code, year=y, criterion=cid, round=a.round,
                         points=value, self_points=node["points"], comment=comment.strip())
            db.commit()
            return _back(unit, y, cid)

    @app.post("/units/{code}/years/{year}/request-reply", response_class=HTMLResponse)
    def request_reply(request: Request, code: str, year: str, csrf: Annotated[str, Form()] = "",
                      deadline: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "appraise")
            a = rs.assessment(db, unit, y, lock=True)
            try:
                after = _step(a, user, "request_reply")
                day = pages.parse_day(deadline)
                after = with_deadline(after, day, _today())
            except ValueError:
                return _refused(request, f"Thời hạn giải trình '{deadline}' không hợp lệ; nhập dạng dd/mm/yyyy.", 422)
            assert a is not None
            a.state, a.reply_deadline = after.state, after.deadline
            audit.record(db, user.username, "round_reply_requested", unit.code, year=y, round=a.round,
                         deadline=day.isoformat())
            db.commit()
            return _back(unit, y)

    @app.post("/units/{code}/years/{year}/finalise", response_class=HTMLResponse)
    def finalise(request: Request, code: str, year: str, csrf: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "appraise")
            a = rs.assessment(db, unit, y, lock=True)
            after = _step(a, user, "finalise")
            doc = rs.form_doc(svc, db, unit, y, a)
            assert a is not None
            a.state, a.finalised_at, a.finalised_by = after.state, rs.now(), user.username
            total = (doc.get("appraisal") or {}).get("total")
            audit.record(db, user.username, "round_finalised", unit.code, year=y, round=a.round, total=total)
            db.commit()
            return _back(unit, y)

    # ── the unit's reply ──
    @app.post("/units/{code}/years/{year}/criteria/{cid}/reply", response_class=HTMLResponse)
    async def reply(request: Request, code: str, year: str, cid: str, csrf: Annotated[str, Form()] = "",
                    text: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                    number: Annotated[str, Form()] = "", issued: Annotated[str, Form()] = "",
                    issuer: Annotated[str, Form()] = "", link: Annotated[str, Form()] = "",
                    attachment: Annotated[UploadFile | None, File()] = None) -> Response:
        got = (await incoming([attachment]))[0] if attachment is not None and attachment.filename else None
        return await run_in_threadpool(_reply, request, code, year, cid, csrf, text,
                                       (title, number, issued, issuer, link), got)

    def _reply(request: Request, code: str, year: str, cid: str, csrf: str, text: str, fields: tuple[str, str, str, str, str],
               got: Incoming | None) -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "self_assess")
            a = rs.assessment(db, unit, y, lock=True)
            _leaf_or_hidden(db, unit, y, a, cid)
            _step(a, user, "reply")
            assert a is not None
            problems: list[str] = []
            if not text.strip() or len(text) > MAX_TEXT:
                problems.append("Nhập nội dung giải trình (tối đa 4.000 ký tự).")
            with_doc = any(f.strip() for f in fields) or got is not None
            doc = _document(*fields, got, problems) if with_doc else None
            if problems:
                return _refused(request, " ".join(problems), 422)
            row = Reply(assessment_id=a.id, round=a.round, criterion=cid, text=text.strip(), created_at=rs.now(),
                        created_by=user.username)
            db.add(row)
            db.flush()
            stored = _store_document(db, a, cid, "reply", row.id, doc, got, user) if doc is not None else None
            audit.record(db, user.username, "round_replied", unit.code, year=y, criterion=cid, round=a.round,
                         document=stored.title if stored else None,
                         attachment=stored.attachment_hash if stored else None)
            db.commit()
            return _back(unit, y, cid)

    @app.post("/units/{code}/years/{year}/close-reply", response_class=HTMLResponse)
    def close_reply(request: Request, code: str, year: str, csrf: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit, y = _open(db, user, code, year, "round")
            a = rs.assessment(db, unit, y, lock=True)
            after = _step(a, user, "close_reply")
            assert a is not None
            a.state, a.round = after.state, after.round
            audit.record(db, user.username, "round_reply_closed", unit.code, year=y, round=a.round)
            db.commit()
            return _back(unit, y)

    # ── documents and the official form ──
    @app.get("/units/{code}/years/{year}/documents/{did}")
    def document_file(request: Request, code: str, year: str, did: int) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit, y = _open(db, user, code, year, "round")
            a = rs.assessment(db, unit, y)
            row = db.get(EvidenceDoc, did)
            if a is None or row is None or row.assessment_id != a.id or row.attachment_hash is None:
                raise Hidden(did)
            return Response(svc.store.get(row.attachment_hash), media_type="application/octet-stream",
                            headers={"Content-Disposition": f'attachment; filename="tai-lieu-{row.id}.bin"'})

    @app.get("/units/{code}/years/{year}/form.{fmt}")
    def official_form(request: Request, code: str, year: str, fmt: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit, y = _open(db, user, code, year, "round")
            if fmt not in ("html", "xlsx", "json"):
                raise Hidden(fmt)
            a = rs.assessment(db, unit, y)
            try:
                doc = rs.form_doc(svc, db, unit, y, a)
            except FactsFileError as exc:
                return _facts_refused(request, exc)
            if fmt == "json":  # `score --format json` of the stored round
                return JSONResponse(doc, headers={"Content-Disposition":
                                                  f'attachment; filename="chi-so-cchc-{unit.code}-{y}.json"'})
            names = names_of(pack(svc, rs.rules_of(unit, a)))
            if fmt == "html":
                from cchc_rules.report.html import score_html

                return HTMLResponse(score_html(doc, rs.year_quarters(svc, db, unit, y, a), "vi", names))
            from cchc_rules.report.score_xlsx import render_score_xlsx

            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "bieu-mau.xlsx"
                render_score_xlsx(doc, path, names=names)
                body = path.read_bytes()
            return Response(body, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            headers={"Content-Disposition": f'attachment; filename="chi-so-cchc-{unit.code}-{y}.xlsx"'})

