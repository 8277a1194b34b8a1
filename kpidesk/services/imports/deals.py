"""Importing deals: the outcome an export gives, the stage, the close date, history, customers.

Other CRMs say whether a deal is won or lost in columns of their own (HubSpot "Is Closed Won" and
"Is closed lost", Pipedrive "Status", Salesforce "IsWon"/"IsClosed", Odoo "Active" with its
probability).  Such a column wins over the stage name: a won deal whose stage is an open one
("Negotiations Started", where Pipedrive leaves it) goes to the won stage, passing through that
stage in its history, and a new stage gets the outcome its deals have ("Dead Deals", whose
deals are all closed lost, becomes a lost stage).  A won or lost deal needs the day it closed;
without one it is a problem in the report, never today's date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select

from kpidesk.core.i18n import current_language, plural, tr
from kpidesk.core.parsing import normalise_header
from kpidesk.data.models import (
    STAGE_LOST,
    STAGE_OPEN,
    STAGE_WON,
    Customer,
    Deal,
    DealCloseChange,
    DealStageHistory,
    Organisation,
)
from kpidesk.services.deals.close_dates import close_change_row
from kpidesk.services.imports.job import Job, _changes, _rows
from kpidesk.services.imports.support import insert_rows, org_key, update_rows
from kpidesk.services.imports.values import DELETED, LOST, OPEN, WON, parse_outcome

_OUTCOME_COLUMNS = ("outcome", "is_won", "is_lost", "is_closed", "active")
_BEFORE = (
    "stage_id", "owner_id", "value_cents", "first_contact", "closed_date", "expected_close",
    "product", "lost_reason", "probability",
)  # fmt: skip


def column_outcome(job: Job, row: int, r: dict[str, Any]) -> str | None:
    """won, lost, open or deleted as the row's outcome columns say; None when they do not."""
    text = r.get("outcome")
    if text is not None:
        chosen = job.values.chosen("outcome", text)
        word = parse_outcome(chosen or text)
        if word is None:
            job.problem(
                row,
                "outcome",
                text,
                tr("Unknown outcome. Use won, lost or open (gewonnen, verloren, open)."),
            )
        return word
    won, lost, closed = r.get("is_won"), r.get("is_lost"), r.get("is_closed")
    if won and lost:
        job.problem(
            row,
            "is_lost",
            "",
            tr("The deal is marked both won ('{won}') and lost. Check both columns.").format(
                won=job.header("is_won")
            ),
        )
        return None
    if won:
        return WON
    if lost:
        return LOST
    if closed is True:  # Salesforce: closed and not won is lost
        return LOST if won is False else None
    if closed is False or (won is False and lost is False):
        return OPEN
    active = r.get("active")
    if active is False:  # Odoo archives a lost opportunity
        return LOST
    if active is True:  # and gives a won one probability 100
        return WON if r.get("probability") == 100 else OPEN
    return None


def _outcome_header(job: Job, outcome: str | None) -> str:
    """The header of the column that says a deal is *outcome* (or of the first outcome column)."""
    preferred = {WON: ("is_won",), LOST: ("is_lost", "is_closed", "active")}.get(outcome or "", ())
    mapped = job.mapping.fields
    name = next((n for n in (*preferred, *_OUTCOME_COLUMNS) if n in mapped), "")
    return job.header(name) if name else ""


def _stage_to(job: Job, text: str | None, kind: str | None, outcome: str) -> str:
    """The name of the stage a deal goes to, for the preview (in the active language)."""
    refs = job.refs
    target: int | None
    if outcome != OPEN and kind in (None, STAGE_OPEN):
        target = refs.won_id if outcome == WON else refs.lost_id
    elif text is not None:
        target = job.stage_of(text)
        if target is None:
            return job.stage_name(text)  # a new stage
    else:
        target = refs.first_open_stage()
    nl, en = refs.stage_names.get(target or -1, ("", ""))
    return nl if current_language() == "nl" else en


def _kind_word(kind: str) -> str:
    return {STAGE_WON: tr("won"), STAGE_LOST: tr("lost")}.get(kind, tr("open"))


