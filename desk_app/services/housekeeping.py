"""Work the rules do by themselves, at start-up and on a timer (R7: "closure runs
without anyone pressing a button"). Each pass is its own unit of work; a failure is
logged and reported, never raised into the window."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desk_app.models.database import Database
from desk_app.services import backup, complaints, notifications

log = logging.getLogger(__name__)

#: How often the window runs the pass (the R7 closure is due to the minute, not the second).
INTERVAL_SECONDS = 300


@dataclass(frozen=True)
class HousekeepingReport:
    closed: tuple[str, ...] = ()
    reopened: tuple[str, ...] = ()
    error: str | None = None
    #: today's daily backup, when this pass made it
    backup: str | None = None


def run_housekeeping(db: Database) -> HousekeepingReport:
    """One pass: the daily backup of an SQLite database (issue 7), then R7 automatic
    closure and reopening, then the clock-made notifications (R23)."""
    made = None
    try:
        path = backup.backup_if_due(db)
        made = str(path) if path is not None else None
        if made:
            log.info("daily backup written to %s", made)
    except Exception:  # a failed backup is logged; the counter keeps working
        log.exception("daily backup failed")
    try:
        with db.begin() as session:
            outcome = complaints.run_automatic_closure(session)
    except Exception as exc:  # a pass that fails must not stop the counter
        log.exception("housekeeping pass failed")
        return HousekeepingReport(error=f"{type(exc).__name__}: {exc}", backup=made)
    try:
        # R23: deadlines about to pass and escalated notices left alone reach their
        # owners' inboxes (each once, whichever counter runs the pass).
        with db.begin() as session:
            told = notifications.sweep(session)
        if told:
            log.info("R23: %d notifications", told)
    except Exception:  # the inbox must not stop the counter either
        log.exception("notification sweep failed")
    if outcome.closed or outcome.reopened:
        log.info("R7: closed %s, reopened %s", ", ".join(outcome.closed), ", ".join(outcome.reopened))
    return HousekeepingReport(closed=outcome.closed, reopened=outcome.reopened, backup=made)
