"""Activities (contact moments): listing, logging, planning, marking done, editing and the trash.

An activity is done (it happened) or planned (a next step, due on its date); the rule of what
counts is :mod:`kpidesk.data.definitions.activities`.  A done activity is never dated after
today.  A done activity refreshes the last contact of its deal (``last_activity_date``, which
decides whether the deal is sleeping) and of its customer (``last_contact_date``, customers at
risk).
Editing or deleting it recomputes those dates from the activities that remain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from kpidesk.core.i18n import pick, tr
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities as activity_rules
from kpidesk.data.models import (
    Activity,
    ActivityType,
    Customer,
    Deal,
    Lead,
    Organisation,
    TeamMember,
)
from kpidesk.services.common import ACTIVITIES, CUSTOMERS, DEALS, LEADS, PAGE_SIZE, Changes, Page
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.listing import fetch_page, like_pattern


@dataclass(frozen=True)
class ActivityRow:
    id: int
    date: date
    time: time | None
    type_name: str
    points: int
    rep: str | None
    organisation: str | None
    deal: str | None
    note: str | None
    outcome: str | None
    type_id: int = 0
    rep_id: int | None = None
    done: bool = True


# What the Activities view lists: everything, only done, only planned.
STATE_ALL, STATE_DONE, STATE_PLANNED = "", "done", "planned"


@dataclass(frozen=True)
class ActivityFilter:
    search: str = ""
    rep_id: int | None = None
    type_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    state: str = STATE_ALL


@dataclass(frozen=True)
class ActivityInput:
    """What a user fills in for one activity; one link at most is usual but not required."""

    type_id: int
    rep_id: int | None
    day: date
    at: time | None = None
    lead_id: int | None = None
    deal_id: int | None = None
    customer_id: int | None = None
    organisation_id: int | None = None  # derived from the link when left empty
    note: str | None = None
    outcome: str | None = None
    done: bool = True  # False: planned, due on ``day``


@dataclass(frozen=True)
class ActivityDetail:
    id: int
    values: ActivityInput
    link_label: str  # "Deal: Website Bakker" style text of the link, or ""


_SORT = {
    "date": Activity.date,
    "type": ActivityType.position,
    "points": ActivityType.points,
    "rep": TeamMember.name,
    "organisation": Organisation.name,
}


def _conditions(flt: ActivityFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Activity.deleted_at.is_(None)]
    if flt.rep_id is not None:
        conditions.append(Activity.rep_id == flt.rep_id)
    if flt.type_id is not None:
        conditions.append(Activity.type_id == flt.type_id)
    if flt.date_from:
        conditions.append(Activity.date >= flt.date_from)
    if flt.date_to:
        conditions.append(Activity.date <= flt.date_to)
    if flt.state == STATE_DONE:
        conditions.append(Activity.done.is_(True))
    elif flt.state == STATE_PLANNED:
        conditions.append(Activity.done.is_(False))
    return conditions


def activity_rows(flt: ActivityFilter, *columns: Any) -> Select[Any]:
    """The activities the Activities view shows for *flt*, as *columns*.

    The list and the export share it, so a search finds exactly the rows the list shows and
    the export writes.  An activity's company is its own, or else its deal's: logging and
    importing fill it in from the deal the same way, so an export re-imports unchanged.
    """
    query = (
        select(*columns)
        .select_from(Activity)
        .join(ActivityType, Activity.type_id == ActivityType.id)
        .outerjoin(TeamMember, Activity.rep_id == TeamMember.id)
        .outerjoin(Deal, Activity.deal_id == Deal.id)
        .outerjoin(
            Organisation,
            Organisation.id == func.coalesce(Activity.organisation_id, Deal.organisation_id),
        )
        .where(*_conditions(flt))
    )
    if flt.search.strip():
        pattern = like_pattern(flt.search)
        query = query.where(
            or_(
                Activity.note.ilike(pattern, escape="\\"),
                Organisation.name.ilike(pattern, escape="\\"),
            )
        )
    return query


def list_activities(
    db: Database,
    flt: ActivityFilter = ActivityFilter(),
    *,
    sort: str | None = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[ActivityRow]:
    query = activity_rows(
        flt,
        Activity.id,
        Activity.date,
        Activity.time,
        ActivityType.name_nl,
        ActivityType.name_en,
        ActivityType.points,
        TeamMember.name,
        Organisation.name,
        Deal.title,
        Activity.note,
        Activity.outcome,
        Activity.type_id,
        Activity.rep_id,
        Activity.done,
    )
    # Without a search the joins only add names: count on the activities' own index, which
    # is ten times faster over a million rows.
    count_query: Select[Any] | None = None
    if not flt.search.strip():
        count_query = select(func.count()).select_from(Activity).where(*_conditions(flt))
    with db.read() as session:
        rows, total = fetch_page(
            session, query, _SORT, sort, descending, Activity.id, offset, limit, count_query
        )
    return Page(
        [
            ActivityRow(
                r[0],
                r[1],
                r[2],
                pick(r[3], r[4]),
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
                bool(r[13]),
            )
            for r in rows
        ],
        total,
    )


def check_state(values: ActivityInput, today: date | None = None) -> None:
    """A done activity has happened: refuse one dated after today (it is planned)."""
    if values.done and values.day > (today or date.today()):
        raise Refused(
            tr("An activity dated after today has not happened yet: plan it instead of logging it.")
        )


def _resolve_links(session: Session, values: ActivityInput) -> tuple[int | None, set[str]]:
    """Check the links exist and find the organisation they belong to."""
    organisation_id = values.organisation_id
    kinds: set[str] = set()
    if values.type_id is not None and session.get(ActivityType, values.type_id) is None:
        raise NotFound(tr("This activity type no longer exists."))
    if values.rep_id is not None and session.get(TeamMember, values.rep_id) is None:
        raise NotFound(tr("This team member no longer exists."))
    if values.deal_id is not None:
        deal = session.get(Deal, values.deal_id)
        if deal is None or deal.deleted_at is not None:
            raise NotFound(tr("This deal no longer exists."))
        organisation_id = organisation_id or deal.organisation_id
        kinds.add(DEALS)
    if values.customer_id is not None:
        customer = session.get(Customer, values.customer_id)
        if customer is None or customer.deleted_at is not None:
            raise NotFound(tr("This customer no longer exists."))
        organisation_id = organisation_id or customer.organisation_id
        kinds.add(CUSTOMERS)
    if values.lead_id is not None:
        lead = session.get(Lead, values.lead_id)
        if lead is None or lead.deleted_at is not None:
            raise NotFound(tr("This lead no longer exists."))
        organisation_id = organisation_id or lead.organisation_id
        kinds.add(LEADS)
    return organisation_id, kinds


def _touch(session: Session, values: ActivityInput) -> None:
    """Move the last contact of the linked deal and customer forward to a done activity's day."""
    if not values.done:
        return
    deal_id, customer_id, day = values.deal_id, values.customer_id, values.day
    if deal_id is not None:
        deal = session.get(Deal, deal_id)
        if deal is not None and (deal.last_activity_date is None or deal.last_activity_date < day):
            deal.last_activity_date = day
    if customer_id is not None:
        customer = session.get(Customer, customer_id)
        if customer is not None and (
            customer.last_contact_date is None or customer.last_contact_date < day
        ):
            customer.last_contact_date = day


