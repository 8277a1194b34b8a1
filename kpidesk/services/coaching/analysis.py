"""Coaching: where a rep's deals stop, whether that is beyond chance, and what stands out.

Insight KPIs are for finding a bottleneck, never for judging a person.  So this module:

* counts conversion per step **over mature deals only**: the deals that entered the step's stage
  in the window and have since moved on, closed, or been there longer than the team usually
  needs (the time in which 80 % of the team's deals that moved on did so).  A younger open deal
  is "still in progress" and counted apart;
* says nothing about a rep's step below a minimum of mature deals (a setting, 10 by default);
* names a step a bottleneck only when the rep's rate is below the rest of the team's beyond
  chance (Fisher's exact test, 5 % shared over the rep's steps: :mod:`kpidesk.core.stats`);
* compares the rep's deals that stopped at that step with the rest of the team's deals at the
  step, on the method's own questions (type of customer, process, lost reasons, deal size), and
  keeps only what differs beyond chance, as a sentence with its counts and its deals.

The window defaults to the last full quarter: a month just begun has no mature deals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpidesk.core.formatting import format_int, format_money, format_percent
from kpidesk.core.i18n import pick, tr
from kpidesk.core.periods import Period, PeriodKind
from kpidesk.core.stats import beyond_chance, fisher_exact, median, percentile
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities as activity_rules
from kpidesk.data.models import (
    STAGE_LOST,
    STAGE_OPEN,
    STAGE_WON,
    Activity,
    ActivityType,
    Deal,
    DealStageHistory,
    Lead,
    Organisation,
    Setting,
    Stage,
    TeamMember,
)
from kpidesk.services.common import CONFIG, Changes
from kpidesk.services.errors import Refused
from kpidesk.services.leads.lookalike import good_customer_profile, score_column

MIN_DEALS_KEY = "coaching_min_deals"
DEFAULT_MIN_DEALS = 10
USUAL_SHARE = 0.8  # "usual time" in a stage: 80 % of the deals that moved on had by then
FALLBACK_DAYS = 30  # for a stage without history: its rotting limit, else this
MIN_SAMPLES = 5  # fewer team deals that moved on than this: use the fallback
# Activity types that are a meeting (intake, demo) by their name, Dutch or English.
MEETING_WORDS = ("intake", "demo", "presentat", "meeting", "bezoek", "afspraak", "visit")
PROPOSAL_WORDS = ("offerte", "proposal", "quote", "voorstel")


def min_deals(session: Session) -> int:
    """The minimum of mature deals before a rep's step says anything (a team setting)."""
    row = session.get(Setting, MIN_DEALS_KEY)
    try:
        value = int(row.value) if row is not None else DEFAULT_MIN_DEALS
    except (TypeError, ValueError):
        value = DEFAULT_MIN_DEALS
    return value if value > 0 else DEFAULT_MIN_DEALS


def set_min_deals(db: Database, value: int) -> Changes:
    """Set the coaching minimum (1–1000 mature deals per step)."""
    if not 1 <= value <= 1000:
        raise Refused(tr("The minimum lies between 1 and 1,000 deals."))
    with db.write() as session:
        row = session.get(Setting, MIN_DEALS_KEY)
        if row is None:
            session.add(Setting(key=MIN_DEALS_KEY, value=str(value)))
        else:
            row.value = str(value)
    return Changes.of(CONFIG)


def read_min_deals(db: Database) -> int:
    with db.read() as session:
        return min_deals(session)


def default_window(today: date) -> Period:
    """The last full quarter before *today*."""
    current = Period.containing(today, PeriodKind.QUARTER)
    return current.previous()


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepCount:
    """Deals that entered a step's stage in the window: moved on, stopped, still in progress."""

    passed: int = 0
    stopped: int = 0
    in_progress: int = 0

    @property
    def mature(self) -> int:
        return self.passed + self.stopped

    @property
    def rate(self) -> float | None:
        return self.passed / self.mature if self.mature else None

    def counts_text(self) -> str:
        """ "5 of 22 (23%)"."""
        return tr("{passed} of {mature} ({rate})").format(
            passed=format_int(self.passed),
            mature=format_int(self.mature),
            rate=format_percent(self.rate),
        )


