"""The review corpus of printouts (issue 16): every kind of the printing registry rendered
from a small demo community, then again from edge records — one text field pasted full
(10 000 characters), clients named 王䶮 and 𠮷, hundreds of progress lines and dispute
steps. ``make printouts`` (scripts/printouts.py) turns it into page images for review;
tests/printing/test_corpus.py checks every PDF of it (fonts embedded, no character
without a glyph, the long text all there).

The edge records are the demo's own records with their fields overwritten (straight on
the models: the corpus is test data, not counter work).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from desk_app.models import (
    Client,
    Complaint,
    ComplaintProgress,
    DailyTally,
    DispatchSlip,
    Dispute,
    DisputeStep,
    FeeService,
    Interview,
    RectificationNotice,
    ReminderCase,
    ReminderSlip,
)
from desk_app.models.base import NumberedRecordMixin
from desk_app.models.database import Database
from desk_app.models.enums import ComplaintClass, DisputeParticipant, Severity
from desk_app.printing import glyphs, registry
from desk_app.screens.base import reading

#: The names of real people the main font cannot print (CJK Extension A and B).
RARE_NAMES = ("王䶮", "𠮷野家")
EDGE_LENGTH = 10_000
PROGRESS_LINES = 500
DISPUTE_STEPS = 300
#: A pasted owner's letter: Chinese prose with brackets, quotes and enumerations.
LETTER = (
    "尊敬的物业服务中心：本人系3栋2单元业主（自2019年入住），现就“地下车库（B2层）渗水”问题反映如下："
    "一、渗水已持续三个月；二、多次报修（见附件1、附件2）未果；三、车辆因此受损。请贵中心于本周内答复！"
)


def long_text(length: int = EDGE_LENGTH) -> str:
    """``length`` characters of numbered paragraphs (【第1段】…), so a reader sees any loss."""
    text = ""
    index = 0
    while len(text) < length:
        index += 1
        text += f"【第{index}段】{LETTER}\n"
    return text[:length]


@dataclass(frozen=True)
class Job:
    """One printout of the corpus: its file name, the registry kind and the number."""

    name: str
    kind: str
    number: str
    edge: bool = False


@dataclass(frozen=True)
class Printout:
    job: Job
    pdf: bytes
    #: characters no font could print (named in the preview; the corpus wants none)
    missing: tuple[str, ...]


def _first_number(
    session: Session, model: type[NumberedRecordMixin], *where: ColumnElement[bool]
) -> str | None:
    statement = select(model.number).where(model.voided_at.is_(None), *where).order_by(model.id)
    number = session.scalars(statement).first()
    return str(number) if number is not None else None


def _busiest_dispute(session: Session) -> str | None:
    number = session.scalars(
        select(Dispute.number)
        .join(DisputeStep, DisputeStep.dispute_id == Dispute.id)
        .where(Dispute.voided_at.is_(None))
        .group_by(Dispute.id, Dispute.number)
        .order_by(func.count(DisputeStep.id).desc(), Dispute.id)
    ).first()
    return str(number) if number is not None else _first_number(session, Dispute)


def demo_jobs(session: Session) -> list[Job]:
    """One record of each registry kind from the demo (a kind the demo has no record for
    is left out: the corpus test then fails naming it)."""
    day = session.scalars(select(DailyTally.day).order_by(DailyTally.day.desc())).first()
    numbers: dict[str, str | None] = {
        "notice": _first_number(session, RectificationNotice),
        "notice-report": _first_number(session, RectificationNotice),
        "slip": _first_number(session, ReminderCase),
        "dispatch": _first_number(session, DispatchSlip),
        "complaint": _first_number(session, Complaint),
        "developer-notice": _first_number(
            session, Complaint, Complaint.complaint_class == ComplaintClass.DEVELOPER
        ),
        "dossier": _first_number(session, Complaint, Complaint.severity == Severity.MAJOR),
        "interview": _first_number(session, Interview, Interview.client_needs.is_not(None)),
        "dispute": _busiest_dispute(session),
        "receipt": _first_number(session, FeeService),
        "tally": day.isoformat() if day is not None else None,
        "channels": "",
    }
    return [Job(kind, kind, number) for kind, number in numbers.items() if number is not None]


def _rename(session: Session, client_id: int | None, name: str) -> None:
    client = session.get(Client, client_id) if client_id is not None else None
    if client is not None:
        client.name = name


def make_edge_records(session: Session, jobs: list[Job]) -> list[Job]:
    """Overwrite the demo records of ``jobs`` into edge records; their jobs again (named
    ``<kind>-edge``). The tally and the channels print no record field: no edge job."""
    text = long_text()
    by_kind = {job.kind: job.number for job in jobs}
    edge: list[Job] = []

    def record(model: type[NumberedRecordMixin], kind: str) -> NumberedRecordMixin | None:
        number = by_kind.get(kind)
        if number is None:
            return None
        return session.scalars(select(model).where(model.number == number)).one()

    notice = record(RectificationNotice, "notice")
    if isinstance(notice, RectificationNotice):
        notice.issue_description = text
        notice.required_action = text
        _rename(session, notice.client_id, RARE_NAMES[0])
        edge += [Job("notice-edge", "notice", notice.number, True)]
        edge += [Job("notice-report-edge", "notice-report", notice.number, True)]
    case = record(ReminderCase, "slip")
    if isinstance(case, ReminderCase):
        slip = session.scalars(
            select(ReminderSlip).where(ReminderSlip.case_id == case.id).order_by(ReminderSlip.sequence.desc())
        ).first()
        if slip is not None:
            slip.text = text
        edge.append(Job("slip-edge", "slip", case.number, True))
    dispatch = record(DispatchSlip, "dispatch")
    if isinstance(dispatch, DispatchSlip):
        dispatch.content = text
        dispatch.contact_name = RARE_NAMES[1]
        edge.append(Job("dispatch-edge", "dispatch", dispatch.number, True))
    for kind in ("complaint", "developer-notice", "dossier"):
        complaint = record(Complaint, kind)
        if not isinstance(complaint, Complaint):
            continue
        complaint.description = text
        _rename(session, complaint.client_id, RARE_NAMES[0])
        staff_id = complaint.handler_id or complaint.created_by_id
        for index in range(PROGRESS_LINES):
            session.add(
                ComplaintProgress(
                    complaint_id=complaint.id,
                    at=complaint.received_at + timedelta(minutes=30 * index + 5),
                    staff_id=staff_id,
                    action=f"第{index + 1}次跟进（电话）：已告知业主{RARE_NAMES[1]}处理进度。",
                    client_informed=True,
                )
            )
        edge.append(Job(f"{kind}-edge", kind, complaint.number, True))
    interview = record(Interview, "interview")
    if isinstance(interview, Interview):
        interview.client_needs = text
        edge.append(Job("interview-edge", "interview", interview.number, True))
    dispute = record(Dispute, "dispute")
    if isinstance(dispute, Dispute):
        dispute.description = text
        _rename(session, dispute.complainant_client_id, RARE_NAMES[0])
        _rename(session, dispute.respondent_client_id, RARE_NAMES[1])
        start: datetime = dispute.opened_at
        bodies = list(DisputeParticipant)
        for index in range(DISPUTE_STEPS):
            session.add(
                DisputeStep(
                    dispute_id=dispute.id,
                    at=start + timedelta(hours=index + 1),
                    staff_id=dispute.handler_id,
                    action=f"第{index + 1}次协调：约双方到客服中心面谈（{RARE_NAMES[0]}到场）",
                    participants=[bodies[index % len(bodies)].value],
                    result="双方各执一词，需继续协调",
                )
            )
        edge.append(Job("dispute-edge", "dispute", dispute.number, True))
    fee = record(FeeService, "receipt")
    if isinstance(fee, FeeService):
        fee.description = text[:255]
        fee.payer_name = "".join(RARE_NAMES)
        edge.append(Job("receipt-edge", "receipt", fee.number, True))
    return edge


def render_job(session: Session, job: Job) -> Printout:
    with glyphs.collect_missing() as missing:
        pdf = registry.print_kind(job.kind).render_number(reading(session), job.number)
    return Printout(job, pdf, tuple(missing))


def ensure_major_complaint(session: Session) -> None:
    """A small demo may have no major complaint (重大投诉, the dossier's kind): the first
    developer complaint, else the first complaint, becomes one."""
    if _first_number(session, Complaint, Complaint.severity == Severity.MAJOR) is not None:
        return
    complaint = session.scalars(
        select(Complaint)
        .where(Complaint.voided_at.is_(None))
        .order_by((Complaint.complaint_class == ComplaintClass.DEVELOPER).desc(), Complaint.id)
    ).first()
    if complaint is not None:
        complaint.severity = Severity.MAJOR


def render_corpus(db: Database, *, edge: bool = True) -> Iterator[Printout]:
    """Every kind from the demo in ``db`` (generated by the caller), then, with ``edge``,
    every kind again from the edge records (this overwrites the demo's records)."""
    with db.begin() as session:
        ensure_major_complaint(session)
    with db.read() as session:
        jobs = demo_jobs(session)
        for job in jobs:
            yield render_job(session, job)
    if not edge:
        return
    with db.begin() as session:
        edge_jobs = make_edge_records(session, jobs)
    with db.read() as session:
        for job in edge_jobs:
            yield render_job(session, job)
