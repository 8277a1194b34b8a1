"""team database: who changed a deal, rights per team member, live change notices

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

On every database: ``deals.updated_by_id`` (who saved a deal last, for "changed by X").
On PostgreSQL only:
- group roles ``kpidesk_manager`` and ``kpidesk_rep`` (NOLOGIN); each team member logs in
  with an own role that is a member of one of them (``team_members.db_role`` maps it);
- everyone reads everything; the manager changes everything; a rep inserts and changes only
  the leads, deals, activities and customers of which they are the owner (or rep), and the
  stage history of their own deals. Row-level security checks the new rows; a trigger refuses
  a change to another rep's existing row with an error (rather than silently skipping it);
- a trigger notifies channel ``kpidesk_changes`` with the table name after each change, so
  that other open windows refresh.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# table -> the column naming its owner; "deal" means: the owner of the row's deal
OWNED = {
    "leads": "owner_id",
    "deals": "owner_id",
    "activities": "rep_id",
    "customers": "owner_id",
    "deal_stage_history": "deal",
}
# Reps may add organisations and contacts (a new deal for a new company) and log imports.
REP_WRITES = ("organisations", "contacts", "import_runs")
NOTIFYING = (
    "leads", "deals", "activities", "customers", "deal_stage_history", "organisations",
    "contacts", "team_members", "stages", "activity_types", "icp_criteria", "targets",
    "settings", "import_runs",
)

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION kpidesk_current_member() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT id FROM team_members WHERE db_role = current_user LIMIT 1
$$;

CREATE OR REPLACE FUNCTION kpidesk_is_rep() RETURNS boolean
LANGUAGE sql STABLE AS $$
    -- a superuser counts as a member of every role, so rule it out first
    SELECT NOT r.rolsuper
           AND NOT pg_has_role(current_user, 'kpidesk_manager', 'member')
           AND pg_has_role(current_user, 'kpidesk_rep', 'member')
    FROM pg_roles r WHERE r.rolname = current_user
$$;

CREATE OR REPLACE FUNCTION kpidesk_deal_owner(deal integer) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT owner_id FROM deals WHERE id = deal
$$;

CREATE OR REPLACE FUNCTION kpidesk_guard_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    owner integer;
BEGIN
    IF NOT coalesce(kpidesk_is_rep(), false) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_ARGV[0] = 'deal' THEN
        owner := kpidesk_deal_owner(OLD.deal_id);
    ELSE
        owner := (to_jsonb(OLD) ->> TG_ARGV[0])::integer;
    END IF;
    IF owner IS DISTINCT FROM kpidesk_current_member() THEN
        RAISE EXCEPTION 'kpidesk: % row % belongs to another team member', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE OR REPLACE FUNCTION kpidesk_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kpidesk_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
"""

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
        CREATE ROLE {role} NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;  -- another session created it at the same moment
END
$$;
"""


def _owner_check(table: str, column: str) -> str:
    if column == "deal":
        return "kpidesk_deal_owner(deal_id) = kpidesk_current_member()"
    return f"{column} = kpidesk_current_member()"


def upgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.add_column(sa.Column("updated_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_deals_updated_by_id_team_members", "team_members", ["updated_by_id"], ["id"],
            ondelete="SET NULL",
        )
    if op.get_bind().dialect.name != "postgresql":
        return
    for role in ("kpidesk_manager", "kpidesk_rep"):
        op.execute(ROLES.format(role=role))
    op.execute(FUNCTIONS)
    for role in ("kpidesk_manager", "kpidesk_rep"):
        op.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
        op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
        op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
    op.execute("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kpidesk_manager")
    op.execute("REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM kpidesk_manager")
    rep_tables = ", ".join((*OWNED, *REP_WRITES))
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {rep_tables} TO kpidesk_rep")
    for table, column in OWNED.items():
        own = _owner_check(table, column)
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY kpidesk_read ON {table} FOR SELECT USING (true)")
        op.execute(
            f"CREATE POLICY kpidesk_manager_all ON {table} FOR ALL TO kpidesk_manager "
            "USING (true) WITH CHECK (true)"
        )
        op.execute(f"CREATE POLICY kpidesk_rep_insert ON {table} FOR INSERT TO kpidesk_rep "
                   f"WITH CHECK ({own})")
        # The old row passes here so the guard trigger can refuse it loudly; the new row must
        # stay the rep's own (no handing a deal to someone else).
        op.execute(f"CREATE POLICY kpidesk_rep_update ON {table} FOR UPDATE TO kpidesk_rep "
                   f"USING (true) WITH CHECK ({own})")
        op.execute(f"CREATE POLICY kpidesk_rep_delete ON {table} FOR DELETE TO kpidesk_rep "
                   "USING (true)")
        op.execute(
            f"CREATE TRIGGER kpidesk_guard_owner BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION kpidesk_guard_owner('{column}')"
        )
    for table in NOTIFYING:
        op.execute(
            f"CREATE TRIGGER kpidesk_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION kpidesk_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFYING:
            op.execute(f"DROP TRIGGER IF EXISTS kpidesk_notify ON {table}")
        for table in OWNED:
            op.execute(f"DROP TRIGGER IF EXISTS kpidesk_guard_owner ON {table}")
            for policy in ("read", "manager_all", "rep_insert", "rep_update", "rep_delete"):
                op.execute(f"DROP POLICY IF EXISTS kpidesk_{policy} ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for role in ("kpidesk_manager", "kpidesk_rep"):
            op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
            op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}")
            op.execute(f"REVOKE ALL ON SCHEMA public FROM {role}")
        op.execute(
            "DROP FUNCTION IF EXISTS kpidesk_notify_change(), kpidesk_guard_owner(), "
            "kpidesk_deal_owner(integer), kpidesk_is_rep(), kpidesk_current_member()"
        )
        # the group roles are shared by every database on the server: they stay
    with op.batch_alter_table("deals") as batch:
        batch.drop_constraint("fk_deals_updated_by_id_team_members", type_="foreignkey")
        batch.drop_column("updated_by_id")
