"""The five KPI tiles: the tile widget (kind badge, value, target with progress, change against
the previous period and a twelve-month sparkline) and what each of the five shows for a report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from kpidesk.core.formatting import (
    format_day_range,
    format_decimal,
    format_int,
    format_money,
    format_percent,
)
from kpidesk.core.i18n import plural, tr
from kpidesk.core.kpi import KpiKind, growth, progress
from kpidesk.core.pace import Comparison
from kpidesk.services.kpis.figures import Headline, KpiReport, KpiSeries
from kpidesk.ui.dashboard.sparkline import Sparkline

KIND_COLORS = {KpiKind.ACTION: "#4e79a7", KpiKind.RESULT: "#59a14f", KpiKind.INSIGHT: "#b07aa1"}
GOOD, BAD = "#2e8540", "#c0392b"


@dataclass(frozen=True)
class TileData:
    value: str
    target: str | None  # formatted target, or None when none is set
    progress: float | None  # value ÷ target
    change: float | None  # relative change against the previous period
    change_text: str  # e.g. "+3 vs previous period"
    lower_is_better: bool
    detail: str
    spark: Sequence[float | None] | None  # None keeps the sparkline until the series comes
    unit: str = ""  # says what the big number counts ("active customers"), beside it
    pace_text: str = ""  # "On pace (40 by today)", "Target reached"; empty: no target
    on_pace: bool | None = None  # the colour of the pace line and the bar


class KpiTile(QFrame):
    def __init__(
        self, number: int, title: str, kind: KpiKind, tip: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(
            "QFrame#kpiTile { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 8px; }"
        )
        self.setToolTip(tip)
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(3)
        self.title = QLabel(f"{number}. {title}")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # Two lines for every title, so the values of the five tiles line up side by side.
        self.title.setMinimumHeight(2 * self.title.fontMetrics().lineSpacing())
        color = KIND_COLORS[kind]
        self.badge = QLabel(tr(kind.label_source))
        self.badge.setStyleSheet(
            f"color: {color}; border: 1px solid {color}; border-radius: 8px; "
            "padding: 1px 7px; font-size: 10px; font-weight: bold;"
        )
        # The kind badge gets its own row above the title, so long Dutch titles such as
        # "Gekwalificeerde leads" and big values such as "€ 830.000" keep the tile's full width.
        top = QHBoxLayout()
        top.addWidget(self.badge, 0)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.value = QLabel()
        big = self.value.font()
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.value.setFont(big)
        # What the big number counts, on its baseline: "95 active customers", "340 points".
        self.unit = QLabel()
        self.unit.setStyleSheet("color: palette(mid);")
        value_row = QHBoxLayout()
        value_row.setSpacing(6)
        value_row.addWidget(self.value, 0, Qt.AlignmentFlag.AlignBaseline)
        value_row.addWidget(self.unit, 1, Qt.AlignmentFlag.AlignBaseline)
        layout.addLayout(value_row)
        self.target = QLabel()
        self.target.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.target)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setStyleSheet(
            "QProgressBar { background: palette(midlight); border: none; border-radius: 3px; }"
            f"QProgressBar::chunk {{ background: {color}; border-radius: 3px; }}"
        )
        layout.addWidget(self.progress)
        self.pace = QLabel()
        self.pace.setWordWrap(True)
        self.pace.setToolTip(
            tr(
                "Where the figure should be today: the target pro rata by working days "
                "(Monday to Friday) of the period so far"
            )
        )
        layout.addWidget(self.pace)
        self._bar_color = color
        self.change = QLabel()
        self.change.setWordWrap(True)
        layout.addWidget(self.change)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.detail)
        layout.addStretch(1)  # spare height goes below the text, so the five tiles line up
        self.spark = Sparkline(color)
        self.spark.setToolTip(tr("The last 12 months"))
        layout.addWidget(self.spark)

    def set_data(self, data: TileData) -> None:
        self.value.setText(data.value)
        self.unit.setText(data.unit)
        self.unit.setVisible(bool(data.unit))
        if data.target is None:
            self.target.setText(tr("No target set"))
            self.progress.setVisible(False)
        else:
            pct = format_percent(data.progress) if data.progress is not None else ""
            self.target.setText(
                tr("Target {target} · {percent}").format(target=data.target, percent=pct)
            )
            self.progress.setVisible(True)
            self.progress.setValue(int(min(1.0, data.progress or 0.0) * 100))
        # Coloured against pace (where the figure should be today), not the whole target.
        self.pace.setText(data.pace_text)
        self.pace.setVisible(bool(data.pace_text))
        chunk = self._bar_color
        if data.on_pace is not None:
            chunk = GOOD if data.on_pace else BAD
            self.pace.setStyleSheet(f"color: {chunk};")
        else:
            self.pace.setStyleSheet("color: palette(mid);")
        self.progress.setStyleSheet(
            "QProgressBar { background: palette(midlight); border: none; border-radius: 3px; }"
            f"QProgressBar::chunk {{ background: {chunk}; border-radius: 3px; }}"
        )
        if data.change is None or data.change == 0:
            self.change.setStyleSheet("color: palette(mid);")
            arrow = "→"
        else:
            better = (data.change < 0) if data.lower_is_better else (data.change > 0)
            self.change.setStyleSheet(f"color: {GOOD if better else BAD};")
            arrow = "▲" if data.change > 0 else "▼"
        self.change.setText(f"{arrow} {data.change_text}")
        self.detail.setText(data.detail)
        self.detail.setVisible(bool(data.detail))
        if data.spark is not None:
            self.spark.set_values(data.spark)

    def text_color(self) -> str:
        return self.palette().color(QPalette.ColorRole.Text).name()


def kpi_tiles() -> list[KpiTile]:
    """The five KPI tiles, in the order of :func:`tile_data` and :func:`tile_sparks`."""
    return [
        KpiTile(
            1,
            tr("Qualified leads"),
            KpiKind.RESULT,
            tr("Leads that meet the ideal-customer checklist, by qualified date"),
        ),
        KpiTile(
            2,
            tr("Contact moments"),
            KpiKind.ACTION,
            tr("Activities in points: each activity type has its weight"),
        ),
        KpiTile(
            3,
            tr("Deal value in the pipeline"),
            KpiKind.RESULT,
            tr("Open deals at the end of the period, against the target"),
        ),
        KpiTile(
            4,
            tr("Deal velocity"),
            KpiKind.INSIGHT,
            tr("Average days from first contact to won, for deals won in the period"),
        ),
        KpiTile(
            5,
            tr("Ongoing customer relationship"),
            KpiKind.RESULT,
            tr("Active customers at the end of the period, retention and risk"),
        ),
    ]


def tile_sparks(s: KpiSeries) -> list[Sequence[float | None]]:
    """The twelve-month line under each of the five tiles."""
    return [
        s.qualified_leads,
        s.activity_points,
        s.open_value_cents,
        s.avg_days_to_win,
        s.active_customers,
    ]


def compared_with(c: Comparison | None) -> str:
    """What the change on a tile is against, in words: '1–5 Nov (same working days)'."""
    if c is None or not c.running:
        return tr("previous period")
    days = format_day_range(c.previous.start, c.previous.end)
    if c.working_days == 0:
        return tr("{days} (same days)").format(days=days)
    return tr("{days} (same working days)").format(days=days)


def _change(
    now: float | None, before: float | None, text: str, against: str
) -> tuple[float | None, str]:
    if now is None or before is None:
        return None, tr("no comparison with the previous period")
    rel = growth(now, before)
    pct = f" ({'+' if (rel or 0) >= 0 else ''}{format_percent(rel)})" if rel is not None else ""
    return (now - before) / abs(before) if before else (1.0 if now > before else 0.0), tr(
        "{change}{percent} vs {against}"
    ).format(change=text, percent=pct, against=against)


def pace_line(
    r: KpiReport,
    value: float,
    target: int | None,
    pace: int | None,
    text: str,
    *,
    level: bool = False,
) -> tuple[str, bool | None]:
    """The pace line of a tile and whether the figure is where it should be today.

    While the period runs: against pace ("On pace (40 by today)"); once it is over, and for a
    *level* (the pipeline, whose target holds every day): against the target.  Nothing without
    a target, or for a period still to come.
    """
    c = r.comparison
    if target is None or pace is None or r.today < r.period.start:
        return "", None
    if c is not None and c.running and not level:
        good = value >= pace
        words = tr("On pace ({pace} by today)") if good else tr("Behind pace ({pace} by today)")
        return words.format(pace=text), good
    good = value >= target
    if level and c is not None and c.running:
        return (tr("At target") if good else tr("Below target")), good
    return (tr("Target reached") if good else tr("Target not reached")), good


def _signed(value: float, fmt: str = "int") -> str:
    sign = "+" if value >= 0 else "−"
    if fmt == "money":
        return sign + format_money(abs(int(value)))
    if fmt == "days":
        return sign + format_decimal(abs(value), 1)
    return sign + format_int(abs(int(value)))


def _counted(count: int, one: str, many: str) -> str:
    """*count* with the singular or plural text (both already translated, with ``{count}``)."""
    return plural(count, one, many).format(count=format_int(count))


def _tile(
    value: str,
    now: float | None,
    before: float | None,
    detail: str,
    spark: Sequence[float | None] | None,
    *,
    target: str | None = None,
    progress: float | None = None,
    fmt: str = "int",
    lower_is_better: bool = False,
    unit: str = "",
    against: str = "",
    pace: tuple[str, bool | None] = ("", None),
) -> TileData:
    """A tile's data, with the change from *before* (the previous period) to *now*."""
    change, change_text = _change(
        now, before, _signed((now or 0) - (before or 0), fmt), against or tr("previous period")
    )
    return TileData(
        value,
        target,
        progress,
        change,
        change_text,
        lower_is_better,
        detail,
        spark,
        unit,
        pace[0],
        pace[1],
    )


