"""Write one small database file per schema revision to tests/resources/schema/.

Each file is what a KPIDesk of that revision left on disk: migrated to that revision (and no
further) with a few team members, leads, deals with their stage history, activities and a
customer, written with the columns of the first schema.  tests/data/test_schema_history.py
upgrades each to the current schema and compares it with a new database.  Run it once when a
migration is added:  python tools/make_schema_fixtures.py
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from kpidesk.data.database import known_revisions, open_database, upgrade_to

OUT = Path(__file__).resolve().parents[1] / "tests" / "resources" / "schema"
NOW = "'2026-06-01 09:00:00.000000'"

ROWS = f"""
INSERT INTO team_members (id, name, role, active) VALUES (1, 'Bram de Vries', 'rep', 1),
    (2, 'Eva Jansen', 'rep', 1);
INSERT INTO organisations (id, name, name_key) VALUES (1, 'Bakker BV', 'bakker'),
    (2, 'Visser Techniek', 'visser techniek'), (3, 'De Groot', 'de groot');
INSERT INTO leads (id, organisation_id, owner_id, created_date, status, qualified_at, checklist,
    created_at, updated_at)
    VALUES (1, 1, 1, '2026-05-20', 'qualified', '2026-06-03', '{{}}', {NOW}, {NOW}),
    (2, 2, 2, '2026-06-04', 'new', NULL, '{{}}', {NOW}, {NOW});
INSERT INTO deals (id, title, organisation_id, owner_id, value_cents, stage_id, first_contact,
    closed_date, stage_entered_at, created_at, updated_at, version)
    VALUES (1, 'Website Bakker', 1, 1, 500000, 6, '2026-05-02', '2026-06-12', '2026-06-12',
        {NOW}, {NOW}, 1),
    (2, 'Onderhoud Visser', 2, 2, 250000, 7, '2026-05-10', '2026-06-15', '2026-06-15',
        {NOW}, {NOW}, 1),
    (3, 'Licenties De Groot', 3, 2, 120000, 4, '2026-06-01', NULL, '2026-06-08',
        {NOW}, {NOW}, 1);
INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, moved_at) VALUES
    (1, NULL, 1, '2026-05-02 10:00:00.000000'), (1, 1, 4, '2026-05-20 10:00:00.000000'),
    (1, 4, 6, '2026-06-12 10:00:00.000000'),
    (2, NULL, 1, '2026-05-10 10:00:00.000000'), (2, 1, 7, '2026-06-15 10:00:00.000000'),
    (3, NULL, 1, '2026-06-01 10:00:00.000000'), (3, 1, 4, '2026-06-08 10:00:00.000000');
INSERT INTO customers (id, organisation_id, customer_since, owner_id, recurring_value_cents,
    source_deal_id, created_at)
    VALUES (1, 1, '2026-06-12', 1, 100000, 1, {NOW});
INSERT INTO activities (type_id, rep_id, date, organisation_id, deal_id, created_at) VALUES
    (4, 1, '2026-06-02', 1, 1, {NOW}), (1, 1, '2026-06-05', 1, 1, {NOW}),
    (6, 2, '2026-06-09', 2, 2, {NOW}), (4, 2, '2026-06-10', 3, 3, {NOW}),
    (7, 2, '2026-06-11', 3, 3, {NOW});
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for revision in known_revisions():
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "kpidesk.db"
            db = open_database(path, migrate=False)
            upgrade_to(db, revision)
            db.dispose()
            conn = sqlite3.connect(path)
            if revision >= "0002":  # the stages and activity types the rows refer to
                conn.executescript(ROWS)
            target = OUT / f"kpidesk-{revision}.db"
            target.unlink(missing_ok=True)
            conn.execute("VACUUM INTO ?", (str(target),))
            conn.close()
        print(target.relative_to(OUT.parents[1]), target.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
