"""Demo data: a plausible Dutch B2B sales team with years of history, written in one transaction.

Everything is planned in memory as plain tuples from one seeded ``random.Random`` (the same seed
and day give the same database) and then bulk-inserted with SQLAlchemy Core; per-row ORM objects
would take minutes for the large size.
"""

from __future__ import annotations

import bisect
import random
import time as clock
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import accumulate, islice
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.periods import add_months, month_start
from kpidesk.data import models as m
from kpidesk.data.database import Database, holds_data
from kpidesk.services import demo_names as words
from kpidesk.services.errors import Refused, ServiceError

Progress = Callable[[int, int], bool]
Row = tuple[Any, ...]
PROGRESS_TOTAL = 1000
CHUNK = 50_000
WARM_UP = 120  # days before the history start in which the first deals began
# Activity types are matched to these roles by position, as in the default configuration.
ROLES = ("intake", "presentation", "proposal", "call", "voicemail", "email", "linkedin")
PROSPECTING = {"call": 34, "voicemail": 14, "email": 26, "linkedin": 26}
# (fewest, most, weight): many small companies, some with several hundred people.
EMPLOYEES = ((5, 9, 8), (10, 50, 45), (51, 100, 20), (101, 200, 13), (201, 500, 10), (501, 2500, 4))
ACCOUNT = ("call",) * 4 + ("email",) * 3 + ("voicemail",) * 2 + ("linkedin", "presentation")


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_demo` wrote."""

    team_members: int
    organisations: int
    leads: int
    deals: int
    open_deals: int
    activities: int
    customers: int
    targets: int
    seconds: float


class DemoRefused(Refused):
    """The database already holds data; demo data only goes into an empty one."""


class DemoCancelled(ServiceError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class _Size:
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
    "small": _Size(6, 2, 1100, 480, 20_000, 0.8, 0.035, 0.04,
                   (0.82, 0.82, 0.8, 0.66, 0.85), (0.9, 0.87, 0.85, 0.7, 0.85)),
    "large": _Size(10, 4, 100_000, 50_000, 1_000_000, 0.8, 0.1, 0.26,
                   (0.53, 0.555, 0.555, 0.62, 0.82), (0.98, 0.96, 0.95, 0.88, 0.95)),
}  # fmt: skip


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
        raise _refused()
    report = _Reporter(progress)
    with db.read() as session:
        config = _Config.read(session)
    gen = _Generator(SIZES[size], config, random.Random(seed), today or date.today(), report)
    gen.run()
    _write(db, gen, config, report)
    report(PROGRESS_TOTAL)
    return DemoSummary(
        team_members=len(gen.team),
        organisations=len(gen.organisations),
        leads=len(gen.leads),
        deals=len(gen.deals),
        open_deals=sum(1 for d in gen.deals if d.outcome == m.STAGE_OPEN),
        activities=len(gen.activities),
        customers=len(gen.customers),
        targets=len(gen.targets),
        seconds=round(clock.perf_counter() - started, 2),
    )


def _refused() -> DemoRefused:
    return DemoRefused(
        tr(
            "This database already holds data. Demo data can only go into an empty database: "
            "start a new database file for the demo."
        )
    )


class _Reporter:
    """Reports progress on a 0…1000 scale and turns a False answer into DemoCancelled."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress

    def __call__(self, done: int) -> None:
        if self.progress is not None and self.progress(done, PROGRESS_TOTAL) is False:
            raise DemoCancelled(tr("Making the demo data was cancelled; nothing was changed."))


ID_TABLES = (m.TeamMember, m.Organisation, m.Contact, m.Lead, m.Deal, m.Customer)


@dataclass(frozen=True)
class _Config:
    """The configuration seeded by the migrations, and where the new ids start."""

    stage_ids: list[int]  # open stages by position, then won, then lost
    rotting: list[int]  # per open stage
    probability: list[int]  # per open stage
    type_ids: dict[str, int]
    points: dict[int, int]
    criteria: list[tuple[str, bool, int, str]]  # id, must-have, weight, kind
    threshold: int
    lost_reasons: list[str]
    next_ids: dict[str, int]
    name_keys: set[str]
    team_months: set[date]  # months that already have a team pipeline target

    @classmethod
    def read(cls, session: Session) -> _Config:
        stages = session.execute(select(m.Stage).order_by(m.Stage.position, m.Stage.id)).scalars()
        by_kind: dict[str, list[m.Stage]] = {m.STAGE_OPEN: [], m.STAGE_WON: [], m.STAGE_LOST: []}
        for stage in stages:
            by_kind.setdefault(stage.kind, []).append(stage)
        opened = by_kind[m.STAGE_OPEN]
        active_type = select(m.ActivityType).where(m.ActivityType.active)
        types = list(session.execute(active_type.order_by(m.ActivityType.position)).scalars())
        if len(opened) < 2 or not by_kind[m.STAGE_WON] or not by_kind[m.STAGE_LOST] or not types:
            raise DemoRefused(
                tr(
                    "Demo data needs at least two open stages, a won and a lost stage and one "
                    "activity type. Check the pipeline settings."
                )
            )
        active_criterion = select(m.IcpCriterion).where(m.IcpCriterion.active)
        criteria = session.execute(active_criterion.order_by(m.IcpCriterion.position)).scalars()
        settings: dict[str, Any] = dict(
            session.execute(select(m.Setting.key, m.Setting.value)).all()
        )
        team = m.Target.scope_key == m.scope_key(None)
        return cls(
            stage_ids=[s.id for s in opened]
            + [by_kind[m.STAGE_WON][0].id, by_kind[m.STAGE_LOST][0].id],
            rotting=[s.rotting_days or 10 for s in opened],
            probability=[s.probability for s in opened],
            type_ids={role: types[min(i, len(types) - 1)].id for i, role in enumerate(ROLES)},
            points={t.id: t.points for t in types},
            criteria=[
                (str(c.id), c.must_have, c.weight, words.CRITERION_KINDS.get(c.text_nl, ""))
                for c in criteria
            ],
            threshold=int(settings.get("icp_threshold", 60)),
            lost_reasons=list(settings.get("lost_reasons_nl") or [words.LOST_SILENT]),
            next_ids=_next_ids(session.connection()),
            name_keys=set(session.execute(select(m.Organisation.name_key)).scalars()),
            team_months=set(session.execute(select(m.Target.month).where(team)).scalars()),
        )


def _next_ids(conn: Connection) -> dict[str, int]:
    """The first free id per table: rows get explicit ids so that they can refer to each other."""
    return {
        model.__tablename__: (conn.execute(select(func.max(model.id))).scalar() or 0) + 1
        for model in ID_TABLES
    }


class _Calendar:
    """Days as indices 0…last (today), with working days, season and growth weights.

    Day 0 lies WARM_UP days before the history starts (at ``origin``): deals that were running
    when the team started logging begin there, so that the first months are not empty.
    """

    def __init__(self, start: date, today: date) -> None:
        begin = start - timedelta(days=WARM_UP)
        self.start, self.today, self.origin = start, today, WARM_UP
        self.last = (today - begin).days
        self.days = [begin + timedelta(days=i) for i in range(self.last + 1)]
        holidays = _holidays(range(begin.year, today.year + 1))
        season = [_season(d, holidays) for d in self.days]
        self.open = [i for i, s in enumerate(season) if s > 0]
        self.logged = [i for i in self.open if i >= self.origin]
        # The team grows: volume rises from 80% to 120% of the average over the history.
        span = max(self.last - self.origin, 1)
        self.weight = [
            0.0 if i < self.origin else s * (0.8 + 0.4 * (i - self.origin) / span)
            for i, s in enumerate(season)
        ]
        self.cum = list(accumulate(self.weight))
        self.month = [(d.year - start.year) * 12 + d.month - start.month for d in self.days]
        self.summer = [d.month in (7, 8) for d in self.days]
        # When a row of that day was saved: late afternoon; today's rows at midnight UTC, so that
        # nothing lies in the future and the same day always gives the same database.
        self.stamps = [datetime.combine(d, time(16, 30), UTC) for d in self.days]
        self.stamps[-1] = datetime.combine(today, time(0, 0), UTC)

    def moment(self, rng: random.Random, day: int) -> datetime:
        """A stage move during office hours (UTC), or today's midnight stamp."""
        at = time(rng.randint(7, 15), rng.choice((0, 15, 30, 45)))
        return self.stamps[day] if day == self.last else datetime.combine(self.days[day], at, UTC)

    def next_open(self, day: int) -> int:
        """The first working day on or after *day*; any day after today when there is none."""
        k = bisect.bisect_left(self.open, day)
        return self.open[k] if k < len(self.open) else max(day, self.last + 1)

    def pick(self, rng: random.Random, lo: int, hi: int) -> int | None:
        """A random working day in lo…hi, or None when there is none."""
        a, b = bisect.bisect_left(self.open, lo), bisect.bisect_right(self.open, hi)
        return self.open[rng.randrange(a, b)] if a < b else None

    def sample(self, rng: random.Random, n: int) -> list[int]:
        """*n* sorted days of the history, drawn by season and growth."""
        return sorted(rng.choices(range(self.last + 1), cum_weights=self.cum, k=n))

    def future(self, days: int) -> date:
        """A weekday at least *days* (and at least one day) after today."""
        day = self.today + timedelta(days=max(days, 1))
        return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    h = (19 * a + b - d - (8 * b + 13) // 25 + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    month, day = divmod(h + j - 7 * ((a + 11 * h + 22 * j) // 451) + 114, 31)
    return date(year, month, day + 1)


def _holidays(years: Iterable[int]) -> set[date]:
    """Dutch public holidays, on which nobody sells."""
    result: set[date] = set()
    for year in years:
        easter, kings = _easter(year), date(year, 4, 27)
        result |= {
            date(year, 1, 1),
            date(year, 12, 25),
            date(year, 12, 26),
            easter + timedelta(days=1),
            easter + timedelta(days=39),
            easter + timedelta(days=50),
            kings - timedelta(days=1) if kings.weekday() == 6 else kings,
        }
    return result


def _season(day: date, holidays: set[date]) -> float:
    """How busy a day is: 0 on weekends and holidays, quiet in the summer and around Christmas."""
    if day.weekday() >= 5 or day in holidays:
        return 0.0
    factor = 0.85 if day.weekday() == 4 else 1.0
    if day.month == 12 and day.day >= 24:
        return 0.25 * factor
    if day.month == 7 or (day.month == 8 and day.day <= 20):
        return (0.7 if day.month == 7 else 0.55) * factor
    return factor


@dataclass(eq=False)
class _Rep:
    """A rep's character in the simulation."""

    index: int
    id: int
    volume: float  # relative activity volume and share of the leads
    skill: float  # multiplies every stage's pass chance
    closing: float  # multiplies the pass chance at the proposal stage


@dataclass(eq=False)
class _Customer:
    """A customer being planned; days are calendar indices."""

    id: int
    org: int
    rep: _Rep
    since: int
    deal: _Deal
    name: str
    recurring: int
    churn: int | None = None
    reason: str | None = None


@dataclass(eq=False)
class _Deal:
    """A deal being planned; days are calendar indices, stages indices into stage_ids."""

    rep: _Rep
    org: int
    name: str
    product: str
    value: int
    first: int
    lead: int | None = None
    customer: _Customer | None = None  # the customer this deal is repeat business with
    moves: list[tuple[int, int]] = field(default_factory=list)  # (stage index, day)
    outcome: str = m.STAGE_OPEN
    reason: str | None = None
    linger: bool = False  # went quiet in its last stage long before it was closed
    id: int = 0


class _Generator:
    """Plans every row of the demo in memory."""

    def __init__(
        self, size: _Size, config: _Config, rng: random.Random, today: date, report: _Reporter
    ) -> None:
        self.size, self.cfg, self.rng, self.report = size, config, rng, report
        self.cal = _Calendar(add_months(month_start(today), -12 * size.years), today)
        self.team: list[Row] = []
        self.reps: list[_Rep] = []
        self.organisations: list[Row] = []
        self.contacts: list[Row] = []
        self.leads: list[Row] = []
        self.qualified: list[tuple[int, int, int, _Rep, str]] = []  # lead, org, day, rep, name
        self.prospects: list[int] = []  # organisations of leads that were not qualified
        self.deals: list[_Deal] = []
        self.customers: list[_Customer] = []
        self.activities: list[Row] = []  # day, time, type, rep, org, lead, deal, customer, note
        self.load = [[0] * (self.cal.last + 1) for _ in range(size.reps)]
        self.targets: list[Row] = []
        self.times = [time(h, mi) for h in range(8, 18) for mi in range(0, 60, 5)]
        self.namer = words.Namer(rng, config.name_keys)

    def run(self) -> None:
        """Plan in dependency order; the order of random draws makes the result repeatable."""
        self._team()
        self._leads()
        self._new_business()
        self._warm_start()
        self._existing_business()
        self.report(250)
        self.deals.sort(key=lambda d: d.first)  # ids in order of first contact
        for i, deal in enumerate(self.deals):
            deal.id = self.cfg.next_ids["deals"] + i
            self._deal_activities(deal)
        self._churn_and_accounts()
        self.report(320)
        self._fill_activities()
        self.report(400)
        self.activities.sort(key=itemgetter(0))  # date order, like a real log; faster indexes
        self._targets()
        self.report(450)

    # team -------------------------------------------------------------------------------------
    def _team(self) -> None:
        rng, first_id, start = self.rng, self.cfg.next_ids["team_members"], self.cal.start
        names = rng.sample(words.REPS, self.size.reps)
        weak = rng.randrange(self.size.reps)  # the coaching case: loses at the proposal stage
        for i, (first, last) in enumerate(names):
            closing = 0.5 if i == weak else rng.uniform(0.96, 1.08)
            rep = _Rep(i, first_id + i, rng.uniform(0.75, 1.3), rng.uniform(0.97, 1.03), closing)
            self.reps.append(rep)
            joined = start - timedelta(days=rng.randint(30, 1500))
            email = f"{first.lower()}@{words.DOMAIN}"
            self.team.append((rep.id, f"{first} {last}", email, m.ROLE_REP, True, joined))
        first, last = words.MANAGER
        email, joined = f"{first.lower()}@{words.DOMAIN}", start - timedelta(days=2400)
        self.team.append(
            (first_id + len(names), f"{first} {last}", email, m.ROLE_MANAGER, True, joined)
        )

    # organisations, contacts and leads ---------------------------------------------------------
    def _leads(self) -> None:
        rng, n = self.rng, self.size.leads
        days = self.cal.sample(rng, n)
        statuses = rng.choices(
            (m.LEAD_QUALIFIED, m.LEAD_DISQUALIFIED, m.LEAD_NEW), (38, 25, 37), k=n
        )
        owners = rng.choices(self.reps, [r.volume for r in self.reps], k=n)
        sources = rng.choices(*zip(*words.LEAD_SOURCES, strict=True), k=n)
        first_id = self.cfg.next_ids["leads"]
        for i, (day, status, rep, source) in enumerate(
            zip(days, statuses, owners, sources, strict=True)
        ):
            self._lead(first_id + i, day, status, rep, source)
            if i % 10_000 == 9_999:
                self.report(200 * i // n)

    def _lead(self, lead_id: int, day: int, status: str, rep: _Rep, source: str) -> None:
        rng, cal = self.rng, self.cal
        end = min(cal.last, day + rng.randint(3, 25))
        if day >= cal.last:
            status = m.LEAD_NEW  # arrived today: nobody has looked at it yet
        qualified = cal.pick(rng, day + 1, end) if status == m.LEAD_QUALIFIED else None
        if qualified is None and status == m.LEAD_QUALIFIED:
            status = m.LEAD_NEW  # no working day to look at it yet
        end = qualified or end
        answers, reason = self._checklist(status)
        org, name, contact = self._organisation(answers)
        fit = self._fit(answers) if answers else None
        note = rng.choice(words.LEAD_NOTES[source]) if rng.random() < 0.4 else None
        created, updated = cal.stamps[day], cal.stamps[end]
        self.leads.append(
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
        self._touch(first, day, rep, org=org, lead=lead_id)
        self._touches(
            rep,
            ("call", "email", "linkedin", "voicemail"),
            rng.randint(0, 2),
            day,
            end,
            org=org,
            lead=lead_id,
        )
        if qualified is not None:
            self.qualified.append((lead_id, org, qualified, rep, name))
        else:
            self.prospects.append(org)

    def _checklist(self, status: str) -> tuple[dict[str, bool], str | None]:
        """Checklist answers that fit the status; a disqualified lead fails a must-have."""
        rng, criteria = self.rng, self.cfg.criteria
        if status == m.LEAD_NEW:  # partly filled in, or not yet
            return {c[0]: rng.random() < 0.65 for c in criteria if rng.random() < 0.35}, None
        if status == m.LEAD_QUALIFIED:
            answers = {c[0]: c[1] or rng.random() < 0.6 for c in criteria}
            for criterion in criteria:  # tick more boxes until the score passes
                if self._fit(answers) >= self.cfg.threshold:
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

    def _fit(self, answers: dict[str, bool]) -> int:
        """The weighted percentage of criteria met."""
        weight = sum(c[2] for c in self.cfg.criteria) or 1
        return round(100 * sum(c[2] for c in self.cfg.criteria if answers.get(c[0])) / weight)

    def _organisation(self, answers: dict[str, bool]) -> tuple[int, str, int]:
        """A new organisation that agrees with the checklist; returns id, name and contact id."""
        rng, cfg = self.rng, self.cfg
        want = {c[3]: answers[c[0]] for c in cfg.criteria if c[3] and c[0] in answers}
        industry = self._industry(want.get("industry"))
        city, region, area = self._city(want.get("region"))
        employees = self._employees(want.get("size"))
        revenue = round(employees * rng.uniform(90_000, 260_000), -4) * 100
        name, key, domain = self.namer.company(industry, city)
        org_id = cfg.next_ids["organisations"] + len(self.organisations)
        self.organisations.append((org_id, name, key, city, industry, employees, revenue, region))
        contact = cfg.next_ids["contacts"] + len(self.contacts)
        for k in range(rng.choices((1, 2, 3), (60, 30, 10))[0]):
            self.contacts.append((contact + k, org_id, *self.namer.person(domain, area, k)))
        return org_id, name, contact

    def _industry(self, fits: bool | None) -> str:
        names = [k for k, v in words.INDUSTRIES.items() if fits is None or v[1] == fits]
        return self.rng.choices(names, [words.INDUSTRIES[k][0] for k in names])[0]

    def _city(self, inside: bool | None) -> tuple[str, str, str]:
        options = [
            c for c in words.CITIES if inside is None or (c[1] in words.HOME_REGIONS) == inside
        ]
        city, region, area, _weight = self.rng.choices(options, [c[3] for c in options])[0]
        return city, region, area

    def _employees(self, twenty_plus: bool | None) -> int:
        """Skewed: most companies have 10-50 people, some several hundred."""
        rng = self.rng
        if twenty_plus is False:
            return rng.randint(4, 19)
        sizes = [b for b in EMPLOYEES if not twenty_plus or b[1] >= 20]
        low, high, _weight = rng.choices(sizes, [b[2] for b in sizes])[0]
        return rng.randint(max(low, 20) if twenty_plus else low, high)

    # deals and customers ----------------------------------------------------------------------
    def _new_business(self) -> None:
        """Deals from qualified leads; a won one makes the organisation a customer."""
        rng, cal = self.rng, self.cal
        for lead_id, org, day, rep, name in self.qualified:
            if day >= cal.last or rng.random() >= self.size.deal_share:
                continue
            first = cal.pick(rng, day, min(cal.last, day + 7))
            if first is None:
                continue
            deal = self._deal(rep, org, name, first, new=True, patient=True)
            deal.lead = lead_id
            if deal.outcome == m.STAGE_WON:
                self._customer(deal)

    def _warm_start(self) -> None:
        """Deals already running when the team started logging, so the first months are not empty.

        As many as new business brings in over the same time; their leads and earlier contact
        moments were never entered.
        """
        rng, cal = self.rng, self.cal
        count = round(len(self.deals) * cal.origin / max(1, cal.last - cal.origin))
        days = sorted(
            d for d in (cal.pick(rng, 0, cal.origin - 1) for _ in range(count)) if d is not None
        )
        owners = rng.choices(self.reps, [r.volume for r in self.reps], k=len(days))
        for rep, first in zip(owners, days, strict=True):
            org, name, _contact = self._organisation(self._checklist(m.LEAD_QUALIFIED)[0])
            deal = self._deal(rep, org, name, first, new=True, patient=True)
            if deal.outcome == m.STAGE_WON:
                self._customer(deal)

    def _customer(self, deal: _Deal) -> None:
        rng = self.rng
        since = deal.moves[-1][1]
        recurring = _round(deal.value * rng.uniform(0.15, 0.35), 10_000)
        customer_id = self.cfg.next_ids["customers"] + len(self.customers)
        customer = _Customer(customer_id, deal.org, deal.rep, since, deal, deal.name, recurring)
        churn = since + 90 + round(rng.expovariate(0.1 / 365))  # about 10% a year
        if churn <= self.cal.last:
            customer.churn = self.cal.next_open(churn)
            customer.reason = rng.choice(words.CHURN_REASONS)
        self.customers.append(customer)

    def _existing_business(self) -> None:
        """Extensions, renewals and training for customers, spread over their time as customer."""
        rng, cal = self.rng, self.cal
        wanted = self.size.deals - len(self.deals)
        # A buffer before a churn keeps the deal's history within the customer relationship.
        windows = [
            (c, max(c.since + 30, cal.origin), cal.last if c.churn is None else c.churn - 240)
            for c in self.customers
        ]
        windows = [w for w in windows if w[2] > w[1]]
        if wanted <= 0 or not windows:
            return
        for customer, lo, hi in rng.choices(windows, [w[2] - w[1] for w in windows], k=wanted):
            first = cal.pick(rng, lo, hi)
            if first is None:
                continue
            # Deals with a leaving customer do not drag on, so they end before the churn.
            deal = self._deal(
                customer.rep,
                customer.org,
                customer.name,
                first,
                new=False,
                patient=customer.churn is None,
            )
            deal.customer = customer
            if deal.outcome == m.STAGE_WON and deal.product in words.RECURRING:
                customer.recurring += _round(deal.value * rng.uniform(0.1, 0.25), 10_000)

    def _deal(
        self, rep: _Rep, org: int, name: str, first: int, *, new: bool, patient: bool
    ) -> _Deal:
        rng = self.rng
        products = words.PRODUCTS
        product = rng.choices(products, [p[1] if new else p[2] for p in products])[0]
        euros = min(150_000.0, max(2_000.0, product[3] * rng.lognormvariate(0, 0.65)))
        value = _round(euros * 100, 25_000 if euros < 10_000 else 50_000)
        deal = _Deal(rep, org, name, product[0], value, first)
        self._walk(deal, self.size.new_pass if new else self.size.customer_pass, patient)
        self.deals.append(deal)
        return deal

    def _walk(self, deal: _Deal, passes: Sequence[float], patient: bool) -> None:
        """Move the deal through the open stages; it stays open where today interrupts it."""
        rng, cal, cfg = self.rng, self.cal, self.cfg
        n_open = len(cfg.rotting)
        day = deal.first
        deal.moves.append((0, day))
        for stage in range(n_open):
            chance = passes[min(stage, len(passes) - 1)] * deal.rep.skill
            chance *= deal.rep.closing if stage == n_open - 2 else 1.0
            days = cfg.rotting[stage] * rng.lognormvariate(-0.25, 0.45)
            if rng.random() < 0.1:
                days *= rng.uniform(1.5, 3)  # slow: waiting for the customer
            stalled = patient and rng.random() < self.size.stall
            if stalled:
                days, chance = days * rng.uniform(4, 14), chance * 0.5
            if cal.summer[day]:
                days += rng.randint(0, 12)  # someone is on holiday
            lost = rng.random() >= min(chance, 0.98)
            if lost and patient and rng.random() < self.size.linger:
                deal.linger = True  # nobody closes it: it sleeps until a clean-up
                stalled, days = True, days + rng.randint(120, 420)
            exit_day = cal.next_open(day + max(1, round(days)))
            if exit_day > cal.last:
                return
            if lost:
                deal.outcome, deal.reason = m.STAGE_LOST, self._lost_reason(stage, stalled)
                deal.moves.append((n_open + 1, exit_day))
                return
            won = stage == n_open - 1 or (stage == n_open - 2 and rng.random() < 0.3)
            deal.moves.append((n_open if won else stage + 1, exit_day))
            if won:
                deal.outcome = m.STAGE_WON
                return
            day = exit_day

    def _lost_reason(self, stage: int, stalled: bool) -> str:
        reasons = self.cfg.lost_reasons
        if stalled and words.LOST_SILENT in reasons and self.rng.random() < 0.7:
            return words.LOST_SILENT
        late = stage >= len(self.cfg.rotting) - 2
        table = words.LOST_WEIGHTS_LATE if late else words.LOST_WEIGHTS_EARLY
        return self.rng.choices(reasons, [table.get(r, 1) for r in reasons])[0]

    def _deal_activities(self, deal: _Deal) -> None:
        """Contact moments along the deal's stages.

        The intake and the proposal come when the deal enters those stages, calls and e-mails in
        between; deals that wait long fall silent in the end.
        """
        rng, cal = self.rng, self.cal
        n_open = len(self.cfg.rotting)
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
            quiet = self._quiet_after(deal, stage, start, end, final=i == len(segments) - 1)
            if quiet < cal.origin:
                continue  # before the team logged anything
            if start >= cal.origin and stage == n_open - 2:
                self._touch("proposal", start, deal.rep, **link)
            elif start >= cal.origin and stage == n_open - 3 and stage > 0:
                self._touches(deal.rep, ("intake",), 1, start, min(start + 3, quiet), **link)
            start = max(start, cal.origin)
            if stage in (n_open - 3, n_open - 2) and rng.random() < 0.3:
                self._touches(deal.rep, ("presentation",), 1, start, quiet, **link)
            roles = (
                ("call", "email", "linkedin", "voicemail")
                if stage == 0
                else ("call", "email", "call", "voicemail")
            )
            self._touches(deal.rep, roles, rng.randint(1, 3), start, quiet, **link)

    def _quiet_after(self, deal: _Deal, stage: int, start: int, end: int, *, final: bool) -> int:
        """The last day with contact in a stage.

        A lingering deal goes silent soon after it enters its last stage; half of the other deals
        open for long sleep too, the rest get a call or e-mail within the stage's rotting days.
        """
        rng, rot = self.rng, self.cfg.rotting[stage]
        if final and deal.linger:
            return min(end, start + rot + rng.randint(0, rot))
        if not final or deal.outcome != m.STAGE_OPEN or end - start <= rot:
            return end
        if rng.random() < 0.5:
            return max(start, end - rot - rng.randint(1, 20))
        quiet = max(start, end - rot)
        self._touches(
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

    def _churn_and_accounts(self) -> None:
        """Account management contacts; churn after the last deal, some customers gone quiet."""
        rng, cal = self.rng, self.cal
        last_deal = _last_days(self.activities, 7)
        for customer, deal in ((d.customer, d) for d in self.deals if d.customer and not d.lead):
            last_deal[customer.id] = max(last_deal.get(customer.id, 0), deal.moves[-1][1])
        for customer in self.customers:
            busy_until = max(customer.since, last_deal.get(customer.id, 0))
            if customer.churn is not None and customer.churn <= busy_until:
                later = busy_until + rng.randint(20, 90)  # a deal ran late: the churn came after
                customer.churn = cal.next_open(later) if later <= cal.last else None
                customer.reason = customer.reason if customer.churn else None
            end = cal.last if customer.churn is None else customer.churn
            if customer.churn is None and busy_until < cal.last - 120 and rng.random() < 0.15:
                end = cal.pick(rng, busy_until + 1, cal.last - 95) or end  # at risk: silent since
            gap = rng.uniform(12, 40) / customer.rep.volume
            first = max(customer.since + 1, cal.origin)
            day = cal.pick(rng, first, min(first + 10, end))  # the kick-off call
            while day is not None and day <= end:
                self._touch(
                    rng.choice(ACCOUNT), day, customer.rep, org=customer.org, customer=customer.id
                )
                day = cal.next_open(day + max(2, round(rng.expovariate(1 / gap))))

    # activities -------------------------------------------------------------------------------
    def _touch(
        self,
        role: str,
        day: int,
        rep: _Rep,
        org: int | None = None,
        lead: int | None = None,
        deal: int | None = None,
        customer: int | None = None,
    ) -> None:
        rng = self.rng
        note = rng.choice(words.NOTES[role]) if rng.random() < words.NOTE_CHANCE[role] else None
        moment = rng.choice(self.times) if rng.random() < 0.6 else None
        self.activities.append(
            (day, moment, self.cfg.type_ids[role], rep.id, org, lead, deal, customer, note)
        )
        self.load[rep.index][day] += 1

    def _touches(
        self, rep: _Rep, roles: Sequence[str], count: int, lo: int, hi: int, **link: int | None
    ) -> None:
        for _ in range(count):
            day = self.cal.pick(self.rng, lo, hi)
            if day is not None:
                self._touch(self.rng.choice(roles), day, rep, **link)

    def _fill_activities(self) -> None:
        """Prospecting (calls, voicemails, e-mails, LinkedIn) up to the planned total.

        Each rep and day gets a share by the rep's volume, the season and growth, less what deals,
        leads and customers already brought that day.
        """
        rng, cal, reps = self.rng, self.cal, self.reps
        need = self.size.activities - len(self.activities)
        volume = sum(r.volume for r in reps) * cal.cum[-1]
        slots: list[tuple[_Rep, int]] = []
        gaps: list[float] = []
        for rep in reps:
            load, share = self.load[rep.index], self.size.activities * rep.volume / volume
            for day in cal.logged:
                gap = share * cal.weight[day] - load[day]
                if gap > 0:
                    slots.append((rep, day))
                    gaps.append(gap)
        if need <= 0 or not slots:
            return
        scale = need / sum(gaps)
        counts = [int(g * scale) for g in gaps]
        for i in rng.choices(
            range(len(slots)), [g * scale % 1 for g in gaps], k=need - sum(counts)
        ):
            counts[i] += 1
        roles, weights = list(PROSPECTING), list(PROSPECTING.values())
        type_ids, notes, times = self.cfg.type_ids, words.NOTES, self.times
        prospects: list[int | None] = [*self.prospects] or [None]
        add, draw = self.activities.append, rng.random
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
            self.load[rep.index][day] += count

    # targets ----------------------------------------------------------------------------------
    def _targets(self) -> None:
        """Monthly targets per rep and for the team's pipeline, from what was achieved."""
        cal, cfg = self.cal, self.cfg
        months = cal.month[-1] + 1
        index = {r.id: r.index for r in self.reps}
        actual = {kpi: [[0.0] * months for _ in self.reps] for kpi in m.TARGET_KPIS}
        for day, _t, type_id, rep_id, *_rest in self.activities:  # all within the history
            actual[m.KPI_ACTIVITY_POINTS][index[rep_id]][cal.month[day]] += cfg.points[type_id]
        for _lead, _org, day, rep, _name in self.qualified:
            actual[m.KPI_QUALIFIED_LEADS][rep.index][cal.month[day]] += 1
        for deal in self.deals:
            closed = deal.moves[-1][1]
            if deal.outcome == m.STAGE_WON and closed >= cal.origin:
                actual[m.KPI_NEW_REVENUE][deal.rep.index][cal.month[closed]] += deal.value
        units = {m.KPI_ACTIVITY_POINTS: 10, m.KPI_QUALIFIED_LEADS: 1, m.KPI_NEW_REVENUE: 100_000}
        for kpi, unit in units.items():
            for rep in self.reps:
                self._add_targets(rep.id, kpi, self._ramp(actual[kpi][rep.index], unit))
        self._add_targets(None, m.KPI_PIPELINE_VALUE, self._ramp(self._pipeline(), 500_000))

    def _pipeline(self) -> list[float]:
        """The value of the open deals at each month's end (today for this month)."""
        cal = self.cal
        month_ends = [i for i in range(cal.origin, cal.last) if cal.month[i + 1] != cal.month[i]]
        month_ends.append(cal.last)
        value = [0.0] * len(month_ends)
        for deal in self.deals:
            closed = cal.last + 1 if deal.outcome == m.STAGE_OPEN else deal.moves[-1][1]
            for month in range(max(0, cal.month[deal.first]), len(month_ends)):
                if month_ends[month] >= closed:
                    break
                value[month] += deal.value
        return value

    def _ramp(self, actual: list[float], unit: int) -> list[int]:
        """Monthly targets over the history and three months ahead, never going down.

        They start near what was achieved and go up a step per quarter when the trend reaches
        them, catching up when it runs well ahead. The trend is a straight line through the
        complete months after the first three, so that one lumpy month does not jerk the target.
        """
        rng = self.rng
        xs = list(range(3, len(actual) - 1)) or list(range(len(actual)))
        mean_x, mean_y = sum(xs) / len(xs), sum(actual[x] for x in xs) / len(xs)
        spread = sum((x - mean_x) ** 2 for x in xs) or 1.0
        slope = sum((x - mean_x) * (actual[x] - mean_y) for x in xs) / spread

        def trend(month: int) -> float:
            return max(0.3 * mean_y, mean_y + slope * (month - mean_x))

        target = trend(1) * rng.uniform(0.95, 1.02)
        result: list[int] = []
        for i in range(len(actual) + 3):
            if i and add_months(self.cal.start, i).month in (1, 4, 7, 10):
                level = trend(i + 1)  # the middle of the new quarter
                if level >= 1.1 * target:
                    target = level * rng.uniform(1.0, 1.05)
                elif level >= 0.97 * target:
                    target *= 1 + rng.uniform(0.05, 0.1)
            result.append(max(unit, _round(target, unit)))
        return result

    def _add_targets(self, rep_id: int | None, kpi: str, values: list[int]) -> None:
        scope = m.scope_key(rep_id)
        for i, value in enumerate(values):
            month = add_months(self.cal.start, i)
            if rep_id is None and month in self.cfg.team_months:
                continue
            self.targets.append((rep_id, scope, kpi, month, value))

    # rows -------------------------------------------------------------------------------------
    def deal_rows(self) -> tuple[list[Row], list[Row]]:
        """Deals and their stage history."""
        rng, cal, cfg = self.rng, self.cal, self.cfg
        last_activity = _last_days(self.activities, 6)
        deals: list[Row] = []
        history: list[Row] = []
        for d in self.deals:
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
                    probability = min(
                        95, max(5, cfg.probability[stage] + rng.choice((-10, 10, 20)))
                    )
            else:
                expected = cal.days[min(cal.last, d.first + rng.randint(40, 100))]
            touched = last_activity.get(d.id)
            changed = max(entered, touched or 0)
            deals.append(
                (
                    d.id,
                    f"{d.product} – {_short(d.name)}",
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
        return deals, history

    def customer_rows(self) -> list[Row]:
        cal = self.cal
        last_contact = _last_days(self.activities, 7)
        rows: list[Row] = []
        for c in self.customers:
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

    def activity_rows(self) -> Iterator[Row]:
        """Activities as rows; today's have no time of day, which might still lie ahead."""
        days, stamps, today = self.cal.days, self.cal.stamps, self.cal.last
        for day, at, type_id, rep, org, lead, deal, customer, note in self.activities:
            at = None if day == today else at
            yield type_id, rep, days[day], at, org, lead, deal, customer, note, stamps[day]


def _last_days(activities: list[Row], column: int) -> dict[int, int]:
    """The last activity day per deal (column 6) or customer (column 7)."""
    result: dict[int, int] = {}
    for row in activities:
        key = row[column]
        if key is not None and row[0] > result.get(key, -1):
            result[key] = row[0]
    return result


# writing ----------------------------------------------------------------------------------------
COLUMNS = {
    "team_members": ("id", "name", "email", "role", "active", "start_date"),
    "organisations": ("id", "name", "name_key", "city", "industry", "employees",
                      "yearly_revenue_cents", "region"),
    "contacts": ("id", "organisation_id", "name", "email", "phone", "job_title"),
    "leads": ("id", "organisation_id", "contact_id", "owner_id", "source", "created_date",
              "status", "qualified_at", "disqualify_reason", "checklist", "fit_score", "notes",
              "created_at", "updated_at"),
    "deals": ("id", "title", "organisation_id", "owner_id", "value_cents", "stage_id",
              "probability", "first_contact", "expected_close", "closed_date", "lost_reason",
              "product", "lead_id", "stage_entered_at", "last_activity_date", "created_at",
              "updated_at", "version"),
    "deal_stage_history": ("deal_id", "from_stage_id", "to_stage_id", "moved_at", "moved_by_id"),
    "customers": ("id", "organisation_id", "customer_since", "churned_at", "churn_reason",
                  "owner_id", "recurring_value_cents", "last_contact_date", "source_deal_id",
                  "created_at"),
    "activities": ("type_id", "rep_id", "date", "time", "organisation_id", "lead_id", "deal_id",
                   "customer_id", "note", "created_at"),
    "targets": ("rep_id", "scope_key", "kpi", "month", "value"),
}  # fmt: skip


def _write(db: Database, gen: _Generator, config: _Config, report: _Reporter) -> None:
    """Insert everything in one transaction; any error or a cancel leaves the database as it was."""
    deals, history = gen.deal_rows()
    plan: list[tuple[str, Iterable[Row], int]] = [
        ("team_members", gen.team, len(gen.team)),
        ("organisations", gen.organisations, len(gen.organisations)),
        ("contacts", gen.contacts, len(gen.contacts)),
        ("leads", gen.leads, len(gen.leads)),
        ("deals", deals, len(deals)),
        ("deal_stage_history", history, len(history)),
        ("customers", gen.customer_rows(), len(gen.customers)),
        ("activities", gen.activity_rows(), len(gen.activities)),
        ("targets", gen.targets, len(gen.targets)),
    ]
    total, done = sum(p[2] for p in plan), 0
    with db.engine.execution_options(kpidesk_write=True).begin() as conn:
        # Someone may have written since the first check: look again under the write lock.
        if _has_rows(conn) or _next_ids(conn) != config.next_ids:
            raise _refused()
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA cache_size=-262144")
        try:
            for name, rows, _count in plan:
                iterator = iter(rows)
                while chunk := list(islice(iterator, CHUNK)):
                    _insert(conn, m.Base.metadata.tables[name], COLUMNS[name], chunk)
                    done += len(chunk)
                    report(450 + 540 * done // max(total, 1))
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA cache_size=-2000")
        if conn.dialect.name == "postgresql":
            for model in ID_TABLES:  # explicit ids leave the serial sequences behind
                name = model.__tablename__
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT MAX(id) FROM {name}))"
                    )
                )


def _has_rows(conn: Connection) -> bool:
    models = (m.TeamMember, m.Lead, m.Deal, m.Activity, m.Customer)
    return any(conn.execute(select(mo.id).limit(1)).first() is not None for mo in models)


def _insert(conn: Connection, table: Table, columns: Sequence[str], rows: list[Row]) -> None:
    """Insert tuples of values for *columns* in one executemany.

    On SQLite the rows go straight to the driver, converted with SQLAlchemy's own bind processors
    (memoised, as dates repeat a lot): about 40% faster than Core's executemany with dicts.
    """
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(columns):
        process = table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        if process is not None:
            converters.append((i, process if name == "checklist" else cache(process)))
    if converters:
        rows = [_convert(row, converters) for row in rows]
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    conn.exec_driver_sql(sql, rows)


def _convert(row: Row, converters: Sequence[tuple[int, Callable[[Any], Any]]]) -> Row:
    values = list(row)
    for i, process in converters:
        if values[i] is not None:
            values[i] = process(values[i])
    return tuple(values)


# small helpers ----------------------------------------------------------------------------------
def _round(value: float, unit: int) -> int:
    return round(value / unit) * unit


def _short(name: str) -> str:
    """The name without its legal form, for deal titles."""
    return name.removesuffix(" B.V.")
