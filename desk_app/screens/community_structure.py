"""小区结构 community structure screen: areas, buildings and rooms, each change one unit
of work. Who may edit, and every check, are ``desk_app.services.community``'s."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from sqlalchemy.orm import Session

from desk_app.models.enums import RoomKind
from desk_app.screens.base import Workspace
from desk_app.services import community, references
from desk_app.services.community import AreaRow, BuildingRow, GenerateResult, RoomPlan, RoomRow

__all__ = ["AreaRow", "BuildingRow", "GenerateResult", "Kind", "RoomPlan", "RoomRow", "StructureScreen"]

#: what a change applies to
Kind = Literal["room", "building", "area"]

_VOID: dict[str, Callable[[Session, int, str], object]] = {
    "room": community.void_room,
    "building": community.void_building,
    "area": community.void_area,
}
_RESTORE: dict[str, Callable[[Session, int], object]] = {
    "room": community.restore_room,
    "building": community.restore_building,
    "area": community.restore_area,
}
_DELETE: dict[str, Callable[[Session, int], object]] = {
    "room": community.delete_room,
    "building": community.delete_building,
    "area": community.delete_area,
}


class StructureScreen:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- reads ---------------------------------------------------------------------------

    def may_edit(self) -> bool:
        return self.workspace.read(community.may_edit_structure)

    def tree(self) -> list[AreaRow]:
        return self.workspace.read(community.structure_tree)

    def rooms(self, building_id: int, include_voided: bool) -> list[RoomRow]:
        return self.workspace.read(
            lambda session: community.room_rows(session, building_id, include_voided=include_voided)
        )

    def staff_choices(self) -> list[tuple[int, str]]:
        return self.workspace.read(references.staff_choices)

    def area_name(self, area_id: int) -> str:
        return self.workspace.read(lambda session: community.load_area(session, area_id).name)

    # -- changes -------------------------------------------------------------------------

    def create_area(self, values: dict[str, Any]) -> int:
        return self.workspace.write(
            lambda session: community.create_area(session, values["name"], values["steward_id"]).id
        )

    def update_area(
        self, area_id: int, values: dict[str, Any], loaded: Mapping[str, Any] | None = None
    ) -> None:
        """``loaded``: the area as the form read it (a change since is a conflict)."""
        self.workspace.write(
            lambda session: community.update_area(
                session, area_id, name=values["name"], steward_id=values["steward_id"], loaded=loaded
            )
        )

    def create_building(self, values: dict[str, Any]) -> int:
        return self.workspace.write(
            lambda session: (
                community.create_building(session, values["code"], values["name"], values["area_id"]).id
            )
        )

    def update_building(
        self, building_id: int, values: dict[str, Any], loaded: Mapping[str, Any] | None = None
    ) -> None:
        """``loaded``: the building as the form read it (a change since is a conflict)."""
        self.workspace.write(
            lambda session: community.update_building(
                session,
                building_id,
                code=values["code"],
                name=values["name"],
                area_id=values["area_id"],
                loaded=loaded,
            )
        )

    def create_room(self, building_id: int, values: dict[str, Any]) -> int:
        kind: RoomKind = values["kind"]
        return self.workspace.write(
            lambda session: (
                community.create_room(
                    session,
                    building_id,
                    values["unit"],
                    values["number"],
                    floor=values["floor"],
                    area_m2=values["area_m2"],
                    kind=kind,
                ).id
            )
        )

    def update_room(
        self, room_id: int, values: dict[str, Any], loaded: Mapping[str, Any] | None = None
    ) -> None:
        """``loaded``: the room as the form read it (a change since is a conflict)."""
        self.workspace.write(
            lambda session: community.update_room(
                session,
                room_id,
                floor=values["floor"],
                area_m2=values["area_m2"],
                kind=values["kind"],
                loaded=loaded,
            )
        )

    def void(self, kind: str, record_id: int, reason: str) -> bool:
        self.workspace.write(lambda session: _VOID[kind](session, record_id, reason))
        return True

    def restore(self, kind: str, record_id: int) -> bool:
        self.workspace.write(lambda session: _RESTORE[kind](session, record_id))
        return True

    def delete(self, kind: str, record_id: int) -> bool:
        self.workspace.write(lambda session: _DELETE[kind](session, record_id))
        return True

    def generate(self, plan: RoomPlan, report: Callable[[int, int], None]) -> GenerateResult:
        return self.workspace.write(lambda session: community.generate(session, plan, report))
