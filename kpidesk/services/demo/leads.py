"""Planning the team, and the leads with their organisations, contacts and first contacts."""

from __future__ import annotations

from datetime import timedelta

from kpidesk.data import models as m
from kpidesk.services.demo import words
from kpidesk.services.demo.plan import Plan, Rep
from kpidesk.services.demo.sizes import EMPLOYEES


def plan_team(plan: Plan) -> None:
    """The reps, one of whom loses too many deals at the proposal stage, and their manager."""
    rng, first_id, start = plan.rng, plan.cfg.next_ids["team_members"], plan.cal.start
    names = rng.sample(words.REPS, plan.size.reps)
    weak = rng.randrange(plan.size.reps)  # the coaching case: loses at the proposal stage
    for i, (first, last) in enumerate(names):
        closing = 0.5 if i == weak else rng.uniform(0.96, 1.08)
        rep = Rep(i, first_id + i, rng.uniform(0.75, 1.3), rng.uniform(0.97, 1.03), closing)
        plan.reps.append(rep)
        joined = start - timedelta(days=rng.randint(30, 1500))
        email = f"{first.lower()}@{words.DOMAIN}"
        plan.team.append((rep.id, f"{first} {last}", email, m.ROLE_REP, True, joined))
    first, last = words.MANAGER
    email, joined = f"{first.lower()}@{words.DOMAIN}", start - timedelta(days=2400)
    plan.team.append(
        (first_id + len(names), f"{first} {last}", email, m.ROLE_MANAGER, True, joined)
    )


