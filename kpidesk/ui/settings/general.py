"""The General tab in Settings: the language and the light or dark appearance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.i18n import current_language, system_language, tr, tr_noop
from kpidesk.ui.context import AppContext
from kpidesk.ui.theme import apply_theme
from kpidesk.ui.widgets.list_page import mute

# Language names are written in their own language, so anyone can find theirs.
LANGUAGES = (("", tr_noop("Same as the system")), ("nl", "Nederlands"), ("en", "English"))
THEME_TEXT = (
    ("system", tr_noop("Same as the system")),
    ("light", tr_noop("Light")),
    ("dark", tr_noop("Dark")),
)


class GeneralTab(QWidget):
    """Language and appearance; a new language reopens the window in it."""

    language_applied = Signal(str)  # "" follows the system, else "nl" or "en"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout()
        form.setContentsMargins(4, 12, 4, 4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.setMinimumWidth(260)
        for code, text in LANGUAGES:
            self.language.addItem(tr(text) if not code else text, code)
        self.language.setToolTip(
            tr(
                "The language of the window. 'Same as the system' follows your computer's "
                "language setting."
            )
        )
        self.language.setCurrentIndex(self._shown_language(ctx.prefs.get("language")))
        self.apply_language = QPushButton(tr("Switch language now"))
        self.apply_language.setToolTip(
            tr("Reopens the window in the chosen language. Undo history is cleared.")
        )
        self.apply_language.clicked.connect(self._apply_language)
        self.language.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setMinimumWidth(420)
        self.language_note.setMaximumWidth(560)
        mute(self.language_note)

        self.theme = QComboBox()
        self.theme.setMinimumWidth(260)
        for code, text in THEME_TEXT:
            self.theme.addItem(tr(text), code)
        self.theme.setToolTip(tr("Light or dark; 'Same as the system' follows your desktop."))
        self.theme.setCurrentIndex(max(self.theme.findData(ctx.prefs.get("theme")), 0))
        self.theme.currentIndexChanged.connect(lambda _i: self._theme_chosen())

        form.addRow(tr("Language:"), self.language)
        form.addRow("", self.apply_language)
        form.addRow("", self.language_note)
        form.addRow(tr("Appearance:"), self.theme)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self._show_note()

    def _shown_language(self, saved: str) -> int:
        """The entry for the language the window is in: the saved choice when it is the one in
        use, else (``--lang nl`` over "Same as the system" in English) the language itself."""
        code = saved if self._effective(saved) == current_language() else current_language()
        return max(self.language.findData(code), 0)

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def _effective(self, code: str) -> str:
        return code or system_language()

    def _language_chosen(self) -> None:
        self.ctx.prefs.set("language", self.chosen_language())
        self._show_note()

    def _show_note(self) -> None:
        """After a choice that differs from the window's language: saved, and how it applies.
        Nothing before the user chose anything."""
        differs = self._effective(self.chosen_language()) != current_language()
        self.apply_language.setEnabled(differs)
        self.language_note.setText(
            tr(
                "Saved. The window switches when you click the button above, or the next time "
                "you start KPIDesk."
            )
            if differs
            else ""
        )
        self.language_note.setVisible(differs)

    def _apply_language(self) -> None:
        self.language_applied.emit(self.chosen_language())

    def _theme_chosen(self) -> None:
        theme = str(self.theme.currentData() or "system")
        self.ctx.prefs.set("theme", theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
