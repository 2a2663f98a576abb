"""Small read helpers the printouts share: names by id, the centre's name, the
community's zone and today. Read-only: nothing here writes."""

from __future__ import annotations

from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Client, ClientPhone, Department, Room, Staff
from desk_app.printing.errors import PrintError as PrintError  # re-exported
from desk_app.services import context
from desk_app.services.notices import centre_name, community_today


def zone(session: Session) -> tzinfo:
    return context.zone(session)


def today(session: Session) -> date:
    return community_today(session)


def centre(session: Session) -> str:
    """The centre's name as it heads every printout (设置：小区名称 + 物业服务中心)."""
    return centre_name(session)


def staff_name(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    return staff.name if staff is not None else None


def staff_phone(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    return staff.phone if staff is not None else None


def department_name(session: Session, department_id: int | None) -> str | None:
    if department_id is None:
        return None
    department = session.get(Department, department_id)
    return department.name if department is not None else None


def room_code(session: Session, room_id: int | None) -> str | None:
    if room_id is None:
        return None
    room = session.get(Room, room_id)
    return room.code if room is not None else None


def client_name(session: Session, client_id: int | None) -> str | None:
    if client_id is None:
        return None
    client = session.get(Client, client_id)
    return client.name if client is not None else None


def client_phone(session: Session, client_id: int | None) -> str | None:
    if client_id is None:
        return None
    return session.scalars(
        select(ClientPhone.phone).where(ClientPhone.client_id == client_id).order_by(ClientPhone.id).limit(1)
    ).first()