def _decide_outcomes(job: Job, rows: list[tuple[int, dict[str, Any]]]) -> None:
    """Each row's final outcome and close date (``_outcome``, ``_closed``); problems, notes."""
    refs = job.refs
    # New stages: the user's word, else the closed outcome all their deals share, else open.
    outcomes_of: dict[str, Counter[str | None]] = {}
    for _row, r in rows:
        if r.get("stage") is not None:
            key = normalise_header(job.stage_name(r["stage"]))
            if key in job.missing.stages:
                outcomes_of.setdefault(key, Counter())[r["_column"]] += 1
    decided_by = _outcome_header(job, None)
    for key, name in job.missing.stages.items():
        counts = outcomes_of.get(key, Counter())
        kind = job.stage_outcomes.get(key)
        reason = tr("as you chose")
        if kind is None and len(counts) == 1 and next(iter(counts)) in (WON, LOST):
            kind = next(iter(counts))
            reason = tr("column '{column}' says so for its {count} deals").format(
                column=_outcome_header(job, kind), count=counts.total()
            )
        kind = kind or STAGE_OPEN
        job.missing.stage_kinds[key] = kind
        if kind != STAGE_OPEN and job.create_missing:
            job.notes.append(
                tr("New stage '{stage}' will be a {outcome} stage ({reason}).").format(
                    stage=name, outcome=_kind_word(kind), reason=reason
                )
            )
    moved: Counter[str] = Counter()
    fallbacks: Counter[str] = Counter()
    for row, r in rows:
        outcome = r["_column"]
        stage_kind: str | None = None
        if r.get("stage") is not None:
            key = normalise_header(job.stage_name(r["stage"]))
            found = job.stage_of(r["stage"])
            stage_kind = (
                refs.stage_kinds.get(found, STAGE_OPEN)
                if found is not None
                else job.missing.stage_kinds.get(key, STAGE_OPEN)
            )
            if outcome is None:
                outcome = job.stage_outcomes.get(key) or stage_kind
            elif stage_kind != STAGE_OPEN and outcome != stage_kind:
                job.problem(
                    row,
                    "stage",
                    r["stage"],
                    tr(
                        "This is a {stage_kind} stage, but column '{column}' says the deal is "
                        "{outcome}. Correct one of them, or map the stage to another one."
                    ).format(
                        stage_kind=_kind_word(stage_kind),
                        column=_outcome_header(job, outcome),
                        outcome=_kind_word(outcome),
                    ),
                )
                continue
            elif stage_kind == STAGE_OPEN and outcome != OPEN:
                moved[outcome] += 1
        outcome = outcome or OPEN
        r["_outcome"] = outcome
        r["_stage_to"] = _stage_to(job, r.get("stage"), stage_kind, outcome)
        if outcome == OPEN:
            continue
        closed_stage = refs.won_id if outcome == WON else refs.lost_id
        if closed_stage is None and stage_kind in (None, STAGE_OPEN):
            job.problem(
                row,
                "stage",
                r.get("stage") or "",
                tr("The deal is {outcome}, but there is no {outcome} stage in Settings.").format(
                    outcome=_kind_word(outcome)
                ),
            )
            continue
        own = "won_on" if outcome == WON else "lost_on"
        for name in ("closed", own, "closed_fallback"):
            if r.get(name) is not None:
                r["_closed"] = r[name]
                if name != "closed":
                    fallbacks[name] += 1
                break
        else:
            where = [
                job.header(n) for n in ("closed", own, "closed_fallback") if n in job.mapping.fields
            ]
            job.problem(
                row,
                "closed" if "closed" in job.mapping.fields else "",
                "",
                (
                    tr(
                        "The deal is won but has no close date. Fill in the day it was won, or "
                        "choose a column that holds it (such as 'Won time' or 'Last Modified "
                        "Date') for 'Close date when none is given'."
                    )
                    if outcome == WON
                    else tr(
                        "The deal is lost but has no close date. Fill in the day it was lost, or "
                        "choose a column that holds it (such as 'Lost time' or 'Last Modified "
                        "Date') for 'Close date when none is given'."
                    )
                )
                + (
                    " " + tr("Empty here: {columns}.").format(columns=", ".join(where))
                    if where
                    else ""
                ),
            )
    if moved:
        parts = [
            plural(moved[outcome], one, many).format(count=moved[outcome])
            for outcome, one, many in (
                (WON, tr("{count} won deal"), tr("{count} won deals")),
                (LOST, tr("{count} lost deal"), tr("{count} lost deals")),
            )
            if moved[outcome]
        ]
        job.notes.append(
            tr(
                "Column '{column}' decides the outcome: {deals} in an open stage go to the won "
                "or lost stage, through the stage named in the file."
            ).format(column=decided_by, deals=tr(" and ").join(parts))
        )
    for name, count in fallbacks.items():
        job.notes.append(
            plural(
                count,
                tr("1 closed deal without a close date takes it from column '{column}'."),
                tr("{count} closed deals without a close date take it from column '{column}'."),
            ).format(count=count, column=job.header(name))
        )


