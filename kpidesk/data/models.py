"""The KPIDesk schema as typed SQLAlchemy 2.x models.

Money is stored in whole cents (``*_cents``, BigInteger) so sums are exact on SQLite and
PostgreSQL alike.  Days are ``date``; moments are timezone-aware UTC ``datetime``.
Rows that the user deletes get ``deleted_at`` (the trash) rather than disappearing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True), dict[str, Any]: JSON}


# Enumerations are plain strings so that migrations and PostgreSQL stay simple.
ROLE_REP = "rep"
ROLE_MANAGER = "manager"
LEAD_NEW = "new"
LEAD_QUALIFIED = "qualified"
LEAD_DISQUALIFIED = "disqualified"
STAGE_OPEN = "open"
STAGE_WON = "won"
STAGE_LOST = "lost"
KPI_QUALIFIED_LEADS = "qualified_leads"
KPI_ACTIVITY_POINTS = "activity_points"
KPI_NEW_REVENUE = "new_revenue"
KPI_PIPELINE_VALUE = "pipeline_value"
TARGET_KPIS = (KPI_QUALIFIED_LEADS, KPI_ACTIVITY_POINTS, KPI_NEW_REVENUE, KPI_PIPELINE_VALUE)
MONEY_KPIS = (KPI_NEW_REVENUE, KPI_PIPELINE_VALUE)


class TeamMember(Base):
    """A rep or the manager."""

    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=ROLE_REP)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    start_date: Mapped[date | None] = mapped_column(Date)  # targets are pro rata from it
    end_date: Mapped[date | None] = mapped_column(Date)  # the last day in the team, if known
    db_role: Mapped[str | None] = mapped_column(String(63))  # PostgreSQL login, team database


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    city: Mapped[str | None] = mapped_column(String(120))
    industry: Mapped[str | None] = mapped_column(String(120))
    employees: Mapped[int | None] = mapped_column(Integer)
    yearly_revenue_cents: Mapped[int | None] = mapped_column(BigInteger)
    region: Mapped[str | None] = mapped_column(String(120))
    # The stored Lijkt-op-score (kpidesk.services.leads.lookalike), 0-100. NULL: not computed
    # yet; a trigger (migration 0014) empties it when industry, size, region or revenue change.
    lookalike_score: Mapped[int | None] = mapped_column(Integer, index=True)

    contacts: Mapped[list[Contact]] = relationship(back_populates="organisation")


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(60))
    job_title: Mapped[str | None] = mapped_column(String(120))

    organisation: Mapped[Organisation | None] = relationship(back_populates="contacts")


class IcpCriterion(Base):
    """One line of the ideal-customer checklist."""

    __tablename__ = "icp_criteria"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text_nl: Mapped[str] = mapped_column(String(300))
    text_en: Mapped[str] = mapped_column(String(300))
    must_have: Mapped[bool] = mapped_column(Boolean, default=False)
    weight: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Lead(Base):
    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_status_qualified_at", "status", "qualified_at"),
        Index("ix_leads_owner_created", "owner_id", "created_date"),
        # Qualified leads per month from the index alone (migration 0005).
        Index("ix_leads_kpi_qualified", "status", "qualified_at", "deleted_at", "owner_id"),
        # The leads list counts and sorts the live leads from the index alone (migration 0014).
        Index("ix_leads_live", "deleted_at", "organisation_id", "created_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    source: Mapped[str | None] = mapped_column(String(120))
    created_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=LEAD_NEW)
    qualified_at: Mapped[date | None] = mapped_column(Date)
    disqualify_reason: Mapped[str | None] = mapped_column(String(300))
    # {"<criterion id>": true|false}: the checklist answers; fit_score is their weighted %.
    checklist: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fit_score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(120), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()

    organisation: Mapped[Organisation] = relationship()
    contact: Mapped[Contact | None] = relationship()
    owner: Mapped[TeamMember | None] = relationship()


class ActivityType(Base):
    __tablename__ = "activity_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_nl: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    points: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Stage(Base):
    """A pipeline stage (fase)."""

    __tablename__ = "stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_nl: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10), default=STAGE_OPEN)
    probability: Mapped[int] = mapped_column(Integer, default=0)  # percent
    rotting_days: Mapped[int | None] = mapped_column(Integer)


class Deal(Base):
    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_stage_owner", "stage_id", "owner_id"),
        # The KPI queries on deals read only these columns (migrations 0005 and 0008).
        Index(
            "ix_deals_kpi_closed",
            "closed_date",
            "stage_id",
            "owner_id",
            "first_contact",
            "created_at",
            "value_cents",
            "probability",
            "deleted_at",
        ),
        Index(
            "ix_deals_kpi_upsell",
            "closed_date",
            "stage_id",
            "organisation_id",
            "owner_id",
            "deleted_at",
        ),
        Index(
            "ix_deals_kpi_begun",
            "first_contact",
            "created_at",
            "deleted_at",
            "owner_id",
            "stage_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    value_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    probability: Mapped[int | None] = mapped_column(Integer)  # override, percent
    first_contact: Mapped[date | None] = mapped_column(Date)
    expected_close: Mapped[date | None] = mapped_column(Date)
    closed_date: Mapped[date | None] = mapped_column(Date)
    lost_reason: Mapped[str | None] = mapped_column(String(300))
    product: Mapped[str | None] = mapped_column(String(200))
    external_id: Mapped[str | None] = mapped_column(String(120), index=True)
    lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("leads.id", ondelete="SET NULL"), index=True
    )
    # Denormalised for the board and rotting: kept up to date by the services.
    stage_entered_at: Mapped[date | None] = mapped_column(Date)
    last_activity_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)
    # who saved it last (team database: "changed by X" when a save comes too late)
    updated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )

    organisation: Mapped[Organisation | None] = relationship()
    owner: Mapped[TeamMember | None] = relationship(foreign_keys=[owner_id])
    stage: Mapped[Stage] = relationship()

    __mapper_args__ = {"version_id_col": version}


class DealStageHistory(Base):
    """One row per stage change of a deal; velocity and conversion are computed from it."""

    __tablename__ = "deal_stage_history"
    __table_args__ = (
        Index("ix_deal_stage_history_deal_moved", "deal_id", "moved_at"),
        Index("ix_deal_stage_history_moved_at", "moved_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    moved_at: Mapped[datetime] = mapped_column()
    moved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )
    # Derived from the deal and its other rows by the triggers of migration 0007, for the
    # stage-flow roll-ups; never set them from Python.
    owner_key: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    live: Mapped[bool] = mapped_column(server_default=true())
    stay_days: Mapped[int | None] = mapped_column(Integer)
    prev_entry_at: Mapped[datetime | None] = mapped_column()
    passed: Mapped[bool] = mapped_column(server_default=false())


class DealCloseChange(Base):
    """One change of a deal's expected close date (migration 0013), written by the deal
    services; a deal whose date moved later twice or more needs attention (hygiene)."""

    __tablename__ = "deal_close_changes"
    __table_args__ = (Index("ix_deal_close_changes_deal_changed", "deal_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    old_date: Mapped[date | None] = mapped_column(Date)
    new_date: Mapped[date | None] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL")
    )


class StageEntryMonth(Base):
    """Entries into a stage per UTC month, owner and stage: a roll-up kept exact by triggers.

    Split by ``prev_month``, the month of the deal's previous entry into the same stage
    (1900-01-01 for none): over whole months from *m*, the entries with ``prev_month < m`` are
    the distinct deals that entered the stage.  ``passed`` counts those that moved on to a later
    open stage or to a won stage.  Written only by the triggers of migration 0007.
    """

    __tablename__ = "stage_entry_months"
    __table_args__ = {"info": {"derived": True}, "sqlite_with_rowid": False}

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    owner_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prev_month: Mapped[date] = mapped_column(Date, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    passed: Mapped[int] = mapped_column(Integer)


class StageExitMonth(Base):
    """Exits from a stage with a known stay per UTC month, owner and stage, and the days summed.

    Written only by the triggers of migration 0007.
    """

    __tablename__ = "stage_exit_months"
    __table_args__ = {"info": {"derived": True}, "sqlite_with_rowid": False}

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    owner_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exits: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), unique=True
    )
    customer_since: Mapped[date] = mapped_column(Date)
    churned_at: Mapped[date | None] = mapped_column(Date)
    churn_reason: Mapped[str | None] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), index=True
    )
    recurring_value_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    last_contact_date: Mapped[date | None] = mapped_column(Date)
    source_deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()

    organisation: Mapped[Organisation] = relationship()
    owner: Mapped[TeamMember | None] = relationship()


class Activity(Base):
    """A contact moment (contactmoment), worth its type's current points."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_date_rep", "date", "rep_id"),
        Index("ix_activities_rep_date", "rep_id", "date"),
        Index("ix_activities_deal", "deal_id"),
        Index("ix_activities_lead", "lead_id"),  # migration 0015
        Index("ix_activities_org_date", "organisation_id", "date"),
        # Covers the KPI queries: a year of activities per day, rep and type from the index.
        Index("ix_activities_kpi", "date", "rep_id", "type_id", "deleted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id", ondelete="RESTRICT"))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    date: Mapped[date] = mapped_column(Date)
    time: Mapped[time | None] = mapped_column(Time)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="SET NULL"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(200))
    # Done: it happened on ``date``.  Planned (False): it is due on ``date``; it earns no points
    # and is no contact until it is marked done.  Migration 0009.
    done: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()


