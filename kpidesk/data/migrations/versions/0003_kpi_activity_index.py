"""covering index for the KPI series: activities by date, rep and type

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

A year of a large team's activities (about 250,000 rows) is grouped per day, rep and type for
the dashboard's weekly chart; with every needed column in one index SQLite reads only the index.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        batch_op.create_index(
            "ix_activities_kpi", ["date", "rep_id", "type_id", "deleted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_index("ix_activities_kpi")
