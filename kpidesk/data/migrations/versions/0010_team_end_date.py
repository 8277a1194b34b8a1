"""team_members.end_date: the last day a team member is in the team

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

Targets and goals are pro rata by working days for the month a rep starts in (from
``start_date``) and, with this column, for the month they leave in (up to and including
``end_date``).  Empty means still in the team.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("team_members") as batch_op:
        batch_op.add_column(sa.Column("end_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("team_members") as batch_op:
        batch_op.drop_column("end_date")
