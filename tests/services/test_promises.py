"""R22 Promises (issue 14, deliver 4): a reply promised on a work-log entry, and the
appointment book; each owed by a person, on Today and the dashboard when due or late.
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.models import Appointment, WorkLogEntry
from desk_app.models.enums import AppointmentStatus, Category, Channel
from desk_app.services import dashboard, promises, today, worklog
from desk_app.services.dashboard import TileKey
from desk_app.services.errors import FieldError, RuleViolationError
from tests.services.test_complaints import Centre, at, centre  # noqa: F401


def _enquiry(centre: Centre, **kwargs: object) -> int:  # noqa: F811
    result = centre.act(
        centre.receptionist,
        worklog.record_entry,
        channel=Channel.CALL,
        category=Category.ENQUIRY,
        content="问装修押金何时退",
        contact_name="张三",
        taken_by_id=centre.receptionist,
        **kwargs,
    )
    assert isinstance(result, worklog.EntryResult)
    return result.entry.id


def _tile(centre: Centre, key: TileKey) -> list[int]:  # noqa: F811
    with centre.db.read() as session:
        return dashboard.collect(session, centre.clock.now()).tile(key).record_ids


def _today(centre: Centre, staff_id: int) -> list[tuple[str, int, bool]]:  # noqa: F811
    with centre.db.read() as session:
        view = today.today_for(session, staff_id, centre.clock.now())
    return [(item.kind, item.record_id, item.overdue) for item in view.promises]


def test_a_promised_reply_is_owed_until_given(centre: Centre) -> None:  # noqa: F811
    """Before: a work-log entry had no field for the reply time promised to a client."""
    entry_id = _enquiry(centre, reply_promised_by=at("2026-11-23 16:00"), reply_owed_by_id=centre.steward)
    with centre.db.read() as session:
        entry = session.get(WorkLogEntry, entry_id)
        assert entry is not None
        assert (entry.reply_promised_by, entry.reply_owed_by_id) == (at("2026-11-23 16:00"), centre.steward)
    assert _today(centre, centre.steward) == [("worklog", entry_id, False)]
    assert _today(centre, centre.receptionist) == []
    assert _tile(centre, TileKey.REPLIES_DUE) == [entry_id]
    centre.clock.current = at("2026-11-23 16:01")
    assert _today(centre, centre.steward) == [("worklog", entry_id, True)]
    assert (_tile(centre, TileKey.REPLIES_LATE), _tile(centre, TileKey.REPLIES_DUE)) == ([entry_id], [])
    centre.act(centre.steward, promises.record_reply_given, entry_id)
    assert _today(centre, centre.steward) == [] and _tile(centre, TileKey.REPLIES_LATE) == []
    with pytest.raises(RuleViolationError, match="已答复"):
        centre.act(centre.steward, promises.record_reply_given, entry_id)


def test_a_promise_defaults_to_who_took_the_call_and_is_checked(centre: Centre) -> None:  # noqa: F811
    entry_id = _enquiry(centre)
    centre.act(centre.receptionist, promises.promise_reply, entry_id, at("2026-11-24 10:00"))
    with centre.db.read() as session:
        entry = session.get(WorkLogEntry, entry_id)
        assert entry is not None and entry.reply_owed_by_id == centre.receptionist
    with pytest.raises(FieldError, match="晚于受理时间"):
        centre.act(centre.receptionist, promises.promise_reply, entry_id, at("2026-11-23 09:00"))
    assert _today(centre, centre.receptionist) == []  # tomorrow: not due today
    centre.clock.current = at("2026-11-24 08:00")
    assert _today(centre, centre.receptionist) == [("worklog", entry_id, False)]


def test_the_appointment_book(centre: Centre) -> None:  # noqa: F811
    """Before: there was no appointment book."""
    booked = centre.act(
        centre.receptionist,
        promises.book_appointment,
        at=at("2026-11-23 15:00"),
        staff_id=centre.steward,
        purpose="上门查看卫生间渗水",
    )
    assert isinstance(booked, Appointment)
    appointment_id = booked.id
    assert booked.number.startswith("YY-")
    assert _today(centre, centre.steward) == [("appointments", appointment_id, False)]
    assert _tile(centre, TileKey.APPOINTMENTS_DUE) == [appointment_id]
    centre.clock.current = at("2026-11-23 15:30")
    assert _today(centre, centre.steward) == [("appointments", appointment_id, True)]
    assert _tile(centre, TileKey.APPOINTMENTS_LATE) == [appointment_id]
    with pytest.raises(FieldError, match="赴约情况"):
        centre.act(centre.steward, promises.keep_appointment, appointment_id, " ")
    centre.act(centre.steward, promises.keep_appointment, appointment_id, "已查看，约工程部明日维修")
    assert _tile(centre, TileKey.APPOINTMENTS_LATE) == [] and _today(centre, centre.steward) == []
    with pytest.raises(RuleViolationError, match="已赴约"):
        centre.act(centre.steward, promises.cancel_appointment, appointment_id, "客户改期")


def test_appointments_are_checked_and_can_be_cancelled(centre: Centre) -> None:  # noqa: F811
    with pytest.raises(FieldError, match="已过"):
        centre.act(
            centre.receptionist,
            promises.book_appointment,
            at=at("2026-11-22 15:00"),
            staff_id=centre.steward,
            purpose="上门",
        )
    with pytest.raises(FieldError, match="赴约人"):
        centre.act(
            centre.receptionist,
            promises.book_appointment,
            at=at("2026-11-24 15:00"),
            staff_id=None,
            purpose="上门",
        )
    booked = centre.act(
        centre.receptionist,
        promises.book_appointment,
        at=at("2026-11-23 11:00"),
        staff_id=centre.steward,
        purpose="上门",
    )
    assert isinstance(booked, Appointment)
    centre.act(centre.receptionist, promises.cancel_appointment, booked.id, "客户改期")
    with centre.db.read() as session:
        row = session.get(Appointment, booked.id)
        assert row is not None and row.status is AppointmentStatus.CANCELLED
    centre.clock.advance(timedelta(hours=2))
    assert _tile(centre, TileKey.APPOINTMENTS_LATE) == []
