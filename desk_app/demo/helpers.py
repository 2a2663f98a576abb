"""Small tools of the demo generator: the working calendar on minute timestamps,
record numbers, weighted picks, and Chinese names with their pinyin initials."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from typing import Generic, TypeVar

import chinese_calendar
from pypinyin import Style, lazy_pinyin

from desk_app.demo.vocabulary import (
    CITY_AREA_CODE,
    FEMALE_NAME_CHARS,
    HOMETOWNS,
    MALE_NAME_CHARS,
    MOBILE_PREFIXES,
    SURNAMES,
)
from desk_app.models.numbering import format_number
from desk_app.services.clients import COMPOUND_SURNAME_INITIALS, SURNAME_INITIALS

T = TypeVar("T")

#: ``date.toordinal()`` of 1970-01-01: local epoch days <-> dates.
ORDINAL_1970 = 719163
DAY = 1440
WORK_START = 9 * 60  # the default working window (SPEC 3): 09:00-18:00, half-open
WORK_END = 18 * 60


class Picker(Generic[T]):
    """Weighted choice by table lookup: one ``random()`` call per pick."""

    SIZE = 4096

    def __init__(self, items: Sequence[tuple[T, float]]) -> None:
        total = sum(weight for _, weight in items)
        cumulative: list[float] = []
        running = 0.0
        for _, weight in items:
            running += weight / total
            cumulative.append(running)
        values = [item for item, _ in items]
        self.table = [
            values[min(bisect_right(cumulative, (slot + 0.5) / self.SIZE), len(values) - 1)]
            for slot in range(self.SIZE)
        ]

    def pick(self, rng: random.Random) -> T:
        return self.table[int(rng.random() * self.SIZE)]


class WorkCalendar:
    """Working days (PRC calendar, Mon–Fri fallback) and business-time arithmetic on
    instants given as UTC epoch minutes. ``day`` numbers are local epoch days."""

    def __init__(self, offset_minutes: int) -> None:
        self.offset = offset_minutes
        self._workdays: dict[int, bool] = {}

    def day_of(self, minute: int) -> int:
        return (minute + self.offset) // DAY

    def minute_of_day(self, minute: int) -> int:
        return (minute + self.offset) % DAY

    def at(self, day: int, minute_of_day: int) -> int:
        """The instant of a local day and time."""
        return day * DAY + minute_of_day - self.offset

    @staticmethod
    def date_of(day: int) -> date:
        return date.fromordinal(day + ORDINAL_1970)

    @staticmethod
    def day_of_date(value: date) -> int:
        return value.toordinal() - ORDINAL_1970

    def is_workday(self, day: int) -> bool:
        known = self._workdays.get(day)
        if known is None:
            value = self.date_of(day)
            try:
                known = bool(chinese_calendar.is_workday(value))
            except NotImplementedError:  # a year the package does not know: Mon–Fri
                known = value.weekday() < 5
            self._workdays[day] = known
        return known

    def is_holiday(self, day: int) -> bool:
        """A weekday that is not a working day (statutory holiday)."""
        return self.date_of(day).weekday() < 5 and not self.is_workday(day)

    def next_workday(self, day: int) -> int:
        day += 1
        while not self.is_workday(day):
            day += 1
        return day

    def next_work(self, minute: int) -> int:
        """``minute`` if it is inside a working window, else the next window's start."""
        day, clock = divmod(minute + self.offset, DAY)
        if self.is_workday(day):
            if WORK_START <= clock < WORK_END:
                return minute
            if clock < WORK_START:
                return self.at(day, WORK_START)
        return self.at(self.next_workday(day), WORK_START)

    def add_work(self, minute: int, work_minutes: int) -> int:
        """``minute`` plus ``work_minutes`` of working time."""
        current = self.next_work(minute)
        while True:
            day, clock = divmod(current + self.offset, DAY)
            left = WORK_END - clock
            if work_minutes < left:
                return current + work_minutes
            work_minutes -= left
            current = self.at(self.next_workday(day), WORK_START)


class Numbers:
    """Record numbers ``PREFIX-YYYYMM-NNNN`` per kind and local month, handed out in
    the order records are created; ``last`` feeds ``record_counter`` afterwards."""

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self.last: dict[tuple[str, str], int] = {}
        self._periods: dict[int, str] = {}

    def period(self, minute: int) -> str:
        day = self.calendar.day_of(minute)
        period = self._periods.get(day)
        if period is None:
            period = self.calendar.date_of(day).strftime("%Y%m")
            self._periods[day] = period
        return period

    def next(self, prefix: str, minute: int) -> str:
        key = (prefix, self.period(minute))
        value = self.last.get(key, 0) + 1
        self.last[key] = value
        return format_number(prefix, key[1], value)


class People:
    """Chinese names (census-like surname frequencies), phones and hometowns."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._surnames = Picker([(name, weight) for name, weight in SURNAMES])
        self._hometowns = Picker([((province, cities), weight) for province, cities, weight in HOMETOWNS])
        self._letters: dict[str, str] = {}

    def letter(self, char: str) -> str:
        """Pinyin first letter of one character, cached (pypinyin is slow per call)."""
        value = self._letters.get(char)
        if value is None:
            value = "".join(lazy_pinyin(char, style=Style.FIRST_LETTER)).lower()
            self._letters[char] = value
        return value

    def initials(self, surname: str, given: str) -> str:
        # the archive's own surname readings (曾 is z), so lookups find demo clients
        head = (
            COMPOUND_SURNAME_INITIALS.get(surname)
            or SURNAME_INITIALS.get(surname)
            or "".join(self.letter(ch) for ch in surname)
        )
        return head + "".join(self.letter(ch) for ch in given)

    def given_name(self, male: bool) -> str:
        rng = self.rng
        pool = MALE_NAME_CHARS if male else FEMALE_NAME_CHARS
        if rng.random() < 0.22:
            return rng.choice(pool)
        first = rng.choice(pool)
        if not male and rng.random() < 0.08:
            return first + first  # 婷婷, 丹丹
        return first + rng.choice(pool)

    def person(self, male: bool | None = None, surname: str | None = None) -> tuple[str, str, bool]:
        """(name, initials, male)."""
        if male is None:
            male = self.rng.random() < 0.5
        surname = surname or self._surnames.pick(self.rng)
        given = self.given_name(male)
        return surname + given, self.initials(surname, given), male

    def surname(self) -> str:
        return self._surnames.pick(self.rng)

    def mobile(self) -> str:
        return f"{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"

    def landline(self) -> str:
        # digits only, as the archive stores phones: the lookup matches any run of digits
        return f"{CITY_AREA_CODE}{self.rng.choice('5678')}{self.rng.randrange(10**7):07d}"

    def hometown(self) -> tuple[str, str]:
        """(province, "湖北孝感")."""
        province, cities = self._hometowns.pick(self.rng)
        city = self.rng.choice(cities)
        return province, province if city == province else province + city


def login_of(name: str, taken: dict[str, int]) -> str:
    """A staff login from the full pinyin of the name, unique (``wangfang2``)."""
    base = "".join(lazy_pinyin(name)).lower()
    count = taken.get(base, 0) + 1
    taken[base] = count
    return base if count == 1 else f"{base}{count}"


def largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integer parts proportional to ``weights``."""
    weight_sum = sum(weights)
    if total <= 0 or weight_sum <= 0:
        return [0] * len(weights)
    exact = [total * weight / weight_sum for weight in weights]
    parts = [int(value) for value in exact]
    short = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda index: (parts[index] - exact[index], index))
    for index in order[:short]:
        parts[index] += 1
    return parts
