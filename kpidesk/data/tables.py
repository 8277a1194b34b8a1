"""The KPIDesk schema as SQLAlchemy Core tables: the one definition of every table.

Money is stored in whole cents (``*_cents``, BigInteger) so sums are exact on SQLite and
PostgreSQL alike.  Days are ``date``; moments are timezone-aware UTC ``datetime``.
Rows that the user deletes get ``deleted_at`` (the trash) rather than disappearing.

The ORM classes of :mod:`kpidesk.data.models` are mapped onto these tables.  The KPI queries
(:mod:`kpidesk.data.kpi_queries`, :mod:`kpidesk.data.definitions`) are written against them,
so that a command such as ``kpis`` runs on SQLAlchemy Core alone: it imports neither
``sqlalchemy.orm`` nor the mapped classes, and its statements compile without the ORM
(issue 22: 0.1 s of a 0.55 s process).  Tables marked ``info={"derived": True}`` are
roll-ups that triggers keep; copying a database leaves them to the triggers.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


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


def scope_key(rep_id: int | None) -> str:
    """A target's scope: "team", or "rep:<id>" (makes (scope, kpi, month) unique everywhere)."""
    return "team" if rep_id is None else f"rep:{rep_id}"


team_members = Table(
    "team_members",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("email", String(200)),
    Column("role", String(20), nullable=False, default=ROLE_REP),
    Column("active", Boolean, nullable=False, default=True),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("db_role", String(63)),
)

organisations = Table(
    "organisations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("name_key", String(200), nullable=False, unique=True),
    Column("city", String(120)),
    Column("industry", String(120)),
    Column("employees", Integer),
    Column("yearly_revenue_cents", BigInteger),
    Column("region", String(120)),
    Column("lookalike_score", Integer, index=True),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "organisation_id", Integer, ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    ),
    Column("name", String(200), nullable=False),
    Column("email", String(200), index=True),
    Column("phone", String(60)),
    Column("job_title", String(120)),
)

icp_criteria = Table(
    "icp_criteria",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Column("text_nl", String(300), nullable=False),
    Column("text_en", String(300), nullable=False),
    Column("must_have", Boolean, nullable=False, default=False),
    Column("weight", Integer, nullable=False, default=1),
    Column("active", Boolean, nullable=False, default=True),
)

leads = Table(
    "leads",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "organisation_id",
        Integer,
        ForeignKey("organisations.id", ondelete="RESTRICT"),
        nullable=False,
        index=True,
    ),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="SET NULL")),
    Column("owner_id", Integer, ForeignKey("team_members.id", ondelete="SET NULL")),
    Column("source", String(120)),
    Column("created_date", Date, nullable=False),
    Column("status", String(20), nullable=False, default=LEAD_NEW),
    Column("qualified_at", Date),
    Column("disqualify_reason", String(300)),
    Column("checklist", JSON, nullable=False, default=dict),
    Column("fit_score", Integer),
    Column("notes", Text),
    Column("external_id", String(120), index=True),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow),
    Column("deleted_at", DateTime(timezone=True)),
    # Qualified leads per month from the index alone (migration 0005).
    Index("ix_leads_kpi_qualified", "status", "qualified_at", "deleted_at", "owner_id"),
    # The leads list counts and sorts the live leads from the index alone (migration 0014).
    Index("ix_leads_live", "deleted_at", "organisation_id", "created_date"),
    Index("ix_leads_owner_created", "owner_id", "created_date"),
    Index("ix_leads_status_qualified_at", "status", "qualified_at"),
)

activity_types = Table(
    "activity_types",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name_nl", String(120), nullable=False),
    Column("name_en", String(120), nullable=False),
    Column("points", Integer, nullable=False, default=1),
    Column("active", Boolean, nullable=False, default=True),
    Column("position", Integer, nullable=False, default=0),
)