class AgreedAction(Base):
    """An action a rep and the manager agreed in a one-on-one (afspraak), carried into the next.

    ``done_on`` is the done mark: empty while the action is open, the day it was done once it
    is.  Migration 0012.
    """

    __tablename__ = "agreed_actions"
    __table_args__ = (Index("ix_agreed_actions_rep_agreed", "rep_id", "agreed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("team_members.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    agreed_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()

    rep: Mapped[TeamMember] = relationship()


class ActivityDayTotal(Base):
    """Done activities not in the trash per day, rep and type: a roll-up kept exact by triggers.

    Written only by the triggers on ``activities`` (migration 0006; only done activities since
    0009); never insert or change rows here.  ``rep_key`` is the rep's id, or 0 for activities
    without a rep.
    """

    __tablename__ = "activity_day_totals"
    # Derived data: copying the database copies activities, and the triggers fill this table.
    __table_args__ = {"info": {"derived": True}, "sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rep_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    type_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activities: Mapped[int] = mapped_column(Integer)


class Target(Base):
    """A monthly target for a rep, or for the team when ``rep_id`` is empty.

    ``value`` is a count or points, or whole cents for the money KPIs.
    """

    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("scope_key", "kpi", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="CASCADE"))
    # "team" or "rep:<id>": makes (scope, kpi, month) unique on every database.
    scope_key: Mapped[str] = mapped_column(String(30))
    kpi: Mapped[str] = mapped_column(String(30))
    month: Mapped[date] = mapped_column(Date)  # first day of the month
    value: Mapped[int] = mapped_column(BigInteger)


class ForecastSnapshot(Base):
    """A month's forecast as it was made (migration 0011): kept to set beside the month's
    actual won value once it is over.  ``rep_key`` is the rep's id, or 0 for the team."""

    __tablename__ = "forecast_snapshots"
    __table_args__ = (Index("ix_forecast_snapshots_month_rep", "month", "rep_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date)
    rep_key: Mapped[int] = mapped_column(Integer)
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    made_on: Mapped[date] = mapped_column(Date)
    automatic: Mapped[bool] = mapped_column(Boolean)
    open_cents: Mapped[int] = mapped_column(BigInteger)
    weighted_cents: Mapped[int] = mapped_column(BigInteger)
    expected_cents: Mapped[int] = mapped_column(BigInteger)
    low_cents: Mapped[int] = mapped_column(BigInteger)
    high_cents: Mapped[int] = mapped_column(BigInteger)
    won_cents: Mapped[int] = mapped_column(BigInteger)  # already won when it was made
    target_cents: Mapped[int | None] = mapped_column(BigInteger)


class Setting(Base):
    """Team-wide settings that live with the data (thresholds, reasons); not window state."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class LookalikeState(Base):
    """What the stored lookalike scores (``organisations.lookalike_score``) were computed from
    (migration 0014): one row, the good-customer profile's supported attribute values and
    their fingerprint.  A score that is not NULL is exact for this profile."""

    __tablename__ = "lookalike_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    entries: Mapped[Any] = mapped_column(JSON)  # [[attributes], weight, [values]], sorted
    refreshed_at: Mapped[datetime] = mapped_column(default=utcnow)


class ImportRun(Base):
    """One import, with what is needed to undo it exactly."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undo_data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column()


def scope_key(rep_id: int | None) -> str:
    return "team" if rep_id is None else f"rep:{rep_id}"
