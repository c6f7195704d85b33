"""The service's tables (SQLAlchemy 2) and the engine/session factory.

The schema is created and changed only by the Alembic migrations (`migrate.py`); these classes
are the ORM's view of it. `audit_log` is append-only: the migration installs triggers that
refuse UPDATE and DELETE on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Unit(Base):
    __tablename__ = "units"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(8), index=True)
    pack_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PackVersion(Base):
    __tablename__ = "pack_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), index=True)
    pack_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    province_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    unit_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    agency: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PeriodData(Base):
    """The valid data of one unit's period: file name in the period folder → content hash."""

    __tablename__ = "period_data"
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), primary_key=True)
    period: Mapped[str] = mapped_column(String(16), primary_key=True)
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Upload(Base):
    __tablename__ = "uploads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(10))  # data | pack | form
    status: Mapped[str] = mapped_column(String(10))  # valid | invalid
    files: Mapped[list[Any]] = mapped_column(JSON)  # [{"name": client name, "stored": name, "hash": …}]
    problems: Mapped[list[Any]] = mapped_column(JSON)  # rendered: [{"file", "line", "column", "field", "message", "hint", "severity"}]
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


class Explanation(Base):
    __tablename__ = "explanations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    finding: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(40))
    cause: Mapped[str] = mapped_column(String(20))  # objective | subjective (as the agency states it)
    text: Mapped[str] = mapped_column(Text)
    attachment_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    attachment_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    submitted_by: Mapped[str] = mapped_column(String(100))
    decision: Mapped[str | None] = mapped_column(String(20), nullable=True)  # accepted | not_accepted
    decided_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    as_of: Mapped[dt.date] = mapped_column(Date)
    rules_hash: Mapped[str] = mapped_column(String(64))
    data_hash: Mapped[str] = mapped_column(String(64))
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)  # "<period>/<file>" → content hash
    version: Mapped[str] = mapped_column(String(40))
    result: Mapped[str] = mapped_column(Text)  # the JSON document, as `evaluate --format json`
    result_hash: Mapped[str] = mapped_column(String(64))
    findings: Mapped[int] = mapped_column(Integer)
    lagging: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    unit_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class Assessment(Base):
    """One unit's self-assessment of a year and its appraisal round (round.py holds its states).
    `manifest` is the unit's data as submitted ("<period>/<file>" → hash) and `rules_hash` its pack:
    the locked self-assessment."""

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20))  # draft | submitted | replying | reviewing | final
    round: Mapped[int] = mapped_column(Integer)  # the appraisal round marks are entered in (1, 2, …)
    manifest: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    rules_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # the pack as submitted
    self_total: Mapped[float | None] = mapped_column(Float, nullable=True)
    reply_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    submitted_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    finalised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    finalised_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class SelfEntry(Base):
    """The unit's own entry for a criterion: points where the rubric's method is manual, a comment."""

    __tablename__ = "self_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    criterion: Mapped[str] = mapped_column(String(40))
    points: Mapped[float | None] = mapped_column(Float, nullable=True)
    comment: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100))


class EvidenceDoc(Base):
    """A document for a criterion: attached with the self-assessment (stage self) or sent with a
    reply to the appraisal (stage reply, `reply_id` set)."""

    __tablename__ = "evidence_docs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    criterion: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str] = mapped_column(String(10))  # self | reply
    reply_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    title: Mapped[str] = mapped_column(String(500))
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    issuer: Mapped[str] = mapped_column(String(200))
    link: Mapped[str] = mapped_column(String(500))
    attachment_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    attachment_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


class AppraisalMark(Base):
    """The appraiser's points and opinion for a criterion in a round. Rows are only added: the
    latest row of a (round, criterion) is the mark, the earlier ones its history."""

    __tablename__ = "appraisal_marks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    criterion: Mapped[str] = mapped_column(String(40))
    points: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


class Reply(Base):
    """The unit's reply (giải trình) to the appraisal of a criterion, in a round."""

    __tablename__ = "round_replies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    criterion: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))


def make_engine(url: str) -> Engine:
    """An engine sized for the service: SQLite in WAL mode with a busy timeout; PostgreSQL with a
    pool as large as the worker threads that may hold a connection at once."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=20, max_overflow=20)

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _record: Any) -> None:
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_size=30, max_overflow=20, pool_timeout=60, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Any]:
    return sessionmaker(engine, expire_on_commit=False)
