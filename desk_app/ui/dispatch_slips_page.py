"""派工单 / 协调单 dispatch and coordination slips (SPEC 2.2, R18): the list and the form.
A slip is issued (room, contact, content, the department or person sent), then
completed with what was done; a completed slip whose work did not hold can be opened
again. The service decides which step is allowed."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import DispatchSlip, Room
from desk_app.models.enums import DispatchKind, DispatchStatus
from desk_app.services import context as service_context
from desk_app.services import dispatch, references
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import aware, local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.list_spec import Column, Filter, ListSpec
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

TEXT = ScreenText(
    "DispatchSlipsPage",
    {
        "title": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工单 / 协调单"),
        "kind": QT_TRANSLATE_NOOP("DispatchSlipsPage", "单据类别(&K)"),
        "issued_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派单时间(&T)"),
        "room_id": QT_TRANSLATE_NOOP("DispatchSlipsPage", "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("DispatchSlipsPage", "如 3-2-1201（公共部位可不填）"),
        "contact_name": QT_TRANSLATE_NOOP("DispatchSlipsPage", "联系人(&L)"),
        "contact_phone": QT_TRANSLATE_NOOP("DispatchSlipsPage", "联系电话(&M)"),
        "content": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工内容(&W)"),
        "assigned_department_id": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派往部门(&D)"),
        "assigned_staff_id": QT_TRANSLATE_NOOP("DispatchSlipsPage", "接单人(&J)"),
        "result": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成情况(&Q)"),
        "result_hint": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成后填写处理结果"),
        "reopen_reason": QT_TRANSLATE_NOOP("DispatchSlipsPage", "重新打开原因(&Y)"),
        "nobody": QT_TRANSLATE_NOOP("DispatchSlipsPage", "（未指定）"),
        "complete": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记完成(&C)"),
        "reopen": QT_TRANSLATE_NOOP("DispatchSlipsPage", "重新打开(&O)"),
        "completed_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记完成。"),
        "reopened_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已重新打开。"),
        "state_open": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态：未完成"),
        "state_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态：已于 {when} 完成"),
        "source": QT_TRANSLATE_NOOP("DispatchSlipsPage", "来源：工作信息记录 {number}"),
        "col_number": QT_TRANSLATE_NOOP("DispatchSlipsPage", "编号"),
        "col_kind": QT_TRANSLATE_NOOP("DispatchSlipsPage", "类别"),
        "col_issued": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派单时间"),
        "col_room": QT_TRANSLATE_NOOP("DispatchSlipsPage", "房号"),
        "col_content": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工内容"),
        "col_status": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态"),
        "col_completed": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成时间"),
        "filter_status": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态"),
        "filter_kind": QT_TRANSLATE_NOOP("DispatchSlipsPage", "类别"),
        "filter_all": QT_TRANSLATE_NOOP("DispatchSlipsPage", "全部"),
        "export": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工单"),
    },
)


def dispatch_list() -> ListSpec:
    return ListSpec(
        kind="dispatch_slips",
        model=DispatchSlip,
        columns=(
            Column(TEXT("col_number"), DispatchSlip.number),
            Column(TEXT("col_kind"), DispatchSlip.kind),
            Column(TEXT("col_issued"), DispatchSlip.issued_at),
            Column(TEXT("col_room"), Room.code),
            Column(TEXT("col_content"), DispatchSlip.content),
            Column(TEXT("col_status"), DispatchSlip.status),
            Column(TEXT("col_completed"), DispatchSlip.completed_at),
        ),
        search=(DispatchSlip.number, DispatchSlip.content, DispatchSlip.contact_name, Room.code),
        filters=(
            Filter(
                TEXT("filter_status"),
                (
                    (TEXT("filter_all"), None),
                    *((enum_label(status), DispatchSlip.status == status) for status in DispatchStatus),
                ),
            ),
            Filter(
                TEXT("filter_kind"),
                (
                    (TEXT("filter_all"), None),
                    *((enum_label(k), DispatchSlip.kind == k) for k in DispatchKind),
                ),
            ),
        ),
        default_order=DispatchSlip.issued_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == DispatchSlip.room_id),
        export_name=TEXT("export"),
    )


class DispatchSlipForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="dispatch_slips", draft_name="dispatch_slip", title=TEXT("title"))
        self.add_fields(
            [
                FieldSpec(
                    "kind",
                    TEXT("kind"),
                    "combo",
                    choices=tuple((enum_label(k), k.value) for k in DispatchKind),
                ),
                FieldSpec("issued_at", TEXT("issued_at"), "datetime"),
                FieldSpec("room_id", TEXT("room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("contact_name", TEXT("contact_name")),
                FieldSpec("contact_phone", TEXT("contact_phone")),
                FieldSpec("content", TEXT("content"), "text"),
                FieldSpec("assigned_department_id", TEXT("assigned_department_id"), "combo"),
                FieldSpec("assigned_staff_id", TEXT("assigned_staff_id"), "combo"),
                FieldSpec(
                    "result",
                    TEXT("result"),
                    "text",
                    placeholder=TEXT("result_hint"),
                    editable_after_save=True,
                ),
                FieldSpec("reopen_reason", TEXT("reopen_reason"), editable_after_save=True),
            ]
        )
        with context.db.read() as session:
            self.fill_combo("assigned_department_id", references.department_choices(session), TEXT("nobody"))
            self.fill_combo("assigned_staff_id", references.staff_choices(session), TEXT("nobody"))
        self.complete_button = make_button(self.action_row, TEXT("complete"), self._complete)
        self.reopen_button = make_button(self.action_row, TEXT("reopen"), self._reopen)
        self.print_button = PrintButton(self, "dispatch")
        self.action_row.insertWidget(0, self.print_button)
        self.state_label = status_line(self.details)
        self._status: DispatchStatus | None = None
        with self.loading():
            self.clear_form()

    def register(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values["room_id"], "room_id")
        issued = aware(values["issued_at"], self.zone) or service_context.now(session)
        slip = dispatch.create_dispatch_slip(
            session,
            content=values["content"],
            issued_at=issued,
            kind=DispatchKind(values["kind"]),
            room_id=room.id if room is not None else None,
            contact_name=str(values["contact_name"]).strip() or None,
            contact_phone=str(values["contact_phone"]).strip() or None,
            assigned_department_id=values["assigned_department_id"],
            assigned_staff_id=values["assigned_staff_id"],
        )
        session.flush()
        return slip.id

    def save_existing(self, session: Session, values: dict[str, Any]) -> None:
        # Ctrl+S on a saved slip: the step its state allows.
        if self.record_id is None:
            return
        if self._status is DispatchStatus.DONE:
            dispatch.reopen_dispatch_slip(session, self.record_id, values["reopen_reason"])
        else:
            dispatch.complete_dispatch_slip(session, self.record_id, values["result"])

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            slip = dispatch.load_dispatch_slip(session, record_id)
            values = {
                "kind": slip.kind.value,
                "issued_at": slip.issued_at,
                "room_id": references.room_code(session, slip.room_id),
                "contact_name": slip.contact_name,
                "contact_phone": slip.contact_phone,
                "content": slip.content,
                "assigned_department_id": slip.assigned_department_id,
                "assigned_staff_id": slip.assigned_staff_id,
                "result": slip.result,
                "reopen_reason": "",
            }
            number, status, completed = slip.number, slip.status, slip.completed_at
            source = slip.worklog_entry.number if slip.worklog_entry is not None else None
        self.show_loaded(record_id, number, values)
        self._status = status
        done = status is DispatchStatus.DONE
        self.complete_button.setVisible(not done)
        self.reopen_button.setVisible(done)
        self.show_row("result", True)
        self.show_row("reopen_reason", done)
        result_box = self.boxes["result"]
        if hasattr(result_box, "setReadOnly"):
            result_box.setReadOnly(done)
        lines = [TEXT("state_done", when=local_text(completed, self.zone)) if done else TEXT("state_open")]
        if source:
            lines.append(TEXT("source", number=source))
        self.state_label.setText("\n".join(lines))
        self.print_button.set_record(record_id)

    def show_record_details(self, record_id: int | None) -> None:
        self._status = None
        self.complete_button.setVisible(False)
        self.reopen_button.setVisible(False)
        self.show_row("result", record_id is not None)
        self.show_row("reopen_reason", False)
        self.state_label.clear()
        self.print_button.set_record(None)

    def _complete(self) -> None:
        if self.record_id is not None:
            record_id, result = self.record_id, str(self.value("result"))
            done = TEXT("completed_done")
            self.run_action(lambda s: dispatch.complete_dispatch_slip(s, record_id, result), done)

    def _reopen(self) -> None:
        if self.record_id is not None:
            record_id, reason = self.record_id, str(self.value("reopen_reason"))
            done = TEXT("reopened_done")
            self.run_action(lambda s: dispatch.reopen_dispatch_slip(s, record_id, reason), done)


class DispatchSlipsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, DispatchSlipForm(context), dispatch_list())
