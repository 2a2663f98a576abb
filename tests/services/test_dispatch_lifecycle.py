"""R20 (issue 14, deliver 2): a dispatch slip from the counter to its callback — its
department, assignee and due time at creation or afterwards, the technician's report
entered at the counter, the overdue rule on the dashboard and on Today (assignee and
the receptionist who logged it), and the R6 callback after the repair. SQLite and
PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.models import Department, DispatchSlip
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    Category,
    Channel,
    ContactForm,
    DispatchStatus,
)
from desk_app.services import dashboard, dispatch, today, worklog
from desk_app.services.dashboard import TileKey
from desk_app.services.errors import FieldError, RuleViolationError
from desk_app.services.settings import DISPATCH_DUE_HOURS, store_setting
from tests.services.test_complaints import Centre, at, centre  # noqa: F401


def _repair(centre: Centre, content: str = "厨房水管漏水", **kwargs: object) -> int:  # noqa: F811
    values: dict[str, object] = {
        "channel": Channel.CALL,
        "category": Category.REPAIR,
        "content": content,
        "client_id": centre.client,
        "taken_by_id": centre.receptionist,
        "contact_phone": "13800000000",
    }
    values.update(kwargs)
    result = centre.act(centre.receptionist, worklog.record_entry, **values)
    assert isinstance(result, worklog.EntryResult) and result.dispatch_slip is not None
    return result.dispatch_slip.id


def _slip(centre: Centre, slip_id: int) -> DispatchSlip:  # noqa: F811
    with centre.db.read() as session:
        slip = session.get(DispatchSlip, slip_id)
        assert slip is not None
        return slip


def _department(centre: Centre, name: str = "工程部") -> int:  # noqa: F811
    with centre.db.begin() as session:
        department = Department(name=name)
        session.add(department)
        session.flush()
        return department.id


# -- due time -----------------------------------------------------------------------------


def test_a_repair_logged_at_the_counter_has_a_due_time(centre: Centre) -> None:  # noqa: F811
    """Before: no service set a due time, and 要求完成 printed "—"."""
    slip_id = _repair(centre)  # Monday 10:00, no business line: one working day
    assert _slip(centre, slip_id).due_at == at("2026-11-24 10:00")
    with centre.db.read() as session:
        line = dispatch.explain_due(session, session.get(DispatchSlip, slip_id))  # type: ignore[arg-type]
    assert "9 个工作小时" in line and "2026-11-24 10:00" in line


@pytest.mark.parametrize(
    ("issued", "line", "urgent", "due"),
    [
        ("2026-11-23 10:00", BusinessLine.MAINTENANCE, False, "2026-11-23 14:00"),  # 4 working hours
        ("2026-11-23 17:00", BusinessLine.MAINTENANCE, False, "2026-11-24 12:00"),  # over the night
        ("2026-11-27 16:00", BusinessLine.SECURITY, False, "2026-11-27 18:00"),  # Friday, 2 h
        ("2026-11-27 17:00", BusinessLine.CLEANING, False, "2026-11-30 12:00"),  # over the weekend
        ("2026-11-23 10:00", BusinessLine.GREENING, False, "2026-11-24 10:00"),  # one working day
        ("2026-11-28 23:00", BusinessLine.MAINTENANCE, True, "2026-11-29 00:00"),  # urgent: 1 clock hour
    ],
)
def test_default_due_time_table(
    centre: Centre,  # noqa: F811
    issued: str,
    line: BusinessLine,
    urgent: bool,
    due: str,
) -> None:
    with centre.db.begin(actor_id=centre.receptionist) as session:
        slip = dispatch.create_dispatch_slip(
            session, content="换灯泡", issued_at=at(issued), business_line=line, urgent=urgent
        )
        session.flush()
        assert slip.due_at == at(due) and not slip.due_set_by_hand


def test_the_settings_set_the_hours_per_business_line(centre: Centre) -> None:  # noqa: F811
    centre.act(None, store_setting, DISPATCH_DUE_HOURS, {"maintenance": 2})
    with centre.db.begin() as session:
        slip = dispatch.create_dispatch_slip(
            session,
            content="换龙头",
            issued_at=at("2026-11-23 10:00"),
            business_line=BusinessLine.MAINTENANCE,
        )
        session.flush()
        assert slip.due_at == at("2026-11-23 12:00")
    with pytest.raises(ValueError, match="未知专业"):
        centre.act(None, store_setting, DISPATCH_DUE_HOURS, {"plumbing": 2})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    minutes=st.integers(min_value=0, max_value=14 * 24 * 60),
    line=st.sampled_from([None, *BusinessLine]),
    urgent=st.booleans(),
)
def test_default_due_is_after_issue_and_never_more_than_a_working_day_away(
    centre: Centre,  # noqa: F811
    minutes: int,
    line: BusinessLine | None,
    urgent: bool,
) -> None:
    """Property: the default due time is after the issue time, and at most one working
    day of business time (9 h) after it — or exactly 1 clock hour when urgent."""
    issued = at("2026-11-23 00:00") + timedelta(minutes=minutes)
    with centre.db.read() as session:
        due = dispatch.default_due(session, issued, line, urgent)
        if urgent:
            assert due == issued + timedelta(hours=1)
        else:
            from desk_app.services import context

            assert due > issued
            assert context.calendar(session).working_time_between(issued, due) <= timedelta(hours=9)


# -- set afterwards -----------------------------------------------------------------------


def test_department_assignee_and_due_time_are_set_after_saving(centre: Centre) -> None:  # noqa: F811
    """Before: 派往部门 and 接单人 could not be changed once the slip was saved."""
    slip_id = _repair(centre)
    engineering = _department(centre)
    centre.act(
        centre.receptionist,
        dispatch.assign_dispatch_slip,
        slip_id,
        assigned_department_id=engineering,
        assigned_staff_id=centre.steward,
        business_line=BusinessLine.MAINTENANCE,
    )
    slip = _slip(centre, slip_id)
    assert (slip.assigned_department_id, slip.assigned_staff_id) == (engineering, centre.steward)
    assert slip.due_at == at("2026-11-23 14:00") and not slip.due_set_by_hand
    centre.act(
        centre.receptionist,
        dispatch.assign_dispatch_slip,
        slip_id,
        assigned_department_id=engineering,
        assigned_staff_id=centre.steward,
        due_at=at("2026-11-25 17:00"),
    )
    assert _slip(centre, slip_id).due_at == at("2026-11-25 17:00") and _slip(centre, slip_id).due_set_by_hand
    with pytest.raises(FieldError, match="晚于派单时间"):
        centre.act(
            centre.receptionist,
            dispatch.assign_dispatch_slip,
            slip_id,
            assigned_department_id=None,
            assigned_staff_id=None,
            due_at=at("2026-11-20 09:00"),
        )
    with pytest.raises(FieldError, match="接单人"):
        centre.act(
            centre.receptionist,
            dispatch.assign_dispatch_slip,
            slip_id,
            assigned_department_id=None,
            assigned_staff_id=99999,
        )
    centre.act(centre.receptionist, dispatch.complete_dispatch_slip, slip_id, "已修好")
    with pytest.raises(RuleViolationError, match="已完成"):
        centre.act(
            centre.receptionist,
            dispatch.assign_dispatch_slip,
            slip_id,
            assigned_department_id=None,
            assigned_staff_id=None,
        )


# -- the technician's report --------------------------------------------------------------


def test_the_technicians_report_is_entered_at_the_counter(centre: Centre) -> None:  # noqa: F811
    """Before: only 完成情况 could be recorded, with no accepted/arrived times and no
    materials."""
    slip_id = _repair(centre)
    centre.clock.advance(timedelta(minutes=10))
    centre.act(centre.receptionist, dispatch.record_accepted, slip_id)
    with pytest.raises(RuleViolationError, match="已登记接单"):
        centre.act(centre.receptionist, dispatch.record_accepted, slip_id)
    centre.clock.advance(timedelta(minutes=30))
    with pytest.raises(FieldError, match="晚于现在"):
        centre.act(centre.receptionist, dispatch.record_arrived, slip_id, at("2026-11-23 12:00"))
    with pytest.raises(FieldError, match="早于接单时间"):
        centre.act(centre.receptionist, dispatch.record_arrived, slip_id, at("2026-11-23 10:05"))
    centre.act(centre.receptionist, dispatch.record_arrived, slip_id)
    with centre.db.read() as session:
        stage = dispatch.stage(session.get(DispatchSlip, slip_id), centre.clock.now())  # type: ignore[arg-type]
    assert stage.label == "已到场" and not stage.overdue
    centre.clock.advance(timedelta(hours=1))
    centre.act(
        centre.receptionist,
        dispatch.complete_dispatch_slip,
        slip_id,
        "更换三通阀门",
        materials="三通阀门 1 个，生料带 1 卷",
    )
    slip = _slip(centre, slip_id)
    assert slip.status is DispatchStatus.DONE
    assert (slip.accepted_at, slip.arrived_at, slip.completed_at) == (
        at("2026-11-23 10:10"),
        at("2026-11-23 10:40"),
        at("2026-11-23 11:40"),
    )
    assert slip.materials == "三通阀门 1 个，生料带 1 卷" and slip.result == "更换三通阀门"


def test_arriving_implies_accepting(centre: Centre) -> None:  # noqa: F811
    slip_id = _repair(centre)
    centre.act(centre.receptionist, dispatch.record_arrived, slip_id)
    slip = _slip(centre, slip_id)
    assert slip.accepted_at == slip.arrived_at == at("2026-11-23 10:00")


# -- overdue: dashboard and Today ---------------------------------------------------------


def _tile(centre: Centre, key: TileKey) -> list[int]:  # noqa: F811
    with centre.db.read() as session:
        return dashboard.collect(session, centre.clock.now()).tile(key).record_ids


def _today(centre: Centre, staff_id: int) -> today.TodayView:  # noqa: F811
    with centre.db.read() as session:
        return today.today_for(session, staff_id, centre.clock.now())


def test_an_overdue_slip_shows_on_the_dashboard_and_on_today(centre: Centre) -> None:  # noqa: F811
    """Before: no overdue tile, and Today never listed a real slip (none had a due time)."""
    slip_id = _repair(centre, assigned_staff_id=centre.steward)  # due Tue 10:00
    assert _tile(centre, TileKey.DISPATCH_OVERDUE) == []
    assert [i.record_id for i in _today(centre, centre.steward).checks] == []  # not due tonight
    assert [i.record_id for i in _today(centre, centre.receptionist).checks] == []
    centre.clock.current = at("2026-11-24 10:00")  # exactly at the due time: on time
    assert _tile(centre, TileKey.DISPATCH_OVERDUE) == []
    assert [(i.record_id, i.overdue) for i in _today(centre, centre.steward).checks] == [(slip_id, False)]
    centre.clock.current = at("2026-11-24 10:01")
    assert _tile(centre, TileKey.DISPATCH_OVERDUE) == [slip_id]
    assert [(i.record_id, i.overdue) for i in _today(centre, centre.steward).checks] == [(slip_id, True)]
    assert [(i.record_id, i.overdue) for i in _today(centre, centre.receptionist).checks] == [(slip_id, True)]
    assert _today(centre, centre.supervisor).checks == ()
    centre.act(centre.steward, dispatch.complete_dispatch_slip, slip_id, "已修好")
    assert _tile(centre, TileKey.DISPATCH_OVERDUE) == []
    assert _today(centre, centre.steward).checks == ()


# -- the callback (R6) --------------------------------------------------------------------


def test_a_done_repair_is_called_back_by_the_receptionist(centre: Centre) -> None:  # noqa: F811
    """Before: a done slip was the end of the story; no callback followed."""
    slip_id = _repair(centre)
    centre.act(centre.steward, dispatch.complete_dispatch_slip, slip_id, "已修好")
    slip = _slip(centre, slip_id)
    assert slip.callback_due == at("2026-11-25 10:00") and slip.callback_exemption is None  # 2 working days
    assert _tile(centre, TileKey.DISPATCH_CALLBACKS_DUE) == [slip_id]
    centre.clock.current = at("2026-11-25 09:00")
    assert [i.record_id for i in _today(centre, centre.receptionist).callbacks] == [slip_id]
    centre.clock.current = at("2026-11-25 10:01")
    assert _tile(centre, TileKey.DISPATCH_CALLBACKS_OVERDUE) == [slip_id]
    centre.act(
        centre.receptionist,
        dispatch.record_callback,
        slip_id,
        form=ContactForm.PHONE,
        satisfied=True,
        comments="已不漏",
    )
    slip = _slip(centre, slip_id)
    assert slip.callback_satisfied is True and slip.callback_by_id == centre.receptionist
    assert _tile(centre, TileKey.DISPATCH_CALLBACKS_OVERDUE) == []
    with pytest.raises(RuleViolationError, match="已回访"):
        centre.act(
            centre.receptionist, dispatch.record_callback, slip_id, form=ContactForm.PHONE, satisfied=True
        )


def test_a_dissatisfied_callback_opens_the_slip_again(centre: Centre) -> None:  # noqa: F811
    slip_id = _repair(centre)
    with pytest.raises(RuleViolationError, match="尚未完成"):
        centre.act(
            centre.receptionist, dispatch.record_callback, slip_id, form=ContactForm.PHONE, satisfied=True
        )
    centre.act(centre.steward, dispatch.complete_dispatch_slip, slip_id, "已修好")
    centre.clock.advance(timedelta(days=1))
    centre.act(
        centre.receptionist,
        dispatch.record_callback,
        slip_id,
        form=ContactForm.PHONE,
        satisfied=False,
        comments="又漏了",
    )
    slip = _slip(centre, slip_id)
    assert slip.status is DispatchStatus.OPEN and slip.completed_at is None
    assert "回访不满意（电话）：又漏了" in (slip.result or "")
    assert slip.due_at is not None and slip.due_at > centre.clock.now()  # a fresh due time for 返工


@pytest.mark.parametrize(
    ("kwargs", "on_the_spot", "exemption"),
    [
        ({}, True, CallbackExemption.RESOLVED_ON_THE_SPOT),
        ({"anonymous": True, "client_id": None}, False, CallbackExemption.ANONYMOUS),
        ({"client_id": None, "contact_phone": None}, False, CallbackExemption.NO_CONTACT),
    ],
)
def test_callback_exemptions(
    centre: Centre,  # noqa: F811
    kwargs: dict[str, object],
    on_the_spot: bool,
    exemption: CallbackExemption,
) -> None:
    slip_id = _repair(centre, **kwargs)
    centre.act(
        centre.steward, dispatch.complete_dispatch_slip, slip_id, "已修好", confirmed_on_the_spot=on_the_spot
    )
    slip = _slip(centre, slip_id)
    assert (slip.callback_exemption, slip.callback_due) == (exemption, None)
    assert _tile(centre, TileKey.DISPATCH_CALLBACKS_DUE) == []


def test_a_client_who_refuses_callbacks_is_not_called(centre: Centre) -> None:  # noqa: F811
    from desk_app.models import Client

    with centre.db.begin() as session:
        client = session.get(Client, centre.client)
        assert client is not None
        client.do_not_disturb = True
        client.do_not_disturb_reason = "工作忙"
    slip_id = _repair(centre)
    centre.act(centre.steward, dispatch.complete_dispatch_slip, slip_id, "已修好")
    assert _slip(centre, slip_id).callback_exemption is CallbackExemption.REFUSES_CONTACT


def _steps(centre: Centre, slip_id: int) -> dict[str, bool]:  # noqa: F811
    with centre.db.read() as session:
        slip = session.get(DispatchSlip, slip_id)
        assert slip is not None
        return dispatch.available_steps(session, slip)


def test_available_steps_follow_the_state(centre: Centre) -> None:  # noqa: F811
    slip_id = _repair(centre)
    steps = _steps(centre, slip_id)
    assert steps == {
        "assign": True,
        "accept": True,
        "arrive": True,
        "complete": True,
        "callback": False,
        "reopen": False,
    }
    centre.act(centre.steward, dispatch.complete_dispatch_slip, slip_id, "已修好")
    steps = _steps(centre, slip_id)
    assert [k for k, v in steps.items() if v] == ["callback", "reopen"]
