"""The ideal-customer checklist editor: ordered criteria, must-haves, weights and threshold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kpidesk.core.i18n import pick, tr
from kpidesk.core.icp import answers_from_json, fit_score
from kpidesk.data.database import Database
from kpidesk.data.models import IcpCriterion, Lead, Setting
from kpidesk.services.common import CONFIG, LEADS, Changes
from kpidesk.services.errors import Refused
from kpidesk.services.leads.qualification import THRESHOLD_KEY, scoring_criteria, threshold

MAX_WEIGHT = 10


@dataclass(frozen=True)
class CriterionDraft:
    """One criterion as the editor holds it; ``id`` is None for a new one."""

    id: int | None
    text_nl: str
    text_en: str
    must_have: bool = False
    weight: int = 1

    @property
    def text(self) -> str:
        return pick(self.text_nl, self.text_en)


@dataclass(frozen=True)
class Checklist:
    criteria: list[CriterionDraft]
    threshold: int


@dataclass(frozen=True)
class ChecklistSave:
    previous: Checklist
    rescored: int  # leads whose fit score changed
    changes: Changes


def _current(session: Session) -> Checklist:
    rows = session.scalars(
        select(IcpCriterion)
        .where(IcpCriterion.active.is_(True))
        .order_by(IcpCriterion.position, IcpCriterion.id)
    )
    drafts = [CriterionDraft(c.id, c.text_nl, c.text_en, c.must_have, c.weight) for c in rows]
    return Checklist(drafts, threshold(session))


def load_checklist(db: Database) -> Checklist:
    """The active criteria in order and the score threshold."""
    with db.read() as session:
        return _current(session)


def _validated(drafts: Sequence[CriterionDraft], score_threshold: int) -> list[CriterionDraft]:
    if not 0 <= score_threshold <= 100:
        raise Refused(tr("The threshold is a percentage from 0 to 100."))
    clean = []
    for number, draft in enumerate(drafts, 1):
        nl, en = " ".join(draft.text_nl.split()), " ".join(draft.text_en.split())
        if not nl and not en:
            raise Refused(
                tr("Criterion {number} has no text. Type it, or remove the criterion.").format(
                    number=number
                )
            )
        if not 0 <= draft.weight <= MAX_WEIGHT:
            raise Refused(
                tr("The weight of '{criterion}' must be from 0 to {max}.").format(
                    criterion=nl or en, max=MAX_WEIGHT
                )
            )
        clean.append(CriterionDraft(draft.id, nl or en, en or nl, draft.must_have, draft.weight))
    if clean and not any(d.weight for d in clean):
        raise Refused(
            tr("Give at least one criterion a weight above 0, or the fit score stays 0%.")
        )
    return clean


def save_checklist(
    db: Database, drafts: Sequence[CriterionDraft], score_threshold: int
) -> ChecklistSave:
    """Replace the checklist with *drafts* (in this order) and the threshold.

    Removed criteria are switched off rather than deleted, so leads keep their answers and an
    undo brings them back. Fit scores of assessed leads are recomputed.
    """
    clean = _validated(drafts, score_threshold)
    with db.write() as session:
        previous = _current(session)
        existing = {c.id: c for c in session.scalars(select(IcpCriterion))}
        kept: set[int] = set()
        for position, draft in enumerate(clean, 1):
            row = existing.get(draft.id) if draft.id is not None else None
            if row is None:
                row = IcpCriterion()
                session.add(row)
            row.position, row.text_nl, row.text_en = position, draft.text_nl, draft.text_en
            row.must_have, row.weight, row.active = draft.must_have, draft.weight, True
            if draft.id is not None:
                kept.add(draft.id)
        for cid, row in existing.items():
            if cid not in kept:
                row.active = False
        setting = session.get(Setting, THRESHOLD_KEY)
        if setting is None:
            session.add(Setting(key=THRESHOLD_KEY, value=score_threshold))
        else:
            setting.value = score_threshold
        session.flush()
        rescored = _rescore(session)
        return ChecklistSave(previous, rescored, Changes.of(CONFIG, LEADS))


def _rescore(session: Session) -> int:
    """Recompute the stored fit score of every lead that has been assessed."""
    criteria = scoring_criteria(session)
    updates = []
    rows = session.execute(
        select(Lead.id, Lead.checklist, Lead.fit_score).where(Lead.fit_score.is_not(None))
    )
    for lead_id, raw, old in rows:
        score = fit_score(criteria, answers_from_json(raw))
        if score != old:
            updates.append({"id": lead_id, "fit_score": score})
    if updates:
        session.execute(update(Lead), updates)
    return len(updates)
