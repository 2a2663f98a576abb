"""预约上门 the appointment book (R22): a visit to a room at a time, by whom, for what;
then kept (what was done) or cancelled (why). The service decides (``promises``); a
booked appointment shows on its staff member's Today page and on the dashboard when it
is due today or late."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import Appointment, Room, Staff
from desk_app.screens.enums import AppointmentStatus
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import context as service_context
from desk_app.services import promises, references
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import aware, local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

TEXT = ScreenText(
    "AppointmentsPage",
    {
        "title": QT_TRANSLATE_NOOP("AppointmentsPage", "预约上门"),
        "at": QT_TRANSLATE_NOOP("AppointmentsPage", "预约时间(&T)"),
        "room_id": QT_TRANSLATE_NOOP("AppointmentsPage", "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("AppointmentsPage", "如 3-2-1201"),
        "contact_phone": QT_TRANSLATE_NOOP("AppointmentsPage", "联系电话(&L)"),
        "staff_id": QT_TRANSLATE_NOOP("AppointmentsPage", "赴约人(&B)"),
        "purpose": QT_TRANSLATE_NOOP("AppointmentsPage", "预约事项(&W)"),
        "outcome": QT_TRANSLATE_NOOP("AppointmentsPage", "赴约情况/取消原因(&O)"),
        "nobody": QT_TRANSLATE_NOOP("AppointmentsPage", "（请选择）"),
        "keep": QT_TRANSLATE_NOOP("AppointmentsPage", "登记已赴约(&K)"),
        "cancel": QT_TRANSLATE_NOOP("AppointmentsPage", "取消预约(&C)"),
        "kept_done": QT_TRANSLATE_NOOP("AppointmentsPage", "已登记赴约。"),
        "cancelled_done": QT_TRANSLATE_NOOP("AppointmentsPage", "预约已取消。"),
        "state": QT_TRANSLATE_NOOP("AppointmentsPage", "状态：{status}"),
        "late": QT_TRANSLATE_NOOP("AppointmentsPage", "状态：已过预约时间，尚未赴约"),
        "col_number": QT_TRANSLATE_NOOP("AppointmentsPage", "编号"),
        "col_at": QT_TRANSLATE_NOOP("AppointmentsPage", "预约时间"),
        "col_room": QT_TRANSLATE_NOOP("AppointmentsPage", "房号"),
        "col_staff": QT_TRANSLATE_NOOP("AppointmentsPage", "赴约人"),
        "col_purpose": QT_TRANSLATE_NOOP("AppointmentsPage", "预约事项"),
        "col_status": QT_TRANSLATE_NOOP("AppointmentsPage", "状态"),
        "filter_status": QT_TRANSLATE_NOOP("AppointmentsPage", "状态"),
        "filter_all": QT_TRANSLATE_NOOP("AppointmentsPage", "全部"),
        "export": QT_TRANSLATE_NOOP("AppointmentsPage", "预约上门"),
    },
)


def appointment_list() -> ListSpec:
    return ListSpec(
        kind="appointments",
        model=Appointment,
        columns=(
            Column(TEXT("col_number"), Appointment.number),
            Column(TEXT("col_at"), Appointment.at),
            Column(TEXT("col_room"), Room.code),
            Column(TEXT("col_staff"), Staff.name),
            Column(TEXT("col_purpose"), Appointment.purpose),
            Column(TEXT("col_status"), Appointment.status),
        ),
        search=(Appointment.number, Appointment.purpose, Room.code, Staff.name),
        filters=(
            Filter(
                TEXT("filter_status"),
                (
                    (TEXT("filter_all"), None),
                    *((enum_label(status), Appointment.status == status) for status in AppointmentStatus),
                ),
            ),
        ),
        default_order=Appointment.at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == Appointment.room_id).outerjoin(
            Staff, Staff.id == Appointment.staff_id
        ),
        export_name=TEXT("export"),
    )


class AppointmentForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="appointments", draft_name="appointment", title=TEXT("title"))
        self.add_fields(
            [
                FieldSpec("at", TEXT("at"), "datetime"),
                FieldSpec("room_id", TEXT("room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("contact_phone", TEXT("contact_phone")),
                FieldSpec("staff_id", TEXT("staff_id"), "combo"),
                FieldSpec("purpose", TEXT("purpose"), "text"),
                FieldSpec("outcome", TEXT("outcome"), editable_after_save=True),
            ]
        )
        with context.db.read() as session:
            self.fill_combo("staff_id", references.staff_choices(session), TEXT("nobody"))
        self.keep_button = make_button(self.action_row, TEXT("keep"), self._keep)
        self.cancel_button = make_button(self.action_row, TEXT("cancel"), self._cancel)
        self.state_label = status_line(self.details)
        with self.loading():
            self.clear_form()

    def defaults(self) -> dict[str, Any]:
        return {"staff_id": self.context.staff_id}

    def register(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values["room_id"], "room_id")
        appointment = promises.book_appointment(
            session,
            at=aware(values["at"], self.zone) or service_context.now(session),
            staff_id=values["staff_id"],
            purpose=values["purpose"],
            room_id=room.id if room is not None else None,
            contact_phone=str(values["contact_phone"]).strip() or None,
        )
        return appointment.id

    def save_existing(self, session: Session, values: dict[str, Any]) -> None:
        if self.record_id is not None:  # Ctrl+S on a booked appointment: kept
            promises.keep_appointment(session, self.record_id, str(values["outcome"]))

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            row = promises.load_appointment(session, record_id)
            values = {
                "at": row.at,
                "room_id": references.room_code(session, row.room_id),
                "contact_phone": row.contact_phone,
                "staff_id": row.staff_id,
                "purpose": row.purpose,
                "outcome": row.outcome,
            }
            number, status = row.number, row.status
            late = status is AppointmentStatus.BOOKED and row.at < service_context.now(session)
            kept_at = row.kept_at
        self.show_loaded(record_id, number, values)
        booked = status is AppointmentStatus.BOOKED
        self.keep_button.setVisible(booked)
        self.cancel_button.setVisible(booked)
        self.show_row("outcome", True)
        outcome = self.boxes["outcome"]
        if hasattr(outcome, "setReadOnly"):
            outcome.setReadOnly(not booked)
        text = TEXT("late") if late else TEXT("state", status=enum_label(status))
        if kept_at is not None:
            text += f" {local_text(kept_at, self.zone)}"
        self.state_label.setText(text)

    def show_record_details(self, record_id: int | None) -> None:
        self.keep_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.show_row("outcome", record_id is not None)
        self.state_label.clear()

    def _keep(self) -> None:
        if self.record_id is not None:
            record_id, outcome = self.record_id, str(self.value("outcome"))
            self.run_action(lambda s: promises.keep_appointment(s, record_id, outcome), TEXT("kept_done"))

    def _cancel(self) -> None:
        if self.record_id is not None:
            record_id, reason = self.record_id, str(self.value("outcome"))
            self.run_action(
                lambda s: promises.cancel_appointment(s, record_id, reason), TEXT("cancelled_done")
            )


class AppointmentsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, AppointmentForm(context), appointment_list())
