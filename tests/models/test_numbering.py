"""Record numbers: per kind and local month, unique and gap-free under concurrent
writers, given back when a save is rolled back."""

from __future__ import annotations

import multiprocessing
import re
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Complaint, Visitor
from desk_app.models.database import Database
from desk_app.models.enums import Channel
from desk_app.models.numbering import NUMBER_PATTERN, format_number, period_of

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _complaint(at: datetime) -> Complaint:
    return Complaint(received_at=at, channel=Channel.CALL, description="电梯故障")


def test_number_format_matches_spec_example() -> None:
    assert format_number("TS", "202611", 7) == "TS-202611-0007"
    assert NUMBER_PATTERN.match("TS-202611-0007")


def test_period_is_the_local_month() -> None:
    # 2026-11-30 17:30 UTC is already 1 December in Shanghai.
    assert period_of(datetime(2026, 11, 30, 17, 30, tzinfo=ZoneInfo("UTC"))) == "202612"
    assert period_of(datetime(2026, 11, 30, 15, 30, tzinfo=ZoneInfo("UTC"))) == "202611"


@given(st.integers(min_value=1, max_value=10**6))
def test_format_number_round_trips(value: int) -> None:
    number = format_number("GZ", "202601", value)
    match = NUMBER_PATTERN.match(number)
    assert match is not None and int(match["seq"]) == value


def test_numbers_are_per_kind_and_month(db: Database) -> None:
    db.clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI))
    with db.begin() as session:
        first = _complaint(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI))
        second = _complaint(datetime(2026, 11, 23, 11, 0, tzinfo=SHANGHAI))
        visitor = Visitor(visitor_name="王五", arrived_at=datetime(2026, 11, 23, 11, 0, tzinfo=SHANGHAI))
        session.add_all([first, second, visitor])
    assert [first.number, second.number] == ["TS-202611-0001", "TS-202611-0002"]
    assert visitor.number == "FK-202611-0001"
    db.clock = FixedClock(datetime(2026, 12, 1, 8, 0, tzinfo=SHANGHAI))
    with db.begin() as session:
        december = _complaint(datetime(2026, 12, 1, 8, 0, tzinfo=SHANGHAI))
        session.add(december)
    assert december.number == "TS-202612-0001"


def test_rolled_back_save_gives_its_number_back(db: Database) -> None:
    at = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    db.clock = FixedClock(at)
    with pytest.raises(RuntimeError), db.begin() as session:
        session.add(_complaint(at))
        session.flush()
        raise RuntimeError("power cut before commit")
    with db.begin() as session:
        kept = _complaint(at)
        session.add(kept)
    assert kept.number == "TS-202611-0001"


def _insert_many(url: str, count: int, errors: list[BaseException]) -> None:
    db = Database(url, clock=FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)))
    try:
        for _ in range(count):
            with db.begin() as session:
                session.add(_complaint(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)))
    except BaseException as exc:  # reported to the main thread
        errors.append(exc)
    finally:
        db.dispose()


def _assert_gap_free(db: Database, expected: int) -> None:
    with db.read() as session:
        numbers = session.scalars(select(Complaint.number)).all()
    sequences = sorted(int(re.sub(r"^TS-202611-", "", n)) for n in numbers)
    assert sequences == list(range(1, expected + 1))


def test_concurrent_threads_get_unique_gap_free_numbers(db: Database) -> None:
    threads_count, per_thread = 6, 15
    errors: list[BaseException] = []
    url = db.url.render_as_string(hide_password=False)
    threads = [
        threading.Thread(target=_insert_many, args=(url, per_thread, errors)) for _ in range(threads_count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    _assert_gap_free(db, threads_count * per_thread)


def _process_worker(url: str, count: int) -> None:
    errors: list[BaseException] = []
    _insert_many(url, count, errors)
    if errors:
        raise SystemExit(f"worker failed: {errors[0]!r}")


def test_concurrent_processes_get_unique_gap_free_numbers(db: Database) -> None:
    """Two counters are two programs: separate processes, separate connections."""
    url = db.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_process_worker, args=(url, 20)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    _assert_gap_free(db, 60)
