"""Guard against the PySide6 6.12.0 bug that made the program abort after a day's work:
every call returning nothing dropped one reference to None ("Fatal Python error:
none_dealloc"). pyproject.toml keeps PySide6 below 6.12 until a release passes this."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("前台")
        app.processEvents()
    # Other threads may take or drop a few references meanwhile; the bug lost 4000.
    assert abs(sys.getrefcount(None) - before) < 100
