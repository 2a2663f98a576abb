"""Keeping secrets out of files others can read (issue 19).

- ``scrub``: password hashes (``scrypt$…``), passwords in database URLs
  (``postgresql://user:secret@host``) and ``password=…`` pairs in a text are masked;
  ``ScrubbingFormatter`` applies it to every log line, tracebacks and SQL parameters
  included, so a failing save of a staff account cannot write its hash to the log.
- ``private_file`` / ``private_folder``: on POSIX, files 0600 and folders 0700 (the log,
  the database, its backups, ``database.json``); nothing on Windows, where the user
  profile folders are already private.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

MASK = "***"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # scrypt$n$r$p$salt$hash as hashed by services.accounts (and any $-joined tail)
    (
        re.compile(r"scrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[A-Za-z0-9+/=_-]*(\$[A-Za-z0-9+/=_-]*)?"),
        f"scrypt${MASK}",
    ),
    # user:password@ in URLs
    (
        re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s'\"]*:)[^@\s'\"]+(?=@)", re.IGNORECASE),
        rf"\g<head>{MASK}",
    ),
    # password=…, password: …, 'password_hash': '…' (quoted or not)
    (
        re.compile(
            r"(?P<key>['\"]?\b(?:password|passwd|pwd|password_hash|new_password|old_password)\b['\"]?"
            r"\s*[:=]\s*)(?P<quote>['\"]?)[^'\"\s,)}]+(?P=quote)",
            re.IGNORECASE,
        ),
        rf"\g<key>\g<quote>{MASK}\g<quote>",
    ),
)


def scrub(text: str) -> str:
    """``text`` with every secret the patterns know masked."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """A formatter whose output (message, traceback, stack) never holds a secret."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700 on POSIX; the path."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            path.chmod(0o700)
        except OSError:
            logging.getLogger(__name__).warning("cannot make %s private", path)
    return path


def private_file(path: Path) -> Path:
    """Make an existing file (and its -wal/-shm companions) 0600 on POSIX; the path."""
    if os.name != "posix":
        return path
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(f"{path}{suffix}")
        try:
            if candidate.exists():
                candidate.chmod(0o600)
        except OSError:
            logging.getLogger(__name__).warning("cannot make %s private", candidate)
    return path


def private_umask() -> None:
    """From now on this process creates files 0600 and folders 0700 (POSIX)."""
    if os.name == "posix":
        os.umask(0o077)


__all__ = ["MASK", "ScrubbingFormatter", "private_file", "private_folder", "private_umask", "scrub"]
