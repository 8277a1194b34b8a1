"""activities.done: a contact moment is planned or done, and only done ones count

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Until now an activity dated in the future counted as done: logging next month's intake raised
next month's points before the meeting happened, and woke the deal it was logged on.  An
activity is now either planned (``done`` false: due on its date) or done (it happened on its
date).  Only done activities earn points, count as contact moments and are a deal's or a
customer's last contact.

The upgrade marks every activity dated after the day it runs as planned, takes those out of
``activity_day_totals`` (the triggers now count only done activities), and moves a deal's or
customer's last contact back to the latest done activity where it pointed into the future.
The trigger texts are frozen here as literals: a later change of the rule is a new migration.
"""

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "activity_day_totals"
CONFLICT = (
    "ON CONFLICT (day, rep_key, type_id) DO UPDATE "
    f"SET activities = {TABLE}.activities + excluded.activities"
)
SQLITE_NAMES = (
    "activity_day_totals_insert",
    "activity_day_totals_delete",
    "activity_day_totals_update",
)


def _counts(row: str, with_done: bool) -> str:
    done = f" AND {row}.done" if with_done else ""
    return f"{row}.deleted_at IS NULL{done}"


def _add(row: str, amount: int, with_done: bool) -> str:
    # The WHERE keeps SQLite's parser from reading ON CONFLICT as a join constraint.
    return (
        f"INSERT INTO {TABLE} (day, rep_key, type_id, activities) "
        f"SELECT {row}.date, COALESCE({row}.rep_id, 0), {row}.type_id, {amount} "
        f"WHERE {_counts(row, with_done)} {CONFLICT};"
    )


def _drop_zero(row: str) -> str:
    return (
        f"DELETE FROM {TABLE} WHERE day = {row}.date AND rep_key = COALESCE({row}.rep_id, 0) "
        f"AND type_id = {row}.type_id AND activities = 0;"
    )


def _sqlite_triggers(with_done: bool) -> tuple[str, ...]:
    columns = "date, rep_id, type_id, deleted_at" + (", done" if with_done else "")
    return (
        f"CREATE TRIGGER activity_day_totals_insert AFTER INSERT ON activities "
        f"WHEN {_counts('NEW', with_done)} BEGIN {_add('NEW', 1, with_done)} END",
        f"CREATE TRIGGER activity_day_totals_delete AFTER DELETE ON activities "
        f"WHEN {_counts('OLD', with_done)} "
        f"BEGIN {_add('OLD', -1, with_done)} {_drop_zero('OLD')} END",
        f"CREATE TRIGGER activity_day_totals_update AFTER UPDATE OF {columns} ON activities "
        f"BEGIN {_add('OLD', -1, with_done)} {_drop_zero('OLD')} {_add('NEW', 1, with_done)} END",
    )


def _postgresql_function(with_done: bool) -> str:
    # SECURITY DEFINER: a rep may change their own activities but has no write right on the
    # roll-up; the function writes it as its owner.  The search path is pinned for that reason.
    return f"""
CREATE OR REPLACE FUNCTION kpidesk_activity_day_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF {_counts("OLD", with_done)} THEN
            {_add("OLD", -1, with_done)}
            {_drop_zero("OLD")}
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF {_counts("NEW", with_done)} THEN
            {_add("NEW", 1, with_done)}
        END IF;
    END IF;
    RETURN NULL;
END
$$;
"""


def _postgresql_trigger(with_done: bool) -> str:
    columns = "date, rep_id, type_id, deleted_at" + (", done" if with_done else "")
    return (
        "CREATE TRIGGER kpidesk_activity_day_totals "
        f"AFTER INSERT OR DELETE OR UPDATE OF {columns} ON activities "
        "FOR EACH ROW EXECUTE FUNCTION kpidesk_activity_day_totals()"
    )


def _backfill(with_done: bool) -> str:
    done = " AND done" if with_done else ""
    return (
        f"INSERT INTO {TABLE} (day, rep_key, type_id, activities) "
        "SELECT date, COALESCE(rep_id, 0), type_id, COUNT(*) FROM activities "
        f"WHERE deleted_at IS NULL{done} GROUP BY date, COALESCE(rep_id, 0), type_id"
    )


# The latest done activity, where a stored last contact points after the upgrade's day.
LAST_DEAL_CONTACT = (
    "UPDATE deals SET last_activity_date = (SELECT MAX(a.date) FROM activities a "
    "WHERE a.deal_id = deals.id AND a.deleted_at IS NULL AND a.done) "
    "WHERE last_activity_date > :today"
)
LAST_CUSTOMER_CONTACT = (
    "UPDATE customers SET last_contact_date = (SELECT MAX(a.date) FROM activities a "
    "WHERE a.customer_id = customers.id AND a.deleted_at IS NULL AND a.done) "
    "WHERE last_contact_date > :today"
)


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("LOCK TABLE activities IN SHARE ROW EXCLUSIVE MODE")
        op.execute("DROP TRIGGER IF EXISTS kpidesk_activity_day_totals ON activities")
    else:
        for name in SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _rebuild(with_done: bool) -> None:
    """Fill the roll-up anew and create its triggers, by the rule *with_done* states."""
    op.execute(f"DELETE FROM {TABLE}")
    op.execute(_backfill(with_done))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_postgresql_function(with_done))
        op.execute(_postgresql_trigger(with_done))
    else:
        for statement in _sqlite_triggers(with_done):
            op.execute(statement)


def upgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table("activities") as batch_op:
        batch_op.add_column(
            sa.Column("done", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    today = sa.bindparam("today", date.today(), type_=sa.Date())
    op.execute(
        sa.text("UPDATE activities SET done = :planned WHERE date > :today").bindparams(
            today, sa.bindparam("planned", False, type_=sa.Boolean())
        )
    )
    _rebuild(with_done=True)
    op.execute(sa.text(LAST_DEAL_CONTACT).bindparams(today))
    op.execute(sa.text(LAST_CUSTOMER_CONTACT).bindparams(today))


def downgrade() -> None:
    # Planned activities become activities on their date again, as before this revision.  The
    # triggers go first: they read the column (and SQLite drops it by copying the table).
    _drop_triggers()
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_column("done")
    _rebuild(with_done=False)
