"""Issue 18: the figures taken in fresh processes, each against its floor, the two spawned
alternately in one run (so both see the same machine load) and reported as a ratio.

- ``startup``: the program (``gui_child.py startup``: ``desk-app --database URL`` with the
  clock at the dataset's ``now``) to its sign-in dialog painted, and to the main window
  with its first page painted after signing in at once; against ``floor_window.py``, a
  bare PySide6 main window with a 50-row table, to its first paint. Also the time to
  quit: from the close request to the process's end.
- ``print_command``: ``desk-app print notice N`` (the whole process) against
  ``floor_print.py`` (ReportLab imported, the same font registered, one page drawn).
- ``incoming_call``: ``desk-app incoming-call NUMBER`` spawned next to a running window
  (``gui_child.py serve``): from spawning the command to the caller pop-up painted.

Times are wall-clock ``time.time()`` stamps printed by the children and compared with
the parent's stamp taken just before spawning.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from timing import Result

BENCH = Path(__file__).resolve().parent

TARGET_SIGN_IN_RATIO = 2.5
TARGET_WINDOW_RATIO = 4.0
TARGET_QUIT_MS = 300
TARGET_PRINT_RATIO = 2.0
TARGET_INCOMING_CALL_MS = 300


def _environment(instance: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DESK_APP_INSTANCE_NAME"] = instance
    return env


def _stamps(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, float], float]:
    """Spawn ``command``; its ``<name> <unix time>`` lines; the spawn and end times."""
    started = time.time()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    stamps: dict[str, float] = {}
    for line in process.stdout:
        parts = line.split()
        if len(parts) == 2:
            with contextlib.suppress(ValueError):
                stamps[parts[0]] = float(parts[1])
    process.wait(timeout=300)
    ended = time.time()
    if process.returncode != 0:
        raise RuntimeError(f"{command[1:3]} ended with {process.returncode}: {stamps}")
    return started, stamps, ended


def _ratio(samples: list[float], floors: list[float]) -> float:
    """The median of the run-by-run ratios (each program run against the floor run next to it)."""
    return statistics.median(value / floor for value, floor in zip(samples, floors, strict=True))


def signing_in(url: str) -> tuple[str, str]:
    """A receptionist of the dataset and the demo password every demo account has."""
    from sqlalchemy import create_engine, text

    from desk_app.demo.generator import DEMO_PASSWORD

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            login = connection.execute(
                text(
                    "SELECT login FROM staff WHERE active AND password_hash IS NOT NULL "
                    "AND must_change_password = :no ORDER BY role = 'receptionist' DESC, id LIMIT 1"
                ),
                {"no": False},
            ).scalar_one()
    finally:
        engine.dispose()
    return str(login), DEMO_PASSWORD


def bench_startup(url: str, now: str, runs: int, log: Any) -> list[Result]:
    """Three processes per run, one after the other: the floor, the program with a person
    signing in (登录 pressed once the database is open behind the dialog, as it is
    after typing a login and a password), and the program signing in at once (the
    worst case: the sign-in waits for the database to be opened).

    The time to the main window excludes only the person's typing: the time to the
    dialog plus the time from pressing 登录 to the window painted."""
    login, password = signing_in(url)
    env = _environment(f"desk-bench-start-{os.getpid()}")
    program = [sys.executable, str(BENCH / "gui_child.py"), "startup", url, now, login, password]
    floor_command = [sys.executable, str(BENCH / "floor_window.py")]
    floors: list[float] = []
    sign_ins: list[float] = []
    windows: list[float] = []
    instants: list[float] = []
    quits: list[float] = []
    for run in range(runs + 1):  # the first run warms the OS file cache; not counted
        started, stamps, _ended = _stamps(floor_command, env)
        floor = stamps["painted"] - started
        started, stamps, ended = _stamps(program, env)
        sign_in = stamps["sign_in_shown"] - started
        window = sign_in + stamps["window_shown"] - stamps["sign_in_pressed"]
        quit_seconds = ended - stamps["closing"]
        started, stamps, _ended = _stamps([*program, "instant"], env)
        instant = stamps["window_shown"] - started
        log(
            f"    run {run}: floor {floor * 1000:.0f} ms, sign-in dialog {sign_in * 1000:.0f} ms, "
            f"main window {window * 1000:.0f} ms (signing in at once: {instant * 1000:.0f} ms), "
            f"quit {quit_seconds * 1000:.0f} ms"
        )
        if run == 0:
            continue
        floors.append(floor)
        sign_ins.append(sign_in)
        windows.append(window)
        instants.append(instant)
        quits.append(quit_seconds)
    floor_ms = statistics.median(floors) * 1000
    return [
        Result("startup_floor_window", floor_ms, None, runs),
        Result(
            "startup_sign_in_dialog",
            statistics.median(sign_ins) * 1000,
            None,
            runs,
            extra={"floor_ms": round(floor_ms, 1), "ratio": round(_ratio(sign_ins, floors), 2)},
            ratio_target=TARGET_SIGN_IN_RATIO,
        ),
        Result(
            "startup_main_window",
            statistics.median(windows) * 1000,
            None,
            runs,
            extra={"floor_ms": round(floor_ms, 1), "ratio": round(_ratio(windows, floors), 2)},
            ratio_target=TARGET_WINDOW_RATIO,
        ),
        Result(
            "startup_main_window_signing_in_at_once",
            statistics.median(instants) * 1000,
            None,
            runs,
            extra={"floor_ms": round(floor_ms, 1), "ratio": round(_ratio(instants, floors), 2)},
        ),
        Result(
            "quit",
            statistics.median(quits) * 1000,
            TARGET_QUIT_MS,
            runs,
            extra={"max_ms": round(max(quits) * 1000, 1), "backup_running": False},
        ),
    ]


def notice_number(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            number = connection.execute(
                text(
                    "SELECT number FROM rectification_notice WHERE voided_at IS NULL ORDER BY id DESC LIMIT 1"
                )
            ).scalar_one()
    finally:
        engine.dispose()
    return str(number)


def bench_print_command(url: str, runs: int, log: Any) -> list[Result]:
    number = notice_number(url)
    env = _environment(f"desk-bench-print-{os.getpid()}")
    out = Path(tempfile.mkdtemp(prefix="desk-bench-print-"))
    program = [
        sys.executable,
        "-m",
        "desk_app",
        "--database",
        url,
        "print",
        "notice",
        number,
        "--out",
        str(out / "notice.pdf"),
    ]
    floor_command = [sys.executable, str(BENCH / "floor_print.py"), str(out / "floor.pdf")]
    floors: list[float] = []
    prints: list[float] = []
    for run in range(runs + 1):
        started, _, ended = _stamps(floor_command, env)
        floor = ended - started
        started, _, ended = _stamps(program, env)
        printed = ended - started
        log(f"    run {run}: floor {floor * 1000:.0f} ms, print notice {printed * 1000:.0f} ms")
        if run == 0:
            continue
        floors.append(floor)
        prints.append(printed)
    floor_ms = statistics.median(floors) * 1000
    return [
        Result("print_floor", floor_ms, None, runs),
        Result(
            "print_notice_command",
            statistics.median(prints) * 1000,
            None,
            runs,
            extra={
                "floor_ms": round(floor_ms, 1),
                "ratio": round(_ratio(prints, floors), 2),
                "number": number,
            },
            ratio_target=TARGET_PRINT_RATIO,
        ),
    ]


def caller_phone(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            phone = connection.execute(
                text("SELECT phone FROM client_phone ORDER BY id LIMIT 1 OFFSET 2345")
            ).scalar_one()
    finally:
        engine.dispose()
    return "".join(ch for ch in str(phone) if ch.isdigit())


def bench_incoming_call(url: str, now: str, runs: int, log: Any) -> list[Result]:
    login, password = signing_in(url)
    phone = caller_phone(url)
    env = _environment(f"desk-bench-call-{os.getpid()}")
    window = subprocess.Popen(
        [sys.executable, str(BENCH / "gui_child.py"), "serve", url, now, login, password],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert window.stdout is not None and window.stdin is not None
    samples: list[float] = []
    try:
        line = window.stdout.readline().split()
        if not line or line[0] != "ready":
            raise RuntimeError(f"the window did not start: {line}")
        for run in range(runs + 1):
            started = time.time()
            subprocess.run(
                [sys.executable, "-m", "desk_app", "incoming-call", "--no-start", phone],
                env=env,
                check=True,
                timeout=60,
            )
            reply = window.stdout.readline().split()
            if not reply or reply[0] != "popup":
                raise RuntimeError(f"no pop-up: {reply}")
            latency = float(reply[1]) - started
            log(f"    call {run}: {latency * 1000:.0f} ms")
            samples.append(latency)
        window.stdin.write("quit\n")
        window.stdin.flush()
        window.wait(timeout=900)  # a daily backup of the 1.2 GB copy may still be running
    finally:
        if window.poll() is None:
            window.kill()
    first, rest = samples[0], samples[1:]
    return [
        Result(
            "incoming_call_popup",
            statistics.median(rest) * 1000,
            TARGET_INCOMING_CALL_MS,
            runs,
            extra={"first_call_ms": round(first * 1000, 1), "max_ms": round(max(rest) * 1000, 1)},
        )
    ]
