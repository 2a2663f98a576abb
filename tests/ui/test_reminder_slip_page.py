"""The reminder-slip case form (SPEC 2.7, R14): slips one to three with their checks,
clearance only after the legal-risk warning is confirmed, numbered cleared items claimed
against a signature, a repeat offence cleared at once, three signatories for 高空抛物."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import ClearedItem, ReminderCase
from desk_app.models.database import Database
from desk_app.models.enums import ReminderCaseStatus, ReminderKind
from desk_app.services import reminder_cases
from desk_app.ui.reminder_slip_page import ReminderSlipForm, ReminderSlipPage
from tests.ui.book_pages import choose, find_label, open_page, press_save, reopen, type_into

pytestmark = pytest.mark.usefixtures("no_dialogs")  # a modal box would block the test


def _open_case(qtbot: QtBot, db: Database, book_ids: dict[str, int], kind: ReminderKind) -> ReminderSlipForm:
    page = open_page(qtbot, ReminderSlipPage, db, book_ids["desk"])
    form = page.book_form
    assert isinstance(form, ReminderSlipForm)
    choose(form, "kind", kind.value)
    type_into(qtbot, form, "room_id", "3-2-1201")
    type_into(qtbot, form, "location", "3栋2单元12楼楼道")
    press_save(qtbot, page)
    assert form.banner.text() == "已保存。", form.banner.text()
    return form


def _check_unheeded(db: Database, form: ReminderSlipForm) -> None:
    clock = db.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=3))
    assert form.record_id is not None
    form.open_record(form.record_id)  # F5: the sheet as of now, the check due
    assert form.not_heeded_button.isEnabled(), form.not_heeded_button.toolTip()
    form.not_heeded_button.click()


def test_three_slips_then_clearance_after_the_legal_warning_then_a_claim(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _open_case(qtbot, book_db, book_ids, ReminderKind.CORRIDOR_CLUTTER)
    assert "第1次" in find_label(form, "caseSlips").text()
    # A check before the date the slip gave is not offered, and the button says why.
    assert form.not_heeded_button.isVisible() and not form.not_heeded_button.isEnabled()
    assert "期限未到" in form.not_heeded_button.toolTip()
    assert form.heeded_button.isEnabled() and not form.clear_button.isEnabled()
    for _ in range(3):
        _check_unheeded(book_db, form)
    assert "第3次" in find_label(form, "caseSlips").text()
    assert form.clear_button.isEnabled() and not form.not_heeded_button.isEnabled()
    assert "已可清理" in form.not_heeded_button.toolTip()
    type_into(qtbot, form, "items", "蓝色童车一辆 / 地下室储物间\n纸箱两个 / 地下室储物间")
    warnings: list[str] = []

    def refuse_then_accept(
        _parent: Any, _title: str, text: str, *_a: Any, **_k: Any
    ) -> QMessageBox.StandardButton:
        warnings.append(text)
        return QMessageBox.StandardButton.No if len(warnings) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", refuse_then_accept)
    form.clear_button.click()  # "No" to the legal risk: nothing is cleared
    assert "法律风险" in warnings[0]
    with book_db.read() as session:
        assert session.scalars(select(ClearedItem)).first() is None
    form.clear_button.click()
    with book_db.read() as session:
        case = session.scalars(select(ReminderCase)).one()
        numbers = [item.item_number for item in case.cleared_items]
        assert case.status is ReminderCaseStatus.CLEARED
    assert numbers == [f"{case.number}-01", f"{case.number}-02"]
    items = find_label(form, "clearedItems").text()
    assert f"{case.number}-01　蓝色童车一辆　存放：地下室储物间　待认领" in items
    # Returned only against the claimant's name and signature.
    assert form.value("item_number") == f"{case.number}-01"
    type_into(qtbot, form, "claimant_name", "张三")
    form.claim_button.click()
    assert form.field_error_text("claimant_signature") == "请填写认领人签字（R14）"
    type_into(qtbot, form, "claimant_signature", "张三（签字）")
    form.claim_button.click()
    with book_db.read() as session:
        item = session.scalars(select(ClearedItem).where(ClearedItem.item_number == numbers[0])).one()
        assert item.claimant_signature == "张三（签字）" and item.claimed_at is not None
    assert "由 张三 签字领回" in find_label(form, "clearedItems").text()


def test_a_repeat_offence_after_clearance_may_be_cleared_at_once(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form = _open_case(qtbot, book_db, book_ids, ReminderKind.CORRIDOR_CLUTTER)
    for _ in range(3):
        _check_unheeded(book_db, form)
    type_into(qtbot, form, "items", "鞋柜 / 仓库")
    form.clear_button.click()
    repeat = _open_case(qtbot, book_db, book_ids, ReminderKind.CORRIDOR_CLUTTER)
    assert "清理后再次违反" in repeat.state_label.text()
    assert repeat.clear_button.isVisible()
    with book_db.read() as session:
        latest = session.get(ReminderCase, repeat.record_id)
        assert latest is not None and latest.status is ReminderCaseStatus.CLEARANCE_ALLOWED


def test_high_altitude_throwing_is_signed_by_three_parties_and_reopens(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, ReminderSlipPage, book_db, book_ids["desk"])
    form = page.book_form
    choose(form, "kind", ReminderKind.HIGH_ALTITUDE_THROWING.value)
    hint = find_label(form, "signatories").text()
    assert "三方联合署名" in hint and "居委会/社区工作站" in hint and "业委会" in hint
    type_into(qtbot, form, "location", "5栋南侧")
    press_save(qtbot, page)
    record_id = form.record_id
    assert record_id is not None
    again = reopen(qtbot, ReminderSlipPage, book_db, book_ids["desk"], record_id)
    assert again.value("location") == "5栋南侧"
    assert again.value("kind") == ReminderKind.HIGH_ALTITUDE_THROWING.value
    assert "居委会/社区工作站、业委会、" in find_label(again, "signatories").text()
    assert not again.clear_button.isVisible()  # type: ignore[attr-defined]  # nobody clears a throw


def test_a_case_needs_a_place(qtbot: QtBot, book_db: Database, book_ids: dict[str, int]) -> None:
    page = open_page(qtbot, ReminderSlipPage, book_db, book_ids["desk"])
    press_save(qtbot, page)
    assert page.book_form.field_error_text("location") == "请填写张贴地点（楼栋、单元、楼层或房号）（R14）"


def test_the_listed_cases_print_as_one_batch(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    """批量打印: the latest slip of every case the list shows (search and filters
    applied), on a worker with progress, then the preview; a case with no posted slip
    is left out instead of stopping the batch."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.print_preview import PrintPreviewDialog

    with book_db.begin(actor_id=book_ids["desk"]) as session:
        for place in ("1栋1单元楼道", "2栋2单元楼道", "3栋3单元楼道"):
            reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location=place)
    page = open_page(qtbot, ReminderSlipPage, book_db, book_ids["desk"])
    assert isinstance(page, ReminderSlipPage)
    page.list_view.set_search_text("2栋")
    page.list_view.apply_conditions()
    page.choose_cases = lambda cases: [case.case_id for case in cases]  # type: ignore[method-assign]
    job = page.print_listed_slips()

    def preview() -> PrintPreviewDialog | None:
        found = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()
        ]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=20000)
    shown = preview()
    assert shown is not None and job is not None
    text = "".join(page_.extract_text() for page_ in PdfReader(io.BytesIO(shown.pdf)).pages)
    assert "2栋2单元楼道" in text
    assert "1栋1单元楼道" not in text and "3栋3单元楼道" not in text
    shown.close()