def _recompute(session: Session, deal_ids: Iterable[int], customer_ids: Iterable[int]) -> None:
    """Set the last contact to the latest done activity still there (a few rows at most)."""
    session.flush()
    for deal_id in set(deal_ids):
        latest = session.scalar(
            select(func.max(Activity.date)).where(
                Activity.deal_id == deal_id, activity_rules.counts()
            )
        )
        session.execute(update(Deal).where(Deal.id == deal_id).values(last_activity_date=latest))
    for customer_id in set(customer_ids):
        latest = session.scalar(
            select(func.max(Activity.date)).where(
                Activity.customer_id == customer_id, activity_rules.counts()
            )
        )
        session.execute(
            update(Customer).where(Customer.id == customer_id).values(last_contact_date=latest)
        )


def log_activity(
    db: Database,
    type_id: int,
    rep_id: int | None,
    day: date,
    *,
    at: time | None = None,
    organisation_id: int | None = None,
    lead_id: int | None = None,
    deal_id: int | None = None,
    customer_id: int | None = None,
    note: str | None = None,
    outcome: str | None = None,
    done: bool = True,
) -> tuple[int, Changes]:
    """Log one contact moment (or plan one, ``done=False``); a done one refreshes the last
    contact of the linked deal or customer."""
    values = ActivityInput(
        type_id,
        rep_id,
        day,
        at,
        lead_id,
        deal_id,
        customer_id,
        organisation_id,
        note,
        outcome,
        done,
    )
    return log(db, values)


