"""Planning the deals: new business, deals already running, repeat business with customers.

Each deal walks through the open stages (its stage history) and gets contact moments along
the way.
"""

from __future__ import annotations

from collections.abc import Sequence

from kpidesk.data import models as m
from kpidesk.services.demo import words
from kpidesk.services.demo.customers import become_customer
from kpidesk.services.demo.leads import checklist, new_organisation
from kpidesk.services.demo.plan import Deal, Plan, Rep, round_to


def plan_new_business(plan: Plan) -> None:
    """Deals from qualified leads; a won one makes the organisation a customer."""
    rng, cal = plan.rng, plan.cal
    for lead_id, org, day, rep, name in plan.qualified:
        if day >= cal.last or rng.random() >= plan.size.deal_share:
            continue
        first = cal.pick(rng, day, min(cal.last, day + 7))
        if first is None:
            continue
        deal = _deal(plan, rep, org, name, first, new=True, patient=True)
        deal.lead = lead_id
        if deal.outcome == m.STAGE_WON:
            become_customer(plan, deal)


def plan_warm_start(plan: Plan) -> None:
    """Deals already running when the team started logging, so the first months are not empty.

    As many as new business brings in over the same time; their leads and earlier contact
    moments were never entered.
    """
    rng, cal = plan.rng, plan.cal
    count = round(len(plan.deals) * cal.origin / max(1, cal.last - cal.origin))
    days = sorted(
        d for d in (cal.pick(rng, 0, cal.origin - 1) for _ in range(count)) if d is not None
    )
    owners = rng.choices(plan.reps, [r.volume for r in plan.reps], k=len(days))
    for rep, first in zip(owners, days, strict=True):
        org, name, _contact = new_organisation(plan, checklist(plan, m.LEAD_QUALIFIED)[0])
        deal = _deal(plan, rep, org, name, first, new=True, patient=True)
        if deal.outcome == m.STAGE_WON:
            become_customer(plan, deal)


def plan_existing_business(plan: Plan) -> None:
    """Extensions, renewals and training for customers, spread over their time as customer."""
    rng, cal = plan.rng, plan.cal
    wanted = plan.size.deals - len(plan.deals)
    # A buffer before a churn keeps the deal's history within the customer relationship.
    windows = [
        (c, max(c.since + 30, cal.origin), cal.last if c.churn is None else c.churn - 240)
        for c in plan.customers
    ]
    windows = [w for w in windows if w[2] > w[1]]
    if wanted <= 0 or not windows:
        return
    for customer, lo, hi in rng.choices(windows, [w[2] - w[1] for w in windows], k=wanted):
        first = cal.pick(rng, lo, hi)
        if first is None:
            continue
        # Deals with a leaving customer do not drag on, so they end before the churn.
        deal = _deal(
            plan,
            customer.rep,
            customer.org,
            customer.name,
            first,
            new=False,
            patient=customer.churn is None,
        )
        deal.customer = customer
        if deal.outcome == m.STAGE_WON and deal.product in words.RECURRING:
            customer.recurring += round_to(deal.value * rng.uniform(0.1, 0.25), 10_000)


def _deal(
    plan: Plan, rep: Rep, org: int, name: str, first: int, *, new: bool, patient: bool
) -> Deal:
    """A deal of a random product and value, walked through the stages."""
    rng = plan.rng
    products = words.PRODUCTS
    product = rng.choices(products, [p[1] if new else p[2] for p in products])[0]
    euros = min(150_000.0, max(2_000.0, product[3] * rng.lognormvariate(0, 0.65)))
    value = round_to(euros * 100, 25_000 if euros < 10_000 else 50_000)
    deal = Deal(rep, org, name, product[0], value, first)
    _walk(plan, deal, plan.size.new_pass if new else plan.size.customer_pass, patient)
    plan.deals.append(deal)
    return deal


