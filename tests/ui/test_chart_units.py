"""Charts say what their axes count, and months of two years carry their year."""

from __future__ import annotations

from datetime import date

from kpidesk.core.i18n import current_language, set_language
from kpidesk.services.store.database import Database
from kpidesk.ui.dashboard.view import DashboardView


def _unit(chart, side: str = "left") -> str:
    axis = chart.plot.getAxis(side)
    return axis.labelText if axis.label.isVisible() else ""


def test_money_percent_and_day_axes_carry_their_unit(qtbot, make_ctx, demo_db: Database) -> None:
    previous = current_language()
    set_language("nl")
    try:
        view = DashboardView(make_ctx(demo_db), today=date(2026, 12, 5))
        qtbot.addWidget(view)
        view.resize(1090, 760)
        view.show()
        view.wait_ready()
        overview = view.overview
        overview.build_charts()
        view.wait_ready()
        assert _unit(overview.pipeline) == "€"
        assert _unit(overview.stage_days) == "dagen"
        assert _unit(overview.to_win) == "dagen"
        assert _unit(overview.insight.funnel) == "%"
        assert _unit(overview.customers, "right") == "%"
        # The month axis: its first month says the year, under the name.
        axis = overview.leads.plot.getAxis("bottom")
        lo, hi = overview.leads.plot.viewRange()[0]
        ticks = axis.tickValues(lo, hi, overview.leads.plot.width())[0][1]
        first = axis.tickStrings(ticks, 1.0, 30 * 86400.0)[0]
        assert first.startswith("jan\n2026")
    finally:
        set_language(previous)
