"""The floor of start-up: a bare PySide6 main window with a 50-row table (issue 18).

    python bench/floor_window.py

Prints ``painted <unix time>`` after the window's first paint, then ``closing <unix
time>``, closes the window and exits. ``bench/run.py`` spawns it alternately with the
program (``gui_child.py startup``) and reports the program's times as ratios to this one.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)
        print(f"closing {time.time():.6f}", flush=True)
        self.window.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    table = QTableWidget(50, 4)
    for row in range(50):
        for column in range(4):
            table.setItem(row, column, QTableWidgetItem(f"行 {row + 1} 列 {column + 1}"))
    window.setCentralWidget(table)
    window.resize(1366, 768)
    FirstPaint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
