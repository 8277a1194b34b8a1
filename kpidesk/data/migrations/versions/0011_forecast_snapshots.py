"""forecast_snapshots: each month's forecast as it was made, to check it afterwards

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

A snapshot is written the first time a month's forecast is computed, and whenever the manager
asks for one; after the month the window shows it beside what was really won.  ``rep_key`` is
the rep's id, or 0 for the whole team.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "forecast_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("rep_key", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("open_cents", sa.BigInteger(), nullable=False),
        sa.Column("weighted_cents", sa.BigInteger(), nullable=False),
        sa.Column("expected_cents", sa.BigInteger(), nullable=False),
        sa.Column("low_cents", sa.BigInteger(), nullable=False),
        sa.Column("high_cents", sa.BigInteger(), nullable=False),
        sa.Column("won_cents", sa.BigInteger(), nullable=False),
        sa.Column("target_cents", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecast_snapshots")),
    )
    op.create_index(
        "ix_forecast_snapshots_month_rep", "forecast_snapshots", ["month", "rep_key"], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        # Anyone who sees the forecast may leave its snapshot (created by 0004).
        for role in ("kpidesk_manager", "kpidesk_rep"):
            op.execute(f"GRANT SELECT, INSERT ON forecast_snapshots TO {role}")
            op.execute(f"GRANT USAGE, SELECT ON SEQUENCE forecast_snapshots_id_seq TO {role}")


def downgrade() -> None:
    op.drop_index("ix_forecast_snapshots_month_rep", table_name="forecast_snapshots")
    op.drop_table("forecast_snapshots")
