"""The ``forecast`` command: the coming months' forecast as sentences and a table, or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kpidesk.cli_args import UserError, rep_from_args, today_from_args
from kpidesk.core.formatting import format_date, format_int, format_money, format_month
from kpidesk.core.i18n import tr
from kpidesk.services.forecast.forecast import MAX_MONTHS, Forecast, compute_forecast
from kpidesk.services.forecast.velocity import lever, velocity
from kpidesk.services.store.database import Database


def run_forecast(args: argparse.Namespace, db: Database) -> int:
    if not 1 <= args.months <= MAX_MONTHS:
        raise UserError(tr("--months takes 1 to 12 months."))
    rep_id, today = rep_from_args(db, args), today_from_args(args)
    report = compute_forecast(db, args.months, rep_id, today=today)
    speed = velocity(db, rep_id, today=today, chances=report.chances)
    plan = lever(report, speed)
    if args.json:
        data = forecast_json(report)
        data["velocity"] = {
            "per_day": _euros(speed.cents_per_day),
            "open_deals": speed.open_deals,
            "win_rate": speed.win_rate,
            "average_won": _euros(speed.avg_won_cents),
            "average_days_to_win": speed.avg_days_to_win,
            "proposal_win_rate": speed.proposal_win_rate,
        }
        if plan is not None:
            data["lever"] = {
                "gap": _euros(plan.gap_cents),
                "extra_proposals": plan.extra_proposals,
                "needed_win_rate": plan.needed_win_rate,
            }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        text = render(report) + "\n\n" + speed.sentence()
        if plan is not None:
            text += "\n" + plan.sentence(speed, report.months[0].month.start)
        print(text)
    return 0


def _euros(cents: int | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def forecast_json(report: Forecast) -> dict[str, Any]:
    return {
        "today": report.today.isoformat(),
        "history_deals": report.history_deals,
        "months": [
            {
                "month": m.month.start.isoformat()[:7],
                "deals": m.deals,
                "open_value": _euros(m.open_cents),
                "weighted": _euros(m.weighted_cents),
                "won_so_far": _euros(m.won_cents),
                "expected": _euros(m.expected_cents),
                "p10": _euros(m.low_cents),
                "p90": _euros(m.high_cents),
                "target": _euros(m.target_cents),
                "thin_history_deals": m.thin_history,
                "estimated_close_deals": m.estimated,
            }
            for m in report.months
        ],
        "deals": [
            {
                "id": d.id,
                "title": d.title,
                "owner": d.owner,
                "stage": d.stage,
                "value": _euros(d.value_cents),
                "stage_probability": d.probability,
                "chance": round(d.chance, 4),
                "chance_from_history": d.from_history,
                "close": d.close_day.isoformat(),
                "close_estimated": d.estimated_close,
                "close_date_passed": d.close_passed,
            }
            for d in report.deals
        ],
        "past": [
            {
                "month": p.month.start.isoformat()[:7],
                "made_on": p.made_on.isoformat(),
                "expected": _euros(p.expected_cents),
                "p10": _euros(p.low_cents),
                "p90": _euros(p.high_cents),
                "actual": _euros(p.actual_cents),
            }
            for p in report.past
        ],
    }


def render(report: Forecast) -> str:
    lines = [m.sentence() + "." for m in report.months]
    lines.append("")
    lines.append(
        tr(
            "Expected: from the team's own history ({count} closed deals), the chance that a "
            "deal at its stage and age is won; the range holds 8 of 10 simulated outcomes."
        ).format(count=format_int(report.history_deals))
    )
    header = [tr("Month"), tr("Deals"), tr("Open"), tr("Weighted"), tr("Won"), tr("Expected")]
    rows = [
        [
            format_month(m.month.start),
            format_int(m.deals),
            format_money(m.open_cents),
            format_money(m.weighted_cents),
            format_money(m.won_cents),
            format_money(m.expected_cents),
        ]
        for m in report.months
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        lines.append(
            "  "
            + "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    thin = sum(m.thin_history for m in report.months)
    estimated = sum(m.estimated for m in report.months)
    if thin:
        lines.append(
            tr("{count} deals have too little history: their stage's probability is used.").format(
                count=format_int(thin)
            )
        )
    if estimated:
        lines.append(
            tr("{count} deals had no expected close date: estimated from history.").format(
                count=format_int(estimated)
            )
        )
    if report.past:
        lines.append("")
        lines.append(tr("Forecast against actual"))
        for p in report.past:
            lines.append(
                "  "
                + tr(
                    "{month}: forecast {expected} on {day} (between {low} and {high}), won {actual}"
                ).format(
                    month=p.month.label(),
                    expected=format_money(p.expected_cents),
                    day=format_date(p.made_on),
                    low=format_money(p.low_cents),
                    high=format_money(p.high_cents),
                    actual=format_money(p.actual_cents),
                )
            )
    return "\n".join(lines)
