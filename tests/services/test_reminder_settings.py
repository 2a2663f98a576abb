"""Issue 14's settings (R20 repair times, R23 reminder lead time and follow-up interval)
are set like the other centre settings: on the settings screen's 提醒与派工时限 group and
by `desk-app settings set`, checked, stored as numbers, and read by the rules."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.cli import main
from desk_app.models.database import Database
from desk_app.services import centre, context, notifications
from desk_app.services.errors import FieldError
from desk_app.services.settings import load_settings


def test_the_defaults_hold_until_set(db: Database) -> None:
    with db.read() as session:
        assert notifications.lead_time(session) == timedelta(minutes=60)
        assert load_settings(session).dispatch_due_hours("maintenance") == 4


def test_set_by_command_and_read_by_the_rules(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", db_url]
    assert main(["settings", "set", *database, "notify_lead_minutes", "30"]) == 0
    assert main(["settings", "set", *database, "notice_follow_up_working_days", "5"]) == 0
    assert main(["settings", "set", *database, "dispatch_due_working_hours", "维修=6，安全=1 清洁=8"]) == 0
    capsys.readouterr()
    with db.read() as session:
        assert notifications.lead_time(session) == timedelta(minutes=30)
        assert notifications._setting_int(session, notifications.NOTICE_FOLLOW_UP_DAYS_KEY, 3) == 5
        settings = load_settings(session)
        assert (settings.dispatch_due_hours("maintenance"), settings.dispatch_due_hours("security")) == (6, 1)
        assert settings.dispatch_due_hours("cleaning") == 8 and settings.dispatch_due_hours("parking") == 4
        shown = centre.load_centre_settings(session).value("dispatch_due_working_hours")
    assert "维修/工程=6" in shown and "安全=1" in shown
    # cleared: the rule's default again
    assert main(["settings", "set", *database, "notify_lead_minutes", ""]) == 0
    with db.read() as session:
        assert notifications.lead_time(session) == timedelta(minutes=60)


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("notify_lead_minutes", "一小时", "整数"),
        ("notify_lead_minutes", "0", "1 至 1440"),
        ("notice_follow_up_working_days", "61", "1 至 60"),
        ("dispatch_due_working_hours", "修水管=3", "修水管=3"),
        ("dispatch_due_working_hours", "维修=", "维修="),
        ("dispatch_due_working_hours", "维修=0", "1 至 240"),
    ],
)
def test_bad_values_are_named(db: Database, key: str, value: str, problem: str) -> None:
    with db.begin() as session, pytest.raises(FieldError) as error:
        session.info[context.SYSTEM_JOB] = True
        centre.save_centre_settings(session, {key: value})
    assert error.value.field == key and problem in str(error.value)


def test_repair_times_typed_in_traditional_characters_or_codes(db: Database) -> None:
    """A 繁體 screen types 維修 and 清潔; the codes (maintenance …) work in any language."""
    with db.begin() as session:
        session.info[context.SYSTEM_JOB] = True
        centre.save_centre_settings(session, {"dispatch_due_working_hours": "維修=5，清潔=7，Parking=3"})
    with db.read() as session:
        settings = load_settings(session)
    assert settings.dispatch_due_hours("maintenance") == 5
    assert settings.dispatch_due_hours("cleaning") == 7
    assert settings.dispatch_due_hours("parking") == 3
