"""上线检查清单 (issue 13): what a new centre still has to enter, item by item, with
已完成 / 未完成 and a button 打开 that takes the administrator to the screen that does it.

The dialog does not know the window: it is given ``open_item(target)`` (a navigation key
such as "settings", or an action key such as "roster_import") and ``available(target)``;
an item whose screen the window does not have gets a disabled button with a tooltip.
It stays open beside the window (not modal) and reads the list again whenever a record
is saved, so the marks follow the work. 不再自动显示 is kept per database in the user's
config folder (``setup-checklist.json``). Rules: ``desk_app.services.setup_checklist``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.setup_checklist import ChecklistItem, checklist_complete, read_checklist
from desk_app.services.errors import DomainError
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText
from desk_app.user_dirs import user_config_dir

log = logging.getLogger(__name__)

CONFIG_FILE = "setup-checklist.json"

TEXT = ScreenText(
    "SetupChecklist",
    {
        "title": QT_TRANSLATE_NOOP("SetupChecklist", "上线检查清单"),
        "hint": QT_TRANSLATE_NOOP(
            "SetupChecklist",
            "新中心开始接待前，请逐项完成下列设置。点“打开”转到相应的屏幕；完成后这里自动打勾。"
            "以后可在“帮助 → 上线检查清单”中再次打开。",
        ),
        "done": QT_TRANSLATE_NOOP("SetupChecklist", "✓ 已完成"),
        "not_done": QT_TRANSLATE_NOOP("SetupChecklist", "✗ 未完成"),
        "open": QT_TRANSLATE_NOOP("SetupChecklist", "打开"),
        "open_tip": QT_TRANSLATE_NOOP("SetupChecklist", "转到相应的屏幕"),
        "missing_tip": QT_TRANSLATE_NOOP(
            "SetupChecklist", "本版本还没有这个屏幕，请用命令行或稍后版本完成此项"
        ),
        "complete": QT_TRANSLATE_NOOP("SetupChecklist", "全部完成，可以开始接待登记。"),
        "left": QT_TRANSLATE_NOOP("SetupChecklist", "还有 {count} 项未完成。"),
        "no_auto": QT_TRANSLATE_NOOP("SetupChecklist", "不再自动显示(&N)"),
        "refresh": QT_TRANSLATE_NOOP("SetupChecklist", "刷新(&R)"),
        "unreadable": QT_TRANSLATE_NOOP("SetupChecklist", "无法读取检查清单：{detail}"),
    },
)

DONE_STYLE = "color: #1b5e20; font-weight: bold;"
NOT_DONE_STYLE = "color: #b3261e; font-weight: bold;"


# -- 不再自动显示, per database ----------------------------------------------------------------


def _read_config() -> dict[str, bool]:
    path = user_config_dir() / CONFIG_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    dismissed = data.get("dismissed") if isinstance(data, dict) else None
    return {str(key): bool(value) for key, value in dismissed.items()} if isinstance(dismissed, dict) else {}


def auto_show_dismissed(database: str) -> bool:
    """Whether 不再自动显示 was ticked for ``database`` (its display URL)."""
    return _read_config().get(database, False)


def set_auto_show_dismissed(database: str, dismissed: bool) -> None:
    config = _read_config()
    if dismissed:
        config[database] = True
    else:
        config.pop(database, None)
    path = user_config_dir() / CONFIG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"dismissed": config}, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError:
        log.warning("could not save %s", path, exc_info=True)


# -- the dialog -----------------------------------------------------------------------------------


class SetupChecklistDialog(QDialog):
    """The checklist (see the module docstring)."""

    def __init__(
        self,
        context: DeskContext,
        open_item: Callable[[str], None],
        available: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.open_item = open_item
        self.available = available
        self.items: list[ChecklistItem] = []
        self.setWindowTitle(TEXT("title"))
        self.setObjectName("setupChecklist")
        self.setModal(False)
        self.resize(760, 520)

        hint = QLabel(TEXT("hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.status_labels: dict[str, QLabel] = {}
        self.detail_labels: dict[str, QLabel] = {}
        self.open_buttons: dict[str, QPushButton] = {}

        self.no_auto_box = QCheckBox(TEXT("no_auto"))
        self.no_auto_box.setChecked(auto_show_dismissed(context.db.display_url))
        self.no_auto_box.toggled.connect(
            lambda checked: set_auto_show_dismissed(self.context.db.display_url, checked)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.refresh_button = buttons.addButton(TEXT("refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(TEXT("title")))
        layout.addWidget(hint)
        layout.addWidget(self.grid_holder)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.no_auto_box)
        layout.addWidget(buttons)

        context.recordSaved.connect(lambda _kind, _record_id: self.refresh())
        self.refresh()

    def _row_widgets(self, row: int, item: ChecklistItem) -> None:
        status = QLabel()
        title = QLabel(str(item.title))  # str(): the translated text, not the Chinese
        title.setStyleSheet("font-weight: bold;")
        detail = QLabel()
        detail.setWordWrap(True)
        button = QPushButton(TEXT("open"))
        button.setObjectName(f"open_{item.key}")
        button.clicked.connect(lambda _checked=False, target=item.target: self.open_item(target))
        self.grid.addWidget(status, row, 0)
        self.grid.addWidget(title, row, 1)
        self.grid.addWidget(detail, row, 2)
        self.grid.addWidget(button, row, 3)
        self.status_labels[item.key] = status
        self.detail_labels[item.key] = detail
        self.open_buttons[item.key] = button

    def refresh(self) -> None:
        try:
            items = read_checklist(self.context.workspace)
        except DomainError as error:
            self.summary.setText(TEXT("unreadable", detail=str(error).splitlines()[0]))
            return
        self.items = items
        for row, item in enumerate(items):
            if item.key not in self.status_labels:
                self._row_widgets(row, item)
            status = self.status_labels[item.key]
            status.setText(TEXT("done") if item.done else TEXT("not_done"))
            status.setStyleSheet(DONE_STYLE if item.done else NOT_DONE_STYLE)
            self.detail_labels[item.key].setText(str(item.detail))
            button = self.open_buttons[item.key]
            usable = self.available(item.target)
            button.setEnabled(usable)
            button.setToolTip(TEXT("open_tip") if usable else TEXT("missing_tip"))
        left = sum(not item.done for item in items)
        self.summary.setText(TEXT("complete") if left == 0 else TEXT("left", count=left))
        self.summary.setStyleSheet(DONE_STYLE if left == 0 else "")

    def is_complete(self) -> bool:
        return checklist_complete(self.items)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        first = next(
            (
                self.open_buttons[item.key]
                for item in self.items
                if not item.done and self.open_buttons[item.key].isEnabled()
            ),
            None,
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["SetupChecklistDialog", "auto_show_dismissed", "set_auto_show_dismissed"]
