"""organisations.lookalike_score: the stored Lijkt-op-score, and what it was computed from

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

Sorting 100,000 leads by lookalike computed the score as a CASE expression over every open lead
(about 0.5-1 s). The score depends only on an organisation's industry, size, region and revenue
and on the good-customer profile, so it is now stored per organisation:

* ``organisations.lookalike_score`` (indexed): the score, or NULL while it is not computed;
* ``lookalike_state`` (one row): the profile's supported attribute values the scores were
  computed from, and their fingerprint;
* a trigger empties the score when one of the four attributes changes, so a score that is not
  NULL is always the one of its organisation's current attributes.

The application (kpidesk.services.leads.lookalike) fills the empty scores, and those the
profile's change affects, before it reads them, and falls back to the expression where it
cannot write. Existing organisations start empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

ATTRIBUTES = ("industry", "employees", "region", "yearly_revenue_cents")
_OF = ", ".join(ATTRIBUTES)
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in ATTRIBUTES)
_CHANGED_PG = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ATTRIBUTES)

SQLITE_TRIGGER = f"""
CREATE TRIGGER organisations_lookalike_stale AFTER UPDATE OF {_OF} ON organisations
FOR EACH ROW WHEN NEW.lookalike_score IS NOT NULL AND ({_CHANGED})
BEGIN
    UPDATE organisations SET lookalike_score = NULL WHERE id = NEW.id;
END
"""

POSTGRESQL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kpidesk_lookalike_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF {_CHANGED_PG} THEN
        NEW.lookalike_score := NULL;
    END IF;
    RETURN NEW;
END
$$
"""

POSTGRESQL_TRIGGER = f"""
CREATE TRIGGER kpidesk_lookalike_stale BEFORE UPDATE OF {_OF} ON organisations
FOR EACH ROW EXECUTE FUNCTION kpidesk_lookalike_stale()
"""


def upgrade() -> None:
    op.add_column("organisations", sa.Column("lookalike_score", sa.Integer(), nullable=True))
    op.create_index(
        "ix_organisations_lookalike_score", "organisations", ["lookalike_score"], unique=False
    )
    # The leads list reads the live leads' organisations and created dates from this index
    # alone (counting, sorting by lookalike or by date), not from the wide leads rows.
    op.create_index(
        "ix_leads_live", "leads", ["deleted_at", "organisation_id", "created_date"], unique=False
    )
    op.create_table(
        "lookalike_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lookalike_state")),
    )
    if op.get_bind().dialect.name != "postgresql":
        op.execute(SQLITE_TRIGGER)
        return
    op.execute(POSTGRESQL_FUNCTION)
    op.execute(POSTGRESQL_TRIGGER)
    # Whoever reads leads may bring the stored scores up to date (organisations: 0004).
    for role in ("kpidesk_manager", "kpidesk_rep"):
        op.execute(f"GRANT SELECT, INSERT, UPDATE ON lookalike_state TO {role}")
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE lookalike_state_id_seq TO {role}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS kpidesk_lookalike_stale ON organisations")
        op.execute("DROP FUNCTION IF EXISTS kpidesk_lookalike_stale()")
    else:
        op.execute("DROP TRIGGER IF EXISTS organisations_lookalike_stale")
    op.drop_table("lookalike_state")
    op.drop_index("ix_leads_live", table_name="leads")
    op.drop_index("ix_organisations_lookalike_score", table_name="organisations")
    op.drop_column("organisations", "lookalike_score")
