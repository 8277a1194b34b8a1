"""The KPIDesk schema as typed SQLAlchemy 2.x models, mapped onto the Core tables.

The tables, their columns, defaults and indexes are defined once, in
:mod:`kpidesk.data.tables`; a class here maps one of them (``__table__``), gives its columns
their Python types for the type checker and adds the relationships.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from kpidesk.data import tables
from kpidesk.data.tables import (
    KPI_ACTIVITY_POINTS,
    KPI_NEW_REVENUE,
    KPI_PIPELINE_VALUE,
    KPI_QUALIFIED_LEADS,
    LEAD_DISQUALIFIED,
    LEAD_NEW,
    LEAD_QUALIFIED,
    MONEY_KPIS,
    NAMING,
    ROLE_MANAGER,
    ROLE_REP,
    STAGE_LOST,
    STAGE_OPEN,
    STAGE_WON,
    TARGET_KPIS,
    scope_key,
    utcnow,
)


class Base(DeclarativeBase):
    """The mapped classes share the tables' metadata: one schema, defined in ``tables``."""

    metadata = tables.metadata


class TeamMember(Base):
    """A rep or the manager."""

    __table__ = tables.team_members

    id: Mapped[int]
    name: Mapped[str]
    email: Mapped[str | None]
    role: Mapped[str]
    active: Mapped[bool]
    start_date: Mapped[date | None]  # targets are pro rata from it
    end_date: Mapped[date | None]  # the last day in the team, if known
    db_role: Mapped[str | None]  # PostgreSQL login, team database


class Organisation(Base):
    __table__ = tables.organisations

    id: Mapped[int]
    name: Mapped[str]
    name_key: Mapped[str]
    city: Mapped[str | None]
    industry: Mapped[str | None]
    employees: Mapped[int | None]
    yearly_revenue_cents: Mapped[int | None]
    region: Mapped[str | None]
    # The stored Lijkt-op-score (kpidesk.services.leads.lookalike), 0-100. NULL: not computed
    # yet; a trigger (migration 0014) empties it when industry, size, region or revenue change.
    lookalike_score: Mapped[int | None]

    contacts: Mapped[list[Contact]] = relationship(back_populates="organisation")


class Contact(Base):
    __table__ = tables.contacts

    id: Mapped[int]
    organisation_id: Mapped[int | None]
    name: Mapped[str]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    job_title: Mapped[str | None]

    organisation: Mapped[Organisation | None] = relationship(back_populates="contacts")


class IcpCriterion(Base):
    """One line of the ideal-customer checklist."""

    __table__ = tables.icp_criteria

    id: Mapped[int]
    position: Mapped[int]
    text_nl: Mapped[str]
    text_en: Mapped[str]
    must_have: Mapped[bool]
    weight: Mapped[int]
    active: Mapped[bool]


class Lead(Base):
    __table__ = tables.leads

    id: Mapped[int]
    organisation_id: Mapped[int]
    contact_id: Mapped[int | None]
    owner_id: Mapped[int | None]
    source: Mapped[str | None]
    created_date: Mapped[date]
    status: Mapped[str]
    qualified_at: Mapped[date | None]
    disqualify_reason: Mapped[str | None]
    # {"<criterion id>": true|false}: the checklist answers; fit_score is their weighted %.
    checklist: Mapped[dict[str, Any]]
    fit_score: Mapped[int | None]
    notes: Mapped[str | None]
    external_id: Mapped[str | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]

    organisation: Mapped[Organisation] = relationship()
    contact: Mapped[Contact | None] = relationship()
    owner: Mapped[TeamMember | None] = relationship()


class ActivityType(Base):
    __table__ = tables.activity_types

    id: Mapped[int]
    name_nl: Mapped[str]
    name_en: Mapped[str]
    points: Mapped[int]
    active: Mapped[bool]
    position: Mapped[int]


class Stage(Base):
    """A pipeline stage (fase)."""

    __table__ = tables.stages

    id: Mapped[int]
    name_nl: Mapped[str]
    name_en: Mapped[str]
    position: Mapped[int]
    kind: Mapped[str]
    probability: Mapped[int]  # percent
    rotting_days: Mapped[int | None]


