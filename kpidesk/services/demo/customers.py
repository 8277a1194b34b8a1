"""Planning the customers: becoming one, account management, and churn."""

from __future__ import annotations

from kpidesk.services.demo import words
from kpidesk.services.demo.plan import Customer, Deal, Plan, last_days, round_to
from kpidesk.services.demo.sizes import ACCOUNT


def become_customer(plan: Plan, deal: Deal) -> None:
    """The organisation of a won new-business deal becomes a customer; some churn later."""
    rng = plan.rng
    since = deal.moves[-1][1]
    recurring = round_to(deal.value * rng.uniform(0.15, 0.35), 10_000)
    customer_id = plan.cfg.next_ids["customers"] + len(plan.customers)
    customer = Customer(customer_id, deal.org, deal.rep, since, deal, deal.name, recurring)
    churn = since + 90 + round(rng.expovariate(0.1 / 365))  # about 10% a year
    if churn <= plan.cal.last:
        # On a weekend today the next working day lies ahead: no churn yet, then.
        day = plan.cal.next_open(churn)
        customer.churn = day if day <= plan.cal.last else None
        reason = rng.choice(words.CHURN_REASONS)  # drawn either way: the seed's rest stays
        customer.reason = reason if customer.churn is not None else None
    plan.customers.append(customer)


def plan_accounts(plan: Plan) -> None:
    """Account management contacts; churn after the last deal, some customers gone quiet."""
    rng, cal = plan.rng, plan.cal
    last_deal = last_days(plan.activities, 7)
    for customer, deal in ((d.customer, d) for d in plan.deals if d.customer and not d.lead):
        last_deal[customer.id] = max(last_deal.get(customer.id, 0), deal.moves[-1][1])
    for customer in plan.customers:
        busy_until = max(customer.since, last_deal.get(customer.id, 0))
        if customer.churn is not None and customer.churn <= busy_until:
            later = busy_until + rng.randint(20, 90)  # a deal ran late: the churn came after
            churn_day = cal.next_open(later)
            customer.churn = churn_day if churn_day <= cal.last else None
            customer.reason = customer.reason if customer.churn else None
        end = cal.last if customer.churn is None else customer.churn
        if customer.churn is None and busy_until < cal.last - 120 and rng.random() < 0.15:
            end = cal.pick(rng, busy_until + 1, cal.last - 95) or end  # at risk: silent since
        gap = rng.uniform(12, 40) / customer.rep.volume
        first = max(customer.since + 1, cal.origin)
        day = cal.pick(rng, first, min(first + 10, end))  # the kick-off call
        while day is not None and day <= end:
            plan.touch(
                rng.choice(ACCOUNT), day, customer.rep, org=customer.org, customer=customer.id
            )
            day = cal.next_open(day + max(2, round(rng.expovariate(1 / gap))))
