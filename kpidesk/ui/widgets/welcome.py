"""The inviting first page shown while the database holds no data yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kpidesk.core.i18n import tr
from kpidesk.ui.widgets.list_page import mute


class WelcomePage(QWidget):
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        title = QLabel(tr("Welcome to KPIDesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        text = QLabel(
            tr(
                "Steer your team on a handful of KPIs: qualified leads, contact moments in points, "
                "deal value in the pipeline, deal velocity and the ongoing customer "
                "relationship.\n\n"
                "Your database is still empty. Load a demo team to look around first, or bring in "
                "your own data from Excel or CSV."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(tr("Load the demo team"))
        self.demo_button.setDefault(True)
        self.demo_button.setToolTip(
            tr(
                "Six reps with two years of leads, deals, activities "
                "and customers. You can start a fresh database later."
            )
        )
        self.import_button = QPushButton(tr("Import a spreadsheet…"))
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        where = QLabel(tr("Database: {path}").format(path=database))
        mute(where)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout.addWidget(where)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
