"""Issue 18: PostgreSQL with eight counters.

    .venv/bin/python bench/bench_postgres.py [--seconds 60] [--counters 8] [--keep]

1. Creates a throw-away database ``desk_bench_<pid>`` on the local server
   (``BENCH_PG_URL``, default ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``:
   user postgres, trust), builds the schema with the program's migrations and copies
   the benchmark dataset (the SQLite file of ``bench/dataset.py``) into it with COPY,
   then resets the id sequences and runs VACUUM ANALYZE (as autovacuum would). Dropped
   at the end (``--keep`` keeps it).
2. Eight counter processes work for ``--seconds`` at once, each the receptionist's mix
   with a person's pauses (``TYPING_PAUSE`` a key, ``TASK_PAUSE`` between tasks): looking a
   client up while typing (one ``find_clients`` per keystroke), logging a call
   (``worklog.record_entry``), registering a complaint, opening a complaint (the sheet
   and its history) and saving it (``complaints.update_details`` with the version the
   form loaded; the counters share a hot set of 40 complaints, so some saves meet a
   newer version), and a list page (count + first page, as the list view reads it).
   A ninth process refreshes the dashboard (``dashboard.collect``) every 30 s.
3. Reports p50/p95 per operation, errors (by kind), version conflicts and deadlocks,
   and checks that the record numbers given during the run have no duplicate and no
   gap (work-log entries, complaints, dispatch slips of the month).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sqlite3
import statistics
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from dataset import NOW, SPEC, dataset_path  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
TARGETS_MS = {"lookup": 30.0, "save": 100.0, "dashboard": 150.0}
SAVES = ("log_call", "new_complaint", "save_complaint")
HOT_COMPLAINTS = 12
#: A person's pace: a key every quarter second while looking someone up, and a second
#: or three between tasks (talking to the caller or the visitor). Without pauses, eight
#: processes on a shared two-core machine measure nothing but the CPU queue.
TYPING_PAUSE = 0.25
TASK_PAUSE = (1.0, 3.0)
LISTS = ("worklog", "complaints", "visitors", "dispatch_slips", "clients")


def log(text: str) -> None:
    print(text, flush=True)


def _url(name: str) -> str:
    from sqlalchemy import make_url

    return make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _admin(sql: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def server_available() -> bool:
    try:
        _admin("SELECT 1")
    except Exception as error:  # no server, no driver: the case is skipped, said so
        log(f"  PostgreSQL not available at {ADMIN_URL}: {type(error).__name__}: {error}")
        return False
    return True


# -- loading ------------------------------------------------------------------------------


def load_dataset(sqlite_path: Path, name: str) -> dict[str, int]:
    """The dataset copied into a new PostgreSQL database ``name``; rows per table."""
    from sqlalchemy import text

    from desk_app.bootstrap import open_database
    from desk_app.models import Base

    _admin(f'DROP DATABASE IF EXISTS "{name}"')
    _admin(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    url = _url(name)
    db, _ = open_database(url)  # the schema, by the program's own migrations
    counts: dict[str, int] = {}
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    try:
        with db.engine.connect() as connection:
            raw: Any = connection.connection.driver_connection
            with raw.cursor() as cursor:
                cursor.execute("SET session_replication_role = replica")  # no FK triggers while copying
                cursor.execute("SET TIME ZONE 'UTC'")  # the SQLite file holds naive UTC
                for table in Base.metadata.sorted_tables:
                    present = {row[1] for row in source.execute(f'PRAGMA table_info("{table.name}")')}
                    columns = [column.name for column in table.columns if column.name in present]
                    if not columns:
                        continue
                    cursor.execute(f'DELETE FROM "{table.name}"')  # rows a migration seeded
                    names = ", ".join(f'"{column}"' for column in columns)
                    rows = source.execute(f'SELECT {names} FROM "{table.name}"')
                    count = 0
                    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                        for row in rows:
                            copy.write_row(row)
                            count += 1
                    counts[table.name] = count
                cursor.execute("SET session_replication_role = DEFAULT")
            raw.commit()
            for table in Base.metadata.sorted_tables:
                if "id" in table.columns and table.c.id.autoincrement is not False:
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                            f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
                        )
                    )
            connection.commit()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            # VACUUM as well: what the server's autovacuum does within a minute of a bulk
            # load. Without it the GIN indexes of the lookup (migration 0011) still hold
            # their whole pending list, read in full by every search, and no index-only
            # scan is possible (no visibility map): each keystroke took 10–35 ms instead
            # of 1–6 ms, a state a database in use is never in for long.
            connection.execute(text("VACUUM ANALYZE"))
    finally:
        source.close()
        db.dispose()
    return counts


# -- the counters -------------------------------------------------------------------------


def _inputs(db: Any, rng: random.Random) -> list[str]:
    from sqlalchemy import func, select

    from desk_app.models import Client, ClientPhone, Room

    with db.read() as session:
        rooms = list(session.scalars(select(Room.code).order_by(func.random()).limit(50)))
        phones = list(session.scalars(select(ClientPhone.phone).order_by(func.random()).limit(50)))
        names = list(
            session.execute(select(Client.name, Client.name_initials).order_by(func.random()).limit(50))
        )
    typed = [str(r) for r in rooms] + [str(p)[:7] for p in phones]
    typed += [str(n[0]) for n in names] + [str(n[1]) for n in names if n[1]]
    rng.shuffle(typed)
    return typed


def counter(index: int, url: str, seconds: float, start_at: float, hot: list[int], out: Any) -> None:
    """One counter: the receptionist's mix until ``start_at + seconds``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import importlib

    from sqlalchemy import select
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm.exc import StaleDataError

    from desk_app.clock import FixedClock
    from desk_app.models import Client, Staff
    from desk_app.models.database import Database
    from desk_app.models.enums import Category, Channel
    from desk_app.services import complaints, lookup, worklog
    from desk_app.services.errors import ConflictError
    from desk_app.ui.app import ensure_application
    from desk_app.ui.desk_context import DeskContext
    from desk_app.ui.pages import PAGE_CLASSES
    from desk_app.ui.record_list import RecordListView

    rng = random.Random(index)
    db = Database(url, clock=FixedClock(NOW))
    ensure_application()
    with db.read() as session:
        staff = list(
            session.scalars(
                select(Staff.id)
                .where(Staff.active.is_(True), Staff.cleared_to_work_alone.is_(True))  # R16: may take calls
                .order_by(Staff.id)
            )
        )
        clients = list(session.scalars(select(Client.id).order_by(Client.id).limit(5000)))
    staff_id = staff[index % len(staff)]
    typed = _inputs(db, rng)
    context = DeskContext(db, staff_id)
    views: dict[str, Any] = {}
    for key in LISTS:
        module_name, _, class_name = PAGE_CLASSES[key].partition(":")
        page = getattr(importlib.import_module(module_name), class_name)(context)
        views[key] = page.findChildren(RecordListView)[0]

    samples: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    conflicts = deadlocks = 0
    examples: list[str] = []

    def timed(name: str, action: Any) -> Any:
        nonlocal conflicts, deadlocks
        started = time.perf_counter()
        try:
            result = action()
        except (ConflictError, StaleDataError):
            conflicts += 1
            samples[name].append(time.perf_counter() - started)
            return None
        except DBAPIError as error:
            if "deadlock" in str(error).lower():
                deadlocks += 1
            errors[f"{name}:{type(error.orig).__name__}"] += 1
            if len(examples) < 3:
                examples.append(traceback.format_exc(limit=3))
            return None
        except Exception as error:
            errors[f"{name}:{type(error).__name__}"] += 1
            if len(examples) < 3:
                examples.append(traceback.format_exc(limit=5))
            return None
        samples[name].append(time.perf_counter() - started)
        return result

    # A counter that has been working: its program has looked someone up, opened a
    # complaint and shown its lists before (as the dashboard process has read once), so
    # the timed run is not the first compile of every statement in nine processes at once.
    with db.read() as session:
        lookup.find_clients(session, typed[0][:2], 20)
        complaints.load_complaint(session, hot[index % len(hot)])
        complaints.complaint_history(session, hot[index % len(hot)], limit=100)
    while time.time() < start_at:
        time.sleep(0.01)
    # People do not all press their first key in the same millisecond.
    time.sleep(rng.uniform(0, TASK_PAUSE[1]))
    end = start_at + seconds
    while time.time() < end:
        task = rng.choices(("lookup", "call", "complaint", "edit", "list"), weights=(4, 3, 1, 2, 2))[0]
        if task == "lookup":
            text = rng.choice(typed)
            for length in range(1, len(text) + 1):

                def find(prefix: str = text[:length]) -> None:
                    with db.read() as session:
                        lookup.find_clients(session, prefix, 20)

                timed("lookup", find)
                time.sleep(TYPING_PAUSE)
        elif task == "call":

            def call() -> None:
                with db.begin(staff_id) as session:
                    worklog.record_entry(
                        session,
                        channel=Channel.CALL,
                        category=Category.ENQUIRY,
                        content="咨询物业费缴纳方式及发票开具时间。",
                        client_id=rng.choice(clients),
                    )

            timed("log_call", call)
        elif task == "complaint":

            def register() -> None:
                with db.begin(staff_id) as session:
                    worklog.record_entry(
                        session,
                        channel=Channel.VISIT,
                        category=Category.COMPLAINT,
                        content="楼上住户夜间装修噪音，影响休息，要求物业出面制止。",
                        client_id=rng.choice(clients),
                    )

            timed("new_complaint", register)
        elif task == "edit":
            complaint_id = rng.choice(hot)

            def open_sheet(complaint_id: int = complaint_id) -> Any:
                with db.read() as session:
                    sheet = complaints.load_complaint(session, complaint_id)
                    complaints.complaint_history(session, complaint_id, limit=100)
                    return sheet

            sheet = timed("open_complaint", open_sheet)
            time.sleep(rng.uniform(0.3, 1.5))  # the person reads and types
            if sheet is not None:

                def save(sheet: Any = sheet) -> None:
                    with db.begin(staff_id) as session:
                        complaints.update_details(
                            session,
                            sheet.id,
                            received_at=sheet.received_at,
                            channel=sheet.channel,
                            description=f"{sheet.description[:200]}（第 {index} 台补充）",
                            client_id=sheet.client_id,
                            room_id=sheet.room_id,
                            anonymous=sheet.anonymous,
                            sensitive=sheet.sensitive,
                            business_line=sheet.business_line,
                            web_thread_url=sheet.web_thread_url,
                            expected_version=sheet.version,
                        )

                timed("save_complaint", save)
        else:
            key = rng.choice(LISTS)
            timed(f"list:{key}", views[key].apply_conditions)
        time.sleep(rng.uniform(*TASK_PAUSE))
    db.dispose()
    out.put(
        {
            "counter": index,
            "samples": dict(samples),
            "errors": dict(errors),
            "conflicts": conflicts,
            "deadlocks": deadlocks,
            "examples": examples,
        }
    )