def import_deals(job: Job) -> None:
    s = job.session
    rows = []
    deleted = 0
    for row, r in _rows(job):
        job.step()
        job.owner(row, r, "owner")
        job.organisation(row, r, "account")
        r["_column"] = column_outcome(job, row, r)
        if r["_column"] == DELETED:
            deleted += 1
            continue
        stage = r.get("stage")
        if stage is not None and job.stage_of(stage) is None:
            name = job.stage_name(stage)
            job._missing(row, "stage", stage, "stage", job.missing.stages, normalise_header(name))
            if name != stage:
                job.missing.stages[normalise_header(name)] = name
        first, closed = r.get("first_contact"), r.get("closed")
        if first and closed and closed < first:
            job.problem(
                row,
                "closed",
                closed,
                tr("The deal closes before its first contact ({day}). Check both dates.").format(
                    day=first.isoformat()
                ),
            )
        rows.append((row, r))
    if deleted:
        job.skipped += deleted
        job.notes.append(
            plural(
                deleted,
                tr("1 deal is deleted in the other CRM (outcome 'deleted'): skipped."),
                tr("{count} deals are deleted in the other CRM (outcome 'deleted'): skipped."),
            ).format(count=deleted)
        )
    _decide_outcomes(job, [(n, r) for n, r in rows if "title" in r])

    def key(r: dict[str, Any]) -> Hashable:
        if r.get("external_id"):
            return ("x", r["external_id"])
        # A customer can buy "Consultancy" twice: the first contact tells the deals apart.
        return (*_deal_key(r), r.get("first_contact"))

    rows = job.dedupe(rows, key)
    if not job.finish_checks():
        return
    existing: dict[int, Any] = {}
    by_external: dict[str, int] = {}
    by_natural: dict[tuple[str, str], list[tuple[int, date | None]]] = {}
    query = (
        select(
            Deal.id,
            Deal.external_id,
            Deal.title,
            Organisation.name_key,
            *(getattr(Deal, name) for name in _BEFORE),
            Deal.organisation_id,
        )
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .where(Deal.deleted_at.is_(None))
    )
    for d in s.execute(query):
        existing[d[0]] = d
        if d[1]:
            by_external.setdefault(d[1], d[0])
        by_natural.setdefault((normalise_header(d[2]), d[3] or ""), []).append((d[0], d[7]))
    rows_per_key = Counter(_deal_key(r) for _n, r in rows)
    refs = job.refs
    default_stage = refs.first_open_stage()
    new: list[dict[str, Any]] = []
    passed: list[int | None] = []  # the open stage a new closed deal passed through
    updates: dict[int, dict[str, Any]] = {}
    history: list[dict[str, Any]] = []
    moves: list[tuple[int, int, date | None]] = []  # existing deal, from stage, moved on
    close_changes: list[dict[str, Any]] = []  # updated deals whose expected close changed
    for _row, r in rows:
        job.step()
        outcome = r["_outcome"]
        named = job.stage_of(r["stage"]) if r.get("stage") else None
        stage_id, via = named, None
        if outcome != OPEN and refs.stage_kinds.get(named or -1, STAGE_OPEN) == STAGE_OPEN:
            stage_id = refs.won_id if outcome == WON else refs.lost_id
            via = named
        elif named is None:
            stage_id = default_stage
        closed = r.get("_closed")
        expected = r.get("expected_close")
        if outcome == OPEN and r.get("closed") is not None:
            expected = expected or r["closed"]  # HubSpot's close date of open deals
        values = {
            "title": r["title"],
            "organisation_id": job.organisation_id(r, "account"),
            "owner_id": job.owner_id(r, "owner"),
            "stage_id": stage_id if (r.get("stage") or outcome != OPEN) else None,
            "value_cents": r.get("value"),
            "first_contact": r.get("first_contact"),
            "closed_date": closed,
            "expected_close": expected,
            "product": r.get("product"),
            "lost_reason": r.get("lost_reason"),
            "probability": r.get("probability"),
            "external_id": r.get("external_id"),
        }
        found = by_external.get(r.get("external_id") or "\x00") or _match_deal(
            by_natural.get(_deal_key(r), []), r.get("first_contact"), rows_per_key[_deal_key(r)]
        )
        entered = closed if outcome != OPEN else None
        if found is None:
            values["stage_id"] = stage_id or default_stage
            values["value_cents"] = values["value_cents"] or 0
            values["stage_entered_at"] = entered or values["first_contact"] or job.today
            new.append(values)
            passed.append(via)
            continue
        if job.skip_duplicates:
            job.skipped += 1
            continue
        old = existing[found]
        before = dict(zip(_BEFORE, old[4:13], strict=True))
        before |= {"title": old[2], "external_id": old[1], "organisation_id": old[13]}
        change = _changes(before, values)
        if "expected_close" in change:
            close_changes.append(
                close_change_row(found, before["expected_close"], change["expected_close"])
            )
        if "stage_id" in change:
            change["stage_entered_at"] = entered or job.today
            moves.append((found, old[4], entered))
            if outcome == OPEN and old[8] is not None:
                change["closed_date"] = None
        if change:
            updates[found] = change
            job.updated += 1
        else:
            job.unchanged += 1
    ids = insert_rows(s, Deal, new)
    job.log.add("deals", ids)
    job.step(len(new))
    for deal_id, values, via in zip(ids, new, passed, strict=True):
        first = values["first_contact"]
        if via is not None and first is not None and first <= values["stage_entered_at"]:
            history.append(_history(deal_id, None, via, _moment(first)))
            history.append(
                _history(deal_id, via, values["stage_id"], _moment(values["stage_entered_at"]))
            )
        else:
            history.append(
                _history(deal_id, None, values["stage_id"], _moment(values["stage_entered_at"]))
            )
    for deal_id, from_stage, day in moves:
        moment = _moment(day) if day else datetime.now(UTC)
        history.append(_history(deal_id, from_stage, updates[deal_id]["stage_id"], moment))
    update_rows(s, Deal, updates, job.log)
    job.log.add("deal_stage_history", insert_rows(s, DealStageHistory, history))
    job.log.add("deal_close_changes", insert_rows(s, DealCloseChange, close_changes))
    won = [
        (i, v)
        for i, v in zip(ids, new, strict=True)
        if refs.stage_kinds.get(v["stage_id"]) == STAGE_WON
    ]
    won += [
        (i, {**_current(existing[i]), **updates[i]})
        for i, _f, _d in moves
        if refs.stage_kinds.get(updates[i]["stage_id"]) == STAGE_WON
    ]
    _won_make_customers(job, won)
    job.created += len(new)
    job.kinds.add("deals")


