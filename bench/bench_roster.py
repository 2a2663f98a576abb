"""Time the roster import (issue 13) of a 50 000-row owner list into a fresh SQLite
database. Not part of the unit tests.

    .venv/bin/python bench/bench_roster.py [--rows 50000] [--format xlsx|csv|both]

Writes the roster the way centres keep it (a title row, rooms as 楼栋/单元/房号, one
phone or two in a cell, dates as date cells, a co-owner now and then, vacant rooms),
then times reading it (``read_roster``) and storing it (``import_roster_file``), and
a second import of the same file (which changes nothing). Prints the seconds; the
budget is 60 s for reading and storing; exits 1 when over it.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desk_app.bootstrap import open_database
from desk_app.services.roster import EXPORT_HEADERS, import_roster_file, read_roster

BUDGET_SECONDS = 60.0
HEADER = EXPORT_HEADERS
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉玉兰红梅志强海燕俊峰晓东"
PLACES = ("浙江杭州", "江苏南京", "安徽合肥", "山东济南", "湖北武汉", "河南郑州", "四川成都", "福建福州")


def roster_rows(count: int, seed: int = 1) -> list[tuple[object, ...]]:
    """``count`` household rows (co-owners and vacant rooms among them)."""
    rng = random.Random(seed)
    rows: list[tuple[object, ...]] = []
    building, unit, floor, door = 1, 1, 1, 1
    while len(rows) < count:
        number = f"{floor}{door:02d}"
        door += 1
        if door > 4:
            door, floor = 1, floor + 1
        if floor > 30:
            floor, unit = 1, unit + 1
        if unit > 3:
            unit, building = 1, building + 1
        if rng.random() < 0.03:
            rows.append((str(building), str(unit), number, None, None, None, 89.5, None, None, None, None))
            continue
        owners = 2 if rng.random() < 0.1 else 1
        area = round(rng.uniform(60, 180), 2)
        for _ in range(owners):
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            numbers = rng.choice((1, 1, 2))
            phones = "/".join(
                f"1{rng.randint(3, 9)}{rng.randint(0, 999_999_999):09d}" for _ in range(numbers)
            )
            moved = date(2010, 1, 1) + timedelta(days=rng.randint(0, 5000))
            rows.append(
                (
                    str(building),
                    str(unit),
                    number,
                    name,
                    phones,
                    moved,
                    area,
                    rng.choice(PLACES),
                    None,
                    None,
                    "业委会成员" if rng.random() < 0.01 else None,
                )
            )
    return rows[:count]


def write_xlsx(path: Path, rows: list[tuple[object, ...]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("业主信息表")
    sheet.append(["XX花园业主信息表"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    return value.strftime("%Y/%m/%d") if isinstance(value, date) else value


def write_csv(path: Path, rows: list[tuple[object, ...]]) -> None:
    with path.open("w", encoding="gb18030", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["XX花园业主信息表"])
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow([_csv_value(value) for value in row])


def time_import(path: Path, folder: Path) -> tuple[float, float, float]:
    db, _ = open_database(f"sqlite:///{folder / (path.suffix[1:] + '.sqlite3')}")
    try:
        start = time.perf_counter()
        plan = read_roster(path)
        read = time.perf_counter() - start
        result = import_roster_file(db, plan)
        total = time.perf_counter() - start
        assert not result.rejected, result.rejected[:3]
        again_start = time.perf_counter()
        again = import_roster_file(db, read_roster(path))
        again_total = time.perf_counter() - again_start
        assert again.clients_created == 0 and again.clients_updated == 0
        print(
            f"  {path.suffix[1:]:<5} read {read:5.1f} s, stored {total - read:5.1f} s:"
            f" {result.rooms_created:,} rooms, {result.clients_created:,} clients;"
            f" re-import {again_total:5.1f} s ({again.clients_unchanged:,} unchanged)"
        )
        return read, total, again_total
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--format", choices=("xlsx", "csv", "both"), default="both")
    args = parser.parse_args(argv)
    rows = roster_rows(args.rows)
    worst = 0.0
    print(f"roster import: {args.rows:,} rows")
    with tempfile.TemporaryDirectory(prefix="desk-roster-") as name:
        folder = Path(name)
        for kind in ("xlsx", "csv") if args.format == "both" else (args.format,):
            path = folder / f"roster.{kind}"
            (write_xlsx if kind == "xlsx" else write_csv)(path, rows)
            _, total, _ = time_import(path, folder)
            worst = max(worst, total)
    print(f"seconds: {worst:.1f}")
    if worst > BUDGET_SECONDS:
        print(f"OVER BUDGET ({BUDGET_SECONDS:.0f} s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
