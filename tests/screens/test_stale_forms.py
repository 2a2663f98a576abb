"""Issue 19, finding 1, for every editable record: two counters open the same record
in two sessions; the first saves, the second saves on the copy it loaded before and is
refused with ``ConflictError``, the first one's change (its child rows too) kept. Every
form screen (a ``SessionFormScreen`` in ``desk_app.screens``) is listed here with the
test that proves it, or with why a stale copy cannot overwrite anything; a new form
screen fails ``test_every_form_screen_is_held`` until it is. SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desk_app.screens
from desk_app.models.enums import StaffRole
from desk_app.screens.base import SessionFormScreen, Workspace
from desk_app.screens.interview_plans import InterviewPlanScreen
from desk_app.screens.standard_replies import ReplyScreen
from desk_app.services.errors import ConflictError
from tests.services.test_interviews import TODAY, Centre, centre  # noqa: F401

#: Each form screen and the test where a save on a stale copy is a conflict.
STALE_SAVE_TESTS = {
    "ClientCardScreen": "tests.screens.test_client_archive::test_a_card_saved_meanwhile_is_a_conflict",
    "ComplaintSheetScreen": "tests.screens.test_complaint_sheet::test_a_stale_save_is_a_conflict_and_writes_nothing",
    "DisputeScreen": "tests.screens.test_dispute_record::test_a_save_over_someone_elses_is_a_conflict",
    "InterviewScreen": "tests.screens.test_interview_record::test_saved_and_read_back_as_the_form",
    "WorklogScreen": "tests.screens.test_worklog::test_a_saved_line_updates_its_handling_and_promise_with_its_version",
    "StaffAccountsScreen": "tests.services.test_staff_admin::test_stale_version_is_a_conflict",
    "SettingsScreen": "tests.ui.test_conflict_dialog::test_settings_saved_by_someone_else_are_not_overwritten",
    "InterviewPlanScreen": "tests.screens.test_stale_forms::test_a_stale_plan_is_a_conflict_and_keeps_the_targets",
    "ReplyScreen": "tests.screens.test_stale_forms::test_a_stale_standard_reply_is_a_conflict",
    "NoticeScreen": "tests.screens.test_rectification_notices::test_service_by_ctrl_s_and_the_refusal_evidence",
}

#: Form screens whose save on a saved record writes no typed values over stored ones.
NOT_OVERWRITING = {
    "BookScreen": "a saved line is not edited: Ctrl+S runs the next step, refused by the "
    "book's guard table once another counter ran it (tests/screens/test_reception_books.py)",
    "ReminderScreen": "a saved case is not retyped (save refuses); its steps are refused by the "
    "reminder-case guard table once another counter ran them (tests/screens/test_reminder_slips.py)",
    "DispatchScreen": "a saved slip is not edited: Ctrl+S runs the step its state allows, "
    "refused by the guard table once another counter ran it (tests/screens/test_dispatch_slips.py)",
}


def _form_screens() -> set[str]:
    found = set()
    for module_info in pkgutil.iter_modules(desk_app.screens.__path__):
        module = importlib.import_module(f"desk_app.screens.{module_info.name}")
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, SessionFormScreen)
                and value is not SessionFormScreen
                and value.__module__ == module.__name__
            ):
                found.add(name)
    return found


def test_every_form_screen_is_held() -> None:
    screens = _form_screens()
    assert len(screens) >= 11
    missing = screens - set(STALE_SAVE_TESTS) - set(NOT_OVERWRITING)
    assert not missing, f"form screens without a stale-save test: {sorted(missing)}"
    for name, where in STALE_SAVE_TESTS.items():
        module, test = where.split("::")
        assert callable(getattr(importlib.import_module(module), test, None)), f"{name}: {where} is gone"


def _plan_values(centre: Centre, targets: list[list[Any]], notes: str = "") -> dict[str, Any]:  # noqa: F811
    return {
        "month": TODAY.replace(day=1).isoformat(),
        "interviewer_id": centre.steward,
        "targets": targets,
        "notes": notes,
    }


EDITS = ("add client", "add room", "remove target", "notes")


def _edited(values: dict[str, Any], edit: str, client: list[Any], room: list[Any]) -> dict[str, Any]:
    targets = [list(target) for target in values["targets"]]
    if edit == "add client":
        targets.append(client)
    elif edit == "add room":
        targets.append(room)
    elif edit == "remove target":
        targets = targets[:-1] or [client]
    return {**values, "targets": targets, "notes": f"{values['notes']}·{edit}"}


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sampled_from(EDITS), second=st.sampled_from(EDITS))
def test_a_stale_plan_is_a_conflict_and_keeps_the_targets(
    centre: Centre,  # noqa: F811
    first: str,
    second: str,
) -> None:
    """The plan's targets are replaced as a collection: the second counter's stale save
    would drop the first one's targets. It is refused, the first save stays whole."""
    other, room = centre.client_with_room(f"王{first}{second}", f"5-1-{len(first)}{len(second)}01")
    a = InterviewPlanScreen(Workspace(centre.db, centre.supervisor))
    b = InterviewPlanScreen(Workspace(centre.db, centre.supervisor))
    saved = a.save_plan(_plan_values(centre, [["client", centre.client, "张三", False]]))
    loaded_a = a.read_values(saved.plan_id)
    loaded_b = b.read_values(saved.plan_id)
    client_target = ["client", other, "王", False]
    room_target = ["room", room, "5-1", False]
    a.save(saved.plan_id, _edited(loaded_a, first, client_target, room_target), loaded_a["_version"])
    after_first = a.read_values(saved.plan_id)
    assert after_first["_version"] > loaded_a["_version"]
    with pytest.raises(ConflictError):
        b.save(saved.plan_id, _edited(loaded_b, second, room_target, client_target), loaded_b["_version"])
    after = b.read_values(saved.plan_id)
    assert (after["targets"], after["notes"], after["_version"]) == (
        after_first["targets"],
        after_first["notes"],
        after_first["_version"],
    )
    # saving again on the version now stored goes through
    b.save(saved.plan_id, _edited(after, second, room_target, client_target), after["_version"])


