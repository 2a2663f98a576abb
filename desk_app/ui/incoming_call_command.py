"""``desk-app incoming-call NUMBER``: what a telephony box or a USB caller-ID script runs
when the telephone rings.

- The program of this user is running: it comes forward with the caller (来电弹屏);
  the command prints nothing and exits 0 at once.
- It is not running: the window is started with the caller shown (the command then
  runs as the program, until the window is closed) — the receptionist wants the call
  on the screen either way. With ``--no-start`` it prints a Chinese message and exits 1
  instead (for a script that must never open a window itself).
- The number is not a telephone number: a Chinese message, exit 2.

Issue 18: a thin client. Checking the number and handing it over import neither Qt nor
SQLAlchemy (``desk_app.instance_client`` speaks to the running window's local socket in
plain Python); only starting the window, when nothing is running, loads the program.
"""

from __future__ import annotations

import sys

from desk_app.instance_client import incoming_call_message, send
from desk_app.services.caller_number import normalise_phone
from desk_app.services.errors import FieldError

EXIT_OK = 0
EXIT_NOT_RUNNING = 1
EXIT_BAD_NUMBER = 2

TEXT = {
    "not_running": "前台 Desk 没有运行，来电 {phone} 未能弹屏。请先打开前台 Desk。",
}


def run_incoming_call_command(url: str | None, number: str, start: bool = True) -> int:
    try:
        phone = normalise_phone(number)
    except FieldError as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_NUMBER
    if send(incoming_call_message(phone)):
        return EXIT_OK  # the running window shows the caller
    if start:
        # nothing is running: start the window with the caller shown
        from desk_app.ui.app import run_gui

        return run_gui(url, incoming_call=phone)
    print(TEXT["not_running"].format(phone=phone), file=sys.stderr)
    return EXIT_NOT_RUNNING


__all__ = ["EXIT_BAD_NUMBER", "EXIT_NOT_RUNNING", "EXIT_OK", "run_incoming_call_command"]
