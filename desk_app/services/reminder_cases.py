"""Reminder slips 温馨提示 (SPEC 2.7, R14).

A reminder-slip case is one problem at one place (a pair of shoes in a corridor, a flower
pot on a balcony rail). It is worked through its slips, each checked once::

    open ─▶ first slip ─unheeded─▶ second slip ─unheeded─▶ third slip ─unheeded─┐
               │                       │                       │                │
               └───────heeded──────────┴───────heeded──────────┴──▶ resolved    │
                                                                                 ▼
    corridor clutter: clearance allowed ──clear (legal risk confirmed)──▶ cleared
    other kinds:      slips exhausted (listed for referral) ──close──▶ resolved

- R14 allows clearance only for corridor clutter (楼道堆物): nobody can "clear" a noise or
  a pet. Other kinds stop after three slips and are listed until someone records what
  happened next (a neighbour-dispute record, a rectification notice, the 居委会).
- A repeat offence after a clearance (same room, or same place when no room is known)
  may be cleared at once: the new case starts as "clearance allowed" with one slip that
  says so (the seed handbook: 若其再次违反，当即清理).
- A later check that finds the place in order resolves any open case, even after the
  third slip: clearance is a permission, never an obligation.
- High-altitude-throwing slips are signed by 居委会/社区工作站, 业委会 and 物业服务中心
  together, never by the centre alone; the three names are settings.

The lifecycle's steps are one guard table (``GUARDS``): the mutators refuse through it,
and ``available_steps`` (the screen's buttons) reports from it, so a button never
disagrees with the rule (issue 17).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import ClearedItem, ReminderCase, ReminderSlip, Room, Setting
from desk_app.models.enums import ReminderCaseStatus, ReminderKind, StaffRole
from desk_app.resources import resource_path
from desk_app.services import context
from desk_app.services.errors import DomainError, FieldError, NotFoundError, RuleViolationError
from desk_app.services.guards import GuardTable, Step, roles
from desk_app.services.permissions import checked
from desk_app.services.settings import COMMUNITY_NAME, SettingError
from desk_app.services.signatories import (
    DEFAULT_RESIDENTS_COMMITTEE,
    SIGNATORY_CENTRE,
    SIGNATORY_OWNERS_COMMITTEE,
    SIGNATORY_RESIDENTS_COMMITTEE,
    centre_name_from,
    owners_committee_from,
    signatory_text,
)
from desk_app.services.text import optional_text, required_text

__all__ = [
    "CLEARABLE_KINDS",
    "CLOSED_CASE_STATUSES",
    "GUARDS",
    "MAX_SLIPS",
    "REMINDER_CHECK_DAYS",
    "SIGNATORY_CENTRE",
    "SIGNATORY_OWNERS_COMMITTEE",
    "SIGNATORY_RESIDENTS_COMMITTEE",
    "SLIP_STATUSES",
    "STEPS",
    "DueReminderCase",
    "LegalRiskWarning",
    "ReminderDue",
    "SlipTemplates",
    "available_steps",
    "cases_due_for_check",
    "centre_name",
    "claim_item",
    "clear_items",
    "close_without_clearance",
    "find_cleared_item",
    "load_case",
    "load_slip_templates",
    "open_case",
    "owners_committee_name",
    "record_check",
    "slip_signatories",
    "slip_templates",
    "slip_text",
    "slips_exhausted",
    "void_case",
]

log = logging.getLogger(__name__)

# -- settings read here (keys are new; the settings dialog stores them as plain JSON) ------

#: Calendar days between a slip and its check (a positive integer).
REMINDER_CHECK_DAYS = "reminder_check_days"

#: Three calendar days per slip: with three slips an item is cleared nine days at the
#: earliest, which outlasts a Golden Week away from home. Clearing a traveller's things
#: after three one-day slips is the legal risk the handbook warns about (慎重).
DEFAULT_CHECK_DAYS = 3

#: R14: up to three slips per case.
MAX_SLIPS = 3
#: R14: only corridor clutter may be cleared by the centre.
CLEARABLE_KINDS = frozenset({ReminderKind.CORRIDOR_CLUTTER})
SLIP_STATUSES = {
    1: ReminderCaseStatus.FIRST_SLIP,
    2: ReminderCaseStatus.SECOND_SLIP,
    3: ReminderCaseStatus.THIRD_SLIP,
}
CLOSED_CASE_STATUSES = frozenset({ReminderCaseStatus.RESOLVED, ReminderCaseStatus.CLEARED})
#: Voiding a case is for a supervisor or department head (as for complaints).
VOIDING_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})

# -- slip texts ---------------------------------------------------------------------------

#: The administrator-editable slip texts; a missing or broken entry falls back to the
#: generic text below (logged), so a bad edit never stops a slip from being posted.
SLIP_TEXTS_NAME = "slip_texts.json"
_PLACEHOLDERS = {"location": "3栋2单元12楼", "deadline": "11月26日", "reminder": "", "kind": "楼道堆物"}
_GENERIC_BODY = (
    "尊敬的业主/住户：\n"
    "　　您好！我们发现{location}存在{kind}方面的问题。"
    "为了您和他人的安全，请于{deadline}前自行处理。{reminder}\n"
    "　　感谢您的理解与配合！"
)


@dataclass(frozen=True)
class SlipTemplates:
    """The texts a slip is made from. ``kinds`` and ``repeat_clearance`` take the
    placeholders {location}, {deadline}, {reminder}, {kind}."""

    kinds: Mapping[ReminderKind, str]
    second: str
    third: str
    third_clearance: str
    repeat_clearance: str

    def body(self, kind: ReminderKind) -> str:
        return self.kinds.get(kind, _GENERIC_BODY)


FALLBACK_TEMPLATES = SlipTemplates(
    kinds={kind: _GENERIC_BODY for kind in ReminderKind},
    second="此前张贴的温馨提示至今尚未得到处理，现第二次提示。",
    third="此前已两次张贴温馨提示，现第三次提示，如仍未改正，将会同相关部门协调处理。",
    third_clearance="此前已两次张贴温馨提示，现第三次（最后一次）提示，逾期未清理的物品将由物业服务中心代为清理，请凭本人签字认领。",
    repeat_clearance=(
        "尊敬的业主/住户：\n"
        "　　您好！{location}此前曾因堆放物品被清理，现再次发现堆放，物品将当即清理，请凭本人签字认领。\n"
        "　　感谢您的理解与配合！"
    ),
)


def _template(value: Any, name: str, fallback: str) -> str:
    """A usable template from the file (a string or a list of lines), else ``fallback``."""
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        value = "\n".join(value)
    if isinstance(value, str) and value.strip():
        try:
            value.format(**_PLACEHOLDERS)
        except (KeyError, IndexError, ValueError, AttributeError) as exc:
            log.warning("温馨提示模板 %s 无法使用（%s），改用默认文本", name, exc)
        else:
            return value
    elif value is not None:
        log.warning("温馨提示模板 %s 格式不对，改用默认文本", name)
    return fallback


def slip_texts_path() -> Path:
    """The installation's slip texts (resources/, wherever the program is installed)."""
    return resource_path(SLIP_TEXTS_NAME)


