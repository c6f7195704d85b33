"""The first schema: units, pack versions, users, period data, uploads, explanations, runs and
the append-only audit log (triggers refuse UPDATE and DELETE on it).

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("code", sa.String(16), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("province", sa.String(200), nullable=False),
        sa.Column("province_code", sa.String(8), nullable=False, index=True),
        sa.Column("pack_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "pack_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_code", sa.String(16), sa.ForeignKey("units.code"), nullable=False, index=True),
        sa.Column("pack_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("province_code", sa.String(8)),
        sa.Column("unit_code", sa.String(16)),
        sa.Column("agency", sa.String(40)),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "period_data",
        sa.Column("unit_code", sa.String(16), sa.ForeignKey("units.code"), primary_key=True),
        sa.Column("period", sa.String(16), primary_key=True),
        sa.Column("manifest", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "uploads",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_code", sa.String(16), sa.ForeignKey("units.code"), nullable=False, index=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("files", sa.JSON, nullable=False),
        sa.Column("problems", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
    )
    op.create_table(
        "explanations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_code", sa.String(16), sa.ForeignKey("units.code"), nullable=False, index=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("finding", sa.String(200), nullable=False),
        sa.Column("agency", sa.String(40), nullable=False),
        sa.Column("cause", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("attachment_hash", sa.String(64)),
        sa.Column("attachment_name", sa.String(200)),
        sa.Column("submitted_on", sa.Date, nullable=False),
        sa.Column("submitted_by", sa.String(100), nullable=False),
        sa.Column("decision", sa.String(20)),
        sa.Column("decided_by", sa.String(100)),
        sa.Column("decided_at", sa.DateTime),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_code", sa.String(16), sa.ForeignKey("units.code"), nullable=False, index=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("rules_hash", sa.String(64), nullable=False),
        sa.Column("data_hash", sa.String(64), nullable=False),
        sa.Column("manifest", sa.JSON, nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("result_hash", sa.String(64), nullable=False),
        sa.Column("findings", sa.Integer, nullable=False),
        sa.Column("lagging", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("unit_code", sa.String(16)),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    else:
        op.execute("CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$")
        op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()")
        op.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()")
