"""activity_day_totals: an exact roll-up of the activities per day, rep and activity type

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

The dashboard counts a year of activities per day, rep and type; even from a covering index
that is a scan of every activity row.  This table holds those counts (of activities not in the
trash), kept exact by triggers on ``activities``: each insert, delete and change of date, rep,
type or ``deleted_at`` takes the old row's contribution off and adds the new one's.  A count
that reaches zero is removed, so the table only holds (day, rep, type) cells that occur.
``rep_key`` is the rep's id, or 0 for an activity without a rep (a primary key column cannot be
empty on PostgreSQL, and ``ON CONFLICT`` would never match an empty key).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLE = "activity_day_totals"
CONFLICT = (
    "ON CONFLICT (day, rep_key, type_id) DO UPDATE "
    f"SET activities = {TABLE}.activities + excluded.activities"
)


def _add(row: str, amount: int) -> str:
    # The WHERE keeps SQLite's parser from reading ON CONFLICT as a join constraint.
    return (
        f"INSERT INTO {TABLE} (day, rep_key, type_id, activities) "
        f"SELECT {row}.date, COALESCE({row}.rep_id, 0), {row}.type_id, {amount} "
        f"WHERE {row}.deleted_at IS NULL {CONFLICT};"
    )


def _drop_zero(row: str) -> str:
    return (
        f"DELETE FROM {TABLE} WHERE day = {row}.date AND rep_key = COALESCE({row}.rep_id, 0) "
        f"AND type_id = {row}.type_id AND activities = 0;"
    )


SQLITE_TRIGGERS = (
    f"CREATE TRIGGER activity_day_totals_insert AFTER INSERT ON activities "
    f"WHEN NEW.deleted_at IS NULL BEGIN {_add('NEW', 1)} END",
    f"CREATE TRIGGER activity_day_totals_delete AFTER DELETE ON activities "
    f"WHEN OLD.deleted_at IS NULL BEGIN {_add('OLD', -1)} {_drop_zero('OLD')} END",
    f"CREATE TRIGGER activity_day_totals_update "
    f"AFTER UPDATE OF date, rep_id, type_id, deleted_at ON activities "
    f"BEGIN {_add('OLD', -1)} {_drop_zero('OLD')} {_add('NEW', 1)} END",
)
SQLITE_NAMES = ("activity_day_totals_insert", "activity_day_totals_delete", "activity_day_totals_update")

# SECURITY DEFINER: a rep may change their own activities but has no write right on the
# roll-up; the function writes it as its owner.  The search path is pinned for that reason.
POSTGRESQL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kpidesk_activity_day_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.deleted_at IS NULL THEN
            {_add("OLD", -1)}
            {_drop_zero("OLD")}
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.deleted_at IS NULL THEN
            {_add("NEW", 1)}
        END IF;
    END IF;
    RETURN NULL;
END
$$;
"""
POSTGRESQL_TRIGGER = (
    "CREATE TRIGGER kpidesk_activity_day_totals "
    "AFTER INSERT OR DELETE OR UPDATE OF date, rep_id, type_id, deleted_at ON activities "
    "FOR EACH ROW EXECUTE FUNCTION kpidesk_activity_day_totals()"
)

BACKFILL = (
    f"INSERT INTO {TABLE} (day, rep_key, type_id, activities) "
    "SELECT date, COALESCE(rep_id, 0), type_id, COUNT(*) FROM activities "
    "WHERE deleted_at IS NULL GROUP BY date, COALESCE(rep_id, 0), type_id"
)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rep_key", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "rep_key", "type_id", name="pk_activity_day_totals"),
        # Stored in key order on SQLite: a day range is one contiguous read, no lookups.
        sqlite_with_rowid=False,
    )
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        # No write can slip in between the backfill and the trigger.
        op.execute("LOCK TABLE activities IN SHARE ROW EXCLUSIVE MODE")
    op.execute(BACKFILL)
    if postgresql:
        op.execute(POSTGRESQL_FUNCTION)
        op.execute(POSTGRESQL_TRIGGER)
        for role in ("kpidesk_manager", "kpidesk_rep"):  # created by 0004
            op.execute(f"GRANT SELECT ON {TABLE} TO {role}")
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS kpidesk_activity_day_totals ON activities")
        op.execute("DROP FUNCTION IF EXISTS kpidesk_activity_day_totals()")
    else:
        for name in SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table(TABLE)
