"""A synthetic sales team written with bulk inserts: for export tests and bench/bench_export.py.

Not the demo generator: plain random data of the right shape (reps, organisations, leads,
deals with stage history, activities, customers, targets), fast enough for a million rows.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from kpidesk.core.names import organisation_key
from kpidesk.data.database import Database
from kpidesk.data.models import (
    Activity,
    ActivityType,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Lead,
    Organisation,
    Stage,
    Target,
    TeamMember,
    scope_key,
)

REP_NAMES = [
    "Bram de Vries",
    "Sanne Jansen",
    "Daan Bakker",
    "Lotte Visser",
    "Joris Smit",
    "Eva Mulder",
    "Ruben de Boer",
    "Fleur Dekker",
    "Niels Meijer",
    "Iris Bos",
]
CITIES = ["Utrecht", "Amersfoort", "Zwolle", "Arnhem", "Den Bosch", "Breda", "Leiden"]
INDUSTRIES = ["Bouw", "Zorg", "Logistiek", "ICT", "Groothandel", "Installatietechniek"]


def fill_team(
    db: Database,
    *,
    reps: int = 4,
    organisations: int = 300,
    deals: int = 400,
    activities: int = 3000,
    end: date = date(2026, 10, 31),
    seed: int = 1,
) -> None:
    """Fill an empty, migrated database; everything happens in the 24 months before *end*."""
    rnd = random.Random(seed)
    start = end - timedelta(days=730)

    def day() -> date:
        return start + timedelta(days=rnd.randrange(730))

    with db.write() as s:
        stages = s.execute(
            select(Stage.id, Stage.kind, Stage.position).order_by(Stage.position)
        ).all()
        types = [t[0] for t in s.execute(select(ActivityType.id))]
        s.execute(
            insert(TeamMember),
            [
                {"name": n, "role": "rep", "active": True, "start_date": date(2020, 1, 1)}
                for n in REP_NAMES[:reps]
            ],
        )
        s.execute(
            insert(TeamMember), [{"name": "Manon Manager", "role": "manager", "active": True}]
        )
        rep_ids = [r[0] for r in s.execute(select(TeamMember.id).where(TeamMember.role == "rep"))]
        s.execute(
            insert(Organisation),
            [
                {
                    "name": f"Klant {i:05d} B.V.",
                    "name_key": organisation_key(f"Klant {i:05d} B.V."),
                    "city": rnd.choice(CITIES),
                    "industry": rnd.choice(INDUSTRIES),
                    "employees": rnd.randrange(5, 400),
                }
                for i in range(organisations)
            ],
        )
        org_ids = [r[0] for r in s.execute(select(Organisation.id))]
        s.execute(
            insert(Contact),
            [
                {
                    "organisation_id": o,
                    "name": f"Contact {o}",
                    "email": f"info{o}@example.nl",
                    "phone": "030-1234567",
                }
                for o in org_ids
            ],
        )
        contact_of = dict(s.execute(select(Contact.organisation_id, Contact.id)).all())
        leads = []
        for o in org_ids:
            created = day()
            qualified = rnd.random() < 0.5
            leads.append(
                {
                    "organisation_id": o,
                    "contact_id": contact_of[o],
                    "owner_id": rnd.choice(rep_ids),
                    "source": rnd.choice(["Website", "Beurs", "Netwerk", "=Koud bellen"]),
                    "created_date": created,
                    "status": "qualified" if qualified else "new",
                    "qualified_at": created + timedelta(days=rnd.randrange(1, 20))
                    if qualified
                    else None,
                    "checklist": {},
                    "notes": None,
                }
            )
        s.execute(insert(Lead), leads)
        open_stages = [st for st in stages if st[1] == "open"]
        won = next(st[0] for st in stages if st[1] == "won")
        lost = next(st[0] for st in stages if st[1] == "lost")
        deal_rows, histories = [], []
        for i in range(deals):
            first = day()
            reached = rnd.randrange(len(open_stages))
            outcome = rnd.random()
            closed = None
            stage = open_stages[reached][0]
            if first < end - timedelta(days=120):
                outcome *= 0.6  # older deals are closed by now: a realistic open pipeline
            if outcome < 0.35:
                stage, closed = won, first + timedelta(days=rnd.randrange(10, 120))
            elif outcome < 0.6:
                stage, closed = lost, first + timedelta(days=rnd.randrange(5, 90))
            if closed and closed > end:
                closed = end
            moments = [first + timedelta(days=5 * k + rnd.randrange(5)) for k in range(reached + 2)]
            path = [st[0] for st in open_stages[: reached + 1]]
            if stage in (won, lost):
                path.append(stage)
            deal_rows.append(
                {
                    "title": f"Deal {i:05d}",
                    "organisation_id": rnd.choice(org_ids),
                    "owner_id": rnd.choice(rep_ids),
                    "value_cents": rnd.randrange(2_000, 60_000) * 100,
                    "stage_id": stage,
                    "first_contact": first,
                    "closed_date": closed,
                    "stage_entered_at": moments[len(path) - 1] if closed is None else closed,
                    "last_activity_date": first + timedelta(days=rnd.randrange(30)),
                    "lost_reason": "Te duur" if stage == lost else None,
                    "version": 1,
                }
            )
            histories.append((path, moments))
        s.execute(insert(Deal), deal_rows)
        deal_ids = [r[0] for r in s.execute(select(Deal.id).order_by(Deal.id))]
        hist = []
        for deal_id, (path, moments) in zip(deal_ids, histories, strict=True):
            previous = None
            for to_stage, moment in zip(path, moments, strict=False):
                hist.append(
                    {
                        "deal_id": deal_id,
                        "from_stage_id": previous,
                        "to_stage_id": to_stage,
                        "moved_at": datetime.combine(moment, time(10), tzinfo=UTC),
                    }
                )
                previous = to_stage
        s.execute(insert(DealStageHistory), hist)
        customers = rnd.sample(org_ids, min(len(org_ids) // 3, len(org_ids)))
        s.execute(
            insert(Customer),
            [
                {
                    "organisation_id": o,
                    "customer_since": day(),
                    "owner_id": rnd.choice(rep_ids),
                    "recurring_value_cents": rnd.randrange(1_000, 30_000) * 100,
                    "churned_at": None,
                }
                for o in customers
            ],
        )
        targets = []
        month = date(start.year, start.month, 1)
        while month <= end:
            for r in rep_ids:
                targets += [
                    {
                        "rep_id": r,
                        "scope_key": scope_key(r),
                        "kpi": "activity_points",
                        "month": month,
                        "value": 120,
                    },
                    {
                        "rep_id": r,
                        "scope_key": scope_key(r),
                        "kpi": "qualified_leads",
                        "month": month,
                        "value": 3,
                    },
                    {
                        "rep_id": r,
                        "scope_key": scope_key(r),
                        "kpi": "new_revenue",
                        "month": month,
                        "value": 2_000_000,
                    },
                    {
                        "rep_id": r,
                        "scope_key": scope_key(r),
                        "kpi": "pipeline_value",
                        "month": month,
                        "value": 10_000_000,
                    },
                ]
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        s.execute(insert(Target), targets)
    batch = 50_000
    notes = ["Goed gesprek", "Terugbellen", "-korting besproken", None, None, "Offerte nagestuurd"]
    for first in range(0, activities, batch):
        rows = [
            {
                "type_id": rnd.choice(types),
                "rep_id": rnd.choice(rep_ids),
                "date": day(),
                "organisation_id": rnd.choice(org_ids),
                "note": rnd.choice(notes),
            }
            for _ in range(min(batch, activities - first))
        ]
        with db.write() as s:
            s.execute(insert(Activity), rows)