stages = Table(
    "stages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name_nl", String(120), nullable=False),
    Column("name_en", String(120), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("kind", String(10), nullable=False, default=STAGE_OPEN),
    Column("probability", Integer, nullable=False, default=0),
    Column("rotting_days", Integer),
)

deals = Table(
    "deals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column(
        "organisation_id", Integer, ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    ),
    Column("owner_id", Integer, ForeignKey("team_members.id", ondelete="SET NULL"), index=True),
    Column("value_cents", BigInteger, nullable=False, default=0),
    Column("stage_id", Integer, ForeignKey("stages.id", ondelete="RESTRICT"), nullable=False),
    Column("probability", Integer),
    Column("first_contact", Date),
    Column("expected_close", Date),
    Column("closed_date", Date),
    Column("lost_reason", String(300)),
    Column("product", String(200)),
    Column("external_id", String(120), index=True),
    Column("lead_id", Integer, ForeignKey("leads.id", ondelete="SET NULL"), index=True),
    Column("stage_entered_at", Date),
    Column("last_activity_date", Date),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow),
    Column("deleted_at", DateTime(timezone=True)),
    Column("version", Integer, nullable=False, default=1),
    Column("updated_by_id", Integer, ForeignKey("team_members.id", ondelete="SET NULL")),
    # The KPI queries on deals read only the columns of these three (migrations 0005, 0008).
    Index(
        "ix_deals_kpi_begun", "first_contact", "created_at", "deleted_at", "owner_id", "stage_id"
    ),
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
    Index("ix_deals_stage_owner", "stage_id", "owner_id"),
)

deal_stage_history = Table(
    "deal_stage_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="CASCADE"), nullable=False),
    Column("from_stage_id", Integer, ForeignKey("stages.id", ondelete="RESTRICT")),
    Column("to_stage_id", Integer, ForeignKey("stages.id", ondelete="RESTRICT"), nullable=False),
    Column("moved_at", DateTime(timezone=True), nullable=False),
    Column("moved_by_id", Integer, ForeignKey("team_members.id", ondelete="SET NULL")),
    Column("owner_key", Integer, nullable=False, server_default=text("0")),
    Column("live", Boolean, nullable=False, server_default=true()),
    Column("stay_days", Integer),
    Column("prev_entry_at", DateTime(timezone=True)),
    Column("passed", Boolean, nullable=False, server_default=false()),
    Index("ix_deal_stage_history_deal_moved", "deal_id", "moved_at"),
    Index("ix_deal_stage_history_moved_at", "moved_at"),
)

deal_close_changes = Table(
    "deal_close_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="CASCADE"), nullable=False),
    Column("old_date", Date),
    Column("new_date", Date),
    Column("changed_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("changed_by_id", Integer, ForeignKey("team_members.id", ondelete="SET NULL")),
    Index("ix_deal_close_changes_deal_changed", "deal_id", "changed_at"),
)

stage_entry_months = Table(
    "stage_entry_months",
    metadata,
    Column("month", Date, primary_key=True),
    Column("owner_key", Integer, primary_key=True),
    Column("stage_id", Integer, primary_key=True),
    Column("prev_month", Date, primary_key=True),
    Column("entries", Integer, nullable=False),
    Column("passed", Integer, nullable=False),
    info={"derived": True},
    sqlite_with_rowid=False,
)

stage_exit_months = Table(
    "stage_exit_months",
    metadata,
    Column("month", Date, primary_key=True),
    Column("owner_key", Integer, primary_key=True),
    Column("stage_id", Integer, primary_key=True),
    Column("exits", Integer, nullable=False),
    Column("days", Integer, nullable=False),
    info={"derived": True},
    sqlite_with_rowid=False,
)

customers = Table(
    "customers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "organisation_id",
        Integer,
        ForeignKey("organisations.id", ondelete="RESTRICT"),
        nullable=False,
        unique=True,
    ),
    Column("customer_since", Date, nullable=False),
    Column("churned_at", Date),
    Column("churn_reason", String(300)),
    Column("owner_id", Integer, ForeignKey("team_members.id", ondelete="SET NULL"), index=True),
    Column("recurring_value_cents", BigInteger, nullable=False, default=0),
    Column("last_contact_date", Date),
    Column("source_deal_id", Integer, ForeignKey("deals.id", ondelete="SET NULL")),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("deleted_at", DateTime(timezone=True)),
)