def test_a_stale_standard_reply_is_a_conflict(centre: Centre) -> None:  # noqa: F811
    head = centre.staff("head", StaffRole.DEPARTMENT_HEAD)
    a = ReplyScreen(Workspace(centre.db, centre.supervisor))
    b = ReplyScreen(Workspace(centre.db, head))
    values = {
        "topic": "停水",
        "question": "为什么停水？",
        "reply_text": "管道检修，下午恢复。",
        "keywords": "停水",
    }
    reply_id = a.save(None, values, None)
    loaded_a = a.read_values(reply_id)
    loaded_b = b.read_values(reply_id)
    a.save(reply_id, {**loaded_a, "reply_text": "管道检修，17:00 前恢复。"}, loaded_a["_version"])
    with pytest.raises(ConflictError):
        b.save(reply_id, {**loaded_b, "keywords": "停水 检修"}, loaded_b["_version"])
    stored = b.read_values(reply_id)
    assert (stored["reply_text"], stored["keywords"]) == ("管道检修，17:00 前恢复。", "停水")
    b.save(reply_id, {**stored, "keywords": "停水 检修"}, stored["_version"])
    assert b.read_values(reply_id)["keywords"] == "停水 检修"


def test_a_stale_forbidden_phrase_is_a_conflict(centre: Centre) -> None:  # noqa: F811
    """The forbidden phrases are edited in a list beside the replies' form: the version
    read with the list is checked too."""
    a = ReplyScreen(Workspace(centre.db, centre.supervisor))
    b = ReplyScreen(Workspace(centre.db, centre.supervisor))
    phrase_id, _ = a.save_phrase(None, "不知道", "我帮您问一下")
    seen_a = next(p for p in a.phrases() if p.id == phrase_id)
    seen_b = next(p for p in b.phrases() if p.id == phrase_id)
    a.save_phrase(phrase_id, "不知道", "我马上帮您查询", seen_a.version)
    with pytest.raises(ConflictError):
        b.save_phrase(phrase_id, "不清楚", "我帮您问一下", seen_b.version)
    now = next(p for p in b.phrases() if p.id == phrase_id)
    assert (now.phrase, now.better_alternative) == ("不知道", "我马上帮您查询")
    b.save_phrase(phrase_id, "不清楚", "我帮您问一下", now.version)
    assert next(p for p in b.phrases() if p.id == phrase_id).phrase == "不清楚"


