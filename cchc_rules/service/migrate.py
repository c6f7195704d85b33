"""Alembic migrations run at start: the schema is brought to the newest revision before the
service answers. A SQLite file that already holds data is copied beside itself first
(`<file>.bak-<revision>`), so a failed migration never loses it."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> Path | None:
    """Upgrade to head; returns the backup made of a SQLite file (None when none was needed)."""
    config = _config()
    head = ScriptDirectory.from_config(config).get_current_head()
    current = current_revision(engine)
    backup = None
    if current == head:
        return None
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and Path(database).is_file() and current is not None:
        backup = Path(f"{database}.bak-{current}")
        shutil.copy2(database, backup)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup
