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

HISTORY = "deal_stage_history"
ENTRIES = "stage_entry_months"
EXITS = "stage_exit_months"
DERIVED = ("owner_key", "live", "stay_days", "prev_entry_at", "passed")

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SQLITE_NAMES = (
    "stage_flow_insert", "stage_flow_delete", "stage_flow_moved", "stage_flow_rollup",
    "stage_flow_deal", "stage_flow_stage",
)  # fmt: skip


# The SQL this migration ran, frozen when it was written (generated once from the roll-up
# definitions of that day; later changes to kpidesk/data/stage_flow_sql.py do not change it).
SQLITE_BACKFILL = [
    "UPDATE deal_stage_history SET owner_key = n.owner_key, live = n.live, stay_days = n.stay_days, prev_entry_at = n.prev_entry_at, passed = n.passed FROM (SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, (d.deleted_at IS NULL) AS live, COALESCE(CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date((SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at))) AS INTEGER), CASE WHEN (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) < 0 THEN 0 ELSE (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) END) AS stay_days, (SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.to_stage_id = h.to_stage_id AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) AS prev_entry_at, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE 1 = 1) AS n WHERE deal_stage_history.id = n.id AND (deal_stage_history.owner_key IS NOT n.owner_key OR deal_stage_history.live IS NOT n.live OR deal_stage_history.stay_days IS NOT n.stay_days OR deal_stage_history.prev_entry_at IS NOT n.prev_entry_at OR deal_stage_history.passed IS NOT n.passed);",
    "INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT date(moved_at, 'start of month'), owner_key, to_stage_id, COALESCE(date(prev_entry_at, 'start of month'), '1900-01-01'), COUNT(*), SUM(CASE WHEN passed THEN 1 ELSE 0 END) FROM deal_stage_history WHERE live GROUP BY date(moved_at, 'start of month'), owner_key, to_stage_id, COALESCE(date(prev_entry_at, 'start of month'), '1900-01-01')",
    "INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT date(moved_at, 'start of month'), owner_key, from_stage_id, COUNT(*), SUM(stay_days) FROM deal_stage_history WHERE live AND from_stage_id IS NOT NULL AND stay_days IS NOT NULL GROUP BY date(moved_at, 'start of month'), owner_key, from_stage_id",
]