def test_a_stale_area_building_or_room_is_a_conflict(centre: Centre) -> None:  # noqa: F811
    """The community's structure has no version column: its edit dialogs pass the values
    they read, and a change by someone else since is refused (each of the three)."""
    from desk_app.models.enums import RoomKind
    from desk_app.screens.community_structure import StructureScreen

    admin = centre.staff("admin", StaffRole.ADMINISTRATOR)
    a = StructureScreen(Workspace(centre.db, admin))
    b = StructureScreen(Workspace(centre.db, admin))
    area_id = a.create_area({"name": "北区", "steward_id": None})
    building_id = a.create_building({"code": "9", "name": "9栋", "area_id": area_id})
    room_id = a.create_room(
        building_id, {"unit": "1", "number": "0101", "floor": 1, "area_m2": 88.5, "kind": RoomKind.RESIDENCE}
    )

    def area_row() -> Any:
        return next(area for area in b.tree() if area.id == area_id)

    def building_row() -> Any:
        return next(x for area in b.tree() for x in area.buildings if x.id == building_id)

    def room_row() -> Any:
        return next(room for room in b.rooms(building_id, True) if room.id == room_id)

    area, building, room = area_row(), building_row(), room_row()
    seen_area = {"name": area.name, "steward_id": area.steward_id}
    seen_building = {"code": building.code, "name": building.name, "area_id": building.area_id}
    seen_room = {"floor": room.floor, "area_m2": room.area_m2, "kind": room.kind}
    # unchanged since read: each save goes through (numbers and "" / None compare as equal)
    a.update_area(area_id, {"name": "北区", "steward_id": centre.steward}, seen_area)
    a.update_building(building_id, {"code": "9", "name": "9号楼", "area_id": area_id}, seen_building)
    a.update_room(room_id, {"floor": 1, "area_m2": 90.0, "kind": RoomKind.RESIDENCE}, seen_room)
    with pytest.raises(ConflictError):
        b.update_area(area_id, {"name": "北苑", "steward_id": None}, seen_area)
    with pytest.raises(ConflictError):
        b.update_building(building_id, {"code": "9", "name": "九栋", "area_id": area_id}, seen_building)
    with pytest.raises(ConflictError):
        b.update_room(room_id, {"floor": 2, "area_m2": 88.5, "kind": RoomKind.RESIDENCE}, seen_room)
    assert (area_row().name, area_row().steward_id) == ("北区", centre.steward)
    assert building_row().name == "9号楼" and room_row().area_m2 == 90.0
    fresh = room_row()
    b.update_room(
        room_id,
        {"floor": 2, "area_m2": 90.0, "kind": RoomKind.RESIDENCE},
        {"floor": fresh.floor, "area_m2": fresh.area_m2, "kind": fresh.kind},
    )
    assert room_row().floor == 2


def test_a_stale_department_rename_is_a_conflict(centre: Centre) -> None:  # noqa: F811
    from desk_app.screens.departments import DepartmentsScreen

    admin = centre.staff("admin", StaffRole.ADMINISTRATOR)
    a = DepartmentsScreen(Workspace(centre.db, admin))
    b = DepartmentsScreen(Workspace(centre.db, admin))
    department_id = a.add("工程部").id
    a.rename(department_id, "工程维修部", "工程部")
    with pytest.raises(ConflictError):
        b.rename(department_id, "工程服务部", "工程部")
    b.rename(department_id, "工程服务部", "工程维修部")
