"""R1w amended (issue 14, deliver 6): a web reply is drafted, approved by a department
head, then posted; the R1w clock keeps running through the approval. SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.models import Staff
from desk_app.models.enums import Channel, ComplaintClock, NotificationEvent, StaffRole
from desk_app.services import complaints, notifications
from desk_app.services.errors import PermissionDeniedError, RuleViolationError
from tests.services.test_complaints import Centre, at, centre  # noqa: F401


def _head(centre: Centre) -> int:  # noqa: F811
    with centre.db.begin() as session:
        head = Staff(login="li", name="李经理", role=StaffRole.DEPARTMENT_HEAD, cleared_to_work_alone=True)
        session.add(head)
        session.flush()
        return head.id


def test_a_web_reply_is_drafted_approved_then_posted(centre: Centre) -> None:  # noqa: F811
    """Before: a web reply was stored at once, without the head's approval."""
    head = _head(centre)
    complaint_id = centre.register(channel=Channel.WEB)  # Monday 10:00: R1w due 14:00
    assert centre.get(complaint_id).first_response_due == at("2026-11-23 14:00")
    with pytest.raises(RuleViolationError, match="拟稿") as refused:
        centre.act(centre.steward, complaints.record_first_response, complaint_id, "已安排保洁清理")
    assert refused.value.rule == "R1w"
    centre.act(centre.steward, complaints.draft_web_reply, complaint_id, "已安排保洁今天下午清理楼道")
    with centre.db.read() as session:
        assert [line.event for line in notifications.inbox(session, head)] == [
            NotificationEvent.WEB_REPLY_APPROVAL
        ]
    with pytest.raises(RuleViolationError, match="尚未经部门负责人审批"):
        centre.act(centre.steward, complaints.post_web_reply, complaint_id)
    with pytest.raises(PermissionDeniedError, match="部门负责人"):
        centre.act(centre.supervisor, complaints.approve_web_reply, complaint_id)
    centre.clock.advance(timedelta(hours=3))  # the approval takes its time: 13:00
    centre.act(head, complaints.approve_web_reply, complaint_id)
    centre.clock.advance(timedelta(hours=2))  # posted at 15:00, past the 14:00 due time
    centre.act(centre.steward, complaints.post_web_reply, complaint_id)
    complaint = centre.get(complaint_id)
    assert complaint.first_response_at == at("2026-11-23 15:00")
    assert complaint.first_response_text == "已安排保洁今天下午清理楼道"
    assert complaint.web_reply_approved_by_id == head
    with centre.db.read() as session:
        from sqlalchemy import select

        from desk_app.models import ComplaintBreach

        breach = session.scalars(
            select(ComplaintBreach).where(ComplaintBreach.complaint_id == complaint_id)
        ).one()
        assert breach.clock is ComplaintClock.FIRST_RESPONSE and breach.late_seconds == 3600
    with pytest.raises(RuleViolationError, match="已回帖"):
        centre.act(centre.steward, complaints.draft_web_reply, complaint_id, "再来一次")


def test_a_new_draft_needs_a_new_approval(centre: Centre) -> None:  # noqa: F811
    head = _head(centre)
    complaint_id = centre.register(channel=Channel.WEB)
    centre.act(centre.steward, complaints.draft_web_reply, complaint_id, "已安排保洁清理")
    centre.act(head, complaints.approve_web_reply, complaint_id)
    centre.act(centre.steward, complaints.draft_web_reply, complaint_id, "已安排保洁今天下午清理，明天复查")
    with pytest.raises(RuleViolationError, match="尚未经部门负责人审批"):
        centre.act(centre.steward, complaints.post_web_reply, complaint_id)
    with pytest.raises(RuleViolationError, match="只有网络"):
        centre.act(centre.steward, complaints.draft_web_reply, centre.register(), "不是网络投诉")