SQLITE_TRIGGERS = [
    "CREATE TRIGGER stage_flow_insert AFTER INSERT ON deal_stage_history BEGIN INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT date(NEW.moved_at, 'start of month'), NEW.owner_key, NEW.to_stage_id, COALESCE(date(NEW.prev_entry_at, 'start of month'), '1900-01-01'), 1, CASE WHEN NEW.passed THEN 1 ELSE 0 END WHERE NEW.live ON CONFLICT (month, owner_key, stage_id, prev_month) DO UPDATE SET entries = stage_entry_months.entries + excluded.entries, passed = stage_entry_months.passed + excluded.passed; DELETE FROM stage_entry_months WHERE month = date(NEW.moved_at, 'start of month') AND owner_key = NEW.owner_key AND stage_id = NEW.to_stage_id AND prev_month = COALESCE(date(NEW.prev_entry_at, 'start of month'), '1900-01-01') AND entries = 0 AND passed = 0; INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT date(NEW.moved_at, 'start of month'), NEW.owner_key, NEW.from_stage_id, 1, 1 * NEW.stay_days WHERE NEW.live AND NEW.from_stage_id IS NOT NULL AND NEW.stay_days IS NOT NULL ON CONFLICT (month, owner_key, stage_id) DO UPDATE SET exits = stage_exit_months.exits + excluded.exits, days = stage_exit_months.days + excluded.days; DELETE FROM stage_exit_months WHERE month = date(NEW.moved_at, 'start of month') AND owner_key = NEW.owner_key AND stage_id = NEW.from_stage_id AND exits = 0 AND days = 0; UPDATE deal_stage_history SET owner_key = n.owner_key, live = n.live, stay_days = n.stay_days, prev_entry_at = n.prev_entry_at, passed = n.passed FROM (SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, (d.deleted_at IS NULL) AS live, COALESCE(CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date((SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at))) AS INTEGER), CASE WHEN (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) < 0 THEN 0 ELSE (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) END) AS stay_days, (SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.to_stage_id = h.to_stage_id AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) AS prev_entry_at, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE h.deal_id = NEW.deal_id) AS n WHERE deal_stage_history.id = n.id AND (deal_stage_history.owner_key IS NOT n.owner_key OR deal_stage_history.live IS NOT n.live OR deal_stage_history.stay_days IS NOT n.stay_days OR deal_stage_history.prev_entry_at IS NOT n.prev_entry_at OR deal_stage_history.passed IS NOT n.passed); END",
    "CREATE TRIGGER stage_flow_delete AFTER DELETE ON deal_stage_history BEGIN INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT date(OLD.moved_at, 'start of month'), OLD.owner_key, OLD.to_stage_id, COALESCE(date(OLD.prev_entry_at, 'start of month'), '1900-01-01'), -1, CASE WHEN OLD.passed THEN -1 ELSE 0 END WHERE OLD.live ON CONFLICT (month, owner_key, stage_id, prev_month) DO UPDATE SET entries = stage_entry_months.entries + excluded.entries, passed = stage_entry_months.passed + excluded.passed; DELETE FROM stage_entry_months WHERE month = date(OLD.moved_at, 'start of month') AND owner_key = OLD.owner_key AND stage_id = OLD.to_stage_id AND prev_month = COALESCE(date(OLD.prev_entry_at, 'start of month'), '1900-01-01') AND entries = 0 AND passed = 0; INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT date(OLD.moved_at, 'start of month'), OLD.owner_key, OLD.from_stage_id, -1, -1 * OLD.stay_days WHERE OLD.live AND OLD.from_stage_id IS NOT NULL AND OLD.stay_days IS NOT NULL ON CONFLICT (month, owner_key, stage_id) DO UPDATE SET exits = stage_exit_months.exits + excluded.exits, days = stage_exit_months.days + excluded.days; DELETE FROM stage_exit_months WHERE month = date(OLD.moved_at, 'start of month') AND owner_key = OLD.owner_key AND stage_id = OLD.from_stage_id AND exits = 0 AND days = 0; UPDATE deal_stage_history SET owner_key = n.owner_key, live = n.live, stay_days = n.stay_days, prev_entry_at = n.prev_entry_at, passed = n.passed FROM (SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, (d.deleted_at IS NULL) AS live, COALESCE(CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date((SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at))) AS INTEGER), CASE WHEN (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) < 0 THEN 0 ELSE (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) END) AS stay_days, (SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.to_stage_id = h.to_stage_id AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) AS prev_entry_at, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE h.deal_id = OLD.deal_id) AS n WHERE deal_stage_history.id = n.id AND (deal_stage_history.owner_key IS NOT n.owner_key OR deal_stage_history.live IS NOT n.live OR deal_stage_history.stay_days IS NOT n.stay_days OR deal_stage_history.prev_entry_at IS NOT n.prev_entry_at OR deal_stage_history.passed IS NOT n.passed); END",
    "CREATE TRIGGER stage_flow_moved AFTER UPDATE OF deal_id, from_stage_id, to_stage_id, moved_at ON deal_stage_history BEGIN UPDATE deal_stage_history SET owner_key = n.owner_key, live = n.live, stay_days = n.stay_days, prev_entry_at = n.prev_entry_at, passed = n.passed FROM (SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, (d.deleted_at IS NULL) AS live, COALESCE(CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date((SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at))) AS INTEGER), CASE WHEN (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) < 0 THEN 0 ELSE (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) END) AS stay_days, (SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.to_stage_id = h.to_stage_id AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) AS prev_entry_at, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE h.deal_id IN (OLD.deal_id, NEW.deal_id)) AS n WHERE deal_stage_history.id = n.id AND (deal_stage_history.owner_key IS NOT n.owner_key OR deal_stage_history.live IS NOT n.live OR deal_stage_history.stay_days IS NOT n.stay_days OR deal_stage_history.prev_entry_at IS NOT n.prev_entry_at OR deal_stage_history.passed IS NOT n.passed); END",
    "CREATE TRIGGER stage_flow_rollup AFTER UPDATE OF deal_id, from_stage_id, to_stage_id, moved_at, owner_key, live, stay_days, prev_entry_at, passed ON deal_stage_history BEGIN INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT date(OLD.moved_at, 'start of month'), OLD.owner_key, OLD.to_stage_id, COALESCE(date(OLD.prev_entry_at, 'start of month'), '1900-01-01'), -1, CASE WHEN OLD.passed THEN -1 ELSE 0 END WHERE OLD.live ON CONFLICT (month, owner_key, stage_id, prev_month) DO UPDATE SET entries = stage_entry_months.entries + excluded.entries, passed = stage_entry_months.passed + excluded.passed; DELETE FROM stage_entry_months WHERE month = date(OLD.moved_at, 'start of month') AND owner_key = OLD.owner_key AND stage_id = OLD.to_stage_id AND prev_month = COALESCE(date(OLD.prev_entry_at, 'start of month'), '1900-01-01') AND entries = 0 AND passed = 0; INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT date(OLD.moved_at, 'start of month'), OLD.owner_key, OLD.from_stage_id, -1, -1 * OLD.stay_days WHERE OLD.live AND OLD.from_stage_id IS NOT NULL AND OLD.stay_days IS NOT NULL ON CONFLICT (month, owner_key, stage_id) DO UPDATE SET exits = stage_exit_months.exits + excluded.exits, days = stage_exit_months.days + excluded.days; DELETE FROM stage_exit_months WHERE month = date(OLD.moved_at, 'start of month') AND owner_key = OLD.owner_key AND stage_id = OLD.from_stage_id AND exits = 0 AND days = 0; INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT date(NEW.moved_at, 'start of month'), NEW.owner_key, NEW.to_stage_id, COALESCE(date(NEW.prev_entry_at, 'start of month'), '1900-01-01'), 1, CASE WHEN NEW.passed THEN 1 ELSE 0 END WHERE NEW.live ON CONFLICT (month, owner_key, stage_id, prev_month) DO UPDATE SET entries = stage_entry_months.entries + excluded.entries, passed = stage_entry_months.passed + excluded.passed; DELETE FROM stage_entry_months WHERE month = date(NEW.moved_at, 'start of month') AND owner_key = NEW.owner_key AND stage_id = NEW.to_stage_id AND prev_month = COALESCE(date(NEW.prev_entry_at, 'start of month'), '1900-01-01') AND entries = 0 AND passed = 0; INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT date(NEW.moved_at, 'start of month'), NEW.owner_key, NEW.from_stage_id, 1, 1 * NEW.stay_days WHERE NEW.live AND NEW.from_stage_id IS NOT NULL AND NEW.stay_days IS NOT NULL ON CONFLICT (month, owner_key, stage_id) DO UPDATE SET exits = stage_exit_months.exits + excluded.exits, days = stage_exit_months.days + excluded.days; DELETE FROM stage_exit_months WHERE month = date(NEW.moved_at, 'start of month') AND owner_key = NEW.owner_key AND stage_id = NEW.from_stage_id AND exits = 0 AND days = 0; END",
    "CREATE TRIGGER stage_flow_deal AFTER UPDATE OF owner_id, deleted_at, first_contact ON deals BEGIN UPDATE deal_stage_history SET owner_key = n.owner_key, live = n.live, stay_days = n.stay_days, prev_entry_at = n.prev_entry_at, passed = n.passed FROM (SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, (d.deleted_at IS NULL) AS live, COALESCE(CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date((SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at))) AS INTEGER), CASE WHEN (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) < 0 THEN 0 ELSE (CAST(julianday(date(h.moved_at)) AS INTEGER) - CAST(julianday(date(d.first_contact)) AS INTEGER)) END) AS stay_days, (SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.to_stage_id = h.to_stage_id AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) AS prev_entry_at, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE h.deal_id = NEW.id) AS n WHERE deal_stage_history.id = n.id AND (deal_stage_history.owner_key IS NOT n.owner_key OR deal_stage_history.live IS NOT n.live OR deal_stage_history.stay_days IS NOT n.stay_days OR deal_stage_history.prev_entry_at IS NOT n.prev_entry_at OR deal_stage_history.passed IS NOT n.passed); END",
    "CREATE TRIGGER stage_flow_stage AFTER UPDATE OF position, kind ON stages BEGIN UPDATE deal_stage_history SET passed = n.passed FROM (SELECT h.id AS id, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h) AS n WHERE deal_stage_history.id = n.id AND deal_stage_history.passed IS NOT n.passed; END",
]