class Deal(Base):
    __table__ = tables.deals

    id: Mapped[int]
    title: Mapped[str]
    organisation_id: Mapped[int | None]
    owner_id: Mapped[int | None]
    value_cents: Mapped[int]
    stage_id: Mapped[int]
    probability: Mapped[int | None]  # override, percent
    first_contact: Mapped[date | None]
    expected_close: Mapped[date | None]
    closed_date: Mapped[date | None]
    lost_reason: Mapped[str | None]
    product: Mapped[str | None]
    external_id: Mapped[str | None]
    lead_id: Mapped[int | None]
    # Denormalised for the board and rotting: kept up to date by the services.
    stage_entered_at: Mapped[date | None]
    last_activity_date: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    version: Mapped[int]
    # who saved it last (team database: "changed by X" when a save comes too late)
    updated_by_id: Mapped[int | None]

    organisation: Mapped[Organisation | None] = relationship()
    owner: Mapped[TeamMember | None] = relationship(foreign_keys=[tables.deals.c.owner_id])
    stage: Mapped[Stage] = relationship()

    __mapper_args__ = {"version_id_col": tables.deals.c.version}


class DealStageHistory(Base):
    """One row per stage change of a deal; velocity and conversion are computed from it."""

    __table__ = tables.deal_stage_history

    id: Mapped[int]
    deal_id: Mapped[int]
    from_stage_id: Mapped[int | None]
    to_stage_id: Mapped[int]
    moved_at: Mapped[datetime]
    moved_by_id: Mapped[int | None]
    # Derived from the deal and its other rows by the triggers of migration 0007, for the
    # stage-flow roll-ups; never set them from Python.
    owner_key: Mapped[int]
    live: Mapped[bool]
    stay_days: Mapped[int | None]
    prev_entry_at: Mapped[datetime | None]
    passed: Mapped[bool]


class DealCloseChange(Base):
    """One change of a deal's expected close date (migration 0013), written by the deal
    services; a deal whose date moved later twice or more needs attention (hygiene)."""

    __table__ = tables.deal_close_changes

    id: Mapped[int]
    deal_id: Mapped[int]
    old_date: Mapped[date | None]
    new_date: Mapped[date | None]
    changed_at: Mapped[datetime]
    changed_by_id: Mapped[int | None]


class StageEntryMonth(Base):
    """Entries into a stage per UTC month, owner and stage: a roll-up kept exact by triggers.

    Split by ``prev_month``, the month of the deal's previous entry into the same stage
    (1900-01-01 for none): over whole months from *m*, the entries with ``prev_month < m`` are
    the distinct deals that entered the stage.  ``passed`` counts those that moved on to a later
    open stage or to a won stage.  Written only by the triggers of migration 0007.
    """

    __table__ = tables.stage_entry_months

    month: Mapped[date]
    owner_key: Mapped[int]
    stage_id: Mapped[int]
    prev_month: Mapped[date]
    entries: Mapped[int]
    passed: Mapped[int]


class StageExitMonth(Base):
    """Exits from a stage with a known stay per UTC month, owner and stage, and the days summed.

    Written only by the triggers of migration 0007.
    """

    __table__ = tables.stage_exit_months

    month: Mapped[date]
    owner_key: Mapped[int]
    stage_id: Mapped[int]
    exits: Mapped[int]
    days: Mapped[int]


class Customer(Base):
    __table__ = tables.customers

    id: Mapped[int]
    organisation_id: Mapped[int]
    customer_since: Mapped[date]
    churned_at: Mapped[date | None]
    churn_reason: Mapped[str | None]
    owner_id: Mapped[int | None]
    recurring_value_cents: Mapped[int]
    last_contact_date: Mapped[date | None]
    source_deal_id: Mapped[int | None]
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]

    organisation: Mapped[Organisation] = relationship()
    owner: Mapped[TeamMember | None] = relationship()


