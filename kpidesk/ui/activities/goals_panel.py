"""Goals and the leaderboard: team progress on top, then every rep with week and month bars.

Worded positively on purpose: the board celebrates effort ("Top this week", "Goal reached")
and lists everyone with their progress; nobody is marked red or called last.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_int, format_percent
from kpidesk.core.i18n import tr
from kpidesk.services.activities.goals import GoalBoard, GoalProgress, RepGoals, leaderboard

AnyIndex = QModelIndex | QPersistentModelIndex
REP_ROLE = Qt.ItemDataRole.UserRole + 20
RANK_ROLE = Qt.ItemDataRole.UserRole + 21
GREEN = QColor("#2e7d32")
MEDALS = {1: QColor("#d4a017"), 2: QColor("#9e9e9e"), 3: QColor("#b87333")}


def progress_text(p: GoalProgress) -> str:
    if p.goal is None:
        return tr("{points} pt · no goal set").format(points=format_int(p.points))
    return tr("{points} of {goal} pt").format(points=format_int(p.points), goal=format_int(p.goal))


def share_text(p: GoalProgress) -> str:
    """What the rank is for: the share of the rep's own goal, with the points beside it."""
    if p.ratio is None:
        return tr("{points} pt").format(points=format_int(p.points))
    return tr("{percent} of goal · {points} pt").format(
        percent=format_percent(p.ratio), points=format_int(p.points)
    )


def status_text(p: GoalProgress) -> str:
    """A short encouraging word: reached, on pace, or what is still to go."""
    if p.goal is None:
        return ""
    if p.reached:
        return tr("✓ Goal reached")
    if p.on_pace:
        return tr("On pace")
    return tr("{left} pt to go").format(left=format_int(p.goal - p.points))


