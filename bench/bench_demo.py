"""Time ``generate_demo`` at 50 000 clients (one million work-log entries) on a
temporary SQLite file. Not part of the unit tests.

    .venv/bin/python bench/bench_demo.py [--clients 50000] [--months 12] [--seed 1]

Prints the wall-clock seconds (the budget is 180 s on the 2-core reference machine),
the CPU seconds of this process (less sensitive to other load on the machine), the
time per stage and the rows written. Exits 1 when over budget.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from desk_app.bootstrap import open_database
from desk_app.demo import generate_demo

BUDGET_SECONDS = 180.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # fixed: the same data every run
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as folder:
        path = Path(folder) / "demo.sqlite3"
        db, _ = open_database(f"sqlite:///{path}")
        stages: list[tuple[str, float]] = []

        def progress(stage: str, done: int, total: int) -> None:
            if not stages or stages[-1][0] != stage:
                stages.append((stage, time.perf_counter()))

        cpu_start = os.times()
        wall_start = time.perf_counter()
        try:
            summary = generate_demo(
                db, clients=args.clients, months=args.months, seed=args.seed, now=now, progress=progress
            )
        finally:
            db.dispose()
        wall = time.perf_counter() - wall_start
        cpu_end = os.times()
        size_mb = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1e6

    cpu = (cpu_end.user - cpu_start.user) + (cpu_end.system - cpu_start.system)
    print(f"generate_demo: {args.clients} clients, {args.months} months, seed {args.seed}")
    marks = [*stages, ("end", wall_start + wall)]
    for (stage, start), (_, end) in itertools.pairwise(marks):
        print(f"  {stage:<12} {end - start:7.1f} s")
    rows = sum(summary.counts().values())
    print(
        f"  rows written  {rows:,} ({summary.worklog_entry:,} work-log entries,"
        f" {summary.complaint:,} complaints)"
    )
    print(f"  database      {size_mb:,.0f} MB")
    print(f"  cpu time      {cpu:7.1f} s (this process, all threads)")
    print(f"seconds: {wall:.1f}")
    if wall > BUDGET_SECONDS:
        print(f"OVER BUDGET ({BUDGET_SECONDS:.0f} s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
