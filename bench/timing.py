"""Timing helpers of the benchmarks: medians of repeated runs, wall clock."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Result:
    name: str
    median_ms: float
    target_ms: float | None
    runs: int
    unit: str = "ms"
    extra: dict[str, Any] = field(default_factory=dict)
    #: Issue 18: a figure measured against a floor has its target on the ratio
    #: (``extra["ratio"]``) instead of, or as well as, on the time.
    ratio_target: float | None = None

    @property
    def passed(self) -> bool:
        if self.ratio_target is not None and self.extra.get("ratio", 0) > self.ratio_target:
            return False
        return self.target_ms is None or self.median_ms <= self.target_ms

    def as_json(self) -> dict[str, Any]:
        if self.unit == "MB":
            data: dict[str, Any] = {"median_mb": round(self.median_ms, 1), "target_mb": self.target_ms}
        else:
            data = {"median_ms": round(self.median_ms, 2), "target_ms": self.target_ms}
        data["runs"] = self.runs
        if self.ratio_target is not None:
            data["ratio_target"] = self.ratio_target
        data.update(self.extra)
        return data


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def time_runs(action: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """Seconds per call of ``action``, ``runs`` times after ``warmup`` untimed calls."""
    for _ in range(warmup):
        action()
    samples: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples
