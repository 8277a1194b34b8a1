"""activities: an index on lead_id, for a lead's or a deal's own contact moments

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

The coaching report (and the meeting workbook's Coaching sheet) reads the done activities of
each deal, also those logged on the lead the deal came from. Without an index on
``activities.lead_id`` SQLite read every activity without a deal for each deal: the large demo
team's meeting workbook took 3 min 40 s, nearly all of it there.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_activities_lead", "activities", ["lead_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_activities_lead", table_name="activities")
