"""The command line: ``python main.py [options] [command]`` and ``kpidesk …``.

No command opens the window.  Commands run the same services as the window; nothing on this
path imports Qt.  Failures print one actionable line on stderr and exit non-zero, never a
traceback (the details go to the log file).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kpidesk import __version__
from kpidesk.cli_args import UserError, period_from_args, rep_from_args, today_from_args
from kpidesk.cli_process import exit_now
from kpidesk.core.collector import collector_paused
from kpidesk.core.i18n import set_language, tr
from kpidesk.core.planner import DEFAULT_STEP_PERCENT
from kpidesk.services.errors import ServiceError
from kpidesk.services.store.database import DatabaseError, log_file

if TYPE_CHECKING:
    from kpidesk.services.store.database import Database

log = logging.getLogger(__name__)

VIEWS = ("dashboard", "leads", "activities", "pipeline", "customers", "settings")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3

Command = Callable[[argparse.Namespace, "Database"], int]


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        help=tr("database file or SQLAlchemy URL (default: your data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=default,
        help=tr("language (default: the system language)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpidesk",
        description=tr("KPIDesk: steer your sales team on a handful of KPIs."),
    )
    parser.add_argument("--version", action="version", version=f"KPIDesk {__version__}")
    _global_options(parser, suppress=False)
    parser.add_argument(
        "--view", choices=VIEWS, default=None, help=tr("open the window on this view")
    )
    # For the packaged app's smoke test: open the window, save a picture of it and quit.
    parser.add_argument("--screenshot", metavar="PNG", default=None, help=argparse.SUPPRESS)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help=tr("fill an empty database with a demo team")
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=tr("small: 6 reps, 2 years; large: 10 reps, 4 years, 1M activities"),
    )
    demo.add_argument("--seed", type=int, default=1, help=tr("random seed (same seed, same data)"))
    demo.set_defaults(handler=_cmd_demo)

    kpis = commands.add_parser(
        "kpis", parents=[common], help=tr("show the KPIs of a period for the team or one rep")
    )
    kpis.add_argument(
        "--period",
        metavar="PERIOD",
        help=tr("2026-10, 2026-Q3 or 2026 (default: the current month)"),
    )
    kpis.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help=tr("first day of a custom period")
    )
    kpis.add_argument(
        "--to", dest="date_to", metavar="YYYY-MM-DD", help=tr("last day of a custom period")
    )
    kpis.add_argument("--rep", metavar="NAME", help=tr("only this rep's figures"))
    kpis.add_argument("--json", action="store_true", help=tr("print JSON instead of a table"))
    kpis.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=tr("count as if it were this day: pace and comparison (default: today)"),
    )
    kpis.set_defaults(handler=_cmd_kpis)
    _forecast_parser(commands, common)
    _plan_parser(commands, common)
    _team_commands(commands, common)
    _import_parser(commands, common)
    _add_export(commands, common)
    _backup_commands(commands, common)
    _localise(parser)
    return parser


class _Formatter(argparse.HelpFormatter):
    """argparse's help in the user's language: its own 'usage:' prefix included."""

    def add_usage(
        self, usage: str | None, actions: object, groups: object, prefix: str | None = None
    ) -> None:
        super().add_usage(
            usage,
            actions,
            groups,  # type: ignore[arg-type]
            tr("usage: ") if prefix is None else prefix,
        )


def _localise(parser: argparse.ArgumentParser, *, top: bool = True) -> None:
    """Translate the texts argparse adds itself (headings, -h and --version), in every command."""
    parser.formatter_class = _Formatter
    parser._positionals.title = tr("commands") if top else tr("arguments")
    parser._optionals.title = tr("options")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = tr("show this help and quit")
        elif isinstance(action, argparse._VersionAction):
            action.help = tr("show the version and quit")
        elif isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _localise(sub, top=False)


def _team_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """The team database: copying the local file over, and a login per team member."""
    migrate = commands.add_parser(
        "migrate-to",
        parents=[common],
        help=tr("copy this database into an empty team database (PostgreSQL)"),
    )
    migrate.add_argument(
        "url",
        metavar="URL",
        help=tr("the team database, e.g. postgresql+psycopg://manager@server/kpidesk"),
    )
    migrate.set_defaults(handler=_cmd_migrate_to)
    login = commands.add_parser(
        "team-login", parents=[common], help=tr("give a team member a login on the team database")
    )
    login.add_argument("member", help=tr("the team member's name"))
    login.add_argument("role", help=tr("the login name, e.g. anna_de_vries"))
    login.add_argument("--password", default=None, help=tr("a password for the login"))
    login.set_defaults(handler=_cmd_team_login)


def _cmd_migrate_to(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.services.team.access import migrate_to

    report = migrate_to(db, args.url)
    print(tr("Copied {db} into {target}:").format(db=db.describe(), target=report.target))
    for table, rows in report.counts.items():
        print(tr("  {table}: {rows} rows, the same on both sides").format(table=table, rows=rows))
    return EXIT_OK


def _cmd_team_login(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.services.team.access import add_team_login, member_by_name

    member_id = member_by_name(db, args.member)
    role = add_team_login(db, member_id, args.role, args.password)
    print(
        tr("{member} now logs in to the team database as {role}.").format(
            member=args.member, role=role
        )
    )
    return EXIT_OK


EXPORTS = (
    "kpi-sheet", "one-on-one", "leads", "deals", "activities", "customers", "targets", "actions",
)  # fmt: skip
WORKBOOKS = ("kpi-sheet", "one-on-one")  # the exports that take a period, a rep and --today


def _add_export(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    export = commands.add_parser(
        "export",
        parents=[common],
        help=tr("write the KPI meeting workbook, a one-on-one pack or a table to a file"),
        description=tr(
            "export kpi-sheet OUT.xlsx [--period P | --from D --to D] [--rep NAME]; "
            "export one-on-one OUT.xlsx --rep NAME [--period P | --from D --to D]; "
            "export leads|deals|activities|customers|targets|actions OUT.xlsx|OUT.csv"
        ),
    )
    export.add_argument(
        "what", choices=EXPORTS, help=tr("the KPI workbook, a one-on-one pack, or which table")
    )
    export.add_argument(
        "out", metavar="OUT", help=tr("the file to write (.xlsx, or .csv for tables)")
    )
    export.add_argument("--period", help=tr("2026-10, 2026-Q3 or 2026 (default: this month)"))
    export.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help=tr("first day of a custom period")
    )
    export.add_argument(
        "--to", dest="date_to", metavar="YYYY-MM-DD", help=tr("last day of a custom period")
    )
    export.add_argument(
        "--rep",
        metavar="NAME",
        help=tr("only this rep (default: the team); one-on-one: the rep, always"),
    )
    export.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=tr("count as if it were this day: pace and comparison (default: today)"),
    )
    export.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.core.i18n import current_language

    lang = current_language()
    if args.what not in WORKBOOKS:
        if args.period or args.date_from or args.date_to or args.rep or args.today:
            raise UserError(
                tr(
                    "--period, --from, --to, --rep and --today belong to export kpi-sheet and "
                    "one-on-one; a table export holds every row."
                )
            )
        from kpidesk.services.exporting import export_table

        result = export_table(db, args.what, args.out, lang)
        print(
            tr("Export written to {file} ({rows} rows).").format(rows=result.rows, file=result.path)
        )
        return EXIT_OK
    if args.what == "one-on-one":
        return _export_one_on_one(args, db, lang)
    from kpidesk.services.kpis.workbook import export_kpi_sheet

    today = today_from_args(args)
    period = period_from_args(args, today)
    rep_id = rep_from_args(db, args)
    path = export_kpi_sheet(db, args.out, period, rep_id, lang, today)
    print(tr("KPI sheet for {period} written to {file}.").format(period=period.label(), file=path))
    return EXIT_OK


def _export_one_on_one(args: argparse.Namespace, db: Database, lang: str) -> int:
    from kpidesk.services.coaching.one_on_one import export_one_on_one, period_text

    if not args.rep:
        raise UserError(
            tr('A one-on-one pack is for one rep: add --rep NAME, for example --rep "Bram".')
        )
    today = today_from_args(args)
    period = period_from_args(args, today)
    rep_id = rep_from_args(db, args)
    assert rep_id is not None
    result = export_one_on_one(db, args.out, rep_id, period, lang, today)
    print(
        tr("One-on-one pack of {name} for {period} written to {file} ({pages} pages).").format(
            name=args.rep, period=period_text(period), file=result.path, pages=result.pages
        )
    )
    return EXIT_OK


def _forecast_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """The forecast's options; its work is in ``cli_forecast``, imported when it runs."""
    forecast = commands.add_parser(
        "forecast",
        parents=[common],
        help=tr("the forecast of won value for the coming months, with its range"),
    )
    forecast.add_argument(
        "--months", type=int, default=3, metavar="N", help=tr("months ahead, this one first (1–12)")
    )
    forecast.add_argument("--rep", metavar="NAME", help=tr("only this rep's deals"))
    forecast.add_argument("--json", action="store_true", help=tr("print JSON instead of text"))
    forecast.add_argument(
        "--today", metavar="YYYY-MM-DD", help=tr("forecast as if it were this day")
    )
    forecast.set_defaults(handler=_cmd_forecast)


