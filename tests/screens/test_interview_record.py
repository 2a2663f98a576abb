"""The interview screen without Qt (issue 17): the sheet reads the stored form back;
R12 is the service's rule, returned as NeedsConfirmation (nothing written) instead of
the page's own copy of it; fields are refused by name; R13q suggestions. SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.models import Interview
from desk_app.models.enums import ContactForm, StaffRole
from desk_app.screens.base import NeedsConfirmation, Workspace
from desk_app.screens.interview_record import STEPS, InterviewScreen, interview_list
from desk_app.services.complaints import DoNotDisturbWarning
from desk_app.services.errors import ConflictError, FieldError, NotFoundError
from tests.services.test_interviews import TODAY, Centre, centre  # noqa: F401


def _values(centre: Centre, **changes: Any) -> dict[str, Any]:  # noqa: F811
    values: dict[str, Any] = {
        "client_id": centre.client,
        "room": "",
        "interviewer_id": centre.steward,
        "interview_date": (TODAY - timedelta(days=1)).isoformat(),
        "form": ContactForm.PHONE.value,
        "topics": ["security", "cleaning"],
        "client_needs": "希望加强夜间巡逻",
        "measures": "",
        "completion": "",
        "callback_satisfaction": None,
        "overall_satisfaction": "satisfied",
        "safety_advice": ["close_doors_windows"],
        "is_move_in_visit": False,
        "companion_id": None,
        "call_time_note": "",
    }
    values.update(changes)
    return values


def _count(centre: Centre) -> int:  # noqa: F811
    with centre.db.read() as session:
        return session.scalar(select(func.count(Interview.id))) or 0


def test_saved_and_read_back_as_the_form(centre: Centre) -> None:  # noqa: F811
    screen = InterviewScreen(Workspace(centre.db, centre.receptionist))
    interview_id = screen.save(None, _values(centre), None)
    sheet = screen.read(interview_id)
    assert sheet.number.startswith("FT-") and sheet.values["room"] == "3-2-1201"  # the client's room
    assert sheet.values["topics"] == ["security", "cleaning"] and sheet.values["_version"] == 1
    assert set(sheet.actions) == set(STEPS)
    # issue 7: the receptionist corrects, only supervisors and heads void
    assert sheet.actions["update"].enabled and not sheet.actions["void"].enabled
    assert "作废访谈记录" in sheet.actions["void"].reason
    boss = InterviewScreen(Workspace(centre.db, centre.supervisor)).read(interview_id)
    assert boss.actions["void"].enabled
    screen.save(interview_id, _values(centre, completion="已完成"), 1)
    assert screen.read_values(interview_id)["completion"] == "已完成"
    with pytest.raises(ConflictError):
        screen.save(interview_id, _values(centre), 1)


def test_r12_asks_and_writes_nothing_until_confirmed(centre: Centre) -> None:  # noqa: F811
    refusing = centre.bare_client(do_not_disturb=True, do_not_disturb_reason="嫌打扰")
    screen = InterviewScreen(Workspace(centre.db, centre.receptionist))
    values = _values(centre, client_id=refusing)
    outcome = screen.save_step(None, values, None)
    assert isinstance(outcome, NeedsConfirmation) and "嫌打扰" in outcome.question
    assert _count(centre) == 0
    with pytest.raises(DoNotDisturbWarning):  # the form's save without the question
        screen.save(None, values, None)
    # the other checks come first: no question for a form that would be refused anyway
    with pytest.raises(FieldError) as error:
        screen.save_step(None, {**values, "topics": []}, None)
    assert error.value.field == "topics"
    interview_id = screen.save_step(None, values, None, confirmed=True)
    assert isinstance(interview_id, int) and _count(centre) == 1
    # a correction of the same client is not asked again (the service's rule)
    assert screen.save_step(interview_id, {**values, "completion": "已回访"}, 1) == interview_id


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"client_id": None}, "client_id", "请选择客户"),
        ({"interviewer_id": None}, "interviewer_id", "请选择访谈人"),
        ({"interview_date": "1340"}, "interview_date", ""),
        ({"room": "9-9-9999"}, "room_id", ""),
    ],
)
def test_fields_are_refused_by_name(
    centre: Centre,  # noqa: F811
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    screen = InterviewScreen(Workspace(centre.db, centre.receptionist))
    with pytest.raises(FieldError) as error:
        screen.save(None, _values(centre, **changes), None)
    assert error.value.field == field and words in str(error.value)


def test_a_voided_interview_is_not_read(centre: Centre) -> None:  # noqa: F811
    interview = centre.interview()
    centre.void(interview.id)
    with pytest.raises(NotFoundError):
        InterviewScreen(Workspace(centre.db, centre.supervisor)).read(interview.id)


def test_suggestions_and_staff(centre: Centre) -> None:  # noqa: F811
    centre.staff("hunan", StaffRole.SERVICE_STAFF, hometown="湖南")
    screen = InterviewScreen(Workspace(centre.db, centre.receptionist))
    assert {name for _ident, name in screen.staff_choices()} >= {"guan", "hunan"}
    assert [s.name for s in screen.suggestions(centre.client)]  # interviewers only
    assert screen.today() == TODAY


def test_the_list_is_labelled_by_the_widget() -> None:
    spec = interview_list(lambda key: f"<{key}>", lambda member: member.value)
    assert spec.kind == "interviews" and spec.columns[1].title == "<col_date>"


def test_the_printout_renders_the_screens_sheet(centre: Centre) -> None:  # noqa: F811
    """Issue 17: the 顾客访谈记录表 prints the sheet the screen shows (no query of its own)."""
    import io
    import re

    import pypdf

    from desk_app.printing.interview_sheet import render_interview_sheet

    screen = InterviewScreen(Workspace(centre.db, centre.receptionist))
    sheet = screen.read(screen.save(None, _values(centre), None))
    assert (sheet.client_name, sheet.room, sheet.interviewer) == ("张三", "3-2-1201", "guan")
    assert sheet.form is ContactForm.PHONE and [topic.value for topic in sheet.topics] == [
        "security",
        "cleaning",
    ]
    pdf = render_interview_sheet(sheet, "幸福里物业服务中心")
    text = re.sub(
        r"\s+", "", "".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    )
    for shown in (sheet.number, "幸福里物业服务中心", "张三", "3-2-1201", "希望加强夜间巡逻", "guan"):
        assert shown in text, shown