@dataclass(frozen=True)
class Step:
    """A step of the pipeline: from one stage to the next (or from the proposal to won)."""

    stage_id: int
    name: str  # "Offerte → Onderhandeling"
    usual_days: int  # the team's usual time in the stage (for maturity)


@dataclass(frozen=True)
class StepVerdict:
    step: Step
    rep: StepCount
    rest: StepCount  # the rest of the team, without this rep
    enough: bool  # the rep has at least the minimum of mature deals here
    p_value: float | None  # one-sided: the rep's rate lower than the rest's by chance
    bottleneck: bool

    def text(self) -> str:
        """The rep's figure, or why there is none."""
        if not self.enough:
            return tr("too few deals to say ({count})").format(count=format_int(self.rep.mature))
        return self.rep.counts_text()


@dataclass(frozen=True)
class Cause:
    """What stands out in the rep's deals that stopped at the bottleneck, with those deals."""

    sentence: str
    deal_ids: tuple[int, ...]
    p_value: float


@dataclass(frozen=True)
class RepCoaching:
    rep_id: int
    name: str
    steps: tuple[StepVerdict, ...]
    bottleneck: StepVerdict | None
    sentence: str  # the bottleneck with its counts, or "Geen duidelijk knelpunt"
    causes: tuple[Cause, ...] = ()
    stopped_deal_ids: tuple[int, ...] = ()  # the deals behind the bottleneck


@dataclass(frozen=True)
class CoachingReport:
    window: Period
    min_deals: int
    steps: tuple[Step, ...]
    team: tuple[StepCount, ...]  # per step, the whole team
    reps: tuple[RepCoaching, ...]  # active reps, in name order (never ranked)
    today: date = field(default_factory=date.today)

    def window_text(self) -> str:
        return tr("Deals that entered a step from {start} to {end}").format(
            start=self.window.start.strftime("%d-%m-%Y"), end=self.window.end.strftime("%d-%m-%Y")
        )


# -- loading --------------------------------------------------------------------------------


@dataclass
class _Deal:
    id: int
    owner_id: int | None
    kind: str  # the deal's stage kind now
    lost_reason: str | None
    value_cents: int
    first_contact: date | None
    fit_score: int | None
    lookalike: int | None
    industry: str | None
    employees: int | None
    moves: list[tuple[datetime, int]] = field(default_factory=list)  # (moment, stage id)


@dataclass(frozen=True)
class _Entry:
    """One deal entering a step's stage in the window, and what became of it."""

    deal: _Deal
    at: datetime
    outcome: str  # "passed", "stopped", "progress"


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _load_deals(session: Session, since: datetime, today: date) -> dict[int, _Deal]:
    """Deals with a stage change since *since*, with what the causes compare."""
    moved = select(DealStageHistory.deal_id).where(DealStageHistory.moved_at >= since)
    profile = good_customer_profile(session, today)
    rows = session.execute(
        select(
            Deal.id,
            Deal.owner_id,
            Stage.kind,
            Deal.lost_reason,
            Deal.value_cents,
            Deal.first_contact,
            Lead.fit_score,
            score_column(session, profile),
            Organisation.industry,
            Organisation.employees,
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Lead, Deal.lead_id == Lead.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .where(Deal.deleted_at.is_(None), Deal.id.in_(moved))
    )
    deals = {
        r[0]: _Deal(
            r[0], r[1], r[2], r[3], int(r[4] or 0), r[5], r[6],
            None if r[8] is None and r[9] is None else int(r[7] or 0), r[8], r[9],
        )
        for r in rows
    }  # fmt: skip
    history = session.execute(
        select(DealStageHistory.deal_id, DealStageHistory.moved_at, DealStageHistory.to_stage_id)
        .where(DealStageHistory.deal_id.in_(moved))
        .order_by(DealStageHistory.deal_id, DealStageHistory.moved_at, DealStageHistory.id)
    )
    for deal_id, moment, stage_id in history:
        deal = deals.get(deal_id)
        if deal is not None:
            deal.moves.append((_as_utc(moment), stage_id))
    return deals


def _meeting_types(session: Session) -> set[int]:
    types = session.execute(select(ActivityType.id, ActivityType.name_nl, ActivityType.name_en))
    return {i for i, nl, en in types if any(w in f"{nl} {en}".casefold() for w in MEETING_WORDS)}


def _activities(session: Session, deal_ids: set[int]) -> dict[int, list[tuple[date, int]]]:
    """Done activities per deal (day, type), on the deal or on the lead it came from."""
    result: dict[int, list[tuple[date, int]]] = defaultdict(list)
    if not deal_ids:
        return result
    ids = sorted(deal_ids)
    for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):
        on_deal = select(Activity.deal_id, Activity.date, Activity.type_id).where(
            Activity.deal_id.in_(chunk), activity_rules.counts()
        )
        for deal_id, day, type_id in session.execute(on_deal):
            result[int(deal_id or 0)].append((day, type_id))
        deals_of: dict[int, list[int]] = defaultdict(list)
        for deal_id, lead_id in session.execute(
            select(Deal.id, Deal.lead_id).where(Deal.id.in_(chunk), Deal.lead_id.is_not(None))
        ):
            deals_of[int(lead_id or 0)].append(int(deal_id))
        if not deals_of:
            continue
        # Found by lead (migration 0015's index); "no deal" is asked as coalesce(...) = 0 so
        # that the database does not walk every activity without a deal instead.
        on_lead = select(Activity.lead_id, Activity.date, Activity.type_id).where(
            Activity.lead_id.in_(sorted(deals_of)),
            func.coalesce(Activity.deal_id, 0) == 0,
            activity_rules.counts(),
        )
        for lead_id, day, type_id in session.execute(on_lead):
            for deal_id in deals_of[int(lead_id or 0)]:
                result[deal_id].append((day, type_id))
    return result


