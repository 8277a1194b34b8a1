"""The planned deals, customers and activities as table rows, with their derived columns."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, time, timedelta

from kpidesk.data import models as m
from kpidesk.services.demo.plan import Plan, Row, last_days, short_name


def deal_rows(plan: Plan) -> tuple[list[Row], list[Row]]:
    """Deals and their stage history."""
    deals, history, _moves = deal_rows_with_close_moves(plan)
    return deals, history


def close_moves(deal_id: int, first: int, last: int, expected: date) -> list[Row]:
    """The expected close date's history of an open deal: some were pushed back once, a few
    again and again (what pipeline hygiene flags).  A random stream of its own, so that the
    rest of the demo stays as it was for the same seed."""
    rng = random.Random(deal_id * 7919)
    if last - first < 20:
        return []
    draw = rng.random()
    count = 3 if draw < 0.06 else 2 if draw < 0.14 else 1 if draw < 0.30 else 0
    rows: list[Row] = []
    new = expected
    day = last - rng.randint(1, 5)
    for _ in range(count):
        old = new - timedelta(days=rng.randint(10, 35))
        rows.append((deal_id, old, new, day))
        new = old
        day = max(first + 1, day - rng.randint(7, 25))
    return rows[::-1]


def deal_rows_with_close_moves(plan: Plan) -> tuple[list[Row], list[Row], list[Row]]:
    """Deals, their stage history and the changes of their expected close date."""
    rng, cal, cfg = plan.rng, plan.cal, plan.cfg
    last_activity = last_days(plan.activities, 6)
    deals: list[Row] = []
    history: list[Row] = []
    moves: list[Row] = []
    for d in plan.deals:
        stage, entered = d.moves[-1]
        previous = None
        for to, day in d.moves:
            moved = cal.moment(rng, day)
            history.append((d.id, previous, cfg.stage_ids[to], moved, d.rep.id))
            previous = cfg.stage_ids[to]
        closed = None if d.outcome == m.STAGE_OPEN else cal.days[entered]
        probability = None
        if closed is None:
            left = sum(cfg.rotting[stage:]) * rng.uniform(0.6, 1.4)
            expected = cal.future(round(left))
            if rng.random() < 0.05:  # the rep's own estimate
                probability = min(95, max(5, cfg.probability[stage] + rng.choice((-10, 10, 20))))
            moves += [
                (deal, old, new, cal.stamps[day])
                for deal, old, new, day in close_moves(d.id, d.first, cal.last, expected)
            ]
        else:
            expected = cal.days[min(cal.last, d.first + rng.randint(40, 100))]
        touched = last_activity.get(d.id)
        changed = max(entered, touched or 0)
        deals.append(
            (
                d.id,
                f"{d.product} – {short_name(d.name)}",
                d.org,
                d.rep.id,
                d.value,
                cfg.stage_ids[stage],
                probability,
                cal.days[d.first],
                expected,
                closed,
                d.reason,
                d.product,
                d.lead,
                cal.days[entered],
                None if touched is None else cal.days[touched],
                cal.stamps[d.first],
                cal.stamps[changed],
                1,
            )
        )
    return deals, history, moves


def customer_rows(plan: Plan) -> list[Row]:
    """Customers, with the day of their last contact."""
    cal = plan.cal
    last_contact = last_days(plan.activities, 7)
    rows: list[Row] = []
    for c in plan.customers:
        contact = last_contact.get(c.id)
        rows.append(
            (
                c.id,
                c.org,
                cal.days[c.since],
                None if c.churn is None else cal.days[c.churn],
                c.reason,
                c.rep.id,
                c.recurring,
                None if contact is None else cal.days[contact],
                c.deal.id,
                cal.stamps[c.since],
            )
        )
    return rows


def activity_rows(plan: Plan) -> Iterator[Row]:
    """Done activities as rows; today's have no time of day, which might still lie ahead."""
    days, stamps, today = plan.cal.days, plan.cal.stamps, plan.cal.last
    for day, at, type_id, rep, org, lead, deal, customer, note in plan.activities:
        at = None if day == today else at
        yield type_id, rep, days[day], at, org, lead, deal, customer, note, stamps[day], True


# The next step a rep plans on an open deal, by the deal's open stage (the last repeats).
NEXT_STEP = ("intake", "presentation", "proposal", "call")
NEXT_STEP_TIMES = (time(9, 30), time(11, 0), time(14, 0), time(15, 30))


def planned_rows(plan: Plan) -> list[Row]:
    """Next steps on the open deals that are not sleeping: most within the coming two weeks,
    one in ten overdue (planned on a recent working day, never marked done).

    A sleeping deal has none: that is why it sleeps.  Drawn from an own random generator after
    the history, so the history of a seed stays what it was.
    """
    rng = random.Random(len(plan.activities))
    cal, cfg = plan.cal, plan.cfg
    last = last_days(plan.activities, 6)
    stamp = cal.stamps[cal.last]
    rows: list[Row] = []
    for d in plan.deals:
        if d.outcome != m.STAGE_OPEN:
            continue
        stage, entered = d.moves[-1]
        quiet = cal.last - max(entered, last.get(d.id, entered))
        if quiet > cfg.rotting[stage] or rng.random() < 0.25:
            continue
        role = NEXT_STEP[min(stage, len(NEXT_STEP) - 1)]
        overdue = cal.pick(rng, max(0, cal.last - 6), cal.last - 1) if rng.random() < 0.1 else None
        day = cal.days[overdue] if overdue is not None else cal.future(rng.randint(1, 12))
        at = rng.choice(NEXT_STEP_TIMES)
        rows.append(
            (cfg.type_ids[role], d.rep.id, day, at, d.org, d.lead, d.id, None, None, stamp, False)
        )
    return rows
