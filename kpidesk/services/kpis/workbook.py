"""The KPI meeting workbook: figures from the KPI engine plus detail lists, written atomically."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpidesk.core import hygiene as hygiene_words
from kpidesk.core.formatting import format_date, format_day_range, format_month
from kpidesk.core.i18n import tr
from kpidesk.core.pace import Comparison, compare_with_previous
from kpidesk.core.periods import Period, last_months
from kpidesk.data import kpi_queries as q
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities, customers, deals
from kpidesk.data.models import (
    KPI_ACTIVITY_POINTS,
    KPI_NEW_REVENUE,
    KPI_PIPELINE_VALUE,
    KPI_QUALIFIED_LEADS,
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
from kpidesk.excel.hygiene_sheet import HygieneSheet, HygieneTable
from kpidesk.excel.kpi_workbook import (
    ACTION,
    INSIGHT,
    RESULT,
    ForecastSheet,
    KpiGroup,
    KpiLine,
    KpiWorkbook,
    Table,
    write_kpi_workbook,
)
from kpidesk.excel.writers import (
    DAYS,
    EURO_WHOLE,
    INTEGER,
    PERCENT,
    WriteError,
    atomic_file,
)
from kpidesk.services.coaching.analysis import coaching_report, default_window, explain_method
from kpidesk.services.deals.hygiene import deal_hygiene, hygiene_by_rep
from kpidesk.services.errors import Refused
from kpidesk.services.forecast.forecast import compute_forecast
from kpidesk.services.kpis.figures import KpiReport, RepFigures, compute_kpis
from kpidesk.services.kpis.targets import rep_targets, target_by_month


def export_kpi_sheet(
    db: Database,
    path: Path | str,
    period: Period,
    rep_id: int | None = None,
    lang: str = "en",
    today: date | None = None,
) -> Path:
    """Write the KPI meeting workbook for *period* (the team, or one rep) to *path*."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise Refused(tr("Save the KPI sheet as an Excel file ending in .xlsx."))
    data = build_kpi_workbook(db, period, rep_id, lang, today)
    try:
        with atomic_file(target) as temp:
            write_kpi_workbook(temp, data)
    except WriteError as exc:
        raise Refused(str(exc)) from exc
    return target


def build_kpi_workbook(
    db: Database, period: Period, rep_id: int | None, lang: str, today: date | None = None
) -> KpiWorkbook:
    """Everything the workbook shows, as plain values (money in euros, ratios 0..1)."""
    day = today or date.today()
    # The engine's series include weekly points per type, which the workbook does not show;
    # the two monthly series it charts are read directly (much cheaper on a big team).
    # The previous period runs in a second thread: SQLite releases the GIL while it works,
    # so both reports are computed side by side on two cores.  A running period is compared
    # with the same stretch of working days of the previous one, as on the dashboard.
    comparison = compare_with_previous(period, day)
    with ThreadPoolExecutor(max_workers=1) as pool:
        later = pool.submit(compute_kpis, db, comparison.previous, rep_id, day, series=False)
        report = compute_kpis(db, period, rep_id, day, series=False)
        previous = later.result()
    with db.read() as session:
        rep_targets, rep_paces = _rep_targets(
            session, period, day, [r.rep_id for r in report.by_rep]
        )
        scope = report.rep_name or tr("Whole team")
        groups = _groups(report, previous, rep_targets, rep_paces, scope)
        workbook = KpiWorkbook(
            title=tr("KPI meeting sheet"),
            scope=scope,
            period_label=_period_text(period, lang),
            previous_label=_compared_text(comparison, lang),
            made_on=day,
            lang=lang,
            groups=groups,
            points_per_rep=_points_table(report, rep_targets),
            monthly=_monthly_table(session, period, rep_id),
            pipeline=Table(
                [tr("Stage"), tr("Value"), tr("Weighted value")],
                [None, EURO_WHOLE, EURO_WHOLE],
                [
                    (_name(s.stage, lang), _eur(s.value_cents), _eur(s.weighted_cents))
                    for s in report.pipeline.by_stage
                ],
            ),
            days_in_stage=Table(
                [tr("Stage"), tr("Average days")],
                [None, DAYS],
                [(_name(s.stage, lang), s.avg_days) for s in report.velocity.avg_days_in_stage],
            ),
            activities=_activities_table(session, period, rep_id, lang, rep_targets),
            open_deals=_open_deals_table(session, rep_id, lang, day),
            closed_deals=_closed_deals_table(session, period, rep_id, lang),
            at_risk=_at_risk_table(session, period, rep_id, report.relationship.at_risk_days),
            bottlenecks=_coaching_table(db, period, rep_id, day),
            notes=_notes(report, period, day, lang),
            forecast=_forecast_sheet(db, rep_id, day),
            hygiene=_hygiene_sheet(db, rep_id, day, lang),
        )
    return workbook