def _plan_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """The planner's options; its work is in ``cli_plan``, imported when it runs."""
    plan = commands.add_parser(
        "plan",
        parents=[common],
        help=tr("work back from a revenue target to leads, intakes, proposals and targets"),
    )
    plan.add_argument("--period", required=True, metavar="P", help=tr("2027-01, 2027-Q1 or 2027"))
    plan.add_argument(
        "--revenue", required=True, metavar="€", help=tr("the revenue target, e.g. 200.000")
    )
    plan.add_argument(
        "--step",
        type=int,
        default=DEFAULT_STEP_PERCENT,
        metavar="%",
        help=tr("the most a target rises a month, in % (default 15)").replace("%", "%%"),
    )
    plan.add_argument("--apply", action="store_true", help=tr("write the targets"))
    plan.add_argument("--json", action="store_true", help=tr("print JSON instead of text"))
    plan.add_argument("--today", metavar="YYYY-MM-DD", help=tr("plan as if it were this day"))
    plan.set_defaults(handler=_cmd_plan)


def _cmd_forecast(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.cli_forecast import run_forecast

    return run_forecast(args, db)


def _cmd_plan(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.cli_plan import run_plan

    return run_plan(args, db)


def _cmd_kpis(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.cli_kpis import run_kpis

    return run_kpis(args, db)


def _import_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    sub = commands.add_parser(
        "import",
        parents=[common],
        help=tr(
            "import leads, deals, activities, customers, targets or agreed actions from an "
            "Excel or CSV file"
        ),
    )
    sub.add_argument(
        "kind", choices=("leads", "deals", "activities", "customers", "targets", "actions")
    )
    sub.add_argument("file", metavar="FILE")
    sub.add_argument("--sheet", metavar="NAME", help=tr("the sheet to read (default: the first)"))
    sub.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="append",
        default=[],
        help=tr("read FIELD from COLUMN (a header or a letter); repeat as needed"),
    )
    sub.add_argument(
        "--date-format",
        choices=("auto", "dmy", "mdy", "ymd"),
        default="auto",
        help=tr(
            "how to read dates such as 03/04/2025 (default: auto, Dutch "
            "day-month when a column does not tell)"
        ),
    )
    sub.add_argument(
        "--create-missing",
        action="store_true",
        help=tr("create unknown owners, stages, activity types and organisations"),
    )
    sub.add_argument(
        "--on-duplicate",
        choices=("update", "skip"),
        default="update",
        help=tr("what to do with rows that already exist (default: update)"),
    )
    sub.add_argument(
        "--map-value",
        metavar="FIELD:VALUE=TARGET",
        action="append",
        default=[],
        help=tr(
            'read VALUE in FIELD as TARGET, for example status:"In Progress"=new or '
            'stage:"Contract Sent"=Proposal; repeat as needed'
        ),
    )
    sub.add_argument(
        "--stage-outcome",
        metavar="STAGE=OUTCOME",
        action="append",
        default=[],
        help=tr('what a stage means: won, lost or open, for example "Dead Deals=lost"'),
    )
    sub.add_argument(
        "--report",
        metavar="OUT.xlsx",
        help=tr("when the file has problems, also save the full list as a spreadsheet"),
    )
    sub.add_argument(
        "--dry-run",
        action="store_true",
        help=tr("check the file and report, without writing anything"),
    )
    sub.set_defaults(handler=_cmd_import)


def _cmd_import(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.services.imports.report import save_problem_report
    from kpidesk.services.imports.sheet import ImportOptions, ImportRefused, import_sheet
    from kpidesk.services.imports.values import parse_stage_outcomes, parse_value_map

    mapping: dict[str, str | None] = {}
    for item in args.map:
        name, sep, column = item.partition("=")
        if not sep or not name.strip():
            raise UserError(tr("--map needs FIELD=COLUMN, for example --map company=Klant."))
        mapping[name.strip()] = column.strip() or None
    try:
        value_map = parse_value_map(args.map_value)
        stage_outcomes = parse_stage_outcomes(args.stage_outcome)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    options = ImportOptions(
        sheet=args.sheet,
        mapping=mapping,
        date_format=args.date_format,
        create_missing=args.create_missing,
        on_duplicate=args.on_duplicate,
        dry_run=args.dry_run,
        value_map=value_map,
        stage_outcomes=stage_outcomes,
    )
    try:
        summary = import_sheet(db, args.kind, args.file, options)
    except ImportRefused as exc:
        print(str(exc), file=sys.stderr)
        if args.report:
            saved = save_problem_report(exc.problems, args.report)
            print(tr("The full list is saved in {file}.").format(file=saved), file=sys.stderr)
        return EXIT_FAILED
    if summary.dry_run:
        print(
            tr("Dry run of {file}: nothing was written. The import would give: {result}.").format(
                file=summary.file_name, result=summary.describe()
            )
        )
    else:
        print(
            tr("Imported {file} ({rows} rows) in {seconds:.1f} s: {result}.").format(
                file=summary.file_name,
                rows=summary.rows,
                seconds=summary.seconds,
                result=summary.describe(),
            )
        )
    names = {
        "team_members": tr("team members"),
        "organisations": tr("organisations"),
        "stages": tr("stages"),
        "activity_types": tr("activity types"),
    }
    for table, count in summary.created_references.items():
        print(tr("  also created: {count} {what}").format(count=count, what=names[table]))
    for note in summary.notes:
        print("  " + note)
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.services.demo import generate_demo

    summary = generate_demo(db, size=args.size, seed=args.seed)
    print(
        tr("Demo team loaded into {db} in {seconds:.1f} s:").format(
            db=db.describe(), seconds=summary.seconds
        )
    )
    print(
        tr(
            "  {reps} team members, {leads} leads, {deals} deals ({open} open), "
            "{activities} activities (and {planned} planned), {customers} customers, "
            "{targets} targets"
        ).format(
            reps=summary.team_members,
            leads=summary.leads,
            deals=summary.deals,
            open=summary.open_deals,
            activities=summary.activities,
            planned=summary.planned,
            customers=summary.customers,
            targets=summary.targets,
        )
    )
    return EXIT_OK


def _backup_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    backup = commands.add_parser(
        "backup", parents=[common], help=tr("back up the database (to OUT, or the backup folder)")
    )
    backup.add_argument(
        "out",
        nargs="?",
        metavar="OUT",
        default=None,
        help=tr("file or folder for the copy (default: the backup folder)"),
    )
    backup.add_argument("--list", action="store_true", help=tr("list the backups instead"))
    backup.set_defaults(handler=_cmd_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=tr("replace the database by a backup (the current one is kept as a backup)"),
    )
    restore.add_argument("file", metavar="FILE", help=tr("the backup to restore"))
    # Restoring is the way out of a damaged database, so it must not need to open it.
    restore.set_defaults(handler=_cmd_restore, opens_database=False)
    totals = commands.add_parser(
        "check-totals",
        parents=[common],
        help=tr("check the KPI totals against their rows (and rebuild them with --repair)"),
    )
    totals.add_argument(
        "--repair", action="store_true", help=tr("rebuild the totals that are wrong")
    )
    totals.set_defaults(handler=_cmd_check_totals)


def _cmd_check_totals(args: argparse.Namespace, db: Database) -> int:
    from kpidesk.core.formatting import format_int
    from kpidesk.services.store.totals import check_totals, repair_totals

    found = repair_totals(db) if args.repair else check_totals(db)
    for state in found.states:
        status = (
            tr("exact") if not state.wrong else tr("{n} wrong").format(n=format_int(state.wrong))
        )
        print(f"{state.label}: {status}")
    if found.missing_triggers:
        print(
            tr(
                "kpidesk: the database triggers that keep the KPI totals exact are missing or "
                "switched off ({names}), so the totals will drift again. Restore a backup, or "
                "on a team database ask the administrator to switch them back on."
            ).format(names=", ".join(found.missing_triggers)),
            file=sys.stderr,
        )
        return EXIT_FAILED
    if found.exact:
        print(tr("All KPI totals are exact."))
        return EXIT_OK
    if args.repair:
        print(tr("Rebuilt the KPI totals from their rows; they are exact now."))
        return EXIT_OK
    print(
        tr("kpidesk: some KPI totals are wrong. Run again with --repair to rebuild them."),
        file=sys.stderr,
    )
    return EXIT_FAILED


def _cmd_backup(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from kpidesk.core.formatting import format_int
    from kpidesk.services.store import backups

    if args.list:
        rows = backups.list_backups(db)
        if not rows:
            print(tr("No backups yet in {folder}.").format(folder=backups.backup_folder(db)))
        for row in rows:
            print(
                f"{row.created.astimezone():%Y-%m-%d %H:%M}  "
                f"{format_int(max(1, row.size // 1024)):>9} kB  "
                f"{row.reason_text:<22}  {row.path}"
            )
        return EXIT_OK
    made = backups.backup_now(db, Path(args.out) if args.out else None)
    print(tr("Backup written to {file}.").format(file=made.backup.path))
    if made.problems:
        print(
            tr(
                "kpidesk: the integrity check found damage in this copy: {problem}. Restore "
                "an older backup."
            ).format(problem=made.problems[0]),
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(tr("Integrity check: ok."))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, _db: Database | None) -> int:
    from pathlib import Path

    from kpidesk.services.store import backups

    target = backups.database_file(args.db)
    if target is None:
        raise UserError(tr("A team database on a server is restored by its administrator."))
    result = backups.restore_backup(target, Path(args.file))
    print(tr("Restored {db} from {file}.").format(db=target, file=result.restored_from))
    if result.previous_copy is not None:
        print(tr("The database as it was is kept in {file}.").format(file=result.previous_copy))
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


def run(argv: Sequence[str], *, end_process: bool = False) -> int:
    """Run the command line and return the exit code.

    With *end_process* (the ``kpidesk`` program itself, not a caller in the same process), a
    command ends the process the moment it is done (:func:`kpidesk.cli_process.exit_now`).
    """
    pre_language = _pre_language(argv)
    set_language(pre_language)
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.lang != pre_language:  # the same unless argparse read --lang differently
        set_language(args.lang)
    from kpidesk.services.store.database import setup_logging

    setup_logging()
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        from kpidesk.ui.app import run_app  # the window; Qt only on this path

        return run_app(
            db_target=args.db, view=args.view, language=args.lang, screenshot=args.screenshot
        )
    code = _run_command(args, handler, keep=end_process)
    if end_process:
        exit_now(code)
    return code


def _run_command(args: argparse.Namespace, handler: Command, *, keep: bool = False) -> int:
    """Run *handler*; with *keep* (this process is the command) SQLAlchemy and the models stay."""
    try:
        if not getattr(args, "opens_database", True):
            return handler(args, None)  # type: ignore[arg-type]
        with collector_paused(keep=keep):
            from kpidesk.services.store.database import open_database

            db = open_database(args.db)
        try:
            return handler(args, db)
        finally:
            db.dispose()
    except (DatabaseError, ServiceError, UserError) as exc:
        print(tr("kpidesk: {message}").format(message=exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(tr("kpidesk: stopped; nothing was changed by the unfinished step."), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader stopped early (`kpidesk kpis | head`): not an error. Point stdout at
        # devnull so that Python's flush at exit does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            tr(
                "kpidesk: something went wrong that KPIDesk did not expect. Nothing was "
                "changed by the failed step. Details are in {log}."
            ).format(log=log_file()),
            file=sys.stderr,
        )
        return EXIT_CRASH
