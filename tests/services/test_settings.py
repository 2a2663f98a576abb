from __future__ import annotations

from datetime import time
from typing import Any

import pytest

from desk_app.models.database import Database
from desk_app.services.errors import FieldError
from desk_app.services.settings import (
    CommunitySettings,
    SettingError,
    load_settings,
    parse_settings,
    store_setting,
)


def test_defaults_when_nothing_is_stored() -> None:
    assert parse_settings({}) == CommunitySettings()
    assert CommunitySettings().work_start == time(9, 0) and CommunitySettings().work_end == time(18, 0)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"community_name": "  "}, "community_name"),
        ({"working_hours": {"start": "18:00", "end": "09:00"}}, "working_hours"),
        ({"working_hours": {"start": "9点", "end": "18:00"}}, "working_hours"),
        ({"working_hours": "09:00-18:00"}, "working_hours"),
        ({"progress_update_working_days": 0}, "progress_update_working_days"),
        ({"callback_working_days": "2"}, "callback_working_days"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ],
)
def test_bad_stored_values_name_the_setting(raw: dict[str, Any], key: str) -> None:
    with pytest.raises(SettingError) as error:
        parse_settings(raw)
    assert error.value.key == key and key in str(error.value)


def test_store_and_load(db: Database) -> None:
    with db.begin() as session:
        store_setting(session, "community_name", "锦绣花园")
        store_setting(session, "working_hours", {"start": "08:30", "end": "17:30"})
    # a DomainError naming the setting, not a raw SettingError (issue 19, finding 9)
    with db.begin() as session, pytest.raises(FieldError) as refused:
        store_setting(session, "working_hours", {"start": "17:30", "end": "08:30"})
    assert refused.value.field == "working_hours"
    with db.read() as session:
        settings = load_settings(session)
    assert settings.community_name == "锦绣花园"
    assert (settings.work_start, settings.work_end) == (time(8, 30), time(17, 30))