activities = Table(
    "activities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "type_id", Integer, ForeignKey("activity_types.id", ondelete="RESTRICT"), nullable=False
    ),
    Column("rep_id", Integer, ForeignKey("team_members.id", ondelete="SET NULL")),
    Column("date", Date, nullable=False),
    Column("time", Time),
    Column("organisation_id", Integer, ForeignKey("organisations.id", ondelete="SET NULL")),
    Column("lead_id", Integer, ForeignKey("leads.id", ondelete="SET NULL")),
    Column("deal_id", Integer, ForeignKey("deals.id", ondelete="SET NULL")),
    Column("customer_id", Integer, ForeignKey("customers.id", ondelete="SET NULL")),
    Column("note", Text),
    Column("outcome", String(200)),
    Column("done", Boolean, nullable=False, default=True, server_default=true()),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("deleted_at", DateTime(timezone=True)),
    Index("ix_activities_date_rep", "date", "rep_id"),
    Index("ix_activities_deal", "deal_id"),
    # Covers the KPI queries: a year of activities per day, rep and type from the index.
    Index("ix_activities_kpi", "date", "rep_id", "type_id", "deleted_at"),
    # Migration 0015.
    Index("ix_activities_lead", "lead_id"),
    Index("ix_activities_org_date", "organisation_id", "date"),
    Index("ix_activities_rep_date", "rep_id", "date"),
)

agreed_actions = Table(
    "agreed_actions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("rep_id", Integer, ForeignKey("team_members.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("agreed_on", Date, nullable=False),
    Column("due_on", Date),
    Column("done_on", Date),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("deleted_at", DateTime(timezone=True)),
    Index("ix_agreed_actions_rep_agreed", "rep_id", "agreed_on"),
)

activity_day_totals = Table(
    "activity_day_totals",
    metadata,
    Column("day", Date, primary_key=True),
    Column("rep_key", Integer, primary_key=True),
    Column("type_id", Integer, primary_key=True),
    Column("activities", Integer, nullable=False),
    info={"derived": True},
    sqlite_with_rowid=False,
)

targets = Table(
    "targets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("rep_id", Integer, ForeignKey("team_members.id", ondelete="CASCADE")),
    Column("scope_key", String(30), nullable=False),
    Column("kpi", String(30), nullable=False),
    Column("month", Date, nullable=False),
    Column("value", BigInteger, nullable=False),
    UniqueConstraint("scope_key", "kpi", "month"),
)

forecast_snapshots = Table(
    "forecast_snapshots",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("month", Date, nullable=False),
    Column("rep_key", Integer, nullable=False),
    Column("made_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("made_on", Date, nullable=False),
    Column("automatic", Boolean, nullable=False),
    Column("open_cents", BigInteger, nullable=False),
    Column("weighted_cents", BigInteger, nullable=False),
    Column("expected_cents", BigInteger, nullable=False),
    Column("low_cents", BigInteger, nullable=False),
    Column("high_cents", BigInteger, nullable=False),
    Column("won_cents", BigInteger, nullable=False),
    Column("target_cents", BigInteger),
    Index("ix_forecast_snapshots_month_rep", "month", "rep_key"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("value", JSON, nullable=False),
)

lookalike_state = Table(
    "lookalike_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("entries", JSON, nullable=False),
    Column("refreshed_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

import_runs = Table(
    "import_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("file_name", String(500), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("summary", JSON, nullable=False, default=dict),
    Column("undo_data", JSON, nullable=False, default=dict),
    Column("undone_at", DateTime(timezone=True)),
)
