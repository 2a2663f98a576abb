"""The question a form asks when someone else saved the same record first
(ARCHITECTURE, Concurrency): what the other person changed, field by field, next to
what this user typed, and a choice — keep mine and save again, take theirs, or cancel
(the input stays on the form either way until the user decides)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtWidgets import QDialogButtonBox as Buttons

from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "ConflictDialog",
    {
        "title": QT_TRANSLATE_NOOP("ConflictDialog", "记录已被他人修改"),
        "intro": QT_TRANSLATE_NOOP(
            "ConflictDialog",
            "您打开这条记录之后，{who}修改并保存了它，您的保存未生效。下面列出对方改动的内容和您填写的内容：",
        ),
        "someone": QT_TRANSLATE_NOOP("ConflictDialog", "其他人"),
        "field": QT_TRANSLATE_NOOP("ConflictDialog", "项目"),
        "theirs": QT_TRANSLATE_NOOP("ConflictDialog", "对方保存的值"),
        "mine": QT_TRANSLATE_NOOP("ConflictDialog", "您填写的值"),
        "keep_mine": QT_TRANSLATE_NOOP("ConflictDialog", "保留我的并重新保存"),
        "take_theirs": QT_TRANSLATE_NOOP("ConflictDialog", "采用对方的"),
        "cancel": QT_TRANSLATE_NOOP("ConflictDialog", "取消"),
        "hint": QT_TRANSLATE_NOOP(
            "ConflictDialog",
            "“保留我的并重新保存”用您填写的全部内容覆盖对方的修改；"
            "“采用对方的”放弃您的输入并显示对方保存的记录；"
            "“取消”回到表单，您的输入仍在，可以先核对再保存。",
        ),
        "empty": QT_TRANSLATE_NOOP("ConflictDialog", "（空）"),
    },
)


class ConflictChoice(enum.Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ConflictRow:
    """One field the other person changed: its label and both values, as shown."""

    label: str
    theirs: str
    mine: str


class ConflictDialog(QDialog):
    """Lists ``rows``; ``choice`` says which button closed it (CANCEL by default)."""

    def __init__(
        self, rows: list[ConflictRow], changed_by: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(TEXT("title"))
        self.choice = ConflictChoice.CANCEL
        layout = QVBoxLayout(self)
        intro = QLabel(TEXT("intro", who=changed_by or TEXT("someone")))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([TEXT("field"), TEXT("theirs"), TEXT("mine")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for index, row in enumerate(rows):
            for column, value in enumerate((row.label, row.theirs, row.mine)):
                item = QTableWidgetItem(value or TEXT("empty"))
                item.setToolTip(value)
                self.table.setItem(index, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

        hint = QLabel(TEXT("hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)

        buttons = Buttons()
        self.keep_button = QPushButton(TEXT("keep_mine"))
        self.keep_button.setObjectName("keepMine")
        self.take_button = QPushButton(TEXT("take_theirs"))
        self.take_button.setObjectName("takeTheirs")
        self.cancel_button = QPushButton(TEXT("cancel"))
        self.cancel_button.setObjectName("cancelConflict")
        buttons.addButton(self.keep_button, Buttons.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, Buttons.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, Buttons.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.cancel_button.clicked.connect(lambda: self._choose(ConflictChoice.CANCEL))
        layout.addWidget(buttons)
        self.cancel_button.setDefault(True)
        self.resize(640, 360)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    def ask(self) -> ConflictChoice:
        """Show the dialog modally; the user's choice (Esc and closing mean CANCEL)."""
        self.choice = ConflictChoice.CANCEL
        self.exec()
        return self.choice