def _period_text(period: Period, lang: str) -> str:
    if period.kind.value == "month":
        return format_month(period.start, lang)
    return f"{format_date(period.start, lang)} – {format_date(period.end, lang)}"


def _compared_text(comparison: Comparison, lang: str) -> str:
    """The previous period's name, or its stretch of the same working days while one runs."""
    if not comparison.running:
        return _period_text(comparison.period.previous(), lang)
    days = format_day_range(
        comparison.previous.start, comparison.previous.end, lang, with_year=True
    )
    return tr("{days}, the same working days").format(days=days)


def _eur(cents: int | None) -> Decimal | None:
    """Whole cents as exact euros (scaleb is exact and much cheaper than quantize)."""
    return None if cents is None else Decimal(int(cents)).scaleb(-2)


def _name(named: Any, lang: str) -> str:
    return str(
        (named.name_nl or named.name_en) if lang == "nl" else (named.name_en or named.name_nl)
    )


# Summary ---------------------------------------------------------------------------------------
Targets = dict[int, dict[str, int | None]]


def _rep_targets(
    session: Session, period: Period, today: date, reps: Sequence[int]
) -> tuple[Targets, Targets]:
    """Per rep: the period targets of the KPIs and their pace (pipeline: the last month's).

    Pro rata for the months a rep starts or leaves in; a target over several months is the sum
    of its months.
    """
    targets: Targets = {rep: {} for rep in reps}
    paces: Targets = {rep: {} for rep in reps}
    for kpi in (KPI_ACTIVITY_POINTS, KPI_QUALIFIED_LEADS, KPI_NEW_REVENUE, KPI_PIPELINE_VALUE):
        found = rep_targets(session, kpi, period, today, reps, level=kpi == KPI_PIPELINE_VALUE)
        for rep, (target, pace) in found.items():
            targets[rep][kpi] = target
            paces[rep][kpi] = pace
    return targets, paces