def load_slip_templates(path: Path | None = None) -> SlipTemplates:
    """The slip texts in ``path`` (JSON: ``kinds``, ``reminders``, ``repeat_clearance``),
    entry by entry, with the generic texts for whatever is missing or broken."""
    try:
        if path is None:
            path = slip_texts_path()
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # FileNotFoundError of resources_dir included
        log.warning("读取温馨提示模板 %s 失败（%s），改用默认文本", path, exc)
        return FALLBACK_TEMPLATES
    if not isinstance(raw, dict):
        log.warning("温馨提示模板 %s 格式不对，改用默认文本", path)
        return FALLBACK_TEMPLATES
    kinds_raw = raw.get("kinds")
    if not isinstance(kinds_raw, dict):
        kinds_raw = {}
    reminders = raw.get("reminders")
    if not isinstance(reminders, dict):
        reminders = {}
    fb = FALLBACK_TEMPLATES
    return SlipTemplates(
        kinds={
            kind: _template(kinds_raw.get(kind.value), kind.value, fb.body(kind)) for kind in ReminderKind
        },
        second=_template(reminders.get("second"), "second", fb.second),
        third=_template(reminders.get("third"), "third", fb.third),
        third_clearance=_template(reminders.get("third_clearance"), "third_clearance", fb.third_clearance),
        repeat_clearance=_template(raw.get("repeat_clearance"), "repeat_clearance", fb.repeat_clearance),
    )


