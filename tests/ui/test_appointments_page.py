"""预约上门 (R22, issue 14): an appointment is booked at the counter, shown again, kept
with what was done; the service refuses what its state does not allow."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.models import Appointment
from desk_app.models.database import Database
from desk_app.models.enums import AppointmentStatus
from desk_app.ui.appointments_page import AppointmentForm, AppointmentsPage
from desk_app.ui.pages import PAGE_CLASSES
from tests.ui.book_pages import NOW, choose, open_page, press_save, reopen, type_into

pytestmark = pytest.mark.usefixtures("no_dialogs")


def test_registered() -> None:
    assert PAGE_CLASSES["appointments"] == "desk_app.ui.appointments_page:AppointmentsPage"


def test_an_appointment_is_booked_and_kept(qtbot: QtBot, book_db: Database, book_ids: dict[str, int]) -> None:
    page = open_page(qtbot, AppointmentsPage, book_db, book_ids["desk"])
    form = page.book_form
    assert isinstance(form, AppointmentForm)
    assert form.value("staff_id") == book_ids["desk"]  # the signed-in person by default
    type_into(qtbot, form, "room_id", "3-2-1201")
    press_save(qtbot, page)
    assert form.field_error_text("purpose") == "请填写预约事项（R22）"
    type_into(qtbot, form, "purpose", "上门查看卫生间渗水")
    choose(form, "staff_id", book_ids["boss"])
    press_save(qtbot, page)
    with book_db.read() as session:
        row = session.scalars(select(Appointment)).one()
        assert (row.room_id, row.staff_id, row.at) == (book_ids["room"], book_ids["boss"], NOW)
    again = reopen(qtbot, AppointmentsPage, book_db, book_ids["desk"], row.id)
    assert isinstance(again, AppointmentForm)
    assert again.keep_button.isVisible() and "已预约" in again.state_label.text()
    book_db.clock.advance(timedelta(hours=1))  # type: ignore[attr-defined]
    again.open_record(row.id)
    assert "已过预约时间" in again.state_label.text()
    type_into(qtbot, again, "outcome", "已查看，约工程部维修")
    again.keep_button.click()
    with book_db.read() as session:
        kept = session.get(Appointment, row.id)
        assert kept is not None and kept.status is AppointmentStatus.KEPT
    assert not again.keep_button.isVisible()
