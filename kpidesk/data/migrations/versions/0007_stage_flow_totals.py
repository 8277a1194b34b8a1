"""stage flow roll-ups: stage entries and exits per month, rep and stage, kept exact by triggers

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

Stage conversion and days in stage look at every stage change in the period, and for each one
at the deal's earlier and later changes: for a year that is some 55,000 rows with correlated
lookups, a quarter of a second.  This migration stores what those lookups find on each history
row, and sums the rows per month in two small tables the dashboard reads instead.

Derived columns of ``deal_stage_history`` (never written by the application):
- ``owner_key``: the deal's owner, 0 for none; ``live``: the deal is not in the trash;
- ``stay_days``: whole UTC days the deal spent in ``from_stage_id``, from its previous change
  (or, for its first change, from its first contact, at least 0; empty when neither is known);
- ``prev_entry_at``: when the deal last entered ``to_stage_id`` before this change (ties broken
  by id), so the first entry of a deal into a stage within a period is the one whose previous
  entry lies before the period;
- ``passed``: a later change of the deal goes to a won stage or to a later open stage.

Roll-ups, over live rows, keyed by the UTC month of ``moved_at``:
- ``stage_entry_months``: entries into each stage and how many of them passed on, split by the
  month of the previous entry into the same stage (1900-01-01 for none); a period of whole
  months counts the deals that entered a stage as the entries whose previous entry month lies
  before the period — the same count of distinct deals the row query gives;
- ``stage_exit_months``: exits from each stage with a known stay, and the days summed.

Triggers keep everything exact: a change to a deal's history, owner, trash state or first
contact recomputes that deal's rows; a change to a stage's position or kind recomputes
``passed``; each change of a history row moves its contribution between the roll-up cells.
"""

import sqlalchemy as sa
from alembic import op

