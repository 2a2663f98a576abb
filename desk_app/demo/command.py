"""``desk-app demo``: open the database, generate, show progress, print the summary."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from tqdm import tqdm

from desk_app.bootstrap import open_database
from desk_app.demo.generator import DemoRefusedError, generate_demo
from desk_app.messages import msg
from desk_app.models.database import DatabaseUrlError
from desk_app.models.schema import SchemaError

EXIT_OK = 0
EXIT_REFUSED = 2


class _ProgressBars:
    """One tqdm bar per stage, on stderr."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.stage: str | None = None
        self.bar: tqdm[Any] | None = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            self.bar = tqdm(total=total, desc=stage, file=self.stream, leave=True, dynamic_ncols=True)
        bar = self.bar
        assert bar is not None
        if bar.total != total:
            bar.total = total
        bar.update(done - bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def run_demo_command(
    url: str | None,
    *,
    clients: int = 2000,
    months: int = 12,
    seed: int = 1,
    entries: int | None = None,
    quiet: bool = False,
) -> int:
    """Fill the database at ``url`` (or the configured one) with a demo community.

    Returns 0 on success, 2 when the database cannot be used or is not empty
    (nothing is changed then).
    """
    try:
        db, _ = open_database(url)
    except (DatabaseUrlError, SchemaError) as exc:
        print(msg("错误：{exc}", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    bars = _ProgressBars(sys.stderr)
    try:
        summary = generate_demo(
            db,
            clients=clients,
            months=months,
            seed=seed,
            entries=entries,
            progress=None if quiet else bars,
        )
    except DemoRefusedError as exc:
        bars.close()
        print(msg("错误：{exc}", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        bars.close()
        db.dispose()
    print(summary.describe())
    return EXIT_OK
