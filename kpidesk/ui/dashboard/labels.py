"""Names of dashboard figures that more than one part shows (charts, coaching tables)."""

from __future__ import annotations

from kpidesk.core.i18n import tr
from kpidesk.services.kpis.figures import StageConversion


def step_label(c: StageConversion, two_lines: bool = False) -> str:
    """ "Offerte → Onderhandeling": a conversion step, on two lines for narrow table headers."""
    following = c.next_stage.name if c.next_stage else tr("Won")
    return f"{c.stage.name}{chr(10) if two_lines else ' '}→ {following}"
