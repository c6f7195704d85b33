"""The ASGI application (FastAPI): routes, the request's user, CSRF, errors as pages.

Every route is a plain function (FastAPI runs it in its thread pool, off the event loop). Each
finds the unit through `access.unit_or_hidden` and checks the role with `access.require`; what
the user may not see answers 404, whatever it is. Pages are rendered by `pages.py`; the request
helpers (user, CSRF, period, run) are `web.Web`; the explanation routes are in routes_explanations.py,
the annual appraisal round's in routes_round.py.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from sqlalchemy import select

from cchc_rules.errors import FactsFileError
from cchc_rules.service import access, audit, pages
from cchc_rules.service.access import Hidden
from cchc_rules.service.auth import COOKIE, csrf_ok, verify_password_in_turn
from cchc_rules.service.city_rank import city_ranking, ranking_year, unit_years
from cchc_rules.service.data import upload as upload_data
from cchc_rules.service.db import AuditEntry, Explanation, Upload, User
from cchc_rules.service.forms import form_rows, save_form
from cchc_rules.service.packs import pack, upload_pack
from cchc_rules.service.runs import document, product_version, rerun, run_check
from cchc_rules.service.state import Service, Settings
from cchc_rules.service.routes_explanations import add_explanation_routes
from cchc_rules.service.routes_round import add_round_routes
from cchc_rules.service.uploads import Incoming
from cchc_rules.service.web import BadCsrf, LoggedOut, Web

STATIC = Path(__file__).parent / "static"
MAX_REQUEST_BYTES = 30 * 1024 * 1024  # a request's body: refused before it is read


def create_app(settings: Settings | None = None, service: Service | None = None) -> FastAPI:
    svc = service or Service.open(settings or Settings(Path("cchc-data")))
    app = FastAPI(title="cchc-rules", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.svc = svc
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(Hidden)
    def _hidden(request: Request, _exc: Hidden) -> Response:
        return HTMLResponse(pages.not_found(request), status_code=404)

    @app.exception_handler(404)
    def _missing(request: Request, _exc: Exception) -> Response:
        return HTMLResponse(pages.not_found(request), status_code=404)

    @app.exception_handler(LoggedOut)
    def _logged_out(_request: Request, _exc: LoggedOut) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(BadCsrf)
    def _bad_csrf(request: Request, _exc: BadCsrf) -> Response:
        return HTMLResponse(pages.message(request, "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ",
                                          "Tải lại trang rồi thực hiện lại."), status_code=403)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length", "")
        if (length and (not length.isdigit() or int(length) > MAX_REQUEST_BYTES)) or \
                (request.method == "POST" and not length and "chunked" in request.headers.get("transfer-encoding", "")):
            return HTMLResponse(pages.message(request, "Dung lượng gửi lên quá lớn",
                                              f"Mỗi lần gửi tối đa {MAX_REQUEST_BYTES // (1024 * 1024)} MB."),
                                status_code=413)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Content-Security-Policy",
                                    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
        return response

    web = Web(svc)
    db_session, session_of, user_of, post_user = web.db_session, web.session_of, web.user_of, web.post_user
    set_session, period_or_hidden, run_or_hidden, incoming = web.set_session, web.period_or_hidden, web.run_or_hidden, web.incoming

    # ── health, login ──
    @app.get("/healthz")
    def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": product_version()})

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request) -> Response:
        session = session_of(request) or svc.sessions.new(None)
        response = HTMLResponse(pages.login(request, session["csrf"], None))
        set_session(response, session)
        return response

    @app.post("/login")
    async def login(request: Request, username: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
                    csrf: Annotated[str, Form()] = "") -> Response:
        # async: the argon2 verification waits for its turn on the event loop (auth.py), the
        # database work runs in the thread pool like every other route
        session = session_of(request)
        if session is None or not csrf_ok(session, csrf):
            raise BadCsrf
        client = request.client.host if request.client else "?"
        keys = (f"user:{username.strip().lower()}", f"ip:{client}")
        if svc.logins.blocked(*keys):
            return HTMLResponse(await run_in_threadpool(pages.login, request, session["csrf"], "Đăng nhập sai quá "
                                                        "nhiều lần. Vui lòng thử lại sau 5 phút."), status_code=429)
        stored, uid = await run_in_threadpool(_account, request, username.strip())
        if await verify_password_in_turn(stored, password) and uid is not None:
            return await run_in_threadpool(_logged_in, request, session, keys, username.strip(), uid)
        return await run_in_threadpool(_login_failed, request, session, keys, username.strip(), uid)

    def _account(request: Request, username: str) -> tuple[str | None, int | None]:
        with db_session(request) as db:
            user = db.scalar(select(User).where(User.username == username))
            return (user.password_hash, user.id) if user else (None, None)

    def _login_failed(request: Request, session: dict[str, Any], keys: tuple[str, str], username: str,
                      _uid: int | None) -> Response:
        svc.logins.failed(*keys)
        with db_session(request) as db:
            audit.record(db, username[:100] or "(trống)", "login_failed")
            db.commit()
        return HTMLResponse(pages.login(request, session["csrf"], "Tên đăng nhập hoặc mật khẩu không đúng."),
                            status_code=401)

    def _logged_in(request: Request, _session: dict[str, Any], keys: tuple[str, str], username: str,
                   uid: int | None) -> Response:
        svc.logins.succeeded(keys[0])
        with db_session(request) as db:
            audit.record(db, username, "login")
            db.commit()
        response = RedirectResponse("/", status_code=303)
        set_session(response, svc.sessions.new(uid))  # a new session (and token) at login
        return response

    @app.post("/logout")
    def logout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            audit.record(db, user.username, "logout")
            db.commit()
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    # ── home, city ──
    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            if access.may(user, "city"):
                return RedirectResponse("/city", status_code=303)
            units = access.visible_units(db, user)
            if len(units) == 1:
                return RedirectResponse(f"/units/{units[0].code}", status_code=303)
            return HTMLResponse(pages.message(request, "Tài khoản chưa được gắn với đơn vị nào",
                                              "Liên hệ quản trị hệ thống."))

    @app.get("/city", response_class=HTMLResponse)
    def city(request: Request, year: str | None = None) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            access.require(user, "city")
            units = access.visible_units(db, user)
            if year is not None and not (year.isdigit() and len(year) == 4):
                raise Hidden(year)
            ranked = ranking_year(db, units, int(year) if year else None)
            annual = (ranked, city_ranking(svc, db, units, ranked)) if ranked is not None else None
            return HTMLResponse(pages.city(request, db, units, annual))

    # ── a unit ──
    @app.get("/units/{code}", response_class=HTMLResponse)
    def unit_page(request: Request, code: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            return HTMLResponse(pages.unit(request, db, unit, pack(svc, unit.pack_hash)))

    @app.get("/units/{code}/history", response_class=HTMLResponse)
    def history(request: Request, code: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "data")
            return HTMLResponse(pages.history(request, db, unit))

    @app.get("/units/{code}/years", response_class=HTMLResponse)
    def years(request: Request, code: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "round")
            return HTMLResponse(pages.render(request, "years.html", unit=unit, **unit_years(svc, db, unit)))

    @app.get("/units/{code}/audit", response_class=HTMLResponse)
    def audit_page(request: Request, code: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "audit")
            entries = list(db.scalars(select(AuditEntry).where(AuditEntry.unit_code == unit.code)
                                      .order_by(AuditEntry.id.desc()).limit(500)))
            return HTMLResponse(pages.audit_log(request, unit, entries))

    # ── the pack ──
    @app.get("/units/{code}/pack", response_class=HTMLResponse)
    def pack_page(request: Request, code: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            return HTMLResponse(pages.pack_page(request, db, unit, None))

    @app.post("/units/{code}/pack", response_class=HTMLResponse)
    async def pack_upload(request: Request, code: str, files: Annotated[list[UploadFile] | None, File()] = None,
                          csrf: Annotated[str, Form()] = "") -> Response:
        got = await incoming(files or [])
        return await run_in_threadpool(_pack_upload, request, code, got, csrf)

    def _pack_upload(request: Request, code: str, got: list[Incoming], csrf: str) -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "pack")
            digest, problems = upload_pack(svc, db, unit, got, user.username, "vi")
            db.commit()
            return HTMLResponse(pages.pack_page(request, db, unit, {"hash": digest, "problems": problems}),
                                status_code=200 if digest else 422)

    # ── a period's data ──
    @app.get("/units/{code}/periods/{period}", response_class=HTMLResponse)
    def period_page(request: Request, code: str, period: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "data")
            period = period_or_hidden(period)
            last = db.scalar(select(Upload).where(Upload.unit_code == unit.code, Upload.period == period)
                             .order_by(Upload.id.desc()).limit(1))
            return HTMLResponse(pages.period(request, db, unit, period, last))

    @app.post("/units/{code}/periods/{period}/upload", response_class=HTMLResponse)
    async def period_upload(request: Request, code: str, period: str,
                            files: Annotated[list[UploadFile] | None, File()] = None, csrf: Annotated[str, Form()] = "") -> Response:
        got = await incoming(files or [])
        return await run_in_threadpool(_period_upload, request, code, period, got, csrf)

    def _period_upload(request: Request, code: str, period: str, got: list[Incoming], csrf: str) -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "upload")
            period = period_or_hidden(period)
            record = upload_data(svc, db, unit, pack(svc, unit.pack_hash), period, got, user.username, "vi")
            db.commit()
            return HTMLResponse(pages.period(request, db, unit, period, record),
                                status_code=200 if record.status == "valid" else 422)

    @app.get("/units/{code}/periods/{period}/form", response_class=HTMLResponse)
    def form_page(request: Request, code: str, period: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "answer")
            period = period_or_hidden(period)
            rows = form_rows(pack(svc, unit.pack_hash), period, user.agency or "")
            return HTMLResponse(pages.agency_form(request, unit, period, rows, None))

    @app.post("/units/{code}/periods/{period}/form", response_class=HTMLResponse)
    async def form_save(request: Request, code: str, period: str) -> Response:
        form = await request.form()
        values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
        return await run_in_threadpool(_form_save, request, code, period, values)

    def _form_save(request: Request, code: str, period: str, values: dict[str, str]) -> Response:
        with db_session(request) as db:
            user = post_user(request, db, values.get("csrf"))
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "answer")
            period = period_or_hidden(period)
            rulepack = pack(svc, unit.pack_hash)
            record = save_form(svc, db, unit, rulepack, period, user, values)
            db.commit()
            rows = form_rows(rulepack, period, user.agency or "", values)
            return HTMLResponse(pages.agency_form(request, unit, period, rows, record),
                                status_code=200 if record.status == "valid" else 422)

    # ── the quarter check ──
    @app.post("/units/{code}/periods/{period}/check")
    def check(request: Request, code: str, period: str, csrf: Annotated[str, Form()] = "",
              as_of: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "check")
            period = period_or_hidden(period)
            day = None
            if as_of.strip():
                try:
                    day = pages.parse_day(as_of)
                except ValueError:
                    return HTMLResponse(pages.message(request, f"Ngày xét '{as_of}' không hợp lệ",
                                                      "Nhập ngày dạng dd/mm/yyyy, ví dụ 18/09/2026."), status_code=422)
            try:
                run = run_check(svc, db, unit, period, day, user.username)
            except FactsFileError as exc:
                db.rollback()
                return HTMLResponse(pages.facts_errors(request, unit, period, exc), status_code=422)
            db.commit()
            return RedirectResponse(f"/units/{unit.code}/runs/{run.id}", status_code=303)

    @app.get("/units/{code}/runs/{run_id}", response_class=HTMLResponse)
    def run_page(request: Request, code: str, run_id: int) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "data")
            run = run_or_hidden(db, unit, run_id)
            answered = list(db.scalars(select(Explanation).where(Explanation.unit_code == unit.code,
                                                                 Explanation.period == run.period)))
            return HTMLResponse(pages.run(request, unit, run, pack(svc, run.rules_hash), answered,
                                          access.own_agency(user)))

    @app.get("/units/{code}/runs/{run_id}/report.{fmt}")
    def run_download(request: Request, code: str, run_id: int, fmt: str) -> Response:
        with db_session(request) as db:
            user = user_of(request, db)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "data")
            run = run_or_hidden(db, unit, run_id)
            doc = access.for_agency(document(run), access.own_agency(user))
            name = f"kiem-tra-{unit.code}-{run.period}-{run.id}"
            if fmt == "json" and access.own_agency(user) is None:
                return Response(run.result.encode(), media_type="application/json",
                                headers={"Content-Disposition": f'attachment; filename="{name}.json"'})
            if fmt == "html":
                from cchc_rules.report.html import quarter_html

                return HTMLResponse(quarter_html(doc, "vi"))
            if fmt == "xlsx":
                from cchc_rules.report.quarter_xlsx import render_quarter_xlsx

                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / "kq.xlsx"
                    render_quarter_xlsx(doc, path, "vi")
                    body = path.read_bytes()
                return Response(body, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'})
            raise Hidden(fmt)

    @app.post("/units/{code}/runs/{run_id}/rerun", response_class=HTMLResponse)
    def run_again(request: Request, code: str, run_id: int, csrf: Annotated[str, Form()] = "") -> Response:
        with db_session(request) as db:
            user = post_user(request, db, csrf)
            unit = access.unit_or_hidden(db, user, code)
            access.require(user, "check")
            run = run_or_hidden(db, unit, run_id)
            result = rerun(svc, db, run, user.username)
            db.commit()
            return HTMLResponse(pages.rerun(request, unit, run, result))

    add_explanation_routes(app, web)
    add_round_routes(app, web)

    return app
