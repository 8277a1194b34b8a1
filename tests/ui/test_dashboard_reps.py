"""The overview's per-rep table model: a row per rep of the latest report."""

from __future__ import annotations

from datetime import date

from kpidesk.core.periods import Period
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.store.database import Database
from kpidesk.ui.dashboard.reps import RepFiguresModel


def test_rep_model_shows_the_latest_report(qtmodeltester, demo_db: Database) -> None:
    model = RepFiguresModel()
    assert model.rowCount() == 0
    report = compute_kpis(demo_db, Period.year(2025), today=date(2025, 12, 31), series=False)
    model.show_figures(report.by_rep)
    qtmodeltester.check(model)
    assert model.rowCount() == len(report.by_rep) > 0
    assert model.index(0, 0).data() == report.by_rep[0].name
    model.show_figures(())
    assert model.rowCount() == 0