# -- the steps and their outcomes -----------------------------------------------------------


def _steps(
    stages: Sequence[tuple[int, str, int, str, int | None]], usual: dict[int, int]
) -> list[tuple[Step, Callable[[_Deal, datetime], bool | None]]]:
    """Each open stage to the next, then the proposal stage to won; with each step's test of
    "moved on" (True), "stopped" (False) or "not yet" (None) for a deal entering at a moment."""
    open_stages = [s for s in stages if s[3] == STAGE_OPEN]
    won = next((s for s in stages if s[3] == STAGE_WON), None)
    position = {s[0]: s[2] for s in stages}
    kind = {s[0]: s[3] for s in stages}
    result: list[tuple[Step, Callable[[_Deal, datetime], bool | None]]] = []

    def moved_on(stage_pos: int) -> Callable[[_Deal, datetime], bool | None]:
        def test(deal: _Deal, at: datetime) -> bool | None:
            for moment, stage_id in deal.moves:
                if moment < at:
                    continue
                if kind.get(stage_id) == STAGE_WON or (
                    kind.get(stage_id) == STAGE_OPEN and position.get(stage_id, -1) > stage_pos
                ):
                    return True
            return False if deal.kind in (STAGE_WON, STAGE_LOST) else None

        return test

    def won_later(deal: _Deal, at: datetime) -> bool | None:
        if deal.kind == STAGE_WON:
            return True
        return False if deal.kind == STAGE_LOST else None

    for i, stage in enumerate(open_stages):
        following = open_stages[i + 1][1] if i + 1 < len(open_stages) else (won[1] if won else "")
        name = f"{stage[1]} → {following}"
        result.append(
            (Step(stage[0], name, usual.get(stage[0], FALLBACK_DAYS)), moved_on(stage[2]))
        )
    proposal = next(
        (s for s in open_stages[:-1] if any(w in s[1].casefold() for w in PROPOSAL_WORDS)), None
    )
    if proposal is not None and won is not None:
        key = -proposal[0]  # its own usual time: from the proposal to won
        name = f"{proposal[1]} → {won[1]}"
        result.append((Step(proposal[0], name, usual.get(key, FALLBACK_DAYS)), won_later))
    return result


