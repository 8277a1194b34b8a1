"""The team database on PostgreSQL: rights per team member, stale saves, copying, live notices."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from itertools import count

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from kpidesk.data.models import Deal, DealStageHistory, Lead, TeamMember
from kpidesk.services.common import DEALS
from kpidesk.services.deals import detail as records
from kpidesk.services.deals.records import move_deal
from kpidesk.services.errors import Refused
from kpidesk.services.store.database import Database, DatabaseError, open_database
from kpidesk.services.team.access import add_team_login, current_permissions, migrate_to
from kpidesk.services.team.live_updates import ChangeListener
from tests import factories as f
from tests import pg

_roles = count(1)
Login = Callable[[int], Database]


@pytest.fixture
def team(pg_url: str) -> Iterator[Database]:
    """The team database as its administrator (the postgres superuser in the tests)."""
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.fixture
def login(team: Database, pg_url: str) -> Iterator[Login]:
    """Give a team member a login role and connect as them; roles are dropped afterwards."""
    made: list[tuple[str, Database]] = []

    def connect(member_id: int) -> Database:
        role = f"kpidesk_test_{os.getpid()}_{next(_roles)}"
        add_team_login(team, member_id, role)
        url = team.url.set(username=role).render_as_string(hide_password=False)
        database = open_database(url)
        made.append((role, database))
        return database

    yield connect
    for _role, database in made:
        database.dispose()
    admin = create_engine(pg.server_url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for role, _db in made:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    admin.dispose()


def _value(db: Database, deal_id: int) -> int:
    with db.read() as s:
        return int(s.scalar(select(Deal.value_cents).where(Deal.id == deal_id)))


def test_rep_cannot_change_another_reps_deal_even_with_raw_sql(
    team: Database, login: Login
) -> None:
    anna = f.rep(team, "Anna")
    bram = f.rep(team, "Bram")
    annas = f.deal(team, "Anna's deal", owner_id=anna)
    brams = f.deal(team, "Bram's deal", owner_id=bram)
    as_anna = login(anna)
    with as_anna.engine.connect() as conn:
        own = conn.execute(text("UPDATE deals SET value_cents = 5 WHERE id = :i"), {"i": annas})
        assert own.rowcount == 1
        conn.commit()
        for sql in (
            "UPDATE deals SET value_cents = 1 WHERE id = :i",
            "DELETE FROM deals WHERE id = :i",
            "UPDATE deals SET owner_id = :me WHERE id = :i",
        ):
            with pytest.raises(DBAPIError) as refused:
                conn.execute(text(sql), {"i": brams, "me": anna})
            assert getattr(refused.value.orig, "sqlstate", None) == "42501"
            conn.rollback()
        with pytest.raises(DBAPIError):  # a new deal must be her own
            conn.execute(
                text(
                    "INSERT INTO deals (title, owner_id, value_cents, stage_id, version, "
                    "created_at, updated_at) SELECT 'x', :b, 1, min(id), 1, now(), now() "
                    "FROM stages"
                ),
                {"b": bram},
            )
        conn.rollback()
        with pytest.raises(DBAPIError):  # nor may she hand her own deal to Bram
            conn.execute(
                text("UPDATE deals SET owner_id = :b WHERE id = :i"), {"b": bram, "i": annas}
            )
        conn.rollback()
    assert _value(team, annas) == 5
    assert _value(team, brams) == 1000_00
    with as_anna.read() as s:  # but she reads everything
        assert s.scalar(select(func.count()).select_from(Deal)) == 2


def test_forbidden_change_through_a_service_has_a_clear_message(
    team: Database, login: Login
) -> None:
    anna = f.rep(team, "Anna")
    bram = f.rep(team, "Bram")
    brams = f.deal(team, "Bram's deal", owner_id=bram)
    lead = f.lead(team, f.org(team, "Bakker"), owner_id=bram)
    as_anna = login(anna)
    with pytest.raises(DatabaseError, match="belongs to another team member"):
        move_deal(as_anna, brams, f.stage_id(team, "Intake"))
    with pytest.raises(DatabaseError, match="belongs to another team member"), as_anna.write() as s:
        s.get(Lead, lead).notes = "mine now"  # type: ignore[union-attr]
    with team.read() as s:
        assert s.get(Deal, brams).stage_id == f.stage_id(team, "Lead in")  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(DealStageHistory)) == 0


def test_rep_moves_own_deal_and_manager_moves_any(team: Database, login: Login) -> None:
    anna = f.rep(team, "Anna")
    bram = f.rep(team, "Bram")
    chef = f.rep(team, "Mieke", role="manager")
    annas = f.deal(team, "Anna's deal", owner_id=anna)
    brams = f.deal(team, "Bram's deal", owner_id=bram)
    as_anna, as_chef = login(anna), login(chef)
    move_deal(as_anna, annas, f.stage_id(team, "Intake"))
    move_deal(as_chef, brams, f.stage_id(team, "Proposal"))
    with team.read() as s:
        moved = {d.id: (d.stage_id, d.updated_by_id) for d in s.scalars(select(Deal))}
        by = {h.deal_id: h.moved_by_id for h in s.scalars(select(DealStageHistory))}
    assert moved[annas] == (f.stage_id(team, "Intake"), anna)
    assert moved[brams] == (f.stage_id(team, "Proposal"), chef)
    assert by == {annas: anna, brams: chef}


def test_permissions_tell_who_is_connected(team: Database, login: Login, db_path) -> None:
    anna = f.rep(team, "Anna")
    chef = f.rep(team, "Mieke", role="manager")
    rep_rights = current_permissions(login(anna))
    assert (rep_rights.is_manager, rep_rights.member_id) == (False, anna)
    assert rep_rights.can_change(anna) and not rep_rights.can_change(chef)
    assert "Anna" in rep_rights.describe()
    boss = current_permissions(login(chef))
    assert boss.is_manager and boss.member_name == "Mieke" and boss.can_change(anna)
    local = open_database(db_path)
    try:
        assert current_permissions(local).is_manager
        assert not current_permissions(local).is_team_database
    finally:
        local.dispose()


def test_second_stale_save_is_refused_naming_who_changed_it(team: Database, login: Login) -> None:
    anna = f.rep(team, "Anna")
    chef = f.rep(team, "Mieke", role="manager")
    deal = f.deal(team, "Shared", owner_id=anna)
    as_anna, as_chef = login(anna), login(chef)
    opened_by_anna = records.get_deal(as_anna, deal)
    opened_by_chef = records.get_deal(as_chef, deal)
    records.update_deal(
        as_chef,
        deal,
        opened_by_chef.fields.__class__(
            **{**opened_by_chef.fields.__dict__, "value_cents": 2000_00}
        ),
        expected_version=opened_by_chef.version,
    )
    mine = opened_by_anna.fields.__class__(
        **{**opened_by_anna.fields.__dict__, "value_cents": 3000_00}
    )
    with pytest.raises(Refused, match="changed by Mieke"):
        records.update_deal(as_anna, deal, mine, expected_version=opened_by_anna.version)
    assert _value(team, deal) == 2000_00  # nobody's edit vanished silently
    fresh = records.get_deal(as_anna, deal)
    records.update_deal(as_anna, deal, mine, expected_version=fresh.version)
    assert _value(team, deal) == 3000_00


def test_move_by_one_client_is_noticed_by_the_other(team: Database, pg_url: str) -> None:
    deal = f.deal(team, "Live", owner_id=f.rep(team, "Anna"))
    other = open_database(pg_url)
    listener = ChangeListener(other)
    try:
        listener.connect()
        move_deal(team, deal, f.stage_id(team, "Intake"))
        seen = listener.wait(timeout=5.0)
        assert seen.touches(DEALS)
        assert not listener.wait(timeout=0.2).kinds  # nothing else happened
    finally:
        listener.close()
        other.dispose()


def test_own_changes_are_not_noticed_again(team: Database, pg_url: str) -> None:
    """The window refreshed after its own change; only other clients' changes come in."""
    deal = f.deal(team, "Mine", owner_id=f.rep(team, "Anna"))
    listener = ChangeListener(team)
    other = open_database(pg_url)
    try:
        listener.connect()
        move_deal(team, deal, f.stage_id(team, "Intake"))
        assert team.own_pids  # the pool's connections are known
        assert not listener.wait(timeout=0.5).kinds
        move_deal(other, deal, f.stage_id(other, "Proposal"))
        assert listener.wait(timeout=5.0).touches(DEALS)
    finally:
        listener.close()
        other.dispose()


