"""The dispute screen without Qt (issue 17): the sheet's values, log, links and the
state of every button come from one read; steps run one unit of work each; closing
asks first and writes nothing until confirmed; refusals keep the rule's message.
SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from desk_app.models.enums import DisputeParticipant, DisputeStatus, DisputeType, ReminderKind
from desk_app.screens.base import NeedsConfirmation, Workspace
from desk_app.screens.dispute_record import STEPS, DisputeScreen, dispute_list, new_sheet
from desk_app.services import reminder_cases
from desk_app.services.errors import ConflictError, FieldError, RuleViolationError
from tests.services.test_complaints import Centre, centre  # noqa: F401

VALUES = {
    "dispute_type": DisputeType.NOISE.value,
    "opened_at": "2026-11-23T09:00:00",
    "complainant_room": "",
    "complainant_client_id": None,
    "respondent_room": "",
    "respondent_client_id": None,
    "description": "楼上每晚打麻将到凌晨",
    "handler_id": None,
}


def _screen(centre: Centre, actor: int | None = None) -> DisputeScreen:  # noqa: F811
    return DisputeScreen(Workspace(centre.db, actor if actor is not None else centre.steward))


def _saved(centre: Centre) -> tuple[DisputeScreen, int]:  # noqa: F811
    screen = _screen(centre)
    return screen, screen.save(None, {**VALUES, "complainant_client_id": centre.client}, None)


def test_a_saved_dispute_reads_as_its_sheet(centre: Centre) -> None:  # noqa: F811
    screen, dispute_id = _saved(centre)
    values = screen.read_values(dispute_id)
    assert values["description"] == "楼上每晚打麻将到凌晨" and values["_version"] == 1
    assert values["opened_at"] == "2026-11-23T09:00:00"  # the community's local time
    sheet = values["_sheet"]
    assert sheet.number.startswith("JF-") and sheet.status is DisputeStatus.OPEN and not sheet.closed
    assert set(sheet.actions) == set(STEPS)
    # a dispute without a step: the log can be added to, not closed (the rule's reason)
    assert sheet.actions["add_step"].enabled and not sheet.actions["close"].enabled
    assert "至少记录一条处理经过" in sheet.actions["close"].reason
    assert not sheet.actions["unlink"].enabled and not sheet.actions["reopen"].enabled
    assert all(not state.enabled for state in new_sheet().actions.values())


def test_steps_keep_the_log_and_closing_asks_first(centre: Centre) -> None:  # noqa: F811
    screen, dispute_id = _saved(centre)
    with pytest.raises(FieldError) as error:
        screen.run(dispute_id, "add_step", {"action": " "})
    assert error.value.field == "action"
    args = {"action": "约双方到中心协调", "participants": ["police_station"], "result": "同意十点后停止"}
    assert screen.run(dispute_id, "add_step", args) is None
    sheet = screen.read(dispute_id)
    (line,) = sheet.steps
    assert line.participants == (DisputeParticipant.POLICE_STATION,) and line.who == "管家小王"
    assert line.at == "2026-11-23 10:00" and line.result == "同意十点后停止"
    assert (
        screen.run(
            dispute_id, "add_participant", {"step_id": line.step_id, "participant": "owners_committee"}
        )
        is None
    )
    assert screen.read(dispute_id).steps[0].participants == (
        DisputeParticipant.OWNERS_COMMITTEE,
        DisputeParticipant.POLICE_STATION,
    )

    close = {"outcome": "双方和解", "status": DisputeStatus.RESOLVED}
    question = screen.run(dispute_id, "close", close)
    assert isinstance(question, NeedsConfirmation) and "双方和解" in question.question
    assert screen.read(dispute_id).status is DisputeStatus.OPEN  # nothing written yet
    with pytest.raises(FieldError):  # a refusal comes before any question
        screen.run(dispute_id, "close", {"outcome": " "})
    assert screen.run(dispute_id, "close", close, confirmed=True) is None
    sheet = screen.read(dispute_id)
    assert sheet.closed and sheet.outcome == "双方和解" and sheet.closed_at == "2026-11-23 10:00"
    assert not sheet.actions["add_step"].enabled and "请先重新处理" in sheet.actions["add_step"].reason
    with pytest.raises(RuleViolationError, match="请先重新处理"):
        screen.run(dispute_id, "add_step", args)
    assert sheet.actions["reopen"].enabled
    screen.run(dispute_id, "reopen", {"reason": "又开始打麻将"})
    sheet = screen.read(dispute_id)
    assert sheet.status is DisputeStatus.OPEN and len(sheet.steps) == 2


def test_links_and_their_buttons(centre: Centre) -> None:  # noqa: F811
    screen, dispute_id = _saved(centre)
    with centre.db.begin(actor_id=centre.steward) as session:
        number = reminder_cases.open_case(session, ReminderKind.NOISE, location="3栋2单元").number
    screen.run(dispute_id, "link", {"number": number})
    sheet = screen.read(dispute_id)
    assert [link.number for link in sheet.links] == [number] and sheet.actions["unlink"].enabled
    screen.run(dispute_id, "unlink", {"number": number})
    assert screen.read(dispute_id).links == ()


def test_a_save_over_someone_elses_is_a_conflict(centre: Centre) -> None:  # noqa: F811
    screen, dispute_id = _saved(centre)
    screen.save(dispute_id, {**VALUES, "complainant_client_id": centre.client, "description": "狗叫"}, 1)
    with pytest.raises(ConflictError):
        screen.save(dispute_id, {**VALUES, "complainant_client_id": centre.client}, 1)


def test_the_list_is_labelled_by_the_widget() -> None:
    spec = dispute_list(lambda key: f"<{key}>", lambda member: member.value)
    assert spec.kind == "disputes" and spec.columns[0].title == "<col_number>"
    assert [label for label, _ in spec.filters[0].choices][1:] == [status.value for status in DisputeStatus]


def test_the_printout_renders_the_screens_sheet(centre: Centre) -> None:  # noqa: F811
    """Issue 17: the 邻里纠纷处理记录表 prints the sheet the screen shows (no query of its own)."""
    import io
    import re

    import pypdf

    from desk_app.printing.dispute_record import render_dispute_record

    screen, dispute_id = _saved(centre)
    screen.run(dispute_id, "add_step", {"action": "约双方到中心协调", "participants": ["police_station"]})
    sheet = screen.read(dispute_id)
    assert (sheet.complainant, sheet.dispute_type, sheet.description) == (
        "张三",
        DisputeType.NOISE,
        VALUES["description"],
    )
    assert sheet.opened is not None and f"{sheet.opened:%H:%M}" == "09:00"  # the community's zone
    pdf = render_dispute_record(sheet, "幸福里物业服务中心")
    text = re.sub(
        r"\s+", "", "".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    )
    for shown in (
        sheet.number,
        "幸福里物业服务中心",
        "张三",
        "约双方到中心协调",
        "派出所",
        "2026年11月23日09:00",
    ):
        assert shown in text, shown