def _walk(plan: Plan, deal: Deal, passes: Sequence[float], patient: bool) -> None:
    """Move the deal through the open stages; it stays open where today interrupts it."""
    rng, cal, cfg = plan.rng, plan.cal, plan.cfg
    n_open = len(cfg.rotting)
    day = deal.first
    deal.moves.append((0, day))
    for stage in range(n_open):
        chance = passes[min(stage, len(passes) - 1)] * deal.rep.skill
        chance *= deal.rep.closing if stage == n_open - 2 else 1.0
        days = cfg.rotting[stage] * rng.lognormvariate(-0.25, 0.45)
        if rng.random() < 0.1:
            days *= rng.uniform(1.5, 3)  # slow: waiting for the customer
        stalled = patient and rng.random() < plan.size.stall
        if stalled:
            days, chance = days * rng.uniform(4, 14), chance * 0.5
        if cal.summer[day]:
            days += rng.randint(0, 12)  # someone is on holiday
        lost = rng.random() >= min(chance, 0.98)
        if lost and patient and rng.random() < plan.size.linger:
            deal.linger = True  # nobody closes it: it sleeps until a clean-up
            stalled, days = True, days + rng.randint(120, 420)
        exit_day = cal.next_open(day + max(1, round(days)))
        if exit_day > cal.last:
            return
        if lost:
            deal.outcome, deal.reason = m.STAGE_LOST, _lost_reason(plan, stage, stalled)
            deal.moves.append((n_open + 1, exit_day))
            return
        won = stage == n_open - 1 or (stage == n_open - 2 and rng.random() < 0.3)
        deal.moves.append((n_open if won else stage + 1, exit_day))
        if won:
            deal.outcome = m.STAGE_WON
            return
        day = exit_day


def _lost_reason(plan: Plan, stage: int, stalled: bool) -> str:
    """Mostly silence after a stall; otherwise by how far the deal came."""
    reasons = plan.cfg.lost_reasons
    if stalled and words.LOST_SILENT in reasons and plan.rng.random() < 0.7:
        return words.LOST_SILENT
    late = stage >= len(plan.cfg.rotting) - 2
    table = words.LOST_WEIGHTS_LATE if late else words.LOST_WEIGHTS_EARLY
    return plan.rng.choices(reasons, [table.get(r, 1) for r in reasons])[0]


def plan_deal_activities(plan: Plan, deal: Deal) -> None:
    """Contact moments along the deal's stages.

    The intake and the proposal come when the deal enters those stages, calls and e-mails in
    between; deals that wait long fall silent in the end.
    """
    rng, cal = plan.rng, plan.cal
    n_open = len(plan.cfg.rotting)
    customer = deal.customer.id if deal.customer and deal.lead is None else None
    link: dict[str, int | None] = {"org": deal.org, "deal": deal.id, "customer": customer}
    segments = [
        (stage, start, end)
        for (stage, start), (_next, end) in zip(
            deal.moves, [*deal.moves[1:], (-1, cal.last)], strict=True
        )
        if stage < n_open
    ]
    for i, (stage, start, end) in enumerate(segments):
        quiet = _quiet_after(plan, deal, stage, start, end, final=i == len(segments) - 1)
        if quiet < cal.origin:
            continue  # before the team logged anything
        if start >= cal.origin and stage == n_open - 2:
            plan.touch("proposal", start, deal.rep, **link)
        elif start >= cal.origin and stage == n_open - 3 and stage > 0:
            plan.touches(deal.rep, ("intake",), 1, start, min(start + 3, quiet), **link)
        start = max(start, cal.origin)
        if stage in (n_open - 3, n_open - 2) and rng.random() < 0.3:
            plan.touches(deal.rep, ("presentation",), 1, start, quiet, **link)
        roles = (
            ("call", "email", "linkedin", "voicemail")
            if stage == 0
            else ("call", "email", "call", "voicemail")
        )
        plan.touches(deal.rep, roles, rng.randint(1, 3), start, quiet, **link)


def _quiet_after(plan: Plan, deal: Deal, stage: int, start: int, end: int, *, final: bool) -> int:
    """The last day with contact in a stage.

    A lingering deal goes silent soon after it enters its last stage; half of the other deals
    open for long sleep too, the rest get a call or e-mail within the stage's rotting days.
    """
    rng, rot = plan.rng, plan.cfg.rotting[stage]
    if final and deal.linger:
        return min(end, start + rot + rng.randint(0, rot))
    if not final or deal.outcome != m.STAGE_OPEN or end - start <= rot:
        return end
    if rng.random() < 0.5:
        return max(start, end - rot - rng.randint(1, 20))
    quiet = max(start, end - rot)
    plan.touches(
        deal.rep,
        ("call", "email"),
        1,
        quiet + 1,
        end,
        org=deal.org,
        deal=deal.id,
        customer=deal.customer.id if deal.customer and not deal.lead else None,
    )
    return quiet
