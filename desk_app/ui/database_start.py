"""Opening the database on a worker thread while the sign-in dialog is on screen
(issue 18, start-up).

The sign-in dialog is painted first, with nothing but Qt imported. Then this worker
imports SQLAlchemy and every model, opens and checks the database (``open_database``:
the schema check, an upgrade after a backup if one is due), configures the mappers,
gives the first administrator the start password when needed (issue 7), adds the
first-start data (issue 13), reads the first-run hint for the dialog, and imports the
main window's modules — all while the person types. ``finished`` is emitted on the
worker and delivered on the GUI thread (a queued connection).

A failure is kept with the stage it happened in: the program reports a failure to open
the database as it always has (the "cannot open the database" message) and anything
later as an unexpected error.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desk_app.screens.base import Database

log = logging.getLogger(__name__)

STAGE_OPEN = "open"
STAGE_PREPARE = "prepare"


class DatabaseStart(QObject):
    finished = Signal()

    def __init__(self, url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.db: Database | None = None
        self.error: BaseException | None = None
        self.error_stage = ""
        self.first_administrator: str | None = None
        self.first_run_login: str | None = None
        self.seconds = 0.0
        self._started = False
        self._thread = threading.Thread(target=self._run, name="database-start", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and not self._started:
            self._started = True
            self._thread.start()

    def wait(self) -> None:
        """Until the worker is done (the person signed in before it was); started first
        if it was not."""
        self.start()
        self._thread.join()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive() and (self.db is not None or self.error is not None)

    def _run(self) -> None:
        started = time.perf_counter()
        stage = STAGE_OPEN
        db: Database | None = None
        try:
            from desk_app.bootstrap import open_database

            db, _upgrade = open_database(self.url)
            stage = STAGE_PREPARE
            from desk_app.screens.start import prepare_database

            prepared = prepare_database(db)
            self.first_administrator = prepared.first_administrator
            self.first_run_login = prepared.first_run_login
            import desk_app.ui.main_window  # noqa: F401 - the next screen's modules, while the person types

            self.db = db
        except BaseException as exc:  # handed to the GUI thread, which reports it
            self.error = exc
            self.error_stage = stage
            if db is not None:
                db.dispose()
        finally:
            self.seconds = time.perf_counter() - started
            log.info("database opened on the worker in %.2f s", self.seconds)
            self.finished.emit()


__all__ = ["STAGE_OPEN", "STAGE_PREPARE", "DatabaseStart"]
