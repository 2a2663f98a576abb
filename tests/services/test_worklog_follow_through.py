"""A work-log line follows what it opened (issue 14): a closed complaint closes its line,
a done dispatch slip finishes its repair line, in the list, the form and the daily tally,
on SQLite and PostgreSQL. The state is read from the linked record, never copied."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desk_app.models import Complaint, DispatchSlip, WorkLogEntry
from desk_app.models.enums import Category, Channel, ContactForm, WorkLogStatus
from desk_app.services import complaints, tallies, worklog
from desk_app.services.dispatch import complete_dispatch_slip, reopen_dispatch_slip
from tests.services.test_complaints import Centre, centre  # noqa: F401


def _log(centre: Centre, category: Category, content: str) -> worklog.EntryResult:  # noqa: F811
    result = centre.act(
        centre.receptionist,
        worklog.record_entry,
        channel=Channel.CALL,
        category=category,
        content=content,
        client_id=centre.client,
        taken_by_id=centre.receptionist,
    )
    assert isinstance(result, worklog.EntryResult)
    return result


def _state(centre: Centre, entry_id: int) -> tuple[WorkLogStatus, str | None]:  # noqa: F811
    with centre.db.read() as session:
        return worklog.entry_state(session, entry_id)


def _listed_status(centre: Centre, entry_id: int) -> WorkLogStatus:  # noqa: F811
    with centre.db.read() as session:
        value = session.scalar(select(worklog.live_status()).where(WorkLogEntry.id == entry_id))
    return WorkLogStatus(value)


def test_a_closed_complaint_closes_its_log_line(centre: Centre) -> None:  # noqa: F811
    """Before: the line stayed 'open' with an empty result after the complaint closed."""
    entry = _log(centre, Category.COMPLAINT, "楼上漏水到卫生间")
    assert entry.complaint is not None
    complaint_id = entry.complaint.id
    assert _state(centre, entry.entry.id) == (WorkLogStatus.IN_PROGRESS, None)
    centre.act(centre.steward, complaints.record_first_response, complaint_id, "已联系工程部上门")
    centre.classified_and_resolved(complaint_id)
    centre.act(centre.supervisor, complaints.verify, complaint_id, "现场查看无渗水")
    centre.clock.advance(timedelta(days=1))
    centre.act(
        centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=True
    )
    assert _state(centre, entry.entry.id) == (WorkLogStatus.DONE, "已更换楼上防水层")
    assert _listed_status(centre, entry.entry.id) is WorkLogStatus.DONE
    with centre.db.read() as session:
        records = worklog.linked_records(session, entry.entry.id)
        stored = session.get(WorkLogEntry, entry.entry.id)
        assert stored is not None and stored.status is WorkLogStatus.OPEN  # nothing copied
    assert [(r.kind, r.state) for r in records] == [("complaints", "已关闭")]


def test_a_done_slip_finishes_its_repair_in_the_list_and_the_tally(centre: Centre) -> None:  # noqa: F811
    """Before: the daily tally listed finished repairs as 待处理."""
    entry = _log(centre, Category.REPAIR, "厨房水管漏水")
    assert entry.dispatch_slip is not None
    slip_id = entry.dispatch_slip.id
    today = centre.clock.now().date()

    def tally_line() -> tallies.TallyItem:
        with centre.db.read() as session:
            return next(
                item for item in tallies.tally_items(session, today) if item.number == entry.entry.number
            )

    assert (tally_line().status, tally_line().is_open) == (WorkLogStatus.IN_PROGRESS, True)
    centre.act(centre.steward, complete_dispatch_slip, slip_id, "更换三通阀门")
    assert (tally_line().status, tally_line().is_open) == (WorkLogStatus.DONE, False)
    assert _state(centre, entry.entry.id) == (WorkLogStatus.DONE, "更换三通阀门")
    centre.act(centre.supervisor, reopen_dispatch_slip, slip_id, "仍有渗水")
    assert tally_line().is_open and _listed_status(centre, entry.entry.id) is WorkLogStatus.IN_PROGRESS


def test_a_voided_complaint_no_longer_drives_its_line(centre: Centre) -> None:  # noqa: F811
    entry = _log(centre, Category.COMPLAINT, "误录的投诉")
    assert entry.complaint is not None
    centre.act(centre.supervisor, complaints.void_complaint, entry.complaint.id, "重复登记")
    assert _state(centre, entry.entry.id) == (WorkLogStatus.OPEN, None)


def test_a_line_without_links_keeps_its_own_state(centre: Centre) -> None:  # noqa: F811
    entry = _log(centre, Category.ENQUIRY, "询问停车月卡")
    assert entry.complaint is None and entry.dispatch_slip is None
    with centre.db.begin(actor_id=centre.receptionist) as session:
        stored = session.get(WorkLogEntry, entry.entry.id)
        assert stored is not None
        worklog.update_handling(
            session,
            stored.id,
            result="已告知办理流程",
            status=WorkLogStatus.DONE,
            expected_version=stored.version,
        )
    assert _state(centre, entry.entry.id) == (WorkLogStatus.DONE, "已告知办理流程")
    with centre.db.read() as session:
        assert session.scalars(select(Complaint)).first() is None
        assert session.scalars(select(DispatchSlip)).first() is None