def log(db: Database, values: ActivityInput) -> tuple[int, Changes]:
    """Log one contact moment, or plan one, from a filled-in form."""
    check_state(values)
    with db.write() as session:
        organisation_id, kinds = _resolve_links(session, values)
        _touch(session, values)
        activity = Activity(
            type_id=values.type_id,
            rep_id=values.rep_id,
            date=values.day,
            time=values.at,
            organisation_id=organisation_id,
            lead_id=values.lead_id,
            deal_id=values.deal_id,
            customer_id=values.customer_id,
            note=(values.note or "").strip() or None,
            outcome=(values.outcome or "").strip() or None,
            done=values.done,
        )
        session.add(activity)
        session.flush()
        return activity.id, Changes(frozenset({ACTIVITIES, *kinds}), (activity.id,))


def _link_label(session: Session, activity: Activity) -> str:
    if activity.deal_id is not None:
        title = session.scalar(select(Deal.title).where(Deal.id == activity.deal_id))
        return tr("Deal: {name}").format(name=title or "")
    if activity.customer_id is not None:
        name = session.scalar(
            select(Organisation.name)
            .join(Customer, Customer.organisation_id == Organisation.id)
            .where(Customer.id == activity.customer_id)
        )
        return tr("Customer: {name}").format(name=name or "")
    if activity.lead_id is not None:
        name = session.scalar(
            select(Organisation.name)
            .join(Lead, Lead.organisation_id == Organisation.id)
            .where(Lead.id == activity.lead_id)
        )
        return tr("Lead: {name}").format(name=name or "")
    return ""


def _values_of(activity: Activity) -> ActivityInput:
    return ActivityInput(
        activity.type_id,
        activity.rep_id,
        activity.date,
        activity.time,
        activity.lead_id,
        activity.deal_id,
        activity.customer_id,
        activity.organisation_id,
        activity.note,
        activity.outcome,
        activity.done,
    )


def get_activity(db: Database, activity_id: int) -> ActivityDetail:
    """One activity as its form shows it."""
    with db.read() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted_at is not None:
            raise NotFound(tr("This activity no longer exists."))
        return ActivityDetail(activity.id, _values_of(activity), _link_label(session, activity))


def update_activity(
    db: Database, activity_id: int, values: ActivityInput
) -> tuple[ActivityInput, Changes]:
    """Change an activity; returns its previous values so that the change can be undone."""
    check_state(values)
    with db.write() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted_at is not None:
            raise NotFound(tr("This activity no longer exists."))
        before = _values_of(activity)
        links_changed = (values.deal_id, values.customer_id, values.lead_id) != (
            before.deal_id,
            before.customer_id,
            before.lead_id,
        )
        if links_changed and values.organisation_id == before.organisation_id:
            values = replace(values, organisation_id=None)  # follow the new link
        organisation_id, kinds = _resolve_links(session, values)
        activity.type_id = values.type_id
        activity.rep_id = values.rep_id
        activity.date = values.day
        activity.time = values.at
        activity.lead_id = values.lead_id
        activity.deal_id = values.deal_id
        activity.customer_id = values.customer_id
        activity.organisation_id = organisation_id
        activity.note = (values.note or "").strip() or None
        activity.outcome = (values.outcome or "").strip() or None
        activity.done = values.done
        deals = {i for i in (before.deal_id, values.deal_id) if i is not None}
        customers = {i for i in (before.customer_id, values.customer_id) if i is not None}
        _recompute(session, deals, customers)
        if before.deal_id is not None:
            kinds.add(DEALS)
        if before.customer_id is not None:
            kinds.add(CUSTOMERS)
        return before, Changes(frozenset({ACTIVITIES, *kinds}), (activity_id,))


def _set_deleted(db: Database, ids: Iterable[int], deleted: bool) -> Changes:
    wanted = sorted(set(ids))
    if not wanted:
        raise Refused(tr("Select one or more activities first."))
    with db.write() as session:
        rows = list(session.scalars(select(Activity).where(Activity.id.in_(wanted))))
        if len(rows) != len(wanted):
            raise NotFound(tr("Some of these activities no longer exist."))
        moment = datetime.now(UTC) if deleted else None
        kinds = {ACTIVITIES}
        for row in rows:
            row.deleted_at = moment
        deals = {r.deal_id for r in rows if r.deal_id is not None}
        customers = {r.customer_id for r in rows if r.customer_id is not None}
        _recompute(session, deals, customers)
        if deals:
            kinds.add(DEALS)
        if customers:
            kinds.add(CUSTOMERS)
        return Changes(frozenset(kinds), tuple(wanted))


