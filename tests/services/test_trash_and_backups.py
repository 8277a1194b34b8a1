"""Trash (list, restore, undo, purge after 30 days) and the backup services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kpidesk.data.models import Activity, Customer, Deal, DealStageHistory, Lead
from kpidesk.services.activities.records import delete_activities, log_activity
from kpidesk.services.deals.detail import delete_deals
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.leads.records import delete_leads
from kpidesk.services.store import backups, trash
from kpidesk.services.store.database import Database, open_database
from tests import factories as f


@pytest.fixture
def filled(db: Database) -> dict[str, int]:
    rep = f.rep(db, "Sanne Jansen")
    org = f.org(db, "Bakkerij Vos")
    other = f.org(db, "Garage De Wit")
    lead = f.lead(db, org, owner_id=rep)
    deal = f.deal(
        db,
        "Website",
        owner_id=rep,
        organisation_id=org,
        history=[(None, "Lead in", f.at(date(2026, 1, 5)))],
    )
    customer = f.customer(db, other, date(2025, 6, 1))
    activity, _c = log_activity(
        db, f.type_id(db, "Phone call"), rep, date(2026, 2, 3), deal_id=deal
    )
    return {"lead": lead, "deal": deal, "customer": customer, "activity": activity}


def delete_all(db: Database, ids: dict[str, int]) -> None:
    delete_leads(db, [ids["lead"]])
    delete_deals(db, [ids["deal"]])
    delete_activities(db, [ids["activity"]])
    with db.write() as s:  # the customers service's delete lands on another branch
        s.execute(
            update(Customer)
            .where(Customer.id == ids["customer"])
            .values(deleted_at=datetime.now(UTC))
        )


def test_trash_lists_all_four_kinds_with_days_left(db: Database, filled: dict[str, int]) -> None:
    assert trash.list_trash(db) == []
    delete_all(db, filled)
    items = trash.list_trash(db, now=datetime.now(UTC) + timedelta(days=10))
    assert {(i.kind, i.id) for i in items} == {(k, v) for k, v in filled.items()}
    assert {i.days_left for i in items} == {20}
    names = {i.kind: i.name for i in items}
    assert names["lead"] == "Bakkerij Vos" and names["customer"] == "Garage De Wit"
    assert names["deal"].startswith("Website")
    assert names["activity"].startswith("Phone call")
    assert trash.trash_count(db) == 4


def test_restore_and_undo_restore(db: Database, filled: dict[str, int]) -> None:
    with db.read() as s:
        last = s.scalar(select(Deal.last_activity_date).where(Deal.id == filled["deal"]))
    assert last == date(2026, 2, 3)
    delete_all(db, filled)
    with db.read() as s:
        assert s.scalar(select(Deal.last_activity_date).where(Deal.id == filled["deal"])) is None
    deleted_at = {(i.kind, i.id): i.deleted_at for i in trash.list_trash(db)}
    result = trash.restore_items(db, list(deleted_at))
    assert trash.list_trash(db) == []
    assert result.changes.touches("leads", "deals", "customers", "activities")
    with db.read() as s:
        assert s.scalar(select(func.count(Lead.id)).where(Lead.deleted_at.is_(None))) == 1
        assert s.scalar(select(Deal.last_activity_date).where(Deal.id == filled["deal"])) == (
            date(2026, 2, 3)
        )
    trash.return_to_trash(db, result.entries)
    back = {(i.kind, i.id): i.deleted_at for i in trash.list_trash(db)}
    assert back == deleted_at  # the original delete moments, so the 30 days do not restart
    with pytest.raises(NotFound):
        trash.restore_items(db, [("lead", 999_999)])
    with pytest.raises(Refused):
        trash.restore_items(db, [])


def test_purge_after_30_days_in_one_go(db: Database, filled: dict[str, int]) -> None:
    delete_all(db, filled)
    now = datetime.now(UTC)
    # The lead was deleted 31 days ago: it goes; the rest is 29 days old and stays.
    with db.write() as s:
        s.execute(update(Lead).values(deleted_at=now - timedelta(days=31)))
        s.execute(update(Deal).values(deleted_at=now - timedelta(days=29)))
    purged = trash.purge_expired(db, now=now)
    assert purged.counts["lead"] == 1 and purged.total == 1
    kinds = {i.kind for i in trash.list_trash(db, now=now)}
    assert kinds == {"deal", "customer", "activity"}
    purged = trash.purge_expired(db, now=now + timedelta(days=31))
    assert purged.total == 3
    with db.read() as s:
        assert s.scalar(select(func.count(Deal.id))) == 0
        assert s.scalar(select(func.count(DealStageHistory.id))) == 0  # cascaded
        assert s.scalar(select(func.count(Activity.id))) == 0
        assert s.scalar(select(func.count(Customer.id))) == 0


def test_empty_and_delete_for_good(db: Database, filled: dict[str, int]) -> None:
    delete_all(db, filled)
    assert trash.delete_for_good(db, [("deal", filled["deal"])]).total == 1
    assert trash.empty_trash(db).total == 3
    assert trash.list_trash(db) == []
    with db.read() as s:  # a live activity linked to a removed deal stays, unlinked
        assert s.scalar(select(func.count(Lead.id))) == 0


@pytest.fixture
def file_db(db_path: Path) -> Iterator[Database]:
    """Backups are of database files: these tests run on SQLite only."""
    database = open_database(db_path)
    yield database
    database.dispose()


def test_backup_at_start_at_most_daily(file_db: Database) -> None:
    db = file_db
    first = backups.backup_at_start(db)
    assert first is not None and first.reason == "auto"
    assert backups.backup_at_start(db) is None
    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert backups.backup_at_start(db, now=later) is not None
    assert [b.reason for b in backups.list_backups(db)] == ["auto", "auto"]


def test_backup_before_import_only_for_large_imports(file_db: Database) -> None:
    db = file_db
    assert backups.backup_before_import(db, rows=1000) is None
    made = backups.backup_before_import(db, rows=1001)
    assert made is not None and made.reason == "before-import"
    assert backups.backup_before_import(db) is not None  # without a count: always


def test_keep_setting_prunes(file_db: Database) -> None:
    db = file_db
    assert backups.backup_keep(db) == 10
    backups.set_backup_keep(db, 2)
    for _ in range(4):
        backups.backup_now(db)
    assert len(backups.list_backups(db)) == 2
    with pytest.raises(Refused):
        backups.set_backup_keep(db, 0)


def test_backup_now_to_a_file_and_restore_through_the_service(
    file_db: Database, tmp_path: Path
) -> None:
    db = file_db
    f.rep(db, "Anna de Boer")
    made = backups.backup_now(db, tmp_path)
    assert made.problems == () and made.backup.path.parent == tmp_path
    with pytest.raises(Refused, match="already exists"):
        backups.backup_now(db, made.backup.path)
    f.rep(db, "Bram Visser")
    assert db.path is not None
    path = db.path
    db.dispose()
    restored = backups.restore_backup(path, made.backup.path)
    assert restored.previous_copy is not None
    again = open_database(path)
    with again.read() as s:
        from kpidesk.data.models import TeamMember

        assert list(s.scalars(select(TeamMember.name))) == ["Anna de Boer"]
    again.dispose()
    with pytest.raises(Refused, match="does not exist"):
        backups.restore_backup(path, tmp_path / "nothing.db")
