"""Demo data: a plausible Dutch B2B sales team with years of history, written in one transaction.

Everything is planned in memory as plain tuples from one seeded ``random.Random`` (the same seed
and day give the same database) and then bulk-inserted with SQLAlchemy Core; per-row ORM objects
would take minutes for the large size.

The modules, in the order the work happens:

- ``sizes``: how big each demo is and how its team behaves; ``words``: Dutch names, companies,
  places, products and notes (stored data, not interface text);
- ``config``: the stages, activity types and criteria the demo builds on, and the free ids;
  ``workdays``: the calendar of working days, holidays and season;
- ``plan``: the state being planned; then ``leads`` (the team and the leads), ``deals`` (deals
  and their stage history), ``customers`` (accounts and churn), ``prospecting`` (filling the
  days) and ``targets``, each adding to the plan;
- ``rows`` and ``writing``: the plan as table rows, inserted with progress and cancel;
- ``generate``: :func:`generate_demo`, which runs the steps in order.
"""

from __future__ import annotations

from kpidesk.services.demo.config import ID_TABLES, ROLES
from kpidesk.services.demo.errors import DemoCancelled, DemoRefused
from kpidesk.services.demo.generate import DemoSummary, generate_demo
from kpidesk.services.demo.plan import Row
from kpidesk.services.demo.progress import PROGRESS_TOTAL, Progress
from kpidesk.services.demo.sizes import ACCOUNT, EMPLOYEES, PROSPECTING, SIZES, WARM_UP
from kpidesk.services.demo.writing import CHUNK, COLUMNS

__all__ = [
    "ACCOUNT",
    "CHUNK",
    "COLUMNS",
    "EMPLOYEES",
    "ID_TABLES",
    "PROGRESS_TOTAL",
    "PROSPECTING",
    "ROLES",
    "SIZES",
    "WARM_UP",
    "DemoCancelled",
    "DemoRefused",
    "DemoSummary",
    "Progress",
    "Row",
    "generate_demo",
]
