"""Issue 18, growth: the same figures on one year and on ten years of data (and on
thirty with ``BENCH_YEARS=30``), and the PNG chart of each figure against the data size.

The datasets differ only in their history: the same 50 000 clients, seed and ``now``;
100 000 work-log entries a decade… scaled to the months (1 year: 12 months and 100 000
entries; 10 years: the main dataset; 30 years: 360 months and 3 000 000 entries).
Each figure is taken on every size in turn, round after round, so a burst of load on
the shared machine falls on all sizes alike; the medians are compared.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dataset import SPEC, DatasetSpec

#: years -> dataset (10 is the main one)
SIZES: dict[int, DatasetSpec] = {
    1: DatasetSpec(months=12, entries=100_000),
    10: SPEC,
    30: DatasetSpec(months=360, entries=3_000_000),
}
GROWTH_TARGET = 1.5


def years_wanted() -> list[int]:
    """1 and 10; ``BENCH_YEARS=30`` adds thirty (not part of the default run)."""
    wanted = [1, 10]
    extra = os.environ.get("BENCH_YEARS", "").strip()
    if extra:
        for part in extra.split(","):
            years = int(part)
            if years not in SIZES:
                raise SystemExit(f"BENCH_YEARS: no dataset of {years} years (choose from {sorted(SIZES)})")
            if years not in wanted:
                wanted.append(years)
    return sorted(wanted)


def work_copy(master: Path, years: int) -> Path:
    target = master.parent / f"growth-{years}y.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(master, target)
    return target


def plot(figures: dict[str, dict[int, float]], path: Path, title: str) -> None:
    """A line per figure against the data size (years), drawn with QPainter offscreen
    (matplotlib is not a dependency)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    width, height = 900, 520
    left, right, top, bottom = 70, 250, 50, 60
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    years = sorted({y for values in figures.values() for y in values})
    top_value = max((v for values in figures.values() for v in values.values()), default=1.0) * 1.1
    plot_w, plot_h = width - left - right, height - top - bottom

    def x_of(year: int) -> float:
        if len(years) == 1:
            return left + plot_w / 2
        return left + plot_w * (years.index(year) / (len(years) - 1))

    def y_of(value: float) -> float:
        return top + plot_h * (1 - value / top_value)

    painter.setPen(QPen(QColor("#333333"), 1))
    painter.drawText(QRectF(0, 10, width, 24), Qt.AlignmentFlag.AlignCenter, title)
    painter.drawLine(QPointF(left, top), QPointF(left, top + plot_h))
    painter.drawLine(QPointF(left, top + plot_h), QPointF(left + plot_w, top + plot_h))
    for step in range(6):
        value = top_value * step / 5
        y = y_of(value)
        painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.drawLine(QPointF(left, y), QPointF(left + plot_w, y))
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.drawText(QRectF(0, y - 9, left - 8, 18), Qt.AlignmentFlag.AlignRight, f"{value:.0f} ms")
    for year in years:
        painter.drawText(
            QRectF(x_of(year) - 50, top + plot_h + 8, 100, 18),
            Qt.AlignmentFlag.AlignCenter,
            f"{year} year" + ("s" if year > 1 else ""),
        )
    palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
    for number, (name, values) in enumerate(figures.items()):
        colour = QColor(palette[number % len(palette)])
        painter.setPen(QPen(colour, 2))
        points = [QPointF(x_of(y), y_of(values[y])) for y in years if y in values]
        for first, second in itertools.pairwise(points):
            painter.drawLine(first, second)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        legend_y = top + 10 + number * 22
        painter.drawLine(QPointF(width - right + 20, legend_y), QPointF(width - right + 45, legend_y))
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.drawText(
            QRectF(width - right + 52, legend_y - 9, right - 55, 18), Qt.AlignmentFlag.AlignLeft, name
        )
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))


def compare(
    samples: dict[str, dict[int, list[float]]], median: Callable[[list[float]], float]
) -> dict[str, dict[str, Any]]:
    """figure -> {years: median ms, ..., "ratio": 10 years / 1 year}."""
    table: dict[str, dict[str, Any]] = {}
    for name, by_size in samples.items():
        row: dict[str, Any] = {
            f"{years}y_ms": round(median(values), 2) for years, values in sorted(by_size.items())
        }
        if 1 in by_size and 10 in by_size:
            row["ratio_10y_1y"] = round(median(by_size[10]) / median(by_size[1]), 2)
        if 1 in by_size and 30 in by_size:
            row["ratio_30y_1y"] = round(median(by_size[30]) / median(by_size[1]), 2)
        table[name] = row
    return table
