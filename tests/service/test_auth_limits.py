"""The bound on argon2 (auth.ARGON2, issue 14): however many logins arrive at once, at most
ARGON2_AT_ONCE hashes or verifications run, from threads or from the login route's coroutine."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from cchc_rules.service import auth


class _CountingHasher:
    """Stands for PasswordHasher: each call lasts 30 ms and records how many run at once."""

    def __init__(self) -> None:
        self.now = self.most = 0
        self._lock = threading.Lock()

    def _work(self) -> None:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.03)
        with self._lock:
            self.now -= 1

    def verify(self, _stored: str, _password: str) -> bool:
        self._work()
        return True

    def hash(self, _password: str) -> str:
        self._work()
        return "$argon2id$fake"


@pytest.fixture
def hasher(monkeypatch: Any) -> _CountingHasher:
    fake = _CountingHasher()
    monkeypatch.setattr(auth, "_HASHER", fake)
    return fake


def test_threads_hash_and_verify_at_most_the_bound(hasher: _CountingHasher) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        jobs = [pool.submit(auth.verify_password, "stored", "pw") for _ in range(6)]
        jobs += [pool.submit(auth.hash_password, "pw") for _ in range(2)]
        results = [j.result() for j in jobs]
    assert results[:6] == [True] * 6
    assert 1 <= hasher.most <= auth.ARGON2_AT_ONCE


def test_login_route_waits_on_the_event_loop(hasher: _CountingHasher) -> None:
    async def many() -> list[bool]:
        return list(await asyncio.gather(*(auth.verify_password_in_turn("stored", "pw") for _ in range(6))))

    assert asyncio.run(many()) == [True] * 6
    assert 1 <= hasher.most <= auth.ARGON2_AT_ONCE


def test_unknown_account_is_false_in_turn(hasher: _CountingHasher) -> None:
    assert asyncio.run(auth.verify_password_in_turn(None, "pw")) is False
