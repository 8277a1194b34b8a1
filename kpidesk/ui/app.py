"""Starting the window: QApplication, language, database (with a way out), main window."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from kpidesk import APP_NAME, __version__
from kpidesk.core.collector import keep_what_lives
from kpidesk.core.i18n import current_language, resources_dir, set_language, tr
from kpidesk.services.errors import ServiceError
from kpidesk.services.store.database import DatabaseError
from kpidesk.ui.error_dialog import install_excepthook
from kpidesk.ui.gc_guard import GarbageCollector
from kpidesk.ui.icons import icon
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.preferences import Preferences
from kpidesk.ui.startup_trace import StartupTrace
from kpidesk.ui.theme import apply_theme

if TYPE_CHECKING:  # SQLAlchemy comes with them: imported once the window is on screen
    from kpidesk.services.store.database import Database
    from kpidesk.ui.context import AppContext

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, created with KPIDesk's names on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    # Collect garbage only on this thread: see kpidesk/ui/gc_guard.py.
    GarbageCollector(app)  # owned by the application
    return app


_installed: list[QTranslator] = []


def install_qt_translations(app: QApplication, language: str) -> None:
    """Qt's own texts (dialog buttons) in the user's language; replaces earlier ones."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    if language == "en":
        return
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)  # for texts Qt translates itself through QCoreApplication
    if ours.load(f"kpidesk_{language}", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        _installed.append(ours)


def start_up_chores(db: Database) -> None:
    """At most once a day a backup; the trash loses what is older than 30 days."""
    from kpidesk.services.store.backups import backup_at_start
    from kpidesk.services.store.trash import purge_expired

    try:
        made = backup_at_start(db)
        if made is not None:
            log.info("start-up backup %s", made.path)
    except (ServiceError, DatabaseError) as exc:
        log.warning("no start-up backup: %s", exc)  # never stops the start; logged
    try:
        purged = purge_expired(db)
        if purged.total:
            log.info("purged %d items older than 30 days from the trash", purged.total)
    except (ServiceError, DatabaseError) as exc:
        log.warning("trash not purged: %s", exc)


class StartUpChores:
    """The start-up chores on a thread of their own, once the first page is up.

    The daily backup copies the whole file (300 MB on the large demo team): done before the
    window, it held up the first paint by half a second on a fast disk and by many seconds on a
    slow one. A close of the window waits for it; an interrupted copy leaves no file behind
    (``copy_database`` writes a partial file and renames it when whole).
    """

    DELAY_MS = 1500  # after the first page's figures, which also read the database

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start_later(self, db: Database, still_open: Callable[[Database], bool]) -> None:
        QTimer.singleShot(self.DELAY_MS, lambda: still_open(db) and self._start(db))

    def _start(self, db: Database) -> None:
        self.wait()
        # The window has started: what it made lives as long as it does (core/collector.py).
        keep_what_lives()
        self._thread = threading.Thread(
            target=self._run, args=(db,), name="start-up chores", daemon=True
        )
        self._thread.start()

    @staticmethod
    def _run(db: Database) -> None:
        try:
            start_up_chores(db)
        except Exception:  # never a traceback on the console; the log has it
            log.exception("start-up chores failed")

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None


def context_for(db: Database, prefs: Preferences) -> AppContext:
    """What the views of a window on *db* share: the change bus, one undo stack, rights."""

    from kpidesk.services.team.access import current_permissions
    from kpidesk.ui.context import AppContext, ChangeBus
    from kpidesk.ui.operations import UndoStack

    return AppContext(
        db=db,
        bus=ChangeBus(),
        undo_stack=UndoStack(),
        prefs=prefs,
        permissions=current_permissions(db),
    )


def build_window(db: Database, prefs: Preferences, view: str | None) -> MainWindow:
    return MainWindow(context_for(db, prefs), view=view)


def restore_and_reopen(window: MainWindow, backup: Path) -> Database | None:
    """Close the window's database, restore *backup* over it and open it again.

    Returns the reopened database; None when the restore was refused (the window then keeps
    working on the old database, reopened).
    """
    from kpidesk.services.store.backups import backup_keep, restore_backup
    from kpidesk.ui.connect import open_or_choose
    from kpidesk.ui.watcher import DatabaseWatcher

    db = window.ctx.db
    path = db.path
    if path is None:
        return None
    keep = backup_keep(db)
    window.watcher.stop()
    db.dispose()  # no connection of ours may stay open on the file while it is replaced
    try:
        restore_backup(path, backup, keep)
    except ServiceError as exc:
        QMessageBox.warning(window, tr("Restore backup"), str(exc))
        window.watcher = DatabaseWatcher(db, window.ctx.bus, window)
        window.watcher.start()
        return None
    reopened = open_or_choose(str(path))
    if reopened is not None:
        QMessageBox.information(
            window,
            tr("Restore backup"),
            tr("The backup is restored. The data as it was before is kept as a backup."),
        )
    return reopened


def run_app(
    *,
    db_target: str | None,
    view: str | None,
    language: str | None,
    screenshot: str | None = None,
) -> int:
    """Open the window and run until it closes; returns the exit code."""
    app = application()
    prefs = Preferences()
    set_language(language or prefs.get("language") or None)
    install_qt_translations(app, current_language())
    apply_theme(app, prefs.get("theme"))
    hints = QGuiApplication.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _s: apply_theme(app, prefs.get("theme")))
    install_excepthook()
    holder: dict[str, MainWindow] = {}
    chores = StartUpChores()
    trace = StartupTrace.from_environment()

    def attach(window: MainWindow, database: Database, key: str | None) -> None:
        window.database_requested.connect(lambda path: switch(path))
        window.restore_requested.connect(lambda path: restore(path))
        window.language_requested.connect(lambda code: relanguage(code))
        holder["window"] = window
        window.attach(context_for(database, prefs), key)
        chores.start_later(database, lambda db: holder["window"].ctx.db is db)

    def show(database: Database, key: str | None) -> None:
        window = MainWindow(prefs=prefs)
        attach(window, database, key)
        window.show()

    def shoot() -> None:
        """The packaged app's smoke test (``--screenshot``): draw once, save the picture, quit."""
        window = holder["window"]
        for page in window.views.values():  # views that compute off the GUI thread
            if hasattr(page, "wait_ready"):
                page.wait_ready()
        app.processEvents()
        window.grab().save(screenshot)
        app.quit()

    def open_first() -> None:
        """Once the frame is on screen: open the database and show what it holds."""
        from kpidesk.ui.connect import open_or_choose

        window = holder["window"]
        database = open_or_choose(db_target, window)
        if database is None:
            app.exit(1)
            return
        if trace is not None:
            trace.note("opened")
        attach(window, database, view)
        if trace is not None:
            trace.note("attached")
        if screenshot:
            QTimer.singleShot(300, shoot)
        if trace is not None:
            if window.stack.currentWidget() is window.welcome:
                trace.page_up("welcome")
            else:
                window.views["dashboard"].figures_shown.connect(  # type: ignore[attr-defined]
                    lambda: trace.page_up("tiles")
                )

    def switch(path: str) -> None:
        from kpidesk.ui.connect import open_or_choose

        old = holder["window"]
        new_db = open_or_choose(path)
        if new_db is None:
            return
        chores.wait()
        key = old.current_view()
        old.close()
        old.ctx.db.dispose()
        old.deleteLater()
        show(new_db, key)

    def restore(backup: str) -> None:
        old = holder["window"]
        chores.wait()  # the daily backup may still be reading the file
        new_db = restore_and_reopen(old, Path(backup))
        if new_db is None:
            return
        key = old.current_view()
        old.close()
        old.deleteLater()
        show(new_db, key)

    def relanguage(code: str) -> None:
        """Reopen the window on the same database in another language (no restart)."""
        old = holder["window"]
        set_language(code or None)
        install_qt_translations(app, current_language())
        key = old.current_view()
        old.close()
        old.deleteLater()
        show(old.ctx.db, key)

    # The frame first, so that something is on screen within the time a bare Qt window takes;
    # the database (and SQLAlchemy with it) opens once the frame has painted.
    first = MainWindow(prefs=prefs, view=view)
    holder["window"] = first
    first.show()
    first.on_screen(open_first)
    if trace is not None:
        trace.watch(first)
    code = app.exec()
    chores.wait()
    last = holder["window"]
    if last.attached:
        last.ctx.db.dispose()
    return int(code)