from kpidesk.data.stage_flow_sql import (
    BASE,
    DERIVED,
    ENTRIES,
    EXITS,
    HISTORY,
    Dialect,
    add,
    backfill,
    refresh,
    repass,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

def _sqlite_triggers(d: Dialect) -> list[str]:
    base = ", ".join(BASE)
    return [
        f"CREATE TRIGGER stage_flow_insert AFTER INSERT ON {HISTORY} BEGIN "
        f"{add(d, 'NEW', 1)} {refresh(d, 'h.deal_id = NEW.deal_id')} END",
        f"CREATE TRIGGER stage_flow_delete AFTER DELETE ON {HISTORY} BEGIN "
        f"{add(d, 'OLD', -1)} {refresh(d, 'h.deal_id = OLD.deal_id')} END",
        f"CREATE TRIGGER stage_flow_moved AFTER UPDATE OF {base} ON {HISTORY} BEGIN "
        f"{refresh(d, 'h.deal_id IN (OLD.deal_id, NEW.deal_id)')} END",
        f"CREATE TRIGGER stage_flow_rollup AFTER UPDATE OF {base}, {', '.join(DERIVED)} "
        f"ON {HISTORY} BEGIN {add(d, 'OLD', -1)} {add(d, 'NEW', 1)} END",
        "CREATE TRIGGER stage_flow_deal AFTER UPDATE OF owner_id, deleted_at, first_contact "
        f"ON deals BEGIN {refresh(d, 'h.deal_id = NEW.id')} END",
        "CREATE TRIGGER stage_flow_stage AFTER UPDATE OF position, kind ON stages BEGIN "
        f"{repass(d)} END",
    ]


SQLITE_NAMES = (
    "stage_flow_insert", "stage_flow_delete", "stage_flow_moved", "stage_flow_rollup",
    "stage_flow_deal", "stage_flow_stage",
)  # fmt: skip


def _postgresql(d: Dialect) -> list[str]:
    # SECURITY DEFINER: a rep may move their own deals but has no write right on the derived
    # columns of other rows or on the roll-ups; the functions write them as their owner.
    definer = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp"
    moved = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in BASE)
    deal_changed = " OR ".join(
        f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ("owner_id", "deleted_at", "first_contact")
    )
    return [
        "CREATE OR REPLACE FUNCTION kpidesk_stage_flow_refresh(target_deal integer) "
        f"RETURNS void {definer} AS $$ BEGIN "
        f"{refresh(d, 'h.deal_id = target_deal')} END $$;",
        f"CREATE OR REPLACE FUNCTION kpidesk_stage_flow_history() RETURNS trigger {definer} AS $$ "
        "BEGIN "
        f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {add(d, 'OLD', -1)} END IF; "
        f"IF TG_OP IN ('INSERT', 'UPDATE') THEN {add(d, 'NEW', 1)} END IF; "
        "IF TG_OP = 'INSERT' THEN PERFORM kpidesk_stage_flow_refresh(NEW.deal_id); "
        "ELSIF TG_OP = 'DELETE' THEN PERFORM kpidesk_stage_flow_refresh(OLD.deal_id); "
        f"ELSIF {moved} THEN PERFORM kpidesk_stage_flow_refresh(OLD.deal_id); "
        "IF NEW.deal_id <> OLD.deal_id THEN PERFORM kpidesk_stage_flow_refresh(NEW.deal_id); "
        "END IF; END IF; RETURN NULL; END $$;",
        f"CREATE TRIGGER kpidesk_stage_flow AFTER INSERT OR DELETE OR UPDATE OF "
        f"{', '.join((*BASE, *DERIVED))} ON {HISTORY} "
        "FOR EACH ROW EXECUTE FUNCTION kpidesk_stage_flow_history()",
        f"CREATE OR REPLACE FUNCTION kpidesk_stage_flow_deal() RETURNS trigger {definer} AS $$ "
        "BEGIN PERFORM kpidesk_stage_flow_refresh(NEW.id); RETURN NULL; END $$;",
        "CREATE TRIGGER kpidesk_stage_flow_deal "
        "AFTER UPDATE OF owner_id, deleted_at, first_contact ON deals "
        f"FOR EACH ROW WHEN ({deal_changed}) EXECUTE FUNCTION kpidesk_stage_flow_deal()",
        f"CREATE OR REPLACE FUNCTION kpidesk_stage_flow_stages() RETURNS trigger {definer} AS $$ "
        f"BEGIN {repass(d)} RETURN NULL; END $$;",
        "CREATE TRIGGER kpidesk_stage_flow_stages AFTER UPDATE OF position, kind ON stages "
        "FOR EACH STATEMENT EXECUTE FUNCTION kpidesk_stage_flow_stages()",
    ]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    d = Dialect(postgresql)
    op.add_column(HISTORY, sa.Column("owner_key", sa.Integer(), nullable=False, server_default="0"))
    op.add_column(
        HISTORY, sa.Column("live", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.add_column(HISTORY, sa.Column("stay_days", sa.Integer(), nullable=True))
    op.add_column(
        HISTORY, sa.Column("prev_entry_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        HISTORY, sa.Column("passed", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_table(
        ENTRIES,
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("owner_key", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("prev_month", sa.Date(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "owner_key", "stage_id", "prev_month", name="pk_stage_entry_months"
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        EXITS,
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("owner_key", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("exits", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "owner_key", "stage_id", name="pk_stage_exit_months"),
        sqlite_with_rowid=False,
    )
    if postgresql:
        # No write can slip in between the backfill and the triggers.
        op.execute(f"LOCK TABLE {HISTORY}, deals, stages IN SHARE ROW EXCLUSIVE MODE")
    for statement in backfill(d):
        op.execute(statement)
    if postgresql:
        for statement in _postgresql(d):
            op.execute(statement)
        for role in ("kpidesk_manager", "kpidesk_rep"):  # created by 0004
            op.execute(f"GRANT SELECT ON {ENTRIES}, {EXITS} TO {role}")
    else:
        for statement in _sqlite_triggers(d):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS kpidesk_stage_flow ON {HISTORY}")
        op.execute("DROP TRIGGER IF EXISTS kpidesk_stage_flow_deal ON deals")
        op.execute("DROP TRIGGER IF EXISTS kpidesk_stage_flow_stages ON stages")
        op.execute(
            "DROP FUNCTION IF EXISTS kpidesk_stage_flow_history(), kpidesk_stage_flow_deal(), "
            "kpidesk_stage_flow_stages(), kpidesk_stage_flow_refresh(integer)"
        )
    else:
        for name in SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table(EXITS)
    op.drop_table(ENTRIES)
    with op.batch_alter_table(HISTORY) as batch:
        for column in DERIVED:
            batch.drop_column(column)
