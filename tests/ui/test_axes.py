"""Chart axes and date editors write numbers and months the user's way."""

from __future__ import annotations

from datetime import datetime

import pytest

from kpidesk.core.formatting import qt_date_format
from kpidesk.core.i18n import current_language, set_language
from kpidesk.ui.widgets.axes import DAY, LocaleAxis, LocaleDateAxis


@pytest.fixture
def language():
    previous = current_language()
    yield set_language
    set_language(previous)


def test_value_axis_uses_thousands_separators(qapp, language) -> None:
    axis = LocaleAxis("left")
    language("nl")
    assert axis.tickStrings([0, 250_000, 400_000], 1.0, 50_000) == ["0", "250.000", "400.000"]
    assert axis.tickStrings([0.5, 1.5], 1.0, 0.5) == ["0,5", "1,5"]
    language("en")
    assert axis.tickStrings([250_000], 1.0, 50_000) == ["250,000"]


def test_date_axis_names_months_in_the_language(qapp, language) -> None:
    axis = LocaleDateAxis(orientation="bottom")
    march, january = datetime(2026, 3, 1, 12).timestamp(), datetime(2026, 1, 1, 12).timestamp()
    language("nl")
    assert axis.tickStrings([march, january], 1.0, 30 * DAY) == ["mrt", "jan\n2026"]
    # Months of two years: the first one says its year as well.
    december = datetime(2025, 12, 16).timestamp()
    assert axis.tickStrings([december, january, march], 1.0, 30 * DAY) == [
        "dec\n2025",
        "jan\n2026",
        "mrt",
    ]
    assert axis.tickStrings([march], 1.0, 7 * DAY) == ["1 mrt"]
    language("en")
    assert axis.tickStrings([march], 1.0, 30 * DAY) == ["Mar"]
    assert axis.tickStrings([march], 1.0, 365 * DAY) == ["2026"]


def test_date_editors_show_dutch_dates_in_dutch() -> None:
    assert qt_date_format("nl") == "dd-MM-yyyy"
    assert qt_date_format("en") == "d MMM yyyy"
