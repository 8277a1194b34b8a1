"""Planning the prospecting that fills each rep's days up to the planned number of activities."""

from __future__ import annotations

from kpidesk.services.demo import words
from kpidesk.services.demo.plan import Plan, Rep
from kpidesk.services.demo.sizes import PROSPECTING


def plan_prospecting(plan: Plan) -> None:
    """Prospecting (calls, voicemails, e-mails, LinkedIn) up to the planned total.

    Each rep and day gets a share by the rep's volume, the season and growth, less what deals,
    leads and customers already brought that day.
    """
    rng, cal, reps = plan.rng, plan.cal, plan.reps
    need = plan.size.activities - len(plan.activities)
    volume = sum(r.volume for r in reps) * cal.cum[-1]
    slots: list[tuple[Rep, int]] = []
    gaps: list[float] = []
    for rep in reps:
        load, share = plan.load[rep.index], plan.size.activities * rep.volume / volume
        for day in cal.logged:
            gap = share * cal.weight[day] - load[day]
            if gap > 0:
                slots.append((rep, day))
                gaps.append(gap)
    if need <= 0 or not slots:
        return
    scale = need / sum(gaps)
    counts = [int(g * scale) for g in gaps]
    for i in rng.choices(range(len(slots)), [g * scale % 1 for g in gaps], k=need - sum(counts)):
        counts[i] += 1
    roles, weights = list(PROSPECTING), list(PROSPECTING.values())
    type_ids, notes, times = plan.cfg.type_ids, words.NOTES, plan.times
    prospects: list[int | None] = [*plan.prospects] or [None]
    add, draw = plan.activities.append, rng.random
    for (rep, day), count in zip(slots, counts, strict=True):
        for role in rng.choices(roles, weights, k=count):
            add(
                (
                    day,
                    rng.choice(times) if draw() < 0.6 else None,
                    type_ids[role],
                    rep.id,
                    rng.choice(prospects) if draw() < 0.45 else None,
                    None,
                    None,
                    None,
                    rng.choice(notes[role]) if draw() < words.NOTE_CHANCE[role] else None,
                )
            )
        plan.load[rep.index][day] += count
