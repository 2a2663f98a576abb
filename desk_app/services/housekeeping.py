"""Work the rules do by themselves, at start-up and on a timer (R7: "closure runs
without anyone pressing a button"). Each pass is its own unit of work; a failure is
logged and reported, never raised into the window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from desk_app.models.database import Database, sqlite_file
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
    #: the audit log's hash chain is broken: what the administrator is told (issue 19)
    audit_alarm: str | None = None


def run_housekeeping(db: Database) -> HousekeepingReport:
    """One pass: the daily backup of an SQLite database (issue 7), then R7 automatic
    closure and reopening, then the clock-made notifications (R23)."""
    made = None
    try:
        database = sqlite_file(db.url)
        if database is not None:
            backup.clean_leftovers(database)
    except Exception:  # a failed clean-up is logged; the counter keeps working
        log.exception("cleaning the backup folder failed")
    try:
        path = backup.backup_if_due(db)
        made = str(path) if path is not None else None
        if made:
            log.info("daily backup written to %s", made)
    except Exception:  # a failed backup is logged; the counter keeps working
        log.exception("daily backup failed")
    alarm = _audit_alarm(db) if made is not None or _audit_due(db) else None
    try:
        with db.begin() as session:
            outcome = complaints.run_automatic_closure(session)
    except Exception as exc:  # a pass that fails must not stop the counter
        log.exception("housekeeping pass failed")
        return HousekeepingReport(error=f"{type(exc).__name__}: {exc}", backup=made, audit_alarm=alarm)
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
    return HousekeepingReport(
        closed=outcome.closed, reopened=outcome.reopened, backup=made, audit_alarm=alarm
    )


#: The day (per database) the audit chain was last checked by this process.
_audit_checked: dict[str, date] = {}


def _audit_due(db: Database) -> bool:
    """Once a day per database and process (the daily backup's day counts too)."""
    from desk_app.services import context

    with db.read() as session:
        today = context.now(session).astimezone(context.zone(session)).date()
    return _audit_checked.get(db.display_url) != today


def _audit_alarm(db: Database) -> str | None:
    """Check the audit log's hash chain; a message for the administrator when broken."""
    from desk_app.services import context
    from desk_app.services.audit_verify import check_chain, describe

    try:
        with db.read() as session:
            today = context.now(session).astimezone(context.zone(session)).date()
        report = check_chain(db)
    except Exception:  # a failed check is logged; the counter keeps working
        log.exception("audit chain check failed")
        return None
    _audit_checked[db.display_url] = today
    if report.ok:
        return None
    text = describe(report)
    log.error("audit chain broken: %s", text)
    try:  # issue 19: the administrators are told in the program, not only in the log
        with db.begin() as session:
            notifications.audit_chain_broken(session, report.broken_id, text)
    except Exception:
        log.exception("telling the administrators of the broken audit chain failed")
    return text
