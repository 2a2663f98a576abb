"""What every record screen offers besides its form: 作废 (void with a reason) and
修改历史 (the record's audit history).

``Voider`` is the void action of one kind of record, for ``ui.record_page.RecordPage``::

    voider = Voider.of(workspace, Visitor)        # the kind's own void, else void_record
    voider.state(record_id)                      # ActionState: enabled only for those who may
    voider.void(record_id, "重复登记")             # one write unit of work; refusals raise

The state comes from the rule (``services.records.VOID_GUARDS``: a supervisor or
department head, a record not voided yet), the same rule the void functions refuse
through, so 作废 is enabled exactly when voiding would be accepted (the property test
``tests/screens/test_records.py`` drives every kind and role through both). Kinds with
their own void function (their own message, their own side effects: an interview leaves
its plan target open again) are named in ``OWN_VOIDS``.

``record_history(workspace, model, record_id)`` reads the history lines, the kind's
name and the record's number in one read unit of work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Complaint, Dispute, Interview, RectificationNotice, ReminderCase
from desk_app.models.base import Base, VoidableMixin
from desk_app.screens.base import ActionState, Workspace
from desk_app.services import audit, complaints, disputes, interviews, rectification_notices, reminder_cases
from desk_app.services.audit import HistoryLine
from desk_app.services.records import VOID_GUARDS, void_record

#: (session, record id, reason) -> anything; raises DomainError to refuse.
VoidFunction = Callable[[Session, int, str], Any]
#: A kind of record as a list spec names it (``ListSpec.model``).
RecordModel = type[Base]

#: The kinds whose service voids them itself (see the module docstring).
OWN_VOIDS: dict[type[Base], VoidFunction] = {
    Complaint: complaints.void_complaint,
    Dispute: disputes.void_dispute,
    Interview: interviews.void_interview,
    ReminderCase: reminder_cases.void_case,
    RectificationNotice: rectification_notices.void_notice,
}


class Voider:
    """The void action of one kind of record (see the module docstring)."""

    def __init__(self, workspace: Workspace, model: RecordModel, void: VoidFunction | None = None) -> None:
        if not issubclass(model, VoidableMixin):
            raise TypeError(f"{model.__name__} records cannot be voided")
        self.workspace = workspace
        self.model = model
        self._void = void if void is not None else OWN_VOIDS.get(model)

    @classmethod
    def of(cls, workspace: Workspace, model: RecordModel) -> Voider | None:
        """The voider of ``model``, or None when its records are never voided."""
        return cls(workspace, model) if issubclass(model, VoidableMixin) else None

    def state_in(self, session: Session, record_id: int) -> ActionState:
        record = session.get(self.model, record_id)
        if record is None:
            return ActionState(False, reason=msg("找不到这条记录（编号 {record_id}）", record_id=record_id))
        assert isinstance(record, VoidableMixin)
        return ActionState.of(VOID_GUARDS.verdict(session, "void", record))

    def state(self, record_id: int | None) -> ActionState:
        """Whether the signed-in person may void ``record_id`` now (and why not)."""
        if record_id is None:
            return ActionState(False, reason=msg("请先在列表中选中要作废的记录"))
        return self.workspace.read(lambda session: self.state_in(session, record_id))

    def void_in(self, session: Session, record_id: int, reason: str) -> None:
        if self._void is not None:
            self._void(session, record_id, reason)
        else:
            void_record(session, self.model, record_id, reason)

    def void(self, record_id: int, reason: str) -> None:
        """Void ``record_id`` with ``reason`` in one unit of work; raises the refusal."""
        self.workspace.write(lambda session: self.void_in(session, record_id, reason))


@dataclass(frozen=True)
class RecordHistory:
    """修改历史 of one record: the kind's name, its number and the lines, newest first."""

    kind: str
    number: str
    lines: list[HistoryLine]


def record_history(workspace: Workspace, model: RecordModel, record_id: int) -> RecordHistory:
    """The history of ``model`` ``record_id`` for the signed-in person (the service
    refuses when nobody is signed in, and a document's history to whom may not read it)."""

    def read(session: Session) -> RecordHistory:
        lines = audit.record_history(session, model, record_id)
        record = session.get(model, record_id)
        number = str(getattr(record, "number", "") or "")
        return RecordHistory(audit.kind_label(model.__tablename__), number, lines)

    return workspace.read(read)


__all__ = [
    "OWN_VOIDS",
    "HistoryLine",
    "RecordHistory",
    "RecordModel",
    "VoidFunction",
    "Voider",
    "record_history",
]
