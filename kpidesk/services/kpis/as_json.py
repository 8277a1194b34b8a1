"""The ``kpis --json`` shape of a :class:`~kpidesk.services.kpis.KpiReport`.

Money is in euros (cents ÷ 100), ratios are plain fractions and names are in the active
language.  Keys beyond those of issue 3 are additions (``to`` and counts in the conversion,
``series``; the pace figures, ``comparison`` and ``previous`` of issue 17); none of the
documented keys is ever left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kpidesk.services.kpis.figures import KpiReport, KpiSeries


def euros(cents: int | None) -> float | None:
    return None if cents is None else cents / 100


def report_json(report: KpiReport) -> dict[str, Any]:
    """The report as JSON-ready dictionaries."""
    a, r, p, v = report.action, report.result, report.pipeline, report.velocity
    rel, ins = report.relationship, report.insight
    data: dict[str, Any] = {
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "rep": report.rep_name,
        "action": {
            "activities": a.activities,
            "activity_points": a.activity_points,
            "by_type": {t.type.name: {"count": t.count, "points": t.points} for t in a.by_type},
            "target_points": a.target_points,
            "pace_points": a.pace_points,
        },
        "result": {
            "qualified_leads": r.qualified_leads,
            "target_qualified_leads": r.target_qualified_leads,
            "won_deals": r.won_deals,
            "won_value": euros(r.won_value_cents),
            "target_won_value": euros(r.target_won_value_cents),
            "new_customers": r.new_customers,
            "upsells": r.upsells,
            "pace_qualified_leads": r.pace_qualified_leads,
            "pace_won_value": euros(r.pace_won_value_cents),
        },
        "pipeline": {
            "open_deals": p.open_deals,
            "open_value": euros(p.open_value_cents),
            "weighted_value": euros(p.weighted_value_cents),
            "target": euros(p.target_cents),
            "coverage": p.coverage,
            "by_stage": {
                s.stage.name: {
                    "deals": s.deals,
                    "value": euros(s.value_cents),
                    "weighted_value": euros(s.weighted_cents),
                }
                for s in p.by_stage
            },
        },
        "velocity": {
            "won_deals": v.won_deals,
            "avg_days_to_win": v.avg_days_to_win,
            "median_days_to_win": v.median_days_to_win,
            "avg_days_in_stage": {s.stage.name: s.avg_days for s in v.avg_days_in_stage},
            "stale_deals": v.stale_deals,
        },
        "relationship": {
            "active_customers": rel.active_customers,
            "retention_rate": rel.retention_rate,
            "avg_relationship_days": rel.avg_relationship_days,
            "at_risk_customers": rel.at_risk_customers,
        },
        "insight": {
            "win_rate": ins.win_rate,
            "stage_conversion": [
                {
                    "from": c.stage.name,
                    "to": c.next_stage.name if c.next_stage else None,
                    "rate": c.rate,
                    "entered": c.entered,
                    "passed": c.passed,
                }
                for c in ins.stage_conversion
            ],
            "won_value_growth": ins.won_value_growth,
        },
        "by_rep": {
            rep.name: {
                "activities": rep.activities,
                "activity_points": rep.activity_points,
                "qualified_leads": rep.qualified_leads,
                "won_deals": rep.won_deals,
                "won_value": euros(rep.won_value_cents),
                "avg_days_to_win": rep.avg_days_to_win,
                "open_value": euros(rep.open_value_cents),
            }
            for rep in report.by_rep
        },
    }
    c = report.comparison
    if c is not None:
        data["comparison"] = {
            "from": c.current.start.isoformat(),
            "to": c.current.end.isoformat(),
            "previous_from": c.previous.start.isoformat(),
            "previous_to": c.previous.end.isoformat(),
            "working_days": c.working_days,
            "same_working_days": c.running,
        }
    if report.previous is not None:
        h = report.previous
        data["previous"] = {
            "qualified_leads": h.qualified_leads,
            "activity_points": h.activity_points,
            "open_value": euros(h.open_value_cents),
            "avg_days_to_win": h.avg_days_to_win,
            "active_customers": h.active_customers,
        }
    if report.series is not None:
        data["series"] = series_json(report.series)
    return data


def series_json(s: KpiSeries) -> dict[str, Any]:
    return {
        "months": [m.isoformat() for m in s.months],
        "activity_points": list(s.activity_points),
        "activity_points_target": list(s.activity_points_target),
        "qualified_leads": list(s.qualified_leads),
        "qualified_leads_target": list(s.qualified_leads_target),
        "won_value": [euros(c) for c in s.won_value_cents],
        "won_value_target": [euros(c) for c in s.won_value_target_cents],
        "open_value": [euros(c) for c in s.open_value_cents],
        "weighted_value": [euros(c) for c in s.weighted_value_cents],
        "pipeline_target": [euros(c) for c in s.pipeline_target_cents],
        "avg_days_to_win": list(s.avg_days_to_win),
        "active_customers": list(s.active_customers),
        "retention_rate": list(s.retention_rate),
    }
