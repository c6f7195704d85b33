"""What one running service holds: settings, the database engine and sessions, the file store,
the session signer, the login rate limit, and the caches of what is pure (a rule pack compiled
once per content hash)."""

from __future__ import annotations

import os
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from cchc_rules.service.auth import RateLimit, Sessions
from cchc_rules.service.db import make_engine, session_factory
from cchc_rules.service.migrate import upgrade
from cchc_rules.service.storage import Store


@dataclass
class Settings:
    data_dir: Path
    database_url: str | None = None
    secure_cookies: bool = False
    lang: str = "vi"

    @property
    def url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'cchc-rules.sqlite'}"


def _secret(data_dir: Path) -> bytes:
    """The key that signs session cookies: made once per data folder, readable by its owner only."""
    path = data_dir / "secret.key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    return path.read_bytes()


@dataclass(eq=False)
class Service:
    settings: Settings
    engine: Engine
    db: sessionmaker[Any]
    store: Store
    sessions: Sessions
    logins: RateLimit = field(default_factory=RateLimit)
    packs: OrderedDict[str, Any] = field(default_factory=OrderedDict)  # pack hash → RulePack
    pack_loading: dict[str, threading.Lock] = field(default_factory=dict)
    workspaces: OrderedDict[tuple[str, str], Any] = field(default_factory=OrderedDict)
    engine_lock: threading.Lock = field(default_factory=threading.Lock)  # durable_rules: one run at a time
    cache_lock: threading.Lock = field(default_factory=threading.Lock)

    def close(self) -> None:
        """Close the database connections (a command that opened the service for one job ends with it)."""
        self.engine.dispose()

    @classmethod
    def open(cls, settings: Settings) -> Service:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.url)
        upgrade(engine)
        return cls(settings, engine, session_factory(engine), Store(settings.data_dir),
                   Sessions(_secret(settings.data_dir)))
