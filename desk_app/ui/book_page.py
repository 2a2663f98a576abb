"""A book's screen: the shared ``RecordPage`` (list on the left, toolbar with 新建 Ctrl+N,
保存 Ctrl+S, 作废, 导出Excel, 刷新 F5) around a ``BookForm``, plus two helpers for the
forms' later-step buttons and status lines.

Used by the reception books, the dispatch slips, the rectification notices and the
reminder-slip cases; each screen keeps its own ``TEXT`` table and ``ListSpec``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from desk_app.screens.list_spec import ListSpec
from desk_app.screens.records import Voider
from desk_app.ui.book_form import BookForm
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.flow_layout import FlowLayout
from desk_app.ui.record_page import RecordPage


class BookPage(RecordPage):
    """List and form of one book."""

    def __init__(
        self, context: DeskContext, form: BookForm, spec: ListSpec, *, void: Voider | None = None
    ) -> None:
        super().__init__(context, spec, form, form.title, void=void)
        self.book_form = form
        form.title_label.hide()  # the page's heading already names the form


def make_button(row: FlowLayout, text: str, slot: Callable[[], None]) -> QPushButton:
    """A button at the end of a form's action row, hidden until a record shows it."""
    button = QPushButton(text)
    button.clicked.connect(slot)
    button.setVisible(False)
    row.addWidget(button)
    return button


def status_line(column: QVBoxLayout) -> QLabel:
    """A word-wrapped line under a form's fields (a saved record's state)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    column.addWidget(label)
    return label
