"""What every view receives: the database, the change bus, the undo stack and preferences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kpidesk.services.common import Changes
from kpidesk.ui.preferences import Preferences

if TYPE_CHECKING:  # both bring SQLAlchemy, which the window imports after it is on screen
    from kpidesk.services.store.database import Database
    from kpidesk.services.team.access import Permissions


class ChangeBus(QObject):
    """Broadcasts what a service changed, so that views refresh only what they show."""

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes.kinds:
            self.changed.emit(changes)


@dataclass
class AppContext:
    db: Database
    bus: ChangeBus
    undo_stack: QUndoStack
    prefs: Preferences
    # who is connected and what they may change (everything, on a local file)
    permissions: Permissions = field(default_factory=lambda: _local_permissions())


def _local_permissions() -> Permissions:
    from kpidesk.services.team.access import Permissions

    return Permissions.local()