def tile_data(r: KpiReport, prev: Headline) -> list[TileData]:
    """What the five tiles show for *r*, with the changes against the previous period *prev*.

    Without the twelve-month series yet, the sparklines are left as they are.
    """
    sparks: list[Sequence[float | None] | None] = (
        [None] * 5 if r.series is None else list(tile_sparks(r.series))
    )
    res, act, pipe, vel, rel = r.result, r.action, r.pipeline, r.velocity, r.relationship
    against = compared_with(r.comparison)
    return [
        _tile(
            format_int(res.qualified_leads),
            res.qualified_leads,
            prev.qualified_leads,
            " · ".join(
                (
                    _counted(res.won_deals, tr("{count} deal won"), tr("{count} deals won")),
                    _counted(
                        res.new_customers, tr("{count} new customer"), tr("{count} new customers")
                    ),
                    _counted(res.upsells, tr("{count} upsell"), tr("{count} upsells")),
                )
            ),
            sparks[0],
            target=format_int(res.target_qualified_leads)
            if res.target_qualified_leads is not None
            else None,
            progress=progress(res.qualified_leads, res.target_qualified_leads),
            against=against,
            pace=pace_line(
                r,
                res.qualified_leads,
                res.target_qualified_leads,
                res.pace_qualified_leads,
                format_int(res.pace_qualified_leads),
            ),
        ),
        _tile(
            format_int(act.activity_points),
            act.activity_points,
            prev.activity_points,
            _counted(act.activities, tr("{count} activity"), tr("{count} activities")),
            sparks[1],
            target=format_int(act.target_points) if act.target_points is not None else None,
            progress=progress(act.activity_points, act.target_points),
            unit=plural(act.activity_points, tr("point"), tr("points")),
            against=against,
            pace=pace_line(
                r,
                act.activity_points,
                act.target_points,
                act.pace_points,
                format_int(act.pace_points),
            ),
        ),
        _tile(
            format_money(pipe.open_value_cents),
            pipe.open_value_cents,
            prev.open_value_cents,
            plural(
                pipe.open_deals,
                tr("{deals} open deal · weighted {weighted}"),
                tr("{deals} open deals · weighted {weighted}"),
            ).format(
                deals=format_int(pipe.open_deals),
                weighted=format_money(pipe.weighted_value_cents),
            ),
            sparks[2],
            target=format_money(pipe.target_cents) or None,
            progress=pipe.coverage,
            fmt="money",
            against=against,
            # A level, not a flow: its target holds every day, so its pace is the target.
            pace=pace_line(
                r,
                pipe.open_value_cents,
                pipe.target_cents,
                pipe.target_cents,
                format_money(pipe.target_cents),
                level=True,
            ),
        ),
        _tile(
            _counted(round(vel.avg_days_to_win), tr("{count} day"), tr("{count} days"))
            if vel.avg_days_to_win is not None
            else "–",
            vel.avg_days_to_win,
            prev.avg_days_to_win,
            plural(
                vel.stale_deals,
                tr("Median {median} · {stale} sleeping deal"),
                tr("Median {median} · {stale} sleeping deals"),
            ).format(
                median=format_decimal(vel.median_days_to_win, 0)
                if vel.median_days_to_win is not None
                else "–",
                stale=format_int(vel.stale_deals),
            ),
            sparks[3],
            fmt="days",
            lower_is_better=True,
            against=against,
        ),
        _tile(
            format_int(rel.active_customers),
            rel.active_customers,
            prev.active_customers,
            tr(
                "Retention (12 months) {retention} · {risk} at risk · {days} days on average"
            ).format(
                retention=format_percent(rel.retention_rate) or "–",
                risk=format_int(rel.at_risk_customers),
                days=format_decimal(rel.avg_relationship_days, 0)
                if rel.avg_relationship_days is not None
                else "–",
            ),
            sparks[4],
            unit=plural(rel.active_customers, tr("active customer"), tr("active customers")),
            against=against,
        ),
    ]
