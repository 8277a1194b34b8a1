"""pyqtgraph axes that write numbers and dates the user's way (12.345 and 'mrt' in Dutch)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

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
        label_px = QFontMetrics(self.font()).horizontalAdvance("mmm 0000") * 0.75
        step = next((s for s in (1, 2, 3, 6) if size / max(months / s, 1) >= label_px), 12)
        ticks = []
        year, month = first.year, first.month
        for _ in range(months + 1):
            stamp = datetime(year, month, 1).timestamp()
            if minVal <= stamp <= maxVal and (month - 1) % step == 0:
                ticks.append(stamp)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return [(30 * DAY * step, ticks)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if spacing < DAY:
            return list(super().tickStrings(values, scale, spacing))
        names = month_names()
        texts = []
        for value in values:
            try:
                day = date.fromtimestamp(value)
            except (OverflowError, OSError, ValueError):
                texts.append("")
                continue
            if spacing >= 300 * DAY:
                texts.append(str(day.year))
            elif spacing >= 27 * DAY:
                name = names[day.month - 1]
                texts.append(f"{name} {day.year}" if day.month == 1 else name)
            else:
                texts.append(f"{day.day} {names[day.month - 1]}")
        return texts
