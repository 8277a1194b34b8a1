"""How big a demo is and how its team and pipeline behave: the knobs of the simulation."""

from __future__ import annotations

from dataclasses import dataclass

WARM_UP = 120  # days before the history start in which the first deals began
# Prospecting moments (plan_prospecting) by role, as relative weights.
PROSPECTING = {"call": 34, "voicemail": 14, "email": 26, "linkedin": 26}
# (fewest, most, weight): many small companies, some with several hundred people.
EMPLOYEES = ((5, 9, 8), (10, 50, 45), (51, 100, 20), (101, 200, 13), (201, 500, 10), (501, 2500, 4))
# Account management with customers (plan_accounts): mostly calls.
ACCOUNT = ("call",) * 4 + ("email",) * 3 + ("voicemail",) * 2 + ("linkedin", "presentation")


@dataclass(frozen=True)
class Size:
    """How big a demo is and how its pipeline behaves."""

    reps: int
    years: int
    leads: int
    deals: int
    activities: int
    deal_share: float  # share of qualified leads that become a deal
    stall: float  # chance per stage that a deal stalls for months
    linger: float  # chance that a deal going nowhere stays open for months before it is lost
    new_pass: tuple[float, ...]  # per open stage: chance that a new-business deal moves on
    customer_pass: tuple[float, ...]  # the same for deals with existing customers


# Calibrated so that small has ~100 customers and wins ~30% of its closed deals, and large has
# ~2,000 customers: its 50,000 deals are then mostly repeat business, which is won more easily.
SIZES = {
    "small": Size(6, 2, 1100, 480, 20_000, 0.8, 0.035, 0.04,
                  (0.82, 0.82, 0.8, 0.66, 0.85), (0.9, 0.87, 0.85, 0.7, 0.85)),
    "large": Size(10, 4, 100_000, 50_000, 1_000_000, 0.8, 0.1, 0.26,
                  (0.53, 0.555, 0.555, 0.62, 0.82), (0.98, 0.96, 0.95, 0.88, 0.95)),
}  # fmt: skip
