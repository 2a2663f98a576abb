"""The go-live checklist screen: what a centre still has to enter before real work."""

from __future__ import annotations

from desk_app.screens.base import Workspace
from desk_app.services.setup_checklist import ChecklistItem, checklist_complete, setup_checklist

__all__ = ["ChecklistItem", "checklist_complete", "read_checklist"]


def read_checklist(workspace: Workspace) -> list[ChecklistItem]:
    return workspace.read(setup_checklist)
