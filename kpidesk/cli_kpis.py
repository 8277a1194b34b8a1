"""The ``kpis`` command: the KPI report of a period as a readable table or as JSON."""

from __future__ import annotations

import argparse
import json

from kpidesk.cli_args import period_from_args, rep_from_args, today_from_args
from kpidesk.core.formatting import format_decimal, format_int, format_money, format_percent
from kpidesk.core.i18n import tr
from kpidesk.services.kpis.as_json import report_json
from kpidesk.services.kpis.figures import KpiReport, compute_kpis
from kpidesk.services.store.database import Database


def run_kpis(args: argparse.Namespace, db: Database) -> int:
    today = today_from_args(args)
    period = period_from_args(args, today)
    rep_id = rep_from_args(db, args)
    report = compute_kpis(db, period, rep_id, today=today, series=bool(args.json), previous=True)
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print(render_table(report))
    return 0


def _num(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else format_decimal(value, decimals)


def _pct(value: float | None) -> str:
    return "–" if value is None else format_percent(value)


def _target(text: str, target: str | None, pace: str | None = None) -> str:
    if not target:
        return text
    if pace is not None:
        return tr("{value} (target {target}, {pace} by today)").format(
            value=text, target=target, pace=pace
        )
    return tr("{value} (target {target})").format(value=text, target=target)


def _pace(r: KpiReport, value: int | None, fmt: str = "int") -> str | None:
    """The pace to show: only while the period runs (once over it is the target itself)."""
    if value is None or r.comparison is None or not r.comparison.running:
        return None
    return format_money(value) if fmt == "money" else format_int(value)


def comparison_text(r: KpiReport) -> str:
    """What the period is compared with, in words (the dashboard's tiles say the same)."""
    c = r.comparison
    if c is None:
        return ""
    if not c.running:
        return tr("Compared with the previous period, {start} to {end}").format(
            start=c.previous.start.isoformat(), end=c.previous.end.isoformat()
        )
    return tr(
        "So far {start} to {end} ({days} working days), compared with {prev_start} to "
        "{prev_end}: the same working days"
    ).format(
        start=c.current.start.isoformat(),
        end=c.current.end.isoformat(),
        days=c.working_days,
        prev_start=c.previous.start.isoformat(),
        prev_end=c.previous.end.isoformat(),
    )


def render_table(r: KpiReport) -> str:
    """The report as aligned text lines in the user's language."""
    who = r.rep_name or tr("the team")
    lines = [
        tr("KPIs for {who}, {start} to {end}").format(
            who=who, start=r.period.start.isoformat(), end=r.period.end.isoformat()
        ),
    ]
    if compared := comparison_text(r):
        lines.append(compared)
    lines.append("")

    def section(title: str, rows: list[tuple[str, str]]) -> None:
        lines.append(title)
        width = max(len(label) for label, _ in rows)
        for label, value in rows:
            lines.append(f"  {label.ljust(width)}  {value}")
        lines.append("")

    a, res, p, v = r.action, r.result, r.pipeline, r.velocity
    rel, ins = r.relationship, r.insight
    section(
        tr("Action KPIs"),
        [
            (tr("Contact moments"), format_int(a.activities)),
            (
                tr("Activity points"),
                _target(
                    format_int(a.activity_points),
                    format_int(a.target_points) if a.target_points else None,
                    _pace(r, a.pace_points),
                ),
            ),
        ]
        + [
            (
                "  " + t.type.name,
                tr("{count}×, {points} points").format(
                    count=format_int(t.count), points=format_int(t.points)
                ),
            )
            for t in a.by_type
        ],
    )
    section(
        tr("Result KPIs"),
        [
            (
                tr("Qualified leads"),
                _target(
                    format_int(res.qualified_leads),
                    format_int(res.target_qualified_leads)
                    if res.target_qualified_leads is not None
                    else None,
                    _pace(r, res.pace_qualified_leads),
                ),
            ),
            (tr("Won deals"), format_int(res.won_deals)),
            (
                tr("New revenue"),
                _target(
                    format_money(res.won_value_cents),
                    format_money(res.target_won_value_cents)
                    if res.target_won_value_cents is not None
                    else None,
                    _pace(r, res.pace_won_value_cents, "money"),
                ),
            ),
            (tr("New customers"), format_int(res.new_customers)),
            (tr("Upsells"), format_int(res.upsells)),
        ],
    )
    section(
        tr("Deal value in the pipeline"),
        [
            (tr("Open deals"), format_int(p.open_deals)),
            (
                tr("Open value"),
                _target(
                    format_money(p.open_value_cents),
                    format_money(p.target_cents) if p.target_cents is not None else None,
                ),
            ),
            (tr("Weighted value"), format_money(p.weighted_value_cents)),
            (tr("Coverage"), _pct(p.coverage)),
        ],
    )
    section(
        tr("Deal velocity"),
        [
            (tr("Average days to win"), _num(v.avg_days_to_win)),
            (tr("Median days to win"), _num(v.median_days_to_win)),
            (tr("Sleeping deals"), format_int(v.stale_deals)),
        ]
        + [
            ("  " + tr("Days in {stage}").format(stage=s.stage.name), _num(s.avg_days))
            for s in v.avg_days_in_stage
        ],
    )
    section(
        tr("Ongoing customer relationship"),
        [
            (tr("Active customers"), format_int(rel.active_customers)),
            (tr("Retention (12 months)"), _pct(rel.retention_rate)),
            (tr("Average relationship (days)"), _num(rel.avg_relationship_days, 0)),
            (tr("Customers at risk"), format_int(rel.at_risk_customers)),
        ],
    )
    section(
        tr("Insight KPIs (for finding bottlenecks, not for judging people)"),
        [
            (tr("Win rate"), _pct(ins.win_rate)),
            (tr("Growth of new revenue"), _pct(ins.won_value_growth)),
        ]
        + [
            (f"  {c.stage.name} → {c.next_stage.name if c.next_stage else tr('Won')}", _pct(c.rate))
            for c in ins.stage_conversion
        ],
    )
    if r.by_rep and r.rep_id is None:
        header = [
            tr("Rep"),
            tr("Points"),
            tr("Qualified"),
            tr("Won"),
            tr("New revenue"),
            tr("Pipeline"),
        ]
        rows = [
            [
                rep.name,
                format_int(rep.activity_points),
                format_int(rep.qualified_leads),
                format_int(rep.won_deals),
                format_money(rep.won_value_cents),
                format_money(rep.open_value_cents),
            ]
            for rep in r.by_rep
        ]
        widths = [max(len(x[i]) for x in [header, *rows]) for i in range(len(header))]
        lines.append(tr("Per rep"))
        for row in [header, *rows]:
            lines.append(
                "  "
                + "  ".join(
                    cell.ljust(w) if i == 0 else cell.rjust(w)
                    for i, (cell, w) in enumerate(zip(row, widths, strict=True))
                )
            )
    return "\n".join(lines).rstrip()