def _groups(
    report: KpiReport,
    previous: KpiReport,
    targets: Targets,
    paces: Targets,
    scope: str,
) -> list[KpiGroup]:
    prev_rep = {r.rep_id: r for r in previous.by_rep}
    per_rep = report.rep_id is None  # a one-rep sheet shows that rep as the scope line
    reps: list[RepFigures] = list(report.by_rep) if per_rep else []

    def lines(
        label: str,
        unit: str,
        team: tuple[Any, Any, Any],
        rep_value: Any = None,
        kpi: str | None = None,
        team_pace: Any = None,
    ) -> list[KpiLine]:
        out = [KpiLine(label, scope, *team, unit=unit, is_team=True, pace=team_pace)]
        if rep_value is None:
            return out
        for rep in reps:
            before = prev_rep.get(rep.rep_id)
            out.append(
                KpiLine(
                    label,
                    rep.name,
                    rep_value(rep),
                    _money_target(targets.get(rep.rep_id, {}).get(kpi), kpi) if kpi else None,
                    rep_value(before) if before is not None else None,
                    unit=unit,
                    pace=_money_target(paces.get(rep.rep_id, {}).get(kpi), kpi) if kpi else None,
                )
            )
        return out

    pipe_target = report.pipeline.target_cents
    action = lines(
        tr("Contact moments (activity points)"),
        "int",
        (
            report.action.activity_points,
            report.action.target_points,
            previous.action.activity_points,
        ),
        lambda r: r.activity_points,
        KPI_ACTIVITY_POINTS,
        report.action.pace_points,
    )
    result = [
        *lines(
            tr("Qualified leads"),
            "int",
            (
                report.result.qualified_leads,
                report.result.target_qualified_leads,
                previous.result.qualified_leads,
            ),
            lambda r: r.qualified_leads,
            KPI_QUALIFIED_LEADS,
            report.result.pace_qualified_leads,
        ),
        *lines(
            tr("Deal value in the pipeline"),
            "money",
            (
                _eur(report.pipeline.open_value_cents),
                _eur(pipe_target),
                _eur(previous.pipeline.open_value_cents),
            ),
            lambda r: _eur(r.open_value_cents),
            KPI_PIPELINE_VALUE,
            _eur(pipe_target),  # a level: its pace is the target itself
        ),
        *lines(
            tr("New revenue (won deals)"),
            "money",
            (
                _eur(report.result.won_value_cents),
                _eur(report.result.target_won_value_cents),
                _eur(previous.result.won_value_cents),
            ),
            lambda r: _eur(r.won_value_cents),
            KPI_NEW_REVENUE,
            _eur(report.result.pace_won_value_cents),
        ),
    ]
    insight = [
        # Insight KPIs for the team only: per rep they belong on the coaching sheet, with
        # their counts and the minimum sample, never beside a name on the summary.
        *lines(
            tr("Deal velocity: average days to win"),
            "days",
            (report.velocity.avg_days_to_win, None, previous.velocity.avg_days_to_win),
        ),
        *lines(
            tr("Proposal → won ratio (close ratio)"),
            "percent",
            (report.insight.win_rate, None, previous.insight.win_rate),
        ),
        *lines(
            tr("Retention (12 months)"),
            "percent",
            (report.relationship.retention_rate, None, previous.relationship.retention_rate),
        ),
        *lines(
            tr("Customers at risk"),
            "int",
            (report.relationship.at_risk_customers, None, previous.relationship.at_risk_customers),
        ),
    ]
    return [KpiGroup(ACTION, action), KpiGroup(RESULT, result), KpiGroup(INSIGHT, insight)]


def _money_target(value: int | None, kpi: str | None) -> Any:
    if value is None:
        return None
    return _eur(value) if kpi in (KPI_PIPELINE_VALUE, KPI_NEW_REVENUE) else value


def _points_table(report: KpiReport, targets: Targets) -> Table:
    rows = [
        (r.name, r.activity_points, targets.get(r.rep_id, {}).get(KPI_ACTIVITY_POINTS))
        for r in report.by_rep
    ]
    return Table([tr("Rep"), tr("Activity points"), tr("Goal")], [None, INTEGER, INTEGER], rows)


def _monthly_table(session: Session, period: Period, rep_id: int | None) -> Table:
    months = last_months(period.end, 12)
    ranges = [(m.start, m.end) for m in months]
    starts = [m.start for m in months]
    qualified = q.qualified_leads_by_month(session, ranges, rep_id)
    targets = target_by_month(session, KPI_QUALIFIED_LEADS, starts, rep_id)
    won = q.won_value_by_month(session, ranges, rep_id)
    rows = [(format_month(m), qualified[i], targets[i], _eur(won[i])) for i, m in enumerate(starts)]
    return Table(
        [tr("Month"), tr("Qualified leads"), tr("Target"), tr("Won value")],
        [None, INTEGER, INTEGER, EURO_WHOLE],
        rows,
    )


