"""The ``plan`` command: work back from a revenue target to targets per rep, and write them."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kpidesk.cli_args import UserError, today_from_args
from kpidesk.core.formatting import format_int, format_money, format_month
from kpidesk.core.i18n import tr
from kpidesk.core.money import to_cents
from kpidesk.core.parsing import ParseError, parse_decimal
from kpidesk.core.periods import PeriodError, parse_period
from kpidesk.services.kpis.planner import PlanPreview, apply_plan, kpi_name, plan_targets
from kpidesk.services.store.database import Database

MONEY = "new_revenue"


def revenue_cents(text: str) -> int:
    """'€ 200.000', '200,000', '200000' or '1.234,50' as cents."""
    try:
        return to_cents(parse_decimal(text))
    except ParseError as exc:
        raise UserError(
            tr("'{text}' is not an amount. Write it as 200.000 or 200,000.").format(text=text)
        ) from exc


def run_plan(args: argparse.Namespace, db: Database) -> int:
    try:
        period = parse_period(args.period)
    except PeriodError as exc:
        raise UserError(
            tr("'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.").format(text=args.period)
        ) from exc
    preview = plan_targets(
        db, period, revenue_cents(args.revenue), step_percent=args.step, today=today_from_args(args)
    )
    written = None
    if args.apply and preview.ok:
        previous, _changes = apply_plan(db, preview)
        written = len(previous)
    if args.json:
        data = plan_json(preview)
        data["written"] = written
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        text = render(preview)
        if written is not None:
            text += "\n\n" + tr("{count} month targets written.").format(count=format_int(written))
        elif preview.ok:
            text += "\n\n" + tr("Nothing written yet: add --apply to write these targets.")
        print(text)
    return 0 if preview.ok or not args.apply else 1


def _euros(cents: float | int | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def plan_json(p: PlanPreview) -> dict[str, Any]:
    n = p.needed
    return {
        "period": p.period.label(),
        "revenue": _euros(p.revenue_cents),
        "rates_window": [p.window.start.isoformat(), p.window.end.isoformat()],
        "last_quarter": [p.last_quarter.start.isoformat(), p.last_quarter.end.isoformat()],
        "rates": {
            "average_won": _euros(float(p.rates.avg_won_cents or 0))
            if p.rates.avg_won_cents
            else None,
            "won_deals": p.rates.won_deals,
            "lead_to_intake": _value(p.rates.lead_to_intake.value),
            "intake_to_proposal": _value(p.rates.intake_to_proposal.value),
            "proposal_to_won": _value(p.rates.proposal_to_won.value),
            "points_per_won": _value(p.rates.points_per_won),
        },
        "needed": None
        if n is None
        else {
            "qualified_leads": n.qualified_leads,
            "intakes": n.intakes,
            "proposals": n.proposals,
            "won_deals": n.won_deals,
            "activity_points": n.activity_points,
        },
        "revenue_back": _euros(p.revenue_back_cents()) if p.ok else None,
        "step_percent": p.step_percent,
        "months": [m.isoformat()[:7] for m in p.months],
        "targets": [
            {
                "rep": r.name,
                "kpi": r.kpi,
                "last_quarter": _euros(r.last_quarter) if r.kpi == MONEY else r.last_quarter,
                "monthly_level": _euros(r.plan.base) if r.kpi == MONEY else r.plan.base,
                "need": _euros(r.plan.need) if r.kpi == MONEY else r.plan.need,
                "reachable": r.plan.reachable,
                "months": [
                    None if v is None else (_euros(v) if r.kpi == MONEY else v)
                    for v in r.plan.values
                ],
            }
            for r in p.ramps
        ],
        "missing": list(p.missing),
        "sentence": p.sentence(),
    }


def _value(value: Any) -> float | None:
    return None if value is None else round(float(value), 4)


def render(p: PlanPreview) -> str:
    lines = [p.sentence()]
    if p.needed is None:
        return "\n".join(lines)
    lines.append("")
    lines += p.rates_lines()
    if not p.ramps:
        return "\n".join(lines)
    lines.append("")
    lines.append(
        tr(
            "Targets per rep: from each rep's monthly level of {quarter}, at most +{step} % a "
            "month, never below it."
        ).format(quarter=_quarter(p), step=format_int(p.step_percent))
    )
    header = [tr("Rep"), tr("KPI"), tr("Per month last quarter")] + [
        format_month(m) for m in p.months
    ]
    rows = []
    for r in p.ramps:
        show = format_money if r.kpi == MONEY else format_int
        rows.append(
            [r.name, kpi_name(r.kpi), show(r.plan.base)]
            + ["–" if v is None else show(v) for v in r.plan.values]
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        lines.append(
            "  "
            + "  ".join(
                c.ljust(w) if i < 2 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    return "\n".join(lines)


def _quarter(p: PlanPreview) -> str:
    from kpidesk.services.coaching.one_on_one import period_text

    return period_text(p.last_quarter)
