"""What a screen answers to from the keyboard: its Alt mnemonics and its shortcuts.

``screen_keys(window)`` walks what is visible in a window (the menu bar, the current
page, the current tab of every tab widget) and lists, per key, who answers it. Two
owners of one key is a clash: Qt then only cycles the focus between them (a mnemonic)
or does nothing at all (a shortcut), which is what the counter saw with Alt+P, Alt+F
and Alt+G (issue 15). A tool button whose text shows a letter ("作废(V)") that no key
reaches is reported too: the letter promises something the keyboard cannot do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")
_SHOWN_LETTER = re.compile(r"[(（]([A-Za-z0-9])[)）]")


def mnemonic_key(text: str) -> str | None:
    """ "联系电话(&P)" → "Alt+P"; None without a mnemonic ("&&" is a literal ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return f"Alt+{found.group(1).upper()}" if found else None


def _name(widget: QWidget | QAction, text: str) -> str:
    return f"{type(widget).__name__} {text!r}"


@dataclass
class ScreenKeys:
    owners: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    dead_letters: list[str] = field(default_factory=list)

    def add(self, key: str, owner: str) -> None:
        self.owners[key].append(owner)

    def clashes(self) -> dict[str, list[str]]:
        return {key: owners for key, owners in self.owners.items() if len(owners) > 1}


#: Also count widgets hidden now that a record's state shows (a saved record's step
#: buttons, 登记送达 beside 到场见证人): only other tabs' and other stacked pages'
#: widgets, and separate windows, are left out.
INCLUDE_HIDDEN = True


def _on_current_pages(widget: QWidget, top: QWidget) -> bool:
    child: QWidget | None = widget
    while child is not None and child is not top:
        parent = child.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return False
        child = parent
    return child is top


def _shown(widget: QWidget, top: QWidget) -> bool:
    """Shown in ``top`` (disabled counts: it clashes as soon as it is enabled)."""
    if widget is top or widget.isVisibleTo(top):
        return True
    return INCLUDE_HIDDEN and _on_current_pages(widget, top) and not widget.isWindow()


def _action_keys(action: QAction) -> list[str]:
    return [sequence.toString() for sequence in action.shortcuts() if not sequence.isEmpty()]


def screen_keys(window: QWidget) -> ScreenKeys:
    """Every key the visible part of ``window`` answers to, the menu bar included."""
    keys = ScreenKeys()
    seen_actions: set[int] = set()

    def add_action(action: QAction, where: str) -> None:
        if id(action) in seen_actions or not action.isVisible():
            return
        seen_actions.add(id(action))
        for key in _action_keys(action):
            keys.add(key, f"{where} action {action.text()!r}")

    if isinstance(window, QMainWindow):
        bar: QMenuBar = window.menuBar()
        for action in bar.actions():
            key = mnemonic_key(action.text())
            if key:
                keys.add(key, f"menu {action.text()!r}")
            menu = action.menu()
            if menu is not None:
                for item in menu.actions():
                    add_action(item, "menu")
    for action in window.actions():
        add_action(action, "window")

    top = window
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, window):
            continue
        for action in widget.actions():
            if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut or widget.hasFocus():
                add_action(action, type(widget).__name__)
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            action = widget.defaultAction()
            shown = _SHOWN_LETTER.search(widget.text())
            if shown and f"Alt+{shown.group(1).upper()}" not in _action_keys(action):
                keys.dead_letters.append(_name(widget, widget.text()))
            continue
        text = ""
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                key = mnemonic_key(widget.tabText(index))
                if key and widget.isTabEnabled(index) and widget.isTabVisible(index):
                    keys.add(key, f"tab {widget.tabText(index)!r}")
            continue
        key = mnemonic_key(text) if text else None
        if key:
            keys.add(key, _name(widget, text))
    for shortcut in top.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget) or not _shown(parent, window):
            continue
        for sequence in QShortcut.keys(shortcut):
            if not sequence.isEmpty():
                keys.add(sequence.toString(), f"QShortcut on {type(parent).__name__}")
    return keys
