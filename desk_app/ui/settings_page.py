"""系统设置: the administrator's settings screen.

The parts, top to bottom:

* **小区与工作时间** — community name, working hours, and the intervals of R3 (progress
  updates) and R6 (callbacks), saved with Ctrl+S through
  ``calendar_admin.save_community_settings`` (which recomputes open due times);
* **署名 / 地产公司 / 投诉受理渠道** — the centre's settings the printouts read
  (``services.centre``), each group saved on its own; 打印公示 previews the 投诉受理渠道公示;
* **节假日调整** — the calendar overrides (date → working day or holiday) with add and
  remove, and the warning when this year's or next year's holiday calendar is missing
  (``calendar_admin.missing_calendar_years``);
* **数据库连接** — the URL in use, a box for a new SQLAlchemy URL, 测试连接 (one query,
  nothing created) and 保存 (``database.save_database_url``): it takes effect at the
  next start. ``DESK_APP_DATABASE_URL`` and ``--database`` still win over it.

Only the administrator changes anything (the services refuse others; the screen says so
and greys the controls out).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.settings import (
    BAD_SETTING,
    CentreSheet,
    DatabaseUrlError,
    SettingsScreen,
    check_database_url,
    configured_database_url,
    hide_password,
    save_database_url,
)
from desk_app.services import calendar_admin, centre
from desk_app.services.errors import DomainError
from desk_app.ui import language, operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import ERROR_STYLE, NOTICE_STYLE, FormPage
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, list_separator

T = TypeVar("T")

TEXT = ScreenText(
    "SettingsPage",
    {
        "title": QT_TRANSLATE_NOOP("SettingsPage", "系统设置"),
        "general": QT_TRANSLATE_NOOP("SettingsPage", "小区与工作时间"),
        "community_name": QT_TRANSLATE_NOOP("SettingsPage", "小区名称(&M)"),
        "work_start": QT_TRANSLATE_NOOP("SettingsPage", "上班时间(&B)"),
        "work_end": QT_TRANSLATE_NOOP("SettingsPage", "下班时间(&E)"),
        "progress_days": QT_TRANSLATE_NOOP("SettingsPage", "进展告知间隔(&P)"),
        "callback_days": QT_TRANSLATE_NOOP("SettingsPage", "回访期限(&K)"),
        "days_suffix": QT_TRANSLATE_NOOP("SettingsPage", " 个工作日"),
        "progress_hint": QT_TRANSLATE_NOOP(
            "SettingsPage", "投诉处理期间至少每隔几个工作日告知客户进展（R3）"
        ),
        "callback_hint": QT_TRANSLATE_NOOP("SettingsPage", "验证后几个工作日内完成回访（R6）"),
        "save_general": QT_TRANSLATE_NOOP("SettingsPage", "保存设置(&S)"),
        "recomputed": QT_TRANSLATE_NOOP(
            "SettingsPage", "已保存。已按新设置重算 {count} 宗未结投诉的处理时限。"
        ),
        "bad_setting": QT_TRANSLATE_NOOP("SettingsPage", "数据库中的设置有误，显示的是默认值：{detail}"),
        "admin_only": QT_TRANSLATE_NOOP("SettingsPage", "只有系统管理员可以修改设置；当前值班人员只能查看。"),
        "calendar": QT_TRANSLATE_NOOP("SettingsPage", "节假日调整"),
        "calendar_hint": QT_TRANSLATE_NOOP(
            "SettingsPage",
            "国家法定节假日和调休按日历包自动计算；这里登记需要另行调整的日期（调整后，未结事项的时限自动重算）。",
        ),
        "missing_years": QT_TRANSLATE_NOOP(
            "SettingsPage",
            "注意：{years} 年的节假日安排尚未载入，这些年份只按周一至周五计算工作日。"
            "国务院公布安排后，请在下面逐日登记放假和调休上班的日期。",
        ),
        "calendar_ok": QT_TRANSLATE_NOOP("SettingsPage", "{years} 年的节假日安排均已载入。"),
        "day": QT_TRANSLATE_NOOP("SettingsPage", "日期"),
        "kind": QT_TRANSLATE_NOOP("SettingsPage", "安排"),
        "note": QT_TRANSLATE_NOOP("SettingsPage", "说明"),
        "holiday": QT_TRANSLATE_NOOP("SettingsPage", "放假"),
        "workday": QT_TRANSLATE_NOOP("SettingsPage", "上班"),
        "new_day": QT_TRANSLATE_NOOP("SettingsPage", "日期(&D)"),
        "new_kind": QT_TRANSLATE_NOOP("SettingsPage", "安排(&A)"),
        "new_note": QT_TRANSLATE_NOOP("SettingsPage", "说明(&N)"),
        "add": QT_TRANSLATE_NOOP("SettingsPage", "添加(&T)"),
        "remove": QT_TRANSLATE_NOOP("SettingsPage", "删除选中(&R)"),
        "remove_title": QT_TRANSLATE_NOOP("SettingsPage", "删除节假日调整"),
        "remove_question": QT_TRANSLATE_NOOP(
            "SettingsPage", "删除 {day} 的调整（{kind}）吗？删除后该日按法定日历计算。"
        ),
        "override_saved": QT_TRANSLATE_NOOP(
            "SettingsPage", "已登记 {day} 为{kind}；重算了 {count} 宗未结投诉的时限。"
        ),
        "override_removed": QT_TRANSLATE_NOOP(
            "SettingsPage", "已删除 {day} 的调整；重算了 {count} 宗未结投诉的时限。"
        ),
        "database": QT_TRANSLATE_NOOP("SettingsPage", "数据库连接"),
        "current_url": QT_TRANSLATE_NOOP("SettingsPage", "当前使用："),
        "saved_url": QT_TRANSLATE_NOOP("SettingsPage", "下次启动使用："),
        "default_url": QT_TRANSLATE_NOOP("SettingsPage", "（默认：本机数据文件）"),
        "new_url": QT_TRANSLATE_NOOP("SettingsPage", "新的数据库地址(&U)"),
        "url_hint": QT_TRANSLATE_NOOP(
            "SettingsPage",
            "例如 postgresql://用户名:密码@服务器:5432/数据库名，或 sqlite:////路径/desk.sqlite3",
        ),
        "test_url": QT_TRANSLATE_NOOP("SettingsPage", "测试连接(&C)"),
        "save_url": QT_TRANSLATE_NOOP("SettingsPage", "保存，下次启动生效(&V)"),
        "reset_url": QT_TRANSLATE_NOOP("SettingsPage", "恢复默认"),
        "url_ok": QT_TRANSLATE_NOOP("SettingsPage", "连接成功（{backend}）。"),
        "url_empty": QT_TRANSLATE_NOOP("SettingsPage", "请先填写新的数据库地址。"),
        "url_saved": QT_TRANSLATE_NOOP(
            "SettingsPage", "已保存。新的数据库地址将在下次启动程序时生效；本次仍使用当前数据库。"
        ),
        "url_reset": QT_TRANSLATE_NOOP("SettingsPage", "已恢复默认，下次启动时使用本机数据文件。"),
        "language": QT_TRANSLATE_NOOP("SettingsPage", "界面语言"),
        "language_label": QT_TRANSLATE_NOOP("SettingsPage", "界面语言(&L)"),
        "language_hint": QT_TRANSLATE_NOOP(
            "SettingsPage", "只影响本机的当前用户；选择后在下次启动程序时生效。"
        ),
        "language_saved": QT_TRANSLATE_NOOP("SettingsPage", "已保存。下次启动程序时界面使用“{language}”。"),
        "language_failed": QT_TRANSLATE_NOOP("SettingsPage", "无法保存界面语言：{detail}"),
        "signatories": QT_TRANSLATE_NOOP("SettingsPage", "署名"),
        "signatories_hint": QT_TRANSLATE_NOOP(
            "SettingsPage",
            "通知书、温馨提示和函件的落款。物业服务中心署名留空时使用“小区名称＋物业服务中心”；"
            "高空抛物温馨提示由三方联合署名（R14）。",
        ),
        "developer": QT_TRANSLATE_NOOP("SettingsPage", "地产公司"),
        "developer_hint": QT_TRANSLATE_NOOP(
            "SettingsPage", "二类投诉（房屋质量、配套设施）的知会函发给地产公司的客户关系中心（R4）。"
        ),
        "channels": QT_TRANSLATE_NOOP("SettingsPage", "投诉受理渠道"),
        "channels_hint": QT_TRANSLATE_NOOP(
            "SettingsPage",
            "项目接管后须及时公布受理顾客投诉的渠道。至少填写投诉电话、传真、电子邮箱或论坛地址中的一项，"
            "然后打印公示张贴。",
        ),
        "signatory_centre": QT_TRANSLATE_NOOP("SettingsPage", "物业服务中心(&O)"),
        "signatory_residents_committee": QT_TRANSLATE_NOOP("SettingsPage", "居委会/社区工作站(&J)"),
        "signatory_owners_committee": QT_TRANSLATE_NOOP("SettingsPage", "业委会(&Y)"),
        "developer_customer_centre": QT_TRANSLATE_NOOP("SettingsPage", "客户关系中心名称(&Z)"),
        "complaint_phone": QT_TRANSLATE_NOOP("SettingsPage", "投诉电话(&1)"),
        "complaint_fax": QT_TRANSLATE_NOOP("SettingsPage", "传真(&X)"),
        "complaint_email": QT_TRANSLATE_NOOP("SettingsPage", "电子邮箱(&I)"),
        "complaint_forum": QT_TRANSLATE_NOOP("SettingsPage", "论坛地址(&W)"),
        "complaint_address": QT_TRANSLATE_NOOP("SettingsPage", "邮件投递地址(&Q)"),
        "complaint_contact": QT_TRANSLATE_NOOP("SettingsPage", "联系人"),
        "reminders": QT_TRANSLATE_NOOP("SettingsPage", "提醒与派工时限"),
        "reminders_hint": QT_TRANSLATE_NOOP(
            "SettingsPage",
            "到期前多久提醒负责人（R23）；已上报的整改通知书多少个工作日无跟进就提醒（R23）；"
            "派工单按专业默认几个工作小时内完成（R20，紧急的 1 小时）。留空则用括号中的默认值。",
        ),
        "notify_lead_minutes": QT_TRANSLATE_NOOP("SettingsPage", "到期前提醒（分钟）(&3)"),
        "notice_follow_up_working_days": QT_TRANSLATE_NOOP("SettingsPage", "上报后跟进间隔（工作日）(&4)"),
        "dispatch_due_working_hours": QT_TRANSLATE_NOOP("SettingsPage", "派工单完成时限（工作小时）(&5)"),
        "default_value": QT_TRANSLATE_NOOP("SettingsPage", "留空则为：{value}"),
        "save_group": QT_TRANSLATE_NOOP("SettingsPage", "保存"),
        "group_saved": QT_TRANSLATE_NOOP("SettingsPage", "已保存。"),
        "print_channels": QT_TRANSLATE_NOOP("SettingsPage", "打印公示(&2)…"),
        "print_channels_tip": QT_TRANSLATE_NOOP(
            "SettingsPage", "预览并打印《投诉受理渠道公示》（按已保存的渠道）"
        ),
    },
)


class CentreSettingsGroup(QGroupBox):
    """One group of the centre's settings (``services.centre``, a group of
    ``CENTRE_FIELDS``): a line per setting, 保存 (or Enter in any box)."""

    def __init__(
        self,
        context: DeskContext,
        group: str,
        title: str,
        hint: str,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.context = context
        self.settings = SettingsScreen(context.workspace)
        self.group = group
        self.loaded_version: int | None = None
        self.fields = [field for field in centre.CENTRE_FIELDS if field.group == group]
        self.boxes: dict[str, QLineEdit] = {}
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        forms = QHBoxLayout()
        per_column = -(-len(self.fields) // columns)
        for start in range(0, len(self.fields), per_column):
            form = QFormLayout()
            for field in self.fields[start : start + per_column]:
                box = QLineEdit()
                box.setObjectName(field.key)
                box.setMaxLength(field.limit)
                box.setMinimumWidth(220)
                box.returnPressed.connect(self.save)
                label = QLabel(TEXT(field.key))
                label.setBuddy(box)
                form.addRow(label, box)
                self.boxes[field.key] = box
            forms.addLayout(form, 1)
        self.save_button = QPushButton(TEXT("save_group"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        #: called after a successful save
        self.on_saved: Callable[[], None] | None = None
        self.body = QVBoxLayout(self)
        self.body.addWidget(note)
        self.body.addLayout(forms)
        self.body.addWidget(self.message)
        self.body.addLayout(self.buttons)

    def load(self, sheet: CentreSheet) -> None:
        for field in self.fields:
            self.boxes[field.key].setText(sheet.values[field.key])
            default = sheet.defaults[field.key]
            self.boxes[field.key].setPlaceholderText(TEXT("default_value", value=default) if default else "")
        self.loaded_version = sheet.version

    def values(self) -> dict[str, str]:
        return {key: box.text() for key, box in self.boxes.items()}

    def notice(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.message.show()

    def _failed(self, error: DomainError) -> None:
        self.notice(str(error), error=True)
        box = self.boxes.get(error.field or "")
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            box.selectAll()

    def save(self) -> bool:
        values = self.values()
        version = self.loaded_version
        saved = operations.run(
            self, lambda: self.settings.save_centre(values, version), on_failure=self._failed
        )
        if saved is None:
            return False
        self.notice(TEXT("group_saved"))
        if self.on_saved is not None:
            self.on_saved()
        self.context.record_saved("settings", 0)
        return True


class GeneralSettingsForm(FormPage):
    """Community name, working hours, R3/R6 intervals (one "record": the settings)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, kind="settings", draft_name="settings", title=TEXT("general"), parent=parent
        )
        self.name_box = QLineEdit()
        self.start_box = QTimeEdit()
        self.end_box = QTimeEdit()
        for box in (self.start_box, self.end_box):
            box.setDisplayFormat("HH:mm")
            box.setMaximumWidth(110)
        self.name_box.setMaximumWidth(420)
        self.progress_box = QSpinBox()
        self.callback_box = QSpinBox()
        for spin in (self.progress_box, self.callback_box):
            spin.setRange(1, calendar_admin.MAX_INTERVAL_DAYS)
            spin.setSuffix(TEXT("days_suffix"))
        self.save_button = QPushButton(TEXT("save_general"))
        self.save_button.clicked.connect(self.save)

        rows = QFormLayout()
        entries: tuple[tuple[str, str, QWidget, str | None], ...] = (
            ("community_name", "community_name", self.name_box, None),
            ("work_start", "work_start", self.start_box, None),
            ("work_end", "work_end", self.end_box, None),
            ("progress_days", "progress_update_working_days", self.progress_box, "progress_hint"),
            ("callback_days", "callback_working_days", self.callback_box, "callback_hint"),
        )
        for key, name, widget, hint in entries:
            label = QLabel(TEXT(key))
            label.setBuddy(widget)
            holder: QWidget = self.field(name, widget)
            if hint is not None:
                line = QWidget()
                line_layout = QHBoxLayout(line)
                line_layout.setContentsMargins(0, 0, 0, 0)
                line_layout.addWidget(holder)
                note = QLabel(TEXT(hint))
                note.setStyleSheet("color: #555;")
                line_layout.addWidget(note, 1)
                holder = line
            rows.addRow(label, holder)
        self.name_box.returnPressed.connect(self.focusNextChild)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.watch(self.name_box, self.start_box, self.end_box, self.progress_box, self.callback_box)
        self.settings = SettingsScreen(context.workspace)
        self.record_screen = self.settings

    def collect(self) -> dict[str, Any]:
        return {
            "community_name": self.name_box.text(),
            "work_start": self.start_box.time().toString("HH:mm"),
            "work_end": self.end_box.time().toString("HH:mm"),
            "progress_update_working_days": self.progress_box.value(),
            "callback_working_days": self.callback_box.value(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        if values.get(BAD_SETTING):
            self.show_banner(TEXT("bad_setting", detail=values[BAD_SETTING]))
        self.name_box.setText(values.get("community_name", ""))
        self.start_box.setTime(QTime.fromString(values.get("work_start", "09:00"), "HH:mm"))
        self.end_box.setTime(QTime.fromString(values.get("work_end", "18:00"), "HH:mm"))
        self.progress_box.setValue(int(values.get("progress_update_working_days", 2)))
        self.callback_box.setValue(int(values.get("callback_working_days", 2)))

    def clear_form(self) -> None:
        self.restore({})

    def save(self) -> bool:
        self.settings.last_change = None
        saved = super().save()
        change = self.settings.last_change
        if saved and change is not None:
            self.show_banner(TEXT("recomputed", count=change.recomputed_complaints), error=False)
        return saved


class SettingsPage(QWidget):
    """The settings screen (navigation key "settings"); see the module docstring."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._draft_offered = False

        title = QLabel(TEXT("title"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 2px 6px;")
        self.role_note = QLabel(TEXT("admin_only"))
        self.role_note.setStyleSheet("color: #8a6d00;")

        # 小区与工作时间
        self.general = GeneralSettingsForm(context)
        general_box = QGroupBox(TEXT("general"))
        QVBoxLayout(general_box).addWidget(self.general)

        # 署名, 地产公司, 投诉受理渠道 (services.centre)
        self.signatories = CentreSettingsGroup(
            context, centre.GROUP_SIGNATORIES, TEXT("signatories"), TEXT("signatories_hint")
        )
        self.developer = CentreSettingsGroup(
            context, centre.GROUP_DEVELOPER, TEXT("developer"), TEXT("developer_hint")
        )
        self.developer.body.addStretch(1)
        self.channels = CentreSettingsGroup(
            context, centre.GROUP_CHANNELS, TEXT("channels"), TEXT("channels_hint"), columns=2
        )
        self.print_channels_button = PrintButton(self.channels, "channels", TEXT("print_channels"))
        self.print_channels_button.setToolTip(TEXT("print_channels_tip"))
        self.print_channels_button.set_record(0)
        self.channels.buttons.insertWidget(1, self.print_channels_button)
        # 提醒与派工时限 (issue 14: R20, R23)
        self.reminders = CentreSettingsGroup(
            context, centre.GROUP_REMINDERS, TEXT("reminders"), TEXT("reminders_hint")
        )
        self.centre_groups = (self.signatories, self.developer, self.channels, self.reminders)
        for group in self.centre_groups:
            group.on_saved = self._centre_saved
        self.general.saved.connect(lambda _record_id: self._centre_saved())
        centre_row = QHBoxLayout()
        centre_row.addWidget(self.signatories, 3)
        centre_row.addWidget(self.developer, 2)

        # 节假日调整
        calendar_box = QGroupBox(TEXT("calendar"))
        calendar_layout = QVBoxLayout(calendar_box)
        hint = QLabel(TEXT("calendar_hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.calendar_warning = QLabel()
        self.calendar_warning.setObjectName("calendarWarning")
        self.calendar_warning.setWordWrap(True)
        self.override_table = QTableWidget(0, 3)
        self.override_table.setHorizontalHeaderLabels([TEXT("day"), TEXT("kind"), TEXT("note")])
        self.override_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.override_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.override_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.override_table.verticalHeader().hide()
        self.override_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.override_table.setColumnWidth(0, 120)
        self.override_table.setColumnWidth(1, 70)
        self.override_table.horizontalHeader().setStretchLastSection(True)
        self.override_table.setMinimumHeight(170)
        self.day_box = QDateEdit()
        self.day_box.setCalendarPopup(True)
        self.day_box.setDisplayFormat("yyyy-MM-dd")
        self.day_box.setDate(QDate.currentDate())
        self.kind_box = QComboBox()
        self.kind_box.addItem(TEXT("holiday"), False)
        self.kind_box.addItem(TEXT("workday"), True)
        self.note_box = QLineEdit()
        self.note_box.returnPressed.connect(self.add_override)
        self.add_button = QPushButton(TEXT("add"))
        self.add_button.clicked.connect(self.add_override)
        self.remove_button = QPushButton(TEXT("remove"))
        self.remove_button.clicked.connect(self.remove_override)
        add_row = QHBoxLayout()
        for key, box in (("new_day", self.day_box), ("new_kind", self.kind_box), ("new_note", self.note_box)):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            add_row.addWidget(label)
            add_row.addWidget(box, 1 if box is self.note_box else 0)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        self.calendar_message = QLabel()
        self.calendar_message.setWordWrap(True)
        self.calendar_message.hide()
        calendar_layout.addWidget(hint)
        calendar_layout.addWidget(self.calendar_warning)
        calendar_layout.addWidget(self.override_table)
        calendar_layout.addLayout(add_row)
        calendar_layout.addWidget(self.calendar_message)

        # 数据库连接
        database_box = QGroupBox(TEXT("database"))
        database_form = QFormLayout(database_box)
        self.current_url_label = QLabel(self.general.settings.display_url)
        self.current_url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_url_label = QLabel()
        self.saved_url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_box = QLineEdit()
        self.url_box.setPlaceholderText(TEXT("url_hint"))
        self.url_box.returnPressed.connect(self.test_url)
        url_label = QLabel(TEXT("new_url"))
        url_label.setBuddy(self.url_box)
        self.test_button = QPushButton(TEXT("test_url"))
        self.test_button.clicked.connect(self.test_url)
        self.save_url_button = QPushButton(TEXT("save_url"))
        self.save_url_button.clicked.connect(self.save_url)
        self.reset_url_button = QPushButton(TEXT("reset_url"))
        self.reset_url_button.clicked.connect(self.reset_url)
        url_buttons = QHBoxLayout()
        url_buttons.addWidget(self.test_button)
        url_buttons.addWidget(self.save_url_button)
        url_buttons.addWidget(self.reset_url_button)
        url_buttons.addStretch(1)
        self.url_message = QLabel()
        self.url_message.setObjectName("urlMessage")
        self.url_message.setWordWrap(True)
        self.url_message.hide()
        database_form.addRow(TEXT("current_url"), self.current_url_label)
        database_form.addRow(TEXT("saved_url"), self.saved_url_label)
        database_form.addRow(url_label, self.url_box)
        database_form.addRow("", url_buttons)
        database_form.addRow("", self.url_message)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.role_note)
        content_layout.addWidget(general_box)
        content_layout.addLayout(centre_row)
        content_layout.addWidget(self.channels)
        content_layout.addWidget(self.reminders)
        content_layout.addWidget(calendar_box)
        content_layout.addWidget(database_box)
        content_layout.addWidget(self._language_box())
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)

        context.staffChanged.connect(lambda _staff: self._apply_role())
        self.reload()

    # -- page protocol -----------------------------------------------------------------

    def confirm_close(self) -> bool:
        return self.general.confirm_close()

    def reload(self) -> None:
        """Read the settings, the overrides and the calendar warning again."""
        values = self._read(lambda: self.general.read_stored(0))
        if values is not None:
            self.general.record_id = 0
            self.general.remember_loaded(values)
            with self.general.loading():
                self.general.restore(values)
        self._load_centre()
        self._load_calendar()
        saved = configured_database_url()
        self.saved_url_label.setText(hide_password(saved) if saved else TEXT("default_url"))
        self._apply_role()

    def _read(self, work: Callable[[], T]) -> T | None:
        return operations.run(self, work, on_failure=lambda error: self.general.show_banner(str(error)))

    def _load_centre(self) -> None:
        sheet = self._read(self.general.settings.centre)
        if sheet is not None:
            for group in self.centre_groups:
                group.load(sheet)

    def _centre_saved(self) -> None:
        """A group or the general form saved: every part of the screen now knows the new
        settings version (their own saves are no conflict for the others)."""
        version = self._read(self.general.settings.version)
        if version is None:
            return
        for group in self.centre_groups:
            group.loaded_version = int(version)
        if self.general.loaded_version is not None:
            self.general.loaded_version = int(version)

    def _language_box(self) -> QGroupBox:
        """界面语言: per user, open to everyone (not an administrator's setting)."""
        box = QGroupBox(TEXT("language"))
        form = QFormLayout(box)
        self.language_combo = QComboBox()
        self.language_combo.setMaximumWidth(240)
        for choice in language.LANGUAGES:
            self.language_combo.addItem(choice.name, choice.code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language.saved_language())))
        self.language_combo.activated.connect(self.save_language)
        label = QLabel(TEXT("language_label"))
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        hint = QLabel(TEXT("language_hint"))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.language_message = QLabel()
        self.language_message.setWordWrap(True)
        self.language_message.hide()
        form.addRow(self.language_message)
        return box

    def save_language(self) -> bool:
        code = str(self.language_combo.currentData())
        try:
            language.save_language(code)
        except OSError as exc:
            self.language_message.setStyleSheet(ERROR_STYLE)
            self.language_message.setText(TEXT("language_failed", detail=exc))
            self.language_message.show()
            return False
        self.language_message.setStyleSheet(NOTICE_STYLE)
        self.language_message.setText(TEXT("language_saved", language=language.language(code).name))
        self.language_message.show()
        return True

    def _apply_role(self) -> None:
        admin = bool(self._read(self.general.settings.is_administrator))
        self.role_note.setVisible(not admin)
        for widget in (
            self.general,
            *(line for group in self.centre_groups for line in group.boxes.values()),
            *(group.save_button for group in self.centre_groups),
            self.day_box,
            self.kind_box,
            self.note_box,
            self.add_button,
            self.remove_button,
            self.url_box,
            self.test_button,
            self.save_url_button,
            self.reset_url_button,
        ):
            widget.setEnabled(admin)

    # -- calendar ----------------------------------------------------------------------

    def _load_calendar(self) -> None:
        found = self._read(self.general.settings.calendar)
        if found is None:
            return
        year, missing, rows = found.year, found.missing_years, found.overrides
        if missing:
            years = list_separator().join(str(item) for item in missing)
            self.calendar_warning.setText(TEXT("missing_years", years=years))
            self.calendar_warning.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        else:
            self.calendar_warning.setText(TEXT("calendar_ok", years=f"{year}、{year + 1}"))
            self.calendar_warning.setStyleSheet("color: #1b5e20;")
        self.override_table.setRowCount(len(rows))
        for position, row in enumerate(rows):
            day_item = QTableWidgetItem(row.day.isoformat())
            day_item.setData(Qt.ItemDataRole.UserRole, row.day.isoformat())
            self.override_table.setItem(position, 0, day_item)
            self.override_table.setItem(
                position, 1, QTableWidgetItem(TEXT("workday") if row.is_workday else TEXT("holiday"))
            )
            self.override_table.setItem(position, 2, QTableWidgetItem(row.note or ""))

    def _calendar_notice(self, message: str, error: bool = False) -> None:
        self.calendar_message.setText(message)
        self.calendar_message.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.calendar_message.show()

    def add_override(self) -> bool:
        chosen = self.day_box.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        is_workday = bool(self.kind_box.currentData())
        note = self.note_box.text()
        change = operations.run(
            self,
            lambda: self.general.settings.set_override(day, is_workday, note),
            on_failure=lambda error: self._calendar_notice(str(error), error=True),
        )
        if change is None:
            return False
        self.note_box.clear()
        self._load_calendar()
        self._calendar_notice(
            TEXT(
                "override_saved",
                day=day.isoformat(),
                kind=self.kind_box.currentText(),
                count=change.recomputed_complaints,
            )
        )
        self.context.record_saved("settings", 0)
        return True

    def remove_override(self) -> bool:
        row = self.override_table.currentRow()
        if row < 0:
            return False
        day_item, kind_item = self.override_table.item(row, 0), self.override_table.item(row, 1)
        if day_item is None or kind_item is None:
            return False
        day = date.fromisoformat(day_item.text())
        kind = kind_item.text()
        answer = QMessageBox.question(
            self,
            TEXT("remove_title"),
            TEXT("remove_question", day=day.isoformat(), kind=kind),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        change = operations.run(
            self,
            lambda: self.general.settings.remove_override(day),
            on_failure=lambda error: self._calendar_notice(str(error), error=True),
        )
        if change is None:
            return False
        self._load_calendar()
        self._calendar_notice(
            TEXT("override_removed", day=day.isoformat(), count=change.recomputed_complaints)
        )
        self.context.record_saved("settings", 0)
        return True

    # -- database ----------------------------------------------------------------------

    def _url_notice(self, message: str, error: bool = False) -> None:
        self.url_message.setText(message)
        self.url_message.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.url_message.show()

    def test_url(self) -> bool:
        url = self.url_box.text().strip()
        if not url:
            self._url_notice(TEXT("url_empty"), error=True)
            return False
        try:
            backend = check_database_url(url)
        except DatabaseUrlError as error:
            self._url_notice(str(error), error=True)
            return False
        self._url_notice(TEXT("url_ok", backend="PostgreSQL" if backend == "postgresql" else "SQLite"))
        return True

    def save_url(self) -> bool:
        """Test, then keep the URL for the next start."""
        if not self.test_url():
            return False
        try:
            save_database_url(self.url_box.text())
        except (DatabaseUrlError, OSError) as error:
            self._url_notice(str(error), error=True)
            return False
        self.saved_url_label.setText(hide_password(self.url_box.text().strip()))
        self._url_notice(TEXT("url_saved"))
        return True

    def reset_url(self) -> None:
        save_database_url(None)
        self.saved_url_label.setText(TEXT("default_url"))
        self._url_notice(TEXT("url_reset"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._draft_offered:
            self._draft_offered = True
            QTimer.singleShot(0, self.general.offer_draft)


__all__ = ["CentreSettingsGroup", "GeneralSettingsForm", "SettingsPage"]
