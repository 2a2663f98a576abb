"""Issue 14, deliver 6: the missing rules — R24 decent hours for callbacks and interview
calls (table and property tests, pure), and R13q amended: a companion for staff not
cleared to work alone, and the move-in visit only as a 上门 interview with the
home-alarm guidance (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from chinese_calendar import constants as calendar_data
from hypothesis import given
from hypothesis import strategies as st

from desk_app.models import Staff
from desk_app.models.enums import ContactForm, InterviewTopic, SafetyAdvice, StaffRole
from desk_app.services import complaints, decent_hours, interviews
from desk_app.services.calendar import WorkCalendar
from desk_app.services.decent_hours import CallTimeWarning
from desk_app.services.errors import FieldError
from tests.services.test_complaints import Centre, at, centre  # noqa: F401

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


# -- R24 decent hours ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "problem"),
    [
        ("2026-11-23 06:59", "早于 07:00"),
        ("2026-11-23 07:00", None),  # 07:00 is decent
        ("2026-11-23 11:59", None),
        ("2026-11-23 12:00", "午休"),
        ("2026-11-23 13:59", "午休"),
        ("2026-11-23 14:00", None),  # 14:00 is not lunch any more
        ("2026-11-23 21:59", None),
        ("2026-11-23 22:00", "已过 22:00"),
        ("2026-11-28 10:00", None),  # an ordinary Saturday: residents are at home
        ("2026-10-01 10:00", "节假日"),  # National Day
        ("2026-10-04 10:00", "节假日"),  # a Sunday inside the National Day holiday
        ("2026-09-20 10:00", None),  # a Sunday made a working day (调休): not a holiday
        ("2026-09-27 10:00", "节假日"),  # a Sunday inside the Mid-Autumn holiday
        ("2026-10-01 06:00", "早于 07:00"),  # the hour is named first
    ],
)
def test_decent_hours_table(moment: str, problem: str | None) -> None:
    found = decent_hours.call_time_problem(CAL, datetime.fromisoformat(moment).replace(tzinfo=SH))
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_an_administrators_day_off_is_a_holiday() -> None:
    day = date(2026, 11, 25)  # a Wednesday made a day off
    cal = WorkCalendar(overrides={day: False})
    assert decent_hours.call_time_problem(cal, datetime.combine(day, time(10), tzinfo=SH)) is not None


@given(
    minutes=st.integers(min_value=0, max_value=366 * 24 * 60 - 1), note=st.sampled_from(["", " ", "客户约定"])
)
def test_decent_hours_property(minutes: int, note: str) -> None:
    """Any instant of 2026: a warning exactly when the local time is before 07:00, from
    22:00, in 12:00–14:00, or on a day off that is not an ordinary weekend; a note lets
    the call go on and is kept with the reason, no note refuses with the reason."""
    moment = datetime(2026, 1, 1, tzinfo=SH) + timedelta(minutes=minutes)
    clock, day = moment.time(), moment.date()
    holiday = not CAL.is_workday(day) and (day.weekday() < 5 or day in calendar_data.holidays)
    expected = clock < time(7) or clock >= time(22) or time(12) <= clock < time(14) or holiday
    assert (decent_hours.call_time_problem(CAL, moment) is not None) == expected
    if not expected:
        assert decent_hours.check_call_time(CAL, moment, note) is None
    elif note.strip():
        kept = decent_hours.check_call_time(CAL, moment, note)
        assert kept is not None and kept.endswith(note.strip())
    else:
        with pytest.raises(CallTimeWarning) as error:
            decent_hours.check_call_time(CAL, moment, note)
        assert error.value.rule == "R24" and error.value.field == "call_time_note"


def test_a_callback_at_lunch_warns_and_goes_on_with_a_note(centre: Centre) -> None:  # noqa: F811
    """Before: nothing warned before a callback outside decent hours."""
    complaint_id = centre.register()
    centre.classified_and_resolved(complaint_id)
    centre.act(centre.supervisor, complaints.verify, complaint_id)
    centre.clock.current = at("2026-11-24 12:30")
    with pytest.raises(CallTimeWarning, match="午休"):
        centre.act(
            centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=True
        )
    centre.act(
        centre.steward,
        complaints.record_callback,
        complaint_id,
        form=ContactForm.PHONE,
        satisfied=True,
        call_time_note="客户说中午才方便",
    )
    stored = centre.get(complaint_id)
    assert stored.callback_call_time_note == "12:30 是午休时间（12:00–14:00）；客户说中午才方便"


# -- R13q amended ---------------------------------------------------------------------------


def _trainee(centre: Centre) -> tuple[int, int]:  # noqa: F811
    with centre.db.begin() as session:
        trainee = Staff(login="xin", name="新管家", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=False)
        session.add(trainee)
        session.flush()
        return trainee.id, centre.steward


def _interview(centre: Centre, interviewer: int, **fields: object) -> object:  # noqa: F811
    values: dict[str, object] = {
        "client_id": centre.client,
        "interviewer_id": interviewer,
        "interview_date": date(2026, 11, 23),
        "form": ContactForm.HOME_VISIT,
        "topics": [InterviewTopic.SECURITY],
    }
    values.update(fields)
    return centre.act(centre.supervisor, interviews.record_interview, **values)


@pytest.mark.parametrize(
    ("who", "companion", "error"),
    [
        ("trainee", None, "尚未独立上岗，访谈须有陪同人员"),
        ("trainee", "trainee", "不能是访谈人本人"),
        ("trainee", "other_trainee", "也尚未独立上岗"),
        ("trainee", "steward", None),
        ("steward", None, None),  # cleared: alone is fine
    ],
)
def test_a_steward_not_cleared_interviews_with_a_companion(
    centre: Centre,  # noqa: F811
    who: str,
    companion: str | None,
    error: str | None,
) -> None:
    """Before: a steward not cleared to work alone could record an interview alone."""
    trainee, steward = _trainee(centre)
    with centre.db.begin() as session:
        other = Staff(
            login="xin2", name="新管家二", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=False
        )
        session.add(other)
        session.flush()
        people = {"trainee": trainee, "steward": steward, "other_trainee": other.id}
    interviewer = people[who]
    kwargs = {"companion_id": people[companion]} if companion else {}
    if error is None:
        interview = _interview(centre, interviewer, **kwargs)
        assert interview.companion_id == (people[companion] if companion else None)
    else:
        with pytest.raises(FieldError, match=error) as raised:
            _interview(centre, interviewer, **kwargs)
        assert raised.value.field == "companion_id" and raised.value.rule == "R13q"


@pytest.mark.parametrize(
    ("form", "advice", "counts"),
    [
        (ContactForm.HOME_VISIT, [SafetyAdvice.HOME_ALARM], True),
        (ContactForm.HOME_VISIT, [SafetyAdvice.CLOSE_DOORS_WINDOWS], False),
        (ContactForm.PHONE, [SafetyAdvice.HOME_ALARM], False),
        (ContactForm.QUESTIONNAIRE, [], False),
    ],
)
def test_only_a_home_visit_with_the_home_alarm_is_the_move_in_visit(
    centre: Centre,  # noqa: F811
    form: ContactForm,
    advice: list[SafetyAdvice],
    counts: bool,
) -> None:
    """Before: a phone call without the home-alarm guidance counted as the move-in visit."""
    from desk_app.models import Client

    with centre.db.begin() as session:
        client = session.get(Client, centre.client)
        assert client is not None
        client.move_in_date = date(2026, 11, 18)
    _interview(centre, centre.steward, form=form, safety_advice=advice, interview_date=date(2026, 11, 20))
    with centre.db.read() as session:
        missed = [v.client_id for v in interviews.missed_move_in_visits(session, date(2026, 11, 30))]
    assert (centre.client not in missed) is counts
    if not counts:
        with pytest.raises(FieldError, match="乔迁拜访须上门") as raised:
            _interview(centre, centre.steward, form=form, safety_advice=advice, is_move_in_visit=True)
        assert raised.value.rule == "R13q"
