"""The qualification panel beside the leads list: tick criteria, see the score, decide."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date
from kpidesk.core.i18n import tr
from kpidesk.core.icp import (
    LEAD_DISQUALIFIED,
    LEAD_QUALIFIED,
    Criterion,
    FitResult,
    evaluate,
)
from kpidesk.services.leads.records import LeadDetail
from kpidesk.services.reference import CriterionInfo
from kpidesk.ui.activities.mark_done import Planned, next_steps_text
from kpidesk.ui.leads.dialogs import date_edit, to_date
from kpidesk.ui.leads.model import score_color, status_text

AnyIndex = QModelIndex | QPersistentModelIndex
MUST_COLOR = QColor("#b3261e")


class ChecklistModel(QAbstractListModel):
    """The checklist for one lead: one checkable row per criterion, must-haves in bold."""

    answers_changed = Signal(object)  # {criterion id: bool}, after a tick by the user

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._criteria: list[CriterionInfo] = []
        self._answers: dict[int, bool] = {}
        self._enabled = False

    def set_checklist(
        self, criteria: list[CriterionInfo], answers: dict[int, bool], enabled: bool = True
    ) -> None:
        self.beginResetModel()
        self._criteria = list(criteria)
        self._answers = dict(answers)
        self._enabled = enabled
        self.endResetModel()

    @property
    def answers(self) -> dict[int, bool]:
        return {c.id: bool(self._answers.get(c.id)) for c in self._criteria}

    def scoring(self) -> list[Criterion]:
        return [Criterion(c.id, c.weight, c.must_have) for c in self._criteria]

    def text_of(self, criterion_id: int) -> str:
        return next((c.text for c in self._criteria if c.id == criterion_id), "")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._criteria)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._criteria):
            return None
        criterion = self._criteria[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return criterion.text
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self._answers.get(criterion.id)
            return (Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.FontRole and criterion.must_have:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = tr("Must-have") if criterion.must_have else tr("Nice to have")
            return tr("{kind}, weight {weight}").format(kind=kind, weight=criterion.weight)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and criterion.must_have
            and not self._answers.get(criterion.id)
        ):
            return QBrush(MUST_COLOR)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self._enabled:
            return False
        if not 0 <= index.row() < len(self._criteria):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self._answers[self._criteria[index.row()].id] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index)
        self.answers_changed.emit(self.answers)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEnabled if self._enabled else flags


def _heading(text: str) -> QLabel:
    label = QLabel(text.upper())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: palette(mid); letter-spacing: 1px; margin-top: 6px;")
    return label


class QualificationPanel(QFrame):
    """Shows the selected lead and the decisions on it; emits what the user wants done."""

    answers_edited = Signal(int, object, object)  # lead id, new answers, previous answers
    qualify_requested = Signal(int, object)  # lead id, date
    disqualify_requested = Signal(int)
    reopen_requested = Signal(int)
    convert_requested = Signal(int)
    mark_done_requested = Signal(object)  # the Planned step to mark done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualificationPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(270)  # the window must fit 1280 px wide
        self.setMaximumWidth(400)
        self.detail: LeadDetail | None = None
        self.threshold = 60
        self._saved_answers: dict[int, bool] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        self.title = QLabel(tr("No lead selected"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(
            tr("Select a lead in the list to qualify it against your ideal-customer checklist.")
        )
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)
        self._layout = layout

        body.addWidget(_heading(tr("Lookalike score")))
        self.lookalike = QLabel()
        self.lookalike.setWordWrap(True)
        self.lookalike.setTextFormat(Qt.TextFormat.RichText)
        body.addWidget(self.lookalike)

        body.addWidget(_heading(tr("Ideal customer checklist")))
        self.model = ChecklistModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSpacing(2)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.list)
        self.score_bar = QProgressBar()
        self.score_bar.setRange(0, 100)
        self.score_bar.setTextVisible(False)
        self.score_bar.setFixedHeight(8)
        self.score_label = QLabel()
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        body.addWidget(self.score_label)
        body.addWidget(self.score_bar)
        body.addWidget(self.missing_label)

        body.addWidget(_heading(tr("Next step")))
        steps = QHBoxLayout()
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.setToolTip(tr("Mark the first planned step done. Undo with Ctrl+Z."))
        self.done_button.clicked.connect(self._mark_done)
        steps.addWidget(self.next_steps, 1)
        steps.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(steps)

        body.addWidget(_heading(tr("Decision")))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        body.addWidget(self.status_label)
        qualify_row = QHBoxLayout()
        self.qualify_date = date_edit(date.today())
        self.qualify_date.setToolTip(tr("The qualified-at date: the lead counts in that month"))
        self.qualify_button = QPushButton(tr("Qualify"))
        self.qualify_button.setDefault(True)
        qualify_row.addWidget(QLabel(tr("On")))
        qualify_row.addWidget(self.qualify_date, 1)
        qualify_row.addWidget(self.qualify_button)
        body.addLayout(qualify_row)
        row = QHBoxLayout()
        self.disqualify_button = QPushButton(tr("Disqualify…"))
        self.reopen_button = QPushButton(tr("Reopen"))
        self.convert_button = QPushButton(tr("Convert to deal…"))
        row.addWidget(self.disqualify_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.convert_button)
        body.addStretch(1)

        self.model.answers_changed.connect(self._on_ticked)
        self.qualify_button.clicked.connect(self._qualify)
        self.disqualify_button.clicked.connect(self._emit(self.disqualify_requested))
        self.reopen_button.clicked.connect(self._emit(self.reopen_requested))
        self.convert_button.clicked.connect(self._convert)
        self.set_lead(None, [], 60)

    def _emit(self, signal: Any) -> Any:
        return lambda: self.detail is not None and signal.emit(self.detail.id)

    # state ---------------------------------------------------------------------------------
    def set_lead(
        self, detail: LeadDetail | None, criteria: list[CriterionInfo], threshold: int
    ) -> None:
        """Show *detail* (None clears the panel) with the current checklist and threshold."""
        self.detail = detail
        self.threshold = threshold
        self.body.setVisible(detail is not None)
        # Empty: keep the hint at the top instead of floating in the middle.
        self._layout.setStretch(self._layout.count() - 1, 0 if detail else 1)
        if detail is None:
            self.title.setText(tr("No lead selected"))
            self.subtitle.setText(
                tr("Select a lead in the list to qualify it against your ideal-customer checklist.")
            )
            self.model.set_checklist([], {}, enabled=False)
            return
        data = detail.data
        self.title.setText(data.company)
        parts = [x for x in (data.contact_name, data.city, detail.owner) if x]
        self.subtitle.setText(" · ".join(parts) or tr("No contact details yet"))
        look = detail.lookalike
        color = score_color(look.score).name()
        self.lookalike.setText(
            f"<span style='font-size:15pt; font-weight:600; color:{color}'>{look.score}</span>"
            f"&nbsp;&nbsp;{_escape(look.explain())}"
        )
        self.next_steps.setText(next_steps_text(detail.planned, date.today()))
        self.done_button.setVisible(bool(detail.planned))
        self._saved_answers = dict(detail.answers)
        self.model.set_checklist(criteria, detail.answers, enabled=True)
        self._fit_list_height()
        self.qualify_date.setMaximumDate(QDate.currentDate())
        created = data.created or date.today()
        self.qualify_date.setMinimumDate(QDate(created.year, created.month, created.day))
        day = detail.qualified_at or date.today()
        self.qualify_date.setDate(QDate(day.year, day.month, day.day))
        self._update()

    def _fit_list_height(self) -> None:
        """Show the whole checklist without an inner scroll bar (up to 12 lines)."""
        rows = min(self.model.rowCount(), 12)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.list.setFixedHeight(rows * (row_height + 2 * self.list.spacing()) + 6)

    def result(self) -> FitResult:
        return evaluate(self.model.scoring(), self.model.answers, self.threshold)

    def _on_ticked(self, answers: dict[int, bool]) -> None:
        self._update()
        if self.detail is not None:
            previous = dict(self._saved_answers)
            self._saved_answers = dict(answers)
            self.answers_edited.emit(self.detail.id, dict(answers), previous)

    def _update(self) -> None:
        detail = self.detail
        if detail is None:
            return
        result = self.result()
        self.score_bar.setValue(result.score)
        self.score_bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 4px; background: palette(midlight); }"
            f"QProgressBar::chunk {{ border-radius: 4px; background: "
            f"{score_color(result.score).name()}; }}"
        )
        self.score_label.setText(
            tr("Fit score {score}% · threshold {threshold}%").format(
                score=result.score, threshold=result.threshold
            )
        )
        if result.missing_must_haves:
            names = ", ".join(self.model.text_of(cid) for cid in result.missing_must_haves)
            self.missing_label.setText(tr("Missing must-haves: {criteria}").format(criteria=names))
            self.missing_label.setStyleSheet(f"color: {MUST_COLOR.name()};")
        elif not result.meets_threshold:
            self.missing_label.setText(
                tr("All must-haves met; the score is still below the threshold.")
            )
            self.missing_label.setStyleSheet("color: palette(text);")
        else:
            self.missing_label.setText(tr("All must-haves met and above the threshold."))
            self.missing_label.setStyleSheet("color: #1b7f3b;")
        status = detail.status
        if status == LEAD_QUALIFIED:
            text = tr("Qualified on {day}.").format(day=format_date(detail.qualified_at))
        elif status == LEAD_DISQUALIFIED:
            text = tr("Disqualified: {reason}").format(reason=detail.disqualify_reason or "")
        else:
            text = tr("Status: {status}.").format(status=status_text(status))
        if detail.deal_id is not None:
            text += " " + tr("Converted to a deal.")
        self.status_label.setText(text)
        self.qualify_button.setEnabled(result.can_qualify and status != LEAD_DISQUALIFIED)
        self.qualify_button.setText(
            tr("Change date") if status == LEAD_QUALIFIED else tr("Qualify")
        )
        self.qualify_button.setToolTip(
            ""
            if result.can_qualify
            else tr("Tick every must-have and reach the threshold to qualify.")
        )
        self.qualify_date.setEnabled(status != LEAD_DISQUALIFIED)
        self.disqualify_button.setVisible(status != LEAD_DISQUALIFIED)
        self.reopen_button.setVisible(status != "new")
        self.convert_button.setEnabled(status != LEAD_DISQUALIFIED and detail.deal_id is None)

    def _qualify(self) -> None:
        if self.detail is not None and self.result().can_qualify:
            self.qualify_requested.emit(self.detail.id, to_date(self.qualify_date))

    def _mark_done(self) -> None:
        if self.detail is not None and self.detail.planned:
            step = self.detail.planned[0]
            self.mark_done_requested.emit(Planned(step.id, step.day, step.type_name))

    def _convert(self) -> None:
        if self.detail is not None:
            self.convert_requested.emit(self.detail.id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
