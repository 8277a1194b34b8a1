"""covering indexes for the KPI figures: deals by closed date and by first contact, leads

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

The dashboard reads the open pipeline at a day, the won deals and the deals begun in a period.
With every column those queries need in one index, SQLite answers them from the index alone
(``closed_date IS NULL OR closed_date > day`` becomes two index ranges), instead of scanning
every deal.  The same holds for qualified leads per month.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DEALS_CLOSED = [
    "closed_date",
    "stage_id",
    "owner_id",
    "first_contact",
    "created_at",
    "value_cents",
    "probability",
    "deleted_at",
]
DEALS_BEGUN = ["first_contact", "created_at", "deleted_at", "owner_id", "stage_id"]
LEADS_QUALIFIED = ["status", "qualified_at", "deleted_at", "owner_id"]


def upgrade() -> None:
    with op.batch_alter_table("deals") as batch_op:
        batch_op.create_index("ix_deals_kpi_closed", DEALS_CLOSED, unique=False)
        batch_op.create_index("ix_deals_kpi_begun", DEALS_BEGUN, unique=False)
    with op.batch_alter_table("leads") as batch_op:
        batch_op.create_index("ix_leads_kpi_qualified", LEADS_QUALIFIED, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch_op:
        batch_op.drop_index("ix_leads_kpi_qualified")
    with op.batch_alter_table("deals") as batch_op:
        batch_op.drop_index("ix_deals_kpi_begun")
        batch_op.drop_index("ix_deals_kpi_closed")
