"""Save a picture of the main window: ``python tools/screenshot.py DB VIEW LANG OUT.png [WxH]``.

Runs offscreen (no screen needed); used to look at views in Dutch and English.  Set
``KPIDESK_THEME=dark`` for the dark palette, ``KPIDESK_SHOT_TAB=N`` to show the view's N-th tab
(the dashboard's Coaching tab is 1) and ``KPIDESK_SHOT_PERIOD=quarter|year`` for the dashboard's
period; ``KPIDESK_SHOT_TODAY=2026-12-05`` shows the dashboard as on that day (pace, comparison).
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    db_path, view, language, out = sys.argv[1:5]
    width, height = (int(v) for v in (sys.argv[5] if len(sys.argv) > 5 else "1400x860").split("x"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kpidesk.core.i18n import set_language
    from kpidesk.services.store.database import open_database
    from kpidesk.ui.app import application, build_window, install_qt_translations
    from kpidesk.ui.preferences import Preferences

    app = application()
    set_language(language)
    install_qt_translations(app, language)
    # Fresh preferences each time, kept away from the user's and from the picture's folder.
    settings = QSettings(
        os.path.join(tempfile.mkdtemp(prefix="kpidesk-shot-"), "prefs.ini"),
        QSettings.Format.IniFormat,
    )
    from kpidesk.ui.theme import apply_theme

    apply_theme(app, os.environ.get("KPIDESK_THEME", "light"))
    window = build_window(open_database(db_path), Preferences(settings), view)
    window.resize(width, height)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    page = window.views[view]
    kind = os.environ.get("KPIDESK_SHOT_PERIOD")
    today = os.environ.get("KPIDESK_SHOT_TODAY")
    if (kind or today) and hasattr(page, "set_period"):
        from datetime import date

        from kpidesk.core.periods import Period, PeriodKind

        if today:
            page.today = date.fromisoformat(today)
        page.set_period(Period.containing(page.today, PeriodKind(kind or "month")))
    tab = os.environ.get("KPIDESK_SHOT_TAB")
    if tab is not None:
        from PySide6.QtWidgets import QTabWidget

        tabs = page.findChild(QTabWidget)
        if tabs is not None:
            tabs.setCurrentIndex(int(tab))
    for page in window.views.values():  # views that compute off the GUI thread
        if hasattr(page, "wait_ready"):
            page.wait_ready()
    for _ in range(5):
        QApplication.processEvents()
    window.grab().save(out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
