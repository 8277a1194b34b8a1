"""How fast the leads list pages through 100,000 leads, sorted by lookalike and otherwise.

    PYTHONPATH=. python bench/leads_list.py [LEADS] [postgresql+psycopg://…/EMPTY_DATABASE]

Prints seconds per call and ratios against the plain first page (sorted by created date), all
measured in this run on one fresh database: sorted by the stored lookalike score and, as the
score was before migration 0014, by the score computed over every lead; a bare sqlite3 read of
a page of ids; the time to compute the stored scores of every organisation once, and to bring
them up to date after a customer churned.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from kpidesk.core.names import organisation_key
from kpidesk.data.models import Customer, Lead, Organisation, TeamMember
from kpidesk.services.leads.lookalike import refresh_scores
from kpidesk.services.leads.records import LeadFilter, get_lead, list_leads
from kpidesk.services.store.database import open_database

INDUSTRIES = [
    "Bouw",
    "Installatietechniek",
    "Zorg",
    "ICT",
    "Logistiek",
    "Groothandel",
    "Onderwijs",
    "Retail",
    "Zakelijke dienstverlening",
    "Industrie",
]
REGIONS = [
    "Utrecht",
    "Noord-Holland",
    "Zuid-Holland",
    "Gelderland",
    "Noord-Brabant",
    "Overijssel",
    "Limburg",
    "Friesland",
    "Groningen",
    "Drenthe",
    "Flevoland",
    "Zeeland",
]


def build(path: Path | str, leads: int, customers: int) -> None:
    rng = random.Random(1)
    db = open_database(path)
    with db.write() as s:
        s.execute(
            insert(TeamMember),
            [{"name": f"Rep {i}", "role": "rep", "active": True} for i in range(10)],
        )
        orgs = [
            {
                "name": f"Org {i}",
                "name_key": organisation_key(f"Org {i}"),
                "industry": rng.choice(INDUSTRIES),
                "region": rng.choice(REGIONS),
                "employees": rng.choice([None, 5, 15, 40, 80, 150, 300, 800]),
                "yearly_revenue_cents": rng.choice([None, 50_000_000, 300_000_000, 1_500_000_000]),
            }
            for i in range(leads + customers)
        ]
        s.execute(insert(Organisation), orgs)
        s.execute(
            insert(Customer),
            [
                {
                    "organisation_id": leads + i + 1,
                    "customer_since": date(2026, 1, 1) - timedelta(days=rng.randint(0, 2000)),
                    "recurring_value_cents": rng.randint(1, 100) * 1_000_00,
                }
                for i in range(customers)
            ],
        )
        s.execute(
            insert(Lead),
            [
                {
                    "organisation_id": i + 1,
                    "owner_id": rng.randint(1, 10),
                    "status": "new",
                    "created_date": date(2026, 1, 1) - timedelta(days=rng.randint(0, 1500)),
                    "checklist": {},
                    "source": rng.choice(["Website", "Beurs", "LinkedIn"]),
                }
                for i in range(leads)
            ],
        )
    db.dispose()


def bare_first_page(db: Any) -> None:
    """The driver alone (sqlite3 or psycopg), no SQLAlchemy: a page of ids and the count."""
    con = db.engine.raw_connection()
    try:
        cursor = con.cursor()
        cursor.execute(
            "SELECT id FROM leads WHERE deleted_at IS NULL ORDER BY created_date DESC, id DESC "
            "LIMIT 500"
        )
        cursor.fetchall()
        cursor.execute("SELECT count(*) FROM leads WHERE deleted_at IS NULL")
        cursor.fetchone()
    finally:
        con.close()


class computed_scores:
    """Within this block the list computes the lookalike score instead of reading it."""

    def __enter__(self) -> None:
        from kpidesk.services.leads import lookalike, records

        self._saved = records.score_column
        records.score_column = lambda _session, profile: lookalike.score_expression(profile)

    def __exit__(self, *_exc: object) -> None:
        from kpidesk.services.leads import records

        records.score_column = self._saved


def churn_a_customer(db: Any, today: date) -> tuple[float, int]:
    """Churn the first customer and time the refresh the next read makes."""
    with db.write() as s:
        customer = s.scalars(select(Customer).limit(1)).one()
        customer.churned_at = today
    started = time.perf_counter()
    written = refresh_scores(db, today).organisations
    return time.perf_counter() - started, written


def timed(label: str, call: object, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("postgresql")]
    server = next((a for a in sys.argv[1:] if a.startswith("postgresql")), None)
    leads = int(args[0]) if args else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path: Path | str = server or Path(folder) / "bench.db"
        build(path, leads, 800)
        db = open_database(path)
        today = date(2026, 6, 1)
        started = time.perf_counter()
        refresh_scores(db, today)
        first_refresh = time.perf_counter() - started
        base = timed("created", lambda: list_leads(db, sort="created", today=today))
        results = {
            "first page, by created (baseline)": base,
            "first page, by company": timed(
                "company", lambda: list_leads(db, sort="company", today=today)
            ),
            "first page, by lookalike": timed(
                "lookalike", lambda: list_leads(db, sort="lookalike", descending=True, today=today)
            ),
            "page 100 (offset 50,000), by lookalike": timed(
                "deep",
                lambda: list_leads(
                    db, sort="lookalike", offset=min(50_000, leads - 500), today=today
                ),
            ),
            "search 'org 12', by lookalike": timed(
                "search",
                lambda: list_leads(db, LeadFilter(search="org 12"), sort="lookalike", today=today),
            ),
            "one lead's detail (panel)": timed("detail", lambda: get_lead(db, 1, today=today)),
        }
        sql = timed("bare", lambda: bare_first_page(db))
        stored = list_leads(db, sort="lookalike", today=today)
        with computed_scores():
            results["first page, by lookalike computed (as before 0014)"] = timed(
                "computed", lambda: list_leads(db, sort="lookalike", today=today)
            )
            assert list_leads(db, sort="lookalike", today=today) == stored, "scores disagree"
        results["bare SQL: 500 lead ids by created date (driver)"] = sql
        churned = churn_a_customer(db, today)
        print(f"{leads:,} leads, 800 customers")
        for label, seconds in results.items():
            print(f"  {label:52s} {seconds * 1000:8.1f} ms   x{seconds / base:5.2f}")
        once = first_refresh * 1000
        print(f"  {'stored scores computed for every organisation (once)':52s} {once:8.1f} ms")
        rewritten, took = churned[1], churned[0] * 1000
        print(f"  after a customer churned: {rewritten:,} scores rewritten in {took:.1f} ms")
        db.dispose()


if __name__ == "__main__":
    main()
