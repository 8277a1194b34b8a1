"""The entry point: plan the demo in memory, then write it."""

from __future__ import annotations

import random
import time as clock
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from kpidesk.data import models as m
from kpidesk.data.database import Database, holds_data
from kpidesk.services.demo.config import Config
from kpidesk.services.demo.customers import plan_accounts
from kpidesk.services.demo.deals import (
    plan_deal_activities,
    plan_existing_business,
    plan_new_business,
    plan_warm_start,
)
from kpidesk.services.demo.errors import refused
from kpidesk.services.demo.leads import plan_leads, plan_team
from kpidesk.services.demo.plan import Plan
from kpidesk.services.demo.progress import PROGRESS_TOTAL, Progress, Reporter
from kpidesk.services.demo.prospecting import plan_prospecting
from kpidesk.services.demo.sizes import SIZES, Size
from kpidesk.services.demo.targets import plan_targets
from kpidesk.services.demo.writing import write
from kpidesk.services.leads.lookalike import refresh_scores


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_demo` wrote."""

    team_members: int
    organisations: int
    leads: int
    deals: int
    open_deals: int
    activities: int  # done, in the history
    customers: int
    targets: int
    seconds: float
    planned: int = 0  # next steps planned on open deals (not done, no points)


def generate_demo(
    db: Database,
    *,
    size: str = "small",
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo team and its history up to *today*.

    Raises:
        DemoRefused: the database already holds data.
        DemoCancelled: *progress* returned False; the database is unchanged.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; choose from {sorted(SIZES)}")
    started = clock.perf_counter()
    if holds_data(db):
        raise refused()
    report = Reporter(progress)
    with db.read() as session:
        config = Config.read(session)
    day = today or date.today()
    plan = plan_demo(SIZES[size], config, random.Random(seed), day, report)
    planned = write(db, plan, report)
    refresh_scores(db, day)  # the leads sorted by lookalike are quick from the start
    report(PROGRESS_TOTAL)
    return DemoSummary(
        team_members=len(plan.team),
        organisations=len(plan.organisations),
        leads=len(plan.leads),
        deals=len(plan.deals),
        open_deals=sum(1 for d in plan.deals if d.outcome == m.STAGE_OPEN),
        activities=len(plan.activities),
        customers=len(plan.customers),
        targets=len(plan.targets),
        seconds=round(clock.perf_counter() - started, 2),
        planned=planned,
    )


def plan_demo(
    size: Size, config: Config, rng: random.Random, today: date, report: Reporter
) -> Plan:
    """Plan in dependency order; the order of random draws makes the result repeatable."""
    plan = Plan(size, config, rng, today, report)
    plan_team(plan)
    plan_leads(plan)
    plan_new_business(plan)
    plan_warm_start(plan)
    plan_existing_business(plan)
    report(250)
    plan.deals.sort(key=lambda d: d.first)  # ids in order of first contact
    for i, deal in enumerate(plan.deals):
        deal.id = config.next_ids["deals"] + i
        plan_deal_activities(plan, deal)
    plan_accounts(plan)
    report(320)
    plan_prospecting(plan)
    report(400)
    plan.activities.sort(key=itemgetter(0))  # date order, like a real log; faster indexes
    plan_targets(plan)
    report(450)
    return plan
