"""``generate_demo(complaint_share=…)``: the benchmarks' ten-year dataset asks for a
fifth of the work log to be complaints (about 200 000 in a million entries)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.bootstrap import open_database
from desk_app.demo import generate_demo

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("share", [0.2, 0.5])
def test_the_share_of_complaints_follows_the_option(sqlite_url: str, share: float) -> None:
    db, _ = open_database(sqlite_url)
    try:
        summary = generate_demo(
            db, clients=30, months=1, entries=2000, seed=2, now=NOW, complaint_share=share
        )
    finally:
        db.dispose()
    assert summary.worklog_entry == 2000
    assert abs(summary.complaint / summary.worklog_entry - share) < 0.05


@pytest.mark.parametrize("share", [0.0, 1.0, -0.1])
def test_a_share_outside_zero_to_one_is_refused(sqlite_url: str, share: float) -> None:
    db, _ = open_database(sqlite_url)
    try:
        with pytest.raises(ValueError, match="complaint_share"):
            generate_demo(db, clients=10, months=1, now=NOW, complaint_share=share)
    finally:
        db.dispose()
