"""Column types and enums: instants survive storage exactly, every enum member has a
Chinese label, root causes belong to the five R9 groups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.bootstrap import open_database
from desk_app.models import Visitor, enums
from desk_app.models.database import Database
from desk_app.models.enums import Channel, LabelledEnum, RootCause, RootCauseGroup

ALL_ENUMS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
]


@pytest.mark.parametrize("enum_class", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_a_distinct_chinese_label(enum_class: type[LabelledEnum]) -> None:
    labels = [member.label for member in enum_class]
    assert all(labels) and len(set(labels)) == len(labels)
    for member in enum_class:
        assert enum_class.from_label(member.label) is member


def test_channel_values_are_the_ones_the_issue_names() -> None:
    assert [c.value for c in Channel] == ["call", "visit", "letter", "email", "web", "forwarded", "media"]


def test_root_causes_cover_the_five_groups() -> None:
    assert {cause.group for cause in RootCause} == set(RootCauseGroup)
    assert RootCause.SERVICE_ATTITUDE.group is RootCauseGroup.PEOPLE


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path: Path = tmp_path_factory.mktemp("types") / "types.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    return db


aware_datetimes = st.datetimes(
    min_value=datetime(1900, 1, 1),  # noqa: DTZ001  (hypothesis bounds are naive)
    max_value=datetime(2100, 12, 31),  # noqa: DTZ001
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5))]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=aware_datetimes)
def test_instants_round_trip_exactly(sqlite_db: Database, at: datetime) -> None:
    with sqlite_db.begin() as session:
        visitor = Visitor(visitor_name="访客", arrived_at=at)
        session.add(visitor)
    with sqlite_db.read() as session:
        loaded = session.get(Visitor, visitor.id)
    assert loaded is not None and loaded.arrived_at == at and loaded.arrived_at.tzinfo is not None
