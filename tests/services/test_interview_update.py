"""Correcting a saved interview: the same checks as recording one, R12 asked again only
for a new client, and the plan tick follows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.models import Interview, InterviewPlanTarget
from desk_app.models.enums import ContactForm, InterviewTopic, Satisfaction
from desk_app.services import interviews
from desk_app.services.complaints import DoNotDisturbWarning
from desk_app.services.errors import FieldError
from tests.services.test_interviews import TODAY, Centre, centre  # noqa: F401 - fixture


def _values(place: Centre, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "client_id": place.client,
        "interviewer_id": place.steward,
        "interview_date": TODAY,
        "form": ContactForm.PHONE,
        "topics": [InterviewTopic.SECURITY, InterviewTopic.CLEANING],
        "overall_satisfaction": Satisfaction.SATISFIED,
    }
    values.update(changes)
    return values


def test_update_keeps_checks_and_moves_the_plan_tick(centre: Centre) -> None:  # noqa: F811
    other, _ = centre.client_with_room("李四", "3-2-1301", do_not_disturb=True, do_not_disturb_reason="嫌烦")
    with centre.db.begin(actor_id=centre.supervisor) as session:
        interviews.save_plan(session, centre.steward, TODAY, client_ids=[centre.client, other])
    interview = centre.interview()
    with centre.db.begin() as session, pytest.raises(FieldError) as error:
        interviews.update_interview(session, interview.id, **_values(centre, topics=[]))  # type: ignore[arg-type]
    assert error.value.field == "topics"
    with centre.db.begin() as session:  # same client: no R12 question
        interviews.update_interview(session, interview.id, **_values(centre, measures="加强巡逻"))  # type: ignore[arg-type]
    with centre.db.begin() as session, pytest.raises(DoNotDisturbWarning):
        interviews.update_interview(session, interview.id, **_values(centre, client_id=other))  # type: ignore[arg-type]
    with centre.db.begin() as session:
        interviews.update_interview(
            session,
            interview.id,
            **_values(centre, client_id=other, measures="加强巡逻", confirm_do_not_disturb=True),  # type: ignore[arg-type]
        )
    with centre.db.read() as session:
        saved = session.get(Interview, interview.id)
        assert saved is not None and saved.client_id == other and saved.measures == "加强巡逻"
        assert saved.topics == ["security", "cleaning"]
        ticked = session.scalars(
            select(InterviewPlanTarget.client_id).where(InterviewPlanTarget.interview_id == interview.id)
        ).all()
        assert ticked == [other]
