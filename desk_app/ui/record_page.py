"""A record screen: the list on the left, the paper form on the right, one toolbar.

Most screens of SPEC section 2 are a ``RecordPage``: declare a ``ListSpec``, write a
``FormPage`` subclass (with ``read_record`` so rows can be opened), and put them
together::

    from desk_app.ui.record_page import RecordPage

    class VisitorsPage(RecordPage):
        # 访客登记, navigation key "visitors"

        def __init__(self, context: DeskContext) -> None:
            super().__init__(context, VISITOR_LIST, VisitorForm(context), TEXT("title"))

    # desk_app/ui/pages.py
    PAGE_CLASSES = {"visitors": "desk_app.ui.visitors_page:VisitorsPage", ...}

What the page does, so the screen does not have to:

* **Toolbar** (shortcuts work anywhere on the page): 新建 ``Ctrl+N`` → ``form.start_new()``
  (which asks about unsaved input first); 保存 ``Ctrl+S`` → ``form.save()`` (the form's own
  Ctrl+S shortcut is switched off so the two never clash); 作废… is enabled from the rule
  (``screens.records.Voider.state``: only a supervisor or department head, on a record
  not voided), asks for a reason (Esc cancels), asks to confirm, and voids through the
  voider in one unit of work — by default ``Voider.of(workspace, spec.model)``, which
  knows the kinds with their own void function; pass ``void=`` another ``Voider``, or
  ``voidable=False`` to hide the action; 导出Excel → the list's export of all filtered
  rows; 刷新 ``F5``; 修改历史 ``Ctrl+H`` (enabled while a saved record is open) →
  ``history_dialog.show_history`` for ``form.record_id``.
* **Opening**: Enter or double-click on a row (and ``open_record(id)``, which the main
  window calls for ``context.request_open(kind, id)``) asks ``form.confirm_close()``
  and then ``form.load(id)``; the row is made current.
* After a save the list refreshes (through ``context.recordSaved``) and the saved row
  becomes current; after a void the form is emptied for a new record.
* ``confirm_close()`` delegates to the form; the main window asks it before leaving.
* The first time the page is shown, a draft left for a new record is offered back.

The pieces stay reachable for screens that need more: ``page.list_view``
(``RecordListView``), ``page.form``, ``page.toolbar`` (add screen actions with
``page.toolbar.addAction(...)``), ``page.splitter``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.list_spec import ListSpec
from desk_app.screens.records import Voider
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.history_dialog import HistoryDialog, show_history
from desk_app.ui.keys import MnemonicToolBar
from desk_app.ui.record_list import RecordListView
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "RecordPage",
    {
        "new": QT_TRANSLATE_NOOP("RecordPage", "新建(&N)"),
        "new_tip": QT_TRANSLATE_NOOP("RecordPage", "新建一条记录（Ctrl+N）"),
        "save": QT_TRANSLATE_NOOP("RecordPage", "保存(&S)"),
        "save_tip": QT_TRANSLATE_NOOP("RecordPage", "保存表单（Ctrl+S）"),
        "void": QT_TRANSLATE_NOOP("RecordPage", "作废(&V)…"),
        "void_tip": QT_TRANSLATE_NOOP("RecordPage", "作废当前记录（须填写原因；记录不会被删除）"),
        "export": QT_TRANSLATE_NOOP("RecordPage", "导出Excel(&E)"),
        "export_tip": QT_TRANSLATE_NOOP("RecordPage", "把列表中符合当前筛选条件的全部记录导出到 Excel"),
        "refresh": QT_TRANSLATE_NOOP("RecordPage", "刷新"),
        "refresh_tip": QT_TRANSLATE_NOOP("RecordPage", "重新读取列表（F5）"),
        "history": QT_TRANSLATE_NOOP("RecordPage", "修改历史"),
        "history_tip": QT_TRANSLATE_NOOP(
            "RecordPage", "查看当前记录的修改历史：谁、何时、改了什么（Ctrl+H）"
        ),
        "void_title": QT_TRANSLATE_NOOP("RecordPage", "作废记录"),
        "void_nothing": QT_TRANSLATE_NOOP("RecordPage", "请先在列表中选中要作废的记录。"),
        "void_reason": QT_TRANSLATE_NOOP("RecordPage", "请填写作废原因（必填）："),
        "void_confirm": QT_TRANSLATE_NOOP(
            "RecordPage",
            "确定作废这条记录吗？\n原因：{reason}\n\n作废后记录不再出现在列表和统计中，但仍保留备查。",
        ),
        "void_unsaved": QT_TRANSLATE_NOOP("RecordPage", "表单上尚未保存的修改将被放弃。"),
        "void_no_reason": QT_TRANSLATE_NOOP("RecordPage", "未填写作废原因，记录没有作废。"),
        "voided": QT_TRANSLATE_NOOP("RecordPage", "记录已作废。"),
        "void_failed": QT_TRANSLATE_NOOP("RecordPage", "作废失败：{detail}"),
    },
)

TITLE_STYLE = "font-size: 15pt; font-weight: bold; padding: 2px 6px;"


class RecordPage(QWidget):
    """List + form + toolbar for one kind of record; see the module docstring."""

    def __init__(
        self,
        context: DeskContext,
        spec: ListSpec,
        form: FormPage,
        title: str,
        parent: QWidget | None = None,
        *,
        void: Voider | None = None,
        voidable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.form = form
        self.title = title
        self._drafts_offered = False
        if void is None and voidable:
            void = Voider.of(context.workspace, spec.model)
        #: the void action of this kind of record (None: never voided here)
        self.voider = void

        self.list_view = RecordListView(context, spec)
        self.list_view.activated.connect(self.open_record)

        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setStyleSheet(TITLE_STYLE)

        self.toolbar = MnemonicToolBar()
        self.toolbar.setObjectName("recordToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action("new", QKeySequence.StandardKey.New, self.start_new)
        self.save_action = self._action("save", QKeySequence.StandardKey.Save, self.save)
        self.void_action = self._action("void", None, self.void_current)
        self.void_action.setVisible(self.voider is not None)
        self.toolbar.addSeparator()
        self.export_action = self._action("export", None, self.list_view.export_to_excel)
        self.refresh_action = self._action("refresh", QKeySequence(Qt.Key.Key_F5), self.list_view.refresh)
        self.history_action = self._action("history", QKeySequence("Ctrl+H"), self.show_history)
        self.history_action.setEnabled(False)
        form.dirtyChanged.connect(lambda _dirty: self._update_actions())
        # One Ctrl+S for the whole page (list or form focused); two would be ambiguous.
        form.save_shortcut.setEnabled(False)
        form.saved.connect(self._form_saved)
        # Issue 15: the next person at the counter does not find the previous one's
        # record open (unsaved input was settled before the switch).
        context.staffChanged.connect(lambda _staff_id: self.forget_record())
        context.staffChanged.connect(lambda _staff_id: self._update_actions())
        self.list_view.currentChanged.connect(lambda _record_id: self._update_actions())

        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title_label)
        heading.addWidget(self.toolbar, 1)

        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([540, 660])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.list_view)

    def _action(
        self,
        key: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        tip = TEXT(f"{key}_tip")
        action = QAction(TEXT(key), self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    # -- what the main window calls ------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        """Show ``record_id`` in the form (after asking about unsaved input)."""
        if self.form.record_id == record_id and not self.form.is_dirty():
            self.list_view.select_id(record_id)
            return
        if not self.form.confirm_close():
            return
        if self.form.load(record_id):
            self.list_view.select_id(record_id)
            self.form.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def confirm_close(self) -> bool:
        return self.form.confirm_close()

    def forget_record(self) -> None:
        """An empty form and no row chosen (another person signed in). Unsaved input is
        kept: the switch of user settles it first (save, discard or stay), so input
        still there was meant to stay."""
        if self.form.is_dirty() or self.form.record_id is None:
            return
        self.form.reset()
        self.list_view.table.clearSelection()
        self.list_view.table.setCurrentIndex(QModelIndex())
        self._update_actions()

    # -- toolbar -------------------------------------------------------------------------

    def start_new(self) -> None:
        self.form.start_new()
        self._update_actions()
        if not self.form.is_dirty() and self.form.record_id is None:
            self.form.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form.focusNextChild()

    def save(self) -> bool:
        return self.form.save()

    def current_record_id(self) -> int | None:
        """The record a toolbar action applies to: the one in the form, else the list's."""
        return self.form.record_id if self.form.record_id is not None else self.list_view.selected_id()

    def show_history(self) -> HistoryDialog | None:
        """修改历史 of the saved record open in the form (Ctrl+H); None when there is none."""
        self._update_actions()
        record_id = self.form.record_id
        if record_id is None:
            return None
        return show_history(self, self.context, self.spec.model, record_id)

    def _update_actions(self) -> None:
        self.history_action.setEnabled(self.form.record_id is not None)
        voider = self.voider
        if voider is not None and self.isVisible():
            record_id = self.current_record_id()
            state = operations.run(self, lambda: voider.state(record_id), on_failure=self._state_unknown)
            if state is not None:
                self.void_action.setEnabled(state.enabled)
                self.void_action.setToolTip(state.reason or TEXT("void_tip"))

    def _state_unknown(self, error: DomainError) -> None:
        log.warning("the void action of %s cannot be checked: %s", self.spec.kind, error)

    def void_current(self) -> bool:
        """Ask for a reason and a confirmation, then void; True when voided."""
        record_id = self.current_record_id()
        voider = self.voider
        if voider is None:
            return False
        if record_id is None:
            QMessageBox.information(self, TEXT("void_title"), TEXT("void_nothing"))
            return False
        state = operations.run(self, lambda: voider.state(record_id), on_failure=self._void_failed)
        if state is None:
            return False
        if not state.enabled:
            QMessageBox.warning(self, TEXT("void_title"), TEXT("void_failed", detail=state.reason))
            return False
        reason, accepted = QInputDialog.getMultiLineText(self, TEXT("void_title"), TEXT("void_reason"))
        if not accepted:
            return False
        if not reason.strip():
            QMessageBox.warning(self, TEXT("void_title"), TEXT("void_no_reason"))
            return False
        question = TEXT("void_confirm", reason=reason.strip())
        unsaved = self.form.record_id == record_id and self.form.is_dirty()
        if unsaved:
            question += "\n" + TEXT("void_unsaved")
        answer = QMessageBox.question(
            self,
            TEXT("void_title"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def void() -> bool:
            voider.void(record_id, reason)
            return True

        if operations.run(self, void, on_failure=self._void_failed) is None:
            return False
        if self.form.record_id == record_id:
            self.form.reset()
            self.form.show_banner(TEXT("voided"), error=False)
        self._update_actions()
        self.context.record_saved(self.spec.kind, record_id)
        return True

    def _void_failed(self, error: DomainError) -> None:
        QMessageBox.warning(self, TEXT("void_title"), TEXT("void_failed", detail=str(error)))

    # -- events --------------------------------------------------------------------------

    def _form_saved(self, record_id: int) -> None:
        self.list_view.select_id(record_id)
        self._update_actions()

    def _form_fits(self) -> None:
        """The form's pane is never narrower than the form (no sideways scrolling at
        1280 px, in any language; issue 15): the list gives way instead."""
        scroll_bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + scroll_bar + 2)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._form_fits()
        self._update_actions()
        if not self._drafts_offered:
            self._drafts_offered = True
            if self.form.record_id is None and not self.form.is_dirty():
                QTimer.singleShot(0, self.form.offer_draft)


__all__ = ["RecordPage"]