def dashboard_refresher(url: str, seconds: float, start_at: float, out: Any) -> None:
    from desk_app.clock import FixedClock
    from desk_app.models.database import Database
    from desk_app.services import dashboard

    db = Database(url, clock=FixedClock(NOW))
    samples: list[float] = []
    errors: dict[str, int] = defaultdict(int)
    with db.read() as session:  # a running dashboard has read once already (cold caches)
        dashboard.collect(session, NOW)
    while time.time() < start_at:
        time.sleep(0.01)
    next_at = start_at
    while next_at < start_at + seconds:
        while time.time() < next_at:
            time.sleep(0.05)
        started = time.perf_counter()
        try:
            with db.read() as session:
                dashboard.collect(session, NOW)
            samples.append(time.perf_counter() - started)
        except Exception as error:
            errors[f"dashboard:{type(error).__name__}"] += 1
        next_at += 30
    db.dispose()
    out.put({"counter": "dashboard", "samples": {"dashboard": samples}, "errors": dict(errors)})


def hot_complaints(url: str) -> list[int]:
    from sqlalchemy import select

    from desk_app.models import Complaint
    from desk_app.models.database import Database
    from desk_app.models.enums import ComplaintStatus

    db = Database(url)
    try:
        with db.read() as session:
            return list(
                session.scalars(
                    select(Complaint.id)
                    .where(Complaint.status != ComplaintStatus.CLOSED, Complaint.voided_at.is_(None))
                    .order_by(Complaint.id.desc())
                    .limit(HOT_COMPLAINTS)
                )
            )
    finally:
        db.dispose()


