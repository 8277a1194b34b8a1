"""Pipeline hygiene: the open deals that need attention, with their reasons, and counts per rep.

The flags are decided in SQL by :mod:`kpidesk.data.definitions.hygiene` (one query for the
deals, one grouped query for the counts, whatever the number of deals); the reasons are said
by :mod:`kpidesk.core.hygiene`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, select

from kpidesk.core.hygiene import FLAGS, HygieneFacts, reasons
from kpidesk.core.i18n import pick, tr
from kpidesk.data.database import Database
from kpidesk.data.definitions import deals as deal_rules
from kpidesk.data.definitions import hygiene as rules
from kpidesk.data.models import Deal, Organisation, Stage, TeamMember


@dataclass(frozen=True)
class DealHygiene:
    """An open deal and the flags it carries (none: nothing is wrong with it)."""

    deal_id: int
    title: str
    organisation: str | None
    owner_id: int | None
    owner: str | None
    stage: str
    value_cents: int
    expected_close: date | None
    later_moves: int
    quiet_since: date | None  # the latest contact moment or stage change
    rotting_days: int | None
    flags: tuple[str, ...]

    def facts(self, today: date) -> HygieneFacts:
        quiet = (today - self.quiet_since).days if self.quiet_since is not None else None
        return HygieneFacts(
            self.flags, self.expected_close, self.later_moves, quiet, self.rotting_days
        )

    def reasons(self, today: date) -> list[str]:
        """Why the deal needs attention, one sentence per flag."""
        return reasons(self.facts(today))


@dataclass(frozen=True)
class RepHygiene:
    """One rep's open deals, how many need attention, and how many carry each flag."""

    rep_id: int | None  # None: deals without an owner
    name: str
    open_deals: int
    needing_attention: int
    per_flag: dict[str, int] = field(default_factory=dict)


def deal_hygiene(
    db: Database,
    *,
    today: date | None = None,
    rep_id: int | None = None,
    deal_ids: Iterable[int] | None = None,
    flagged_only: bool = True,
) -> list[DealHygiene]:
    """The open deals with their flags: those needing attention, or every one.

    Ordered by owner, then the number of flags (most first), then value (largest first).
    """
    day = today or date.today()
    with db.read() as session:
        rotting = rules.rotting_limits(session)
        flags = rules.flag_columns(day, rotting)
        query = deal_rules.with_stage(
            select(
                Deal.id,
                Deal.title,
                Organisation.name,
                Deal.owner_id,
                TeamMember.name,
                Stage.name_nl,
                Stage.name_en,
                Deal.value_cents,
                Deal.expected_close,
                rules.later_moves(),
                Deal.last_activity_date,
                Deal.stage_entered_at,
                Stage.rotting_days,
                *flags,
            ).select_from(Deal)
        )
        query = (
            query.outerjoin(Organisation, Deal.organisation_id == Organisation.id)
            .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
            .where(deal_rules.open_now())
        )
        if flagged_only:
            query = query.where(rules.needs_attention(day, rotting))
        if rep_id is not None:
            query = query.where(Deal.owner_id == rep_id)
        if deal_ids is not None:
            query = query.where(Deal.id.in_(sorted(set(deal_ids))))
        result = []
        for r in session.execute(query):
            quiet = [d for d in (r[10], r[11]) if d is not None]
            result.append(
                DealHygiene(
                    int(r[0]),
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    pick(r[5], r[6]),
                    int(r[7]),
                    r[8],
                    int(r[9] or 0),
                    max(quiet) if quiet else None,
                    r[12],
                    rules.flags_of(r, 13),
                )
            )
    result.sort(key=lambda d: (d.owner or "\uffff", -len(d.flags), -d.value_cents, d.deal_id))
    return result


def hygiene_by_rep(db: Database, *, today: date | None = None) -> list[RepHygiene]:
    """Per owner: open deals, those needing attention and the count of each flag (one query).

    Owners by name; deals without an owner last, when there are any.
    """
    day = today or date.today()
    with db.read() as session:
        rotting = rules.rotting_limits(session)
        conditions = rules.conditions(day, rotting)
        inner = deal_rules.with_stage(
            select(
                Deal.owner_id.label("owner_id"),
                *rules.flag_columns(day, rotting),
            ).select_from(Deal)
        ).where(deal_rules.open_now())
        sub = inner.subquery()
        flag_cols = [sub.c[f"flag_{flag}"] for flag in conditions]
        flagged = sum(flag_cols[1:], flag_cols[0])  # how many flags the deal carries
        grouped = select(
            sub.c.owner_id,
            func.count(),
            func.sum(case((flagged > 0, 1), else_=0)),
            *(func.sum(c) for c in flag_cols),
        ).group_by(sub.c.owner_id)
        names = {int(i): str(n) for i, n in session.execute(select(TeamMember.id, TeamMember.name))}
        rows = []
        for r in session.execute(grouped):
            owner = r[0]
            rows.append(
                RepHygiene(
                    owner,
                    names.get(owner, "") if owner is not None else tr("No owner"),
                    int(r[1]),
                    int(r[2] or 0),
                    {flag: int(r[3 + i] or 0) for i, flag in enumerate(FLAGS)},
                )
            )
    rows.sort(key=lambda h: (h.rep_id is None, h.name.casefold()))
    return rows
