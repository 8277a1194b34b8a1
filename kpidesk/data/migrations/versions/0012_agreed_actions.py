"""agreed_actions: what a rep and the manager agreed in a one-on-one, carried into the next

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

One row per agreed action (afspraak): the rep, the text, the day it was agreed, an optional due
day and the done mark (``done_on``: empty while open, the day it was done).  Deleting sets
``deleted_at`` (the trash), as for the other tables.

On a team database (PostgreSQL) everyone reads the actions and the manager changes them; the
table notifies ``kpidesk_changes`` like the others (migration 0004), so open windows refresh.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLE = "agreed_actions"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["rep_id"],
            ["team_members.id"],
            name="fk_agreed_actions_rep_id_team_members",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_agreed_actions"),
    )
    op.create_index("ix_agreed_actions_rep_agreed", TABLE, ["rep_id", "agreed_on"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    # The roles and the notify function come from 0004.
    for role in ("kpidesk_manager", "kpidesk_rep"):
        op.execute(f"GRANT SELECT ON {TABLE} TO {role}")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {TABLE} TO kpidesk_manager")
    op.execute(f"GRANT USAGE, SELECT ON SEQUENCE {TABLE}_id_seq TO kpidesk_manager")
    op.execute(
        f"CREATE TRIGGER kpidesk_notify AFTER INSERT OR UPDATE OR DELETE ON {TABLE} "
        "FOR EACH STATEMENT EXECUTE FUNCTION kpidesk_notify_change()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS kpidesk_notify ON {TABLE}")
    op.drop_index("ix_agreed_actions_rep_agreed", table_name=TABLE)
    op.drop_table(TABLE)