def delete_activities(db: Database, ids: Iterable[int]) -> Changes:
    """Move activities to the trash; their points leave every total at once."""
    return _set_deleted(db, ids, True)


def restore_activities(db: Database, ids: Iterable[int]) -> Changes:
    """Bring activities back from the trash (undo of a delete, redo of a log)."""
    return _set_deleted(db, ids, False)


@dataclass(frozen=True)
class ActivityState:
    """What marking an activity done changes: its state, day and time (for the undo)."""

    id: int
    done: bool
    day: date
    at: time | None


@dataclass(frozen=True)
class MarkedDone:
    """The activities :func:`mark_done` changed, as they were before (for the undo)."""

    before: list[ActivityState]
    changes: Changes


def _set_states(session: Session, states: Iterable[ActivityState]) -> Changes:
    wanted = {s.id: s for s in states}
    rows = list(
        session.scalars(
            select(Activity).where(Activity.id.in_(sorted(wanted)), Activity.deleted_at.is_(None))
        )
    )
    if len(rows) != len(wanted):
        raise NotFound(tr("Some of these activities no longer exist."))
    kinds = {ACTIVITIES}
    for row in rows:
        state = wanted[row.id]
        row.done, row.date, row.time = state.done, state.day, state.at
    deals = {r.deal_id for r in rows if r.deal_id is not None}
    customers = {r.customer_id for r in rows if r.customer_id is not None}
    _recompute(session, deals, customers)
    kinds |= {DEALS} if deals else set()
    kinds |= {CUSTOMERS} if customers else set()
    return Changes(frozenset(kinds), tuple(sorted(wanted)))


def mark_done(
    db: Database, ids: Iterable[int], day: date | None = None, *, today: date | None = None
) -> MarkedDone:
    """Mark planned activities done: they happened on *day* (default: their planned day, or
    today for one planned after today).  Returns the states before, for the undo.

    An activity already done stays as it is.  *day* may not lie after today: a done activity
    has happened.
    """
    now = today or date.today()
    if day is not None and day > now:
        raise Refused(tr("An activity cannot be done on a day after today."))
    wanted = sorted(set(ids))
    if not wanted:
        raise Refused(tr("Select one or more activities first."))
    with db.write() as session:
        rows = list(
            session.scalars(
                select(Activity).where(Activity.id.in_(wanted), Activity.deleted_at.is_(None))
            )
        )
        if len(rows) != len(wanted):
            raise NotFound(tr("Some of these activities no longer exist."))
        planned = [r for r in rows if not r.done]
        before = [ActivityState(r.id, r.done, r.date, r.time) for r in planned]
        after = [ActivityState(r.id, True, day or min(r.date, now), r.time) for r in planned]
        if not planned:
            return MarkedDone([], Changes(frozenset({ACTIVITIES}), tuple(wanted)))
        return MarkedDone(before, _set_states(session, after))


def restore_states(db: Database, states: Iterable[ActivityState]) -> Changes:
    """Put activities back in the states :func:`mark_done` returned (its undo)."""
    with db.write() as session:
        return _set_states(session, list(states))


@dataclass(frozen=True)
class PlannedStep:
    """A planned activity as a "next step" beside a deal, lead or customer."""

    id: int
    day: date
    at: time | None
    type_name: str
    rep: str | None
    note: str | None

    def overdue(self, today: date) -> bool:
        return self.day < today


def planned_steps(
    db: Database,
    *,
    deal_id: int | None = None,
    lead_id: int | None = None,
    organisation_id: int | None = None,
) -> list[PlannedStep]:
    """The planned activities of a deal, a lead or an organisation (a customer), soonest
    first; overdue ones come first because they are the oldest."""
    link = (
        Activity.deal_id == deal_id
        if deal_id is not None
        else Activity.lead_id == lead_id
        if lead_id is not None
        else Activity.organisation_id == organisation_id
    )
    query = (
        select(
            Activity.id,
            Activity.date,
            Activity.time,
            ActivityType.name_nl,
            ActivityType.name_en,
            TeamMember.name,
            Activity.note,
        )
        .join(ActivityType, Activity.type_id == ActivityType.id)
        .outerjoin(TeamMember, Activity.rep_id == TeamMember.id)
        .where(link, activity_rules.planned())
        .order_by(Activity.date, Activity.time, Activity.id)
    )
    with db.read() as session:
        return [
            PlannedStep(r[0], r[1], r[2], pick(r[3], r[4]), r[5], r[6])
            for r in session.execute(query)
        ]