@lru_cache(maxsize=4)
def _cached_templates(path: Path | None) -> SlipTemplates:
    return load_slip_templates(path)


def slip_templates() -> SlipTemplates:
    """The slip texts of this installation (read once per process)."""
    return _cached_templates(None)


def format_deadline(day: date) -> str:
    """``11月26日``: how a slip names its deadline."""
    return f"{day.month}月{day.day}日"


def slip_text(
    kind: ReminderKind,
    location: str,
    sequence: int,
    deadline: date | None,
    *,
    repeat_clearance: bool = False,
    templates: SlipTemplates | None = None,
) -> str:
    """The default text of slip ``sequence`` (1..3) of a case of ``kind`` at ``location``."""
    texts = templates or slip_templates()
    kind = ReminderKind(kind)
    if repeat_clearance:
        template = texts.repeat_clearance
        reminder = ""
    else:
        template = texts.body(kind)
        reminder = {
            1: "",
            2: texts.second,
            3: texts.third_clearance if kind in CLEARABLE_KINDS else texts.third,
        }[sequence]
    return template.format(
        location=location,
        deadline=format_deadline(deadline) if deadline is not None else "近日",
        reminder=reminder,
        kind=kind.label,
    )


# -- signatories ------------------------------------------------------------------------------


def _setting_value(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else None


def _setting_text(session: Session, key: str) -> str | None:
    return signatory_text(key, _setting_value(session, key))


def centre_name(session: Session) -> str:
    """The centre as it signs slips and notices (``signatories.centre_name_from``)."""
    return centre_name_from(
        _setting_value(session, SIGNATORY_CENTRE), _setting_value(session, COMMUNITY_NAME)
    )


def owners_committee_name(session: Session) -> str:
    return owners_committee_from(_setting_value(session, SIGNATORY_OWNERS_COMMITTEE))


def slip_signatories(session: Session, kind: ReminderKind) -> list[str]:
    """Who signs a slip of ``kind``. R14: a high-altitude-throwing slip is signed by
    居委会/社区工作站, 业委会 and 物业服务中心 together (避免主次不分), never by the centre
    alone; the other kinds by the centre."""
    centre = centre_name(session)
    if ReminderKind(kind) is not ReminderKind.HIGH_ALTITUDE_THROWING:
        return [centre]
    names = [
        _setting_text(session, SIGNATORY_RESIDENTS_COMMITTEE) or DEFAULT_RESIDENTS_COMMITTEE,
        owners_committee_name(session),
        centre,
    ]
    if len(set(names)) != len(names):
        raise RuleViolationError(
            msg(
                "高空抛物温馨提示须由三方联合署名，但设置中的署名单位有重复（{items}），请系统管理员修改设置",
                items="、".join(names),
            ),
            rule="R14",
        )
    return names


# -- results ---------------------------------------------------------------------------------


class ReminderDue(StrEnum):
    """Why a reminder-slip case is on the dashboard (SPEC 6, R14)."""

    CHECK = "check"
    CLEARANCE = "clearance"
    REFERRAL = "referral"

    @property
    def label(self) -> str:
        return _DUE_LABELS[self]


#: Messages, so a list in English shows them in English (issue 15).
_DUE_LABELS = {
    ReminderDue.CHECK: msg("待检查"),
    ReminderDue.CLEARANCE: msg("可清理"),
    ReminderDue.REFERRAL: msg("三次提示无效，待转交处理"),
}


@dataclass(frozen=True)
class DueReminderCase:
    """A line of the dashboard's R14 tile."""

    case_id: int
    number: str
    kind: ReminderKind
    location: str
    room: str | None
    status: ReminderCaseStatus
    due: ReminderDue
    #: The check time (CHECK), or when the slips ran out (CLEARANCE, REFERRAL).
    due_since: datetime
    slips_posted: int


class LegalRiskWarning(RuleViolationError):
    """R14: clearing someone's property carries a legal risk; the caller must confirm
    (``confirm_legal_risk=True``) and call again."""

    def __init__(self, case_number: str, repeat_of: str | None) -> None:
        why = (
            f"该处曾于案件 {repeat_of} 中清理过，本次为再次违反" if repeat_of else "三次温馨提示均未得到处理"
        )
        super().__init__(
            f"案件 {case_number}：{why}。清理业主/住户的私人物品有一定的法律风险，物品如有损坏或遗失，"
            "物业服务中心可能须承担赔偿责任。请确认已拍照留存提示张贴情况，清理时两人以上在场，"
            "逐件登记编号并妥善保管。确定要清理吗？",
            rule="R14",
        )
        self.case_number = case_number


# -- reminder-slip cases (R14) ----------------------------------------------------------------


def load_case(session: Session, case_id: int) -> ReminderCase:
    case = session.get(ReminderCase, case_id)
    if case is None or case.voided_at is not None:
        raise NotFoundError(
            msg("找不到温馨提示案件（编号 {case_id}），或已作废", case_id=case_id), rule="R14"
        )
    return case


def _check_interval(session: Session, check_after: timedelta | None) -> timedelta:
    if check_after is not None:
        if check_after <= timedelta(0):
            raise FieldError("check_after", msg("检查间隔必须大于零"), rule="R14")
        return check_after
    row = session.get(Setting, REMINDER_CHECK_DAYS)
    days = DEFAULT_CHECK_DAYS if row is None or row.value is None else row.value
    if isinstance(days, bool) or not isinstance(days, int) or days <= 0:
        raise SettingError(REMINDER_CHECK_DAYS, msg("应为正整数（天），收到 {days!r}", days=days))
    return timedelta(days=days)


def _local_date(session: Session, instant: datetime) -> date:
    return instant.astimezone(context.zone(session)).date()


def _new_slip(
    session: Session,
    case: ReminderCase,
    sequence: int,
    posted_at: datetime,
    text: str | None,
    next_check_at: datetime | None,
    *,
    repeat_clearance: bool = False,
) -> ReminderSlip:
    if sequence > MAX_SLIPS:  # R14: up to three slips; the callers never get here
        raise RuleViolationError(
            msg("每个案件最多张贴{max_slips}次温馨提示", max_slips=MAX_SLIPS), rule="R14"
        )
    deadline = _local_date(session, next_check_at) if next_check_at is not None else None
    body = (
        required_text("text", text, msg("提示内容"), rule="R14")
        if text is not None
        else slip_text(case.kind, case.location, sequence, deadline, repeat_clearance=repeat_clearance)
    )
    slip = ReminderSlip(
        sequence=sequence,
        text=body,
        posted_at=posted_at,
        posted_by_id=session.info.get("actor_id"),
        signatories=slip_signatories(session, case.kind),
    )
    case.slips.append(slip)
    return slip


def _previous_clearance(
    session: Session, kind: ReminderKind, room_id: int | None, location: str, repeat_of_case_id: int | None
) -> ReminderCase | None:
    """R14: the cleared case this one repeats — the one named, or the latest clearance
    at the same room (or, without a room, at the same place)."""
    if repeat_of_case_id is not None:
        earlier = session.get(ReminderCase, repeat_of_case_id)
        if earlier is None or earlier.voided_at is not None:
            raise FieldError(
                "repeat_of_case_id",
                msg("找不到温馨提示案件（编号 {repeat_of_case_id}）", repeat_of_case_id=repeat_of_case_id),
                rule="R14",
            )
        if earlier.status is not ReminderCaseStatus.CLEARED or kind not in CLEARABLE_KINDS:
            raise FieldError(
                "repeat_of_case_id",
                msg("案件 {number} 未经清理，不能作为再次违反当即清理的依据", number=earlier.number),
                rule="R14",
            )
        return earlier
    if kind not in CLEARABLE_KINDS:
        return None
    same_place = ReminderCase.room_id == room_id if room_id is not None else ReminderCase.location == location
    return session.scalars(
        select(ReminderCase)
        .where(
            ReminderCase.kind == kind,
            ReminderCase.status == ReminderCaseStatus.CLEARED,
            ReminderCase.voided_at.is_(None),
            same_place,
        )
        .order_by(ReminderCase.clearance_confirmed_at.desc(), ReminderCase.id.desc())
        .limit(1)
    ).first()


@checked
def open_case(
    session: Session,
    kind: ReminderKind,
    location: str | None = None,
    room_id: int | None = None,
    text: str | None = None,
    check_after: timedelta | None = None,
    repeat_of_case_id: int | None = None,
) -> ReminderCase:
    """Open a case and post its first slip (R14).

    ``text`` replaces the template text; ``check_after`` the check interval (setting
    ``reminder_check_days``, default 3 calendar days). A corridor-clutter case at a room
    or place cleared before (or naming ``repeat_of_case_id``) is a repeat offence: it
    may be cleared at once, so it starts as "clearance allowed" with no check due.
    """
    kind = ReminderKind(kind)
    room: Room | None = None
    if room_id is not None:
        room = session.get(Room, room_id)
        if room is None:
            raise FieldError("room_id", msg("找不到房间（编号 {room_id}）", room_id=room_id), rule="R14")
    place = optional_text(location) or (room.code if room is not None else None)
    if place is None:
        raise FieldError("location", msg("请填写张贴地点（楼栋、单元、楼层或房号）"), rule="R14")
    if len(place) > 255:
        raise FieldError("location", msg("张贴地点不能超过 255 个字"), rule="R14")
    interval = _check_interval(session, check_after)
    earlier = _previous_clearance(session, kind, room_id, place, repeat_of_case_id)
    posted = context.now(session)
    case = ReminderCase(kind=kind, location=place, room_id=room_id, opened_at=posted)
    if earlier is not None:
        # R14: a repeat offence after a clearance may be cleared at once.
        case.repeat_of_case_id = earlier.id
        case.status = ReminderCaseStatus.CLEARANCE_ALLOWED
        case.next_check_at = None
        _new_slip(session, case, 1, posted, text, None, repeat_clearance=True)
    else:
        case.status = ReminderCaseStatus.FIRST_SLIP
        case.next_check_at = posted + interval
        _new_slip(session, case, 1, posted, text, case.next_check_at)
    session.add(case)
    session.flush()
    return case


def slips_exhausted(case: ReminderCase) -> bool:
    """All three slips posted and the third found unheeded (R14)."""
    last = case.slips[-1] if case.slips else None
    return last is not None and last.sequence == MAX_SLIPS and last.heeded is False


def _append_note(case: ReminderCase, note: str) -> None:
    case.notes = f"{case.notes}\n{note}" if case.notes else note


# -- the guard table: which step a case may take now (R14) -------------------------------------


def _open(_session: Session, case: ReminderCase) -> DomainError | None:
    if case.status in CLOSED_CASE_STATUSES:
        return RuleViolationError(
            msg("温馨提示案件 {number} 已“{status}”，不能再检查", number=case.number, status=case.status),
            rule="R14",
        )
    return None


def _not_clearance_allowed(_session: Session, case: ReminderCase) -> DomainError | None:
    if case.status is ReminderCaseStatus.CLEARANCE_ALLOWED:
        return RuleViolationError(
            msg(
                "案件 {number} 已可清理，不再张贴温馨提示：请确认清理，或在自行处理后登记", number=case.number
            ),
            rule="R14",
        )
    return None


def _slips_left(_session: Session, case: ReminderCase) -> DomainError | None:
    latest = case.slips[-1] if case.slips else None
    if latest is not None and latest.checked_at is not None:
        return RuleViolationError(
            msg(
                "案件 {number} 已张贴{max_slips}次温馨提示，不能再张贴第{value}次",
                number=case.number,
                max_slips=MAX_SLIPS,
                value=MAX_SLIPS + 1,
            ),
            rule="R14",
        )
    return None


def _check_due(session: Session, case: ReminderCase) -> DomainError | None:
    """An unheeded check before the date the slip gave is refused: the resident was
    promised that time."""
    if case.next_check_at is not None and context.now(session) < case.next_check_at:
        due = case.next_check_at.astimezone(context.zone(session))
        sequence = case.slips[-1].sequence if case.slips else 1
        return RuleViolationError(
            msg(
                "第{sequence}次温馨提示给出的期限未到（{due:%Y-%m-%d %H:%M}），不能张贴下一次提示",
                sequence=sequence,
                due=due,
            ),
            rule="R14",
        )
    return None


def _clearance_allowed(_session: Session, case: ReminderCase) -> DomainError | None:
    return _clearance_refusal(case)


def _clearance_refusal(case: ReminderCase) -> RuleViolationError | None:
    if case.status is not ReminderCaseStatus.CLEARANCE_ALLOWED:
        if case.kind not in CLEARABLE_KINDS:
            why = f"只有楼道堆物可以清理，本案件为“{case.kind.label}”"
        else:
            why = f"案件当前为“{case.status.label}”，须三次温馨提示均无效（或清理后再次违反）方可清理"
        return RuleViolationError(
            msg("案件 {number} 不能清理物品：{why}", number=case.number, why=why), rule="R14"
        )
    return None


def _not_clearable(case: ReminderCase) -> DomainError:
    """The refusal of a kind that is never cleared (it is never "clearance allowed")."""
    return _clearance_refusal(case) or RuleViolationError(msg("只有楼道堆物可以清理"), rule="R14")


def _confirmer(session: Session, _case: ReminderCase) -> DomainError | None:
    """R14: the person confirming a clearance is recorded, so someone must be signed in."""
    try:
        staff = context.actor(session)
    except DomainError as error:
        return error
    if staff is None:
        return FieldError("clearance_confirmed_by_id", msg("清理须由本人账号登录后确认"), rule="R14")
    return None


def _closable(_session: Session, case: ReminderCase) -> DomainError | None:
    if case.status is not ReminderCaseStatus.CLEARANCE_ALLOWED and not (
        case.status is ReminderCaseStatus.THIRD_SLIP and slips_exhausted(case)
    ):
        return RuleViolationError(
            msg(
                "案件 {number} 当前为“{status}”，只有三次提示均无效的案件才能这样结案",
                number=case.number,
                status=case.status,
            ),
            rule="R14",
        )
    return None


def _item_waiting(_session: Session, case: ReminderCase) -> DomainError | None:
    if not any(item.voided_at is None and item.claimed_at is None for item in case.cleared_items):
        return RuleViolationError(msg("案件 {number} 没有待认领的清理物品", number=case.number), rule="R14")
    return None


#: R14 for one case: every step the form offers, and why not.
GUARDS = GuardTable[ReminderCase](
    {
        "heeded": Step(checks=(_open,)),
        "unheeded": Step(checks=(_open, _not_clearance_allowed, _slips_left, _check_due)),
        # R14: only corridor clutter is ever cleared (the button is not shown for the rest)
        "clear": Step(
            checks=(_clearance_allowed, _confirmer),
            applies=lambda case: case.kind in CLEARABLE_KINDS,
            not_applicable=_not_clearable,
        ),
        "close": Step(checks=(_closable,)),
        "claim": Step(checks=(_item_waiting,)),
        "void": Step(checks=(roles(VOIDING_ROLES, msg("作废温馨提示案件"), "R14"),)),
    }
)

#: the steps of a saved case, in the order of the form's buttons
STEPS = tuple(GUARDS.steps)


def available_steps(session: Session, case: ReminderCase) -> dict[str, bool]:
    """Which of the form's steps the case's state allows (``GUARDS``, which the
    mutators refuse through)."""
    return GUARDS.allowed(session, case)


@checked
def record_check(
    session: Session,
    case_id: int,
    heeded: bool,
    *,
    check_after: timedelta | None = None,
    text: str | None = None,
) -> ReminderCase:
    """A check of the place after the latest slip (R14).

    Heeded: the case is resolved (also after the third slip or a permitted clearance:
    the owner may still tidy up before anyone clears). Not heeded: the next slip is
    posted with its own check (``text`` replaces its template text); after the third
    there is no fourth — corridor clutter may then be cleared, other kinds are listed
    for referral. An unheeded check before the date the slip gave is refused: the
    resident was promised that time.
    """
    case = load_case(session, case_id)
    GUARDS.require(session, "heeded" if heeded else "unheeded", case)
    latest = case.slips[-1]
    when = context.now(session)
    if heeded:
        if latest.checked_at is None:
            latest.checked_at = when
            latest.heeded = True
        else:
            _append_note(case, f"{when.astimezone(context.zone(session)):%Y-%m-%d %H:%M} 复查：已自行处理")
        case.status = ReminderCaseStatus.RESOLVED
        case.resolved_at = when
        case.next_check_at = None
        return case
    latest.checked_at = when
    latest.heeded = False
    if latest.sequence < MAX_SLIPS:
        interval = _check_interval(session, check_after)
        case.next_check_at = when + interval
        _new_slip(session, case, latest.sequence + 1, when, text, case.next_check_at)
        case.status = SLIP_STATUSES[latest.sequence + 1]
    else:
        case.next_check_at = None
        if case.kind in CLEARABLE_KINDS:
            case.status = ReminderCaseStatus.CLEARANCE_ALLOWED
    session.flush()
    return case


@checked
def clear_items(
    session: Session,
    case_id: int,
    items: Sequence[tuple[str, str]],
    confirm_legal_risk: bool = False,
) -> ReminderCase:
    """R14: the centre clears the items of a case where clearance is allowed. Each item
    ``(description, storage_place)`` gets a number (``<case number>-01``…) and must have
    a storage place. Without ``confirm_legal_risk`` a ``LegalRiskWarning`` is raised and
    nothing changes; the person confirming is recorded."""
    case = load_case(session, case_id)
    GUARDS.require(session, "clear", case)
    confirmer = context.actor(session)
    if confirmer is None:  # refused by GUARDS already; for the type checker
        raise FieldError("clearance_confirmed_by_id", msg("清理须由本人账号登录后确认"), rule="R14")
    if not items:
        raise FieldError("items", msg("请至少登记一件清理的物品"), rule="R14")
    rows: list[tuple[str, str]] = []
    for index, (description, storage_place) in enumerate(items, start=1):
        what = required_text(
            "description", description, msg("第{index}件物品的名称和特征", index=index), rule="R14"
        )
        where = required_text(
            "storage_place", storage_place, msg("第{index}件物品的存放地点", index=index), rule="R14"
        )
        if len(where) > 128:
            raise FieldError(
                "storage_place", msg("第{index}件物品的存放地点不能超过 128 个字", index=index), rule="R14"
            )
        rows.append((what, where))
    if not confirm_legal_risk:
        earlier = session.get(ReminderCase, case.repeat_of_case_id) if case.repeat_of_case_id else None
        raise LegalRiskWarning(case.number, earlier.number if earlier is not None else None)
    when = context.now(session)
    start = len(case.cleared_items) + 1
    for offset, (what, where) in enumerate(rows):
        case.cleared_items.append(
            ClearedItem(
                # Unique across cases because the case number is.
                item_number=f"{case.number}-{start + offset:02d}",
                description=what,
                storage_place=where,
                cleared_at=when,
            )
        )
    latest = case.slips[-1] if case.slips else None
    if latest is not None and latest.checked_at is None:  # a repeat offence, cleared at once
        latest.checked_at = when
        latest.heeded = False
    case.status = ReminderCaseStatus.CLEARED
    case.clearance_confirmed_by_id = confirmer.id
    case.clearance_confirmed_at = when
    case.next_check_at = None
    session.flush()
    return case


@checked
def close_without_clearance(session: Session, case_id: int, outcome: str) -> ReminderCase:
    """End a case whose slips ran out without clearing anything: the other kinds after
    three unheeded slips (handed to a dispute record, a rectification notice, the
    居委会…), or a clearable case the centre decides not to clear. ``outcome`` says
    what happened instead and is kept in the case notes."""
    case = load_case(session, case_id)
    GUARDS.require(session, "close", case)
    note = required_text(
        "notes", outcome, msg("后续处理情况（如已转邻里纠纷处理、已发整改通知书）"), rule="R14"
    )
    when = context.now(session)
    _append_note(case, f"{when.astimezone(context.zone(session)):%Y-%m-%d %H:%M} 未清理结案：{note}")
    case.status = ReminderCaseStatus.RESOLVED
    case.resolved_at = when
    case.next_check_at = None
    return case


def find_cleared_item(session: Session, item_number: str) -> ClearedItem:
    """A cleared item by the number on its tag (at the counter, when someone claims it)."""
    number = required_text("item_number", item_number, msg("物品编号"), rule="R14")
    item = session.scalars(select(ClearedItem).where(ClearedItem.item_number == number)).first()
    if item is None or item.voided_at is not None or item.case.voided_at is not None:
        raise NotFoundError(msg("找不到编号为 {number} 的清理物品", number=number), rule="R14")
    return item


@checked
def claim_item(session: Session, item_id: int, claimant_name: str, claimant_signature: str) -> ClearedItem:
    """R14: a cleared item is returned only against the claimant's name and signature,
    and only once."""
    item = session.get(ClearedItem, item_id)
    if item is None or item.voided_at is not None or item.case.voided_at is not None:
        raise NotFoundError(msg("找不到清理物品（编号 {item_id}）", item_id=item_id), rule="R14")
    if item.claimed_at is not None:
        claimed = item.claimed_at.astimezone(context.zone(session))
        raise RuleViolationError(
            msg(
                "物品 {item_number} 已于 {claimed:%Y-%m-%d %H:%M} 由 {claimant_name} 签字领回",
                item_number=item.item_number,
                claimed=claimed,
                claimant_name=item.claimant_name,
            ),
            rule="R14",
        )
    GUARDS.require(session, "claim", item.case)
    name = required_text("claimant_name", claimant_name, msg("认领人姓名"), rule="R14")
    signature = required_text("claimant_signature", claimant_signature, msg("认领人签字"), rule="R14")
    if len(name) > 64:
        raise FieldError("claimant_name", msg("认领人姓名不能超过 64 个字"), rule="R14")
    if len(signature) > 128:
        raise FieldError("claimant_signature", msg("认领人签字不能超过 128 个字"), rule="R14")
    item.claimant_name = name
    item.claimant_signature = signature
    item.claimed_at = context.now(session)
    return item


def cases_due_for_check(session: Session, now: datetime | None = None) -> list[DueReminderCase]:
    """The dashboard's R14 tile: open cases whose check is due by ``now``, corridor
    clutter that may be cleared, and other kinds whose three slips were all unheeded.
    Voided, resolved and cleared cases are never listed."""
    moment = context.now(session) if now is None else now
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=context.zone(session))
    in_slips = ReminderCase.status.in_(list(SLIP_STATUSES.values()))
    # Plain columns, not case objects, in one statement: the room's code, the number of
    # slips and the last slip's check and posting times by correlated lookups on their
    # indexes. The dashboard runs this on every refresh, over years of cases; joined,
    # PostgreSQL hashed all 54 000 rooms and every slip for some 450 cases (issue 18).
    case = ReminderCase.id
    of_case = ReminderSlip.case_id == case
    last_slip = select(ReminderSlip).where(of_case).order_by(ReminderSlip.sequence.desc()).limit(1)
    found = session.execute(
        select(
            ReminderCase.id,
            ReminderCase.number,
            ReminderCase.kind,
            ReminderCase.location,
            ReminderCase.status,
            ReminderCase.next_check_at,
            select(Room.code).where(Room.id == ReminderCase.room_id).scalar_subquery(),
            select(func.count()).where(of_case).scalar_subquery(),
            last_slip.with_only_columns(ReminderSlip.checked_at).scalar_subquery(),
            last_slip.with_only_columns(ReminderSlip.posted_at).scalar_subquery(),
        ).where(
            ReminderCase.voided_at.is_(None),
            or_(
                and_(in_slips, ReminderCase.next_check_at <= moment),
                ReminderCase.status == ReminderCaseStatus.CLEARANCE_ALLOWED,
                and_(
                    ReminderCase.status == ReminderCaseStatus.THIRD_SLIP,
                    ReminderCase.next_check_at.is_(None),
                ),
            ),
        )
    ).all()
    due: list[DueReminderCase] = []
    for row in found:
        case_id, number, kind, location, status, next_check_at, room_code = row[:7]
        posted, last_checked, last_posted = row[7:]
        if next_check_at is not None:
            reason, since = ReminderDue.CHECK, next_check_at
        else:
            clearable = status is ReminderCaseStatus.CLEARANCE_ALLOWED
            reason = ReminderDue.CLEARANCE if clearable else ReminderDue.REFERRAL
            if last_posted is None:
                continue  # no slip posted yet: nothing has run out
            since = last_checked or last_posted
        if since > moment:  # an "as of" view before the slips ran out
            continue
        due.append(
            DueReminderCase(
                case_id=case_id,
                number=number,
                kind=kind,
                location=location,
                room=room_code,
                status=status,
                due=reason,
                due_since=since,
                slips_posted=posted,
            )
        )
    due.sort(key=lambda line: (line.due_since, line.number))
    return due


@checked
def void_case(session: Session, case_id: int, reason: str) -> ReminderCase:
    """Records are never deleted: a supervisor or department head voids with a reason."""
    # the role before the case is looked up (issue 19), then the table, as the screen asks it
    staff = context.require_role(session, set(VOIDING_ROLES), msg("作废温馨提示案件"), rule="R14")
    case = load_case(session, case_id)
    GUARDS.require(session, "void", case)
    case.void_reason = required_text("void_reason", reason, msg("作废原因"))
    case.voided_at = context.now(session)
    case.voided_by_id = staff.id
    return case
