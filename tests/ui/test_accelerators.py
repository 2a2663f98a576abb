"""Issue 15: one accelerator scheme, no clash within a screen. Every navigation page is
built in a main window (signed in as an administrator, so the administrators' screens
show everything), each tab of each page is shown in turn, and every Alt mnemonic and
shortcut answering on that screen (the menu bar's 文件/转到/帮助 included) must have one
owner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import all_destinations
from desk_app.ui.placeholder_page import PlaceholderPage
from tests.ui.accelerators import ScreenKeys, mnemonic_key, screen_keys

DESTINATIONS = [destination.key for destination in all_destinations()]


def _problems(keys: ScreenKeys, where: str) -> list[str]:
    found = [f"{where}: {key} → {' | '.join(owners)}" for key, owners in sorted(keys.clashes().items())]
    found += [f"{where}: the letter of {name} reaches nothing" for name in keys.dead_letters]
    return found


def test_mnemonic_key_reads_the_ampersand() -> None:
    assert mnemonic_key("联系电话(&P)") == "Alt+P"
    assert mnemonic_key("A && B") is None
    assert mnemonic_key("&file") == "Alt+F"


@pytest.mark.parametrize("key", DESTINATIONS)
def test_no_key_has_two_owners_on_any_screen(admin_window: MainWindow, key: str) -> None:
    admin_window.show_destination(key)
    page = admin_window.page(key)
    assert not isinstance(page, PlaceholderPage), f"{key} did not build (see the log)"
    problems = _problems(screen_keys(admin_window), key)
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(admin_window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += _problems(screen_keys(admin_window), f"{key} / {tabs.tabText(index)}")
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_toolbar_letters_and_ctrl_f_work(
    qtbot: QtBot, ui_db: Database, admin_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """作废(V), 导出Excel(E) reach their action from the keyboard; Ctrl+F is the search."""
    from desk_app.services import reception
    from desk_app.ui.record_page import RecordPage

    # 作废 is enabled for those who may void, on a chosen record (issue 17).
    with ui_db.begin() as session:
        boss = Staff(login="wang", name="王主管", role=StaffRole.SUPERVISOR)
        session.add(boss)
        session.flush()
        boss_id = boss.id
    with ui_db.begin(boss_id) as session:
        reception.register_visitor(session, visitor_name="赵六", host_name="张三")
    _activate(qtbot, admin_window)
    admin_window.show_destination("visitors")
    page = admin_window.page("visitors")
    assert isinstance(page, RecordPage)
    admin_window.context.set_staff(boss_id)
    page.list_view.refresh()
    page.list_view.table.selectRow(0)
    assert page.void_action.isEnabled()
    page.form.setFocus()
    asked: list[str] = []
    monkeypatch.setattr(
        "desk_app.ui.record_page.QInputDialog.getMultiLineText",
        lambda *args: asked.append(args[2]) or ("", False),
    )
    qtbot.keyClick(page.form, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert asked, "Alt+V ran 作废 (which asks for the reason)"
    exported: list[bool] = []
    monkeypatch.setattr(
        "desk_app.ui.record_list.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: exported.append(True) or ("", ""),
    )
    qtbot.keyClick(page.form, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert exported, "Alt+E ran 导出Excel"
    qtbot.keyClick(page.form, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.list_view.search_box.hasFocus()


def test_no_key_has_two_owners_in_the_dialogs(
    qtbot: QtBot, ui_db: Database, admin_window: MainWindow
) -> None:
    """The dialogs of issue 15's paths: print preview, the batch chooser, a tile's list,
    the sign-in dialog."""
    import io

    from reportlab.pdfgen import canvas

    from desk_app.models.enums import ReminderCaseStatus, ReminderKind
    from desk_app.services.dashboard import Tile, TileKey
    from desk_app.ui.dashboard_page import TileListDialog
    from desk_app.ui.print_preview import PrintPreviewDialog
    from desk_app.ui.reminder_slip_page import BatchCase, BatchChooser
    from desk_app.ui.sign_in import SignInDialog

    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    sheet.showPage()
    sheet.save()
    dialogs = [
        PrintPreviewDialog(admin_window, "派工单", out.getvalue(), number="PG-1"),
        BatchChooser(
            [BatchCase(1, "WX-1", ReminderKind.CORRIDOR_CLUTTER, "1栋", ReminderCaseStatus.FIRST_SLIP)]
        ),
        TileListDialog(Tile(TileKey.CALLBACKS_DUE, ()), admin_window.context, admin_window),
        SignInDialog(ui_db, admin_window),
    ]
    problems: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += _problems(screen_keys(dialog), type(dialog).__name__)
        dialog.close()
    assert not problems, "\n".join(problems)
