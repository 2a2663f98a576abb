"""花名册/员工导入 the import wizards' work: read a spreadsheet into a plan, preview what
storing it would do, store it (with progress), and export the roster. The spreadsheet
services are imported when first used (openpyxl is not needed to open the window)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_app.screens.base import Workspace
from desk_app.screens.storage import storage_errors

Progress = Callable[[int, int], None]


def preview_roster_file(workspace: Workspace, path: Path, sheet: str | None) -> tuple[Any, dict[int, str]]:
    """The roster file read into a plan, and what storing each row would do."""
    from desk_app.services.roster import preview_roster, read_roster

    plan = read_roster(path, sheet)
    return plan, workspace.read(lambda session: preview_roster(session, plan))


def read_staff_file(path: Path, sheet: str | None) -> Any:
    from desk_app.services.staff_import import read_staff

    return read_staff(path, sheet)


def import_roster(workspace: Workspace, plan: Any, progress: Progress) -> Any:
    from desk_app.services.roster import import_roster_file

    with storage_errors():
        return import_roster_file(workspace.database, plan, actor_id=workspace.actor_id, progress=progress)


def import_staff(workspace: Workspace, plan: Any, progress: Progress) -> Any:
    from desk_app.services.staff_import import import_staff_file

    with storage_errors():
        return import_staff_file(workspace.database, plan, actor_id=workspace.actor_id, progress=progress)


def export_roster(workspace: Workspace, path: Path) -> int:
    """Write the roster as .xlsx (who may export, and the audit log says who did)."""
    from desk_app.services.roster import export_roster as write_roster

    return workspace.write(lambda session: write_roster(session, path))
