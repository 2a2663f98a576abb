"""The figures of the R11 monthly reports, read in one unit of work, and the report
documents built from them (no Qt, no rendering).

- 投诉/建议统计 (``statistics``, for leadership, by the 25th): the month's complaint
  figures (R8, R9) with each complaint's measures and result, and the suggestions;
- 业主公示汇总 (``owner_summary``, for all owners, by the 30th): counts only — complaints
  by business line and neighbour disputes by type, handled or not — and the
  supervisor's measures with phone numbers, room numbers and every resident's name
  blanked. Only complaints in the handbook's scope are counted (``is_public_complaint``:
  no particular home, several residents, 三类, or a common-area line); no description
  is printed, because free text is where names, rooms and phones hide; an approval
  line, the centre's seal and a date close it;
- 投诉分析报告 (``complaint_analysis``): totals, trend by month (12 months), by class, by
  business line, by root cause 人机料法环 with sub-causes, closure and reopen rates,
  typical cases and the supervisor's measures;
- 访谈分析 (``interview_analysis``, by the 5th of the next month): the month's
  interviews by form, topic and satisfaction, safety advice given, quotas (R13q).

Figures come from ``services.statistics`` (complaints) and ``services.interviews``
(quotas) so the reports and the dashboard count alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
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
    RootCauseGroup,
    SafetyAdvice,
    Satisfaction,
    Severity,
)
from desk_app.reports.document import BarChart, Cell, ReportDocument, Section, table
from desk_app.services import context, interviews, notices, statistics
from desk_app.services.deadlines import shift_month
from desk_app.services.errors import FieldError
from desk_app.services.settings import load_settings
from desk_app.services.statistics import ComplaintCounts

#: Typical cases listed in the complaint analysis.
TYPICAL_CASES = 5
SUMMARY_LENGTH = 60
NOT_SET = "—"

REPORT_TITLES: dict[ReportKind, str] = {
    ReportKind.STATISTICS: "投诉/建议统计报告",
    ReportKind.OWNER_SUMMARY: "业主投诉及邻里纠纷处理情况公示",
    ReportKind.COMPLAINT_ANALYSIS: "投诉分析报告",
    ReportKind.INTERVIEW_ANALYSIS: "顾客访谈分析报告",
}


def parse_month(text: str) -> date:
    """``2026-10`` → 1 October 2026."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise FieldError("month", msg("月份格式应为 2026-10（收到“{text}”）", text=text))
    return date(int(match.group(1)), int(match.group(2)), 1)


def _month_bounds(session: Session, month: date) -> tuple[datetime, datetime]:
    zone = context.zone(session)
    return (
        datetime.combine(month, time(0), tzinfo=zone),
        datetime.combine(shift_month(month, 1), time(0), tzinfo=zone),
    )


def _summary(text: str | None, length: int = SUMMARY_LENGTH) -> str:
    stripped = " ".join((text or "").split())
    return stripped if len(stripped) <= length else stripped[: length - 1] + "…"


def _percent(rate: float | None) -> str:
    return NOT_SET if rate is None else f"{rate * 100:.1f}%"


def _label(member: Any) -> str:
    return member.label if member is not None else NOT_SET


def _stored_measures(session: Session, kind: ReportKind, month: date) -> str | None:
    return session.scalar(
        select(MonthlyReportStatus.measures).where(
            MonthlyReportStatus.kind == kind,
            MonthlyReportStatus.month == month,
            MonthlyReportStatus.voided_at.is_(None),
        )
    )


# -- figures -------------------------------------------------------------------------------


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
    #: Who signs the notice (``notices.centre_name``: the signatory setting, else the
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
        centre=notices.centre_name(session),
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


# -- documents -------------------------------------------------------------------------------


def _subtitle(community: str, month: date) -> str:
    return f"{community}　{month:%Y年%m月}"


def _count_rows(counts: dict[Any, int], total: int) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for member, count in counts.items():
        if member is None and count == 0:
            continue
        label = member.label if member is not None else "未填写"
        rows.append([label, count, _percent(count / total) if total else NOT_SET])
    return rows


def _counts_section(counts: ComplaintCounts) -> list[Any]:
    tables = []
    for title, header, mapping in (
        ("按投诉类别", "类别", counts.by_class),
        ("按专业", "专业", counts.by_business_line),
        ("按根因（人机料法环）", "根因", counts.by_root_cause_group),
    ):
        rows = _count_rows(dict(mapping), counts.total)
        tables.append(table(title, (header, "件数", "占比"), rows, (3, 1, 1)))
    return tables


def _chart(title: str, mapping: dict[Any, int]) -> BarChart:
    items = [(member, count) for member, count in mapping.items() if member is not None or count]
    return BarChart(
        title,
        tuple(member.label if member is not None else "未填写" for member, _ in items),
        tuple(count for _, count in items),
    )