POSTGRESQL_BACKFILL = [
    "UPDATE deal_stage_history SET owner_key = n.owner_key, live = n.live, stay_days = n.stay_days, prev_entry_at = n.prev_entry_at, passed = n.passed FROM (SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, (d.deleted_at IS NULL) AS live, COALESCE(CAST((h.moved_at) AT TIME ZONE 'UTC' AS DATE) - CAST(((SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at)) AT TIME ZONE 'UTC' AS DATE), CASE WHEN (CAST((h.moved_at) AT TIME ZONE 'UTC' AS DATE) - d.first_contact) < 0 THEN 0 ELSE (CAST((h.moved_at) AT TIME ZONE 'UTC' AS DATE) - d.first_contact) END) AS stay_days, (SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.to_stage_id = h.to_stage_id AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) AS prev_entry_at, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE 1 = 1) AS n WHERE deal_stage_history.id = n.id AND (deal_stage_history.owner_key IS DISTINCT FROM n.owner_key OR deal_stage_history.live IS DISTINCT FROM n.live OR deal_stage_history.stay_days IS DISTINCT FROM n.stay_days OR deal_stage_history.prev_entry_at IS DISTINCT FROM n.prev_entry_at OR deal_stage_history.passed IS DISTINCT FROM n.passed);",
    "INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT CAST(date_trunc('month', (moved_at) AT TIME ZONE 'UTC') AS DATE), owner_key, to_stage_id, COALESCE(CAST(date_trunc('month', (prev_entry_at) AT TIME ZONE 'UTC') AS DATE), DATE '1900-01-01'), COUNT(*), SUM(CASE WHEN passed THEN 1 ELSE 0 END) FROM deal_stage_history WHERE live GROUP BY CAST(date_trunc('month', (moved_at) AT TIME ZONE 'UTC') AS DATE), owner_key, to_stage_id, COALESCE(CAST(date_trunc('month', (prev_entry_at) AT TIME ZONE 'UTC') AS DATE), DATE '1900-01-01')",
    "INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT CAST(date_trunc('month', (moved_at) AT TIME ZONE 'UTC') AS DATE), owner_key, from_stage_id, COUNT(*), SUM(stay_days) FROM deal_stage_history WHERE live AND from_stage_id IS NOT NULL AND stay_days IS NOT NULL GROUP BY CAST(date_trunc('month', (moved_at) AT TIME ZONE 'UTC') AS DATE), owner_key, from_stage_id",
]