def test_migrate_to_copies_everything_with_ids_and_counts(db_path, pg_url: str) -> None:
    local = open_database(db_path)
    try:
        anna = f.rep(local, "Anna")
        org = f.org(local, "Bakker B.V.", city="Utrecht")
        lead = f.lead(local, org, owner_id=anna, qualified_at=date(2026, 2, 3), status="qualified")
        deal = f.deal(
            local,
            "Big one",
            owner_id=anna,
            organisation_id=org,
            lead_id=lead,
            history=[(None, "Lead in", f.at(date(2026, 1, 5)))],
        )
        f.activity(local, "Phone call", date(2026, 1, 6), rep_id=anna, deal_id=deal)
        f.customer(local, org, date(2026, 3, 1), owner_id=anna, value=500_00)
        f.target(local, "qualified_leads", date(2026, 1, 1), 8, rep_id=anna)
        report = migrate_to(local, pg_url)
    finally:
        local.dispose()
    assert report.counts["deals"] == 1 and report.counts["stages"] == 7
    assert report.counts["deal_stage_history"] == 1 and report.counts["targets"] == 1
    team = open_database(pg_url)
    try:
        with team.read() as s:
            copied = s.get(Deal, deal)
            assert copied is not None and copied.title == "Big one" and copied.lead_id == lead
            assert s.get(TeamMember, anna).name == "Anna"  # type: ignore[union-attr]
            history = s.scalars(select(DealStageHistory)).one()
            assert history.moved_at == f.at(date(2026, 1, 5))  # the moment stays UTC
        newer = f.deal(team, "After the move")  # the id sequences continue after the copy
        assert newer > deal
        with pytest.raises(Refused, match="already holds data"):
            migrate_to(open_database(db_path), pg_url)
    finally:
        team.dispose()


def test_a_rep_moving_their_own_close_date_keeps_its_history(team: Database, login: Login) -> None:
    from dataclasses import replace

    from kpidesk.data.models import DealCloseChange

    anna = f.rep(team, "Anna")
    deal = f.deal(team, "Eigen deal", owner_id=anna, expected_close=date(2026, 3, 1))
    as_anna = login(anna)
    opened = records.get_deal(as_anna, deal)
    moved = replace(opened.fields, expected_close=date(2026, 4, 1))
    records.update_deal(as_anna, deal, moved, expected_version=opened.version)
    with team.read() as s:
        change = DealCloseChange
        rows = s.execute(select(change.old_date, change.new_date, change.changed_by_id)).all()
    assert [tuple(r) for r in rows] == [(date(2026, 3, 1), date(2026, 4, 1), anna)]
