"""Child processes of the benchmarks that need a fresh interpreter (offscreen Qt).

    python bench/gui_child.py start  <database url>   # cold start: prints "shown"
    python bench/gui_child.py memory <database url>   # every list open: prints RSS MB
    python bench/gui_child.py startup <database url> <now> <login> <password> [instant]

``startup`` (issue 18) runs the program as ``desk-app --database URL`` does
(``desk_app.cli.run``, the real exit included) with the clock at ``now``; it prints
``sign_in_shown <unix time>`` when the sign-in dialog is painted, then signs in,
``sign_in_pressed <unix time>`` when it presses 登录 — at once with ``instant``, else
once the database is open behind the dialog, as a person still typing would —, and
``window_shown <unix time>`` when the main window with its first page is painted, then
``closing <unix time>`` and closes the window: the parent times the process's exit
from there.

``start`` follows ``desk_app.ui.app.run_gui`` up to the main window shown and its first
paint, then prints ``shown`` and exits; the parent times from spawning the process
to reading that line (interpreter start, imports, schema check, window, first paint).
``memory`` then visits every destination (each list reads its first page) and prints
the resident set size (VmRSS) in MB.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def startup(url: str, now: datetime, login: str, password: str, instant: bool) -> None:
    import time

    from PySide6.QtCore import QTimer

    import desk_app.bootstrap as bootstrap
    from desk_app.clock import Clock, FixedClock
    from desk_app.ui import app as app_module

    original = bootstrap.open_database

    def at_now(url: str | None = None, clock: Clock | None = None) -> Any:
        return original(url, clock=FixedClock(now))

    bootstrap.open_database = at_now  # type: ignore[assignment]

    def hook(stage: str, widget: Any) -> None:
        print(f"{stage} {time.time():.6f}", flush=True)
        if stage == "sign_in_shown":
            widget.login_box.setText(login)
            widget.password_box.setText(password)

            def press() -> None:
                print(f"sign_in_pressed {time.time():.6f}", flush=True)
                widget.try_sign_in()  # waits for the database if it is not open yet

            if instant:  # as fast as no person could: at once, waiting for the database
                QTimer.singleShot(0, press)
            else:  # a person typing: Enter once the worker is done (a second or two)
                timer = QTimer(widget)
                timer.timeout.connect(lambda: (timer.stop(), press()) if widget.starting.done else None)
                timer.start(5)
        elif stage == "window_shown":
            print(f"closing {time.time():.6f}", flush=True)
            widget.close()

    app_module.stage_hook = hook
    from desk_app.cli import run

    sys.argv = ["desk-app", "--database", url]
    run()


def serve(url: str, now: datetime, login: str, password: str) -> None:
    """The program running, signed in: ``ready``, then ``popup <unix time>`` each time a
    caller pop-up (``desk-app incoming-call``) has been painted; ``quit`` on stdin ends it."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    import desk_app.bootstrap as bootstrap
    from desk_app.clock import Clock, FixedClock
    from desk_app.ui import app as app_module
    from desk_app.ui.main_window import MainWindow

    original = bootstrap.open_database

    def at_now(url: str | None = None, clock: Clock | None = None) -> Any:
        return original(url, clock=FixedClock(now))

    bootstrap.open_database = at_now  # type: ignore[assignment]
    shown = MainWindow.incoming_call

    def incoming_call(self: MainWindow, phone: str) -> Any:
        dialog = shown(self, phone)
        if dialog is not None:
            app_module.after_first_paint(dialog, lambda: print(f"popup {time.time():.6f}", flush=True))
        return dialog

    MainWindow.incoming_call = incoming_call  # type: ignore[method-assign]
    stop = threading.Event()

    def read_stdin() -> None:
        for line in sys.stdin:
            if line.strip() == "quit":
                break
        stop.set()

    def hook(stage: str, widget: Any) -> None:
        if stage == "sign_in_shown":
            widget.login_box.setText(login)
            widget.password_box.setText(password)
            QTimer.singleShot(0, widget.try_sign_in)
        elif stage == "window_shown":
            timer = QTimer(widget)
            timer.timeout.connect(lambda: widget.close() if stop.is_set() else None)
            timer.start(100)
            threading.Thread(target=read_stdin, daemon=True).start()
            print("ready", flush=True)

    app_module.stage_hook = hook
    from desk_app.cli import run

    sys.argv = ["desk-app", "--database", url]
    run()


def main(argv: list[str]) -> int:
    mode, url = argv[0], argv[1]
    if mode == "serve":
        serve(url, datetime.fromisoformat(argv[2]), argv[3], argv[4])
    if mode == "startup":
        startup(url, datetime.fromisoformat(argv[2]), argv[3], argv[4], argv[5:6] == ["instant"])
    from desk_app.bootstrap import open_database
    from desk_app.clock import FixedClock
    from desk_app.ui.app import ensure_application
    from desk_app.ui.main_window import MainWindow

    app = ensure_application()
    now = datetime.fromisoformat(argv[2]) if len(argv) > 2 else None
    db, _ = open_database(url, clock=FixedClock(now) if now is not None else None)
    window = MainWindow(db)
    window.show()
    window.repaint()  # the first paint, synchronously
    app.processEvents()
    if mode == "start":
        print("shown", flush=True)
    elif mode == "memory":
        from desk_app.ui.navigation import all_destinations

        print(f"rss_start_mb {resident_mb():.1f}", flush=True)
        for destination in all_destinations():
            window.show_destination(destination.key)
            window.repaint()
            app.processEvents()
        print(f"rss_mb {resident_mb():.1f}", flush=True)
    else:
        raise SystemExit(f"unknown mode {mode}")
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
