"""统一回复口径 (SPEC 2.9): find an approved answer in seconds and copy it.

The receptionist types into the search box (topic, question, reply text and keywords are
searched as she types), moves down into the list and presses Enter or Ctrl+C: the reply
is on the clipboard and the status line says so. The phrases staff must never say are
listed beside it, with what to say instead. Supervisors, department heads and the
administrator also add (Ctrl+N), edit (Ctrl+S) and remove (删除口径) replies, and add,
change and remove the forbidden phrases under their list; for everybody else the form is
read-only. Rules: ``desk_app.services.replies``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.list_spec import ListSpec
from desk_app.screens.standard_replies import Phrase, ReplyScreen, ReplyText
from desk_app.screens.standard_replies import reply_list_spec as screen_list_spec
from desk_app.services.errors import ConflictError, DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import ERROR_STYLE, NOTICE_STYLE, FormPage
from desk_app.ui.keys import MnemonicToolBar
from desk_app.ui.record_list import RecordListView
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "StandardRepliesPage",
    {
        "title": QT_TRANSLATE_NOOP("StandardRepliesPage", "统一回复口径"),
        "topic_column": QT_TRANSLATE_NOOP("StandardRepliesPage", "主题"),
        "question_column": QT_TRANSLATE_NOOP("StandardRepliesPage", "常见问题"),
        "export_name": QT_TRANSLATE_NOOP("StandardRepliesPage", "统一回复口径"),
        "form_title": QT_TRANSLATE_NOOP("StandardRepliesPage", "回复口径"),
        "topic": QT_TRANSLATE_NOOP("StandardRepliesPage", "主题(&T)"),
        "question": QT_TRANSLATE_NOOP("StandardRepliesPage", "常见问题(&Q)"),
        "reply": QT_TRANSLATE_NOOP("StandardRepliesPage", "统一答复(&A)"),
        "keywords": QT_TRANSLATE_NOOP("StandardRepliesPage", "关键词(&K)"),
        "keywords_hint": QT_TRANSLATE_NOOP("StandardRepliesPage", "查找时也会搜索这些词，用空格分开"),
        "copy": QT_TRANSLATE_NOOP("StandardRepliesPage", "复制答复(&C)"),
        "copy_tip": QT_TRANSLATE_NOOP(
            "StandardRepliesPage", "把选中的答复复制到剪贴板（在列表中按回车或 Ctrl+C）"
        ),
        "copied": QT_TRANSLATE_NOOP("StandardRepliesPage", "已复制“{topic}：{question}”的答复，可直接粘贴。"),
        "nothing": QT_TRANSLATE_NOOP("StandardRepliesPage", "请先在列表中选中一条回复口径。"),
        "new": QT_TRANSLATE_NOOP("StandardRepliesPage", "新增口径(&N)"),
        "save": QT_TRANSLATE_NOOP("StandardRepliesPage", "保存(&S)"),
        "export": QT_TRANSLATE_NOOP("StandardRepliesPage", "导出Excel(&E)"),
        "refresh": QT_TRANSLATE_NOOP("StandardRepliesPage", "刷新"),
        "read_only": QT_TRANSLATE_NOOP("StandardRepliesPage", "回复口径由主管审定；如需修改，请联系主管。"),
        "forbidden": QT_TRANSLATE_NOOP("StandardRepliesPage", "服务禁语（不得使用）"),
        "instead": QT_TRANSLATE_NOOP("StandardRepliesPage", "宜说：{text}"),
        "usage": QT_TRANSLATE_NOOP(
            "StandardRepliesPage", "查找：直接输入关键字 → ↓ 进入列表 → 回车复制答复。"
        ),
        "remove": QT_TRANSLATE_NOOP("StandardRepliesPage", "删除口径(&D)"),
        "remove_title": QT_TRANSLATE_NOOP("StandardRepliesPage", "删除回复口径"),
        "remove_question": QT_TRANSLATE_NOOP(
            "StandardRepliesPage", "从统一回复口径中删除“{topic}：{question}”吗？（操作日志保留记录）"
        ),
        "removed": QT_TRANSLATE_NOOP("StandardRepliesPage", "已删除回复口径“{topic}：{question}”。"),
        "phrase": QT_TRANSLATE_NOOP("StandardRepliesPage", "禁语(&Y)"),
        "better": QT_TRANSLATE_NOOP("StandardRepliesPage", "宜说(&B)"),
        "add_phrase": QT_TRANSLATE_NOOP("StandardRepliesPage", "添加(&J)"),
        "save_phrase": QT_TRANSLATE_NOOP("StandardRepliesPage", "修改(&U)"),
        "remove_phrase": QT_TRANSLATE_NOOP("StandardRepliesPage", "删除(&X)"),
        "phrase_added": QT_TRANSLATE_NOOP("StandardRepliesPage", "已添加禁语“{phrase}”。"),
        "phrase_saved": QT_TRANSLATE_NOOP("StandardRepliesPage", "已修改禁语“{phrase}”。"),
        "phrase_removed": QT_TRANSLATE_NOOP("StandardRepliesPage", "已删除禁语“{phrase}”。"),
        "phrase_nothing": QT_TRANSLATE_NOOP("StandardRepliesPage", "请先在禁语列表中选中一条。"),
    },
)


def reply_list_spec() -> ListSpec:
    return screen_list_spec(TEXT("topic_column"), TEXT("question_column"), TEXT("export_name"))


class ReplyForm(FormPage):
    """One standard reply; editable for supervisors only (``set_editable``)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            kind="standard_replies",
            draft_name="standard-reply",
            title=TEXT("form_title"),
            parent=parent,
        )
        self.topic_box = QLineEdit()
        self.question_box = QPlainTextEdit()
        self.question_box.setTabChangesFocus(True)
        self.question_box.setFixedHeight(56)
        self.reply_box = QPlainTextEdit()
        self.reply_box.setTabChangesFocus(True)
        self.reply_box.setMinimumHeight(180)
        self.reply_box.setStyleSheet("font-size: 12pt;")
        self.keywords_box = QLineEdit()
        self.keywords_box.setPlaceholderText(TEXT("keywords_hint"))
        self.read_only_note = QLabel(TEXT("read_only"))
        self.read_only_note.setStyleSheet("color: #555;")

        rows = QFormLayout()
        for key, name, box in (
            ("topic", "topic", self.topic_box),
            ("question", "question", self.question_box),
            ("reply", "reply_text", self.reply_box),
            ("keywords", "keywords", self.keywords_box),
        ):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            rows.addRow(label, self.field(name, box))
        self.topic_box.returnPressed.connect(self.question_box.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(rows)
        layout.addWidget(self.read_only_note)
        self.watch(self.topic_box, self.question_box, self.reply_box, self.keywords_box)
        self.replies = ReplyScreen(context.workspace)
        self.record_screen = self.replies

    def set_editable(self, editable: bool) -> None:
        for box in (self.topic_box, self.keywords_box):
            box.setReadOnly(not editable)
        for text_box in (self.question_box, self.reply_box):
            text_box.setReadOnly(not editable)
        self.read_only_note.setVisible(not editable)

    def collect(self) -> dict[str, Any]:
        return {
            "topic": self.topic_box.text(),
            "question": self.question_box.toPlainText(),
            "reply_text": self.reply_box.toPlainText(),
            "keywords": self.keywords_box.text(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        self.topic_box.setText(values.get("topic", ""))
        self.question_box.setPlainText(values.get("question", ""))
        self.reply_box.setPlainText(values.get("reply_text", ""))
        self.keywords_box.setText(values.get("keywords", ""))

    def clear_form(self) -> None:
        self.restore({})


class StandardRepliesPage(QWidget):
    """The book of standard replies (navigation key "standard_replies")."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list_view = RecordListView(context, reply_list_spec())
        self.form = ReplyForm(context)
        self.form.save_shortcut.setEnabled(False)  # the page's Ctrl+S below

        title = QLabel(TEXT("title"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 2px 6px;")
        self.toolbar = MnemonicToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.copy_action = self._action(TEXT("copy"), None, self.copy_selected)
        self.copy_action.setToolTip(TEXT("copy_tip"))
        self.new_action = self._action(TEXT("new"), QKeySequence.StandardKey.New, self.start_new)
        self.save_action = self._action(TEXT("save"), QKeySequence.StandardKey.Save, self.form.save)
        self.remove_action = self._action(TEXT("remove"), None, self.remove_selected)
        self.toolbar.addSeparator()
        self._action(TEXT("export"), None, self.list_view.export_to_excel)
        self._action(TEXT("refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.toolbar, 1)

        usage = QLabel(TEXT("usage"))
        usage.setStyleSheet("color: #555;")
        self.status = QLabel()
        self.status.setObjectName("copyStatus")
        self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(usage)

        # The toolbar's 复制答复 owns Alt+C; the button shows the same letter.
        copy_button = QPushButton(TEXT("copy").replace("&", ""))
        copy_button.clicked.connect(self.copy_selected)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(copy_button)
        middle_layout.addLayout(buttons)
        middle_layout.addStretch(1)
        middle_scroll = QScrollArea()
        middle_scroll.setWidgetResizable(True)
        middle_scroll.setWidget(middle)

        phrases_box = QGroupBox(TEXT("forbidden"))
        phrases_layout = QVBoxLayout(phrases_box)
        self.phrase_list = QListWidget()
        self.phrase_list.setWordWrap(True)
        self.phrase_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phrase_list.currentItemChanged.connect(lambda *_args: self._phrase_chosen())
        phrases_layout.addWidget(self.phrase_list)
        # editors: add, change, remove phrases
        self.phrase_editor = QWidget()
        editor_form = QFormLayout(self.phrase_editor)
        editor_form.setContentsMargins(0, 0, 0, 0)
        self.phrase_box = QLineEdit()
        self.phrase_box.setObjectName("phraseBox")
        self.better_box = QPlainTextEdit()
        self.better_box.setObjectName("betterBox")
        self.better_box.setTabChangesFocus(True)
        self.better_box.setFixedHeight(56)
        self.phrase_box.returnPressed.connect(self.better_box.setFocus)
        for key, box in (("phrase", self.phrase_box), ("better", self.better_box)):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            editor_form.addRow(label, box)
        self.add_phrase_button = QPushButton(TEXT("add_phrase"))
        self.add_phrase_button.clicked.connect(self.add_phrase)
        self.save_phrase_button = QPushButton(TEXT("save_phrase"))
        self.save_phrase_button.clicked.connect(self.save_phrase)
        self.remove_phrase_button = QPushButton(TEXT("remove_phrase"))
        self.remove_phrase_button.clicked.connect(self.remove_phrase)
        phrase_buttons = QHBoxLayout()
        for button in (self.add_phrase_button, self.save_phrase_button, self.remove_phrase_button):
            phrase_buttons.addWidget(button)
        editor_form.addRow(phrase_buttons)
        self.phrase_message = QLabel()
        self.phrase_message.setObjectName("phraseMessage")
        self.phrase_message.setWordWrap(True)
        self.phrase_message.hide()
        editor_form.addRow(self.phrase_message)
        phrases_layout.addWidget(self.phrase_editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle_scroll)
        self.splitter.addWidget(phrases_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([430, 520, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.list_view)

        # Enter (and double-click) copies; Ctrl+C in the list copies the reply, not the cell.
        self.list_view.activated.connect(self.copy_reply)
        # (The table claims Ctrl+C for itself, so a shortcut would never fire: filter it.)
        self.list_view.table.installEventFilter(self)
        self.list_view.currentChanged.connect(self._current_changed)
        self.form.saved.connect(self.list_view.select_id)
        context.staffChanged.connect(lambda _staff: self._apply_role())
        self._load_phrases()
        self._apply_role()

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Any
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.list_view.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            self.copy_selected()
            return True
        return super().eventFilter(watched, event)

    # -- page protocol -----------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        if self.form.record_id == record_id or self.form.confirm_close():
            self.form.load(record_id)
            self.list_view.select_id(record_id)

    def confirm_close(self) -> bool:
        return self.form.confirm_close()

    # -- actions -----------------------------------------------------------------------

    def may_edit(self) -> bool:
        return bool(operations.run(self, self.form.replies.may_edit, on_failure=lambda _error: None))

    def _apply_role(self) -> None:
        editable = self.may_edit()
        self.form.set_editable(editable)
        self.new_action.setEnabled(editable)
        self.new_action.setVisible(editable)
        self.save_action.setEnabled(editable)
        self.save_action.setVisible(editable)
        self.remove_action.setEnabled(editable)
        self.remove_action.setVisible(editable)
        self.phrase_editor.setVisible(editable)
        self.phrase_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)

    def start_new(self) -> None:
        if self.may_edit():
            self.form.start_new()
            self.form.topic_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.list_view.refresh()
        self._load_phrases()

    def copy_selected(self) -> bool:
        record_id = self.list_view.selected_id()
        if record_id is None:
            self.show_status(TEXT("nothing"))
            return False
        return self.copy_reply(record_id)

    def copy_reply(self, record_id: int) -> bool:
        """Put the reply on the clipboard (as stored, not unsaved edits) and say so."""
        reply = operations.run(
            self, lambda: self.form.replies.reply(record_id), on_failure=self._status_error
        )
        if reply is None:
            return False
        topic, question, text = reply.topic, reply.question, reply.text
        QGuiApplication.clipboard().setText(text)
        short = question if len(question) <= 24 else question[:23] + "…"
        self.show_status(TEXT("copied", topic=topic, question=short))
        return True

    def show_status(self, message: str) -> None:
        self.status.setText(message)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 5000)

    def _current_changed(self, record_id: int) -> None:
        # Browsing shows each reply; unsaved edits are never thrown away by browsing.
        if record_id >= 0 and not self.form.is_dirty() and self.form.record_id != record_id:
            self.form.load(record_id)

    def _load_phrases(self, select_id: int | None = None) -> None:
        phrases = operations.run(self, self.form.replies.phrases, on_failure=self._status_error)
        if phrases is None:
            return
        self.phrases = phrases
        self.phrase_list.clear()
        for phrase in phrases:
            text = f"✗ {phrase.phrase}"
            if phrase.better_alternative:
                text += "\n    " + TEXT("instead", text=phrase.better_alternative)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, phrase.id)
            self.phrase_list.addItem(item)
            if phrase.id == select_id:
                self.phrase_list.setCurrentItem(item)

    # -- removing a reply; the forbidden phrases (editors) -----------------------------------

    def remove_selected(self) -> bool:
        record_id = self.list_view.selected_id()
        if record_id is None or not self.may_edit():
            self.show_status(TEXT("nothing"))
            return False
        reply = operations.run(
            self, lambda: self.form.replies.reply(record_id), on_failure=self._status_error
        )
        if reply is None:
            return False
        topic, question = reply.topic, reply.question
        answer = QMessageBox.question(
            self,
            TEXT("remove_title"),
            TEXT("remove_question", topic=topic, question=question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if (
            operations.run(self, lambda: self.form.replies.remove(record_id), on_failure=self._status_error)
            is None
        ):
            return False
        self.form.reset()
        self.list_view.refresh()
        self.show_status(TEXT("removed", topic=topic, question=question))
        self.context.record_saved("standard_replies", record_id)
        return True

    def selected_phrase(self) -> Phrase | None:
        item = self.phrase_list.currentItem()
        if item is None:
            return None
        phrase_id = item.data(Qt.ItemDataRole.UserRole)
        return next((phrase for phrase in self.phrases if phrase.id == phrase_id), None)

    def _phrase_chosen(self) -> None:
        phrase = self.selected_phrase()
        if phrase is not None:
            self.phrase_box.setText(phrase.phrase)
            self.better_box.setPlainText(phrase.better_alternative or "")

    def _phrase_notice(self, text: str, error: bool = False) -> None:
        self.phrase_message.setText(text)
        self.phrase_message.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.phrase_message.show()

    def _stored_reply(self, record_id: int) -> ReplyText | None:
        return operations.run(self, lambda: self.form.replies.reply(record_id), on_failure=self._status_error)

    def _status_error(self, error: DomainError) -> None:
        self.show_status(str(error))

    def _phrase_failed(self, error: DomainError) -> None:
        if isinstance(error, ConflictError):
            # Someone changed the phrase since the list was read: the list shows theirs
            # (and its new version), the boxes keep what was typed; saving again keeps it.
            typed, better = self.phrase_box.text(), self.better_box.toPlainText()
            chosen = self.selected_phrase()
            self._load_phrases(chosen.id if chosen is not None else None)
            self.phrase_box.setText(typed)
            self.better_box.setPlainText(better)
        self._phrase_notice(str(error), error=True)
        if error.field == "phrase":
            self.phrase_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _phrase_work(self, work: Callable[[], tuple[int, str]]) -> tuple[int, str] | None:
        return operations.run(self, work, on_failure=self._phrase_failed)

    def add_phrase(self) -> bool:
        phrase, better = self.phrase_box.text(), self.better_box.toPlainText()
        done = self._phrase_work(lambda: self.form.replies.save_phrase(None, phrase, better))
        if done is None:
            return False
        self._load_phrases(done[0])
        self._phrase_notice(TEXT("phrase_added", phrase=done[1]))
        return True

    def save_phrase(self) -> bool:
        chosen = self.selected_phrase()
        if chosen is None or chosen.id is None:
            self._phrase_notice(TEXT("phrase_nothing"), error=True)
            return False
        phrase_id, version = chosen.id, chosen.version
        phrase, better = self.phrase_box.text(), self.better_box.toPlainText()
        done = self._phrase_work(lambda: self.form.replies.save_phrase(phrase_id, phrase, better, version))
        if done is None:
            return False
        self._load_phrases(done[0])
        self._phrase_notice(TEXT("phrase_saved", phrase=done[1]))
        return True

    def remove_phrase(self) -> bool:
        chosen = self.selected_phrase()
        if chosen is None or chosen.id is None:
            self._phrase_notice(TEXT("phrase_nothing"), error=True)
            return False
        phrase_id = chosen.id
        done = self._phrase_work(lambda: self.form.replies.remove_phrase(phrase_id))
        if done is None:
            return False
        self._load_phrases()
        self.phrase_box.clear()
        self.better_box.clear()
        self._phrase_notice(TEXT("phrase_removed", phrase=done[1]))
        return True


__all__ = ["ReplyForm", "StandardRepliesPage", "reply_list_spec"]
