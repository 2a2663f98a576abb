"""The ten-year benchmark dataset: generated once into ``bench/data/`` and reused.

50 000 clients, 120 months, 1 000 000 work-log entries of which a fifth are complaints
(about 200 000, with their progress, callbacks and status changes), seed 1 and a fixed
``now``: the same rows on every machine. A sidecar JSON file records the parameters;
a file made with other parameters (or a half-written one) is made again.

    .venv/bin/python bench/dataset.py            # make it unless it is already there
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
#: The instant the dataset is generated "at"; the benchmarks run their clocks here too.
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class DatasetSpec:
    clients: int = 50_000
    months: int = 120
    entries: int = 1_000_000
    complaint_share: float = 0.2
    seed: int = 1
    now: str = NOW.isoformat()


SPEC = DatasetSpec()


def dataset_path(spec: DatasetSpec = SPEC) -> Path:
    if spec == SPEC:
        return DATA_DIR / f"ten_years_{spec.clients}_{spec.entries}_s{spec.seed}.sqlite3"
    # the other sizes of the growth figures (bench/growth.py)
    return DATA_DIR / f"months_{spec.months}_{spec.clients}_{spec.entries}_s{spec.seed}.sqlite3"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def ensure_dataset(spec: DatasetSpec = SPEC, *, log: bool = True) -> Path:
    """Return the dataset's path, generating it first when missing or stale."""
    path = dataset_path(spec)
    sidecar = _sidecar(path)
    if path.exists() and sidecar.exists():
        try:
            recorded = json.loads(sidecar.read_text(encoding="utf-8"))
        except ValueError:
            recorded = {}
        if recorded.get("spec") == asdict(spec):
            return path
    from desk_app.bootstrap import open_database  # deferred: reuse needs no imports
    from desk_app.demo import generate_demo

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for stale in (partial, path, sidecar, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    if log:
        print(f"generating the benchmark dataset into {path} (a few minutes, once)", flush=True)
    started = time.perf_counter()
    db, _ = open_database(f"sqlite:///{partial}")
    try:
        last_stage = [""]

        def progress(stage: str, done: int, total: int) -> None:
            if log and stage != last_stage[0]:
                last_stage[0] = stage
                print(f"  {time.perf_counter() - started:6.0f} s  {stage}", flush=True)

        summary = generate_demo(
            db,
            clients=spec.clients,
            months=spec.months,
            entries=spec.entries,
            seed=spec.seed,
            now=datetime.fromisoformat(spec.now),
            complaint_share=spec.complaint_share,
            progress=progress,
        )
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")  # the planner's statistics, as after a day's use
    finally:
        db.dispose()
    partial.replace(path)
    seconds = time.perf_counter() - started
    sidecar.write_text(
        json.dumps(
            {"spec": asdict(spec), "counts": summary.counts(), "seconds": round(seconds, 1)}, indent=1
        ),
        encoding="utf-8",
    )
    if log:
        print(
            f"  done in {seconds:.0f} s: {summary.worklog_entry:,} entries, {summary.complaint:,} complaints"
        )
    return path


def dataset_counts(spec: DatasetSpec = SPEC) -> dict[str, int]:
    """Rows per table as recorded when the dataset was generated."""
    recorded = json.loads(_sidecar(dataset_path(spec)).read_text(encoding="utf-8"))
    return {str(key): int(value) for key, value in recorded["counts"].items()}


if __name__ == "__main__":
    print(ensure_dataset())
    sys.exit(0)
