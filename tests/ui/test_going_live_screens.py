"""Going live on screens (issue 13): the settings groups (署名, 地产公司, 投诉受理渠道 with
打印公示), the departments page, the forbidden phrases on the standard-replies page, and
the 上线检查清单 with its 打开 buttons and the window's menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Setting, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import centre, departments, replies, seed_data
from desk_app.services.references import department_choices
from desk_app.ui import printing_actions
from desk_app.ui.departments_page import DepartmentsPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.main_window import MainWindow
from desk_app.ui.settings_page import SettingsPage
from desk_app.ui.setup_checklist import SetupChecklistDialog, auto_show_dismissed
from desk_app.ui.standard_replies_page import StandardRepliesPage

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _people(db: Database) -> tuple[int, int]:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        admin = Staff(login="admin", name="管理员", role=StaffRole.ADMINISTRATOR, active=True)
        clerk = Staff(login="clerk", name="前台", role=StaffRole.RECEPTIONIST, active=True)
        session.add_all([admin, clerk])
        session.flush()
        return admin.id, clerk.id


# -- the settings screen ---------------------------------------------------------------------------


def test_channels_are_saved_and_a_bad_value_is_named(qtbot: QtBot, db: Database) -> None:
    admin, _clerk = _people(db)
    page = SettingsPage(DeskContext(db, admin))
    qtbot.addWidget(page)
    group = page.channels
    qtbot.keyClicks(group.boxes[centre.CHANNEL_PHONE], "027-87654321")
    qtbot.keyClicks(group.boxes[centre.CHANNEL_EMAIL], "kefu")
    assert not group.save()
    assert "电子邮箱格式不对" in group.message.text()
    with db.read() as session:
        assert session.get(Setting, centre.CHANNEL_PHONE) is None  # nothing of the group was kept
    group.boxes[centre.CHANNEL_EMAIL].setText("kefu@yg.cn")
    qtbot.keyClick(group.boxes[centre.CHANNEL_EMAIL], Qt.Key.Key_Return)  # Enter saves the group
    assert group.message.text() == "已保存。"
    with db.read() as session:
        channels = centre.complaint_channels(session)
    assert (channels.phone, channels.email) == ("027-87654321", "kefu@yg.cn")
    # the other parts of the screen still save: its own saves are no conflict
    page.developer.boxes[centre.DEVELOPER_CENTRE].setText("阳光置业客户关系中心")
    assert page.developer.save()
    page.general.name_box.setText("阳光花园")
    assert page.general.save()
    assert page.signatories.save()


def test_the_reminder_times_are_set_on_the_settings_screen(qtbot: QtBot, db: Database) -> None:
    """Issue 14: the lead time of a deadline reminder, the follow-up interval of an
    escalated notice and the repair times per business line are settings."""
    from datetime import timedelta

    from desk_app.services import notifications
    from desk_app.services.settings import load_settings

    admin, _clerk = _people(db)
    page = SettingsPage(DeskContext(db, admin))
    qtbot.addWidget(page)
    group = page.reminders
    assert group.boxes[centre.NOTIFY_LEAD_MINUTES].placeholderText().endswith("60")
    qtbot.keyClicks(group.boxes[centre.NOTIFY_LEAD_MINUTES], "90")
    group.boxes["dispatch_due_working_hours"].setText("维修=8")  # QTest types ASCII only
    qtbot.keyClick(group.boxes[centre.NOTIFY_LEAD_MINUTES], Qt.Key.Key_Return)
    assert group.message.text() == "已保存。", group.message.text()
    with db.read() as session:
        assert notifications.lead_time(session) == timedelta(minutes=90)
        assert load_settings(session).dispatch_due_hours("maintenance") == 8
    group.boxes[centre.NOTICE_FOLLOW_UP_DAYS].setText("三天")
    assert not group.save() and "整数" in group.message.text()


def test_signatory_placeholders_show_what_is_printed_and_clerks_only_read(qtbot: QtBot, db: Database) -> None:
    admin, clerk = _people(db)
    page = SettingsPage(DeskContext(db, clerk))
    qtbot.addWidget(page)
    box = page.signatories.boxes["signatory_centre"]
    assert "物业服务中心" in box.placeholderText()
    assert not box.isEnabled() and not page.signatories.save_button.isEnabled()
    assert page.developer.boxes[centre.DEVELOPER_CENTRE].placeholderText().endswith("地产公司客户关系中心")
    page.context.set_staff(admin)
    assert box.isEnabled()


def test_print_channels_previews_the_notice(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, _clerk = _people(db)
    with db.begin(admin) as session:
        centre.save_centre_settings(session, {centre.CHANNEL_PHONE: "027-87654321"})
    page = SettingsPage(DeskContext(db, admin))
    qtbot.addWidget(page)
    shown: list[tuple[str, bytes]] = []

    def preview(owner: QWidget, title: str, render: Callable[[], bytes]) -> None:
        shown.append((title, render()))

    monkeypatch.setattr(printing_actions, "show_print_preview", preview)
    button = page.print_channels_button
    assert button.isEnabled() and button.text().startswith("打印公示")
    button.click()
    assert shown and shown[0][0] == "投诉受理渠道公示" and shown[0][1].startswith(b"%PDF")


# -- departments ----------------------------------------------------------------------------------------


def test_departments_page_adds_renames_and_deactivates(
    qtbot: QtBot, db: Database, type_text: Callable[[object, str], None]
) -> None:
    admin, _clerk = _people(db)
    page = DepartmentsPage(DeskContext(db, admin))
    qtbot.addWidget(page)
    assert page.empty_note.isVisibleTo(page)
    type_text(page.name_box, "客服中心")
    qtbot.keyClick(page.name_box, Qt.Key.Key_Return)
    type_text(page.name_box, "工程部")
    page.add_button.click()
    assert [row.name for row in page.rows] == ["客服中心", "工程部"] or [row.name for row in page.rows] == [
        "工程部",
        "客服中心",
    ]
    type_text(page.name_box, "客服中心")
    assert not page.add()
    assert "已有名为“客服中心”的部门" in page.message.text()
    page.name_box.clear()
    page.select_id(page.rows[[row.name for row in page.rows].index("工程部")].id)
    assert page.rename_button.isEnabled()
    type_text(page.name_box, "工程维修部")
    assert page.rename()
    page.select_id(page.rows[[row.name for row in page.rows].index("工程维修部")].id)
    assert page.toggle_button.text().startswith("停用")
    assert page.toggle_active()
    with db.read() as session:
        assert [name for _id, name in department_choices(session)] == ["客服中心"]
    page.select_id(page.rows[[row.name for row in page.rows].index("工程维修部")].id)
    assert page.toggle_button.text().startswith("启用")


def test_departments_page_is_read_only_for_others(qtbot: QtBot, db: Database) -> None:
    admin, clerk = _people(db)
    with db.begin(admin) as session:
        departments.create_department(session, "秩序部")
    page = DepartmentsPage(DeskContext(db, clerk))
    qtbot.addWidget(page)
    assert page.read_only_note.isVisibleTo(page)
    assert not page.name_box.isEnabled() and not page.add_button.isEnabled()
    page.select_id(page.rows[0].id)
    assert not page.toggle_button.isEnabled()


# -- the forbidden phrases ------------------------------------------------------------------------------


def test_administrator_edits_the_forbidden_phrases(
    qtbot: QtBot, db: Database, type_text: Callable[[object, str], None]
) -> None:
    admin, clerk = _people(db)
    with db.begin() as session:
        seed_data.seed_forbidden_phrases(session)
    page = StandardRepliesPage(DeskContext(db, clerk))
    qtbot.addWidget(page)
    assert page.phrase_list.count() == 21
    assert not page.phrase_editor.isVisibleTo(page)
    page.context.set_staff(admin)
    assert page.phrase_editor.isVisibleTo(page)
    type_text(page.phrase_box, "你问别人去")
    type_text(page.better_box, "我帮您联系负责的同事。")
    assert page.add_phrase()
    assert page.phrase_list.count() == 22 and "你问别人去" in page.phrase_list.currentItem().text()
    assert not page.add_phrase()  # the same phrase twice
    assert "已有" in page.phrase_message.text()
    page.phrase_box.setText("你去问别人")
    assert page.save_phrase()
    assert page.remove_phrase()
    with db.read() as session:
        assert "你去问别人" not in [phrase.phrase for phrase in replies.forbidden_phrases(session)]
        assert len(replies.forbidden_phrases(session)) == 21


def test_supervisor_removes_a_reply(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    admin, _clerk = _people(db)
    with db.begin(admin) as session:
        reply_id = replies.save_reply(session, None, topic="停车", question="月卡？", reply_text="300 元").id
    page = StandardRepliesPage(DeskContext(db, admin))
    qtbot.addWidget(page)
    page.list_view.select_id(reply_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert page.remove_selected()
    with db.read() as session, pytest.raises(Exception, match="已作废"):
        replies.load_reply(session, reply_id)


# -- the checklist -----------------------------------------------------------------------------------------


def test_checklist_opens_screens_through_the_callback(qtbot: QtBot, db: Database) -> None:
    admin, _clerk = _people(db)
    opened: list[str] = []
    dialog = SetupChecklistDialog(
        DeskContext(db, admin), opened.append, lambda key: key in {"settings", "staff", "departments"}
    )
    qtbot.addWidget(dialog)
    assert [item.key for item in dialog.items][:3] == ["community", "calendar", "structure"]
    assert dialog.status_labels["departments"].text() == "✗ 未完成"
    assert dialog.summary.text() == "还有 6 项未完成。"  # the receptionist counts as staff
    assert dialog.status_labels["staff"].text() == "✓ 已完成"
    qtbot.mouseClick(dialog.open_buttons["departments"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_buttons["calendar"], Qt.MouseButton.LeftButton)
    assert opened == ["departments", "settings"]
    for missing in ("structure", "roster"):
        button = dialog.open_buttons[missing]
        assert not button.isEnabled() and "还没有这个屏幕" in button.toolTip()
    # the marks follow the work
    with db.begin(admin) as session:
        departments.create_department(session, "客服中心")
    dialog.context.record_saved("departments", 1)
    assert dialog.status_labels["departments"].text() == "✓ 已完成"


def test_checklist_remembers_do_not_show_again(qtbot: QtBot, db: Database) -> None:
    admin, _clerk = _people(db)
    dialog = SetupChecklistDialog(DeskContext(db, admin), lambda key: None, lambda key: True)
    qtbot.addWidget(dialog)
    assert not auto_show_dismissed(db.display_url)
    dialog.no_auto_box.setChecked(True)
    assert auto_show_dismissed(db.display_url)
    dialog.no_auto_box.setChecked(False)
    assert not auto_show_dismissed(db.display_url)


def test_window_offers_the_checklist_to_an_administrator_and_keeps_it_in_the_menu(
    qtbot: QtBot, ui_db: Database
) -> None:
    admin, _clerk = _people(ui_db)
    window = MainWindow(ui_db, staff_id=admin, offer_setup_checklist=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.setup_checklist is not None and window.setup_checklist.isVisible())
    dialog = window.setup_checklist
    assert dialog is not None
    assert dialog.open_buttons["departments"].isEnabled()
    assert dialog.open_buttons["structure"].isEnabled()
    dialog.open_buttons["structure"].click()
    assert window.current_key() == "structure"
    assert dialog.open_buttons["roster"].isEnabled()  # the window's import wizard
    dialog.open_buttons["departments"].click()
    assert window.current_key() == "departments"
    # the lead wires the roster import wizard as an action
    started: list[str] = []
    window.setup_actions["roster_import"] = lambda: started.append("wizard")
    dialog.refresh()
    dialog.open_buttons["roster"].click()
    assert started == ["wizard"]
    dialog.close()
    # 帮助 → 上线检查清单
    assert window.setup_checklist_action in window.menuBar().actions()[-1].menu().actions()
    window.setup_checklist_action.trigger()
    assert dialog.isVisible()


def test_window_does_not_offer_the_checklist_to_a_receptionist(qtbot: QtBot, ui_db: Database) -> None:
    _admin, clerk = _people(ui_db)
    window = MainWindow(ui_db, staff_id=clerk, offer_setup_checklist=True)
    qtbot.addWidget(window)
    window._offer_setup_checklist()  # what the start-up timer runs, without waiting for it
    assert window.setup_checklist is None


def test_the_first_start_seeds_the_phrases_and_asks_the_window_to_offer_the_checklist(
    qtbot: QtBot, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database is opened behind the sign-in dialog (issue 18); a new one gets the
    handbook's 21 phrases there, and the window is asked to offer the checklist."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QDialog

    from desk_app.ui import app as app_module
    from desk_app.ui import main_window, sign_in

    class SignIn:
        DialogCode = QDialog.DialogCode

        def __init__(self, _parent: object = None, *, starting: object) -> None:
            self.starting = starting
            self.signed_in: object = None

        def exec(self) -> QDialog.DialogCode:
            self.starting.wait()  # type: ignore[attr-defined]
            db = self.starting.db  # type: ignore[attr-defined]
            with db.read() as session:
                assert len(replies.forbidden_phrases(session)) == 21
                self.signed_in = SimpleNamespace(staff_id=session.scalars(select(Staff.id)).first())
            return QDialog.DialogCode.Accepted

        def reject(self) -> None:
            pass

    built: list[dict[str, object]] = []

    class Window:
        def __init__(self, *args: object, **kwargs: object) -> None:
            built.append(kwargs)

        def show(self) -> None:
            pass

    monkeypatch.setattr(sign_in, "SignInDialog", SignIn)
    monkeypatch.setattr(main_window, "MainWindow", Window)
    monkeypatch.setattr(app_module, "after_first_paint", lambda _widget, callback: callback())
    monkeypatch.setattr(app_module, "send_message", lambda _message: False, raising=False)
    monkeypatch.setattr(app_module.QApplication, "exec", lambda *_args: 0)
    assert app_module.run_gui(f"sqlite:///{tmp_path}/first.sqlite3") == app_module.EXIT_OK
    assert built and built[0]["offer_setup_checklist"] is True


def test_the_file_menu_imports_and_exports_the_roster(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """文件 → 导入业主名册 / 导入员工账号 open the wizards; 导出业主名册 writes the .xlsx as the
    signed-in person, and the audit log says who exported the archive."""
    from PySide6.QtWidgets import QFileDialog

    from desk_app.models import AuditLog
    from desk_app.models.enums import AuditAction
    from desk_app.ui.roster_import_wizard import ImportWizard

    admin, _clerk = _people(ui_db)
    window = MainWindow(ui_db, staff_id=admin)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_roster_action in file_menu.actions()
    window.import_roster_action.trigger()
    wizards = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert [w.kind for w in wizards] == ["roster"] and wizards[0].actor_id == admin
    wizards[0].close()
    window.import_staff_action.trigger()
    assert any(w.kind == "staff" and w.isVisible() for w in window.findChildren(ImportWizard))
    target = tmp_path / "名册.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    assert window.export_roster() == target and target.exists()
    with ui_db.read() as session:
        exports = session.scalars(select(AuditLog).where(AuditLog.action == AuditAction.EXPORT)).all()
    assert [(row.staff_id, row.table_name) for row in exports] == [(admin, "client")]
