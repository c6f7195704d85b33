"""The routes of explanations (báo cáo giải trình) in the service: an agency answers a lapse of a
stored run (cause, text, an attachment stored by content hash), the office decides whether it is
accepted, and the attachment is downloaded by those who may see it. The next run of the quarter
check reads the decisions (runs.py). Registered by app.create_app.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from cchc_rules.service import access, audit, pages
from cchc_rules.service.access import Hidden
from cchc_rules.service.db import Explanation, Run
from cchc_rules.service.runs import document
from cchc_rules.service.uploads import MAX_FILE_BYTES, Incoming, shown_name
from cchc_rules.service.web import Web


def add_explanation_routes(app: FastAPI, web: Web) -> None:
    svc = web.svc
    db_session, user_of, post_user = web.db_session, web.user_of, web.post_user
    run_or_hidden, incoming = web.run_or_hidden, web.incoming

    @app.post("/units/{code}/runs/{run_id}/explanations", response_class=HTMLResponse)
    async def answer(request: Request, code: str, run_id: int, csrf: Annotated[str, Form()] = "",
                     finding: Annotated[str, Form()] = "", cause: Annotated[str, Form()] = "",
                     text: Annotated[str, Form()] = "",
                     attachment: Annotated[UploadFile | None, File()] = None) -> Response:
        got = (await incoming([attachment]))[0] if attachment is not None and attachment.filename else None
        return await run_in_threadpool(_answer, request, code, run_id, csrf, finding, cause, text, got)

    def _answer(request: Request, code: str, run_id: int, csrf: str, finding: str, cause: str, text: str,
                got: Incoming | None) -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "answer")
            run = run_or_hidden(db, unit, run_id)
            doc = access.for_agency(document(run), user.agency)
            lapse = next((f for f in doc["findings"] if f["id"] == finding), None)
            if lapse is None:  # not a finding of this agency's: it does not exist for them
                raise Hidden(finding)
            problems = []
            if cause not in ("objective", "subjective"):
                problems.append("Chọn nguyên nhân: khách quan hoặc chủ quan.")
            if not text.strip() or len(text) > 4000:
                problems.append("Nhập nội dung giải trình (tối đa 4.000 ký tự).")
            if got is not None and len(got.data) > MAX_FILE_BYTES:
                problems.append(f"Tệp đính kèm vượt giới hạn {MAX_FILE_BYTES} byte.")
            exp = lapse.get("explanation") or {}
            sent = db.scalar(select(Explanation.id).where(Explanation.unit_code == unit.code,
                                                          Explanation.period == run.period,
                                                          Explanation.finding == finding,
                                                          Explanation.agency == (user.agency or "")))
            if (exp and not exp.get("owed")) or sent is not None:
                problems.append("Phát hiện này đã có giải trình; không gửi thêm.")
            if problems:
                return HTMLResponse(pages.message(request, "Giải trình chưa được gửi", " ".join(problems)),
                                    status_code=422)
            digest = svc.store.put(got.data) if got is not None else None
            db.add(Explanation(unit_code=unit.code, period=run.period, finding=finding, agency=user.agency or "",
                               cause=cause, text=text.strip(), attachment_hash=digest,
                               attachment_name=shown_name(got.name) if got else None,
                               submitted_on=dt.datetime.now(dt.UTC).date(), submitted_by=user.username))
            audit.record(db, user.username, "explanation_sent", unit.code, finding=finding, cause=cause,
                         attachment=digest)
            db.commit()
            return RedirectResponse(f"/units/{unit.code}/runs/{run.id}", status_code=303)

    @app.post("/units/{code}/explanations/{eid}/decision")
    def decide(request: Request, code: str, eid: int, csrf: Annotated[str, Form()] = "",
               decision: Annotated[str, Form()] = "", back: Annotated[int, Form()] = 0) -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "decide")
            exp = db.get(Explanation, eid)
            if exp is None or exp.unit_code != unit.code:
                raise Hidden(eid)
            if decision not in ("accepted", "not_accepted"):
                return HTMLResponse(pages.message(request, "Chưa chọn kết quả xem xét",
                                                  "Chọn 'Chấp nhận' hoặc 'Không chấp nhận'."), status_code=422)
            exp.decision, exp.decided_by = decision, user.username
            exp.decided_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            audit.record(db, user.username, "explanation_decided", unit.code, finding=exp.finding, decision=decision)
            db.commit()
            target = f"/units/{unit.code}/runs/{back}" if back and db.get(Run, back) else f"/units/{unit.code}"
            return RedirectResponse(target, status_code=303)

    @app.get("/units/{code}/explanations/{eid}/attachment")
    def attachment(request: Request, code: str, eid: int) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            exp = db.get(Explanation, eid)
            agency = access.own_agency(user)
            if (exp is None or exp.unit_code != unit.code or exp.attachment_hash is None
                    or (agency is not None and exp.agency != agency) or user.role == "policy"):
                raise Hidden(eid)
            return Response(svc.store.get(exp.attachment_hash), media_type="application/octet-stream",
                            headers={"Content-Disposition": f'attachment; filename="giai-trinh-{exp.id}.bin"'})