def plan_leads(plan: Plan) -> None:
    """Leads over the history, each from a new organisation, with their first contacts."""
    rng, n = plan.rng, plan.size.leads
    days = plan.cal.sample(rng, n)
    statuses = rng.choices((m.LEAD_QUALIFIED, m.LEAD_DISQUALIFIED, m.LEAD_NEW), (38, 25, 37), k=n)
    owners = rng.choices(plan.reps, [r.volume for r in plan.reps], k=n)
    sources = rng.choices(*zip(*words.LEAD_SOURCES, strict=True), k=n)
    first_id = plan.cfg.next_ids["leads"]
    for i, (day, status, rep, source) in enumerate(
        zip(days, statuses, owners, sources, strict=True)
    ):
        _lead(plan, first_id + i, day, status, rep, source)
        if i % 10_000 == 9_999:
            plan.report(200 * i // n)


def _lead(plan: Plan, lead_id: int, day: int, status: str, rep: Rep, source: str) -> None:
    """One lead with its organisation and checklist, and contact moments until it was judged."""
    rng, cal = plan.rng, plan.cal
    end = min(cal.last, day + rng.randint(3, 25))
    if day >= cal.last:
        status = m.LEAD_NEW  # arrived today: nobody has looked at it yet
    qualified = cal.pick(rng, day + 1, end) if status == m.LEAD_QUALIFIED else None
    if qualified is None and status == m.LEAD_QUALIFIED:
        status = m.LEAD_NEW  # no working day to look at it yet
    end = qualified or end
    answers, reason = checklist(plan, status)
    org, name, contact = new_organisation(plan, answers)
    fit = _fit(plan, answers) if answers else None
    note = rng.choice(words.LEAD_NOTES[source]) if rng.random() < 0.4 else None
    created, updated = cal.stamps[day], cal.stamps[end]
    plan.leads.append(
        (
            lead_id,
            org,
            contact,
            rep.id,
            source,
            cal.days[day],
            status,
            None if qualified is None else cal.days[qualified],
            reason,
            answers,
            fit,
            note,
            created,
            created if status == m.LEAD_NEW else updated,
        )
    )
    first = "call" if source == "Koude acquisitie" else rng.choice(("call", "email"))
    plan.touch(first, day, rep, org=org, lead=lead_id)
    plan.touches(
        rep,
        ("call", "email", "linkedin", "voicemail"),
        rng.randint(0, 2),
        day,
        end,
        org=org,
        lead=lead_id,
    )
    if qualified is not None:
        plan.qualified.append((lead_id, org, qualified, rep, name))
    else:
        plan.prospects.append(org)


def checklist(plan: Plan, status: str) -> tuple[dict[str, bool], str | None]:
    """Checklist answers that fit the status; a disqualified lead fails a must-have."""
    rng, criteria = plan.rng, plan.cfg.criteria
    if status == m.LEAD_NEW:  # partly filled in, or not yet
        return {c[0]: rng.random() < 0.65 for c in criteria if rng.random() < 0.35}, None
    if status == m.LEAD_QUALIFIED:
        answers = {c[0]: c[1] or rng.random() < 0.6 for c in criteria}
        for criterion in criteria:  # tick more boxes until the score passes
            if _fit(plan, answers) >= plan.cfg.threshold:
                break
            answers[criterion[0]] = True
        return answers, None
    musts = [c for c in criteria if c[1]] or list(criteria)
    if not musts:
        return {}, words.DISQUALIFY_REASONS[""][0]
    failed = rng.choices(musts, [3 if c[3] in ("need", "budget", "size") else 2 for c in musts])
    answers = {c[0]: rng.random() < (0.8 if c[1] else 0.5) for c in criteria}
    answers[failed[0][0]] = False
    reasons = words.DISQUALIFY_REASONS.get(failed[0][3]) or words.DISQUALIFY_REASONS[""]
    return answers, rng.choice(reasons)


def _fit(plan: Plan, answers: dict[str, bool]) -> int:
    """The weighted percentage of criteria met."""
    weight = sum(c[2] for c in plan.cfg.criteria) or 1
    return round(100 * sum(c[2] for c in plan.cfg.criteria if answers.get(c[0])) / weight)


def new_organisation(plan: Plan, answers: dict[str, bool]) -> tuple[int, str, int]:
    """A new organisation that agrees with the checklist; returns id, name and contact id."""
    rng, cfg = plan.rng, plan.cfg
    want = {c[3]: answers[c[0]] for c in cfg.criteria if c[3] and c[0] in answers}
    industry = _industry(plan, want.get("industry"))
    city, region, area = _city(plan, want.get("region"))
    employees = _employees(plan, want.get("size"))
    revenue = round(employees * rng.uniform(90_000, 260_000), -4) * 100
    name, key, domain = plan.namer.company(industry, city)
    org_id = cfg.next_ids["organisations"] + len(plan.organisations)
    plan.organisations.append((org_id, name, key, city, industry, employees, revenue, region))
    contact = cfg.next_ids["contacts"] + len(plan.contacts)
    for k in range(rng.choices((1, 2, 3), (60, 30, 10))[0]):
        plan.contacts.append((contact + k, org_id, *plan.namer.person(domain, area, k)))
    return org_id, name, contact


def _industry(plan: Plan, fits: bool | None) -> str:
    names = [k for k, v in words.INDUSTRIES.items() if fits is None or v[1] == fits]
    return plan.rng.choices(names, [words.INDUSTRIES[k][0] for k in names])[0]


def _city(plan: Plan, inside: bool | None) -> tuple[str, str, str]:
    options = [c for c in words.CITIES if inside is None or (c[1] in words.HOME_REGIONS) == inside]
    city, region, area, _weight = plan.rng.choices(options, [c[3] for c in options])[0]
    return city, region, area


def _employees(plan: Plan, twenty_plus: bool | None) -> int:
    """Skewed: most companies have 10-50 people, some several hundred."""
    rng = plan.rng
    if twenty_plus is False:
        return rng.randint(4, 19)
    sizes = [b for b in EMPLOYEES if not twenty_plus or b[1] >= 20]
    low, high, _weight = rng.choices(sizes, [b[2] for b in sizes])[0]
    return rng.randint(max(low, 20) if twenty_plus else low, high)
