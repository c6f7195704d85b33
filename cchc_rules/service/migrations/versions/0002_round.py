"""The annual appraisal round (issue 15): assessments (a unit's year, its state and the data as
submitted), the unit's entries per criterion, evidence documents, the appraiser's marks per round
(rows only added: triggers refuse UPDATE and DELETE on them, as on the audit log) and the unit's replies.

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def _made() -> list[sa.Column]:
    return [sa.Column("created_at", sa.DateTime, nullable=False), sa.Column("created_by", sa.String(100), nullable=False)]


def _of_assessment() -> sa.Column:
    return sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), nullable=False, index=True)


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_code", sa.String(16), sa.ForeignKey("units.code"), nullable=False, index=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("round", sa.Integer, nullable=False),
        sa.Column("manifest", sa.JSON),
        sa.Column("rules_hash", sa.String(64)),
        sa.Column("self_total", sa.Float),
        sa.Column("reply_deadline", sa.Date),
        *_made(),
        sa.Column("submitted_at", sa.DateTime),
        sa.Column("submitted_by", sa.String(100)),
        sa.Column("finalised_at", sa.DateTime),
        sa.Column("finalised_by", sa.String(100)),
        sa.UniqueConstraint("unit_code", "year", name="assessments_unit_year"),
    )
    op.create_table(
        "self_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        _of_assessment(),
        sa.Column("criterion", sa.String(40), nullable=False),
        sa.Column("points", sa.Float),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.UniqueConstraint("assessment_id", "criterion", name="self_entries_criterion"),
    )
    op.create_table(
        "evidence_docs",
        sa.Column("id", sa.Integer, primary_key=True),
        _of_assessment(),
        sa.Column("criterion", sa.String(40), nullable=False),
        sa.Column("stage", sa.String(10), nullable=False),
        sa.Column("reply_id", sa.Integer),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("issued_on", sa.Date),
        sa.Column("issuer", sa.String(200), nullable=False),
        sa.Column("link", sa.String(500), nullable=False),
        sa.Column("attachment_hash", sa.String(64)),
        sa.Column("attachment_name", sa.String(200)),
        *_made(),
    )
    op.create_table(
        "appraisal_marks",
        sa.Column("id", sa.Integer, primary_key=True),
        _of_assessment(),
        sa.Column("round", sa.Integer, nullable=False),
        sa.Column("criterion", sa.String(40), nullable=False),
        sa.Column("points", sa.Float, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        *_made(),
    )
    op.create_table(
        "round_replies",
        sa.Column("id", sa.Integer, primary_key=True),
        _of_assessment(),
        sa.Column("round", sa.Integer, nullable=False),
        sa.Column("criterion", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        *_made(),
    )
    for table in ("appraisal_marks", "round_replies"):
        if op.get_bind().dialect.name == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        else:
            op.execute(f"CREATE FUNCTION {table}_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                       f"$$ BEGIN RAISE EXCEPTION '{table} is append-only'; END $$")
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()")