# Detail sheets ---------------------------------------------------------------------------------
def _activities_table(
    session: Session,
    period: Period,
    rep_id: int | None,
    lang: str,
    targets: Targets,
) -> Table:
    types = session.execute(
        select(
            ActivityType.id, ActivityType.name_nl, ActivityType.name_en, ActivityType.points
        ).order_by(ActivityType.position, ActivityType.id)
    ).all()
    query = (
        select(Activity.rep_id, Activity.type_id, func.count())
        .where(activities.counted_in(period.start, period.end))
        .group_by(Activity.rep_id, Activity.type_id)
    )
    if rep_id is not None:
        query = query.where(Activity.rep_id == rep_id)
    counts: dict[int | None, dict[int, int]] = defaultdict(dict)
    for rep, type_id, n in session.execute(query):
        counts[rep][type_id] = int(n)
    names: dict[int | None, str] = {
        int(i): str(n) for i, n in session.execute(select(TeamMember.id, TeamMember.name))
    }
    points = {t[0]: int(t[3]) for t in types}
    rows: list[Sequence[Any]] = []
    for rep in sorted(counts, key=lambda r: (r is None, str(names.get(r, "")).casefold())):
        per_type = counts[rep]
        total_points = sum(n * points[t] for t, n in per_type.items())
        goal = targets.get(rep, {}).get(KPI_ACTIVITY_POINTS) if rep is not None else None
        rows.append(
            (
                names.get(rep, tr("(nobody)")) if rep is not None else tr("(nobody)"),
                *(per_type.get(t[0], 0) for t in types),
                sum(per_type.values()),
                total_points,
                goal,
                (total_points / goal) if goal else None,
            )
        )
    headers = [
        tr("Rep"),
        *(f"{(t[1] if lang == 'nl' else t[2])} ({t[3]})" for t in types),
        tr("Contact moments"),
        tr("Activity points"),
        tr("Goal"),
        tr("% of goal"),
    ]
    formats: list[str | None] = [
        None,
        *([INTEGER] * len(types)),
        INTEGER,
        INTEGER,
        INTEGER,
        PERCENT,
    ]
    return Table(headers, formats, rows, [22, *([12] * len(types)), 12, 12, 10, 10])


