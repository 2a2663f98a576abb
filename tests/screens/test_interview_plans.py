"""The interview plan screen without Qt (issue 17): whether the person may plan comes
from the rule (R13q: supervisors and department heads), before and after a plan is
saved; a saved plan reads back as the form with its targets; R12 warnings; rooms found
by their code; the R13q panels. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.models.enums import StaffRole
from desk_app.screens.base import Workspace
from desk_app.screens.interview_plans import InterviewPlanScreen, plan_list
from desk_app.services.errors import FieldError, PermissionDeniedError
from tests.services.test_interviews import TODAY, Centre, centre  # noqa: F401


def _screen(centre: Centre, actor: int) -> InterviewPlanScreen:  # noqa: F811
    return InterviewPlanScreen(Workspace(centre.db, actor))


def test_only_planners_are_offered_the_plan(centre: Centre) -> None:  # noqa: F811
    head = centre.staff("head", StaffRole.DEPARTMENT_HEAD)
    for actor, allowed in (
        (centre.receptionist, False),
        (centre.steward, False),
        (centre.supervisor, True),
        (head, True),
    ):
        state = _screen(centre, actor).plan_state()
        assert state.enabled is allowed, actor
        assert allowed or ("制定访谈计划" in state.reason and "R13q" in state.reason)


def test_a_plan_is_saved_and_read_back(centre: Centre) -> None:  # noqa: F811
    refusing, room = centre.client_with_room(
        "李四", "3-2-1301", do_not_disturb=True, do_not_disturb_reason="嫌打扰"
    )
    screen = _screen(centre, centre.supervisor)
    found = screen.find_room("3-2-1301")
    assert (found.room_id, found.code) == (room, "3-2-1301")
    with pytest.raises(FieldError) as error:
        screen.find_room("9-9-9999")
    assert error.value.field == "room_ids"
    values = {
        "month": TODAY.replace(day=1).isoformat(),
        "interviewer_id": centre.steward,
        "targets": [["client", centre.client, "张三（3-2-1201）", False], ["room", room, "3-2-1301", False]],
        "notes": "重点：新入住",
    }
    saved = screen.save_plan(values)
    assert len(saved.warnings) == 1 and "李四" in saved.warnings[0]  # R12: named, not refused
    read = screen.read_values(saved.plan_id)
    assert read["month"] == "2026-11-01" and read["interviewer_id"] == centre.steward
    assert [target[:2] for target in read["targets"]] == [["client", centre.client], ["room", room]]
    assert read["targets"][0][2] == "张三（3-2-1201）" and read["_plan"].enabled
    # a receptionist opening the same plan is told why it cannot be saved
    assert not _screen(centre, centre.receptionist).read_values(saved.plan_id)["_plan"].enabled
    with pytest.raises(PermissionDeniedError):
        _screen(centre, centre.receptionist).save_plan(values)
    with pytest.raises(FieldError) as error:
        screen.save_plan({**values, "interviewer_id": None})
    assert error.value.field == "interviewer_id" and str(error.value) == "请选择访谈人"
    assert refusing


def test_the_panels_of_a_month(centre: Centre) -> None:  # noqa: F811
    screen = _screen(centre, centre.supervisor)
    panels = screen.panels(TODAY.replace(day=1))
    assert {q.name: q.shortfall for q in panels.quotas} == {"zhu": 2, "guan": 10}
    # moved in on 2026-11-16: the seven days are over without a visit
    assert panels.due == () and [v.name for v in panels.missed] == ["张三"]
    assert screen.today() == TODAY
    assert [s.name for s in screen.suggestions(centre.client)] == ["guan", "zhu"]


def test_the_list_is_labelled_by_the_widget() -> None:
    spec = plan_list(lambda key: f"<{key}>", date(2026, 11, 24))
    assert spec.kind == "interview_plans" and spec.columns[0].title == "<col_month>"
    assert [label for label, _ in spec.filters[0].choices] == [
        "<all>",
        "<this_month>",
        "<last_month>",
        "<next_month>",
    ]