def _usual_days(
    deals: dict[int, _Deal], stages: Sequence[tuple[int, str, int, str, int | None]]
) -> dict[int, int]:
    """Per open stage, the days in which 80 % of the team's deals that moved on did so; under
    the negative stage id, the same from the proposal stage to won."""
    position = {s[0]: s[2] for s in stages}
    kind = {s[0]: s[3] for s in stages}
    spans: dict[int, list[float]] = defaultdict(list)
    to_won: dict[int, list[float]] = defaultdict(list)
    for deal in deals.values():
        moves = deal.moves
        won_at = next((m for m, s in moves if kind.get(s) == STAGE_WON), None)
        for i, (moment, stage_id) in enumerate(moves):
            if kind.get(stage_id) != STAGE_OPEN:
                continue
            later = next(
                (
                    m
                    for m, s in moves[i + 1 :]
                    if kind.get(s) == STAGE_WON
                    or (kind.get(s) == STAGE_OPEN and position.get(s, -1) > position[stage_id])
                ),
                None,
            )
            if later is not None:
                spans[stage_id].append((later - moment).total_seconds() / 86400)
            if won_at is not None and won_at >= moment:
                to_won[stage_id].append((won_at - moment).total_seconds() / 86400)
    usual: dict[int, int] = {}
    for stage_id, _name, _pos, stage_kind, rotting in stages:
        if stage_kind != STAGE_OPEN:
            continue
        fallback = rotting or FALLBACK_DAYS
        for key, values in ((stage_id, spans[stage_id]), (-stage_id, to_won[stage_id])):
            value = percentile(values, USUAL_SHARE) if len(values) >= MIN_SAMPLES else None
            usual[key] = max(1, round(value)) if value is not None else fallback
    return usual


def _entries(
    deals: dict[int, _Deal],
    step: Step,
    test: Callable[[_Deal, datetime], bool | None],
    window: Period,
    today: date,
) -> list[_Entry]:
    start = datetime.combine(window.start, time.min, UTC)
    end = datetime.combine(window.end + timedelta(days=1), time.min, UTC)
    now = datetime.combine(today + timedelta(days=1), time.min, UTC)
    result = []
    for deal in deals.values():
        at = next((m for m, s in deal.moves if s == step.stage_id and start <= m < end), None)
        if at is None:
            continue
        moved = test(deal, at)
        if moved is None:
            # Open and not yet moved on: stopped once it has been there longer than usual.
            moved = False if (now - at).days > step.usual_days else None
        outcome = "passed" if moved else "stopped" if moved is False else "progress"
        result.append(_Entry(deal, at, outcome))
    return result


def _count(entries: Sequence[_Entry]) -> StepCount:
    tally: dict[str, int] = defaultdict(int)
    for e in entries:
        tally[e.outcome] += 1
    return StepCount(tally["passed"], tally["stopped"], tally["progress"])


# -- causes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Question:
    """One property of a deal at the step, as the method asks about it."""

    has: Callable[[_Entry], bool | None]  # None: unknown for this deal
    sentence: Callable[[str, int, int, int, int, bool], str]  # name, a, n, c, m, rep has more


def _above(
    value: Callable[[_Entry], float | None], middle: float
) -> Callable[[_Entry], bool | None]:
    def has(e: _Entry) -> bool | None:
        v = value(e)
        return None if v is None else v > middle

    return has


def _in_industry(industry: str) -> Callable[[_Entry], bool | None]:
    def has(e: _Entry) -> bool | None:
        return None if not e.deal.industry else e.deal.industry == industry

    return has


def _say(
    more_text: str, less_text: str, **extra: str
) -> Callable[[str, int, int, int, int, bool], str]:
    """A sentence with the counts: *more_text* when the rep's share is the higher one."""

    def say(name: str, a: int, n: int, c: int, m: int, more: bool) -> str:
        return (more_text if more else less_text).format(
            name=name, a=format_int(a), n=format_int(n), c=format_int(c), m=format_int(m),
            **extra,
        )  # fmt: skip

    return say


