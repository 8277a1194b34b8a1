"""What a manager sees on a 1280 x 800 laptop: columns that fit, charts that say when they
are empty, names that never collide, and a theme switch that repaints at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from kpidesk.services.store.database import Database
from kpidesk.ui.dashboard.charts import fit_labels
from kpidesk.ui.dashboard.view import DashboardView
from kpidesk.ui.theme import apply_theme
from tests import factories as f

TODAY = date(2026, 12, 5)


def test_leads_table_shows_status_owner_and_created_within_1280_px(
    make_window, demo_db: Database
) -> None:
    window = make_window(demo_db, "leads")
    window.resize(1280, 800)
    window.show()
    view = window.views["leads"]
    view.refresh()
    QApplication.processEvents()
    table = view.page.table
    header = table.horizontalHeader()
    needed = ["company", "status", "owner", "created", "fit_score", "lookalike"]
    columns = [view.model.column_index(key) for key in needed]
    assert columns == list(range(len(needed)))  # what a manager needs comes first
    right_edge = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in columns)
    assert right_edge <= table.viewport().width()


def test_dashboard_wheel_over_rep_table_scrolls_the_page(
    qtbot, make_ctx, demo_db: Database
) -> None:
    view = DashboardView(make_ctx(demo_db), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1090, 760)
    view.show()
    view.wait_ready()
    table = view.overview.rep_table
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    event = QWheelEvent(
        QPointF(10, 10),
        QPointF(table.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(table.viewport(), event)
    assert not event.isAccepted()  # handed on to the dashboard's scroll area
    # Every rep's row is on the page: the table does not scroll inside itself.
    rows = view.overview.rep_model.rowCount()
    assert rows > 0
    assert table.verticalHeader().length() <= table.viewport().height()


def test_charts_fit_a_1280_px_screen_and_say_when_empty(qtbot, make_ctx, db: Database) -> None:
    rep = f.rep(db, "Bram")
    f.activity(db, "Phone call", date(2026, 12, 2), rep_id=rep)
    view = DashboardView(make_ctx(db), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1090, 760)
    view.show()
    view.wait_ready()
    overview = view.overview
    overview.build_charts()
    view.wait_ready()
    # No deal left a stage, none moved on: words, not empty axes.
    assert overview.stage_days.empty_label.isVisibleTo(overview)
    assert "No deals left a stage" in overview.stage_days.empty_label.text()
    assert overview.insight.funnel.empty_label.isVisibleTo(overview)
    assert not overview.insight.funnel.plot.isVisibleTo(overview)
    # The points chart has its contact moment and shows its plot.
    assert overview.points.plot.isVisibleTo(overview)
    # A row of charts fits below the tiles in the 800 px window's scroll area.
    tiles = overview.tiles[0].height()
    assert tiles + overview.points.height() + 24 < 800 - 136


def test_category_names_never_run_into_each_other(qapp) -> None:
    font = QFont()
    font.setPointSizeF(8.0)
    metrics = QFontMetrics(font)
    names = ["Lead in", "Contact gemaakt", "Intake", "Offerte", "Onderhandeling"]
    for width in (40, 60, 90, 200):
        for label in fit_labels(names, metrics, width):
            for line in label.split("\n"):
                assert metrics.horizontalAdvance(line) <= width
    assert fit_labels(names, metrics, 200) == names  # room enough: the names as they are


def test_dark_mode_switched_live_repaints_charts_board_and_sidebar(
    make_window, demo_db: Database
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    window = make_window(demo_db, "dashboard")
    window.resize(1280, 800)
    window.show()
    dashboard = window.views["dashboard"]
    dashboard.wait_ready()
    dashboard.overview.build_charts()
    window.show_view("pipeline")
    QApplication.processEvents()
    chart = dashboard.overview.points
    light = chart.plot.backgroundBrush().color()
    try:
        apply_theme(app, "dark")
        QApplication.processEvents()
        dark_base = app.palette().color(QPalette.ColorRole.Base)
        assert chart.plot.backgroundBrush().color() == dark_base != light
        text = app.palette().color(QPalette.ColorRole.Text)
        assert chart.plot.getAxis("left").textPen().color() == text
        # The board's lanes take the dark window colour at once.
        column = next(iter(window.views["pipeline"].columns.values()))
        lane = column.list.palette().color(QPalette.ColorRole.Base)
        assert lane.lightness() < 128
        # The sidebar's style sheet is resolved against the dark palette again.
        nav = window.nav.grab().toImage()
        assert nav.pixelColor(nav.width() - 5, nav.height() - 5).lightness() < 128
    finally:
        apply_theme(app, "light")


def test_quick_log_fields_keep_a_visible_frame_in_dark_mode(make_window, db: Database) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    f.rep(db, "Bram")
    window = make_window(db, "activities")
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    quick = window.views["activities"].quick
    try:
        apply_theme(app, "dark")
        QApplication.processEvents()
        for field in (quick.note, quick.when):
            image = field.grab().toImage()
            card = app.palette().color(QPalette.ColorRole.Base)
            edge = image.pixelColor(image.width() // 2, 0)  # the top border
            assert abs(edge.lightness() - card.lightness()) > 25
    finally:
        apply_theme(app, "light")