def test_batch_print_asks_which_cases_open_ones_ticked(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: 批量打印 (Alt+B) asks which cases, the open ones ticked, instead of
    printing every listed case; cancelling prints nothing."""
    from PySide6.QtWidgets import QDialog

    from desk_app.ui.reminder_slip_page import BatchChooser

    with book_db.begin(actor_id=book_ids["desk"]) as session:
        ids = [
            reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location=place).id
            for place in ("1栋1单元楼道", "2栋2单元楼道")
        ]
        session.flush()
        session.get(ReminderCase, ids[1]).status = ReminderCaseStatus.RESOLVED
    page = open_page(qtbot, ReminderSlipPage, book_db, book_ids["desk"])
    assert isinstance(page, ReminderSlipPage)
    seen: list[BatchChooser] = []

    def answer(chooser: BatchChooser) -> int:
        seen.append(chooser)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(BatchChooser, "exec", answer)
    qtbot.keyClick(page.book_form, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert seen, "Alt+B opened the chooser"
    chooser = seen[0]
    assert [case.case_id for case in chooser.cases] == ids
    assert chooser.chosen_ids() == [ids[0]], "the open case ticked, the resolved one not"
    chooser.case_list.setCurrentRow(1)
    qtbot.keyClick(chooser.case_list, Qt.Key.Key_Space)
    assert chooser.chosen_ids() == ids, "Space ticks a case"
