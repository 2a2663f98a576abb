"""What every screen shares: the database, the signed-in staff member, and the signals
that keep screens in step (a record was saved; please open that record).

Screens receive one ``DeskContext``; they never reach for globals. A screen that saves a
record calls ``context.record_saved(kind, record_id)`` so lists and the dashboard
refresh; a screen that wants another record opened (a dashboard tile, a list row, a
link on a form) calls ``context.request_open(kind, record_id)`` and the main window
routes it to the screen for that kind. ``kind`` is the navigation key of the screen that
owns the record (``"complaints"``, ``"worklog"`` …).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.screens.base import Database, Workspace


class DeskContext(QObject):
    #: (kind, record id) — a record of that kind was inserted or changed.
    recordSaved = Signal(str, int)  # noqa: N815 - Qt signal naming
    #: (kind, record id) — somebody asked for the record to be shown.
    openRequested = Signal(str, int)  # noqa: N815
    #: the signed-in staff member changed (new staff id, or -1 for nobody).
    staffChanged = Signal(int)  # noqa: N815
    #: the signed-in person's notifications were read or marked done (R23).
    notificationsChanged = Signal()  # noqa: N815

    def __init__(self, db: Database, staff_id: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._staff_id = staff_id
        #: the screens' unit-of-work provider, acting as whoever is signed in now
        self.workspace = Workspace(db, lambda: self._staff_id)

    @property
    def staff_id(self) -> int | None:
        """The signed-in staff member: the actor of every save made from the window."""
        return self._staff_id

    def set_staff(self, staff_id: int | None) -> None:
        if staff_id != self._staff_id:
            self._staff_id = staff_id
            self.staffChanged.emit(-1 if staff_id is None else staff_id)

    def record_saved(self, kind: str, record_id: int) -> None:
        self.recordSaved.emit(kind, record_id)

    def request_open(self, kind: str, record_id: int) -> None:
        self.openRequested.emit(kind, record_id)

    def notifications_changed(self) -> None:
        self.notificationsChanged.emit()