def _questions(
    rest: Sequence[_Entry],
    meetings: Callable[[_Entry], bool | None],
    contacts: Callable[[_Entry], int],
    days_to: Callable[[_Entry], int | None],
) -> list[_Question]:
    """The method's questions about the deals that stopped, each as a yes/no per deal; a number
    is asked as "above the middle value of the rest of the team's deals at this step"."""
    questions = [
        _Question(
            meetings,
            _say(
                tr(
                    "{name}: {a} of the {n} deals that stopped here had an intake or demo "
                    "before this step; in the rest of the team {c} of {m}."
                ),
                tr(
                    "{name}: only {a} of the {n} deals that stopped here had an intake or demo "
                    "before this step; in the rest of the team {c} of {m}."
                ),
            ),
        )
    ]

    def numeric(
        value: Callable[[_Entry], float | None],
        more_text: str,
        less_text: str,
        shown: Callable[[float], str],
    ) -> None:
        middle = median([v for v in (value(e) for e in rest) if v is not None])
        if middle is not None:
            questions.append(
                _Question(_above(value, middle), _say(more_text, less_text, middle=shown(middle)))
            )

    def whole(v: float) -> str:
        return format_int(round(v))

    numeric(
        lambda e: float(contacts(e)),
        tr(
            "{name}: {a} of the {n} deals that stopped here had more than {middle} contact "
            "moments before this step (the team's middle); in the rest of the team {c} of {m}."
        ),
        tr(
            "{name}: only {a} of the {n} deals that stopped here had more than {middle} contact "
            "moments before this step (the team's middle); in the rest of the team {c} of {m}."
        ),
        whole,
    )
    numeric(
        lambda e: None if (d := days_to(e)) is None else float(d),
        tr(
            "{name}: {a} of the {n} deals that stopped here took more than {middle} days from "
            "first contact to this step; in the rest of the team {c} of {m}."
        ),
        tr(
            "{name}: only {a} of the {n} deals that stopped here took more than {middle} days "
            "from first contact to this step, so they came here quickly; in the rest of the "
            "team {c} of {m}."
        ),
        whole,
    )
    numeric(
        lambda e: None if e.deal.fit_score is None else float(e.deal.fit_score),
        tr(
            "{name}: {a} of the {n} deals that stopped here scored above {middle} on the "
            "ideal-customer checklist; in the rest of the team {c} of {m}."
        ),
        tr(
            "{name}: only {a} of the {n} deals that stopped here scored above {middle} on the "
            "ideal-customer checklist: a less suitable type of customer; in the rest of the "
            "team {c} of {m}."
        ),
        lambda v: format_percent(v / 100),
    )
    numeric(
        lambda e: None if e.deal.lookalike is None else float(e.deal.lookalike),
        tr(
            "{name}: {a} of the {n} deals that stopped here had a lookalike score above "
            "{middle}; in the rest of the team {c} of {m}."
        ),
        tr(
            "{name}: only {a} of the {n} deals that stopped here had a lookalike score above "
            "{middle}: they resemble today's customers less; in the rest of the team {c} of {m}."
        ),
        whole,
    )
    numeric(
        lambda e: None if e.deal.employees is None else float(e.deal.employees),
        tr(
            "{name}: {a} of the {n} deals that stopped here were with organisations of more "
            "than {middle} employees; in the rest of the team {c} of {m}."
        ),
        tr(
            "{name}: only {a} of the {n} deals that stopped here were with organisations of "
            "more than {middle} employees: smaller customers; in the rest of the team {c} of {m}."
        ),
        whole,
    )
    numeric(
        lambda e: float(e.deal.value_cents) if e.deal.value_cents else None,
        tr(
            "{name}: {a} of the {n} deals that stopped here were worth more than {middle} (the "
            "team's middle); in the rest of the team {c} of {m}."
        ),
        tr(
            "{name}: only {a} of the {n} deals that stopped here were worth more than {middle}: "
            "smaller deals; in the rest of the team {c} of {m}."
        ),
        lambda v: format_money(round(v)),
    )
    in_industry = tr(
        "{name}: {a} of the {n} deals that stopped here were in {industry}; in the rest of the "
        "team {c} of {m}."
    )
    for industry in sorted({e.deal.industry for e in rest if e.deal.industry}):
        questions.append(
            _Question(_in_industry(industry), _say(in_industry, in_industry, industry=industry))
        )
    return questions


