"""What every route of the service needs about its request: the database session, the signed
session cookie, the logged-in user (or LoggedOut), the CSRF check of a form (or BadCsrf), and the
period or run named in the URL (or Hidden: 404). app.py and the route modules share one `Web`.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request, UploadFile
from fastapi.responses import Response
from sqlalchemy.orm import Session

from cchc_rules.periods import Quarter
from cchc_rules.service.access import Hidden
from cchc_rules.service.auth import COOKIE, SESSION_SECONDS, csrf_ok
from cchc_rules.service.db import Run, Unit, User
from cchc_rules.service.state import Service
from cchc_rules.service.uploads import MAX_FILE_BYTES, Incoming


class LoggedOut(Exception):
    """No valid session: every page but the login page sends the user there."""


class BadCsrf(Exception):
    """A form came without the session's CSRF token: it changes nothing."""


class Web:
    """The request helpers, bound to the service."""

    def __init__(self, svc: Service) -> None:
        self.svc = svc

    def db_session(self, request: Request) -> Session:
        """A new database session (closed by the route's `with`)."""
        return request.app.state.svc.db()

    def session_of(self, request: Request) -> dict[str, Any] | None:
        return self.svc.sessions.load(request.cookies.get(COOKIE))

    def user_of(self, request: Request, db: Session) -> User:
        """The logged-in user, or LoggedOut (to the login page)."""
        session = self.session_of(request)
        if not session or not session.get("uid"):
            raise LoggedOut
        user = db.get(User, session["uid"])
        if user is None:
            raise LoggedOut
        request.state.user = user
        request.state.csrf = session["csrf"]
        return user

    def post_user(self, request: Request, db: Session, token: str | None) -> User:
        """The logged-in user of a form that changes data, whose CSRF token must match the session's."""
        user = self.user_of(request, db)
        if not csrf_ok(self.session_of(request), token):
            raise BadCsrf
        return user

    def set_session(self, response: Response, session: dict[str, Any]) -> None:
        response.set_cookie(COOKIE, self.svc.sessions.dump(session), max_age=SESSION_SECONDS, httponly=True,
                            samesite="lax", secure=self.svc.settings.secure_cookies, path="/")

    def period_or_hidden(self, period: str) -> str:
        try:
            return str(Quarter.parse(period))
        except (ValueError, TypeError, KeyError):
            raise Hidden(period) from None

    def run_or_hidden(self, db: Session, unit: Unit, run_id: int) -> Run:
        run = db.get(Run, run_id)
        if run is None or run.unit_code != unit.code:
            raise Hidden(run_id)
        return run

    async def incoming(self, files: list[UploadFile]) -> list[Incoming]:
        """The uploaded files read into memory, each at most one byte past the limit (uploads.py refuses it)."""
        out = []
        for f in files:
            data = await f.read(MAX_FILE_BYTES + 1)
            out.append(Incoming(f.filename or "", data))
        return out
