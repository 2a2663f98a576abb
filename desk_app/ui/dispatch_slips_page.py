"""派工单 / 协调单 dispatch and coordination slips (SPEC 2.2, R18): the list and the form.
A slip is issued (room, contact, content, the department or person sent, the due
time: R20), its assignment changed while it is open, the technician's report entered
(accepted, arrived, done with result and materials), the client called back (R6), and
a completed slip whose work did not hold opened again. The service decides which step
is allowed (``dispatch.available_steps``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import DispatchSlip, Room
from desk_app.screens.enums import BusinessLine, ContactForm, DispatchKind, DispatchStatus
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import context as service_context
from desk_app.services import dispatch, references
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import aware, local_text
from desk_app.ui.desk_context import DeskContext
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
        "assigned_staff_id": QT_TRANSLATE_NOOP("DispatchSlipsPage", "接单人(&8)"),
        "result": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成情况(&J)"),
        "group_assign": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工"),
        "group_report": QT_TRANSLATE_NOOP("DispatchSlipsPage", "维修人员反馈（前台代为登记）"),
        "group_callback": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访"),
        "business_line": QT_TRANSLATE_NOOP("DispatchSlipsPage", "专业(&B)"),
        "urgent": QT_TRANSLATE_NOOP("DispatchSlipsPage", "紧急（1 小时内）(&U)"),
        "due_by_hand": QT_TRANSLATE_NOOP("DispatchSlipsPage", "手工指定完成时间(&I)"),
        "due_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "要求完成(&Q)"),
        "accepted_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "接单时间(&9)"),
        "arrived_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "到场时间(&Z)"),
        "materials": QT_TRANSLATE_NOOP("DispatchSlipsPage", "所用材料(&0)"),
        "confirmed_on_the_spot": QT_TRANSLATE_NOOP("DispatchSlipsPage", "客户现场确认满意(&X)"),
        "callback_form": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访方式(&1)"),
        "callback_satisfied": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访结果(&2)"),
        "callback_comments": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访意见(&3)"),
        "satisfied": QT_TRANSLATE_NOOP("DispatchSlipsPage", "满意"),
        "call_time_note": QT_TRANSLATE_NOOP("DispatchSlipsPage", "非适宜时段说明(&7)"),
        "call_time_hint": QT_TRANSLATE_NOOP(
            "DispatchSlipsPage", "早7点前、晚10点后、午休或节假日致电时填写原因"
        ),
        "dissatisfied": QT_TRANSLATE_NOOP("DispatchSlipsPage", "不满意（返工）"),
        "assign": QT_TRANSLATE_NOOP("DispatchSlipsPage", "保存派工(&A)"),
        "accept": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记接单(&4)"),
        "arrive": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记到场(&5)"),
        "callback": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记回访(&6)"),
        "assigned_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工已保存。"),
        "accepted_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记接单。"),
        "arrived_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记到场。"),
        "callback_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记回访。"),
        "state": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态：{stage}"),
        "callback_due": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访期限：{when}"),
        "col_due": QT_TRANSLATE_NOOP("DispatchSlipsPage", "要求完成"),
        "result_hint": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成后填写处理结果"),
        "reopen_reason": QT_TRANSLATE_NOOP("DispatchSlipsPage", "重新打开原因(&Y)"),
        "nobody": QT_TRANSLATE_NOOP("DispatchSlipsPage", "（未指定）"),
        "complete": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记完成(&C)"),
        "reopen": QT_TRANSLATE_NOOP("DispatchSlipsPage", "重新打开(&O)"),
        "completed_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记完成。"),
        "reopened_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已重新打开。"),
        "state_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已于 {when} 完成"),
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
            Column(TEXT("col_due"), DispatchSlip.due_at),
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
            ]
        )
        # R20: who does it and by when — at creation or afterwards (保存派工).
        self.add_group(
            TEXT("group_assign"),
            [
                FieldSpec(
                    "business_line",
                    TEXT("business_line"),
                    "combo",
                    choices=((TEXT("nobody"), None), *((enum_label(b), b.value) for b in BusinessLine)),
                    editable_after_save=True,
                ),
                FieldSpec("urgent", TEXT("urgent"), "check", editable_after_save=True),
                FieldSpec(
                    "assigned_department_id",
                    TEXT("assigned_department_id"),
                    "combo",
                    editable_after_save=True,
                ),
                FieldSpec("assigned_staff_id", TEXT("assigned_staff_id"), "combo", editable_after_save=True),
                FieldSpec("due_by_hand", TEXT("due_by_hand"), "check", editable_after_save=True),
                FieldSpec("due_at", TEXT("due_at"), "datetime", editable_after_save=True),
            ],
        )
        # R20: the technician's report, entered at the counter.
        self.report_group = self.add_group(
            TEXT("group_report"),
            [
                FieldSpec("accepted_at", TEXT("accepted_at"), "datetime", editable_after_save=True),
                FieldSpec("arrived_at", TEXT("arrived_at"), "datetime", editable_after_save=True),
                FieldSpec(
                    "result",
                    TEXT("result"),
                    "text",
                    placeholder=TEXT("result_hint"),
                    editable_after_save=True,
                ),
                FieldSpec("materials", TEXT("materials"), editable_after_save=True),
                FieldSpec(
                    "confirmed_on_the_spot", TEXT("confirmed_on_the_spot"), "check", editable_after_save=True
                ),
            ],
        )
        # R6 after a repair.
        self.callback_group = self.add_group(
            TEXT("group_callback"),
            [
                FieldSpec(
                    "callback_form",
                    TEXT("callback_form"),
                    "combo",
                    choices=tuple((enum_label(f), f.value) for f in ContactForm),
                    editable_after_save=True,
                ),
                FieldSpec(
                    "callback_satisfied",
                    TEXT("callback_satisfied"),
                    "combo",
                    choices=((TEXT("satisfied"), "yes"), (TEXT("dissatisfied"), "no")),
                    editable_after_save=True,
                ),
                FieldSpec("callback_comments", TEXT("callback_comments"), editable_after_save=True),
                FieldSpec(
                    "call_time_note",
                    TEXT("call_time_note"),
                    placeholder=TEXT("call_time_hint"),
                    editable_after_save=True,
                ),
            ],
        )
        self.add_fields([FieldSpec("reopen_reason", TEXT("reopen_reason"), editable_after_save=True)])
        with context.db.read() as session:
            self.fill_combo("assigned_department_id", references.department_choices(session), TEXT("nobody"))
            self.fill_combo("assigned_staff_id", references.staff_choices(session), TEXT("nobody"))
        self.assign_button = make_button(self.action_row, TEXT("assign"), self._assign)
        self.accept_button = make_button(self.action_row, TEXT("accept"), self._accept)
        self.arrive_button = make_button(self.action_row, TEXT("arrive"), self._arrive)
        self.complete_button = make_button(self.action_row, TEXT("complete"), self._complete)
        self.callback_button = make_button(self.action_row, TEXT("callback"), self._callback)
        self.reopen_button = make_button(self.action_row, TEXT("reopen"), self._reopen)
        self.print_button = PrintButton(self, "dispatch")
        self.action_row.insertWidget(0, self.print_button)
        self.state_label = status_line(self.details)
        self._steps: dict[str, bool] = {}
        with self.loading():
            self.clear_form()

    def _typed_due(self, values: dict[str, Any]) -> datetime | None:
        return aware(values["due_at"], self.zone) if values["due_by_hand"] else None

    @staticmethod
    def _line(values: dict[str, Any]) -> BusinessLine | None:
        return BusinessLine(values["business_line"]) if values["business_line"] else None

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
            business_line=self._line(values),
            urgent=bool(values["urgent"]),
            due_at=self._typed_due(values),
        )
        session.flush()
        return slip.id

    def save_existing(self, session: Session, values: dict[str, Any]) -> None:
        # Ctrl+S on a saved slip: an open one keeps its assignment (and is completed when
        # 完成情况 is filled in); a done one takes its callback, or is opened again.
        if self.record_id is None:
            return
        if self._steps.get("assign"):
            self._assign_in(session, self.record_id, values)
            if str(values["result"]).strip():
                self._complete_in(session, self.record_id, values)
        elif self._steps.get("callback") and not str(values["reopen_reason"]).strip():
            self._callback_in(session, self.record_id, values)
        else:
            dispatch.reopen_dispatch_slip(session, self.record_id, values["reopen_reason"])

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            slip = dispatch.load_dispatch_slip(session, record_id)
            now = service_context.now(session)
            values = {
                "kind": slip.kind.value,
                "issued_at": slip.issued_at,
                "room_id": references.room_code(session, slip.room_id),
                "contact_name": slip.contact_name,
                "contact_phone": slip.contact_phone,
                "content": slip.content,
                "business_line": slip.business_line.value if slip.business_line else None,
                "urgent": slip.urgent,
                "assigned_department_id": slip.assigned_department_id,
                "assigned_staff_id": slip.assigned_staff_id,
                "due_by_hand": slip.due_set_by_hand,
                "due_at": slip.due_at,
                "accepted_at": slip.accepted_at or now,
                "arrived_at": slip.arrived_at or now,
                "result": slip.result,
                "materials": slip.materials,
                "confirmed_on_the_spot": slip.confirmed_on_the_spot,
                "callback_form": slip.callback_form.value if slip.callback_form else None,
                "callback_satisfied": None
                if slip.callback_satisfied is None
                else ("yes" if slip.callback_satisfied else "no"),
                "callback_comments": slip.callback_comments,
                "reopen_reason": "",
                "call_time_note": slip.callback_call_time_note,
            }
            number = slip.number
            stage = dispatch.stage(slip, now)
            steps = dispatch.available_steps(slip)
            recorded = {
                "accepted_at": slip.accepted_at is not None,
                "arrived_at": slip.arrived_at is not None,
            }
            lines = [TEXT("state", stage=stage.label), dispatch.explain_due(session, slip)]
            if slip.completed_at is not None:
                lines.insert(1, TEXT("state_done", when=local_text(slip.completed_at, self.zone)))
            if slip.callback_due is not None and slip.callback_at is None:
                lines.append(TEXT("callback_due", when=local_text(slip.callback_due, self.zone)))
            if slip.worklog_entry is not None:
                lines.append(TEXT("source", number=slip.worklog_entry.number))
        self.show_loaded(record_id, number, values)
        self._show_steps(steps)
        for name, step in (("accepted_at", "accept"), ("arrived_at", "arrive")):
            # A time not reported and no longer reportable is not shown as "now".
            self.show_row(name, steps[step] or recorded[name])
        self.state_label.setText("\n".join(lines))
        self.print_button.set_record(record_id)

    def _show_steps(self, steps: dict[str, bool]) -> None:
        self._steps = steps
        done = not steps["complete"]
        for button, step in (
            (self.assign_button, "assign"),
            (self.accept_button, "accept"),
            (self.arrive_button, "arrive"),
            (self.complete_button, "complete"),
            (self.callback_button, "callback"),
            (self.reopen_button, "reopen"),
        ):
            button.setVisible(steps[step])
        for name in ("business_line", "urgent", "assigned_department_id", "assigned_staff_id", "due_by_hand"):
            self.boxes[name].setEnabled(steps["assign"])
        self.boxes["due_at"].setEnabled(steps["assign"])
        self.boxes["accepted_at"].setEnabled(steps["accept"])
        self.boxes["arrived_at"].setEnabled(steps["arrive"])
        self.boxes["confirmed_on_the_spot"].setEnabled(not done)
        for name in ("result", "materials"):
            box = self.boxes[name]
            if hasattr(box, "setReadOnly"):
                box.setReadOnly(done)
        self.report_group.setVisible(True)
        self.callback_group.setVisible(done)
        for name in ("callback_form", "callback_satisfied", "callback_comments", "call_time_note"):
            box = self.boxes[name]
            box.setEnabled(steps["callback"])
        self.show_row("reopen_reason", steps["reopen"])

    def show_record_details(self, record_id: int | None) -> None:
        if record_id is not None:
            return
        self._steps = {}
        for button in (
            self.assign_button,
            self.accept_button,
            self.arrive_button,
            self.complete_button,
            self.callback_button,
            self.reopen_button,
        ):
            button.setVisible(False)
        self.report_group.setVisible(False)
        self.callback_group.setVisible(False)
        self.show_row("reopen_reason", False)
        self.state_label.clear()
        self.print_button.set_record(None)

    # -- the steps (each its own unit of work through the service) ------------------------

    def _assign_in(self, session: Session, record_id: int, values: dict[str, Any]) -> None:
        dispatch.assign_dispatch_slip(
            session,
            record_id,
            assigned_department_id=values["assigned_department_id"],
            assigned_staff_id=values["assigned_staff_id"],
            business_line=self._line(values),
            urgent=bool(values["urgent"]),
            due_at=self._typed_due(values),
        )

    def _complete_in(self, session: Session, record_id: int, values: dict[str, Any]) -> None:
        dispatch.complete_dispatch_slip(
            session,
            record_id,
            str(values["result"]),
            materials=str(values["materials"]),
            confirmed_on_the_spot=bool(values["confirmed_on_the_spot"]),
        )

    def _callback_in(self, session: Session, record_id: int, values: dict[str, Any]) -> None:
        dispatch.record_callback(
            session,
            record_id,
            form=ContactForm(values["callback_form"]),
            satisfied=values["callback_satisfied"] == "yes",
            comments=str(values["callback_comments"]),
            call_time_note=str(values["call_time_note"]) or None,
        )

    def _step(self, action: Any, done: str) -> None:
        if self.record_id is not None:
            record_id, values = self.record_id, self.collect()
            self.run_action(lambda s: action(s, record_id, values), done)

    def _assign(self) -> None:
        self._step(self._assign_in, TEXT("assigned_done"))

    def _accept(self) -> None:
        zone = self.zone
        self._step(
            lambda s, i, v: dispatch.record_accepted(s, i, aware(v["accepted_at"], zone)),
            TEXT("accepted_done"),
        )

    def _arrive(self) -> None:
        zone = self.zone
        self._step(
            lambda s, i, v: dispatch.record_arrived(s, i, aware(v["arrived_at"], zone)), TEXT("arrived_done")
        )

    def _complete(self) -> None:
        self._step(self._complete_in, TEXT("completed_done"))

    def _callback(self) -> None:
        self._step(self._callback_in, TEXT("callback_done"))

    def _reopen(self) -> None:
        self._step(
            lambda s, i, v: dispatch.reopen_dispatch_slip(s, i, str(v["reopen_reason"])),
            TEXT("reopened_done"),
        )


class DispatchSlipsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, DispatchSlipForm(context), dispatch_list())
