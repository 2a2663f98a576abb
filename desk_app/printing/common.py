"""What the printouts share besides the layout: ``PrintError``.

Issue 17: a printout reads nothing; its caller gives it the data (a screen's sheet, the
centre's name, the zone, the files of its figures). The session helpers below are
transitional, kept only for the printouts still being moved off the session
(``printing.reminder_slips`` and ``printing.report_letter``); they go, with this
module's line in the ``.importlinter`` allow-list, when those two read through the
screens. Nothing else may call them.
"""

from __future__ import annotations

from datetime import date, tzinfo
from typing import TYPE_CHECKING

from desk_app.printing.errors import PrintError as PrintError  # re-exported

if TYPE_CHECKING:
    from reportlab.platypus import Flowable
    from sqlalchemy.orm import Session

    from desk_app.models import AttachmentOwner


def zone(session: Session) -> tzinfo:
    """Transitional (see the module docstring)."""
    from desk_app.services import context

    return context.zone(session)


def today(session: Session) -> date:
    """Transitional (see the module docstring)."""
    from desk_app.services.notices import community_today

    return community_today(session)


def centre(session: Session) -> str:
    """Transitional (see the module docstring): the centre's name as it heads every
    printout (设置：小区名称 + 物业服务中心)."""
    from desk_app.services.notices import centre_name

    return centre_name(session)


def attachments_section(
    session: Session, owner_kind: AttachmentOwner, owner_id: int, heading: str
) -> list[Flowable]:
    """Transitional (see the module docstring): ``figures.figures_section`` of the
    record's files, read here on the caller's session."""
    from desk_app.printing.figures import figures_section
    from desk_app.screens.attachments import printed_attachments

    return figures_section(printed_attachments(session, owner_kind, owner_id), heading)
