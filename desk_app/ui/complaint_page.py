"""顾客投诉处理记录表 complaint record sheet (SPEC 2.3; rules R1–R9, R12, R19).

The sheet in the paper's order: receipt (when, how, who, which room), the complaint,
its class, business line, final root cause and severity, the counts of R8, and every
due time with a tooltip that explains it. The widget only lays out, labels and binds:
the sheet is read, saved and stepped through its screen
(``desk_app.screens.complaint_sheet``) by way of ``desk_app.ui.operations``; each button
is a step of the service's guard table (``complaints.GUARDS``), enabled exactly when the
service would accept it, with the refusal as its tooltip. Tabs: 处理过程 (first
response, designated handler, progress log, class-2 notice, resolution and
verification), 回访与关闭 (callback, R6 exemptions, closing, reopening), 投诉人 (R8:
further complainants of the same event, repeat count, web heat) and 修改历史 (the audit
log, read-only, read when the tab is opened).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.base import ActionState
from desk_app.screens.complaint_sheet import (
    ATTACHMENT_OWNER,
    DUE_KEYS,
    STEPS,
    ComplaintSheet,
    ComplaintSheetScreen,
    complaint_list,
)
from desk_app.screens.enums import (
    BusinessLine,
    Channel,
    ComplaintClass,
    ContactForm,
    RootCause,
    Severity,
)
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.client_choice import (
    ClientChoice,
    aware,
    datetime_box,
    local_iso,
    local_text,
    set_local,
)
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.record_page import RecordPage
from desk_app.ui.staff_finder import make_findable
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

C = "ComplaintPage"
TEXT = ScreenText(
    C,
    {
        "title": QT_TRANSLATE_NOOP(C, "顾客投诉处理记录表"),
        # the sheet
        "tab_sheet": QT_TRANSLATE_NOOP(C, "记录表"),
        "tab_handling": QT_TRANSLATE_NOOP(C, "处理过程"),
        "tab_callback": QT_TRANSLATE_NOOP(C, "回访与关闭"),
        "tab_people": QT_TRANSLATE_NOOP(C, "投诉人(R8)"),
        "tab_history": QT_TRANSLATE_NOOP(C, "修改历史"),
        "tab_attachments": QT_TRANSLATE_NOOP(C, "附件"),
        "number": QT_TRANSLATE_NOOP(C, "编号：{number}"),
        "new_number": QT_TRANSLATE_NOOP(C, "编号：（保存后生成）"),
        "status": QT_TRANSLATE_NOOP(C, "状态：{status}"),
        "major": QT_TRANSLATE_NOOP(C, "重大投诉（R19，单独归档）"),
        "received_at": QT_TRANSLATE_NOOP(C, "受理时间(&T)"),
        "channel": QT_TRANSLATE_NOOP(C, "投诉渠道(&C)"),
        "client": QT_TRANSLATE_NOOP(C, "投诉人(&K)"),
        "room": QT_TRANSLATE_NOOP(C, "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP(C, "如 3-2-1201"),
        "anonymous": QT_TRANSLATE_NOOP(C, "匿名投诉(&A)"),
        "sensitive": QT_TRANSLATE_NOOP(C, "敏感投诉(&M)"),
        "flags": QT_TRANSLATE_NOOP(C, "投诉性质"),
        "web_thread_url": QT_TRANSLATE_NOOP(C, "网帖地址(&U)"),
        "description": QT_TRANSLATE_NOOP(C, "投诉内容(&D)"),
        "complaint_class": QT_TRANSLATE_NOOP(C, "投诉类别(&L)"),
        "unclassified": QT_TRANSLATE_NOOP(C, "（未分类）"),
        "class_tip": QT_TRANSLATE_NOOP(
            C,
            "一类：物业服务本身；二类：地产公司房屋质量、配套设施（须一个工作日内知会地产公司，R4）；"
            "三类：外部环境、服务范围外设施或其他单位（记录协调单位）。",
        ),
        "external_body": QT_TRANSLATE_NOOP(C, "协调单位(&B)"),
        "external_report": QT_TRANSLATE_NOOP(C, "书面报告(&W)"),
        "business_line": QT_TRANSLATE_NOOP(C, "所属专业(&Y)"),
        "root_cause": QT_TRANSLATE_NOOP(C, "最终原因(&Z)"),
        "severity": QT_TRANSLATE_NOOP(C, "严重程度(&J)"),
        "group_marked": QT_TRANSLATE_NOOP(C, "群体投诉（通知部门负责人）"),
        "extreme_risk": QT_TRANSLATE_NOOP(C, "有过激行为风险"),
        "extreme_hint": QT_TRANSLATE_NOOP(C, "看到/听到了什么（通知部门负责人和品质管理部）"),
        "print_sheet": QT_TRANSLATE_NOOP(C, "打印记录表…"),
        "print_developer_notice": QT_TRANSLATE_NOOP(C, "打印知会函…"),
        "print_dossier": QT_TRANSLATE_NOOP(C, "打印重大投诉档案…"),
        "not_chosen": QT_TRANSLATE_NOOP(C, "（未选）"),
        "counts": QT_TRANSLATE_NOOP(
            C, "投诉人数 {people}　投诉次数 {times}　跟帖数 {heat}　重新处理 {reopened} 次"
        ),
        "counts_title": QT_TRANSLATE_NOOP(C, "计数(R8)"),
        "deadlines": QT_TRANSLATE_NOOP(C, "处理时限（鼠标停在时限上可查看计算过程）"),
        "due_explain_hint": QT_TRANSLATE_NOOP(C, "按 Tab 键移到某个时限上，这里显示它的计算过程。"),
        "due_first_response_due": QT_TRANSLATE_NOOP(C, "首次回应(R1)"),
        "due_handler_due": QT_TRANSLATE_NOOP(C, "指定专人(R3)"),
        "due_next_update_due": QT_TRANSLATE_NOOP(C, "进展通报(R3)"),
        "due_developer_notice_due": QT_TRANSLATE_NOOP(C, "知会地产公司(R4)"),
        "due_callback_due": QT_TRANSLATE_NOOP(C, "回访(R6)"),
        "due_auto_close_at": QT_TRANSLATE_NOOP(C, "自动关闭(R7)"),
        "due_none": QT_TRANSLATE_NOOP(C, "—"),
        "due_open": QT_TRANSLATE_NOOP(C, "{due} 前"),
        "due_done": QT_TRANSLATE_NOOP(C, "已于 {met} 完成"),
        "due_met": QT_TRANSLATE_NOOP(C, "已于 {met} 完成（时限 {due}）"),
        "due_overdue": QT_TRANSLATE_NOOP(C, "{due} 前 — 已逾期"),
        # handling
        "first_response": QT_TRANSLATE_NOOP(C, "首次回应（R1；网络投诉须含具体措施）"),
        "first_response_text": QT_TRANSLATE_NOOP(C, "回应内容(&Y)"),
        "first_response_button": QT_TRANSLATE_NOOP(C, "登记首次回应"),
        "web_draft_button": QT_TRANSLATE_NOOP(C, "回帖拟稿"),
        "web_approve_button": QT_TRANSLATE_NOOP(C, "审批回帖"),
        "web_post_button": QT_TRANSLATE_NOOP(C, "回帖"),
        "web_reply_waiting": QT_TRANSLATE_NOOP(C, "回帖草稿（待部门负责人审批）：{text}"),
        "web_reply_approved": QT_TRANSLATE_NOOP(C, "回帖草稿（已审批，可回帖）：{text}"),
        "first_response_done": QT_TRANSLATE_NOOP(C, "已于 {at} 回应：{text}"),
        "handler_group": QT_TRANSLATE_NOOP(C, "指定专人（R3，由主管或部门负责人指定）"),
        "handler": QT_TRANSLATE_NOOP(C, "处理人(&C)"),
        "department": QT_TRANSLATE_NOOP(C, "部门(&P)"),
        "handler_button": QT_TRANSLATE_NOOP(C, "指定专人"),
        "handler_button_key": QT_TRANSLATE_NOOP(C, "指定专人(&D)"),
        "handler_now": QT_TRANSLATE_NOOP(C, "当前处理人：{name}（{department}），{by} 于 {at} 指定"),
        "handler_none": QT_TRANSLATE_NOOP(C, "尚未指定处理人"),
        "progress_group": QT_TRANSLATE_NOOP(C, "处理进展"),
        "progress_when": QT_TRANSLATE_NOOP(C, "时间"),
        "progress_who": QT_TRANSLATE_NOOP(C, "记录人"),
        "progress_what": QT_TRANSLATE_NOOP(C, "处理情况"),
        "progress_informed": QT_TRANSLATE_NOOP(C, "已告知客户"),
        "action": QT_TRANSLATE_NOOP(C, "本次进展(&I)"),
        "client_informed": QT_TRANSLATE_NOOP(C, "已告知客户(&O)"),
        "progress_button": QT_TRANSLATE_NOOP(C, "添加进展"),
        "notice_group": QT_TRANSLATE_NOOP(C, "知会地产公司客户关系中心（R4，二类投诉）"),
        "notice_method": QT_TRANSLATE_NOOP(C, "发送方式(&Q)"),
        "notice_written": QT_TRANSLATE_NOOP(C, "书面"),
        "notice_email": QT_TRANSLATE_NOOP(C, "电子邮件"),
        "notice_button": QT_TRANSLATE_NOOP(C, "登记知会函已发出"),
        "notice_sent": QT_TRANSLATE_NOOP(C, "知会函已于 {at} 以{method}发出"),
        "notice_not_needed": QT_TRANSLATE_NOOP(C, "非二类投诉，无需知会"),
        "notice_pending": QT_TRANSLATE_NOOP(C, "知会函尚未发出"),
        "resolution_group": QT_TRANSLATE_NOOP(C, "处理结果与验证（R5）"),
        "resolution": QT_TRANSLATE_NOOP(C, "处理结果(&X)"),
        "on_the_spot": QT_TRANSLATE_NOOP(C, "现场解决(&Z)"),
        "confirmed": QT_TRANSLATE_NOOP(C, "客户当场确认满意(&2)"),
        "resolve_button": QT_TRANSLATE_NOOP(C, "登记处理结果"),
        "verification_note": QT_TRANSLATE_NOOP(C, "验证意见(&3)"),
        "verify_button": QT_TRANSLATE_NOOP(C, "验证合格"),
        "resolved": QT_TRANSLATE_NOOP(C, "已于 {at} 解决：{text}"),
        "verified": QT_TRANSLATE_NOOP(C, "{who} 于 {at} 验证合格{note}"),
        "not_resolved": QT_TRANSLATE_NOOP(C, "尚未解决"),
        # callback and closure
        "callback_group": QT_TRANSLATE_NOOP(C, "回访（R6：验证合格后按时回访客户）"),
        "callback_form": QT_TRANSLATE_NOOP(C, "回访形式(&W)"),
        "callback_satisfied": QT_TRANSLATE_NOOP(C, "客户意见(&I)"),
        "satisfied": QT_TRANSLATE_NOOP(C, "满意（关闭投诉）"),
        "dissatisfied": QT_TRANSLATE_NOOP(C, "不满意（重新处理）"),
        "callback_comments": QT_TRANSLATE_NOOP(C, "回访意见(&O)"),
        "call_time_note": QT_TRANSLATE_NOOP(C, "非适宜时段说明"),
        "call_time_hint": QT_TRANSLATE_NOOP(C, "早7点前、晚10点后、午休或节假日致电时填写原因"),
        "callback_button": QT_TRANSLATE_NOOP(C, "登记回访"),
        "callback_done": QT_TRANSLATE_NOOP(C, "{who} 于 {at} {form}回访：{verdict}。{comments}"),
        "exemption_group": QT_TRANSLATE_NOOP(C, "免回访（R6）"),
        "exemption": QT_TRANSLATE_NOOP(C, "免回访原因(&X)"),
        "exemption_note": QT_TRANSLATE_NOOP(C, "说明(&Z)"),
        "exemption_button": QT_TRANSLATE_NOOP(C, "登记免回访"),
        "exemption_tip": QT_TRANSLATE_NOOP(
            C,
            "以下情形无需回访：(a) 现场解决且客户当场确认满意；(b) 匿名投诉，或无法联系发帖人的网络投诉；"
            "(c) 敏感投诉；(d) 客户拒绝回访（R12）。免回访的投诉在解决 7 天后自动关闭（R7）。",
        ),
        "exempt_now": QT_TRANSLATE_NOOP(C, "免回访：{reason}{note}"),
        "closure_group": QT_TRANSLATE_NOOP(C, "关闭与重新处理（R7）"),
        "close_button": QT_TRANSLATE_NOOP(C, "关闭投诉…"),
        "reopen_button": QT_TRANSLATE_NOOP(C, "重新处理…"),
        "closed": QT_TRANSLATE_NOOP(C, "已于 {at} 关闭（{kind}）"),
        "open_now": QT_TRANSLATE_NOOP(C, "未关闭"),
        "close_title": QT_TRANSLATE_NOOP(C, "关闭投诉"),
        "close_question": QT_TRANSLATE_NOOP(
            C, "确定关闭投诉 {number} 吗？关闭后不能再修改记录表，只能重新处理。"
        ),
        "reopen_title": QT_TRANSLATE_NOOP(C, "重新处理"),
        "reopen_reason": QT_TRANSLATE_NOOP(C, "请填写重新处理的原因（必填，计入重新处理统计）："),
        "reopen_question": QT_TRANSLATE_NOOP(C, "确定把投诉 {number} 退回处理中吗？\n原因：{reason}"),
        # complainants
        "people_group": QT_TRANSLATE_NOOP(C, "同一事件的其他投诉人"),
        "people_name": QT_TRANSLATE_NOOP(C, "姓名"),
        "people_room": QT_TRANSLATE_NOOP(C, "房号"),
        "people_phone": QT_TRANSLATE_NOOP(C, "电话"),
        "people_times": QT_TRANSLATE_NOOP(C, "次数"),
        "people_joined": QT_TRANSLATE_NOOP(C, "加入时间"),
        "link_client": QT_TRANSLATE_NOOP(C, "客户(&K)"),
        "link_name": QT_TRANSLATE_NOOP(C, "或姓名(&A)"),
        "link_phone": QT_TRANSLATE_NOOP(C, "电话(&P)"),
        "link_button": QT_TRANSLATE_NOOP(C, "添加投诉人"),
        "repeat_button": QT_TRANSLATE_NOOP(C, "同一事件再次投诉（次数 +1）"),
        "heat_group": QT_TRANSLATE_NOOP(C, "网络跟帖（R8：跟帖提高热度；有新内容的跟帖另立投诉）"),
        "heat": QT_TRANSLATE_NOOP(C, "新增跟帖数(&T)"),
        "heat_button": QT_TRANSLATE_NOOP(C, "增加跟帖数"),
        # history
        "history_when": QT_TRANSLATE_NOOP(C, "时间"),
        "history_who": QT_TRANSLATE_NOOP(C, "操作人"),
        "history_action": QT_TRANSLATE_NOOP(C, "操作"),
        "history_what": QT_TRANSLATE_NOOP(C, "项目"),
        "history_old": QT_TRANSLATE_NOOP(C, "原值"),
        "history_new": QT_TRANSLATE_NOOP(C, "新值"),
        "history_system": QT_TRANSLATE_NOOP(C, "系统"),
        "history_progress": QT_TRANSLATE_NOOP(C, "处理进展"),
        # messages
        "yes": QT_TRANSLATE_NOOP(C, "是"),
        "no": QT_TRANSLATE_NOOP(C, "否"),
        "save_first": QT_TRANSLATE_NOOP(C, "请先保存投诉记录。"),
        "no_staff": QT_TRANSLATE_NOOP(C, "请先在窗口底部选择值班人员。"),
        "done": QT_TRANSLATE_NOOP(C, "已完成：{what}。"),
    },
)

#: The buttons of a complaint not saved yet: all disabled; the web reply's hidden (a new
#: sheet starts as a phone call).
NEW_SHEET_ACTIONS = {
    step: ActionState(
        enabled=False, visible=step not in ("draft_web_reply", "approve_web_reply", "post_web_reply")
    )
    for step in STEPS
}


# -- the form --------------------------------------------------------------------------------


def _combo(choices: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(140)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)


def _row_widget(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _info() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComplaintForm(FormPage):
    """The complaint record sheet; see the module docstring."""

    def _turn_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        page = self.tabs.currentWidget()
        if page is not None:
            page.setFocus(Qt.FocusReason.TabFocusReason)
            page.focusNextChild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A due time reached by Tab shows how it was computed below the list (issue 15)."""
        if watched in getattr(self, "due_labels", {}).values() and isinstance(watched, QLabel):
            if event.type() == QEvent.Type.FocusIn:
                watched.setFrameShape(QFrame.Shape.Box)
                self.due_explanation.setText(watched.toolTip() or watched.text())
            elif event.type() == QEvent.Type.FocusOut:
                watched.setFrameShape(QFrame.Shape.NoFrame)
        return super().eventFilter(watched, event)

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="complaints", draft_name="complaint", title=TEXT("title"))
        self.zone = context.workspace.zone
        self.sheet_screen = ComplaintSheetScreen(context.workspace)
        self.record_screen = self.sheet_screen
        #: the saved complaint as last read (None for a new one)
        self.sheet: ComplaintSheet | None = None
        #: (id, version) of the complaint whose audit log the history tab shows
        self._history_shown_for: tuple[int, int] | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._sheet_tab(), TEXT("tab_sheet"))
        self.tabs.addTab(self._handling_tab(), TEXT("tab_handling"))
        self.tabs.addTab(self._callback_tab(), TEXT("tab_callback"))
        self.tabs.addTab(self._people_tab(), TEXT("tab_people"))
        # Issue 15: Ctrl+Tab / Ctrl+PgDn (and back) turn the sheet's tabs from any box
        # on it (a QTabWidget only sees them when it has the focus itself).
        self.tab_shortcuts: list[QShortcut] = []
        for sequence, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgUp", -1),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._turn_tab(step))
            self.tab_shortcuts.append(shortcut)
        self.history_table = _table(
            [
                TEXT("history_when"),
                TEXT("history_who"),
                TEXT("history_action"),
                TEXT("history_what"),
                TEXT("history_old"),
                TEXT("history_new"),
            ]
        )
        self.history_tab = self.tabs.addTab(self.history_table, TEXT("tab_history"))
        # The audit log is read when its tab is opened, not with every reload (issue 17).
        self.tabs.currentChanged.connect(lambda _index: self._show_history())
        # Photos and scans of a saved complaint (issue 16); the tab is there once saved.
        self.attachments = AttachmentsPanel(context, ATTACHMENT_OWNER)
        self.attachments_tab = self.tabs.addTab(self.attachments, TEXT("tab_attachments"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.received_at)
        #: each lifecycle button by its step of the guard table (``sheet.actions``)
        self.step_buttons: dict[str, QPushButton] = {
            "record_first_response": self.first_response_button,
            "draft_web_reply": self.web_draft_button,
            "approve_web_reply": self.web_approve_button,
            "post_web_reply": self.web_post_button,
            "designate_handler": self.handler_button,
            "add_progress": self.progress_button,
            "record_developer_notice": self.notice_button,
            "resolve": self.resolve_button,
            "verify": self.verify_button,
            "record_callback": self.callback_button,
            "exempt_from_callback": self.exemption_button,
            "close": self.close_button,
            "reopen": self.reopen_button,
            "link_complainant": self.link_button,
            "record_repeat": self.repeat_button,
            "record_web_follow_up": self.heat_button,
        }
        with self.loading():
            self.clear_form()

    # -- layout --------------------------------------------------------------------------

    def _sheet_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        heading = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-weight: bold;")
        self.status_label = QLabel()
        self.major_label = QLabel(TEXT("major"))
        self.major_label.setStyleSheet(
            "color: white; background: #b3261e; padding: 2px 6px; font-weight: bold;"
        )
        heading.addWidget(self.number_label)
        heading.addSpacing(16)
        heading.addWidget(self.status_label)
        heading.addStretch(1)
        heading.addWidget(self.major_label)
        # printouts of SPEC 5 (the registry's kinds), previewed before printing
        self.print_sheet_button = PrintButton(self, "complaint", TEXT("print_sheet"))
        self.print_notice_button = PrintButton(self, "developer-notice", TEXT("print_developer_notice"))
        self.print_dossier_button = PrintButton(self, "dossier", TEXT("print_dossier"))
        for button in (self.print_sheet_button, self.print_notice_button, self.print_dossier_button):
            heading.addWidget(button)
        column.addLayout(heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.received_at = datetime_box()
        form.addRow(
            _label(TEXT("received_at"), self.received_at), self.field("received_at", self.received_at)
        )
        self.channel = _combo([(enum_label(channel), channel.value) for channel in Channel])
        form.addRow(_label(TEXT("channel"), self.channel), self.field("channel", self.channel))
        self.client = ClientChoice(self.context)
        self.client.clientChanged.connect(self._client_chosen)
        form.addRow(_label(TEXT("client"), self.client.search_box), self.field("client_id", self.client))
        self.room = QLineEdit()
        self.room.setPlaceholderText(TEXT("room_hint"))
        form.addRow(_label(TEXT("room"), self.room), self.field("room_id", self.room))
        flags = QHBoxLayout()
        self.anonymous = QCheckBox(TEXT("anonymous"))
        self.sensitive = QCheckBox(TEXT("sensitive"))
        flags.addWidget(self.anonymous)
        flags.addWidget(self.sensitive)
        flags.addStretch(1)
        form.addRow(TEXT("flags"), flags)
        self.web_thread_url = QLineEdit()
        form.addRow(
            _label(TEXT("web_thread_url"), self.web_thread_url),
            self.field("web_thread_url", self.web_thread_url),
        )
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        form.addRow(
            _label(TEXT("description"), self.description), self.field("description", self.description)
        )
        self.complaint_class = _combo(
            [(TEXT("unclassified"), None)] + [(enum_label(cls), cls.value) for cls in ComplaintClass]
        )
        self.complaint_class.setToolTip(TEXT("class_tip"))
        self.complaint_class.currentIndexChanged.connect(lambda _index: self._class_changed())
        form.addRow(
            _label(TEXT("complaint_class"), self.complaint_class),
            self.field("complaint_class", self.complaint_class),
        )
        self.external_body = QLineEdit()
        self.external_body_label = _label(TEXT("external_body"), self.external_body)
        form.addRow(self.external_body_label, self.field("external_body", self.external_body))
        self.external_report = QPlainTextEdit()
        self.external_report.setTabChangesFocus(True)
        self.external_report.setFixedHeight(50)
        self.external_report_label = _label(TEXT("external_report"), self.external_report)
        form.addRow(self.external_report_label, self.field("external_report", self.external_report))
        self.business_line = _combo(
            [(TEXT("not_chosen"), None)] + [(enum_label(line), line.value) for line in BusinessLine]
        )
        form.addRow(
            _label(TEXT("business_line"), self.business_line), self.field("business_line", self.business_line)
        )
        self.root_cause = _combo(
            [(TEXT("not_chosen"), None)]
            + [(f"{enum_label(cause.group)} — {enum_label(cause)}", cause.value) for cause in RootCause]
        )
        form.addRow(_label(TEXT("root_cause"), self.root_cause), self.field("root_cause", self.root_cause))
        self.severity = _combo([(enum_label(severity), severity.value) for severity in Severity])
        form.addRow(_label(TEXT("severity"), self.severity), self.field("severity", self.severity))
        # R23: a group complaint (群体) and a risk of extreme behaviour (过激) reach the
        # department head (and 品质管理部) the moment they are saved.
        self.group_marked = QCheckBox(TEXT("group_marked"))
        form.addRow("", self.field("group_marked", self.group_marked))
        self.extreme_risk = QCheckBox(TEXT("extreme_risk"))
        self.extreme_note = QLineEdit()
        self.extreme_note.setPlaceholderText(TEXT("extreme_hint"))
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.extreme_risk)
        risk_row.addWidget(self.extreme_note, 1)
        form.addRow("", self.field("extreme_risk_note", _row_widget(risk_row)))
        self.counts_label = QLabel()
        form.addRow(TEXT("counts_title"), self.counts_label)
        column.addLayout(form)

        box = QGroupBox(TEXT("deadlines"))
        grid = QGridLayout(box)
        self.due_labels: dict[str, QLabel] = {}
        for row, key in enumerate(DUE_KEYS):
            name = QLabel(TEXT(f"due_{key}"))
            value = QLabel()
            value.setObjectName(f"due_{key}")
            value.setWordWrap(True)
            # Issue 15: the explanation is not only a hover tooltip: Tab reaches each
            # due time and the box below shows how it was computed.
            value.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            value.setStyleSheet("")
            value.installEventFilter(self)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.due_labels[key] = value
        self.due_explanation = QLabel(TEXT("due_explain_hint"))
        self.due_explanation.setObjectName("dueExplanation")
        self.due_explanation.setWordWrap(True)
        self.due_explanation.setStyleSheet("color: #52606d;")
        self.due_explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.due_explanation, len(DUE_KEYS), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        column.addWidget(box)
        column.addStretch(1)

        self.watch(
            self.received_at,
            self.channel,
            self.room,
            self.anonymous,
            self.sensitive,
            self.web_thread_url,
            self.description,
            self.complaint_class,
            self.external_body,
            self.external_report,
            self.business_line,
            self.root_cause,
            self.severity,
            self.group_marked,
            self.extreme_risk,
            self.extreme_note,
        )
        self.client.clientChanged.connect(self.mark_dirty)
        return page

    def _handling_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)

        box = QGroupBox(TEXT("first_response"))
        form = QFormLayout(box)
        self.first_response_info = _info()
        form.addRow(self.first_response_info)
        self.first_response_text = QLineEdit()
        self.first_response_button = QPushButton(TEXT("first_response_button"))
        self.first_response_button.clicked.connect(self.record_first_response)
        self.first_response_text.returnPressed.connect(self.first_response_button.click)
        row = QHBoxLayout()
        row.addWidget(self.field("first_response_text", self.first_response_text), 1)
        row.addWidget(self.first_response_button)
        # R1w (amended): a web reply is drafted, approved by a department head, posted.
        self.web_draft_button = QPushButton(TEXT("web_draft_button"))
        self.web_draft_button.clicked.connect(self.draft_web_reply)
        self.web_approve_button = QPushButton(TEXT("web_approve_button"))
        self.web_approve_button.clicked.connect(self.approve_web_reply)
        self.web_post_button = QPushButton(TEXT("web_post_button"))
        self.web_post_button.clicked.connect(self.post_web_reply)
        for button in (self.web_draft_button, self.web_approve_button, self.web_post_button):
            row.addWidget(button)
            button.hide()
        form.addRow(_label(TEXT("first_response_text"), self.first_response_text), row)
        column.addWidget(box)

        box = QGroupBox(TEXT("handler_group"))
        form = QFormLayout(box)
        self.handler_info = _info()
        form.addRow(self.handler_info)
        choices = operations.run(self, self.sheet_screen.choices)
        staff = choices.staff if choices is not None else ()
        departments = choices.departments if choices is not None else ()
        self.handler = _combo([(TEXT("not_chosen"), None)] + [(name, ident) for ident, name in staff])
        self.department = _combo(
            [(TEXT("not_chosen"), None)] + [(name, ident) for ident, name in departments]
        )
        make_findable(self.handler)  # issue 15: type initials or a name
        self.handler_button = QPushButton(TEXT("handler_button_key"))
        self.handler_button.clicked.connect(self.designate_handler)
        row = QHBoxLayout()
        row.addWidget(self.field("handler_id", self.handler), 2)
        row.addWidget(_label(TEXT("department"), self.department))
        row.addWidget(self.department, 2)
        row.addWidget(self.handler_button)
        form.addRow(_label(TEXT("handler"), self.handler), row)
        column.addWidget(box)

        box = QGroupBox(TEXT("progress_group"))
        inner = QVBoxLayout(box)
        self.progress_table = _table(
            [TEXT("progress_when"), TEXT("progress_who"), TEXT("progress_what"), TEXT("progress_informed")]
        )
        inner.addWidget(self.progress_table)
        self.action = QLineEdit()
        self.client_informed = QCheckBox(TEXT("client_informed"))
        self.progress_button = QPushButton(TEXT("progress_button"))
        self.progress_button.clicked.connect(self.add_progress)
        self.action.returnPressed.connect(self.progress_button.click)
        row = QHBoxLayout()
        row.addWidget(_label(TEXT("action"), self.action))
        row.addWidget(self.field("action", self.action), 1)
        row.addWidget(self.client_informed)
        row.addWidget(self.progress_button)
        inner.addLayout(row)
        column.addWidget(box)

        box = QGroupBox(TEXT("notice_group"))
        form = QFormLayout(box)
        self.notice_info = _info()
        form.addRow(self.notice_info)
        self.notice_method = QComboBox()
        self.notice_method.setEditable(True)
        self.notice_method.addItems([TEXT("notice_written"), TEXT("notice_email")])
        self.notice_button = QPushButton(TEXT("notice_button"))
        self.notice_button.clicked.connect(self.record_developer_notice)
        row = QHBoxLayout()
        row.addWidget(self.field("developer_notice_method", self.notice_method), 1)
        row.addWidget(self.notice_button)
        form.addRow(_label(TEXT("notice_method"), self.notice_method), row)
        column.addWidget(box)

        box = QGroupBox(TEXT("resolution_group"))
        form = QFormLayout(box)
        self.resolution_info = _info()
        form.addRow(self.resolution_info)
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        self.resolution.setFixedHeight(56)
        form.addRow(_label(TEXT("resolution"), self.resolution), self.field("resolution", self.resolution))
        row = QHBoxLayout()
        self.on_the_spot = QCheckBox(TEXT("on_the_spot"))
        self.confirmed = QCheckBox(TEXT("confirmed"))
        self.resolve_button = QPushButton(TEXT("resolve_button"))
        self.resolve_button.clicked.connect(self.resolve)
        row.addWidget(self.on_the_spot)
        row.addWidget(self.confirmed)
        row.addStretch(1)
        row.addWidget(self.resolve_button)
        form.addRow(row)
        self.verification_info = _info()
        form.addRow(self.verification_info)
        self.verification_note = QLineEdit()
        self.verify_button = QPushButton(TEXT("verify_button"))
        self.verify_button.clicked.connect(self.verify)
        self.verification_note.returnPressed.connect(self.verify_button.click)
        row = QHBoxLayout()
        row.addWidget(self.field("verified_by_id", self.verification_note), 1)
        row.addWidget(self.verify_button)
        form.addRow(_label(TEXT("verification_note"), self.verification_note), row)
        column.addWidget(box)
        column.addStretch(1)
        return page

    def _callback_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)

        box = QGroupBox(TEXT("callback_group"))
        form = QFormLayout(box)
        self.callback_info = _info()
        form.addRow(self.callback_info)
        self.callback_form = _combo([(enum_label(form_), form_.value) for form_ in ContactForm])
        form.addRow(_label(TEXT("callback_form"), self.callback_form), self.callback_form)
        self.callback_satisfied = _combo([(TEXT("satisfied"), True), (TEXT("dissatisfied"), False)])
        form.addRow(_label(TEXT("callback_satisfied"), self.callback_satisfied), self.callback_satisfied)
        self.callback_comments = QLineEdit()
        form.addRow(_label(TEXT("callback_comments"), self.callback_comments), self.callback_comments)
        # R24: a callback outside decent hours goes on with a note.
        self.callback_time_note = QLineEdit()
        self.callback_time_note.setPlaceholderText(TEXT("call_time_hint"))
        form.addRow(
            _label(TEXT("call_time_note"), self.callback_time_note),
            self.field("call_time_note", self.callback_time_note),
        )
        self.callback_button = QPushButton(TEXT("callback_button"))
        self.callback_button.clicked.connect(self.record_callback)
        form.addRow("", self.callback_button)
        column.addWidget(box)

        box = QGroupBox(TEXT("exemption_group"))
        box.setToolTip(TEXT("exemption_tip"))
        form = QFormLayout(box)
        tip = QLabel(TEXT("exemption_tip"))
        tip.setWordWrap(True)
        tip.setStyleSheet("color: #555;")
        form.addRow(tip)
        self.exemption_info = _info()
        form.addRow(self.exemption_info)
        self.exemption = QComboBox()  # R6: the reasons this complaint bears out
        form.addRow(_label(TEXT("exemption"), self.exemption), self.exemption)
        self.exemption_note = QLineEdit()
        form.addRow(_label(TEXT("exemption_note"), self.exemption_note), self.exemption_note)
        self.exemption_button = QPushButton(TEXT("exemption_button"))
        self.exemption_button.clicked.connect(self.exempt_from_callback)
        form.addRow("", self.exemption_button)
        column.addWidget(box)

        box = QGroupBox(TEXT("closure_group"))
        row = QHBoxLayout(box)
        self.closure_info = _info()
        self.close_button = QPushButton(TEXT("close_button"))
        self.close_button.clicked.connect(self.close_complaint)
        self.reopen_button = QPushButton(TEXT("reopen_button"))
        self.reopen_button.clicked.connect(self.reopen)
        row.addWidget(self.closure_info, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        column.addWidget(box)
        column.addStretch(1)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        box = QGroupBox(TEXT("people_group"))
        inner = QVBoxLayout(box)
        self.people_table = _table(
            [
                TEXT("people_name"),
                TEXT("people_room"),
                TEXT("people_phone"),
                TEXT("people_times"),
                TEXT("people_joined"),
            ]
        )
        inner.addWidget(self.people_table)
        form = QFormLayout()
        self.link_client = ClientChoice(self.context)
        form.addRow(
            _label(TEXT("link_client"), self.link_client.search_box),
            self.field("link_client_id", self.link_client),
        )
        self.link_name = QLineEdit()
        self.link_phone = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.link_name, 1)
        row.addWidget(_label(TEXT("link_phone"), self.link_phone))
        row.addWidget(self.link_phone, 1)
        form.addRow(_label(TEXT("link_name"), self.link_name), row)
        inner.addLayout(form)
        row = QHBoxLayout()
        self.link_button = QPushButton(TEXT("link_button"))
        self.link_button.clicked.connect(self.link_complainant)
        self.repeat_button = QPushButton(TEXT("repeat_button"))
        self.repeat_button.clicked.connect(self.record_repeat)
        row.addStretch(1)
        row.addWidget(self.link_button)
        row.addWidget(self.repeat_button)
        inner.addLayout(row)
        column.addWidget(box)

        box = QGroupBox(TEXT("heat_group"))
        row = QHBoxLayout(box)
        self.heat = QSpinBox()
        self.heat.setRange(1, 9999)
        self.heat_button = QPushButton(TEXT("heat_button"))
        self.heat_button.clicked.connect(self.record_web_follow_up)
        row.addWidget(_label(TEXT("heat"), self.heat))
        row.addWidget(self.field("web_heat", self.heat))
        row.addWidget(self.heat_button)
        row.addStretch(1)
        column.addWidget(box)
        column.addStretch(1)
        return page

    # -- FormPage ------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return {
            "received_at": local_iso(self.received_at),
            "channel": self.channel.currentData(),
            "client_id": self.client.client_id(),
            "room": self.room.text(),
            "anonymous": self.anonymous.isChecked(),
            "sensitive": self.sensitive.isChecked(),
            "web_thread_url": self.web_thread_url.text(),
            "description": self.description.toPlainText(),
            "complaint_class": self.complaint_class.currentData(),
            "external_body": self.external_body.text(),
            "external_report": self.external_report.toPlainText(),
            "business_line": self.business_line.currentData(),
            "root_cause": self.root_cause.currentData(),
            "severity": self.severity.currentData(),
            "group_marked": self.group_marked.isChecked(),
            "extreme_risk": self.extreme_risk.isChecked(),
            "extreme_risk_note": self.extreme_note.text(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        moment = aware(values.get("received_at"), self.zone)
        set_local(self.received_at, moment or self.context.workspace.now(), self.zone)
        _select(self.channel, values.get("channel"))
        client_id = values.get("client_id")
        self.client.set_client(int(client_id) if client_id is not None else None)
        self.room.setText(values.get("room") or "")
        self.anonymous.setChecked(bool(values.get("anonymous")))
        self.sensitive.setChecked(bool(values.get("sensitive")))
        self.web_thread_url.setText(values.get("web_thread_url") or "")
        self.description.setPlainText(values.get("description") or "")
        _select(self.complaint_class, values.get("complaint_class"))
        self.external_body.setText(values.get("external_body") or "")
        self.external_report.setPlainText(values.get("external_report") or "")
        _select(self.business_line, values.get("business_line"))
        _select(self.root_cause, values.get("root_cause"))
        _select(self.severity, values.get("severity") or Severity.GENERAL.value)
        self.group_marked.setChecked(bool(values.get("group_marked")))
        flagged = bool(values.get("extreme_flagged"))
        self.extreme_risk.setChecked(flagged or bool(values.get("extreme_risk")))
        self.extreme_note.setText(values.get("extreme_risk_note") or "")
        self.extreme_risk.setEnabled(not flagged)  # a flag stays: what was seen is on record
        self.extreme_note.setReadOnly(flagged)
        self._class_changed()

    def clear_form(self) -> None:
        self.restore(
            {
                "received_at": None,
                "channel": Channel.CALL.value,
                "severity": Severity.GENERAL.value,
            }
        )
        self.show_sheet(None)
        for box in (self.first_response_text, self.action, self.verification_note, self.callback_comments):
            box.clear()
        self.resolution.clear()
        self.client_informed.setChecked(False)
        self.tabs.setCurrentIndex(0)

    def remember_loaded(self, values: dict[str, Any] | None) -> None:
        """What the screen read (on opening, after a save, after a conflict) carries the
        whole sheet: show it (one read, not one more for the sheet)."""
        super().remember_loaded(values)
        sheet = values.get("_sheet") if values is not None else None
        if isinstance(sheet, ComplaintSheet):
            self.show_sheet(sheet)

    def show_error(self, error: DomainError) -> None:
        widget = self._field_widgets.get(error.field or "")
        if widget is not None:
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
                    break
        super().show_error(error)

    # -- the saved complaint's sheet -----------------------------------------------------

    def _due_line(self, label: QLabel, key: str, sheet: ComplaintSheet | None) -> None:
        line = sheet.due_line(key) if sheet is not None else None
        label.setStyleSheet("")
        label.setToolTip("")
        if line is None or line.due is None:
            met = line.met if line is not None else None
            label.setText(TEXT("due_done", met=local_text(met, self.zone)) if met else TEXT("due_none"))
            return
        due = local_text(line.due, self.zone)
        if line.met is not None:
            label.setText(TEXT("due_met", met=local_text(line.met, self.zone), due=due))
        elif line.overdue:
            label.setText(TEXT("due_overdue", due=due))
            label.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            label.setText(TEXT("due_open", due=due))
        label.setToolTip("\n".join(str(step) for step in line.steps))  # str(): translated

    def _describe(self, sheet: ComplaintSheet) -> None:
        """The lines of the handling and callback tabs, in the interface language."""
        zone = self.zone
        if sheet.first_response_at is not None:
            first = TEXT(
                "first_response_done",
                at=local_text(sheet.first_response_at, zone),
                text=sheet.first_response_text or "",
            )
        elif sheet.web_reply_draft:
            key = "web_reply_approved" if sheet.web_reply_approved else "web_reply_waiting"
            first = TEXT(key, text=sheet.web_reply_draft)
        else:
            first = ""
        self.first_response_info.setText(first)
        self.handler_info.setText(
            TEXT(
                "handler_now",
                name=sheet.handler_name,
                department=sheet.handler_department or "—",
                by=sheet.designated_by,
                at=local_text(sheet.designated_at, zone),
            )
            if sheet.handler_id is not None
            else TEXT("handler_none")
        )
        if not sheet.class_2:
            notice = TEXT("notice_not_needed")
        elif sheet.developer_notice_sent_at is not None:
            notice = TEXT(
                "notice_sent",
                at=local_text(sheet.developer_notice_sent_at, zone),
                method=sheet.developer_notice_method or "",
            )
        else:
            notice = TEXT("notice_pending")
        self.notice_info.setText(notice)
        self.resolution_info.setText(
            TEXT("resolved", at=local_text(sheet.resolved_at, zone), text=sheet.resolution or "")
            if sheet.resolved_at is not None
            else TEXT("not_resolved")
        )
        self.verification_info.setText(
            TEXT(
                "verified",
                who=sheet.verified_by,
                at=local_text(sheet.verified_at, zone),
                note=f"：{sheet.verification_note}" if sheet.verification_note else "",
            )
            if sheet.verified_at is not None
            else ""
        )
        self.callback_info.setText(
            TEXT(
                "callback_done",
                who=sheet.callback_by,
                at=local_text(sheet.callback_at, zone),
                form=enum_label(sheet.callback_form),
                verdict=TEXT("satisfied") if sheet.callback_satisfied else TEXT("dissatisfied"),
                comments=sheet.callback_comments or "",
            )
            if sheet.callback_at is not None and sheet.callback_form is not None
            else ""
        )
        note = sheet.callback_exemption_note
        self.exemption_info.setText(
            TEXT(
                "exempt_now", reason=enum_label(sheet.callback_exemption), note=f"（{note}）" if note else ""
            )
            if sheet.callback_exemption is not None
            else ""
        )
        self.closure_info.setText(
            TEXT("closed", at=local_text(sheet.closed_at, zone), kind=enum_label(sheet.closure_kind))
            if sheet.closed_at is not None and sheet.closure_kind is not None
            else TEXT("open_now")
        )

    def show_sheet(self, sheet: ComplaintSheet | None) -> None:
        """Bind the sheet: its lines, and every button's state from ``sheet.actions``."""
        self.sheet = sheet
        self.number_label.setText(TEXT("number", number=sheet.number) if sheet else TEXT("new_number"))
        self.status_label.setText(TEXT("status", status=enum_label(sheet.status)) if sheet else "")
        major = sheet is not None and sheet.major
        self.major_label.setVisible(major)
        printable = sheet.id if sheet is not None else None
        self.print_sheet_button.set_record(printable)
        developer = sheet is not None and sheet.class_2
        self.print_notice_button.set_record(printable if developer else None)
        self.print_notice_button.setVisible(developer)
        self.print_dossier_button.set_record(printable if major else None)
        self.print_dossier_button.setVisible(major)
        self.attachments.set_record(printable)
        self.tabs.setTabVisible(self.attachments_tab, sheet is not None)
        if self.tabs.currentIndex() != self.attachments_tab:
            # QTabWidget.setTabVisible(True) shows the page even when it is not the
            # current tab: it was drawn over the record sheet.
            self.attachments.hide()
        self.counts_label.setText(
            TEXT(
                "counts",
                people=sheet.people_count if sheet else 1,
                times=sheet.times_count if sheet else 1,
                heat=sheet.web_heat if sheet else 0,
                reopened=sheet.reopen_count if sheet else 0,
            )
        )
        for key, label in self.due_labels.items():
            self._due_line(label, key, sheet)
        if sheet is not None:
            self._describe(sheet)
        else:
            for label in (
                self.first_response_info,
                self.handler_info,
                self.notice_info,
                self.resolution_info,
                self.verification_info,
                self.callback_info,
                self.exemption_info,
                self.closure_info,
            ):
                label.setText("")
        # Issue 15: always the record's own handler and department, or "not chosen": a
        # complaint without a handler kept the previous complaint's person in the boxes.
        _select(self.handler, sheet.handler_id if sheet else None)
        _select(self.department, sheet.handler_department_id if sheet else None)
        _fill(
            self.progress_table,
            [
                (
                    local_text(line.at, self.zone),
                    line.staff_name,
                    line.action,
                    TEXT("yes") if line.client_informed else TEXT("no"),
                )
                for line in (sheet.progress if sheet else ())
            ],
        )
        _fill(
            self.people_table,
            [
                (
                    person.name,
                    person.room,
                    person.phone,
                    str(person.times),
                    local_text(person.joined_at, self.zone),
                )
                for person in (sheet.complainants if sheet else ())
            ],
        )
        chosen = self.exemption.currentData()
        self.exemption.clear()
        for reason in sheet.exemption_choices if sheet else ():
            self.exemption.addItem(enum_label(reason), reason.value)
        _select(self.exemption, chosen)
        for step, button in self.step_buttons.items():
            # A new complaint: nothing to step through yet; a phone complaint's buttons.
            state = sheet.actions[step] if sheet is not None else NEW_SHEET_ACTIONS[step]
            button.setEnabled(state.enabled)
            button.setVisible(state.visible)
            button.setToolTip(state.reason)
        self._history_shown_for = None
        _fill(self.history_table, [])
        self._show_history()

    def _show_history(self) -> None:
        """The audit log of the complaint shown, read when its tab is current (and again
        only when the complaint changed)."""
        sheet = self.sheet
        if self.tabs.currentIndex() != self.history_tab or sheet is None:
            return
        if self._history_shown_for == (sheet.id, sheet.version):
            return
        lines = operations.run(self, lambda: self.sheet_screen.history(sheet.id), on_failure=self.show_error)
        if lines is None:
            return
        self._history_shown_for = (sheet.id, sheet.version)
        rows = []
        for line in lines:
            what = line.field or ""
            if line.table_name == "complaint_progress":
                what = f"{TEXT('history_progress')} {what}".strip()
            rows.append(
                (
                    local_text(line.at, self.zone),
                    line.staff_name or TEXT("history_system"),
                    line.action,
                    what,
                    line.old_value or "",
                    line.new_value or "",
                )
            )
        _fill(self.history_table, rows)

    def _class_changed(self) -> None:
        external = self.complaint_class.currentData() == ComplaintClass.EXTERNAL.value
        for widget in (self.external_body_label, self.external_report_label):
            widget.setVisible(external)
        for name in ("external_body", "external_report"):
            box = self._field_widgets[name].parentWidget()
            if box is not None:
                box.setVisible(external)

    def _client_chosen(self, client_id: int) -> None:
        if self._loading or client_id < 0:
            return
        chosen = self.client.chosen()
        if chosen is not None and chosen.room_code and not self.room.text().strip():
            self.room.setText(chosen.room_code)

    # -- lifecycle buttons ---------------------------------------------------------------

    def run_step(self, step: str, what: str, args: dict[str, Any] | None = None) -> bool:
        """One lifecycle step: save pending edits first, run the step through the screen
        in one unit of work (asking first when it needs the user's word, R12), show the
        rule's message on refusal, reload the sheet on success."""
        if self.record_id is None:
            self.show_banner(TEXT("save_first"))
            return False
        if self.context.staff_id is None:
            self.show_banner(TEXT("no_staff"))
            return False
        if self.is_dirty() and not self.save():
            return False
        self.clear_errors()
        record_id = self.record_id
        done = operations.run_step(
            self,
            lambda confirmed: self.sheet_screen.run(record_id, step, args, confirmed),
            on_failure=self.show_error,
        )
        if not done:
            return False
        tab = self.tabs.currentIndex()
        self.load(record_id)
        self.tabs.setCurrentIndex(tab)
        self.show_banner(TEXT("done", what=what), error=False)
        self.context.record_saved(self.kind, record_id)
        return True

    def record_first_response(self) -> bool:
        text = self.first_response_text.text()
        if self.run_step("record_first_response", TEXT("first_response_button"), {"text": text}):
            self.first_response_text.clear()
            return True
        return False

    def draft_web_reply(self) -> bool:
        text = self.first_response_text.text()
        if self.run_step("draft_web_reply", TEXT("web_draft_button"), {"text": text}):
            self.first_response_text.clear()
            return True
        return False

    def approve_web_reply(self) -> bool:
        return self.run_step("approve_web_reply", TEXT("web_approve_button"))

    def post_web_reply(self) -> bool:
        return self.run_step("post_web_reply", TEXT("web_post_button"))

    def designate_handler(self) -> bool:
        args = {"handler_id": self.handler.currentData(), "department_id": self.department.currentData()}
        return self.run_step("designate_handler", TEXT("handler_button"), args)

    def add_progress(self) -> bool:
        args = {"action": self.action.text(), "client_informed": self.client_informed.isChecked()}
        if self.run_step("add_progress", TEXT("progress_button"), args):
            self.action.clear()
            self.client_informed.setChecked(False)
            return True
        return False

    def record_developer_notice(self) -> bool:
        args = {"method": self.notice_method.currentText()}
        return self.run_step("record_developer_notice", TEXT("notice_button"), args)

    def resolve(self) -> bool:
        args = {
            "resolution": self.resolution.toPlainText(),
            "on_the_spot": self.on_the_spot.isChecked(),
            "client_confirmed_satisfied": self.confirmed.isChecked(),
        }
        if self.run_step("resolve", TEXT("resolve_button"), args):
            self.resolution.clear()
            return True
        return False

    def verify(self) -> bool:
        if self.run_step("verify", TEXT("verify_button"), {"note": self.verification_note.text()}):
            self.verification_note.clear()
            return True
        return False

    def record_callback(self) -> bool:
        args = {
            "form": self.callback_form.currentData(),
            "satisfied": bool(self.callback_satisfied.currentData()),
            "comments": self.callback_comments.text(),
            "call_time_note": self.callback_time_note.text(),
        }
        if self.run_step("record_callback", TEXT("callback_button"), args):
            self.callback_comments.clear()
            self.callback_time_note.clear()
            return True
        return False

    def exempt_from_callback(self) -> bool:
        args = {"exemption": self.exemption.currentData(), "note": self.exemption_note.text()}
        return self.run_step("exempt_from_callback", TEXT("exemption_button"), args)

    def close_complaint(self) -> bool:
        number = self.sheet.number if self.sheet else ""
        answer = QMessageBox.question(
            self,
            TEXT("close_title"),
            TEXT("close_question", number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.run_step("close", TEXT("close_title"))

    def reopen(self) -> bool:
        number = self.sheet.number if self.sheet else ""
        reason, accepted = QInputDialog.getText(self, TEXT("reopen_title"), TEXT("reopen_reason"))
        if not accepted:
            return False
        answer = QMessageBox.question(
            self,
            TEXT("reopen_title"),
            TEXT("reopen_question", number=number, reason=reason.strip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.run_step("reopen", TEXT("reopen_title"), {"reason": reason})

    def link_complainant(self) -> bool:
        args = {
            "client_id": self.link_client.client_id(),
            "room_id": self.link_client.room_id(),
            "name": self.link_name.text(),
            "phone": self.link_phone.text(),
        }
        if self.run_step("link_complainant", TEXT("link_button"), args):
            self.link_client.clear()
            self.link_name.clear()
            self.link_phone.clear()
            return True
        return False

    def record_repeat(self) -> bool:
        return self.run_step("record_repeat", TEXT("repeat_button"))

    def record_web_follow_up(self) -> bool:
        return self.run_step("record_web_follow_up", TEXT("heat_button"), {"posts": self.heat.value()})


class ComplaintPage(RecordPage):
    """投诉处理记录 (navigation key "complaints")."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(
            context,
            complaint_list(context.workspace),
            ComplaintForm(context),
            TEXT("title"),
        )


__all__ = ["ComplaintForm", "ComplaintPage"]