def _causes(
    name: str,
    stopped: Sequence[_Entry],
    rest: Sequence[_Entry],
    rest_lost: Sequence[_Entry],
    meetings: Callable[[_Entry], bool | None],
    contacts: Callable[[_Entry], int],
    days_to: Callable[[_Entry], int | None],
) -> list[Cause]:
    """What differs beyond chance between the rep's stopped deals and the rest's deals."""
    found: list[Cause] = []
    questions = _questions(rest, meetings, contacts, days_to)
    reasons = sorted({e.deal.lost_reason for e in (*stopped, *rest_lost) if e.deal.lost_reason})
    tested = len(questions) + len(reasons)
    for question in questions:
        mine = [(e, question.has(e)) for e in stopped]
        theirs = [question.has(e) for e in rest]
        known = [(e, v) for e, v in mine if v is not None]
        other = [v for v in theirs if v is not None]
        if len(known) < 3 or len(other) < 3:
            continue
        a = sum(1 for _e, v in known if v)
        c = sum(1 for v in other if v)
        b, d = len(known) - a, len(other) - c
        p = fisher_exact(a, b, c, d)
        if not beyond_chance(p, tested):
            continue
        more = a / len(known) > c / len(other)
        sentence = question.sentence(name, a, len(known), c, len(other), more)
        ids = tuple(e.deal.id for e, v in known if v == more)
        found.append(Cause(sentence, ids, p))
    lost = [e for e in stopped if e.deal.kind == STAGE_LOST]
    for reason in reasons:
        a = sum(1 for e in lost if e.deal.lost_reason == reason)
        c = sum(1 for e in rest_lost if e.deal.lost_reason == reason)
        if len(lost) < 3 or len(rest_lost) < 3:
            break
        p = fisher_exact(a, len(lost) - a, c, len(rest_lost) - c)
        if beyond_chance(p, tested) and a / len(lost) > c / len(rest_lost):
            sentence = tr(
                "{name}: {a} of the {n} deals lost at this step were lost for "
                "\u201c{reason}\u201d; in the rest of the team {c} of {m}."
            ).format(
                name=name, a=format_int(a), n=format_int(len(lost)), reason=reason,
                c=format_int(c), m=format_int(len(rest_lost)),
            )  # fmt: skip
            found.append(
                Cause(sentence, tuple(e.deal.id for e in lost if e.deal.lost_reason == reason), p)
            )
    return sorted(found, key=lambda cause: cause.p_value)


# -- the report -----------------------------------------------------------------------------


_StageRow = tuple[int, str, int, str, int | None]
_StepTest = Callable[[_Deal, datetime], bool | None]


def _step_entries(
    session: Session, period: Period, day: date
) -> tuple[list[_StageRow], list[tuple[Step, _StepTest]], dict[int, list[_Entry]]]:
    """The stages, the steps and, per step, the deals that entered it in *period*."""
    stages = [
        (s.id, pick(s.name_nl, s.name_en), s.position, s.kind, s.rotting_days)
        for s in session.scalars(select(Stage).order_by(Stage.position, Stage.id))
    ]
    since = datetime.combine(period.start - timedelta(days=365), time.min, UTC)
    deals = _load_deals(session, since, day)
    usual = _usual_days(deals, stages)
    steps = _steps(stages, usual)
    entries = {step.stage_id * 1000 + i: _entries(deals, step, test, period, day)
               for i, (step, test) in enumerate(steps)}  # fmt: skip
    return stages, steps, entries


@dataclass(frozen=True)
class TeamSteps:
    """The team's mature conversion per step over a window (the coaching rule, no reps).

    ``stages`` are the open stages in board order as (id, name); ``steps[i]`` is the step from
    ``stages[i]`` to the next (the last open stage to won); ``to_won`` is the step from the
    proposal stage to won, when there is one.
    """

    window: Period
    stages: tuple[tuple[int, str], ...]
    steps: tuple[Step, ...]
    counts: tuple[StepCount, ...]
    to_won: StepCount | None
    to_won_step: Step | None


def team_steps(db: Database, window: Period, *, today: date | None = None) -> TeamSteps:
    """The team's mature conversion per step in *window*, as the coaching view counts it."""
    day = today or date.today()
    with db.read() as session:
        stages, steps, entries = _step_entries(session, window, day)
    groups = list(entries.values())
    open_stages = tuple((s[0], s[1]) for s in stages if s[3] == STAGE_OPEN)
    per_stage = len(open_stages)
    counts = tuple(_count(g) for g in groups)
    extra = len(steps) > per_stage
    return TeamSteps(
        window,
        open_stages,
        tuple(step for step, _test in steps[:per_stage]),
        counts[:per_stage],
        counts[per_stage] if extra else None,
        steps[per_stage][0] if extra else None,
    )


