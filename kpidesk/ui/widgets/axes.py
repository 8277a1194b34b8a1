"""pyqtgraph axes that write numbers and dates the user's way (12.345 and 'mrt' in Dutch)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from kpidesk.core.formatting import format_decimal, format_int, month_names

DAY = 86_400.0


def number_text(value: float, spacing: float) -> str:
    """A tick label: whole numbers with thousands separators, else as many decimals as needed."""
    if spacing >= 1 or float(value).is_integer():
        return format_int(round(value))
    decimals = 1 if spacing >= 0.1 else 2
    return format_decimal(value, decimals)


class LocaleAxis(pg.AxisItem):
    """A value axis whose labels follow the interface language (no SI prefixes)."""

    def __init__(self, orientation: str = "left", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [number_text(v * scale, spacing * scale) for v in values]


class LocaleDateAxis(pg.DateAxisItem):
    """A time axis (values are POSIX seconds) with month names in the interface language.

    Over a few months to a year (the dashboard's 12-month charts) every month, or every second
    or third month on a narrow chart, gets a tick: pyqtgraph's own choice drops month labels it
    estimates too wide and leaves only the year.
    """

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        span_days = (maxVal - minVal) / DAY
        if not 45 <= span_days <= 800 or size <= 0:
            return list(super().tickValues(minVal, maxVal, size))
        try:
            first = date.fromtimestamp(minVal)
            last = date.fromtimestamp(maxVal)
        except (OverflowError, OSError, ValueError):
            return list(super().tickValues(minVal, maxVal, size))
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        label_px = QFontMetrics(self.font()).horizontalAdvance("0000") + 14  # the year line
        step = next((s for s in (1, 2, 3, 6) if size / max(months / s, 1) >= label_px), 12)
        ticks = []
        year, month = first.year - (1 if first.month == 1 else 0), first.month - 1 or 12
        for _ in range(months + 2):
            # Mid-month, under the month's bar (bars stand at the 16th): the first and last
            # names are then inside the axis and never dropped at its edges.
            stamp = datetime(year, month, 16, tzinfo=UTC).timestamp()
            if minVal <= stamp <= maxVal and (month - 1) % step == 0:
                ticks.append(stamp)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return [(30 * DAY * step, ticks)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if spacing < DAY:
            return list(super().tickStrings(values, scale, spacing))
        names = month_names()
        days = [_day(value) for value in values]
        # Months of two years: the first month shown says its year too, as January does.
        two_years = len({d.year for d in days if d is not None}) > 1
        texts = []
        for number, day in enumerate(days):
            if day is None:
                texts.append("")
            elif spacing >= 300 * DAY:
                texts.append(str(day.year))
            elif spacing >= 27 * DAY:
                name = names[day.month - 1]
                with_year = day.month == 1 or (two_years and number == 0)
                # The year under the month: "jan 2026" on one line is too wide for the first
                # tick, which pyqtgraph then drops at the axis's edge.
                texts.append(f"{name}\n{day.year}" if with_year else name)
            else:
                texts.append(f"{day.day} {names[day.month - 1]}")
        return texts


def _day(value: float) -> date | None:
    try:
        return datetime.fromtimestamp(value, UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
