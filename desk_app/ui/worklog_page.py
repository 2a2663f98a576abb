"""工作信息记录表 work-information log (SPEC 2.2): the front door.

F2 anywhere in the window opens a new entry with the time filled in and the cursor in
the client box. The whole entry is made from the keyboard: the client box (room, phone,
name or pinyin initials; Enter picks), channel and category by a single digit key
(``1`` 来电 … or arrow keys), Enter moves on in the line edits, Tab leaves the content
box, Ctrl+S saves. One save is one service call (``worklog.record_entry``): a 投诉 opens
its complaint record (shown next, on the complaint screen), a 报修 makes its dispatch
slip (its number is shown), a media contact raises the supervisor's alert (R17), and a
5W1H message goes to the absent colleague's inbox (R16). A saved entry keeps what came
in; its handling (assignment, result, status) is updated with ``worklog.update_handling``.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens import worklog as worklog_screen
from desk_app.screens.enums import Channel, WorkLogStatus
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.worklog import CATEGORIES, CHANNELS, People, SavedEntry, WorklogScreen
from desk_app.services.lookup import ClientMatch
from desk_app.ui import operations
from desk_app.ui.client_lookup import ClientLookup
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.record_page import RecordPage
from desk_app.ui.staff_finder import SEARCH_ROLE, make_findable
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

TEXT = ScreenText(
    "WorklogPage",
    {
        "title": QT_TRANSLATE_NOOP("WorklogPage", "工作信息记录表"),
        "new_record": QT_TRANSLATE_NOOP("WorklogPage", "新记录（F2）"),
        "number": QT_TRANSLATE_NOOP("WorklogPage", "编号 {number}"),
        "received_at": QT_TRANSLATE_NOOP("WorklogPage", "受理时间(&T)"),
        "channel": QT_TRANSLATE_NOOP("WorklogPage", "渠道(&Q)"),
        "client": QT_TRANSLATE_NOOP("WorklogPage", "客户/房号(&K)"),
        "contact_name": QT_TRANSLATE_NOOP("WorklogPage", "来电/来访人(&R)"),
        "contact_phone": QT_TRANSLATE_NOOP("WorklogPage", "联系电话(&P)"),
        "category": QT_TRANSLATE_NOOP("WorklogPage", "类别(&L)"),
        "content": QT_TRANSLATE_NOOP("WorklogPage", "内容(&C)"),
        "content_hint": QT_TRANSLATE_NOOP("WorklogPage", "来电、来访的具体内容（Tab 键离开此框）"),
        "taken_by": QT_TRANSLATE_NOOP("WorklogPage", "接听/接待人(&J)"),
        "assigned_staff": QT_TRANSLATE_NOOP("WorklogPage", "指派人员(&Z)"),
        "assigned_department": QT_TRANSLATE_NOOP("WorklogPage", "指派部门(&B)"),
        "nobody": QT_TRANSLATE_NOOP("WorklogPage", "（无）"),
        "message_group": QT_TRANSLATE_NOOP("WorklogPage", "转达留言（5W1H，同事不在时）(&M)"),
        "message_for": QT_TRANSLATE_NOOP("WorklogPage", "留言给(&O)"),
        "message_when": QT_TRANSLATE_NOOP("WorklogPage", "何时 When(&1)"),
        "message_where": QT_TRANSLATE_NOOP("WorklogPage", "何地 Where(&2)"),
        "message_what": QT_TRANSLATE_NOOP("WorklogPage", "何事 What(&3)"),
        "message_why": QT_TRANSLATE_NOOP("WorklogPage", "为何 Why(&4)"),
        "message_how": QT_TRANSLATE_NOOP("WorklogPage", "如何 How(&5)"),
        "caller_company": QT_TRANSLATE_NOOP("WorklogPage", "来电单位(&6)"),
        "reply_needed": QT_TRANSLATE_NOOP("WorklogPage", "需要回复(&7)"),
        "message_who_hint": QT_TRANSLATE_NOOP("WorklogPage", "何人 Who：填在上面的“来电/来访人”和“联系电话”"),
        "result": QT_TRANSLATE_NOOP("WorklogPage", "处理结果(&A)"),
        "reply_promised": QT_TRANSLATE_NOOP("WorklogPage", "约定答复时间(&D)"),
        "reply_owner": QT_TRANSLATE_NOOP("WorklogPage", "答复人"),
        "reply_given": QT_TRANSLATE_NOOP("WorklogPage", "已答复(&8)"),
        "status": QT_TRANSLATE_NOOP("WorklogPage", "状态(&X)"),
        "media_warning": QT_TRANSLATE_NOOP(
            "WorklogPage",
            "媒体来电/来访：一律不接受电话采访；请记下媒体名称、记者和采访主题。保存后将立即提醒主管（R17）。",
        ),
        "media_saved_title": QT_TRANSLATE_NOOP("WorklogPage", "媒体来电/来访"),
        "media_saved": QT_TRANSLATE_NOOP(
            "WorklogPage",
            "已登记 {number}，并已在主管看板上发出媒体提醒（R17）。\n\n"
            "请立即电话通知主管；不接受电话采访，来访记者请先核验证件。",
        ),
        "saved": QT_TRANSLATE_NOOP("WorklogPage", "已保存 {number}。"),
        "saved_complaint": QT_TRANSLATE_NOOP(
            "WorklogPage", "已保存 {number}，并生成投诉处理记录 {complaint}（首次回应时限 {due}）。"
        ),
        "saved_slip": QT_TRANSLATE_NOOP(
            "WorklogPage", "已保存 {number}，并生成派工单 {slip}，请按 Ctrl+P 打印交维修人员。"
        ),
        "saved_message": QT_TRANSLATE_NOOP(
            "WorklogPage", "已保存 {number}，留言已送到 {recipient} 的留言箱。"
        ),
        "linked": QT_TRANSLATE_NOOP("WorklogPage", "关联：{links}"),
        "linked_complaint": QT_TRANSLATE_NOOP("WorklogPage", "投诉 {number}"),
        "linked_slip": QT_TRANSLATE_NOOP("WorklogPage", "派工单 {number}"),
        "linked_state": QT_TRANSLATE_NOOP("WorklogPage", "（{state}）"),
        "print_slip": QT_TRANSLATE_NOOP("WorklogPage", "打印派工单（Ctrl+P）"),
        "linked_result": QT_TRANSLATE_NOOP("WorklogPage", "处理结果：{result}"),
        "status_follows": QT_TRANSLATE_NOOP("WorklogPage", "状态随关联的投诉/派工单自动更新"),
        "intake_locked": QT_TRANSLATE_NOOP(
            "WorklogPage", "已登记的来电/来访内容不能修改；可更新指派、处理结果和状态。"
        ),
        # list
        "col_number": QT_TRANSLATE_NOOP("WorklogPage", "编号"),
        "col_received": QT_TRANSLATE_NOOP("WorklogPage", "受理时间"),
        "col_channel": QT_TRANSLATE_NOOP("WorklogPage", "渠道"),
        "col_category": QT_TRANSLATE_NOOP("WorklogPage", "类别"),
        "col_room": QT_TRANSLATE_NOOP("WorklogPage", "房号"),
        "col_contact": QT_TRANSLATE_NOOP("WorklogPage", "来电/来访人"),
        "col_content": QT_TRANSLATE_NOOP("WorklogPage", "内容"),
        "col_status": QT_TRANSLATE_NOOP("WorklogPage", "状态"),
        "filter_channel": QT_TRANSLATE_NOOP("WorklogPage", "渠道"),
        "filter_category": QT_TRANSLATE_NOOP("WorklogPage", "类别"),
        "filter_period": QT_TRANSLATE_NOOP("WorklogPage", "时间"),
        "all": QT_TRANSLATE_NOOP("WorklogPage", "全部"),
        "today": QT_TRANSLATE_NOOP("WorklogPage", "今天"),
        "this_week": QT_TRANSLATE_NOOP("WorklogPage", "本周"),
        "export": QT_TRANSLATE_NOOP("WorklogPage", "工作信息记录表"),
    },
)

MEDIA_STYLE = (
    "color: #8a1c1c; background: #fdecea; border: 1px solid #f5c2bd; padding: 6px; font-weight: bold;"
)


class ChoiceRow(QWidget):
    """Radio buttons numbered 1…n: a digit key picks that choice and moves on; the
    arrow keys move between choices; Enter moves on."""

    changed = Signal()
    advanced = Signal()

    def __init__(self, choices: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        self.values = [value for value, _label in choices]
        # A grid that wraps onto more rows when the labels do not fit the width (one
        # row in Chinese; English labels are longer), so the form never scrolls sideways.
        self.grid = QGridLayout(self)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        for index, (value, label) in enumerate(choices, start=1):
            button = QRadioButton(f"{index} {label}")
            button.setObjectName(f"choice_{value}")
            button.installEventFilter(self)
            self.group.addButton(button, index - 1)
            self.buttons.append(button)
        self.per_row = 0
        self._arrange(len(self.buttons))
        self.group.idToggled.connect(self._toggled)
        self.setFocusProxy(self.buttons[0])

    def _arrange(self, per_row: int) -> None:
        per_row = max(1, min(per_row, len(self.buttons)))
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for button in self.buttons:
            self.grid.removeWidget(button)
        for position, button in enumerate(self.buttons):
            self.grid.addWidget(button, position // per_row, position % per_row)
        for column in range(len(self.buttons) + 1):
            self.grid.setColumnStretch(column, 1 if column == per_row else 0)
        self.updateGeometry()

    def _fitting(self, width: int) -> int:
        """The most buttons per row whose grid (each column as wide as its widest
        button) fits in ``width`` pixels."""
        spacing = self.grid.horizontalSpacing()
        widths = [button.sizeHint().width() for button in self.buttons]
        for per_row in range(len(widths), 1, -1):
            columns = [max(widths[column::per_row]) for column in range(per_row)]
            if sum(columns) + spacing * (per_row - 1) <= width:
                return per_row
        return 1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # narrow enough for two columns: the row wraps instead of widening the form
        hint = super().minimumSizeHint()
        widest = max(button.sizeHint().width() for button in self.buttons)
        return QSize(min(hint.width(), 2 * widest + self.grid.horizontalSpacing()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(self._fitting(event.size().width()))

    def value(self) -> str | None:
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_value(self, value: str | None) -> None:
        if value in self.values:
            self.buttons[self.values.index(value)].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
            self.setFocusProxy(self.buttons[0])

    def set_enabled_choices(self, enabled: bool) -> None:
        for button in self.buttons:
            button.setEnabled(enabled)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.setFocusProxy(self.buttons[index])
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self.buttons:
            key = event.key()
            if (
                Qt.Key.Key_1 <= key <= Qt.Key.Key_9
                and not event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                index = int(key) - int(Qt.Key.Key_1)
                if index < len(self.buttons):
                    self.buttons[index].setChecked(True)
                    self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)
                    self.advanced.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.advanced.emit()
                return True
        return super().eventFilter(watched, event)


def _local_iso(box: QDateTimeEdit) -> str:
    moment = box.dateTime().toPython()
    assert isinstance(moment, datetime)
    return moment.replace(second=0, microsecond=0).isoformat()


def _combo_value(box: QComboBox) -> int | None:
    value = box.currentData()
    return value if isinstance(value, int) else None


def _set_combo(box: QComboBox, value: Any) -> None:
    index = box.findData(value) if value is not None else 0
    box.setCurrentIndex(max(index, 0))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


class WorklogForm(FormPage):
    """One line of the 工作信息记录表; see the module docstring."""

    conflict_ignored = frozenset({"number", "links", "status_follows_links", "slip_id"})

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="worklog", draft_name="worklog", title=TEXT("title"))
        self.entry_screen = WorklogScreen(context.workspace)
        self.record_screen = self.entry_screen
        self._outcome: SavedEntry | None = None

        self.number_label = QLabel(TEXT("new_record"))
        self.number_label.setObjectName("worklogNumber")
        self.number_label.setStyleSheet("font-weight: bold; color: #52606d;")

        self.received_edit = QDateTimeEdit()
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_edit.setCalendarPopup(True)
        self.channel_row = ChoiceRow(tuple((channel.value, enum_label(channel)) for channel in CHANNELS))
        self.media_warning = QLabel(TEXT("media_warning"))
        self.media_warning.setObjectName("mediaWarning")
        self.media_warning.setWordWrap(True)
        self.media_warning.setStyleSheet(MEDIA_STYLE)
        self.media_warning.hide()
        self.lookup = ClientLookup(context)
        self.contact_name_edit = QLineEdit()
        self.contact_phone_edit = QLineEdit()
        self.category_row = ChoiceRow(
            tuple((category.value, enum_label(category)) for category in CATEGORIES)
        )
        self.content_edit = QPlainTextEdit()
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(TEXT("content_hint"))
        self.content_edit.setMinimumHeight(80)
        self.content_edit.setMaximumHeight(120)
        self.taken_by_box = QComboBox()
        self.assigned_staff_box = QComboBox()
        self.assigned_department_box = QComboBox()

        self.message_group = QGroupBox(TEXT("message_group"))
        self.message_group.setCheckable(True)
        self.message_group.setChecked(False)
        self.message_for_box = QComboBox()
        self.message_when_edit = QLineEdit()
        self.message_where_edit = QLineEdit()
        self.message_what_edit = QLineEdit()
        self.message_why_edit = QLineEdit()
        self.message_how_edit = QLineEdit()
        self.caller_company_edit = QLineEdit()
        self.reply_needed_box = QCheckBox(TEXT("reply_needed"))

        # R22: "我了解一下，X 点前答复您" — a promised reply, owed by a person.
        self.reply_promised_box = QCheckBox(TEXT("reply_promised"))
        self.reply_promised_edit = QDateTimeEdit()
        self.reply_promised_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reply_promised_edit.setCalendarPopup(True)
        self.reply_owner_box = QComboBox()
        self.reply_given_box = QCheckBox(TEXT("reply_given"))
        self.reply_promised_box.toggled.connect(self._reply_toggled)

        self.result_edit = QPlainTextEdit()
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setMaximumHeight(60)
        self.status_box = QComboBox()
        for status in WorkLogStatus:
            self.status_box.addItem(enum_label(status), status.value)
        self.locked_note = QLabel(TEXT("intake_locked"))
        self.locked_note.setStyleSheet("color: #52606d;")
        self.locked_note.hide()

        self._fill_people()
        self._build_layout()

        self.watch(
            self.received_edit,
            self.contact_name_edit,
            self.contact_phone_edit,
            self.content_edit,
            self.taken_by_box,
            self.assigned_staff_box,
            self.assigned_department_box,
            self.message_for_box,
            self.message_when_edit,
            self.message_where_edit,
            self.message_what_edit,
            self.message_why_edit,
            self.message_how_edit,
            self.caller_company_edit,
            self.reply_needed_box,
            self.reply_promised_box,
            self.reply_promised_edit,
            self.reply_owner_box,
            self.reply_given_box,
            self.result_edit,
            self.status_box,
        )
        self.channel_row.changed.connect(self.mark_dirty)
        self.channel_row.changed.connect(self._channel_changed)
        self.category_row.changed.connect(self.mark_dirty)
        self.lookup.changed.connect(self.mark_dirty)
        self.lookup.picked.connect(self._client_picked)
        self.message_group.toggled.connect(self.mark_dirty)
        self.message_group.toggled.connect(self._message_toggled)

        # Enter moves on (SPEC: keyboard all day).
        self.lookup.edit.returnPressed.connect(self.channel_row.setFocus)
        self.channel_row.advanced.connect(self.contact_name_edit.setFocus)
        self.contact_name_edit.returnPressed.connect(self.contact_phone_edit.setFocus)
        self.contact_phone_edit.returnPressed.connect(self.category_row.setFocus)
        self.category_row.advanced.connect(self.content_edit.setFocus)
        for edit in (
            self.message_when_edit,
            self.message_where_edit,
            self.message_what_edit,
            self.message_why_edit,
            self.message_how_edit,
            self.caller_company_edit,
        ):
            edit.returnPressed.connect(self.focusNextChild)

        context.staffChanged.connect(self._staff_changed)
        self.saved.connect(self._after_save)
        with self.loading():
            self.clear_form()

    # -- building ----------------------------------------------------------------------

    def _fill_people(self) -> None:
        people = operations.run(self, self.entry_screen.people) or People((), ())
        staff, departments = people.staff, people.departments
        # Issue 15: by pinyin, with the department, found by typing initials or name.
        for box in (self.taken_by_box, self.assigned_staff_box, self.message_for_box, self.reply_owner_box):
            box.clear()
            box.addItem(TEXT("nobody"), None)
            for entry in staff:
                box.addItem(entry.label, entry.staff_id)
                box.setItemData(box.count() - 1, entry.search_key, SEARCH_ROLE)
            make_findable(box)
        self.assigned_department_box.clear()
        self.assigned_department_box.addItem(TEXT("nobody"), None)
        for department_id, name in departments:
            self.assigned_department_box.addItem(name, department_id)

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel(TEXT(key))
        label.setBuddy(buddy)
        return label

    def _build_layout(self) -> None:
        heading = QLabel(TEXT("title"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.number_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self._label("received_at", self.received_edit), self.field("received_at", self.received_edit)
        )
        form.addRow(self._label("channel", self.channel_row), self.field("channel", self.channel_row))
        form.addRow("", self.media_warning)
        form.addRow(self._label("client", self.lookup), self.field("client_id", self.lookup))
        contact = QHBoxLayout()
        contact.addWidget(self.field("contact_name", self.contact_name_edit), 1)
        contact.addWidget(self._label("contact_phone", self.contact_phone_edit))
        contact.addWidget(self.field("contact_phone", self.contact_phone_edit), 1)
        form.addRow(self._label("contact_name", self.contact_name_edit), contact)
        form.addRow(self._label("category", self.category_row), self.field("category", self.category_row))
        form.addRow(self._label("content", self.content_edit), self.field("content", self.content_edit))
        form.addRow(self._label("taken_by", self.taken_by_box), self.field("taken_by_id", self.taken_by_box))
        assigned = QHBoxLayout()
        assigned.addWidget(self.field("assigned_staff_id", self.assigned_staff_box), 1)
        assigned.addWidget(self._label("assigned_department", self.assigned_department_box))
        assigned.addWidget(self.field("assigned_department_id", self.assigned_department_box), 1)
        form.addRow(self._label("assigned_staff", self.assigned_staff_box), assigned)

        message = QFormLayout(self.message_group)
        message.addRow(
            self._label("message_for", self.message_for_box),
            self.field("message_for_id", self.message_for_box),
        )
        who = QLabel(TEXT("message_who_hint"))
        who.setStyleSheet("color: #52606d;")
        message.addRow("", who)
        message.addRow(
            self._label("message_when", self.message_when_edit),
            self.field("message_when", self.message_when_edit),
        )
        message.addRow(
            self._label("message_where", self.message_where_edit),
            self.field("message_where", self.message_where_edit),
        )
        message.addRow(
            self._label("message_what", self.message_what_edit),
            self.field("message_what", self.message_what_edit),
        )
        message.addRow(
            self._label("message_why", self.message_why_edit),
            self.field("message_why", self.message_why_edit),
        )
        message.addRow(
            self._label("message_how", self.message_how_edit),
            self.field("message_how", self.message_how_edit),
        )
        company = QHBoxLayout()
        company.addWidget(self.field("caller_company", self.caller_company_edit), 1)
        company.addWidget(self.reply_needed_box)
        message.addRow(self._label("caller_company", self.caller_company_edit), company)

        form.addRow(self.message_group)
        reply = QHBoxLayout()
        reply.addWidget(self.field("reply_promised_by", self.reply_promised_edit), 1)
        reply.addWidget(QLabel(TEXT("reply_owner")))
        reply.addWidget(self.field("reply_owed_by_id", self.reply_owner_box), 1)
        reply.addWidget(self.reply_given_box)
        form.addRow(self.reply_promised_box, reply)
        form.addRow(self._label("result", self.result_edit), self.field("result", self.result_edit))
        form.addRow(self._label("status", self.status_box), self.field("status", self.status_box))

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.banner)
        # Issue 15: a repair's slip is printed from where it was saved (Ctrl+P), not by
        # going to the slip screen and finding it.
        self.slip_print_button = PrintButton(self, "dispatch", TEXT("print_slip"))
        self.slip_print_button.hide()
        slip_row = QHBoxLayout()
        slip_row.addWidget(self.slip_print_button)
        slip_row.addStretch(1)
        column.addLayout(slip_row)
        self.print_slip_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        self.print_slip_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_slip_shortcut.activated.connect(self.print_slip)
        column.addWidget(self.locked_note)
        column.addLayout(form)
        column.addStretch(1)

        order: list[QWidget] = [
            self.lookup.edit,
            self.lookup.anonymous_box,
            *self.channel_row.buttons,
            self.contact_name_edit,
            self.contact_phone_edit,
            *self.category_row.buttons,
            self.content_edit,
            self.taken_by_box,
            self.assigned_staff_box,
            self.assigned_department_box,
            self.message_group,
            self.message_for_box,
            self.message_when_edit,
            self.message_where_edit,
            self.message_what_edit,
            self.message_why_edit,
            self.message_how_edit,
            self.caller_company_edit,
            self.reply_needed_box,
            self.reply_promised_box,
            self.reply_promised_edit,
            self.reply_owner_box,
            self.reply_given_box,
            self.result_edit,
            self.status_box,
            self.received_edit,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._message_toggled(False)

    # -- behaviour ---------------------------------------------------------------------

    def focus_client(self) -> None:
        self.lookup.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _reply_toggled(self, on: bool) -> None:
        for widget in (self.reply_promised_edit, self.reply_owner_box):
            widget.setEnabled(on)
        self.reply_given_box.setEnabled(on and self.record_id is not None)

    def _channel_changed(self) -> None:
        self.media_warning.setVisible(self.channel_row.value() == Channel.MEDIA.value)

    def _client_picked(self, match: object) -> None:
        if not isinstance(match, ClientMatch):
            return
        if not self.contact_name_edit.text().strip():
            self.contact_name_edit.setText(match.name)
        if not self.contact_phone_edit.text().strip() and match.phones:
            self.contact_phone_edit.setText(match.phones[0])
        if self.lookup.edit.hasFocus():
            # Issue 15: a known caller fills the name and phone, and 渠道 is already 来电,
            # so the cursor goes on to 类别 ("2" is 报修 there, not 来访 in 渠道); Alt+Q
            # reaches 渠道 for a visit. What is still missing is asked first.
            if not self.contact_name_edit.text().strip():
                self.contact_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            elif not self.contact_phone_edit.text().strip():
                self.contact_phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.category_row.setFocus(Qt.FocusReason.OtherFocusReason)

    def _message_toggled(self, on: bool) -> None:
        for widget in (
            self.message_for_box,
            self.message_when_edit,
            self.message_where_edit,
            self.message_what_edit,
            self.message_why_edit,
            self.message_how_edit,
            self.caller_company_edit,
            self.reply_needed_box,
        ):
            widget.setEnabled(on)

    def _staff_changed(self, staff_id: int) -> None:
        if self.record_id is None and not self.is_dirty():
            with self.loading():
                _set_combo(self.taken_by_box, staff_id if staff_id >= 0 else None)

    def _set_intake_editable(self, editable: bool) -> None:
        for widget in (self.contact_name_edit, self.contact_phone_edit):
            widget.setReadOnly(not editable)
        self.content_edit.setReadOnly(not editable)
        self.received_edit.setReadOnly(not editable)
        self.lookup.set_read_only(not editable)
        self.channel_row.set_enabled_choices(editable)
        self.category_row.set_enabled_choices(editable)
        self.taken_by_box.setEnabled(editable)
        self.message_group.setEnabled(editable)
        self.locked_note.setVisible(not editable)

    def _now_local(self) -> datetime:
        workspace = self.context.workspace
        return workspace.now().astimezone(workspace.zone)

    # -- FormPage ----------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        match = self.lookup.match
        received = self.received_edit.dateTime().toPython()
        assert isinstance(received, datetime)
        return {
            "received_at": received.replace(second=0, microsecond=0).isoformat(),
            "channel": self.channel_row.value(),
            "client_id": match.client_id if match is not None else None,
            "room_id": match.room_id if match is not None else None,
            "client_text": self.lookup.text() if match is None else "",
            "anonymous": self.lookup.anonymous,
            "contact_name": self.contact_name_edit.text(),
            "contact_phone": self.contact_phone_edit.text(),
            "category": self.category_row.value(),
            "content": self.content_edit.toPlainText(),
            "taken_by_id": _combo_value(self.taken_by_box),
            "assigned_staff_id": _combo_value(self.assigned_staff_box),
            "assigned_department_id": _combo_value(self.assigned_department_box),
            "message": self.message_group.isChecked(),
            "message_for_id": _combo_value(self.message_for_box),
            "message_when": self.message_when_edit.text(),
            "message_where": self.message_where_edit.text(),
            "message_what": self.message_what_edit.text(),
            "message_why": self.message_why_edit.text(),
            "message_how": self.message_how_edit.text(),
            "caller_company": self.caller_company_edit.text(),
            "reply_needed": self.reply_needed_box.isChecked(),
            "reply_promised": self.reply_promised_box.isChecked(),
            "reply_promised_by": _local_iso(self.reply_promised_edit),
            "reply_owed_by_id": _combo_value(self.reply_owner_box),
            "reply_given": self.reply_given_box.isChecked(),
            "result": self.result_edit.toPlainText(),
            "status": self.status_box.currentData(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        received = values.get("received_at")
        if isinstance(received, str):
            try:
                moment = datetime.fromisoformat(received)
                self.received_edit.setDateTime(
                    QDateTime(
                        QDate(moment.year, moment.month, moment.day),
                        QTime(moment.hour, moment.minute, moment.second),
                    )
                )
            except ValueError:
                pass
        self.channel_row.set_value(values.get("channel"))
        self._channel_changed()
        self.lookup.clear()
        client_id = values.get("client_id")
        if isinstance(client_id, int):
            room_id = values.get("room_id")
            self.lookup.set_client(client_id, room_id if isinstance(room_id, int) else None)
        else:
            self.lookup.edit.setText(_text(values.get("client_text")))
        self.lookup.set_anonymous(bool(values.get("anonymous")))
        self.contact_name_edit.setText(_text(values.get("contact_name")))
        self.contact_phone_edit.setText(_text(values.get("contact_phone")))
        self.category_row.set_value(values.get("category"))
        self.content_edit.setPlainText(_text(values.get("content")))
        _set_combo(self.taken_by_box, values.get("taken_by_id"))
        _set_combo(self.assigned_staff_box, values.get("assigned_staff_id"))
        _set_combo(self.assigned_department_box, values.get("assigned_department_id"))
        self.message_group.setChecked(bool(values.get("message")))
        _set_combo(self.message_for_box, values.get("message_for_id"))
        self.message_when_edit.setText(_text(values.get("message_when")))
        self.message_where_edit.setText(_text(values.get("message_where")))
        self.message_what_edit.setText(_text(values.get("message_what")))
        self.message_why_edit.setText(_text(values.get("message_why")))
        self.message_how_edit.setText(_text(values.get("message_how")))
        self.caller_company_edit.setText(_text(values.get("caller_company")))
        self.reply_needed_box.setChecked(bool(values.get("reply_needed")))
        promised = values.get("reply_promised_by")
        due = datetime.fromisoformat(promised) if isinstance(promised, str) and promised else None
        if due is None:
            due = (self._now_local() + timedelta(hours=2)).replace(tzinfo=None, second=0, microsecond=0)
        self.reply_promised_edit.setDateTime(
            QDateTime(QDate(due.year, due.month, due.day), QTime(due.hour, due.minute))
        )
        _set_combo(self.reply_owner_box, values.get("reply_owed_by_id"))
        self.reply_given_box.setChecked(bool(values.get("reply_given")))
        self.reply_promised_box.setChecked(bool(values.get("reply_promised")))
        self._reply_toggled(self.reply_promised_box.isChecked())
        self.result_edit.setPlainText(_text(values.get("result")))
        _set_combo(self.status_box, values.get("status") or WorkLogStatus.OPEN.value)
        self.show_slip(values.get("slip_id"))
        follows = bool(values.get("status_follows_links"))
        self.status_box.setEnabled(not follows)
        self.status_box.setToolTip(TEXT("status_follows") if follows else "")
        number = values.get("number")
        self.number_label.setText(TEXT("number", number=number) if number else TEXT("new_record"))
        links = [_link_text(link) for link in values.get("links") or () if isinstance(link, dict)]
        if links:
            self.locked_note.setText(
                TEXT("intake_locked") + "\n" + TEXT("linked", links=list_separator().join(links))
            )
        else:
            self.locked_note.setText(TEXT("intake_locked"))
        self._set_intake_editable(self.record_id is None)

    def clear_form(self) -> None:
        defaults: dict[str, Any] = {
            "received_at": self._now_local().replace(tzinfo=None).isoformat(),
            "channel": Channel.CALL.value,
            "category": None,
            "taken_by_id": self.context.staff_id,
            "status": WorkLogStatus.OPEN.value,
        }
        self.restore(defaults)

    def store(self, values: dict[str, Any]) -> int:
        """One screen call: a new line with all it opens ("log a call"), or the
        handling of a saved line; what it made is kept for the banner."""
        self._outcome = None
        saved = self.entry_screen.save_entry(self.record_id, values, self.loaded_version)
        self._outcome = saved
        return saved.entry_id

    def show_slip(self, slip_id: int | None) -> None:
        """The print button of the slip this entry made (hidden when it made none)."""
        self.slip_print_button.set_record(slip_id)
        self.slip_print_button.setVisible(slip_id is not None)

    def print_slip(self) -> None:
        """Ctrl+P: the print preview of this entry's slip."""
        if self.slip_print_button.record_id is not None:
            self.slip_print_button.preview()

    @property
    def outcome(self) -> SavedEntry | None:
        """What the last save made (numbers of the entry, complaint, slip …)."""
        return self._outcome

    def _after_save(self, record_id: int) -> None:
        outcome = self._outcome
        if outcome is None:
            return
        number = outcome.number
        with self.loading():
            self.number_label.setText(TEXT("number", number=number))
            self._set_intake_editable(False)
        if outcome.complaint_number is not None:
            message = TEXT(
                "saved_complaint",
                number=number,
                complaint=outcome.complaint_number,
                due=outcome.complaint_due,
            )
        elif outcome.slip_id is not None:
            message = TEXT("saved_slip", number=number, slip=outcome.slip_number)
            self.show_slip(outcome.slip_id)
        elif outcome.recipient is not None:
            message = TEXT("saved_message", number=number, recipient=outcome.recipient)
        else:
            message = TEXT("saved", number=number)
        self.show_banner(message, error=False)
        if outcome.media:
            QMessageBox.warning(self, TEXT("media_saved_title"), TEXT("media_saved", number=number))
        if outcome.complaint_id is not None:
            # SPEC 2.2: a complaint entry opens its complaint record (R1 clock running).
            self.context.request_open("complaints", outcome.complaint_id)


