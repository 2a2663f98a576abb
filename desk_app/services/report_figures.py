"""The figures of the R11 monthly reports, read in one unit of work (``report_figures``):
the rows and counts each report prints, as frozen values. ``desk_app.reports.data``
builds the documents from them and renders nothing of its own reading.

- 投诉/建议统计 (``statistics_figures``): the month's complaint figures (R8, R9) with each
  complaint's measures and result, and the suggestions;
- 业主公示汇总 (``owner_summary_figures``): counts only — complaints in the handbook's
  scope (``is_public_complaint``) by business line and neighbour disputes by type,
  handled or not — and the supervisor's measures with phone numbers, room numbers and
  every resident's name blanked (``redact``);
- 投诉分析报告 (``complaint_analysis_figures``): the month's counts, the 12-month trend,
  the typical cases and the supervisor's measures;
- 访谈分析 (``interview_figures``): the month's interviews by form, topic and
  satisfaction, safety advice given, quotas (R13q).

Complaint counts come from ``services.statistics`` and quotas from
``services.interviews``, so the reports and the dashboard count alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Client, Complaint, Dispute, Interview, MonthlyReportStatus, WorkLogEntry
from desk_app.models.enums import (
    BusinessLine,
    Category,
    ComplaintClass,
    ComplaintStatus,
    ContactForm,
    DisputeStatus,
    DisputeType,
    InterviewTopic,
    ReportKind,
    RootCause,
    SafetyAdvice,
    Satisfaction,
    Severity,
)
from desk_app.services import context, interviews, reminder_cases, statistics
from desk_app.services.deadlines import shift_month
from desk_app.services.settings import load_settings
from desk_app.services.statistics import ComplaintCounts

#: Typical cases listed in the complaint analysis.
TYPICAL_CASES = 5


def _month_bounds(session: Session, month: date) -> tuple[datetime, datetime]:
    zone = context.zone(session)
    return (
        datetime.combine(month, time(0), tzinfo=zone),
        datetime.combine(shift_month(month, 1), time(0), tzinfo=zone),
    )


def _stored_measures(session: Session, kind: ReportKind, month: date) -> str | None:
    return session.scalar(
        select(MonthlyReportStatus.measures).where(
            MonthlyReportStatus.kind == kind,
            MonthlyReportStatus.month == month,
            MonthlyReportStatus.voided_at.is_(None),
        )
    )


@dataclass(frozen=True)
class ComplaintLine:
    number: str
    received: date
    complaint_class: ComplaintClass | None
    business_line: BusinessLine | None
    root_cause: RootCause | None
    status: ComplaintStatus
    severity: Severity
    reopen_count: int
    people_count: int
    description: str
    resolution: str | None
    #: The home the complaint is about; None: a common part, not one home.
    room_id: int | None = None


#: Business lines whose work is on the common parts (public areas, order, greenery,
#: car parks): a complaint about them concerns every owner.
COMMON_LINES = frozenset(
    {BusinessLine.SECURITY, BusinessLine.CLEANING, BusinessLine.GREENING, BusinessLine.PARKING}
)


def is_public_complaint(line: ComplaintLine) -> bool:
    """The handbook's scope for the owners' notice (七、2: 共性和公共部位、公共利益投诉):
    a complaint about no particular home, one made by several residents (共性), one
    about the external environment or public facilities (三类), or one about a line
    that serves the common parts. Neighbour disputes are counted from their records."""
    return (
        line.room_id is None
        or line.people_count > 1
        or line.complaint_class is ComplaintClass.EXTERNAL
        or line.business_line in COMMON_LINES
    )


@dataclass(frozen=True)
class SuggestionLine:
    number: str
    received: date
    content: str
    result: str | None
    status_label: str


@dataclass(frozen=True)
class StatisticsFigures:
    month: date
    community: str
    counts: ComplaintCounts
    complaints: tuple[ComplaintLine, ...]
    suggestions: tuple[SuggestionLine, ...]
    praise: int


@dataclass(frozen=True)
class OwnerSummaryFigures:
    month: date
    community: str
    #: Who signs the notice (``reminder_cases.centre_name``: the signatory setting, else the
    #: community name followed by 物业服务中心, never twice).
    centre: str
    complaints: int
    complaints_handled: int
    #: business line → (received, handled)
    by_line: dict[BusinessLine | None, tuple[int, int]]
    disputes: int
    disputes_settled: int
    #: dispute type → (opened, settled or referred)
    by_dispute_type: dict[DisputeType, tuple[int, int]]
    measures: str | None


@dataclass(frozen=True)
class ComplaintAnalysisFigures:
    month: date
    community: str
    counts: ComplaintCounts
    trend: tuple[tuple[date, int], ...]
    typical: tuple[ComplaintLine, ...]
    measures: str | None


@dataclass(frozen=True)
class InterviewFigures:
    month: date
    community: str
    total: int
    move_in_visits: int
    by_form: dict[ContactForm, int]
    by_topic: dict[InterviewTopic, int]
    by_satisfaction: dict[Satisfaction | None, int]
    safety_advice: dict[SafetyAdvice, int]
    quotas: tuple[interviews.QuotaProgress, ...]

    @property
    def satisfaction_rate(self) -> float | None:
        """(Very) satisfied / interviews with a rating."""
        rated = sum(count for level, count in self.by_satisfaction.items() if level is not None)
        happy = self.by_satisfaction.get(Satisfaction.VERY_SATISFIED, 0) + self.by_satisfaction.get(
            Satisfaction.SATISFIED, 0
        )
        return happy / rated if rated else None


def _complaint_lines(session: Session, month: date) -> list[ComplaintLine]:
    start, end = _month_bounds(session, month)
    zone = context.zone(session)
    rows = session.scalars(
        select(Complaint)
        .where(Complaint.voided_at.is_(None), Complaint.received_at >= start, Complaint.received_at < end)
        .order_by(Complaint.received_at, Complaint.id)
    )
    return [
        ComplaintLine(
            number=row.number,
            received=row.received_at.astimezone(zone).date(),
            complaint_class=row.complaint_class,
            business_line=row.business_line,
            root_cause=row.root_cause,
            status=row.status,
            severity=row.severity,
            reopen_count=row.reopen_count,
            people_count=row.people_count,
            description=row.description,
            resolution=row.resolution,
            room_id=row.room_id,
        )
        for row in rows
    ]


def _month_counts(session: Session, month: date) -> ComplaintCounts:
    return statistics.complaint_statistics(session, month, month).months[month]


def statistics_figures(session: Session, month: date) -> StatisticsFigures:
    month = month.replace(day=1)
    start, end = _month_bounds(session, month)
    zone = context.zone(session)
    entries = session.scalars(
        select(WorkLogEntry)
        .where(
            WorkLogEntry.voided_at.is_(None),
            WorkLogEntry.category.in_([Category.SUGGESTION, Category.PRAISE]),
            WorkLogEntry.received_at >= start,
            WorkLogEntry.received_at < end,
        )
        .order_by(WorkLogEntry.received_at, WorkLogEntry.id)
    ).all()
    suggestions = tuple(
        SuggestionLine(
            number=entry.number,
            received=entry.received_at.astimezone(zone).date(),
            content=entry.content,
            result=entry.result,
            status_label=entry.status.label,
        )
        for entry in entries
        if entry.category is Category.SUGGESTION
    )
    return StatisticsFigures(
        month=month,
        community=load_settings(session).community_name,
        counts=_month_counts(session, month),
        complaints=tuple(_complaint_lines(session, month)),
        suggestions=suggestions,
        praise=sum(1 for entry in entries if entry.category is Category.PRAISE),
    )


def _handled(status: ComplaintStatus) -> bool:
    return status in (ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED, ComplaintStatus.CLOSED)


_PHONE = re.compile(r"(?<!\d)(?:1\d{10}|\d{3,4}-?\d{7,8}|\d{7,8})(?!\d)")
_ROOM = re.compile(
    r"\d{1,3}\s*(?:[-－]|栋|幢|座)\s*\d{1,2}\s*(?:[-－]|单元)\s*\d{2,5}(?:\s*室)?"
    r"|\d{1,3}(?:栋|幢|座)|\d{1,2}\s*单元|\d{2,5}\s*室"
)


def redact(text: str, names: Iterable[str]) -> str:
    """Phone numbers, room numbers and the given names blanked (owners' notice)."""
    result = _PHONE.sub("＊＊", text)
    result = _ROOM.sub("＊＊", result)
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        result = result.replace(name, "＊＊")
    return result


def _month_names(session: Session, start: datetime, end: datetime) -> set[str]:
    """Every resident's name (any month's complainant, any party) and the month's
    complainants and dispute parties, to blank them all."""
    names = {name for name in session.scalars(select(Client.name)) if name and len(name.strip()) >= 2}
    names |= set(
        session.scalars(
            select(Client.name)
            .join(Complaint, Complaint.client_id == Client.id)
            .where(Complaint.received_at >= start, Complaint.received_at < end)
        )
    )
    for column in (Dispute.complainant_client_id, Dispute.respondent_client_id):
        names.update(
            session.scalars(
                select(Client.name)
                .join(Dispute, column == Client.id)
                .where(Dispute.opened_at >= start, Dispute.opened_at < end)
            )
        )
    return names


def owner_summary_figures(session: Session, month: date, measures: str | None = None) -> OwnerSummaryFigures:
    month = month.replace(day=1)
    start, end = _month_bounds(session, month)
    lines = [line for line in _complaint_lines(session, month) if is_public_complaint(line)]
    by_line: dict[BusinessLine | None, tuple[int, int]] = {}
    for member in [*BusinessLine, None]:
        chosen = [line for line in lines if line.business_line is member]
        if chosen or member is not None:
            by_line[member] = (len(chosen), sum(1 for line in chosen if _handled(line.status)))
    disputes = session.execute(
        select(Dispute.dispute_type, Dispute.status).where(
            Dispute.voided_at.is_(None), Dispute.opened_at >= start, Dispute.opened_at < end
        )
    ).all()
    by_type = {
        kind: (
            sum(1 for row in disputes if row[0] is kind),
            sum(1 for row in disputes if row[0] is kind and row[1] is not DisputeStatus.OPEN),
        )
        for kind in DisputeType
    }
    text = measures if measures is not None else _stored_measures(session, ReportKind.OWNER_SUMMARY, month)
    return OwnerSummaryFigures(
        month=month,
        community=load_settings(session).community_name,
        centre=reminder_cases.centre_name(session),
        complaints=len(lines),
        complaints_handled=sum(1 for line in lines if _handled(line.status)),
        by_line=by_line,
        disputes=len(disputes),
        disputes_settled=sum(1 for row in disputes if row[1] is not DisputeStatus.OPEN),
        by_dispute_type=by_type,
        measures=redact(text, _month_names(session, start, end)) if text else None,
    )


def _typical(lines: Sequence[ComplaintLine]) -> tuple[ComplaintLine, ...]:
    """Major complaints first, then the most reopened, the most people, the earliest."""
    ranked = sorted(
        lines,
        key=lambda line: (
            line.severity is not Severity.MAJOR,
            -line.reopen_count,
            -line.people_count,
            line.number,
        ),
    )
    return tuple(ranked[:TYPICAL_CASES])


def complaint_analysis_figures(
    session: Session, month: date, measures: str | None = None
) -> ComplaintAnalysisFigures:
    month = month.replace(day=1)
    trend = statistics.complaint_trend(session, month, 12)
    return ComplaintAnalysisFigures(
        month=month,
        community=load_settings(session).community_name,
        counts=_month_counts(session, month),
        trend=tuple((point.month, point.total) for point in trend),
        typical=_typical(_complaint_lines(session, month)),
        measures=measures
        if measures is not None
        else _stored_measures(session, ReportKind.COMPLAINT_ANALYSIS, month),
    )


def interview_figures(session: Session, month: date) -> InterviewFigures:
    month = month.replace(day=1)
    rows = session.execute(
        select(
            Interview.form,
            Interview.topics,
            Interview.overall_satisfaction,
            Interview.safety_advice,
            Interview.is_move_in_visit,
        ).where(
            Interview.voided_at.is_(None),
            Interview.interview_date >= month,
            Interview.interview_date < shift_month(month, 1),
        )
    ).all()
    forms: Counter[ContactForm] = Counter(row[0] for row in rows)
    topics: Counter[str] = Counter(topic for row in rows for topic in row[1] or [])
    levels: Counter[Satisfaction | None] = Counter(row[2] for row in rows)
    advice: Counter[str] = Counter(item for row in rows for item in row[3] or [])
    return InterviewFigures(
        month=month,
        community=load_settings(session).community_name,
        total=len(rows),
        move_in_visits=sum(1 for row in rows if row[4]),
        by_form={form: forms.get(form, 0) for form in ContactForm},
        by_topic={topic: topics.get(topic.value, 0) for topic in InterviewTopic},
        by_satisfaction={level: levels.get(level, 0) for level in [*Satisfaction, None]},
        safety_advice={item: advice.get(item.value, 0) for item in SafetyAdvice},
        quotas=tuple(interviews.quota_progress(session, month)),
    )


#: The figures of one report, whichever kind.
Figures = StatisticsFigures | OwnerSummaryFigures | ComplaintAnalysisFigures | InterviewFigures


def report_figures(session: Session, kind: ReportKind, month: date, measures: str | None = None) -> Figures:
    """The figures of ``kind``'s report on ``month`` (``measures`` overrides the text
    stored with the report status, for the reports that print the supervisor's measures)."""
    month = month.replace(day=1)
    if kind is ReportKind.STATISTICS:
        return statistics_figures(session, month)
    if kind is ReportKind.OWNER_SUMMARY:
        return owner_summary_figures(session, month, measures)
    if kind is ReportKind.COMPLAINT_ANALYSIS:
        return complaint_analysis_figures(session, month, measures)
    return interview_figures(session, month)


__all__ = [
    "COMMON_LINES",
    "ComplaintAnalysisFigures",
    "ComplaintLine",
    "Figures",
    "InterviewFigures",
    "OwnerSummaryFigures",
    "StatisticsFigures",
    "SuggestionLine",
    "complaint_analysis_figures",
    "interview_figures",
    "is_public_complaint",
    "owner_summary_figures",
    "redact",
    "report_figures",
    "statistics_figures",
]
