"""访谈计划 monthly interview plans (SPEC 2.4; rules R12, R13q).

One plan per interviewer and month: the target rooms or clients, each ticked off when
the interview is recorded. Beside it, for the plan's month: who to send (staff from the
target client's hometown first), every interviewer's quota progress (department heads
and supervisors 2 a month, service assistants 10), the move-in visits still due and
those missed (within 7 days of moving in). Targets who objected to interviews (R12) are
kept on the plan and named in a warning. Rules: ``desk_app.services.interviews``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens import interview_plans
from desk_app.screens.base import ActionState
from desk_app.screens.interview_plans import InterviewPlanScreen, PlanPanels
from desk_app.screens.list_spec import ListSpec
from desk_app.services.errors import FieldError
from desk_app.ui import operations
from desk_app.ui.client_choice import ClientChoice
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.record_page import RecordPage
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

C = "InterviewPlanPage"
TEXT = ScreenText(
    C,
    {
        "title": QT_TRANSLATE_NOOP(C, "月度访谈计划"),
        "month": QT_TRANSLATE_NOOP(C, "计划月份(&M)"),
        "interviewer": QT_TRANSLATE_NOOP(C, "访谈人(&I)"),
        "not_chosen": QT_TRANSLATE_NOOP(C, "（未选）"),
        "targets": QT_TRANSLATE_NOOP(C, "访谈对象"),
        "target_kind": QT_TRANSLATE_NOOP(C, "类别"),
        "target_name": QT_TRANSLATE_NOOP(C, "对象"),
        "target_state": QT_TRANSLATE_NOOP(C, "完成情况"),
        "kind_client": QT_TRANSLATE_NOOP(C, "客户"),
        "kind_room": QT_TRANSLATE_NOOP(C, "房号"),
        "done": QT_TRANSLATE_NOOP(C, "已访谈"),
        "open": QT_TRANSLATE_NOOP(C, "未访谈"),
        "add_client_label": QT_TRANSLATE_NOOP(C, "客户(&K)"),
        "add_client": QT_TRANSLATE_NOOP(C, "添加客户(&C)"),
        "add_room_label": QT_TRANSLATE_NOOP(C, "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP(C, "如 3-2-1201"),
        "add_room": QT_TRANSLATE_NOOP(C, "添加房号(&A)"),
        "remove": QT_TRANSLATE_NOOP(C, "移除选中对象(&X)"),
        "notes": QT_TRANSLATE_NOOP(C, "备注(&B)"),
        "already": QT_TRANSLATE_NOOP(C, "{name} 已在计划中"),
        "no_client": QT_TRANSLATE_NOOP(C, "请先查找并选定客户"),
        "warnings": QT_TRANSLATE_NOOP(C, "已保存。请注意（R12）：\n{lines}"),
        # side panels
        "tab_suggest": QT_TRANSLATE_NOOP(C, "推荐访谈人"),
        "tab_quota": QT_TRANSLATE_NOOP(C, "本月配额"),
        "tab_move_in": QT_TRANSLATE_NOOP(C, "乔迁拜访"),
        "suggest_hint": QT_TRANSLATE_NOOP(C, "选中一个客户对象，按同乡优先（R13q）推荐访谈人："),
        "suggest_name": QT_TRANSLATE_NOOP(C, "姓名"),
        "suggest_role": QT_TRANSLATE_NOOP(C, "角色"),
        "suggest_hometown": QT_TRANSLATE_NOOP(C, "籍贯"),
        "suggest_reason": QT_TRANSLATE_NOOP(C, "理由"),
        "use_suggestion": QT_TRANSLATE_NOOP(C, "选为访谈人(&U)"),
        "quota_hint": QT_TRANSLATE_NOOP(
            C, "{month} 访谈配额（R13q：部门负责人、主管每月 ≥ 2 次，服务助理 ≥ 10 次）"
        ),
        "quota_name": QT_TRANSLATE_NOOP(C, "姓名"),
        "quota_role": QT_TRANSLATE_NOOP(C, "角色"),
        "quota_quota": QT_TRANSLATE_NOOP(C, "配额"),
        "quota_done": QT_TRANSLATE_NOOP(C, "已完成"),
        "quota_short": QT_TRANSLATE_NOOP(C, "差额"),
        "due_hint": QT_TRANSLATE_NOOP(C, "入住 7 天内待拜访："),
        "missed_hint": QT_TRANSLATE_NOOP(C, "已错过乔迁拜访（入住超过 7 天仍未访谈）："),
        "visit_name": QT_TRANSLATE_NOOP(C, "客户"),
        "visit_rooms": QT_TRANSLATE_NOOP(C, "房号"),
        "visit_moved": QT_TRANSLATE_NOOP(C, "入住日期"),
        "visit_deadline": QT_TRANSLATE_NOOP(C, "拜访期限"),
        "visit_note": QT_TRANSLATE_NOOP(C, "说明"),
        "days_left": QT_TRANSLATE_NOOP(C, "还剩 {days} 天"),
        "days_over": QT_TRANSLATE_NOOP(C, "逾期 {days} 天"),
        "late_visit": QT_TRANSLATE_NOOP(C, "；{day} 补访"),
        "add_visit": QT_TRANSLATE_NOOP(C, "把选中客户加入计划(&P)"),
        # list
        "col_month": QT_TRANSLATE_NOOP(C, "月份"),
        "col_interviewer": QT_TRANSLATE_NOOP(C, "访谈人"),
        "col_role": QT_TRANSLATE_NOOP(C, "角色"),
        "col_targets": QT_TRANSLATE_NOOP(C, "对象数"),
        "col_done": QT_TRANSLATE_NOOP(C, "已访谈"),
        "col_notes": QT_TRANSLATE_NOOP(C, "备注"),
        "filter_month": QT_TRANSLATE_NOOP(C, "月份"),
        "all": QT_TRANSLATE_NOOP(C, "全部"),
        "this_month": QT_TRANSLATE_NOOP(C, "本月"),
        "last_month": QT_TRANSLATE_NOOP(C, "上月"),
        "next_month": QT_TRANSLATE_NOOP(C, "下月"),
        "export": QT_TRANSLATE_NOOP(C, "月度访谈计划"),
    },
)


def plan_list(today: date) -> ListSpec:
    """The list of plans (``screens.interview_plans.plan_list``), labelled here."""
    return interview_plans.plan_list(TEXT, today)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
    """Rows of (user data, column texts…)."""
    table.setRowCount(len(rows))
    for row, (data, *values) in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, data)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def _row_data(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class InterviewPlanForm(FormPage):
    """One interviewer's plan for one month; see the module docstring."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="interview_plans", draft_name="interview_plan", title=TEXT("title"))
        self.plan_screen = InterviewPlanScreen(context.workspace)
        self.record_screen = self.plan_screen
        #: [kind ("client"/"room"), id, label, done]
        self.targets: list[list[Any]] = []
        self._warnings: tuple[str, ...] = ()
        #: whether the signed-in person may save this plan (R13q), and why not
        self.plan_state = ActionState(False)
        #: the page shows ``plan_state`` on its save action
        self.on_plan_state: list[Callable[[ActionState], None]] = []
        self.refusal = QLabel()
        self.refusal.setObjectName("planRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #8a5300;")
        self.refusal.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(lambda _day: self.refresh_panels())
        form.addRow(_label(TEXT("month"), self.month), self.field("month", self.month))
        staff = self.plan_screen.staff_choices()
        self.interviewer = QComboBox()
        self.interviewer.addItem(TEXT("not_chosen"), None)
        for ident, name in staff:
            self.interviewer.addItem(name, ident)
        form.addRow(
            _label(TEXT("interviewer"), self.interviewer), self.field("interviewer_id", self.interviewer)
        )

        box = QGroupBox(TEXT("targets"))
        inner = QVBoxLayout(box)
        self.target_table = _table([TEXT("target_kind"), TEXT("target_name"), TEXT("target_state")])
        self.target_table.setMinimumHeight(130)
        self.target_table.currentCellChanged.connect(lambda *_args: self.show_suggestions())
        inner.addWidget(self.field("targets", self.target_table))
        adding = QFormLayout()
        self.client = ClientChoice(context)
        self.add_client_button = QPushButton(TEXT("add_client"))
        self.add_client_button.clicked.connect(self.add_client)
        row = QHBoxLayout()
        row.addWidget(self.field("client_ids", self.client), 1)
        row.addWidget(self.add_client_button)
        adding.addRow(_label(TEXT("add_client_label"), self.client.search_box), row)
        self.room = QLineEdit()
        self.room.setPlaceholderText(TEXT("room_hint"))
        self.room.returnPressed.connect(self.add_room)
        self.add_room_button = QPushButton(TEXT("add_room"))
        self.add_room_button.clicked.connect(self.add_room)
        self.remove_button = QPushButton(TEXT("remove"))
        self.remove_button.clicked.connect(self.remove_target)
        row = QHBoxLayout()
        row.addWidget(self.field("room_ids", self.room), 1)
        row.addWidget(self.add_room_button)
        row.addWidget(self.remove_button)
        adding.addRow(_label(TEXT("add_room_label"), self.room), row)
        inner.addLayout(adding)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(44)
        notes_form = QFormLayout()
        notes_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        notes_form.addRow(_label(TEXT("notes"), self.notes), self.notes)

        self.panels = QTabWidget()
        self.panels.addTab(self._suggest_panel(), TEXT("tab_suggest"))
        self.panels.addTab(self._quota_panel(), TEXT("tab_quota"))
        self.panels.addTab(self._move_in_panel(), TEXT("tab_move_in"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.refusal)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addLayout(notes_form)
        layout.addWidget(self.panels, 1)
        self.watch(self.month, self.interviewer, self.notes)
        self.setFocusProxy(self.month)
        context.staffChanged.connect(lambda _staff_id: self.refresh_plan_state())
        with self.loading():
            self.clear_form()

    def _suggest_panel(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(TEXT("suggest_hint")))
        self.suggest_table = _table(
            [TEXT("suggest_name"), TEXT("suggest_role"), TEXT("suggest_hometown"), TEXT("suggest_reason")]
        )
        column.addWidget(self.suggest_table)
        self.use_button = QPushButton(TEXT("use_suggestion"))
        self.use_button.clicked.connect(self.use_suggestion)
        column.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _quota_panel(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.quota_label = QLabel()
        self.quota_label.setWordWrap(True)
        column.addWidget(self.quota_label)
        self.quota_table = _table(
            [
                TEXT("quota_name"),
                TEXT("quota_role"),
                TEXT("quota_quota"),
                TEXT("quota_done"),
                TEXT("quota_short"),
            ]
        )
        column.addWidget(self.quota_table)
        return page

    def _move_in_panel(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(TEXT("due_hint")))
        headers = [
            TEXT("visit_name"),
            TEXT("visit_rooms"),
            TEXT("visit_moved"),
            TEXT("visit_deadline"),
            TEXT("visit_note"),
        ]
        self.due_table = _table(headers)
        column.addWidget(self.due_table)
        column.addWidget(QLabel(TEXT("missed_hint")))
        self.missed_table = _table(headers)
        column.addWidget(self.missed_table)
        self.add_visit_button = QPushButton(TEXT("add_visit"))
        self.add_visit_button.clicked.connect(self.add_move_in_client)
        column.addWidget(self.add_visit_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # -- FormPage ------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        day = self.month.date()
        return {
            "month": date(day.year(), day.month(), 1).isoformat(),
            "interviewer_id": self.interviewer.currentData(),
            "targets": [list(target) for target in self.targets],
            "notes": self.notes.toPlainText(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        month = date.fromisoformat(values["month"]) if values.get("month") else self._today().replace(day=1)
        self.month.setDate(QDate(month.year, month.month, 1))
        index = self.interviewer.findData(values.get("interviewer_id"))
        self.interviewer.setCurrentIndex(max(index, 0))
        self.targets = [list(target) for target in values.get("targets") or []]
        self.notes.setPlainText(values.get("notes") or "")
        self._show_targets()
        self.refresh_panels()

    def clear_form(self) -> None:
        self.restore({})
        self.client.clear()
        self.room.clear()
        self.refresh_plan_state()

    def remember_loaded(self, values: dict[str, Any] | None) -> None:
        super().remember_loaded(values)
        state = values.get("_plan") if values is not None else None
        if isinstance(state, ActionState):
            self.show_plan_state(state)

    def store(self, values: dict[str, Any]) -> int:
        saved = self.plan_screen.save_plan(values, self.record_id, self.loaded_version)
        self._warnings = saved.warnings
        return saved.plan_id

    def save(self) -> bool:
        self._warnings = ()
        if not super().save():
            return False
        if self.record_id is not None:
            self.load(self.record_id)
        if self._warnings:
            self.show_banner(TEXT("warnings", lines="\n".join(str(line) for line in self._warnings)))
        return True

    # -- who may plan (R13q) -------------------------------------------------------------

    def refresh_plan_state(self) -> None:
        """Ask the rule whether the signed-in person may save this plan."""
        record_id = self.record_id
        state = operations.run(
            self, lambda: self.plan_screen.plan_state(record_id), on_failure=lambda _e: None
        )
        if state is not None:
            self.show_plan_state(state)

    def show_plan_state(self, state: ActionState) -> None:
        """Saving as the rule allows it: the reason shown above the form when refused."""
        self.plan_state = state
        self.refusal.setText(state.reason)
        self.refusal.setVisible(not state.enabled and bool(state.reason))
        for listener in self.on_plan_state:
            listener(state)

    # -- targets -------------------------------------------------------------------------

    def _show_targets(self) -> None:
        rows = [
            (
                index,
                TEXT("kind_client") if kind == "client" else TEXT("kind_room"),
                label,
                TEXT("done") if done else TEXT("open"),
            )
            for index, (kind, _ident, label, done) in enumerate(self.targets)
        ]
        _fill(self.target_table, rows)
        if rows:
            self.target_table.setCurrentCell(0, 0)
        self.show_suggestions()

    def _add_target(self, kind: str, ident: int, label: str) -> bool:
        self.clear_errors()
        if any(target[0] == kind and target[1] == ident for target in self.targets):
            self.show_error(FieldError("targets", TEXT("already", name=label)))
            return False
        self.targets.append([kind, ident, label, False])
        self._show_targets()
        self.target_table.setCurrentCell(len(self.targets) - 1, 0)
        self.mark_dirty()
        return True

    def add_client(self) -> bool:
        chosen = self.client.chosen()
        if chosen is None:
            self.show_error(FieldError("client_ids", TEXT("no_client")))
            return False
        label = f"{chosen.name}（{chosen.room_code}）" if chosen.room_code else chosen.name
        if self._add_target("client", chosen.client_id, label):
            self.client.clear()
            return True
        return False

    def add_room(self) -> bool:
        self.clear_errors()
        text = self.room.text()
        room = operations.run(self, lambda: self.plan_screen.find_room(text), on_failure=self.show_error)
        if room is None:
            return False
        if self._add_target("room", room.room_id, room.code):
            self.room.clear()
            return True
        return False

    def remove_target(self) -> None:
        index = _row_data(self.target_table)
        if index is None:
            return
        del self.targets[int(index)]
        self._show_targets()
        self.mark_dirty()

    # -- panels --------------------------------------------------------------------------

    def _today(self) -> date:
        return self.plan_screen.today()

    def refresh_panels(self) -> None:
        day = self.month.date()
        month = date(day.year(), day.month(), 1)
        panels = operations.run(self, lambda: self.plan_screen.panels(month), on_failure=lambda _e: None)
        if panels is not None:
            self.show_panels(panels)

    def show_panels(self, panels: PlanPanels) -> None:
        month, quotas, due, missed = panels.month, panels.quotas, panels.due, panels.missed
        self.quota_label.setText(TEXT("quota_hint", month=f"{month:%Y-%m}"))
        _fill(
            self.quota_table,
            [(q.staff_id, q.name, enum_label(q.role), q.quota, q.done, q.shortfall) for q in quotas],
        )
        for row, progress in enumerate(quotas):
            if progress.shortfall:
                item = self.quota_table.item(row, 4)
                if item is not None:
                    item.setForeground(Qt.GlobalColor.red)
        _fill(
            self.due_table,
            [
                (
                    (v.client_id, v.name, list_separator().join(v.rooms)),
                    v.name,
                    list_separator().join(v.rooms),
                    v.move_in_date.isoformat(),
                    v.deadline.isoformat(),
                    TEXT("days_left", days=v.days_left) + (f"；{v.warning}" if v.warning else ""),
                )
                for v in due
            ],
        )
        _fill(
            self.missed_table,
            [
                (
                    (v.client_id, v.name, list_separator().join(v.rooms)),
                    v.name,
                    list_separator().join(v.rooms),
                    v.move_in_date.isoformat(),
                    v.deadline.isoformat(),
                    TEXT("days_over", days=v.days_overdue)
                    + (TEXT("late_visit", day=v.visited_late_on.isoformat()) if v.visited_late_on else ""),
                )
                for v in missed
            ],
        )

    def show_suggestions(self) -> None:
        index = _row_data(self.target_table)
        target = self.targets[int(index)] if index is not None and int(index) < len(self.targets) else None
        if target is None or target[0] != "client":
            _fill(self.suggest_table, [])
            self.use_button.setEnabled(False)
            return
        client_id = int(target[1])
        found = operations.run(
            self, lambda: self.plan_screen.suggestions(client_id), on_failure=lambda _e: None
        )
        found = found or []
        _fill(
            self.suggest_table,
            [(s.staff_id, s.name, enum_label(s.role), s.hometown or "", s.reason) for s in found],
        )
        if found:
            self.suggest_table.setCurrentCell(0, 0)
        self.use_button.setEnabled(bool(found))

    def use_suggestion(self) -> None:
        staff_id = _row_data(self.suggest_table)
        if staff_id is None:
            return
        index = self.interviewer.findData(staff_id)
        if index >= 0:
            self.interviewer.setCurrentIndex(index)

    def add_move_in_client(self) -> bool:
        table = self.missed_table if self.missed_table.hasFocus() else self.due_table
        data = _row_data(table) or _row_data(self.due_table) or _row_data(self.missed_table)
        if data is None:
            return False
        client_id, name, rooms = data
        label = f"{name}（{rooms}）" if rooms else name
        return self._add_target("client", int(client_id), label)


class InterviewPlanPage(RecordPage):
    """访谈计划 (navigation key "interview_plans")."""

    def __init__(self, context: DeskContext) -> None:
        form = InterviewPlanForm(context)
        super().__init__(context, plan_list(form.plan_screen.today()), form, TEXT("title"))
        self._save_tip = self.save_action.toolTip()
        form.on_plan_state.append(self._show_plan_state)
        self._show_plan_state(form.plan_state)

    def _show_plan_state(self, state: ActionState) -> None:
        """保存 as the rule allows (R13q): disabled, with the reason, for those who may
        not plan."""
        self.save_action.setEnabled(state.enabled)
        self.save_action.setToolTip(self._save_tip if state.enabled else state.reason)


__all__ = ["InterviewPlanForm", "InterviewPlanPage", "plan_list"]
