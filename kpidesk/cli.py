"""The command line: ``python main.py [options] [command]`` and ``kpidesk …``.

No command opens the window.  Commands run the same services as the window; nothing on this
path imports Qt.  Failures print one actionable line on stderr and exit non-zero, never a
traceback (the details go to the log file).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from kpidesk import __version__
from kpidesk.core.i18n import set_language, tr
from kpidesk.services.database import Database, DatabaseError, log_file, open_database
from kpidesk.services.errors import ServiceError

log = logging.getLogger(__name__)

VIEWS = ("dashboard", "leads", "activities", "pipeline", "customers", "settings")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3

Command = Callable[[argparse.Namespace, Database], int]


class UserError(Exception):
    """A problem the user can fix; printed as is."""


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH|URL", default=default,
                        help=tr("database file or SQLAlchemy URL (default: your data folder)"))
    parser.add_argument("--lang", choices=("nl", "en"), default=default,
                        help=tr("language (default: the system language)"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpidesk",
        description=tr("KPIDesk: steer your sales team on a handful of KPIs."),
    )
    parser.add_argument("--version", action="version", version=f"KPIDesk {__version__}")
    _global_options(parser, suppress=False)
    parser.add_argument("--view", choices=VIEWS, default=None,
                        help=tr("open the window on this view"))
    # For the packaged app's smoke test: open the window, save a picture of it and quit.
    parser.add_argument("--screenshot", metavar="PNG", default=None, help=argparse.SUPPRESS)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[common],
                               help=tr("fill an empty database with a demo team"))
    demo.add_argument("--size", choices=("small", "large"), default="small",
                      help=tr("small: 6 reps, 2 years; large: 10 reps, 4 years, 1M activities"))
    demo.add_argument("--seed", type=int, default=1, help=tr("random seed (same seed, same data)"))
    demo.set_defaults(handler=_cmd_demo)

    kpis = commands.add_parser("kpis", parents=[common],
                               help=tr("show the KPIs of a period for the team or one rep"))
    kpis.add_argument("--period", metavar="PERIOD",
                      help=tr("2026-10, 2026-Q3 or 2026 (default: the current month)"))
    kpis.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                      help=tr("first day of a custom period"))
    kpis.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                      help=tr("last day of a custom period"))
    kpis.add_argument("--rep", metavar="NAME", help=tr("only this rep's figures"))
    kpis.add_argument("--json", action="store_true", help=tr("print JSON instead of a table"))
    kpis.set_defaults(handler=_cmd_kpis)
    _team_commands(commands, common)
    return parser


def _team_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                   common: argparse.ArgumentParser) -> None:
    """The team database: copying the local file over, and a login per team member."""
    migrate = commands.add_parser(
        "migrate-to", parents=[common],
        help=tr("copy this database into an empty team database (PostgreSQL)"))
    migrate.add_argument("url", metavar="URL",
                         help=tr("the team database, e.g. postgresql+psycopg://manager@server/kpidesk"))
    migrate.set_defaults(handler=_cmd_migrate_to)
    login = commands.add_parser(
        "team-login", parents=[common],
        help=tr("give a team member a login on the team database"))
    login.add_argument("member", help=tr("the team member's name"))
    login.add_argument("role", help=tr("the login name, e.g. anna_de_vries"))
    login.add_argument("--password", default=None, help=tr("a password for the login"))
    login.set_defaults(handler=_cmd_team_login)


def _cmd_migrate_to(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.services.team_db import migrate_to

    report = migrate_to(db, args.url)
    print(tr("Copied {db} into {target}:").format(db=db.describe(), target=report.target))
    for table, rows in report.counts.items():
        print(tr("  {table}: {rows} rows, the same on both sides").format(table=table, rows=rows))
    return EXIT_OK


def _cmd_team_login(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.services.team_db import add_team_login, member_by_name

    member_id = member_by_name(db, args.member)
    role = add_team_login(db, member_id, args.role, args.password)
    print(tr("{member} now logs in to the team database as {role}.").format(
        member=args.member, role=role))
    return EXIT_OK


def _cmd_kpis(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.cli_kpis import run_kpis

    return run_kpis(args, db, UserError)


def _cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.services.demo import generate_demo

    summary = generate_demo(db, size=args.size, seed=args.seed)
    print(tr("Demo team loaded into {db} in {seconds:.1f} s:").format(
        db=db.describe(), seconds=summary.seconds))
    print(tr("  {reps} team members, {leads} leads, {deals} deals ({open} open), "
             "{activities} activities, {customers} customers, {targets} targets").format(
        reps=summary.team_members, leads=summary.leads, deals=summary.deals,
        open=summary.open_deals, activities=summary.activities, customers=summary.customers,
        targets=summary.targets))
    return EXIT_OK


def _pre_language(argv: Sequence[str]) -> str | None:
    """Find --lang before parsing, so that help texts are already translated."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("nl", "en") else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in ("nl", "en") else None
    return None


def run(argv: Sequence[str]) -> int:
    """Run the command line and return the exit code."""
    set_language(_pre_language(argv))
    parser = build_parser()
    args = parser.parse_args(list(argv))
    set_language(args.lang)
    from kpidesk.services.database import setup_logging

    setup_logging()
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        from kpidesk.ui.app import run_app  # the window; Qt only on this path

        return run_app(db_target=args.db, view=args.view, language=args.lang,
                       screenshot=args.screenshot)
    try:
        db = open_database(args.db)
        try:
            return handler(args, db)
        finally:
            db.dispose()
    except (DatabaseError, ServiceError, UserError) as exc:
        print(tr("kpidesk: {message}").format(message=exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(tr("kpidesk: stopped; nothing was changed by the unfinished step."),
              file=sys.stderr)
        return EXIT_FAILED
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(tr("kpidesk: something went wrong that KPIDesk did not expect. Nothing was "
                 "changed by the failed step. Details are in {log}.").format(log=log_file()),
              file=sys.stderr)
        return EXIT_CRASH