class LeaderboardModel(QAbstractListModel):
    """The reps in leaderboard order for the chosen period (week or month)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._reps: list[tuple[int, RepGoals]] = []
        self.by = "week"

    def set_board(self, board: GoalBoard | None, by: str | None = None) -> None:
        self.beginResetModel()
        self.by = by or self.by
        self._reps = []
        if board is not None:
            reps = {r.rep_id: r for r in board.reps}
            self._reps = [(e.rank, reps[e.rep_id]) for e in leaderboard(board, by=self.by)]
        self.endResetModel()

    def names(self) -> list[str]:
        return [rep.name for _rank, rep in self._reps]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reps)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._reps):
            return None
        rank, rep = self._reps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            current = rep.week if self.by == "week" else rep.month
            return f"{rank}. {rep.name}: {share_text(current)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            # The name first: the row may show it elided.
            return tr("{name}\nThis week: {week}\nThis month: {month}").format(
                name=rep.name, week=progress_text(rep.week), month=progress_text(rep.month)
            )
        if role == REP_ROLE:
            return rep
        if role == RANK_ROLE:
            return rank
        return None


class LeaderboardDelegate(QStyledItemDelegate):
    """Paints a rank badge, the name, the points and two slim progress bars."""

    ROW_HEIGHT = 64

    def __init__(self, model: LeaderboardModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(260, self.ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rep = index.data(REP_ROLE)
        rank = index.data(RANK_ROLE)
        if not isinstance(rep, RepGoals):
            return
        palette = option.palette  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        # Rank badge: the top three get a medal colour, everyone else the neutral accent.
        badge = QRectF(rect.left() + 8, rect.top() + 12, 28, 28)
        current = rep.week if self._model.by == "week" else rep.month
        # Medals go to effort: nobody gets one for zero points.
        medal = MEDALS.get(rank) if current.points > 0 else None
        if medal is None:
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(medal if medal is not None else palette.color(QPalette.ColorRole.Button))
        painter.drawEllipse(badge)
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(
            QColor("white") if medal is not None else palette.color(QPalette.ColorRole.Text)
        )
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(rank))
        # Name and this period's points.
        left = rect.left() + 46
        width = rect.width() - 54
        text_color = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_color)
        top_line = QRectF(left, rect.top() + 6, width, 20)
        share = share_text(current)
        metrics = QFontMetrics(font)
        # The share keeps its place; a long name gives way (elided) with a gap before it.
        room = int(width - metrics.horizontalAdvance(share) - metrics.horizontalAdvance("  "))
        name = metrics.elidedText(rep.name, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawText(top_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.drawText(
            top_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, share
        )
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        for row, (label, p) in enumerate(((tr("Week"), rep.week), (tr("Month"), rep.month))):
            y = rect.top() + 30 + row * 16
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(muted)
            painter.drawText(QRectF(left, y, 50, 14), Qt.AlignmentFlag.AlignVCenter, label)
            bar = QRectF(left + 52, y + 4, max(width - 52 - 110, 40), 7)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(bar, 3.5, 3.5)
            if p.ratio:
                filled = QRectF(
                    bar.left(), bar.top(), bar.width() * min(p.ratio, 1.0), bar.height()
                )
                painter.setBrush(
                    GREEN if p.reached else palette.color(QPalette.ColorRole.Highlight)
                )
                painter.drawRoundedRect(filled, 3.5, 3.5)
            painter.setPen(GREEN if p.reached else muted)
            if p.goal is None:
                detail = tr("no goal yet")
            else:
                detail = status_text(p) if p.reached else progress_text(p)
            painter.drawText(
                QRectF(bar.right() + 8, y, 104, 14),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                detail,
            )
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + 8, rect.bottom(), rect.right() - 8, rect.bottom())
        painter.restore()


class TeamProgress(QFrame):
    """The team's week and month: points against the team goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamCard")
        self.setStyleSheet(
            "#teamCard { border: 1px solid palette(mid); border-radius: 8px;"
            " background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        self.title = QLabel(tr("Team goal"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.rows: list[tuple[QLabel, QProgressBar, QLabel, QLabel]] = []
        for text in (tr("This week"), tr("This month")):
            # Points on the name's line, percentage and status next to the bar: one line of
            # "1.419 van 1.540 pt · 92% · Op schema" does not fit the panel at 1280 px.
            line = QHBoxLayout()
            name = QLabel(text)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(name)
            line.addStretch(1)
            line.addWidget(value)
            under = QHBoxLayout()
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            status = QLabel()
            status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            under.addWidget(bar, 1)
            under.addWidget(status)
            layout.addLayout(line)
            layout.addLayout(under)
            self.rows.append((name, bar, value, status))

    def show_board(self, board: GoalBoard) -> None:
        for (_name, bar, value, status), p in zip(
            self.rows, (board.team_week, board.team_month), strict=True
        ):
            bar.setRange(0, max(p.goal or p.points or 1, 1))
            bar.setValue(min(p.points, bar.maximum()))
            extra = status_text(p)
            pct = format_percent(p.ratio) if p.ratio is not None else ""
            value.setText(progress_text(p))
            status.setText(" · ".join(part for part in (pct, extra) if part))
            status.setVisible(bool(status.text()))
            colour = f"color: {GREEN.name()};" if p.reached else ""
            value.setStyleSheet(colour)
            status.setStyleSheet(colour)


class GoalsPanel(QWidget):
    """Team progress, a week/month switch and the leaderboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.team = TeamProgress()
        layout.addWidget(self.team)
        head = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        head.addWidget(self.title)
        head.addStretch(1)
        self.switch = QButtonGroup(self)
        self.week_button = QToolButton()
        self.week_button.setText(tr("Week"))
        self.month_button = QToolButton()
        self.month_button.setText(tr("Month"))
        for number, button in enumerate((self.week_button, self.month_button)):
            button.setCheckable(True)
            self.switch.addButton(button, number)
            head.addWidget(button)
        self.week_button.setChecked(True)
        layout.addLayout(head)
        self.period = QLabel()
        self.period.setWordWrap(True)  # two lines rather than cut off in a narrow panel
        self.period.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.period)
        self.model = LeaderboardModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(LeaderboardDelegate(self.model, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        # See-through without a style sheet: a sheet on the view also restyles its scroll bar,
        # whose groove then painted black.
        self.list.viewport().setAutoFillBackground(False)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(tr("Add reps in Settings › Team to see their goals here."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.empty)
        self._board: GoalBoard | None = None
        self.switch.idClicked.connect(lambda _id: self._show())

    @property
    def by(self) -> str:
        return "month" if self.month_button.isChecked() else "week"

    def show_board(self, board: GoalBoard) -> None:
        self._board = board
        self.team.show_board(board)
        self._show()

    def _show(self) -> None:
        board = self._board
        self.model.set_board(board, self.by)
        if board is None:
            return
        if self.by == "week":
            self.title.setText(tr("Top this week"))
            span = board.team_week.period
        else:
            self.title.setText(tr("Top this month"))
            span = board.team_month.period
        self.period.setText(
            tr("{start} – {end} · everyone, by share of their own goal").format(
                start=format_date(span.start), end=format_date(span.end)
            )
        )
        self.empty.setVisible(not board.reps)
        self.list.setVisible(bool(board.reps))
