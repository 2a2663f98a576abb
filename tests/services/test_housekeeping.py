from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desk_app.bootstrap import open_database
from desk_app.services.housekeeping import HousekeepingReport, run_housekeeping


def test_nothing_to_do_on_an_empty_database(tmp_path: Path) -> None:
    db, _ = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    report = run_housekeeping(db)
    assert report == HousekeepingReport(backup=report.backup)  # the first pass makes the daily backup
    assert run_housekeeping(db) == HousekeepingReport()
    db.dispose()


def test_a_failing_pass_is_reported_not_raised(tmp_path: Path) -> None:
    db, _ = open_database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    with db.engine.begin() as connection:
        connection.execute(text("DROP TABLE complaint_breach"))
        connection.execute(text("DROP TABLE complaint_status_change"))
        connection.execute(text("ALTER TABLE complaint RENAME TO complaint_gone"))
    report = run_housekeeping(db)
    assert report.error is not None and "complaint" in report.error
    db.dispose()