def _overview(counts: ComplaintCounts, month: date) -> str:
    return (
        f"{month:%Y年%m月}共受理投诉 {counts.total} 件（涉及 {counts.people} 人次、{counts.times} 次），"
        f"已关闭 {counts.closed} 件，关闭率 {_percent(counts.closure_rate)}；"
        f"重新处理 {counts.reopened} 件（{counts.reopens} 次），重开率 {_percent(counts.reopen_rate)}；"
        f"重大投诉 {counts.major} 件。"
    )


def statistics_document(figures: StatisticsFigures) -> ReportDocument:
    counts = figures.counts
    complaint_rows = [
        [
            line.number,
            f"{line.received:%m-%d}",
            _label(line.complaint_class),
            _label(line.business_line),
            _label(line.root_cause),
            line.status.label,
            _summary(line.resolution, 40) if line.resolution else "处理中",
        ]
        for line in figures.complaints
    ]
    suggestion_rows = [
        [
            line.number,
            f"{line.received:%m-%d}",
            _summary(line.content, 40),
            _summary(line.result, 30) or NOT_SET,
            line.status_label,
        ]
        for line in figures.suggestions
    ]
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.STATISTICS],
        subtitle=_subtitle(figures.community, figures.month),
        sections=(
            Section(
                "一、投诉概况",
                paragraphs=(_overview(counts, figures.month),),
                tables=tuple(_counts_section(counts)),
                charts=(_chart("投诉专业分布", dict(counts.by_business_line)),),
            ),
            Section(
                "二、投诉处理措施及结果",
                tables=(
                    table(
                        "本月投诉明细",
                        ("编号", "日期", "类别", "专业", "根因", "状态", "处理措施及结果"),
                        complaint_rows,
                        (2.4, 1, 1, 1.3, 1.4, 1.1, 4.2),
                    ),
                ),
            ),
            Section(
                "三、建议及表扬",
                paragraphs=(f"本月收到建议 {len(figures.suggestions)} 条，表扬 {figures.praise} 次。",),
                tables=(
                    table(
                        "建议明细",
                        ("编号", "日期", "建议内容", "处理结果", "状态"),
                        suggestion_rows,
                        (2.4, 1, 4.5, 3, 1.2),
                    ),
                ),
            ),
        ),
        signatures=("制表人", "客服主管", "部门负责人审核"),
    )


def owner_summary_document(figures: OwnerSummaryFigures) -> ReportDocument:
    line_rows: list[list[Cell]] = [
        [member.label if member is not None else "其他（未分专业）", received, handled, received - handled]
        for member, (received, handled) in figures.by_line.items()
    ]
    dispute_rows: list[list[Cell]] = [
        [kind.label, opened, settled, opened - settled]
        for kind, (opened, settled) in figures.by_dispute_type.items()
    ]
    paragraphs = [
        "尊敬的各位业主、住户：",
        f"现将{figures.month:%Y年%m月}物业服务中心受理的涉及公共部位、公共利益的投诉及邻里纠纷处理情况公示如下。"
        f"本月共受理此类投诉 {figures.complaints} 件，已处理完毕 {figures.complaints_handled} 件，"
        f"其余 {figures.complaints - figures.complaints_handled} 件正在跟进处理中；"
        f"受理邻里纠纷 {figures.disputes} 起，已调处 {figures.disputes_settled} 起。",
        "为保护业主隐私，本公示不列出投诉人姓名、房号及联系方式。欢迎各位业主继续对我们的工作提出宝贵意见。",
    ]
    sections = [
        Section(
            "一、投诉处理情况",
            paragraphs=tuple(paragraphs),
            tables=(table("按专业统计", ("专业", "受理", "已处理", "跟进中"), line_rows, (3, 1, 1, 1)),),
        ),
        Section(
            "二、邻里纠纷调处情况",
            tables=(
                table("按纠纷类型统计", ("类型", "受理", "已调处", "跟进中"), dispute_rows, (3, 1, 1, 1)),
            ),
        ),
    ]
    if figures.measures:
        sections.append(Section("三、改进措施", paragraphs=tuple(figures.measures.splitlines())))
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.OWNER_SUMMARY],
        subtitle=_subtitle(figures.community, figures.month),
        sections=tuple(sections),
        signatures=("部门负责人审批",),
        seal=figures.centre,
    )