def _open_deals_table(session: Session, rep_id: int | None, lang: str, today: date) -> Table:
    probability = func.coalesce(Deal.probability, Stage.probability)
    query = (
        select(
            Deal.id,
            Deal.title,
            Organisation.name,
            TeamMember.name,
            Stage.name_nl,
            Stage.name_en,
            Deal.value_cents,
            probability,
            Deal.first_contact,
            Deal.stage_entered_at,
            Deal.last_activity_date,
            Deal.expected_close,
            Stage.rotting_days,
            Stage.id,
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
        .where(deals.open_now())
        .order_by(Stage.position, Deal.stage_entered_at, Deal.id)
    )
    if rep_id is not None:
        query = query.where(Deal.owner_id == rep_id)
    rotting = {
        int(r[0]): int(r[1] or 0)
        for r in session.execute(
            select(Stage.id, Stage.rotting_days).where(
                Stage.kind == STAGE_OPEN, Stage.rotting_days.is_not(None)
            )
        )
    }
    stale_query = q.stale_deals_query(today, rep_id, rotting)
    stale = set(session.scalars(stale_query)) if stale_query is not None else set()
    mark = tr("Sleeping deal")
    rows = []
    for r in session.execute(query):
        value = int(r[6])
        rows.append(
            (
                r[1],
                r[2],
                r[3],
                (r[4] or r[5]) if lang == "nl" else (r[5] or r[4]),
                _eur(value),
                int(r[7]) / 100,
                _eur((value * int(r[7]) + 50) // 100),
                r[8],
                (today - r[9]).days if r[9] else None,
                r[10],
                r[11],
                mark if r[0] in stale else None,
            )
        )
    headers = [
        tr("Deal"),
        tr("Organisation"),
        tr("Owner"),
        tr("Stage"),
        tr("Value"),
        tr("Probability"),
        tr("Weighted value"),
        tr("First contact"),
        tr("Days in stage"),
        tr("Last activity"),
        tr("Expected close"),
        tr("Sleeping"),
    ]
    formats = [
        None,
        None,
        None,
        None,
        EURO_WHOLE,
        PERCENT,
        EURO_WHOLE,
        None,
        INTEGER,
        None,
        None,
        None,
    ]
    return Table(headers, formats, rows, [30, 26, 18, 16, 12, 10, 12, 12, 10, 12, 12, 14])


def _closed_deals_table(session: Session, period: Period, rep_id: int | None, lang: str) -> Table:
    query = (
        select(
            Deal.title,
            Organisation.name,
            TeamMember.name,
            Stage.kind,
            Stage.name_nl,
            Stage.name_en,
            Deal.value_cents,
            Deal.first_contact,
            Deal.closed_date,
            Deal.lost_reason,
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
        .where(deals.closed_in(period.start, period.end))
        .order_by(Stage.kind.desc(), Deal.closed_date, Deal.id)
    )
    if rep_id is not None:
        query = query.where(Deal.owner_id == rep_id)
    rows = [
        (
            r[0],
            r[1],
            r[2],
            (r[4] or r[5]) if lang == "nl" else (r[5] or r[4]),
            _eur(r[6]),
            r[7],
            r[8],
            (r[8] - r[7]).days if r[7] and r[8] else None,
            r[9],
        )
        for r in session.execute(query)
    ]
    headers = [
        tr("Deal"),
        tr("Organisation"),
        tr("Owner"),
        tr("Result"),
        tr("Value"),
        tr("First contact"),
        tr("Closed"),
        tr("Days to close"),
        tr("Lost reason"),
    ]
    formats = [None, None, None, None, EURO_WHOLE, None, None, INTEGER, None]
    return Table(headers, formats, rows, [30, 26, 18, 12, 12, 12, 12, 10, 26])


def _at_risk_table(session: Session, period: Period, rep_id: int | None, days: int) -> Table:
    ids = customers.at_risk_query(period.end, days, rep_id).subquery()
    last = customers.last_contact_column(period.end)
    query = (
        select(
            Organisation.name,
            TeamMember.name,
            Customer.customer_since,
            Customer.recurring_value_cents,
            last,
        )
        .join(Organisation, Customer.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Customer.owner_id == TeamMember.id)
        .where(Customer.id.in_(select(ids.c.id)))
        .order_by(Customer.recurring_value_cents.desc(), Organisation.name)
    )
    rows = []
    for r in session.execute(query):
        last_day = as_date(r[4]) if r[4] is not None else None
        rows.append(
            (
                r[0],
                r[1],
                r[2],
                _eur(r[3]),
                last_day,
                (period.end - last_day).days if last_day else None,
            )
        )
    headers = [
        tr("Customer"),
        tr("Owner"),
        tr("Customer since"),
        tr("Yearly value"),
        tr("Last contact"),
        tr("Days without contact"),
    ]
    return Table(
        headers, [None, None, None, EURO_WHOLE, None, INTEGER], rows, [30, 18, 14, 14, 14, 14]
    )


def _forecast_sheet(db: Database, rep_id: int | None, today: date) -> ForecastSheet:
    """The coming three months as the Forecast tab shows them (read only: no snapshot)."""
    forecast = compute_forecast(db, 3, rep_id, today=today, snapshot=False)
    months = Table(
        [
            tr("Month"),
            tr("Won so far"),
            tr("Expected from open deals"),
            tr("Expected in all"),
            tr("Low (P10)"),
            tr("High (P90)"),
            tr("Target"),
            tr("Weighted by stage"),
        ],
        [None, *([EURO_WHOLE] * 7)],
        [
            (
                format_month(m.month.start),
                _eur(m.won_cents),
                _eur(m.expected_cents - m.won_cents),
                _eur(m.expected_cents),
                _eur(m.low_cents),
                _eur(m.high_cents),
                _eur(m.target_cents),
                _eur(m.weighted_cents),
            )
            for m in forecast.months
        ],
    )
    past = Table(
        [
            tr("Month"),
            tr("Forecast made on"),
            tr("Expected"),
            tr("Low (P10)"),
            tr("High (P90)"),
            tr("Won"),
        ],
        [None, None, EURO_WHOLE, EURO_WHOLE, EURO_WHOLE, EURO_WHOLE],
        [
            (
                format_month(p.month.start),
                format_date(p.made_on),
                _eur(p.expected_cents),
                _eur(p.low_cents),
                _eur(p.high_cents),
                _eur(p.actual_cents),
            )
            for p in forecast.past
        ],
    )
    method = tr(
        "Expected: each open deal's value × the chance that a deal at its stage and age in the "
        "stage is won, from the team's {count} closed deals of the last two years; plus what the "
        "month has already won. Between P10 and P90 lie 8 of 10 of 1,000 simulated outcomes."
    ).format(count=forecast.history_deals)
    return ForecastSheet([m.sentence() + "." for m in forecast.months], months, past, method)


def coaching_report_window_text(period: Period, today: date) -> str:
    window = coaching_window(period, today)
    return tr("Coaching over the deals that entered a step from {start} to {end}").format(
        start=format_date(window.start), end=format_date(window.end)
    )


def coaching_window(period: Period, today: date) -> Period:
    """The window of the coaching sheet: the period itself when it is a finished quarter or
    year (its deals have had time), else the last full quarter, as in the Coaching tab."""
    if period.kind.value in ("quarter", "year") and period.end < today:
        return period
    return default_window(today)


def _coaching_table(db: Database, period: Period, rep_id: int | None, today: date) -> Table:
    """Per step, the team and each rep over mature deals; "too few deals to say" below the
    minimum; then the bottleneck (only beyond chance) and its causes.  Reps in name order."""
    coaching = coaching_report(db, coaching_window(period, today), rep_id, today=today)
    headers = [tr("Who"), *(step.name for step in coaching.steps), tr("Bottleneck")]
    rows: list[Sequence[Any]] = [
        (tr("Whole team"), *(count.counts_text() for count in coaching.team), None)
    ]
    for rep in coaching.reps:
        rows.append((rep.name, *(v.text() for v in rep.steps), rep.sentence))
    causes = [(rep.name, cause.sentence) for rep in coaching.reps for cause in rep.causes]
    if causes:
        rows.append(tuple([None] * len(headers)))
        blank = [None] * len(coaching.steps)
        for name, sentence in causes:
            rows.append((name, *blank, sentence))
    formats: list[str | None] = [None] * len(headers)
    return Table(headers, formats, rows, [20, *([15] * len(coaching.steps)), 60])


def _notes(report: KpiReport, period: Period, today: date, lang: str) -> dict[str, str]:
    return {
        "open_deals": tr(
            "Open deals on {day}. A sleeping deal has had no activity or stage "
            "change for longer than its stage allows."
        ).format(day=format_date(today, lang)),
        "closed_deals": tr("Deals won and lost in the period."),
        "at_risk": tr(
            "Active customers without any contact in the {days} days before the end of the period."
        ).format(days=report.relationship.at_risk_days),
        "bottlenecks": tr(
            "{window}. For finding bottlenecks and coaching, never for judging people. {method}"
        ).format(window=coaching_report_window_text(period, today), method=explain_method()),
    }


def _hygiene_sheet(db: Database, rep_id: int | None, today: date, lang: str) -> HygieneSheet:
    """The open deals that need attention, counted per rep and listed with their reasons."""
    reps = [r for r in hygiene_by_rep(db, today=today) if rep_id is None or r.rep_id == rep_id]
    labels = [hygiene_words.label(flag) for flag in hygiene_words.FLAGS]
    rows: list[tuple[Any, ...]] = [
        (r.name, r.open_deals, r.needing_attention, *(r.per_flag[f] for f in hygiene_words.FLAGS))
        for r in reps
    ]
    if rep_id is None:
        team = [sum(int(row[i]) for row in rows) for i in range(1, len(rows[0]))] if rows else []
        rows.append((tr("Whole team"), *(team or [0] * (2 + len(labels)))))
    per_rep = HygieneTable(
        [tr("Rep"), tr("Open deals"), tr("Needs attention"), *labels],
        [None, INTEGER, INTEGER, *([INTEGER] * len(labels))],
        rows,
    )
    deals = [
        (
            d.owner or tr("No owner"),
            d.title,
            d.organisation,
            d.stage,
            _eur(d.value_cents),
            d.expected_close,
            hygiene_words.summary(d.facts(today)),
        )
        for d in deal_hygiene(db, today=today, rep_id=rep_id)
    ]
    table = HygieneTable(
        [
            tr("Rep"),
            tr("Deal"),
            tr("Organisation"),
            tr("Stage"),
            tr("Value"),
            tr("Expected close"),
            tr("Why it needs attention"),
        ],
        [None, None, None, None, EURO_WHOLE, None, None],
        deals,
    )
    note = tr(
        "Open deals on {day} whose expected close date has passed, without a planned next "
        "step, whose close date moved later twice or more, without a value, or sleeping."
    ).format(day=format_date(today, lang))
    return HygieneSheet(per_rep, table, note, team_row=rep_id is None)
