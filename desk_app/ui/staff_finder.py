"""Type-to-find in a staff box (issue 15): with the box focused, typing ``zs``,
``zhang`` or ``张`` selects 张三 — by the pinyin initials, the full pinyin or the
name. Letters typed within a second add up ("z", then "zs"); Backspace takes one back.
The boxes list people as "name · department", by pinyin (``references.staff_entries``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

#: The item role holding what an entry is found by (``StaffChoice.search_key``).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 20
#: Typing pauses longer than this start a new search.
TYPING_PAUSE_MS = 1000


def _search_key(combo: QComboBox, index: int) -> str:
    stored = combo.itemData(index, SEARCH_ROLE)
    if isinstance(stored, str):
        return stored
    from desk_app.services.clients import name_initials, name_pinyin

    name = combo.itemText(index).split(" · ")[0]
    key = "\n".join((name_initials(name), name_pinyin(name), name.lower()))
    combo.setItemData(index, key, SEARCH_ROLE)
    return key


def find_staff(combo: QComboBox, typed: str) -> int:
    """The first entry whose initials, pinyin or name starts with ``typed`` (then one
    whose name contains it); -1 when none does. The empty first entry never matches."""
    wanted = typed.lower()
    contains = -1
    for index in range(combo.count()):
        if combo.itemData(index) is None:
            continue
        lines = _search_key(combo, index).split("\n")
        if any(line.startswith(wanted) for line in lines):
            return index
        if contains < 0 and wanted in combo.itemText(index).lower():
            contains = index
    return contains


class StaffFinder(QObject):
    """The event filter behind ``make_findable``."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.typed = ""
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.reset)
        combo.installEventFilter(self)

    def reset(self) -> None:
        self.typed = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.combo or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if event.key() == Qt.Key.Key_Backspace and self.typed:
            self.typed = self.typed[:-1]
        else:
            text = event.text()
            if not text or not text.isprintable() or text.isspace():
                return False
            self.typed += text
        self._pause.start()
        if self.typed:
            found = find_staff(self.combo, self.typed)
            if found >= 0:
                self.combo.setCurrentIndex(found)
        return True


def make_findable(combo: QComboBox) -> StaffFinder:
    """Type-to-find by name, initials or pinyin in ``combo`` (filled with staff)."""
    existing = combo.findChild(StaffFinder)
    return existing if isinstance(existing, StaffFinder) else StaffFinder(combo)
