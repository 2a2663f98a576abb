"""The program the crash test kills (tests/test_crash_safety.py).

``python tests/crash_writer.py URL STAFF_ID`` imports the services once, then reads
commands on stdin; it answers on stdout, one line each, flushed:

- ``run R`` forks a writer and answers ``pid R PID``; the writer records work-log entries
  ("崩溃测试 R-N") through the services, one unit of work each, and prints ``done R N``
  after each commit returned — until it is killed;
- ``reap R`` waits for that writer to be gone and answers ``reaped R`` (every line the
  writer printed is in the pipe before this one);
- ``quit`` ends.

Forking from one process that has already imported everything keeps 50 kills well
under a minute; every writer is still a separate process with its own connections,
killed with SIGKILL in the middle of whatever it was doing.
"""

from __future__ import annotations

import os
import sys

from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel
from desk_app.services import worklog


def write_until_killed(url: str, staff_id: int, run: int) -> None:
    db = Database(url)
    number = 0
    while True:
        with db.begin(actor_id=staff_id) as session:
            worklog.record_entry(
                session,
                channel=Channel.CALL,
                category=Category.ENQUIRY,
                content=f"崩溃测试 {run}-{number}",
                taken_by_id=staff_id,
            )
        # One write(2) of less than PIPE_BUF bytes: the line arrives whole or not at all.
        os.write(1, f"done {run} {number}\n".encode())
        number += 1


def main() -> None:
    url, staff_id = sys.argv[1], int(sys.argv[2])
    children: dict[int, int] = {}
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "run":
            run = int(argument)
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                try:
                    write_until_killed(url, staff_id, run)
                finally:
                    os._exit(1)
            children[run] = pid
            print(f"pid {run} {pid}", flush=True)
        elif command == "reap":
            run = int(argument)
            os.waitpid(children.pop(run), 0)
            print(f"reaped {run}", flush=True)
        elif command == "quit":
            break


if __name__ == "__main__":
    main()
