"""The main window: navigation between the six views, menus, undo stack and status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QWindow,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from kpidesk.core.i18n import tr
from kpidesk.services.common import ALL, Changes
from kpidesk.services.store.database import log_file
from kpidesk.ui.icons import icon
from kpidesk.ui.preferences import Preferences
from kpidesk.ui.views import VIEWS, ViewSpec
from kpidesk.ui.widgets.view_base import View
from kpidesk.ui.widgets.welcome import WelcomePage
from kpidesk.ui.worker import BackgroundTask

if TYPE_CHECKING:  # the frame is on screen before these (and SQLAlchemy) are imported
    from kpidesk.ui.context import AppContext
    from kpidesk.ui.live import LiveUpdates
    from kpidesk.ui.watcher import DatabaseWatcher


def undo_text(command: str) -> str:
    """The Undo item with what it undoes, in the word order of the language."""
    return tr("&Undo {action}").format(action=command) if command else tr("&Undo")


def redo_text(command: str) -> str:
    return tr("&Redo {action}").format(action=command) if command else tr("&Redo")


class LazyViews(Mapping[str, View]):
    """The six views, each built the first time it is asked for (shown, or used by another).

    Building all six at start cost about a second on the large team; a view that is never
    opened in a session is never built. ``values()`` and iteration give the built ones only.
    """

    def __init__(self, specs: dict[str, ViewSpec], make: Callable[[ViewSpec], View]) -> None:
        self._specs = specs
        self._make = make
        self._built: dict[str, View] = {}

    def __getitem__(self, key: str) -> View:
        if key not in self._built:
            self._built[key] = self._make(self._specs[key])  # KeyError for unknown keys
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._built))

    def __len__(self) -> int:
        return len(self._built)

    def __contains__(self, key: object) -> bool:
        return key in self._built


class _FirstExpose(QObject):
    """Calls back once the window it watches is exposed (and so painted), then goes away."""

    def __init__(self, window: QWindow, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() == QEvent.Type.Expose and exposed:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this expose has painted
            self.deleteLater()
        return False


class MainWindow(QMainWindow):
    """One window, one undo stack, one database.

    Built in two steps so that it is on screen before the database is open: the frame
    (navigation, menus, status bar) needs only the preferences, and :meth:`attach` gives it its
    database, views and welcome page. ``MainWindow(ctx)`` does both at once.
    """

    database_requested = Signal(str)  # the user chose another database file
    restore_requested = Signal(str)  # the user chose a backup to restore over this database
    language_requested = Signal(str)  # reopen the window in this language ("" = the system's)

    def __init__(
        self,
        ctx: AppContext | None = None,
        *,
        view: str | None = None,
        prefs: Preferences | None = None,
    ) -> None:
        super().__init__()
        prefs = ctx.prefs if ctx is not None else prefs
        assert prefs is not None, "a window needs the preferences (or a context)"
        self._ctx: AppContext | None = None  # set by attach()
        self.setWindowTitle("KPIDesk")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.views = LazyViews({spec.key: spec for spec in VIEWS}, self._build_view)
        self._task: BackgroundTask | None = None
        self.live: LiveUpdates | None = None
        self.watcher: DatabaseWatcher | None = None

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(190)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet(
            "#navigation { background: palette(window); padding-top: 8px; outline: 0; }"
            "#navigation::item { padding: 8px 12px; border-radius: 6px; margin: 1px 8px;"
            " color: palette(window-text); }"
            "#navigation::item:hover { background: rgba(74, 111, 165, 0.10); }"
            "#navigation::item:selected { background: rgba(74, 111, 165, 0.22);"
            " color: palette(window-text); font-weight: 600; }"
        )
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for spec in VIEWS:
            item = QListWidgetItem(icon(spec.icon), tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self._build_menus()
        self.db_label = QLabel(tr("Opening the database…"))
        self.statusBar().addPermanentWidget(self.db_label)

        state = prefs.window_state("geometry")
        if state is not None:
            self.restoreGeometry(state)
        else:
            self.resize(1280, 800)
        keys = [spec.key for spec in VIEWS]
        first = view or prefs.get("last_view")
        self.nav.setCurrentRow(keys.index(first) if first in keys else 0)  # shown on attach()
        if ctx is not None:
            self.attach(ctx, view)

    def on_screen(self, callback: Callable[[], object]) -> None:
        """Call *callback* once, right after the window has first been painted on screen."""
        handle = self.windowHandle()
        if handle is None:  # not shown yet
            raise RuntimeError("on_screen() needs a shown window")
        handle.installEventFilter(_FirstExpose(handle, callback))

    @property
    def ctx(self) -> AppContext:
        """The database, change bus, undo stack and preferences; there once attached."""
        if self._ctx is None:
            raise RuntimeError("the window has no database yet")
        return self._ctx

    @property
    def attached(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: AppContext, view: str | None = None) -> None:
        """Show *ctx*'s database: the welcome page or *view* (default: the last one)."""
        from kpidesk.ui.watcher import DatabaseWatcher

        self._ctx = ctx
        ctx.undo_stack.setParent(self)
        ctx.bus.setParent(self)
        self._attach_undo(ctx)
        self.welcome = WelcomePage(ctx.db.describe())
        self.welcome.demo_requested.connect(self.load_demo)
        self.welcome.import_requested.connect(self.open_import)
        self.stack.addWidget(self.welcome)
        self.backups_action.setEnabled(ctx.db.path is not None)
        for action in self._needs_database:
            action.setEnabled(True)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.db_label.setText(tr("Database: {path}").format(path=ctx.db.describe()))
        self.live = self._start_team_features()
        ctx.bus.changed.connect(self._on_changes)
        self.watcher = DatabaseWatcher(ctx.db, ctx.bus, self)  # other programs' writes (SQLite)
        self.watcher.outside_change.connect(
            lambda: self.statusBar().showMessage(tr("Updated with changes saved elsewhere."), 4000)
        )
        self.watcher.start()
        self.show_view(view or ctx.prefs.get("last_view"))

    # construction -------------------------------------------------------------------------
    def _start_team_features(self) -> LiveUpdates | None:
        """On the team database: who is connected, and other people's changes coming in."""
        if not self.ctx.permissions.is_team_database:
            return None
        self.who_label = QLabel(self.ctx.permissions.describe())
        self.who_label.setObjectName("connectedAs")
        self.statusBar().addPermanentWidget(self.who_label)
        from kpidesk.services.team.live_updates import supports_live_updates
        from kpidesk.ui.live import LiveUpdates

        if not supports_live_updates(self.ctx.db):
            return None
        live = LiveUpdates(self.ctx.db, self)
        live.changed.connect(self.ctx.bus.publish)
        live.connected.connect(self._on_live_connection)
        live.start()
        return live

    def _on_live_connection(self, up: bool) -> None:
        if not up:
            self.statusBar().showMessage(
                tr("The team database does not answer; changes by others show when it is back.")
            )
        else:
            self.statusBar().clearMessage()

    def _build_view(self, spec: ViewSpec) -> View:
        widget = spec.factory(self.ctx, self)
        self.stack.addWidget(widget)
        if spec.key == "customers":  # its lookalike prospects link to the leads view
            widget.open_lead_requested.connect(self.show_lead)  # type: ignore[attr-defined]
        elif spec.key == "settings":
            widget.language_applied.connect(self.language_requested)  # type: ignore[attr-defined]
        return widget

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.import_action = QAction(icon("import"), tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(icon("export"), tr("&Export KPI sheet…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        open_action = QAction(tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_database)
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(open_action)
        self.backups_action = QAction(tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self.edit_menu = edit_menu = bar.addMenu(tr("&Edit"))
        self._undo_separator = edit_menu.addSeparator()  # undo and redo go above, on attach()
        self.trash_action = QAction(icon("delete"), tr("&Trash…"), self)
        self.trash_action.triggered.connect(self.open_trash)
        edit_menu.addAction(self.trash_action)
        self.new_action = QAction(icon("add"), tr("&New"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setToolTip(tr("A new lead, deal or contact moment, in the current view"))
        self.new_action.triggered.connect(lambda: self._current_page().new_item())
        self.find_action = QAction(tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(lambda: self._current_page().focus_search())
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(tr("&View"))
        self.view_actions: dict[str, QAction] = {}
        for number, spec in enumerate(VIEWS, 1):
            action = QAction(icon(spec.icon), tr(spec.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, key=spec.key: self.show_view(key))
            view_menu.addAction(action)
            self.view_actions[spec.key] = action

        self._needs_database = [
            self.import_action,
            self.export_action,
            self.trash_action,
            self.new_action,
            self.find_action,
            *self.view_actions.values(),
        ]
        for action in [*self._needs_database, self.backups_action]:
            action.setEnabled(False)  # until attach()

        help_menu = bar.addMenu(tr("&Help"))
        about = QAction(tr("&About KPIDesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _attach_undo(self, ctx: AppContext) -> None:
        # Not createUndoAction: it puts its prefix before the command ("Ongedaan maken
        # Telefoongesprek loggen"); Dutch wants the verb last, so the whole text is translated.
        stack = ctx.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)

        # The signals carry what changed, so nothing asks a stack that is being destroyed.
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setText(undo_text(stack.undoText()))
        self.redo_action.setText(redo_text(stack.redoText()))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.edit_menu.insertAction(self._undo_separator, self.undo_action)
        self.edit_menu.insertAction(self._undo_separator, self.redo_action)

    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(undo_text(text))

    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(redo_text(text))

    # navigation ---------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        """Show the view *key*; while the database is empty the welcome page shows instead."""
        keys = [spec.key for spec in VIEWS]
        if key not in keys:
            key = "dashboard"
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _on_nav
        else:
            self._on_nav(row)

    def show_lead(self, lead_id: int, company: str) -> None:
        """Show the leads view on one lead (the customers view's lookalike prospects)."""
        self.show_view("leads")
        self.views["leads"].open_lead(lead_id, company)  # type: ignore[attr-defined]

    def _current_page(self) -> View:
        return self.views[self.current_view()]

    def current_view(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "dashboard"

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        from kpidesk.services.store.database import holds_data

        key = VIEWS[row].key
        self.ctx.prefs.set("last_view", key)
        if key != "settings" and not holds_data(self.ctx.db):
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.views[key])
        # Ctrl+N and Ctrl+F only where the view has something to create or search.
        page = type(self.views[key]) if key in self.views else View
        self.new_action.setEnabled(page.new_item is not View.new_item)
        self.find_action.setEnabled(page.focus_search is not View.focus_search)

    def _on_changes(self, changes: Changes) -> None:
        from kpidesk.services.store.database import holds_data

        if self.stack.currentWidget() is self.welcome and holds_data(self.ctx.db):
            self._on_nav(self.nav.currentRow())

    # actions ------------------------------------------------------------------------------
    def load_demo(self) -> None:
        """Fill the empty database with the demo team, off the GUI thread."""
        from kpidesk.services.demo import generate_demo

        db = self.ctx.db
        task = BackgroundTask(
            lambda progress: generate_demo(db, size="small", progress=progress),
            label=tr("Loading the demo team…"),
            parent=self,
        )
        task.succeeded.connect(lambda _summary: self._after_demo())
        task.failed.connect(lambda message: QMessageBox.warning(self, tr("Demo team"), message))
        self._task = task
        self.welcome.demo_button.setEnabled(False)
        task.finished.connect(lambda: self.welcome.demo_button.setEnabled(True))
        task.start()

    def _after_demo(self) -> None:
        self.statusBar().showMessage(tr("The demo team is loaded."), 5000)
        self.ctx.bus.publish(Changes(ALL))
        self.show_view("dashboard")

    def open_import(self, path: str | None = None) -> None:
        from kpidesk.ui.dialogs import open_import_dialog

        open_import_dialog(self, path if isinstance(path, str) else None)

    # a spreadsheet dropped on the window opens the import wizard -----------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_import(path)

    def open_export(self) -> None:
        from kpidesk.ui.dialogs import open_export_dialog

        open_export_dialog(self)

    def open_trash(self) -> None:
        from kpidesk.ui.trash import TrashDialog

        TrashDialog(self.ctx, self).exec()

    def open_backups(self) -> None:
        from kpidesk.services.store.backups import backup_now, list_backups
        from kpidesk.ui.backups import BackupsDialog

        db = self.ctx.db
        if db.path is None:
            return
        dialog = BackupsDialog(
            db.path, lambda: list_backups(db), backup_now=lambda: backup_now(db), parent=self
        )
        if dialog.exec() == BackupsDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_requested.emit(str(dialog.chosen))

    def _choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Open database"), "", tr("KPIDesk databases (*.db *.sqlite);;All files (*)")
        )
        if path:
            self.database_requested.emit(path)

    def show_about(self) -> None:
        from kpidesk.ui.about import AboutDialog

        dialog = AboutDialog(
            self.ctx.db.describe(), getattr(self.ctx.db, "path", None), log_file(), self
        )
        dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        for view in self.views.values():
            view.save_filters()
        if self.live is not None:
            self.live.stop()
        if self._ctx is not None:
            self._ctx.prefs.set_window_state("geometry", self.saveGeometry())
            self._ctx.prefs.sync()
        super().closeEvent(event)


SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")


def _dropped_file(mime: QMimeData) -> str | None:
    """The one local spreadsheet file in a drop, or None."""
    urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
    if len(urls) != 1:
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(SPREADSHEET_SUFFIXES) else None
