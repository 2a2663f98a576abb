"""The accelerator scheme of the window (issue 15), in one place.

* The menu bar owns Alt+F (文件), Alt+G (转到) and Alt+H (帮助) on every screen: no
  label, button, group box or tab of a page uses F, G or H as its mnemonic.
* Ctrl+1 … Ctrl+9 go to the first nine screens, F2 is a new work-log entry, Ctrl+L
  switches user, Ctrl+Q quits, F1 is About (all window-wide).
* A record screen's toolbar: 新建 Ctrl+N / Alt+N, 保存 Ctrl+S / Alt+S, 作废 Alt+V,
  导出Excel Alt+E, 刷新 F5, 修改历史 Ctrl+H; Ctrl+F puts the cursor in the list's
  search box; Ctrl+P prints what the screen prints.
* A tool button shows its action's text without the ``&`` (Qt reads a toolbar
  action's text as plain ``iconText``), so a letter such as "作废(V)" would reach
  nothing: ``MnemonicToolBar`` gives each action it shows the Alt+letter of its text
  as a shortcut. A test (tests/ui/test_accelerators.py) walks every screen and fails
  when one key has two owners.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionEvent, QKeySequence
from PySide6.QtWidgets import QToolBar

#: Alt+letters the menu bar owns on every screen.
MENU_BAR_LETTERS = frozenset("FGH")

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_letter(text: str) -> str | None:
    """ "作废(&V)…" → "V"; None without a mnemonic ("&&" is a literal ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def reach_mnemonic(action: QAction) -> None:
    """Add Alt+<the mnemonic letter of the action's text> to its shortcuts."""
    letter = mnemonic_letter(action.text())
    if letter is None:
        return
    sequence = QKeySequence(f"Alt+{letter}")
    shortcuts = list(action.shortcuts())
    if sequence not in shortcuts:
        action.setShortcuts([*shortcuts, sequence])


class MnemonicToolBar(QToolBar):
    """A toolbar whose buttons answer to the letter their text shows (see module doc)."""

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802 - Qt override
        super().actionEvent(event)
        if event.type() == QEvent.Type.ActionAdded:
            action = event.action()
            if action is not None:
                reach_mnemonic(action)
