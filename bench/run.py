"""The benchmarks on ten years of data (``make bench``). Not part of the unit tests.

    .venv/bin/python bench/run.py [--only NAME ...] [--quick] [--no-write]

1. Makes the dataset once (``bench/dataset.py``: 50 000 clients, 1 000 000 work-log
   entries, ~200 000 complaints; reused afterwards) and upgrades it to the current
   schema; every run works on a fresh copy, so saves and housekeeping never pile up.
2. Times each case as the median of repeated runs (see ``CASES`` for the targets).
3. Writes ``bench/results.json`` and the table in ``docs/performance.md``; exits 1 when
   a target is missed.

SQLite is the reference back end. The clock stands at the dataset's ``now``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import bench_processes  # noqa: E402
import growth  # noqa: E402
from dataset import NOW, SPEC, dataset_counts, ensure_dataset  # noqa: E402
from floor import chart_start, floor_queries, run_floor  # noqa: E402
from timing import Result, median_ms, time_runs  # noqa: E402

ROOT = BENCH.parent
RESULTS = BENCH / "results.json"
DOC = ROOT / "docs" / "performance.md"
GROWTH_PNG = ROOT / "docs" / "performance-growth.png"
POSTGRES_JSON = BENCH / "results-postgres.json"
WORK_COPY = BENCH / "data" / "work.sqlite3"

#: name -> target (ms; MB for memory). Lists get one entry per list: "list:<page>".
TARGETS: dict[str, float] = {
    "cold_start": 1000,
    "lookup_keystroke": 30,
    "list_first_page": 100,
    "dashboard_collect": 150,
    "dashboard_floor": 0,  # no target of its own: the ratio has one
    "complaint_save": 50,
    "rectification_notice_pdf": 30,
    "reminder_slips_500": 5000,
    "monthly_analysis_report": 2000,
    "memory_all_lists": 250,
}
DASHBOARD_RATIO_TARGET = 3.0


def log(text: str) -> None:
    print(text, flush=True)


# -- the database ---------------------------------------------------------------------------


def upgrade_dataset(path: Path) -> None:
    """Bring the dataset to the current schema, in place, without the backup copy the
    program makes (the generator can make the dataset again).

    Foreign keys are off for the upgrade, as Alembic's batch mode needs on SQLite (it
    re-creates a table to alter it; with enforcement on, dropping ``staff`` fails once
    other tables refer to it)."""
    from alembic import command

    from desk_app.models.database import Database
    from desk_app.models.schema import alembic_config, current_revision, head_revision

    db = Database(f"sqlite:///{path}")
    try:
        before = current_revision(db.engine)
        if before == head_revision():
            return
        with db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction, or it is ignored
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            raw.execute("PRAGMA foreign_keys=ON")
        log(f"dataset upgraded {before} -> {head_revision()}")
    finally:
        db.dispose()


def prepare_database() -> Path:
    """The dataset at the current schema, copied to ``WORK_COPY``."""
    master = ensure_dataset(SPEC)
    upgrade_dataset(master)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{WORK_COPY}{suffix}").unlink(missing_ok=True)
    # the program's daily backups of the work copy (start-up) are not worth keeping
    shutil.rmtree(WORK_COPY.parent / "backups", ignore_errors=True)
    shutil.copyfile(master, WORK_COPY)
    return WORK_COPY


# -- the cases ------------------------------------------------------------------------------


def daily_backup(url: str) -> float:
    """Make today's backup of the work copy, as the first start of the day does on its
    worker thread; the seconds it took. Without it every timed start would begin that
    1.2 GB copy and be cut off at "shown", so each start would compete with a backup
    that a counter PC makes once a day."""
    from desk_app.clock import FixedClock
    from desk_app.models.database import Database
    from desk_app.services.backup import backup_if_due

    db = Database(url, clock=FixedClock(NOW))
    try:
        started = time.perf_counter()
        backup_if_due(db)
        seconds = time.perf_counter() - started
        os.sync()  # the copy and the backup leave 2.4 GB to write out: not during the timing
        return seconds
    finally:
        db.dispose()


def bench_cold_start(url: str, runs: int) -> Result:
    backup_seconds = daily_backup(url)
    log(f"  (today's backup made first: {backup_seconds:.1f} s)")
    samples: list[float] = []
    child = [sys.executable, str(BENCH / "gui_child.py"), "start", url, NOW.isoformat()]
    for _ in range(runs + 1):  # the first run warms the OS file cache; not counted
        started = time.perf_counter()
        process = subprocess.Popen(child, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        elapsed = time.perf_counter() - started
        process.wait(timeout=120)
        if line != "shown" or process.returncode != 0:
            raise RuntimeError(f"cold start child failed ({process.returncode}): {line!r}")
        samples.append(elapsed)
        log(f"    start {len(samples)}: {elapsed * 1000:.0f} ms")
    samples = samples[1:]
    return Result(
        "cold_start",
        median_ms(samples),
        TARGETS["cold_start"],
        runs,
        extra={"daily_backup_ms": round(backup_seconds * 1000)},
    )


def lookup_inputs(db: Any) -> list[str]:
    """What people type: a room code, a phone number, a name, pinyin initials."""
    from sqlalchemy import select

    from desk_app.models import Client, ClientPhone, Room

    with db.read() as session:
        room = session.scalar(select(Room.code).order_by(Room.id).offset(777).limit(1))
        phone = session.scalar(select(ClientPhone.phone).order_by(ClientPhone.id).offset(4321).limit(1))
        client = session.execute(
            select(Client.name, Client.name_initials).order_by(Client.id).offset(12345).limit(1)
        ).one()
    return [str(room), str(phone)[:7], str(client[0]), str(client[1])]


def bench_lookup(db: Any, runs: int) -> Result:
    from desk_app.services.lookup import find_clients

    samples: list[float] = []
    per_input: dict[str, float] = {}
    for text in lookup_inputs(db):
        typed: list[float] = []
        for length in range(1, len(text) + 1):
            prefix = text[:length]

            def look(prefix: str = prefix) -> None:
                with db.read() as session:
                    find_clients(session, prefix, 20)

            typed.extend(time_runs(look, runs))
        per_input[text] = round(median_ms(typed), 2)
        samples.extend(typed)
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))] * 1000
    return Result(
        "lookup_keystroke",
        median_ms(samples),
        TARGETS["lookup_keystroke"],
        len(samples),
        extra={"p95_ms": round(p95, 2), "max_ms": round(ordered[-1] * 1000, 2), "per_input": per_input},
    )


def bench_lists(db: Any, runs: int) -> list[Result]:
    """The first page (count + first page of rows) of every list with its default filters."""
    import importlib

    from desk_app.ui.app import ensure_application
    from desk_app.ui.desk_context import DeskContext
    from desk_app.ui.pages import PAGE_CLASSES
    from desk_app.ui.record_list import RecordListView

    ensure_application()
    context = DeskContext(db)
    results: list[Result] = []
    for key, target in PAGE_CLASSES.items():
        module_name, _, class_name = target.partition(":")
        try:
            page = getattr(importlib.import_module(module_name), class_name)(context)
        except Exception as error:  # a screen being edited must not stop the other figures
            log(f"  list:{key} not measured: {type(error).__name__}: {error}")
            continue
        views = page.findChildren(RecordListView)
        for index, view in enumerate(views):
            name = f"list:{key}" if len(views) == 1 else f"list:{key}:{index + 1}"
            samples = time_runs(view.apply_conditions, runs)
            results.append(
                Result(
                    name,
                    median_ms(samples),
                    TARGETS["list_first_page"],
                    runs,
                    extra={"rows": view.model.total, "loaded": view.model.loaded_count()},
                )
            )
        page.deleteLater()
    return results


def bench_dashboard(db: Any, runs: int) -> list[Result]:
    from datetime import time as day_time

    from desk_app.services import dashboard

    def collect() -> None:
        with db.read() as session:
            dashboard.collect(session, NOW)

    collect_ms = median_ms(time_runs(collect, runs))
    zone = db.zone
    local = NOW.astimezone(zone)
    day_start = datetime.combine(local.date(), day_time(0), tzinfo=zone)
    queries = floor_queries(NOW, day_start, day_start + timedelta(days=1), chart_start(day_start))
    raw = db.engine.raw_connection()
    try:
        floor_ms = median_ms(time_runs(lambda: run_floor(raw, queries), runs))
    finally:
        raw.close()
    ratio = collect_ms / floor_ms if floor_ms else float("inf")
    return [
        Result(
            "dashboard_collect",
            collect_ms,
            TARGETS["dashboard_collect"],
            runs,
            extra={
                "floor_ms": round(floor_ms, 2),
                "ratio": round(ratio, 2),
                "ratio_target": DASHBOARD_RATIO_TARGET,
            },
        ),
        Result("dashboard_floor", floor_ms, None, runs),
    ]


def bench_complaint_save(db: Any, runs: int) -> Result:
    from sqlalchemy import select

    from desk_app.models import Client, Staff
    from desk_app.models.enums import Category, Channel
    from desk_app.services import worklog

    with db.read() as session:
        staff_id = session.scalar(select(Staff.id).where(Staff.active.is_(True)).order_by(Staff.id).limit(1))
        client_ids = list(session.scalars(select(Client.id).order_by(Client.id).limit(runs + 5)))
    clients = iter(client_ids * 2)

    def save() -> None:
        with db.begin(staff_id) as session:
            worklog.record_entry(
                session,
                channel=Channel.VISIT,
                category=Category.COMPLAINT,
                content="楼上住户夜间装修噪音，影响休息，要求物业出面制止。",
                client_id=next(clients),
            )

    return Result("complaint_save", median_ms(time_runs(save, runs)), TARGETS["complaint_save"], runs)


def bench_notice(db: Any, runs: int) -> Result:
    from sqlalchemy import select

    from desk_app.models import RectificationNotice
    from desk_app.printing.rectification_notice import render_notice_from

    with db.read() as session:
        notice_id = session.scalar(
            select(RectificationNotice.id)
            .where(RectificationNotice.voided_at.is_(None))
            .order_by(RectificationNotice.id.desc())
            .limit(1)
        )

    def render() -> None:
        with db.read() as session:
            render_notice_from(session, int(notice_id or 0), db.zone)

    # no warm-up: the first notice of a session pays for the fonts, as at the counter
    samples = time_runs(render, runs, warmup=0)
    return Result(
        "rectification_notice_pdf",
        median_ms(samples),
        TARGETS["rectification_notice_pdf"],
        runs,
        extra={"first_ms": round(samples[0] * 1000, 2)},
    )


def bench_slips(db: Any, runs: int) -> Result:
    from sqlalchemy import exists, select

    from desk_app.models import ReminderCase
    from desk_app.models.notices import ReminderSlip
    from desk_app.printing.reminder_slips import render_reminder_slips

    posted = exists().where(ReminderSlip.case_id == ReminderCase.id)
    with db.read() as session:  # cases with a slip posted (the batch reprints their latest)
        live = list(
            session.scalars(
                select(ReminderCase.id)
                .where(ReminderCase.voided_at.is_(None), posted)
                .order_by(ReminderCase.id)
            )
        )
    case_ids = (live * (500 // max(len(live), 1) + 1))[:500]

    def render() -> None:
        with db.read() as session:
            render_reminder_slips(session, case_ids)

    return Result(
        "reminder_slips_500",
        median_ms(time_runs(render, runs)),
        TARGETS["reminder_slips_500"],
        runs,
        extra={"distinct_cases": len(set(case_ids))},
    )


def bench_report(db: Any, runs: int) -> Result:
    from desk_app.models.enums import ReportKind
    from desk_app.reports.command import render

    local = NOW.astimezone(db.zone).date().replace(day=1)
    month = (local - timedelta(days=1)).replace(day=1)
    samples = time_runs(lambda: render(db, ReportKind.COMPLAINT_ANALYSIS, month, ".pdf"), runs)
    return Result(
        "monthly_analysis_report",
        median_ms(samples),
        TARGETS["monthly_analysis_report"],
        runs,
        extra={"month": f"{month:%Y-%m}"},
    )


def bench_memory(url: str, runs: int) -> Result:
    samples: list[float] = []
    started: list[float] = []  # the window just shown, before any list is opened
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, str(BENCH / "gui_child.py"), "memory", url, NOW.isoformat()],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        ).stdout
        figures = dict(line.split() for line in output.splitlines() if line.startswith("rss_"))
        samples.append(float(figures["rss_mb"]))
        started.append(float(figures["rss_start_mb"]))
    return Result(
        "memory_all_lists",
        statistics.median(samples),
        TARGETS["memory_all_lists"],
        runs,
        unit="MB",
        extra={"window_only_mb": round(statistics.median(started), 1)},
    )


def bench_postgres_case(seconds: float) -> list[Result]:
    """Eight counters and the dashboard on PostgreSQL (``bench_postgres.py``); skipped,
    and said so, when no server answers at ``BENCH_PG_URL``."""
    import bench_postgres

    if not bench_postgres.server_available():
        return []
    summary = bench_postgres.run(seconds, 8, keep=False)
    POSTGRES_JSON.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    met = summary["met"]
    operations = summary["operations"]
    results = [
        Result(
            f"pg8:{name}",
            figures["p50_ms"],
            None,
            figures["count"],
            extra={"p95_ms": figures["p95_ms"], "max_ms": figures["max_ms"]},
        )
        for name, figures in operations.items()
    ]
    results += [
        Result("pg8:p95_lookup", summary["p95_lookup_ms"] or 0.0, bench_postgres.TARGETS_MS["lookup"], 1),
        Result("pg8:p95_save", summary["p95_save_ms"] or 0.0, bench_postgres.TARGETS_MS["save"], 1),
        Result(
            "pg8:dashboard_max", summary["dashboard_max_ms"] or 0.0, bench_postgres.TARGETS_MS["dashboard"], 1
        ),
        Result(
            "pg8:errors_deadlocks_bad_numbers",
            float(
                sum(summary["errors"].values())
                + summary["deadlocks"]
                + sum(v["duplicates"] + v["gaps"] for v in summary["numbering"].values())
            ),
            0.0,
            1,
            unit="",
            extra={
                "errors": summary["errors"],
                "conflicts": summary["conflicts"],
                "deadlocks": summary["deadlocks"],
                "numbering": summary["numbering"],
                "numbers_ok": met["numbers"],
            },
        ),
    ]
    return results


def bench_growth(rounds: int, chart_path: Path | None = GROWTH_PNG) -> tuple[list[Result], dict[str, Any]]:
    """Lookup, every list, dashboard and complaint save on each data size, round after
    round (``growth.py``); the 10-year figure against the 1-year one (target ≤ 1.5×).
    The chart goes to ``chart_path`` (None: no chart, as ``--no-write`` wants)."""
    from desk_app.bootstrap import open_database
    from desk_app.clock import FixedClock

    sizes = growth.years_wanted()
    databases: dict[int, Any] = {}
    for years in sizes:
        master = ensure_dataset(growth.SIZES[years])
        upgrade_dataset(master)
        copy = growth.work_copy(master, years)
        databases[years], _ = open_database(f"sqlite:///{copy}", clock=FixedClock(NOW))
    samples: dict[str, dict[int, list[float]]] = {}

    def keep(name: str, years: int, value: float) -> None:
        samples.setdefault(name, {}).setdefault(years, []).append(value)

    try:
        for round_number in range(rounds):
            for years in sizes:
                db = databases[years]
                keep("lookup_keystroke", years, bench_lookup(db, 1).median_ms)
                # A list opens in 1–5 ms: two runs a round let one hiccup of the shared
                # machine move a median by 40 % (the standard replies, the same on both
                # sizes, came out 1.39×); seven do not.
                for result in bench_lists(db, 7):
                    keep(result.name, years, result.median_ms)
                keep("dashboard_collect", years, bench_dashboard(db, 5)[0].median_ms)
                keep("complaint_save", years, bench_complaint_save(db, 5).median_ms)
            log(f"    round {round_number + 1} of {rounds} done")
    finally:
        for db in databases.values():
            db.dispose()
    table = growth.compare(samples, statistics.median)
    results = []
    for name, row in table.items():
        ratio = row.get("ratio_10y_1y")
        results.append(
            Result(
                f"growth:{name}",
                row.get("10y_ms", 0.0),
                None,
                rounds,
                extra={**row, "ratio": ratio},
                ratio_target=growth.GROWTH_TARGET,
            )
        )
    lists = [name for name in table if name.startswith("list:")]
    chart: dict[str, dict[int, float]] = {
        name: {years: statistics.median(values) for years, values in samples[name].items()}
        for name in ("lookup_keystroke", "dashboard_collect", "complaint_save")
        if name in samples
    }
    if lists:
        chart["lists (median of all)"] = {
            years: statistics.median(statistics.median(samples[name][years]) for name in lists)
            for years in sizes
        }
        chart["lists (slowest)"] = {
            years: max(statistics.median(samples[name][years]) for name in lists) for years in sizes
        }
    if chart_path is not None:
        growth.plot(chart, chart_path, "Median time per figure against the years of data (SQLite)")
    return results, {"sizes": sizes, "table": table}


# -- reporting --------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            kib = int(next(line for line in info if line.startswith("MemTotal")).split()[1])
            memory = f", {kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        pass
    import sqlite3

    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def write_results(results: list[Result]) -> None:
    merged: dict[str, Any] = {}
    if RESULTS.exists():
        try:
            merged = json.loads(RESULTS.read_text(encoding="utf-8"))
        except ValueError:
            merged = {}
    merged.update({result.name: result.as_json() for result in results})
    RESULTS.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def table(results: list[Result]) -> str:
    lines = [
        "| Measure | Median | Target | Ratio to floor | Ratio target | Runs | Met |",
        "|---|---:|---:|---:|---:|---:|:-:|",
    ]
    for result in results:
        unit = result.unit
        target = "—" if result.target_ms is None else f"{result.target_ms:g} {unit}"
        ratio = f"{result.extra['ratio']:.2f}×" if "ratio" in result.extra else "—"
        ratio_target = "—" if result.ratio_target is None else f"≤ {result.ratio_target:g}×"
        lines.append(
            f"| {result.name} | {result.median_ms:,.1f} {unit} | {target} | {ratio} | {ratio_target} |"
            f" {result.runs} | {'yes' if result.passed else '**no**'} |"
        )
    return "\n".join(lines)


MARK_START = "<!-- bench:results:start -->"
MARK_END = "<!-- bench:results:end -->"


def write_doc(results: list[Result], counts: dict[str, int]) -> None:
    dashboard = next((r for r in results if r.name == "dashboard_collect"), None)
    ratio = ""
    if dashboard is not None:
        ratio = (
            f"\nDashboard: `collect` {dashboard.median_ms:.1f} ms against the raw-SQL floor "
            f"{dashboard.extra['floor_ms']:.1f} ms, ratio {dashboard.extra['ratio']:.2f} "
            f"(target ≤ {DASHBOARD_RATIO_TARGET:g}).\n"
        )
    block = (
        f"{MARK_START}\n"
        f"Taken {datetime.now().astimezone():%Y-%m-%d %H:%M %Z} on: {machine()}.\n\n"
        f"Dataset: {counts.get('client', 0):,} clients, {counts.get('worklog_entry', 0):,} work-log "
        f"entries, {counts.get('complaint', 0):,} complaints, "
        f"{counts.get('complaint_progress', 0):,} progress lines, {counts.get('dispatch_slip', 0):,} "
        f"dispatch slips, {counts.get('visitor', 0):,} visitors.\n\n"
        f"{table(results)}\n{ratio}{MARK_END}"
    )
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if MARK_START in text and MARK_END in text:
        head, _, rest = text.partition(MARK_START)
        _, _, tail = rest.partition(MARK_END)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


# -- main ---------------------------------------------------------------------------------------

CASE_NAMES = (
    "startup",
    "print_command",
    "incoming_call",
    "postgres",
    "growth",
    "cold_start",
    "lookup",
    "lists",
    "dashboard",
    "save",
    "notice",
    "slips",
    "report",
    "memory",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", nargs="*", choices=CASE_NAMES, help="run only these cases")
    parser.add_argument("--quick", action="store_true", help="fewer repeats (rougher medians)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave results.json and docs")
    args = parser.parse_args(argv)
    chosen = set(args.only or CASE_NAMES)
    scale = 1 if not args.quick else 0

    path = prepare_database()
    url = f"sqlite:///{path}"
    from desk_app.bootstrap import open_database
    from desk_app.clock import FixedClock

    db, _ = open_database(url, clock=FixedClock(NOW))
    results: list[Result] = []
    now = NOW.isoformat()
    plan: list[tuple[str, Callable[[], Result | list[Result]]]] = [
        ("startup", lambda: bench_processes.bench_startup(url, now, 3 + 2 * scale, log)),
        ("print_command", lambda: bench_processes.bench_print_command(url, 3 + 2 * scale, log)),
        ("incoming_call", lambda: bench_processes.bench_incoming_call(url, now, 5 + 4 * scale, log)),
        ("postgres", lambda: bench_postgres_case(60 if scale else 20)),
        ("growth", lambda: bench_growth(2 + scale, None if args.no_write else GROWTH_PNG)[0]),
        ("cold_start", lambda: bench_cold_start(url, 3 + 2 * scale)),
        ("lookup", lambda: bench_lookup(db, 3 + 2 * scale)),
        ("lists", lambda: bench_lists(db, 3 + 2 * scale)),
        ("dashboard", lambda: bench_dashboard(db, 5 + 4 * scale)),
        ("save", lambda: bench_complaint_save(db, 10 + 10 * scale)),
        ("notice", lambda: bench_notice(db, 5 + 6 * scale)),
        ("slips", lambda: bench_slips(db, 1 + 2 * scale)),
        ("report", lambda: bench_report(db, 1 + 2 * scale)),
        ("memory", lambda: bench_memory(url, 1 + scale)),
    ]
    try:
        for name, run in plan:
            if name not in chosen:
                continue
            log(f"{name} …")
            outcome = run()
            for result in outcome if isinstance(outcome, list) else [outcome]:
                results.append(result)
                flag = "ok" if result.passed else "MISSED"
                target = "" if result.target_ms is None else f" (target {result.target_ms:g})"
                log(f"  {result.name:<32} {result.median_ms:10.1f} {result.unit}{target} {flag}")
    finally:
        db.dispose()
    dashboard = next((r for r in results if r.name == "dashboard_collect"), None)
    ratio_ok = dashboard is None or dashboard.extra["ratio"] <= DASHBOARD_RATIO_TARGET
    if dashboard is not None:
        log(f"  dashboard / floor ratio {dashboard.extra['ratio']:.2f} (target {DASHBOARD_RATIO_TARGET:g})")
    if not args.no_write:
        write_results(results)
        write_doc(results, dataset_counts(SPEC))
    missed = [r.name for r in results if not r.passed] + ([] if ratio_ok else ["dashboard_ratio"])
    if missed:
        log("MISSED: " + ", ".join(missed))
        return 1
    log("every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