def numbering_check(url: str, since_ids: dict[str, int]) -> dict[str, Any]:
    """The numbers given during the run: each table's numbers of the month, unique and
    without a gap (1..n for each prefix and month present in the run)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    report: dict[str, Any] = {}
    try:
        with engine.connect() as connection:
            for table, first_id in since_ids.items():
                new = [
                    str(n)
                    for n in connection.execute(
                        text(f'SELECT number FROM "{table}" WHERE id > :first AND number IS NOT NULL'),
                        {"first": first_id},
                    ).scalars()
                ]
                series = {n.rsplit("-", 1)[0] for n in new}
                duplicates = gaps = 0
                for prefix in series:
                    numbers = [
                        int(str(n).rsplit("-", 1)[1])
                        for n in connection.execute(
                            text(f'SELECT number FROM "{table}" WHERE number LIKE :p'), {"p": f"{prefix}-%"}
                        ).scalars()
                    ]
                    duplicates += len(numbers) - len(set(numbers))
                    gaps += max(numbers) - len(set(numbers))
                report[table] = {"new": len(new), "duplicates": duplicates, "gaps": gaps}
    finally:
        engine.dispose()
    return report


def max_ids(url: str, tables: tuple[str, ...]) -> dict[str, int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table: int(
                    connection.execute(text(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"')).scalar_one()
                )
                for table in tables
            }
    finally:
        engine.dispose()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * (len(ordered) - 1) + 0.5))]


def run(
    seconds: float, counters: int, keep: bool, sqlite_path: Path | None = None, existing: str | None = None
) -> dict[str, Any]:
    """``existing``: a database loaded before (``--keep``), used as it is."""
    name = existing or f"desk_bench_{os.getpid()}"
    sqlite_path = sqlite_path or dataset_path(SPEC)
    started = time.perf_counter()
    if existing is None:
        log(f"  loading {sqlite_path.name} into PostgreSQL database {name} …")
        counts = load_dataset(sqlite_path, name)
        log(f"  loaded {sum(counts.values()):,} rows in {time.perf_counter() - started:.0f} s")
    load_seconds = time.perf_counter() - started
    url = _url(name)
    try:
        hot = hot_complaints(url)
        numbered = ("worklog_entry", "complaint", "dispatch_slip")
        before = max_ids(url, numbered)
        spawn = multiprocessing.get_context("spawn")
        queue = spawn.Queue()
        start_at = time.time() + 15 + 3 * counters  # every process imported and ready
        processes = [
            spawn.Process(target=counter, args=(i, url, seconds, start_at, hot, queue))
            for i in range(counters)
        ]
        processes.append(spawn.Process(target=dashboard_refresher, args=(url, seconds, start_at, queue)))
        for process in processes:
            process.start()
        reports = [queue.get(timeout=seconds + 600) for _ in processes]
        for process in processes:
            process.join(timeout=60)
        numbering = numbering_check(url, before)
    finally:
        if not keep:
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    merged: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    conflicts = deadlocks = 0
    examples: list[str] = []
    for report in reports:
        for key, values in report["samples"].items():
            merged[key].extend(values)
        for key, value in report["errors"].items():
            errors[key] += value
        conflicts += report.get("conflicts", 0)
        deadlocks += report.get("deadlocks", 0)
        examples += report.get("examples", [])
    operations = {
        key: {
            "count": len(values),
            "p50_ms": round(statistics.median(values) * 1000, 1),
            "p95_ms": round(percentile(values, 0.95) * 1000, 1),
            "max_ms": round(max(values) * 1000, 1),
        }
        for key, values in sorted(merged.items())
        if values
    }
    saves = [v for key in SAVES for v in merged.get(key, [])]
    summary = {
        "seconds": seconds,
        "counters": counters,
        "load_seconds": round(load_seconds, 1),
        "operations": operations,
        "p95_lookup_ms": operations.get("lookup", {}).get("p95_ms"),
        "p95_save_ms": round(percentile(saves, 0.95) * 1000, 1) if saves else None,
        "dashboard_max_ms": operations.get("dashboard", {}).get("max_ms"),
        "dashboard_samples_ms": [round(value * 1000, 1) for value in merged.get("dashboard", [])],
        "errors": dict(errors),
        "conflicts": conflicts,
        "deadlocks": deadlocks,
        "numbering": numbering,
        "error_examples": examples[:3],
    }
    numbers_ok = all(v["duplicates"] == 0 and v["gaps"] == 0 for v in numbering.values())
    summary["met"] = {
        "lookup": summary["p95_lookup_ms"] is not None and summary["p95_lookup_ms"] <= TARGETS_MS["lookup"],
        "save": summary["p95_save_ms"] is not None and summary["p95_save_ms"] <= TARGETS_MS["save"],
        "dashboard": summary["dashboard_max_ms"] is not None
        and summary["dashboard_max_ms"] <= TARGETS_MS["dashboard"],
        "no_errors": not errors and deadlocks == 0,
        "numbers": numbers_ok,
    }
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--counters", type=int, default=8)
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    parser.add_argument("--existing", metavar="NAME", help="a database kept by --keep, used as it is")
    args = parser.parse_args(argv)
    if not server_available():
        return 1
    summary = run(args.seconds, args.counters, args.keep or bool(args.existing), existing=args.existing)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0 if all(summary["met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