POSTGRESQL_FUNCTIONS = [
    "CREATE OR REPLACE FUNCTION kpidesk_stage_flow_refresh(target_deal integer) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN UPDATE deal_stage_history SET owner_key = n.owner_key, live = n.live, stay_days = n.stay_days, prev_entry_at = n.prev_entry_at, passed = n.passed FROM (SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, (d.deleted_at IS NULL) AS live, COALESCE(CAST((h.moved_at) AT TIME ZONE 'UTC' AS DATE) - CAST(((SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at)) AT TIME ZONE 'UTC' AS DATE), CASE WHEN (CAST((h.moved_at) AT TIME ZONE 'UTC' AS DATE) - d.first_contact) < 0 THEN 0 ELSE (CAST((h.moved_at) AT TIME ZONE 'UTC' AS DATE) - d.first_contact) END) AS stay_days, (SELECT MAX(p.moved_at) FROM deal_stage_history p WHERE p.deal_id = h.deal_id AND p.to_stage_id = h.to_stage_id AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) AS prev_entry_at, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE h.deal_id = target_deal) AS n WHERE deal_stage_history.id = n.id AND (deal_stage_history.owner_key IS DISTINCT FROM n.owner_key OR deal_stage_history.live IS DISTINCT FROM n.live OR deal_stage_history.stay_days IS DISTINCT FROM n.stay_days OR deal_stage_history.prev_entry_at IS DISTINCT FROM n.prev_entry_at OR deal_stage_history.passed IS DISTINCT FROM n.passed); END $$;",
    "CREATE OR REPLACE FUNCTION kpidesk_stage_flow_history() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT CAST(date_trunc('month', (OLD.moved_at) AT TIME ZONE 'UTC') AS DATE), OLD.owner_key, OLD.to_stage_id, COALESCE(CAST(date_trunc('month', (OLD.prev_entry_at) AT TIME ZONE 'UTC') AS DATE), DATE '1900-01-01'), -1, CASE WHEN OLD.passed THEN -1 ELSE 0 END WHERE OLD.live ON CONFLICT (month, owner_key, stage_id, prev_month) DO UPDATE SET entries = stage_entry_months.entries + excluded.entries, passed = stage_entry_months.passed + excluded.passed; DELETE FROM stage_entry_months WHERE month = CAST(date_trunc('month', (OLD.moved_at) AT TIME ZONE 'UTC') AS DATE) AND owner_key = OLD.owner_key AND stage_id = OLD.to_stage_id AND prev_month = COALESCE(CAST(date_trunc('month', (OLD.prev_entry_at) AT TIME ZONE 'UTC') AS DATE), DATE '1900-01-01') AND entries = 0 AND passed = 0; INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT CAST(date_trunc('month', (OLD.moved_at) AT TIME ZONE 'UTC') AS DATE), OLD.owner_key, OLD.from_stage_id, -1, -1 * OLD.stay_days WHERE OLD.live AND OLD.from_stage_id IS NOT NULL AND OLD.stay_days IS NOT NULL ON CONFLICT (month, owner_key, stage_id) DO UPDATE SET exits = stage_exit_months.exits + excluded.exits, days = stage_exit_months.days + excluded.days; DELETE FROM stage_exit_months WHERE month = CAST(date_trunc('month', (OLD.moved_at) AT TIME ZONE 'UTC') AS DATE) AND owner_key = OLD.owner_key AND stage_id = OLD.from_stage_id AND exits = 0 AND days = 0; END IF; IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO stage_entry_months (month, owner_key, stage_id, prev_month, entries, passed) SELECT CAST(date_trunc('month', (NEW.moved_at) AT TIME ZONE 'UTC') AS DATE), NEW.owner_key, NEW.to_stage_id, COALESCE(CAST(date_trunc('month', (NEW.prev_entry_at) AT TIME ZONE 'UTC') AS DATE), DATE '1900-01-01'), 1, CASE WHEN NEW.passed THEN 1 ELSE 0 END WHERE NEW.live ON CONFLICT (month, owner_key, stage_id, prev_month) DO UPDATE SET entries = stage_entry_months.entries + excluded.entries, passed = stage_entry_months.passed + excluded.passed; DELETE FROM stage_entry_months WHERE month = CAST(date_trunc('month', (NEW.moved_at) AT TIME ZONE 'UTC') AS DATE) AND owner_key = NEW.owner_key AND stage_id = NEW.to_stage_id AND prev_month = COALESCE(CAST(date_trunc('month', (NEW.prev_entry_at) AT TIME ZONE 'UTC') AS DATE), DATE '1900-01-01') AND entries = 0 AND passed = 0; INSERT INTO stage_exit_months (month, owner_key, stage_id, exits, days) SELECT CAST(date_trunc('month', (NEW.moved_at) AT TIME ZONE 'UTC') AS DATE), NEW.owner_key, NEW.from_stage_id, 1, 1 * NEW.stay_days WHERE NEW.live AND NEW.from_stage_id IS NOT NULL AND NEW.stay_days IS NOT NULL ON CONFLICT (month, owner_key, stage_id) DO UPDATE SET exits = stage_exit_months.exits + excluded.exits, days = stage_exit_months.days + excluded.days; DELETE FROM stage_exit_months WHERE month = CAST(date_trunc('month', (NEW.moved_at) AT TIME ZONE 'UTC') AS DATE) AND owner_key = NEW.owner_key AND stage_id = NEW.from_stage_id AND exits = 0 AND days = 0; END IF; IF TG_OP = 'INSERT' THEN PERFORM kpidesk_stage_flow_refresh(NEW.deal_id); ELSIF TG_OP = 'DELETE' THEN PERFORM kpidesk_stage_flow_refresh(OLD.deal_id); ELSIF OLD.deal_id IS DISTINCT FROM NEW.deal_id OR OLD.from_stage_id IS DISTINCT FROM NEW.from_stage_id OR OLD.to_stage_id IS DISTINCT FROM NEW.to_stage_id OR OLD.moved_at IS DISTINCT FROM NEW.moved_at THEN PERFORM kpidesk_stage_flow_refresh(OLD.deal_id); IF NEW.deal_id <> OLD.deal_id THEN PERFORM kpidesk_stage_flow_refresh(NEW.deal_id); END IF; END IF; RETURN NULL; END $$;",
    'CREATE TRIGGER kpidesk_stage_flow AFTER INSERT OR DELETE OR UPDATE OF deal_id, from_stage_id, to_stage_id, moved_at, owner_key, live, stay_days, prev_entry_at, passed ON deal_stage_history FOR EACH ROW EXECUTE FUNCTION kpidesk_stage_flow_history()',
    'CREATE OR REPLACE FUNCTION kpidesk_stage_flow_deal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN PERFORM kpidesk_stage_flow_refresh(NEW.id); RETURN NULL; END $$;',
    'CREATE TRIGGER kpidesk_stage_flow_deal AFTER UPDATE OF owner_id, deleted_at, first_contact ON deals FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.first_contact IS DISTINCT FROM NEW.first_contact) EXECUTE FUNCTION kpidesk_stage_flow_deal()',
    "CREATE OR REPLACE FUNCTION kpidesk_stage_flow_stages() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN UPDATE deal_stage_history SET passed = n.passed FROM (SELECT h.id AS id, EXISTS (SELECT 1 FROM deal_stage_history l JOIN stages ls ON ls.id = l.to_stage_id JOIN stages ts ON ts.id = h.to_stage_id WHERE l.deal_id = h.deal_id AND l.moved_at >= h.moved_at AND l.id <> h.id AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position))) AS passed FROM deal_stage_history h) AS n WHERE deal_stage_history.id = n.id AND deal_stage_history.passed IS DISTINCT FROM n.passed; RETURN NULL; END $$;",
    'CREATE TRIGGER kpidesk_stage_flow_stages AFTER UPDATE OF position, kind ON stages FOR EACH STATEMENT EXECUTE FUNCTION kpidesk_stage_flow_stages()',
]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
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
    for statement in POSTGRESQL_BACKFILL if postgresql else SQLITE_BACKFILL:
        op.execute(statement)
    if postgresql:
        for statement in POSTGRESQL_FUNCTIONS:
            op.execute(statement)
        for role in ("kpidesk_manager", "kpidesk_rep"):  # created by 0004
            op.execute(f"GRANT SELECT ON {ENTRIES}, {EXITS} TO {role}")
    else:
        for statement in SQLITE_TRIGGERS:
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
