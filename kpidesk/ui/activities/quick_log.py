"""The quick-log bar: one button per activity type, then Enter.

The common case is two clicks (a type, then Log) or one keystroke plus Enter (Alt+1…Alt+9
picks a type and puts the cursor in the note; Enter logs).  The rep defaults to the last one
used, date and time follow the clock until the user changes them.

The bar logs what happened (done) by default; "Plan" switches it to planning a next step, due
on a later moment.  A done activity cannot be dated after now, a planned one not before.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_int, qt_date_format
from kpidesk.core.i18n import tr
from kpidesk.services.activities.records import ActivityInput
from kpidesk.services.link_search import LINK_CUSTOMER, LINK_DEAL, LINK_LEAD, search_links
from kpidesk.services.reference import ActivityTypeInfo, TeamMemberInfo
from kpidesk.ui.activities.link_field import LinkField
from kpidesk.ui.context import AppContext

MAX_SHORTCUTS = 9


def points_text(points: int) -> str:
    return tr("{points} pt").format(points=format_int(points))


class TypeButton(QToolButton):
    """A checkable tile: the type's name, its points and its shortcut."""

    def __init__(self, info: ActivityTypeInfo, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(52)
        key = f"Alt+{number}" if number <= MAX_SHORTCUTS else ""
        extra = f"  ·  {key}" if key else ""
        self.setText(f"{info.name}\n{points_text(info.points)}{extra}")
        self.setToolTip(
            tr("{name}: {points} activity points. Shortcut {key}, then Enter.").format(
                name=info.name, points=info.points, key=key or "–"
            )
        )
        self.setAccessibleName(info.name)


def next_working_morning(now: datetime) -> datetime:
    """The moment a new next step starts at: 9:00 on the next working day (Monday–Friday)."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(9, 0))


class QuickLogBar(QFrame):
    """Log a contact moment in seconds; emits ``log_requested`` with the filled-in values."""

    log_requested = Signal(object, str)  # ActivityInput, a short description for the undo text

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("quickLog")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#quickLog { border: 1px solid palette(mid); border-radius: 8px;"
            " background: palette(base); }"
            "#quickLog QToolButton { border: 1px solid palette(mid); border-radius: 6px;"
            " padding: 4px 8px; background: palette(button); font-weight: 600; }"
            "#quickLog QToolButton:hover { border-color: palette(highlight); }"
            "#quickLog QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
            "#quickLog QToolButton#mode { font-weight: 400; padding: 4px 10px;"
            " border-radius: 0px; }"
            # Fusion draws an edit's frame a shade darker than the window: on a dark card
            # (palette base) it vanished, so the fields get the card's own border colour.
            "#quickLog QLineEdit { border: 1px solid palette(mid); border-radius: 3px;"
            " padding: 2px 4px; background: palette(base); }"
            "#quickLog QDateTimeEdit { border: 1px solid palette(mid); border-radius: 3px;"
            " padding: 1px 2px; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(tr("Log a contact moment"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        hint = QLabel(tr("Pick a type (Alt+1…) and press Enter."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setStyleSheet("#feedback { color: #2e7d32; font-weight: 600; }")
        top.addWidget(title)
        top.addSpacing(8)
        top.addWidget(hint)
        top.addStretch(1)
        top.addWidget(self.feedback)
        outer.addLayout(top)

        self.type_row = QHBoxLayout()
        self.type_row.setSpacing(6)
        outer.addLayout(self.type_row)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[TypeButton] = []
        self._shortcuts: list[QShortcut] = []

        form = QGridLayout()
        form.setHorizontalSpacing(8)
        self.rep = QComboBox()
        self.rep.setMinimumWidth(150)
        self.link = LinkField(lambda text: search_links(ctx.db, text))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(qt_date_format() + " HH:mm")
        self.now_button = QToolButton()
        self.now_button.setText(tr("Now"))
        self.now_button.setToolTip(tr("Use the current date and time"))
        self.mode_done = QToolButton()
        self.mode_done.setText(tr("Done"))
        self.mode_done.setToolTip(tr("Log a contact moment that happened (it earns its points)"))
        self.mode_plan = QToolButton()
        self.mode_plan.setText(tr("Plan"))
        self.mode_plan.setToolTip(
            tr("Plan a next step: it earns its points once it is marked done")
        )
        self.modes = QButtonGroup(self)
        for button in (self.mode_done, self.mode_plan):
            button.setCheckable(True)
            button.setObjectName("mode")
            self.modes.addButton(button)
        self.mode_done.setChecked(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note (optional)"))
        self.log_button = QPushButton(tr("Log  ⏎"))
        self.log_button.setDefault(True)
        self.log_button.setEnabled(False)
        self.log_button.setMinimumWidth(96)
        labels = [tr("Rep"), tr("About"), "", tr("When"), tr("Note")]
        for column, text in enumerate(labels):
            label = QLabel(text)
            label.setStyleSheet("color: palette(placeholder-text);")
            form.addWidget(label, 0, column)
        when_box = QHBoxLayout()
        when_box.setSpacing(2)
        when_box.addWidget(self.when, 1)
        when_box.addWidget(self.now_button)
        mode_box = QHBoxLayout()
        mode_box.setSpacing(0)
        mode_box.addWidget(self.mode_done)
        mode_box.addWidget(self.mode_plan)
        form.addWidget(self.rep, 1, 0)
        form.addWidget(self.link, 1, 1)
        form.addLayout(mode_box, 1, 2)
        form.addLayout(when_box, 1, 3)
        form.addWidget(self.note, 1, 4)
        form.addWidget(self.log_button, 1, 5)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(4, 3)
        outer.addLayout(form)

        self._follow_now = True
        self._setting_time = False
        self._clock = QTimer(self, interval=20_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.reset_time()
        self.when.dateTimeChanged.connect(self._on_time_edited)
        self.now_button.clicked.connect(self.reset_time)
        self.mode_plan.toggled.connect(self._on_mode)
        self.group.idToggled.connect(lambda _id, _on: self._update_ready())
        self.log_button.clicked.connect(self.submit)
        self.note.returnPressed.connect(self.submit)
        self.link.returnPressed.connect(self._link_enter)
        self.rep.currentIndexChanged.connect(self._remember_rep)

    # filling ------------------------------------------------------------------------------
    def set_types(self, types: list[ActivityTypeInfo]) -> None:
        """One button per active type, in the editor's order, numbered for the shortcuts."""
        selected = self.selected_type()
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.buttons, self._shortcuts = [], []
        for number, info in enumerate((t for t in types if t.active), 1):
            button = TypeButton(info, number)
            self.group.addButton(button, info.id)
            self.type_row.addWidget(button)
            self.buttons.append(button)
            if number <= MAX_SHORTCUTS:
                shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda b=button: self.pick(b.info.id))
                self._shortcuts.append(shortcut)
            if selected is not None and info.id == selected.id:
                button.setChecked(True)
        self._update_ready()

    def set_team(self, team: list[TeamMemberInfo]) -> None:
        """Active reps and the manager; the last rep used is chosen."""
        wanted = self.rep.currentData() or self.ctx.prefs.get("last_rep_id")
        self.rep.blockSignals(True)
        self.rep.clear()
        self.rep.addItem(tr("No rep"), None)
        for member in team:
            if member.active:
                self.rep.addItem(member.name, member.id)
        index = self.rep.findData(wanted) if wanted else -1
        if index < 0 and self.rep.count() > 1:
            index = 1
        self.rep.setCurrentIndex(max(index, 0))
        self.rep.blockSignals(False)

    # state --------------------------------------------------------------------------------
    def selected_type(self) -> ActivityTypeInfo | None:
        button = self.group.checkedButton()
        return button.info if isinstance(button, TypeButton) else None

    def pick(self, type_id: int) -> None:
        """Choose a type (a click or Alt+number) and put the cursor in the note."""
        button = self.group.button(type_id)
        if button is not None:
            button.setChecked(True)
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def planning(self) -> bool:
        return self.mode_plan.isChecked()

    def set_planning(self, planning: bool) -> None:
        (self.mode_plan if planning else self.mode_done).setChecked(True)

    def _on_mode(self, planning: bool) -> None:
        """Done follows the clock and stops at now; Plan starts at the next working morning."""
        now = QDateTime(datetime.now().replace(second=0, microsecond=0))
        self._setting_time = True
        if planning:
            self.when.clearMaximumDateTime()
            self.when.setMinimumDateTime(now)
            self._follow_now = False
            self._set_time(next_working_morning(datetime.now()))
            self.now_button.setEnabled(False)
            self.log_button.setText(tr("Plan  ⏎"))
        else:
            self.when.clearMinimumDateTime()
            self.now_button.setEnabled(True)
            self.log_button.setText(tr("Log  ⏎"))
            self.reset_time()
        self._setting_time = False

    def reset_time(self) -> None:
        self._follow_now = True
        self._set_time(datetime.now())

    def _set_time(self, moment: datetime) -> None:
        setting = self._setting_time
        self._setting_time = True
        if not self.planning():  # a done activity lies at or before now
            self.when.setMaximumDateTime(QDateTime(datetime.now().replace(second=59)))
        self.when.setDateTime(QDateTime(moment.replace(second=0, microsecond=0)))
        self._setting_time = setting

    def _tick(self) -> None:
        if self._follow_now:
            self._set_time(datetime.now())
        elif not self.planning():
            self.when.setMaximumDateTime(QDateTime(datetime.now().replace(second=59)))

    def _on_time_edited(self, _value: QDateTime) -> None:
        if not self._setting_time:
            self._follow_now = False

    def _remember_rep(self, _index: int) -> None:
        rep_id = self.rep.currentData()
        if rep_id:
            self.ctx.prefs.set("last_rep_id", int(rep_id))

    def _update_ready(self) -> None:
        self.log_button.setEnabled(self.selected_type() is not None)

    def _link_enter(self) -> None:
        if not self.link.completer_.popup().isVisible():
            self.submit()

    def values(self) -> ActivityInput | None:
        """What would be logged now, or None without a type."""
        kind = self.selected_type()
        if kind is None:
            return None
        moment = datetime.now() if self._follow_now else self.when.dateTime().toPython()
        planning = self.planning()
        if not planning:
            moment = min(moment, datetime.now())
        link = self.link.link
        return ActivityInput(
            type_id=kind.id,
            rep_id=self.rep.currentData(),
            day=moment.date(),
            at=moment.time().replace(second=0, microsecond=0),
            lead_id=link.id if link and link.kind == LINK_LEAD else None,
            deal_id=link.id if link and link.kind == LINK_DEAL else None,
            customer_id=link.id if link and link.kind == LINK_CUSTOMER else None,
            note=self.note.text().strip() or None,
            done=not planning,
        )

    def submit(self) -> None:
        values = self.values()
        kind = self.selected_type()
        if values is None or kind is None:
            self.show_feedback(tr("Pick an activity type first (Alt+1…)."), ok=False)
            return
        self.log_requested.emit(values, kind.name)

    def logged(self, kind: str, points: int, rep: str, planned_on: datetime | None = None) -> None:
        """Clear the form for the next one and say what was logged (or planned)."""
        if planned_on is None:
            text = tr("✓ {kind} logged for {rep}: +{points}").format(
                kind=kind, rep=rep or tr("the team"), points=points_text(points)
            )
        else:
            text = tr("✓ {kind} planned for {rep} on {day}").format(
                kind=kind, rep=rep or tr("the team"), day=format_date(planned_on.date())
            )
        self.show_feedback(text)
        button = self.group.checkedButton()
        if button is not None:
            self.group.setExclusive(False)
            button.setChecked(False)
            self.group.setExclusive(True)
        self.note.clear()
        self.link.clear_link()
        self.set_planning(False)
        self.reset_time()
        self._update_ready()

    def show_feedback(self, text: str, *, ok: bool = True) -> None:
        color = "#2e7d32" if ok else "palette(text)"
        self.feedback.setStyleSheet(f"#feedback {{ color: {color}; font-weight: 600; }}")
        self.feedback.setText(text)
