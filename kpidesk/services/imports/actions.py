"""Importing agreed actions: the same action is the same rep, day agreed and text."""

from __future__ import annotations

from sqlalchemy import select

from kpidesk.core.i18n import tr
from kpidesk.data.models import AgreedAction, TeamMember
from kpidesk.services.coaching.actions import MAX_TEXT
from kpidesk.services.imports.job import Job, _changes, _rows
from kpidesk.services.imports.support import insert_rows, name_key, update_rows


def _key(rep: str, agreed: object, text: str) -> tuple[str, object, str]:
    return (name_key(rep), agreed, name_key(text))


def import_actions(job: Job) -> None:
    """Agreed actions; an empty "done" leaves an action open (and never reopens a done one)."""
    s = job.session
    rows = []
    for row, r in _rows(job):
        job.step()
        job.owner(row, r, "rep")
        agreed, due, done = r.get("agreed_on"), r.get("due"), r.get("done")
        if r.get("text") is not None and len(r["text"]) > MAX_TEXT:
            job.problem(
                row,
                "text",
                r["text"][:40] + "…",
                tr("An agreed action is at most {count} characters; shorten it.").format(
                    count=MAX_TEXT
                ),
            )
        if agreed is not None and due is not None and due < agreed:
            job.problem(
                row, "due", due, tr("The due date lies before the day the action was agreed.")
            )
        if agreed is not None and done is not None and done < agreed:
            job.problem(row, "done", done, tr("The action is done before the day it was agreed."))
        if done is not None and done > job.today:
            job.problem(row, "done", done, tr("An action cannot be done on a day after today."))
        rows.append((row, r))
    rows = job.dedupe(rows, lambda r: _key(r["rep"], r["agreed_on"], r["text"]))
    if not job.finish_checks():
        return
    existing = {
        _key(name, agreed, text): (action_id, text, due, done)
        for action_id, name, agreed, text, due, done in s.execute(
            select(
                AgreedAction.id,
                TeamMember.name,
                AgreedAction.agreed_on,
                AgreedAction.text,
                AgreedAction.due_on,
                AgreedAction.done_on,
            )
            .join(TeamMember, AgreedAction.rep_id == TeamMember.id)
            .where(AgreedAction.deleted_at.is_(None))
        )
    }
    new, updates = [], {}
    for _row, r in rows:
        job.step()
        values = {"text": r["text"], "due_on": r.get("due"), "done_on": r.get("done")}
        old = existing.get(_key(r["rep"], r["agreed_on"], r["text"]))
        if old is None:
            new.append({**values, "rep_id": job.owner_id(r, "rep"), "agreed_on": r["agreed_on"]})
        elif job.skip_duplicates:
            job.skipped += 1
        else:
            change = _changes({"text": old[1], "due_on": old[2], "done_on": old[3]}, values)
            if change:
                updates[old[0]] = change
                job.updated += 1
            else:
                job.unchanged += 1
    job.log.add("agreed_actions", insert_rows(s, AgreedAction, new))
    update_rows(s, AgreedAction, updates, job.log)
    job.created += len(new)
    job.kinds.add("actions")
