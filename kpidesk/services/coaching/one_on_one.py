"""The one-on-one pack: one rep's figures for the conversation, in the method's order.

1. Action KPIs first: points against the goal and the pace, the mix of activity types, the
   planned next steps.
2. Result KPIs.
3. The bottleneck with its cause, or "no clear bottleneck" (:mod:`.analysis`).
4. The rep's sleeping deals and customers at risk.
5. The actions agreed last time (open and recently done), and room for this time's.

Insight never ranks people: the pack names only this rep, beside "the rest of the team" or
the whole team's mix, never beside a colleague.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpidesk.core.formatting import format_date, format_int, format_month
from kpidesk.core.i18n import pick, tr
from kpidesk.core.periods import Period, PeriodKind
from kpidesk.core.points import expected_by
from kpidesk.data import kpi_queries as q
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities as activity_rules
from kpidesk.data.definitions import customers as customer_rules
from kpidesk.data.models import (
    STAGE_OPEN,
    Activity,
    ActivityType,
    Customer,
    Deal,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.data.moments import as_date
from kpidesk.excel.one_on_one import (
    Column,
    OneOnOnePack,
    PackBlock,
    PackSection,
    PackTable,
    write_one_on_one,
)
from kpidesk.excel.writers import EURO_WHOLE, INTEGER, PERCENT, WriteError, atomic_file
from kpidesk.services.activities.goals import goal_board
from kpidesk.services.activities.records import STATE_PLANNED, ActivityFilter, list_activities
from kpidesk.services.coaching.actions import ActionRow, pack_actions
from kpidesk.services.coaching.analysis import coaching_report, default_window
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.kpis.figures import KpiReport, compute_kpis

LIST_LIMIT = 15  # rows of a list in the pack; the rest is "and N more in KPIDesk"
SIGNED = "+#,##0;-#,##0;0"


@dataclass(frozen=True)
class OneOnOneResult:
    path: Path
    pages: int  # as planned for A4 landscape


def period_text(period: Period, lang: str | None = None) -> str:
    """The pack's period as a person says it: "dec 2026", "Q4 2026", "2026" or a range."""
    if period.kind is PeriodKind.MONTH:
        return format_month(period.start, lang)
    if period.kind is PeriodKind.QUARTER:
        return tr("Q{quarter} {year}").format(
            quarter=(period.start.month - 1) // 3 + 1, year=period.start.year
        )
    if period.kind is PeriodKind.YEAR:
        return str(period.start.year)
    return f"{format_date(period.start, lang)} – {format_date(period.end, lang)}"


def file_name(rep_name: str, period: Period, lang: str | None = None) -> str:
    """The pack's default file name: "1-op-1 Bram dec 2026.xlsx" (the first name)."""
    first = rep_name.split()[0] if rep_name.split() else rep_name
    name = tr("1-on-1 {name} {period}.xlsx").format(
        name=first, period=period_text(period, lang).replace("–", "-")
    )
    return "".join("-" if c in '/\\:*?"<>|' else c for c in name)


def rep_name(db: Database, rep_id: int) -> str:
    with db.read() as session:
        member = session.get(TeamMember, rep_id)
        if member is None:
            raise NotFound(tr("This team member no longer exists."))
        return member.name


