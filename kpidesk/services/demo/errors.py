"""Why the demo generator stops without writing anything."""

from __future__ import annotations

from kpidesk.core.i18n import tr
from kpidesk.services.errors import Refused, ServiceError


class DemoRefused(Refused):
    """The database already holds data; demo data only goes into an empty one."""


class DemoCancelled(ServiceError):
    """The user cancelled; nothing was written."""


def refused() -> DemoRefused:
    return DemoRefused(
        tr(
            "This database already holds data. Demo data can only go into an empty database: "
            "start a new database file for the demo."
        )
    )