def _link_text(link: dict[str, Any]) -> str:
    """One record the line opened, with its state now (and its result)."""
    key = "linked_complaint" if link.get("kind") == "complaints" else "linked_slip"
    result = str(link.get("result") or "")
    return (
        TEXT(key, number=link.get("number", ""))
        + TEXT("linked_state", state=link.get("state", ""))
        + (TEXT("linked_result", result=_first_line(result)) if result else "")
    )


def _first_line(text: str, limit: int = 40) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def worklog_list(context: DeskContext) -> ListSpec:
    """The list of entries (``screens.worklog.worklog_list``), labelled for this screen;
    "today" and "this week" follow the program's clock."""
    return worklog_screen.worklog_list(context.workspace, TEXT, enum_label)


class WorklogPage(RecordPage):
    """工作信息记录表: list + form; F2 anywhere in the window starts a new entry."""

    def __init__(self, context: DeskContext) -> None:
        self.worklog_form = WorklogForm(context)
        super().__init__(context, worklog_list(context), self.worklog_form, TEXT("title"))
        self.splitter.setSizes([520, 700])
        self.new_entry_shortcut: QShortcut | None = None
        # The page is put in the window's stack after it is built: install F2 on the
        # window once the event loop runs (a shortcut on a hidden page would not fire).
        QTimer.singleShot(0, self.install_global_shortcut)

    def install_global_shortcut(self) -> None:
        if self.new_entry_shortcut is not None:
            return
        if getattr(self.window(), "owns_new_entry_shortcut", False):
            return  # the main window's F2 (issue 15: it works before this page is built)
        self.new_entry_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.window())
        self.new_entry_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.new_entry_shortcut.activated.connect(self.new_entry)

    def start_new(self) -> None:
        """Ctrl+N: like F2 on this page."""
        self.form.start_new()
        if self.form.record_id is None:
            self.worklog_form.focus_client()

    def new_entry(self) -> None:
        """F2: show this page with an empty entry, time filled in, cursor in the client box."""
        # start_new() below offers a draft left by a crash; the page need not offer it again.
        self._drafts_offered = True
        show = getattr(self.window(), "show_destination", None)
        if callable(show):
            show("worklog")
        self.start_new()

    def start_call(self, phone: str, client_id: int | None, room_id: int | None = None) -> bool:
        """来电弹屏: like F2, with 来电 chosen, the caller's number and (when known) the
        client filled in, the cursor on the category (on the client box when unknown).
        False when the form held unsaved input the receptionist chose to keep: nothing
        typed is lost."""
        self.new_entry()
        form = self.worklog_form
        if form.record_id is not None or form.is_dirty():
            return False
        # Filled in by the program, not typed: the entry counts as unsaved input (a
        # question on leaving it) only once the receptionist types into it.
        with form.loading():
            form.channel_row.set_value(Channel.CALL.value)
            if client_id is not None:
                form.lookup.set_client(client_id, room_id)
            form.contact_phone_edit.setText(phone)
        target = form.category_row if client_id is not None else form.lookup.edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


__all__ = ["ChoiceRow", "WorklogForm", "WorklogPage", "worklog_list"]
