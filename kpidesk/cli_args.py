"""What every command reads the same way: the period (--period or --from/--to) and --rep.

Kept apart from ``cli.py`` so that each command module (``cli_kpis`` and the next ones) parses
them with the same words and the same messages.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from kpidesk.core.i18n import tr
from kpidesk.core.periods import Period, PeriodError, PeriodKind, parse_period

if TYPE_CHECKING:
    from kpidesk.services.store.database import Database


class UserError(Exception):
    """A problem the user can fix; printed as is."""


def period_from_args(args: argparse.Namespace, today: date | None = None) -> Period:
    """The period of ``--period`` or ``--from``/``--to``; this month when neither is given."""
    if args.period and (args.date_from or args.date_to):
        raise UserError(tr("Give either --period or --from and --to, not both."))
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise UserError(
                tr("Give both --from and --to, for example --from 2026-01-01 --to 2026-03-31.")
            )
        try:
            return Period(date.fromisoformat(args.date_from), date.fromisoformat(args.date_to))
        except (ValueError, PeriodError) as exc:
            raise UserError(
                tr("{start} to {end} is not a period: use YYYY-MM-DD, the first day first.").format(
                    start=args.date_from, end=args.date_to
                )
            ) from exc
    if args.period:
        try:
            return parse_period(args.period)
        except PeriodError as exc:
            raise UserError(
                tr("'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.").format(
                    text=args.period
                )
            ) from exc
    return Period.containing(today or date.today(), PeriodKind.MONTH)


def today_from_args(args: argparse.Namespace) -> date:
    """The day of ``--today`` (what "today" means for pace and comparison), else today."""
    text = getattr(args, "today", None)
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(
            tr("--today takes a day as YYYY-MM-DD, for example 2026-12-05, not '{text}'.").format(
                text=text
            )
        ) from exc


def rep_from_args(db: Database, args: argparse.Namespace) -> int | None:
    """The team member of ``--rep NAME`` (None for the whole team)."""
    if not args.rep:
        return None
    from kpidesk.services.reference import find_team_member

    member = find_team_member(db, args.rep)
    if member is None:
        raise UserError(tr("There is no team member called {name}.").format(name=args.rep))
    return member.id