def export_one_on_one(
    db: Database,
    path: Path | str,
    rep_id: int,
    period: Period,
    lang: str = "en",
    today: date | None = None,
) -> OneOnOneResult:
    """Write the one-on-one pack of *rep_id* for *period* to *path* (an .xlsx file)."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise Refused(tr("Save the one-on-one pack as an Excel file ending in .xlsx."))
    pack = build_one_on_one(db, rep_id, period, lang, today)
    try:
        with atomic_file(target) as temp:
            pages = write_one_on_one(temp, pack)
    except WriteError as exc:
        raise Refused(str(exc)) from exc
    return OneOnOneResult(target, pages)


def build_one_on_one(
    db: Database, rep_id: int, period: Period, lang: str = "en", today: date | None = None
) -> OneOnOnePack:
    """Everything the pack shows, laid out as sections of tables and sentences."""
    day = today or date.today()
    name = rep_name(db, rep_id)
    mine = compute_kpis(db, period, rep_id, day, series=False)
    before = compute_kpis(db, period.previous(), rep_id, day, series=False)
    team = compute_kpis(db, period, None, day, series=False)
    label = period_text(period, lang)
    with db.read() as session:
        sleeping = _sleeping_deals(session, rep_id, day)
        at_risk = _customers_at_risk(session, rep_id, day)
        types = session.execute(
            select(ActivityType.id, ActivityType.name_nl, ActivityType.name_en, ActivityType.points)
            .where(ActivityType.active.is_(True))
            .order_by(ActivityType.position, ActivityType.id)
        ).all()
    sections = [
        PackSection(
            tr("1. Action KPIs: the contact moments"),
            [
                PackBlock(
                    note=tr(
                        "For the conversation, not for judging: nothing here compares {name} "
                        "with a colleague."
                    ).format(name=name)
                ),
                _points_block(db, mine, rep_id, period, label, day),
                _mix_block(mine, team, types, label),
                _planned_block(db, rep_id, day),
            ],
        ),
        PackSection(tr("2. Result KPIs"), [_results_block(mine, before, period, label)]),
        PackSection(tr("3. The bottleneck"), _bottleneck_blocks(db, rep_id, name, period, day)),
        PackSection(tr("4. Sleeping deals and customers at risk"), [sleeping, at_risk]),
        PackSection(tr("5. Agreed actions"), _action_blocks(pack_actions(db, rep_id, day), day)),
    ]
    return OneOnOnePack(
        title=tr("One-on-one: {name}").format(name=name),
        subtitle=tr("{period} · made on {day}").format(period=label, day=format_date(day, lang)),
        footer=tr("One-on-one {name} · {period}").format(name=name, period=label),
        lang=lang,
        sections=sections,
        sheet_title=tr("One-on-one"),
    )


def _eur(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(int(cents)).scaleb(-2)


def _ratio(value: float | None, target: float | None) -> float | None:
    return None if value is None or not target else float(value) / float(target)


# 1. Action KPIs ------------------------------------------------------------------------------
def _points_block(
    db: Database, mine: KpiReport, rep_id: int, period: Period, label: str, today: date
) -> PackBlock:
    """Points against the goal, and against the pace (where a steady pace would be today)."""
    rows: list[Sequence[Any]] = []
    marks: list[str | None] = []

    def add(what: str, points: int, goal: int | None, expected: int | None) -> None:
        behind = None if expected is None else points - expected
        rows.append((what, points, goal, _ratio(points, goal), expected, behind))
        marks.append("bad" if behind is not None and behind < 0 else None)

    goal = mine.action.target_points
    running = period.start <= today <= period.end
    finished = period.end < today
    expected = (
        expected_by(period.start, period.end, today, goal)
        if goal and running
        else goal
        if goal and finished
        else None
    )
    add(label, mine.action.activity_points, goal, expected)
    if running:
        board = goal_board(db, today)
        rep = next((r for r in board.reps if r.rep_id == rep_id), None)
        if rep is not None and rep.week.period != period:
            week = rep.week
            add(
                tr("This week ({start} – {end})").format(
                    start=format_date(week.period.start), end=format_date(week.period.end)
                ),
                week.points,
                week.goal,
                week.expected,
            )
    note = tr(
        "Points are the done contact moments, each worth its type's points. The pace is what a "
        "steady pace over the working days would have by today (by the end, for a finished "
        "period); red: behind it."
    )
    if goal is None:
        note += " " + tr("No points goal is set for this period (Settings › Targets).")
    return PackBlock(
        heading=tr("Activity points against the goal and the pace"),
        note=note,
        table=PackTable(
            [
                Column(tr("Period"), 5),
                Column(tr("Points"), 2, INTEGER, True),
                Column(tr("Goal"), 2, INTEGER, True),
                Column(tr("% of goal"), 2, PERCENT, True),
                Column(tr("Pace"), 2, INTEGER, True),
                Column(tr("Ahead or behind"), 3, SIGNED, True),
            ],
            rows,
            marks,
        ),
    )


def _mix_block(mine: KpiReport, team: KpiReport, types: Sequence[Any], label: str) -> PackBlock:
    counts = {t.type.id: (t.count, t.points) for t in mine.action.by_type}
    team_points = {t.type.id: t.points for t in team.action.by_type}
    total = mine.action.activity_points
    team_total = team.action.activity_points
    rows: list[Sequence[Any]] = []
    for type_id, name_nl, name_en, points in types:
        count, earned = counts.get(type_id, (0, 0))
        rows.append(
            (
                pick(name_nl, name_en),
                int(points),
                count,
                earned,
                _ratio(earned, total),
                _ratio(team_points.get(type_id, 0), team_total),
            )
        )
    rows.append((tr("Total"), None, mine.action.activities, total, 1.0 if total else None, None))
    return PackBlock(
        heading=tr("The mix of activity types in {period}").format(period=label),
        note=tr("The last column is the whole team's mix, for comparison: no colleague is named."),
        table=PackTable(
            [
                Column(tr("Activity type"), 5),
                Column(tr("Points each"), 2, INTEGER, True),
                Column(tr("Count"), 2, INTEGER, True),
                Column(tr("Points"), 2, INTEGER, True),
                Column(tr("Share of points"), 2, PERCENT, True),
                Column(tr("The team's share"), 3, PERCENT, True),
            ],
            rows,
            [None] * (len(rows) - 1) + ["bold"],
        ),
    )


def _planned_block(db: Database, rep_id: int, today: date) -> PackBlock:
    page = list_activities(
        db,
        ActivityFilter(rep_id=rep_id, state=STATE_PLANNED),
        sort="date",
        descending=False,
        limit=LIST_LIMIT,
    )
    rows = [
        (
            r.date,
            r.type_name,
            r.organisation,
            " · ".join(x for x in (r.deal, r.note) if x) or None,
        )
        for r in page.rows
    ]
    marks: list[str | None] = ["bad" if r.date < today else None for r in page.rows]
    more = page.total - len(page.rows)
    return PackBlock(
        heading=tr("Planned next steps"),
        note=tr("Red: its day has passed and it is not marked done."),
        table=PackTable(
            [
                Column(tr("Planned for"), 3),
                Column(tr("Type"), 3),
                Column(tr("Organisation"), 4),
                Column(tr("Deal and note"), 6),
            ],
            rows,
            marks,
            empty_text=tr("No planned next steps: agree on the next step of each open deal."),
            more_text=tr("And {count} more planned steps in KPIDesk.").format(
                count=format_int(more)
            )
            if more > 0
            else "",
        ),
    )


# 2. Result KPIs ------------------------------------------------------------------------------
def _results_block(mine: KpiReport, before: KpiReport, period: Period, label: str) -> PackBlock:
    r, p = mine.result, before.result
    rows: list[Sequence[Any]] = [
        (tr("Qualified leads"), r.qualified_leads, r.target_qualified_leads, p.qualified_leads),
        (tr("Won deals"), r.won_deals, None, p.won_deals),
        (
            tr("New revenue (won deals)"),
            _eur(r.won_value_cents),
            _eur(r.target_won_value_cents),
            _eur(p.won_value_cents),
        ),
        (tr("New customers"), r.new_customers, None, p.new_customers),
        (tr("Upsells"), r.upsells, None, p.upsells),
        (
            tr("Deal value in the pipeline (at the end)"),
            _eur(mine.pipeline.open_value_cents),
            _eur(mine.pipeline.target_cents),
            _eur(before.pipeline.open_value_cents),
        ),
    ]
    table_rows = [(w, v, t, _ratio(v, t), b) for w, v, t, b in rows]
    money = (2, 5)  # the rows in euros; the others are counts
    columns = [
        Column(tr("KPI"), 6),
        Column(label, 2, INTEGER, True, per_row=True),
        Column(tr("Target"), 3, INTEGER, True, per_row=True),
        Column(tr("% of target"), 2, PERCENT, True),
        Column(tr("Previous ({period})").format(period=period_text(period.previous())), 3,
               INTEGER, True, per_row=True),
    ]  # fmt: skip
    return PackBlock(
        note=tr("Outcomes the rep influences, in {period}, beside the previous period.").format(
            period=label
        ),
        table=PackTable(
            columns,
            table_rows,
            row_formats=[EURO_WHOLE if i in money else None for i in range(len(rows))],
        ),
    )


# 3. The bottleneck ---------------------------------------------------------------------------
def coaching_window(period: Period, today: date) -> Period:
    """The period itself when it is a finished quarter or year (its deals have had time to
    move on), else the last full quarter, as in the Coaching tab."""
    if period.kind in (PeriodKind.QUARTER, PeriodKind.YEAR) and period.end < today:
        return period
    return default_window(today)


def _bottleneck_blocks(
    db: Database, rep_id: int, name: str, period: Period, today: date
) -> list[PackBlock]:
    window = coaching_window(period, today)
    report = coaching_report(db, window, rep_id, today=today)
    found = next((r for r in report.reps if r.rep_id == rep_id), None)
    window_note = tr(
        "Over the deals that entered a step from {start} to {end} and have had time to move "
        "on. A bottleneck is named only when the difference from the rest of the team is beyond "
        "chance."
    ).format(start=format_date(window.start), end=format_date(window.end))
    if found is None:
        return [
            PackBlock(
                note=window_note,
                lines=[tr("{name} is not an active rep: no coaching figures.").format(name=name)],
            )
        ]
    lines = [found.sentence]
    if found.causes:
        lines += [tr("What stands out:")] + [f"• {c.sentence}" for c in found.causes]
    elif getattr(found, "bottleneck", None) is not None:
        lines.append(
            tr(
                "Nothing in these deals stands out beyond chance (type of customer, process, "
                "lost reasons, deal size): talk them through together."
            )
        )
    blocks = [PackBlock(note=window_note, lines=lines)]
    steps = getattr(found, "steps", ())
    if steps:
        blocks.append(
            PackBlock(
                heading=tr("Conversion per step"),
                note=tr(
                    "Moved on, of the deals that moved on or stopped; below {count} deals a "
                    "step says too few to say."
                ).format(count=format_int(report.min_deals)),
                table=PackTable(
                    [
                        Column(tr("Step"), 6),
                        Column(name, 5, right=True),
                        Column(tr("The rest of the team"), 5, right=True),
                    ],
                    [(v.step.name, _step_text(v), v.rest.counts_text()) for v in steps],
                    ["bad" if v.bottleneck else None for v in steps],
                ),
            )
        )
    return blocks


def _step_text(verdict: Any) -> str:
    if not verdict.enough:
        return tr("too few ({count})").format(count=format_int(verdict.rep.mature))
    return str(verdict.rep.counts_text())


# 4. Sleeping deals and customers at risk -----------------------------------------------------
def _sleeping_deals(session: Session, rep_id: int, today: date) -> PackBlock:
    rotting = {
        int(i): int(d or 0)
        for i, d in session.execute(
            select(Stage.id, Stage.rotting_days).where(
                Stage.kind == STAGE_OPEN, Stage.rotting_days.is_not(None)
            )
        )
    }
    stale = q.stale_deals_query(today, rep_id, rotting)
    ids = list(session.scalars(stale)) if stale is not None else []
    next_step = (
        select(func.min(Activity.date))
        .where(Activity.deal_id == Deal.id, activity_rules.planned())
        .correlate(Deal)
        .scalar_subquery()
    )
    query = (
        select(
            Deal.title,
            Organisation.name,
            Stage.name_nl,
            Stage.name_en,
            Deal.value_cents,
            Deal.last_activity_date,
            next_step,
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .where(Deal.id.in_(ids))
        .order_by(Deal.value_cents.desc(), Deal.title, Deal.id)
    )
    found = session.execute(query).all()
    rows = [
        (r[0], r[1], pick(r[2], r[3]), _eur(r[4]), r[5], r[6] or tr("none planned"))
        for r in found[:LIST_LIMIT]
    ]
    more = len(found) - len(rows)
    return PackBlock(
        heading=tr("Sleeping deals ({count})").format(count=format_int(len(found))),
        note=tr(
            "Open deals without a contact moment or stage change for longer than their stage "
            "allows, largest first."
        ),
        table=PackTable(
            [
                Column(tr("Deal"), 4),
                Column(tr("Organisation"), 3),
                Column(tr("Stage"), 2),
                Column(tr("Value"), 2, EURO_WHOLE, True),
                Column(tr("Last contact"), 2),
                Column(tr("Next step"), 3),
            ],
            rows,
            empty_text=tr("No sleeping deals."),
            more_text=tr("And {count} more sleeping deals in KPIDesk.").format(
                count=format_int(more)
            )
            if more > 0
            else "",
        ),
    )


def _customers_at_risk(session: Session, rep_id: int, today: date) -> PackBlock:
    days = customer_rules.at_risk_days(session)
    ids = customer_rules.at_risk_query(today, days, rep_id).subquery()
    last = customer_rules.last_contact_column(today)
    query = (
        select(Organisation.name, Customer.recurring_value_cents, last)
        .join(Organisation, Customer.organisation_id == Organisation.id)
        .where(Customer.id.in_(select(ids.c.id)))
        .order_by(Customer.recurring_value_cents.desc(), Organisation.name)
    )
    found = session.execute(query).all()
    rows = []
    for r in found[:LIST_LIMIT]:
        last_day = as_date(r[2]) if r[2] is not None else None
        rows.append((r[0], _eur(r[1]), last_day, (today - last_day).days if last_day else None))
    more = len(found) - len(rows)
    return PackBlock(
        heading=tr("Customers at risk ({count})").format(count=format_int(len(found))),
        note=tr(
            "Active customers without a contact moment in the last {days} days, largest first."
        ).format(days=format_int(days)),
        table=PackTable(
            [
                Column(tr("Customer"), 7),
                Column(tr("Yearly value"), 3, EURO_WHOLE, True),
                Column(tr("Last contact"), 3),
                Column(tr("Days without contact"), 3, INTEGER, True),
            ],
            rows,
            empty_text=tr("No customers at risk."),
            more_text=tr("And {count} more customers at risk in KPIDesk.").format(
                count=format_int(more)
            )
            if more > 0
            else "",
        ),
    )


# 5. Agreed actions ---------------------------------------------------------------------------
def action_status(action: ActionRow, today: date) -> str:
    if action.done:
        return tr("Done")
    return tr("Overdue") if action.overdue(today) else tr("Open")


def _action_blocks(actions: Sequence[ActionRow], today: date) -> list[PackBlock]:
    rows = [(a.agreed_on, a.text, a.due_on, a.done_on, action_status(a, today)) for a in actions]
    marks: list[str | None] = [
        "muted" if a.done else "bad" if a.overdue(today) else None for a in actions
    ]
    return [
        PackBlock(
            heading=tr("Agreed last time"),
            note=tr("The open actions, and those done in the last two months."),
            table=PackTable(
                [
                    Column(tr("Agreed on"), 2),
                    Column(tr("Action"), 8),
                    Column(tr("Due"), 2),
                    Column(tr("Done on"), 2),
                    Column(tr("Status"), 2),
                ],
                rows,
                marks,
                empty_text=tr("No actions agreed yet."),
            ),
        ),
        PackBlock(
            heading=tr("This time"),
            note=tr("Write down what you agree; enter it afterwards in the Coaching tab."),
            writing=[Column(tr("Action"), 10), Column(tr("Due"), 3), Column(tr("Done"), 3)],
        ),
    ]
