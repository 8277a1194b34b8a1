"""The team database: who is connected and what they may change, logins, moving a file over.

Rights live in the database itself (migration 0004: roles, row-level security, a guard
trigger); this module only tells the window what to expect and sets up logins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Table, func, insert, select, text
from sqlalchemy.engine import Connection

from kpidesk.core.i18n import tr
from kpidesk.data import rollups
from kpidesk.data.database import Database, open_database
from kpidesk.data.models import ROLE_MANAGER, Base, TeamMember
from kpidesk.data.server import current_member_id, reset_sequences
from kpidesk.services.common import ALL, Changes
from kpidesk.services.errors import NotFound, Refused

MANAGER_GROUP = "kpidesk_manager"
REP_GROUP = "kpidesk_rep"
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Rows the migrations put in every new database; a team database holding only these is empty.
DEFAULT_TABLES = ("stages", "activity_types", "icp_criteria", "settings")
BATCH = 5_000


@dataclass(frozen=True)
class Permissions:
    """Who is connected and what they may change (the database enforces the same rules)."""

    is_team_database: bool
    login: str | None  # the database role, on a team database
    member_id: int | None  # the team member that login belongs to
    member_name: str | None
    is_manager: bool

    @classmethod
    def local(cls) -> Permissions:
        """A local file: one person, who may change everything."""
        return cls(False, None, None, None, True)

    def can_change(self, owner_id: int | None) -> bool:
        """True when this person may change a row owned by *owner_id*."""
        return self.is_manager or (owner_id is not None and owner_id == self.member_id)

    def describe(self) -> str:
        """A line for the status bar."""
        if not self.is_team_database:
            return tr("Local file")
        who = self.member_name or self.login or ""
        if self.is_manager:
            return tr("Connected as {name} (manager)").format(name=who)
        return tr("Connected as {name} (rep: changes own leads, deals and activities)").format(
            name=who
        )


def current_permissions(db: Database) -> Permissions:
    """What the connected person may do: everything on a local file."""
    if db.is_sqlite:
        return Permissions.local()
    with db.read() as session:
        login = str(session.execute(text("SELECT current_user")).scalar())
        member_id = current_member_id(session)
        member = session.get(TeamMember, member_id) if member_id is not None else None
        name = member.name if member is not None else None
        is_rep = session.execute(text("SELECT kpidesk_is_rep()")).scalar()
    return Permissions(True, login, member_id, name, not bool(is_rep))


def member_id_of_login(db: Database) -> int | None:
    """The team member logged in, for "moved by" and "changed by" (None on a file)."""
    with db.read() as session:
        return current_member_id(session)


def member_by_name(db: Database, name: str) -> int:
    """The id of the team member called *name* (case does not matter)."""
    with db.read() as session:
        found = session.scalar(
            select(TeamMember.id).where(func.lower(TeamMember.name) == name.strip().lower())
        )
    if found is None:
        raise NotFound(tr("There is no team member called {name}.").format(name=name))
    return int(found)


def add_team_login(
    db: Database, member_id: int, role_name: str, password: str | None = None
) -> str:
    """Create a login role for a team member, in the manager or rep group by their role.

    Run by whoever administers the team database (a superuser or a role with CREATEROLE).
    Returns the role name.
    """
    if db.is_sqlite:
        raise Refused(tr("Logins exist only on a team database (PostgreSQL), not in a local file."))
    name = role_name.strip().lower()
    if not ROLE_NAME.match(name):
        raise Refused(
            tr(
                "'{name}' cannot be a login name: use lower-case letters, digits and _ and start "
                "with a letter, for example anna_de_vries."
            ).format(name=role_name)
        )
    with db.write() as session:
        member = session.get(TeamMember, member_id)
        if member is None:
            raise NotFound(tr("This team member no longer exists."))
        taken = session.scalar(
            select(TeamMember.name).where(TeamMember.db_role == name, TeamMember.id != member_id)
        )
        if taken is not None:
            raise Refused(
                tr("{login} is already the login of {name}.").format(login=name, name=taken)
            )
        group = MANAGER_GROUP if member.role == ROLE_MANAGER else REP_GROUP
        exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        verb = "ALTER" if exists else "CREATE"
        secret = "" if password is None else " PASSWORD '{}'".format(password.replace("'", "''"))
        session.execute(text(f'{verb} ROLE "{name}" LOGIN{secret}'))
        for other in (MANAGER_GROUP, REP_GROUP):
            if other != group:
                session.execute(text(f'REVOKE {other} FROM "{name}"'))
        session.execute(text(f'GRANT {group} TO "{name}"'))
        member.db_role = name
    return name


@dataclass(frozen=True)
class MigrationReport:
    """What ``migrate_to`` copied: rows per table, equal on both sides."""

    target: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _tables() -> list[Table]:
    # Parents before children; derived tables (the activity roll-up) are filled by the
    # target's own triggers as the activities arrive.
    return [t for t in Base.metadata.sorted_tables if not t.info.get("derived")]


def _aware(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """SQLite hands back moments without a zone; they are UTC, and PostgreSQL must know."""
    moments = [c.name for c in table.columns if isinstance(c.type, DateTime) and c.type.timezone]

    def fix(row: dict[str, Any]) -> dict[str, Any]:
        for name in moments:
            value = row.get(name)
            if isinstance(value, datetime) and value.tzinfo is None:
                row[name] = value.replace(tzinfo=UTC)
        return row

    return fix


def _occupied(conn: Connection) -> list[str]:
    return [
        t.name
        for t in _tables()
        if t.name not in DEFAULT_TABLES
        and conn.execute(select(func.count()).select_from(t)).scalar_one() > 0
    ]


def migrate_to(
    source: Database, target_url: str, progress: Callable[[str, int], None] | None = None
) -> MigrationReport:
    """Copy the open database into an empty team database, ids kept, in one transaction.

    The target is migrated to the newest schema first.  Its default configuration (stages,
    activity types, checklist, settings) is replaced by the source's.  Afterwards the rows per
    table are counted on both sides; any difference undoes the whole copy.
    """
    target = open_database(target_url)
    try:
        if target.url == source.url:
            raise Refused(tr("The team database is the database you have open."))
        with target.engine.begin() as out:
            occupied = _occupied(out)
            if occupied:
                raise Refused(
                    tr(
                        "The team database {db} already holds data ({tables}). Choose an empty "
                        "database: nothing was copied."
                    ).format(db=target.describe(), tables=", ".join(occupied))
                )
            for table in reversed(_tables()):
                out.execute(table.delete())
            counts: dict[str, int] = {}
            with source.engine.connect() as src:
                # The roll-ups are derived: not copied, but made on the server, once, at the end.
                with rollups.bulk_load(out):
                    for table in _tables():
                        fix = _aware(table)
                        copied = 0
                        result = src.execution_options(yield_per=BATCH).execute(select(table))
                        for chunk in result.mappings().partitions(BATCH):
                            out.execute(insert(table), [fix(dict(row)) for row in chunk])
                            copied += len(chunk)
                            if progress is not None:
                                progress(table.name, copied)
                        counts[table.name] = copied
                reset_sequences(out)
                for table in _tables():
                    there = out.execute(select(func.count()).select_from(table)).scalar_one()
                    here = src.execute(select(func.count()).select_from(table)).scalar_one()
                    if there != here or there != counts[table.name]:
                        raise Refused(
                            tr(
                                "Copying {table} went wrong: {here} rows here, {there} in the "
                                "team database. Nothing was copied."
                            ).format(table=table.name, here=here, there=there)
                        )
        return MigrationReport(target.describe(), counts)
    finally:
        target.dispose()


def changes_for_tables(tables: set[str]) -> Changes:
    """What a change notice from the team database means for the open views."""
    kinds = {TABLE_KINDS[t] for t in tables if t in TABLE_KINDS}
    return Changes(frozenset(kinds)) if kinds else Changes()


TABLE_KINDS = {
    "leads": "leads",
    "deals": "deals",
    "deal_stage_history": "deals",
    "deal_close_changes": "deals",
    "activities": "activities",
    "customers": "customers",
    "organisations": "leads",
    "contacts": "leads",
    "team_members": "team",
    "stages": "config",
    "activity_types": "config",
    "icp_criteria": "config",
    "settings": "config",
    "targets": "targets",
    "import_runs": "leads",
    "agreed_actions": "actions",
}
assert set(TABLE_KINDS.values()) <= ALL