def complaint_analysis_document(figures: ComplaintAnalysisFigures) -> ReportDocument:
    counts = figures.counts
    cause_rows: list[list[Cell]] = []
    for group in RootCauseGroup:
        for cause in RootCause:
            if cause.group is group:
                count = counts.by_root_cause[cause]
                cause_rows.append(
                    [
                        group.label,
                        cause.label,
                        count,
                        _percent(count / counts.total) if counts.total else NOT_SET,
                    ]
                )
    unset = counts.by_root_cause[None]
    if unset:
        cause_rows.append(["未填写", "未填写", unset, _percent(unset / counts.total)])
    trend_rows: list[list[Cell]] = [[f"{month:%Y-%m}", total] for month, total in figures.trend]
    typical_rows: list[list[Cell]] = [
        [
            line.number,
            _label(line.business_line),
            _label(line.root_cause),
            line.severity.label,
            line.reopen_count,
            _summary(line.description, 40),
            _summary(line.resolution, 30) if line.resolution else "处理中",
        ]
        for line in figures.typical
    ]
    measures = tuple(figures.measures.splitlines()) if figures.measures else ("（主管尚未填写本月改进措施）",)
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.COMPLAINT_ANALYSIS],
        subtitle=_subtitle(figures.community, figures.month),
        sections=(
            Section(
                "一、投诉总量及趋势",
                paragraphs=(_overview(counts, figures.month),),
                tables=(table("近 12 个月投诉数", ("月份", "件数"), trend_rows, (2, 1)),),
                charts=(
                    BarChart(
                        "近 12 个月投诉数",
                        tuple(f"{month:%m}月" for month, _ in figures.trend),
                        tuple(total for _, total in figures.trend),
                    ),
                ),
            ),
            Section(
                "二、投诉分类",
                tables=tuple(_counts_section(counts)[:2]),
                charts=(
                    _chart("按投诉类别", dict(counts.by_class)),
                    _chart("按专业", dict(counts.by_business_line)),
                ),
            ),
            Section(
                "三、投诉根因分析（人机料法环）",
                tables=(
                    table("根因及细分原因", ("根因", "细分原因", "件数", "占比"), cause_rows, (1.2, 2, 1, 1)),
                ),
                charts=(_chart("按根因", dict(counts.by_root_cause_group)),),
            ),
            Section(
                "四、关闭率与重开率",
                paragraphs=(
                    f"关闭率 {_percent(counts.closure_rate)}"
                    f"（已关闭 {counts.closed} / 受理 {counts.total}）；"
                    f"重开率 {_percent(counts.reopen_rate)}"
                    f"（重新处理 {counts.reopened} 件，共 {counts.reopens} 次）。",
                ),
            ),
            Section(
                "五、典型案例",
                tables=(
                    table(
                        "典型案例",
                        ("编号", "专业", "根因", "程度", "重开次数", "投诉内容", "处理结果"),
                        typical_rows,
                        (2.4, 1.3, 1.5, 0.9, 1.1, 3.7, 3),
                    ),
                ),
            ),
            Section("六、改进措施", paragraphs=measures),
        ),
        signatures=("编制", "客服主管", "部门负责人审批"),
    )


def interview_document(figures: InterviewFigures) -> ReportDocument:
    def rows(mapping: dict[Any, int]) -> list[list[Cell]]:
        return [
            [
                member.label if member is not None else "未评价",
                count,
                _percent(count / figures.total) if figures.total else NOT_SET,
            ]
            for member, count in mapping.items()
            if member is not None or count
        ]

    quota_rows: list[list[Cell]] = [
        [line.name, line.role.label, line.quota, line.done, line.shortfall] for line in figures.quotas
    ]
    return ReportDocument(
        title=REPORT_TITLES[ReportKind.INTERVIEW_ANALYSIS],
        subtitle=_subtitle(figures.community, figures.month),
        sections=(
            Section(
                "一、访谈概况",
                paragraphs=(
                    f"{figures.month:%Y年%m月}共完成顾客访谈 {figures.total} 次，"
                    f"其中乔迁拜访 {figures.move_in_visits} 次；"
                    f"满意度（很满意及满意）{_percent(figures.satisfaction_rate)}。",
                ),
                tables=(
                    table("按访谈形式", ("形式", "次数", "占比"), rows(figures.by_form), (3, 1, 1)),
                    table("按访谈主题", ("主题", "次数", "占比"), rows(figures.by_topic), (3, 1, 1)),
                ),
                charts=(_chart("访谈主题", dict(figures.by_topic)),),
            ),
            Section(
                "二、顾客满意度",
                tables=(
                    table("总体满意度", ("满意度", "次数", "占比"), rows(figures.by_satisfaction), (3, 1, 1)),
                ),
                charts=(_chart("总体满意度", dict(figures.by_satisfaction)),),
            ),
            Section(
                "三、安全提示",
                tables=(
                    table(
                        "安全提示次数", ("提示内容", "次数", "占比"), rows(figures.safety_advice), (3, 1, 1)
                    ),
                ),
            ),
            Section(
                "四、访谈指标完成情况（R13q）",
                tables=(
                    table(
                        "每人访谈数", ("姓名", "岗位", "指标", "完成", "差额"), quota_rows, (2, 2, 1, 1, 1)
                    ),
                ),
            ),
        ),
        signatures=("编制", "客服主管"),
    )


def build_document(
    session: Session, kind: ReportKind, month: date, measures: str | None = None
) -> ReportDocument:
    """The document of ``kind``'s report on ``month`` (``measures`` overrides the text
    stored with the report status, for the reports that print the supervisor's measures)."""
    month = month.replace(day=1)
    if kind is ReportKind.STATISTICS:
        return statistics_document(statistics_figures(session, month))
    if kind is ReportKind.OWNER_SUMMARY:
        return owner_summary_document(owner_summary_figures(session, month, measures))
    if kind is ReportKind.COMPLAINT_ANALYSIS:
        return complaint_analysis_document(complaint_analysis_figures(session, month, measures))
    return interview_document(interview_figures(session, month))