def _history(
    deal_id: int, from_stage: int | None, to_stage: int, moment: datetime
) -> dict[str, Any]:
    return {
        "deal_id": deal_id,
        "from_stage_id": from_stage,
        "to_stage_id": to_stage,
        "moved_at": moment,
    }


def _deal_key(r: dict[str, Any]) -> tuple[str, str]:
    return (normalise_header(r["title"]), org_key(r.get("account") or ""))


def _match_deal(
    candidates: list[tuple[int, date | None]], first_contact: date | None, rows: int
) -> int | None:
    """The existing deal a row without external id updates: same title and organisation.

    Several such deals are told apart by their first contact.  When the first contact does not
    match, a lone deal is still the one (its first contact was corrected in the file), unless
    the file itself holds several deals of that title, which then are new ones.
    """
    for deal_id, first in candidates:
        if first == first_contact:
            return deal_id
    if len(candidates) == 1 and rows == 1:
        return candidates[0][0]
    return None


def _current(old: Any) -> dict[str, Any]:
    return {"organisation_id": old[13], "owner_id": old[5], "closed_date": old[8]}


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def _won_make_customers(job: Job, won: list[tuple[int, dict[str, Any]]]) -> None:
    """A won deal makes its organisation a customer, as moving it on the board does."""
    orgs = {v["organisation_id"] for _i, v in won if v.get("organisation_id")}
    if not orgs:
        return
    known = set(
        job.session.scalars(
            select(Customer.organisation_id).where(Customer.organisation_id.in_(orgs))
        )
    )
    rows: dict[int, dict[str, Any]] = {}
    for deal_id, v in sorted(won, key=lambda item: item[1].get("closed_date") or job.today):
        org = v.get("organisation_id")
        if org and org not in known and org not in rows:
            rows[org] = {
                "organisation_id": org,
                "customer_since": v.get("closed_date") or job.today,
                "owner_id": v.get("owner_id"),
                "recurring_value_cents": 0,
                "source_deal_id": deal_id,
            }
    job.log.add("customers", insert_rows(job.session, Customer, list(rows.values())))
    if rows:
        job.kinds.add("customers")
