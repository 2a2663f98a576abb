"""The one source of "now" (ARCHITECTURE: Time). Tests and the dashboard's "as of"
inject a fixed clock; everything else uses the system clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

#: The community's zone unless the settings say otherwise.
DEFAULT_ZONE = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that stands still until moved (tests, "as of" views)."""

    current: datetime
    step: timedelta = field(default=timedelta(0))

    def __post_init__(self) -> None:
        if self.current.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")

    def now(self) -> datetime:
        value = self.current
        self.current = self.current + self.step
        return value

    def advance(self, delta: timedelta) -> None:
        self.current = self.current + delta
