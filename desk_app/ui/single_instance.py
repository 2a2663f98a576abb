"""One running window per user, and the way other processes talk to it.

The running program listens on a QLocalServer whose name is derived from the user
(a Unix socket in the temporary folder, a named pipe on Windows), so two receptionists
on one terminal server each have their own. What arrives is one JSON object per
connection, a line of UTF-8:

- ``{"action": "show"}`` — a second ``desk-app`` start: the window comes forward;
- ``{"action": "incoming_call", "phone": "13800138000"}`` — ``desk-app incoming-call``
  (run by a telephony box or a USB caller-ID script): the 来电弹屏.

The sender does not wait for an answer: a connection that succeeds means a program is
listening, and the message is in the socket buffer when ``send_message`` returns.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

# The name, the messages and the foreground hand-over live in the Qt-free client
# (``desk-app incoming-call`` must not import Qt: issue 18); re-exported here.
from desk_app.instance_client import (
    ACTION_INCOMING_CALL,
    ACTION_SHOW,
    ENV_INSTANCE_NAME,
    incoming_call_message,
    server_name,
    show_message,
)
from desk_app.instance_client import allow_foreground as _allow_foreground

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
WRITE_TIMEOUT_MS = 2000
MAX_MESSAGE_BYTES = 64 * 1024


def send_message(message: dict[str, Any], name: str | None = None) -> bool:
    """Hand ``message`` to the running program; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    _allow_foreground()
    data = json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"
    socket.write(data)
    written = socket.waitForBytesWritten(WRITE_TIMEOUT_MS) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WRITE_TIMEOUT_MS)
    return bool(written)


class InstanceServer(QObject):
    """The listening side, in the running program: ``received`` carries each message,
    and the handler set with ``set_handler`` gets it; messages that arrive before there
    is a handler (the window is not open yet: sign-in, database upgrade) are held for it."""

    received = Signal(dict)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        # Only this user may connect (the socket file or pipe is not world-writable).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self._handler: Callable[[dict[str, Any]], None] | None = None
        self._held: list[dict[str, Any]] = []

    def set_handler(self, handler: Callable[[dict[str, Any]], None]) -> None:
        self._handler = handler
        held, self._held = self._held, []
        for message in held:
            handler(message)

    def listen(self) -> bool:
        """Start listening; a socket left by a program that crashed is removed first.
        False when another program of this user already listens (or the name is taken).

        Someone answering is asked first: with an access option Qt creates the socket
        elsewhere and renames it into place, which would silently take the name over."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def is_listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))
            # Data may have arrived (even the whole message) before the signals were connected.
            self._read(socket)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._finish(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll().data()))
        if len(buffer) > MAX_MESSAGE_BYTES:
            log.warning("instance message too long; dropped")
            self._buffers.pop(socket, None)
            socket.abort()
            socket.deleteLater()
            return
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            self._deliver(line)

    def _finish(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.pop(socket, None)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll().data()))
        for line in bytes(buffer).split(b"\n"):
            if line.strip():
                self._deliver(line)
        socket.deleteLater()

    def _deliver(self, line: bytes) -> None:
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("instance message is not JSON: %r", line[:200])
            return
        if not isinstance(message, dict) or not isinstance(message.get("action"), str):
            log.warning("instance message without an action: %r", message)
            return
        log.info("instance message: %s", message.get("action"))
        # Issue 15: handled from the event loop, never inside the socket's readyRead or
        # disconnected slot. The handler may open a modal question (the caller pop-up's
        # "save the unsaved entry?"); its nested event loop would delete the socket under
        # the slot still running, and Qt crashed (SIGSEGV in libQt6Core) on return.
        QTimer.singleShot(0, lambda: self._dispatch(message))

    def _dispatch(self, message: dict[str, Any]) -> None:
        self.received.emit(message)
        if self._handler is None:
            self._held.append(message)
        else:
            self._handler(message)


__all__ = [
    "ACTION_INCOMING_CALL",
    "ACTION_SHOW",
    "ENV_INSTANCE_NAME",
    "InstanceServer",
    "incoming_call_message",
    "send_message",
    "server_name",
    "show_message",
]
