"""Time every printout of a record with a 10 000-character field (issue 16: the slowest
under 1 s). Not part of the unit tests; ``make bench`` runs it.

    .venv/bin/python bench/bench_print_edge.py [--runs 3] [--profile KIND]

A small demo community (30 clients, fixed seed and date) in a temporary SQLite file;
its records of each kind get one field pasted full — 10 000 characters, clients named
王䶮 and 𠮷 (``desk_app.demo.printouts.make_edge_records``; the complaints also get 500
progress lines, the dispute 300 steps). Each edge printout is rendered ``--runs`` times
after one warm-up (fonts loaded, as at a counter that has printed before); the median
of each is printed, and the slowest against the budget. Exits 1 when over it.
``--profile KIND`` prints a cProfile of one rendering of that kind instead.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.demo.generator import generate_demo
from desk_app.demo.printouts import Job, demo_jobs, ensure_major_complaint, make_edge_records, render_job

BUDGET_SECONDS = 1.0
NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", metavar="KIND", help="profile one rendering of this kind")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(f"sqlite:///{Path(folder) / 'edge.sqlite3'}", clock=FixedClock(NOW))
        generate_demo(db, clients=30, months=3, seed=3, now=NOW)
        with db.begin() as session:
            ensure_major_complaint(session)
        with db.read() as session:
            jobs = demo_jobs(session)
        with db.begin() as session:
            edge: list[Job] = make_edge_records(session, jobs)
        try:
            with db.read() as session:
                if args.profile:
                    job = next(job for job in edge if job.kind == args.profile)
                    render_job(session, job)
                    profile = cProfile.Profile()
                    profile.runcall(render_job, session, job)
                    pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
                    return 0
                timings: dict[str, float] = {}
                for job in edge:
                    render_job(session, job)  # warm-up
                    samples = []
                    for _ in range(args.runs):
                        started = time.perf_counter()
                        render_job(session, job)
                        samples.append(time.perf_counter() - started)
                    timings[job.name] = statistics.median(samples)
                    print(f"{job.name:<24} {timings[job.name] * 1000:8.0f} ms", flush=True)
        finally:
            db.dispose()
    slowest = max(timings, key=timings.__getitem__)
    seconds = timings[slowest]
    verdict = "ok" if seconds <= BUDGET_SECONDS else "OVER BUDGET"
    print(f"slowest: {slowest} {seconds:.2f} s (budget {BUDGET_SECONDS:g} s) {verdict}")
    return 0 if seconds <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
