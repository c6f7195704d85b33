"""Passwords (argon2), the signed session cookie (HttpOnly, SameSite=Lax), the session-bound CSRF
token every form carries, and the login rate limit (per account and per client address).

At most ARGON2_AT_ONCE hashes or verifications run at a time (`ARGON2`). Each costs about 0.2 s
of CPU and 64 MiB, and runs outside the GIL on 4 threads of its own: when a crowd logs in at once
(the load test's ramp, a morning), unbounded they take every core and the pages of those already
logged in wait behind them (issue 14: pages p95 25 s at 5 logins a second). Bounded, logins queue
among themselves and the other cores stay for the pages. The login route waits for its turn on
the event loop (`app.py`), not in a worker thread, so a queue of logins holds no thread either."""

from __future__ import annotations

import asyncio
import hmac
import os
import secrets
import threading
import time
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "cchc_session"
SESSION_SECONDS = 8 * 3600
ARGON2_AT_ONCE = max(1, (os.cpu_count() or 2) // 2)  # one on 2 cores: the other core serves the pages
ARGON2 = threading.BoundedSemaphore(ARGON2_AT_ONCE)
_HASHER = PasswordHasher()
_DUMMY = _HASHER.hash("không-phải-mật-khẩu")


def hash_password(password: str) -> str:
    with ARGON2:
        return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """True when `password` matches; an unknown account costs the same time as a wrong password."""
    try:
        with ARGON2:
            return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


# the login route's verifications: as many threads as may hash at once, the rest wait in its queue
_TURNS = ThreadPoolExecutor(max_workers=ARGON2_AT_ONCE, thread_name_prefix="argon2")


async def verify_password_in_turn(stored: str | None, password: str) -> bool:
    """verify_password in the argon2 threads, awaited on the event loop (a waiting login holds no
    worker thread of the pages)."""
    return await asyncio.wrap_future(_TURNS.submit(verify_password, stored, password))


class Sessions:
    """Session cookies signed with the service's secret: {"uid": user id or None, "csrf": token}."""

    def __init__(self, secret: bytes) -> None:
        self._signer = URLSafeTimedSerializer(secret, salt="cchc-session")

    def new(self, uid: int | None) -> dict[str, Any]:
        return {"uid": uid, "csrf": secrets.token_urlsafe(24)}

    def dump(self, session: dict[str, Any]) -> str:
        return self._signer.dumps(session)

    def load(self, cookie: str | None) -> dict[str, Any] | None:
        if not cookie:
            return None
        try:
            value = self._signer.loads(cookie, max_age=SESSION_SECONDS)
        except BadSignature:
            return None
        return value if isinstance(value, dict) and isinstance(value.get("csrf"), str) else None


def csrf_ok(session: dict[str, Any] | None, token: str | None) -> bool:
    return bool(session and token and hmac.compare_digest(str(session["csrf"]), str(token)))


class RateLimit:
    """At most `limit` failed logins per key in `window` seconds; after that the key waits."""

    def __init__(self, limit: int = 5, window: float = 300.0) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.limit for k in keys)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
