"""deal_close_changes: each change of a deal's expected close date, for pipeline hygiene

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

One row per change of ``deals.expected_close`` (the date before and after, either may be empty,
when and by whom), written by the deal services: the deal editor and imports that update a
deal.  A deal whose expected close moved later twice or more needs attention.

On a team database (PostgreSQL) everyone reads the rows; a rep writes them only for their own
deals, as for the stage history (migration 0004); the table notifies ``kpidesk_changes``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE = "deal_close_changes"
OWN = "kpidesk_deal_owner(deal_id) = kpidesk_current_member()"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("old_date", sa.Date(), nullable=True),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name="fk_deal_close_changes_deal_id_deals",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["team_members.id"],
            name="fk_deal_close_changes_changed_by_id_team_members",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_deal_close_changes"),
    )
    op.create_index(
        "ix_deal_close_changes_deal_changed", TABLE, ["deal_id", "changed_at"], unique=False
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    # The roles and the functions come from 0004.
    for role in ("kpidesk_manager", "kpidesk_rep"):
        op.execute(f"GRANT SELECT ON {TABLE} TO {role}")
        op.execute(f"GRANT INSERT, UPDATE, DELETE ON {TABLE} TO {role}")
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE {TABLE}_id_seq TO {role}")
    op.execute(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY kpidesk_read ON {TABLE} FOR SELECT USING (true)")
    op.execute(
        f"CREATE POLICY kpidesk_manager_all ON {TABLE} FOR ALL TO kpidesk_manager "
        "USING (true) WITH CHECK (true)"
    )
    op.execute(
        f"CREATE POLICY kpidesk_rep_insert ON {TABLE} FOR INSERT TO kpidesk_rep "
        f"WITH CHECK ({OWN})"
    )
    op.execute(
        f"CREATE POLICY kpidesk_rep_update ON {TABLE} FOR UPDATE TO kpidesk_rep "
        f"USING (true) WITH CHECK ({OWN})"
    )
    op.execute(
        f"CREATE POLICY kpidesk_rep_delete ON {TABLE} FOR DELETE TO kpidesk_rep USING (true)"
    )
    op.execute(
        f"CREATE TRIGGER kpidesk_guard_owner BEFORE UPDATE OR DELETE ON {TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION kpidesk_guard_owner('deal')"
    )
    op.execute(
        f"CREATE TRIGGER kpidesk_notify AFTER INSERT OR UPDATE OR DELETE ON {TABLE} "
        "FOR EACH STATEMENT EXECUTE FUNCTION kpidesk_notify_change()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS kpidesk_notify ON {TABLE}")
        op.execute(f"DROP TRIGGER IF EXISTS kpidesk_guard_owner ON {TABLE}")
        for policy in ("read", "manager_all", "rep_insert", "rep_update", "rep_delete"):
            op.execute(f"DROP POLICY IF EXISTS kpidesk_{policy} ON {TABLE}")
    op.drop_index("ix_deal_close_changes_deal_changed", table_name=TABLE)
    op.drop_table(TABLE)