def coaching_report(
    db: Database,
    window: Period | None = None,
    rep_id: int | None = None,
    *,
    today: date | None = None,
) -> CoachingReport:
    """Mature conversion per step for the team and each active rep (or one), with bottlenecks
    that are beyond chance and their causes."""
    day = today or date.today()
    period = window or default_window(day)
    with db.read() as session:
        minimum = min_deals(session)
        _stages, steps, entries = _step_entries(session, period, day)
        involved = {e.deal.id for group in entries.values() for e in group}
        acts = _activities(session, involved)
        meeting_types = _meeting_types(session)
        reps = [
            (m.id, m.name)
            for m in session.scalars(
                select(TeamMember)
                .where(TeamMember.active.is_(True), TeamMember.role == "rep")
                .order_by(TeamMember.name)
            )
            if rep_id is None or m.id == rep_id
        ]

    def before(e: _Entry) -> list[tuple[date, int]]:
        return [a for a in acts.get(e.deal.id, []) if a[0] <= e.at.date()]

    def meetings(e: _Entry) -> bool | None:
        return any(t in meeting_types for _d, t in before(e))

    def contacts(e: _Entry) -> int:
        return len(before(e))

    def days_to(e: _Entry) -> int | None:
        first = e.deal.first_contact
        return None if first is None else max(0, (e.at.date() - first).days)

    step_list = [step for step, _test in steps]
    groups = list(entries.values())
    team = tuple(_count(g) for g in groups)
    results = []
    for rep, name in reps:
        verdicts: list[StepVerdict] = []
        for step, group in zip(step_list, groups, strict=True):
            mine = _count([e for e in group if e.deal.owner_id == rep])
            rest = _count([e for e in group if e.deal.owner_id != rep])
            enough = mine.mature >= minimum
            p = (
                fisher_exact(mine.passed, mine.stopped, rest.passed, rest.stopped, "less")
                if enough and rest.mature
                else None
            )
            verdicts.append(StepVerdict(step, mine, rest, enough, p, False))
        tested = sum(1 for v in verdicts if v.p_value is not None)
        flagged = [
            v for v in verdicts if v.p_value is not None and beyond_chance(v.p_value, tested)
        ]
        worst = min(flagged, key=lambda v: v.p_value or 1.0) if flagged else None
        verdicts = [
            StepVerdict(v.step, v.rep, v.rest, v.enough, v.p_value, v is worst) for v in verdicts
        ]
        if worst is None:
            sentence = (
                tr("{name}: no clear bottleneck").format(name=name)
                if any(v.enough for v in verdicts)
                else tr("{name}: too few deals to say").format(name=name)
            )
            results.append(RepCoaching(rep, name, tuple(verdicts), None, sentence))
            continue
        chosen = next(v for v in verdicts if v.bottleneck)
        sentence = tr("{name}: {step} {rep}, the rest of the team {rest}").format(
            name=name,
            step=chosen.step.name,
            rep=chosen.rep.counts_text(),
            rest=chosen.rest.counts_text(),
        )
        group = groups[step_list.index(chosen.step)]
        stopped = [e for e in group if e.deal.owner_id == rep and e.outcome == "stopped"]
        rest_entries = [e for e in group if e.deal.owner_id != rep and e.outcome != "progress"]
        rest_lost = [
            e for e in rest_entries if e.outcome == "stopped" and e.deal.kind == STAGE_LOST
        ]
        causes = _causes(name, stopped, rest_entries, rest_lost, meetings, contacts, days_to)
        results.append(
            RepCoaching(
                rep, name, tuple(verdicts), chosen, sentence, tuple(causes),
                tuple(e.deal.id for e in stopped),
            )
        )  # fmt: skip
    return CoachingReport(period, minimum, tuple(step_list), team, tuple(results), day)


def explain_method() -> str:
    """The method in one paragraph, for the Coaching tab and the workbook."""
    return tr(
        "Conversion counts the deals that entered a step in the window and have moved on, "
        "closed, or waited longer than the team usually needs; younger open deals are still in "
        "progress and left out. A step says nothing below the minimum number of deals. A step is "
        "a bottleneck only when the rep's rate is below the rest of the team's beyond chance "
        "(Fisher's exact test at 5 %, shared over the rep's steps); the causes compare the "
        "rep's deals that stopped there with the rest of the team's deals at that step, by the "
        "same test."
    )
