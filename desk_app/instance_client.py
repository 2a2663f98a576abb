"""The sending side of the one-window-per-user channel, in plain Python (issue 18).

``desk-app incoming-call NUMBER`` runs while the telephone rings, in a fresh
interpreter: it must reach the running window in a few tens of milliseconds, so it
imports neither Qt nor SQLAlchemy. It speaks the same protocol as
``desk_app.ui.single_instance`` (one JSON object, a line of UTF-8, per connection) to
the ``QLocalServer`` of the running program:

- on Unix, a Unix-domain socket named ``<server name>`` in Qt's temporary folder
  (``$TMPDIR``, else ``/tmp``: what ``QDir::tempPath()`` answers);
- on Windows, the named pipe ``\\\\.\\pipe\\<server name>``.

The server name is derived from the user here, and the Qt side imports it from here.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: An explicit server name (tests; two test installations side by side).
ENV_INSTANCE_NAME = "DESK_APP_INSTANCE_NAME"
CONNECT_TIMEOUT_S = 1.0

ACTION_SHOW = "show"
ACTION_INCOMING_CALL = "incoming_call"


def _user() -> str:
    getuid = getattr(os, "getuid", None)
    if callable(getuid):
        return f"uid{getuid()}"
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        return os.environ.get("USERNAME", "user")


def server_name() -> str:
    """``desk-app-<hash of the user>``: short (Unix socket paths are limited) and without
    characters a pipe name cannot take."""
    configured = os.environ.get(ENV_INSTANCE_NAME, "").strip()
    if configured:
        return configured
    digest = hashlib.sha256(_user().encode("utf-8")).hexdigest()[:12]
    return f"desk-app-{digest}"


def socket_path(name: str) -> str:
    """Where Qt's ``QLocalServer.listen(name)`` puts its socket or pipe."""
    if sys.platform == "win32":
        return name if name.startswith("\\\\.\\pipe\\") else f"\\\\.\\pipe\\{name}"
    if name.startswith("/"):
        return name
    temp = os.environ.get("TMPDIR", "").rstrip("/") or "/tmp"  # Qt's own default
    return str(Path(temp) / name)


def allow_foreground() -> None:
    """Windows lets only the process the user works in bring a window forward: this
    one (started by the caller-ID box, or a second start) hands that right on, so the
    running window can come forward instead of only flashing in the taskbar."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        try:
            ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            log.debug("AllowSetForegroundWindow failed", exc_info=True)


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def send(message: dict[str, Any], name: str | None = None) -> bool:
    """Hand ``message`` to the running program; False when none is listening."""
    path = socket_path(name or server_name())
    data = encode(message)
    if sys.platform == "win32":
        try:
            with open(path, "wb", buffering=0) as pipe:
                allow_foreground()
                pipe.write(data)
        except OSError:
            return False
        return True
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(CONNECT_TIMEOUT_S)
        try:
            connection.connect(path)
            connection.sendall(data)
        except OSError:
            return False
    return True


def show_message() -> dict[str, Any]:
    return {"action": ACTION_SHOW}


def incoming_call_message(phone: str) -> dict[str, Any]:
    return {"action": ACTION_INCOMING_CALL, "phone": phone}


__all__ = [
    "ACTION_INCOMING_CALL",
    "ACTION_SHOW",
    "ENV_INSTANCE_NAME",
    "allow_foreground",
    "incoming_call_message",
    "send",
    "server_name",
    "show_message",
    "socket_path",
]
