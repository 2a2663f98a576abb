"""预约上门 the appointment book (R22): a visit to a room at a time, by whom, for what;
then kept (what was done) or cancelled (why). The service decides (``promises``, through
``screens.reception_books.APPOINTMENTS``: the two buttons follow its guard table); a
booked appointment shows on its staff member's Today page and on the dashboard when it
is due today or late."""

from __future__ import annotations

from typing import Any

from desk_app.screens.list_spec import ListSpec
from desk_app.screens.reception_books import (
    APPOINTMENTS,
    AppointmentDetails,
    BookScreen,
    BookSheet,
    staff_choices,
)
from desk_app.screens.reception_books import appointment_list as appointment_list_of
from desk_app.ui import operations
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import local_text
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
    return appointment_list_of(TEXT, enum_label)


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
        self.use_screen(BookScreen(context.workspace, APPOINTMENTS))
        workspace = context.workspace
        self.fill_combo(
            "staff_id", operations.run(self, lambda: staff_choices(workspace)) or [], TEXT("nobody")
        )
        self.keep_button = make_button(self.action_row, TEXT("keep"), self._keep)
        self.cancel_button = make_button(self.action_row, TEXT("cancel"), self._cancel)
        self.bind_action(self.keep_button, "keep")
        self.bind_action(self.cancel_button, "cancel")
        self.state_label = status_line(self.details)
        with self.loading():
            self.clear_form()

    def defaults(self) -> dict[str, Any]:
        return {"staff_id": self.context.staff_id}

    def show_details(self, sheet: BookSheet[Any]) -> None:
        details: AppointmentDetails = sheet.details
        self.show_row("outcome", True)
        outcome = self.boxes["outcome"]
        if hasattr(outcome, "setReadOnly"):  # typed in while it may still be kept or cancelled
            outcome.setReadOnly(not sheet.actions["keep"].visible)
        text = TEXT("late") if details.late else TEXT("state", status=enum_label(details.status))
        if details.kept_at is not None:
            text += f" {local_text(details.kept_at, self.zone)}"
        self.state_label.setText(text)

    def show_record_details(self, record_id: int | None) -> None:
        self.show_row("outcome", record_id is not None)
        self.state_label.clear()

    def _keep(self) -> None:
        self.run_step("keep", {"outcome": str(self.value("outcome"))}, done=TEXT("kept_done"))

    def _cancel(self) -> None:
        self.run_step("cancel", {"outcome": str(self.value("outcome"))}, done=TEXT("cancelled_done"))


class AppointmentsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, AppointmentForm(context), appointment_list())