class Activity(Base):
    """A contact moment (contactmoment), worth its type's current points."""

    __table__ = tables.activities

    id: Mapped[int]
    type_id: Mapped[int]
    rep_id: Mapped[int | None]
    date: Mapped[date]
    time: Mapped[time | None]
    organisation_id: Mapped[int | None]
    lead_id: Mapped[int | None]
    deal_id: Mapped[int | None]
    customer_id: Mapped[int | None]
    note: Mapped[str | None]
    outcome: Mapped[str | None]
    # Done: it happened on ``date``.  Planned (False): it is due on ``date``; it earns no points
    # and is no contact until it is marked done.  Migration 0009.
    done: Mapped[bool]
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class AgreedAction(Base):
    """An action a rep and the manager agreed in a one-on-one (afspraak), carried into the next.

    ``done_on`` is the done mark: empty while the action is open, the day it was done once it
    is.  Migration 0012.
    """

    __table__ = tables.agreed_actions

    id: Mapped[int]
    rep_id: Mapped[int]
    text: Mapped[str]
    agreed_on: Mapped[date]
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]

    rep: Mapped[TeamMember] = relationship()


class ActivityDayTotal(Base):
    """Done activities not in the trash per day, rep and type: a roll-up kept exact by triggers.

    Written only by the triggers on ``activities`` (migration 0006; only done activities since
    0009); never insert or change rows here.  ``rep_key`` is the rep's id, or 0 for activities
    without a rep.
    """

    __table__ = tables.activity_day_totals
    # Derived data: copying the database copies activities, and the triggers fill this table.

    day: Mapped[date]
    rep_key: Mapped[int]
    type_id: Mapped[int]
    activities: Mapped[int]


class Target(Base):
    """A monthly target for a rep, or for the team when ``rep_id`` is empty.

    ``value`` is a count or points, or whole cents for the money KPIs.
    """

    __table__ = tables.targets

    id: Mapped[int]
    rep_id: Mapped[int | None]
    # "team" or "rep:<id>": makes (scope, kpi, month) unique on every database.
    scope_key: Mapped[str]
    kpi: Mapped[str]
    month: Mapped[date]  # first day of the month
    value: Mapped[int]


class ForecastSnapshot(Base):
    """A month's forecast as it was made (migration 0011): kept to set beside the month's
    actual won value once it is over.  ``rep_key`` is the rep's id, or 0 for the team."""

    __table__ = tables.forecast_snapshots

    id: Mapped[int]
    month: Mapped[date]
    rep_key: Mapped[int]
    made_at: Mapped[datetime]
    made_on: Mapped[date]
    automatic: Mapped[bool]
    open_cents: Mapped[int]
    weighted_cents: Mapped[int]
    expected_cents: Mapped[int]
    low_cents: Mapped[int]
    high_cents: Mapped[int]
    won_cents: Mapped[int]  # already won when it was made
    target_cents: Mapped[int | None]


class Setting(Base):
    """Team-wide settings that live with the data (thresholds, reasons); not window state."""

    __table__ = tables.settings

    key: Mapped[str]
    value: Mapped[Any]


class LookalikeState(Base):
    """What the stored lookalike scores (``organisations.lookalike_score``) were computed from
    (migration 0014): one row, the good-customer profile's supported attribute values and
    their fingerprint.  A score that is not NULL is exact for this profile."""

    __table__ = tables.lookalike_state

    id: Mapped[int]
    fingerprint: Mapped[str]
    entries: Mapped[Any]  # [[attributes], weight, [values]], sorted
    refreshed_at: Mapped[datetime]


class ImportRun(Base):
    """One import, with what is needed to undo it exactly."""

    __table__ = tables.import_runs

    id: Mapped[int]
    kind: Mapped[str]
    file_name: Mapped[str]
    created_at: Mapped[datetime]
    summary: Mapped[dict[str, Any]]
    undo_data: Mapped[dict[str, Any]]
    undone_at: Mapped[datetime | None]


__all__ = [
    "KPI_ACTIVITY_POINTS",
    "KPI_NEW_REVENUE",
    "KPI_PIPELINE_VALUE",
    "KPI_QUALIFIED_LEADS",
    "LEAD_DISQUALIFIED",
    "LEAD_NEW",
    "LEAD_QUALIFIED",
    "MONEY_KPIS",
    "NAMING",
    "ROLE_MANAGER",
    "ROLE_REP",
    "STAGE_LOST",
    "STAGE_OPEN",
    "STAGE_WON",
    "TARGET_KPIS",
    "scope_key",
    "utcnow",
]
