"""The centre's settings the printouts and rules read (issue 13, going live), kept in the
``setting`` table like the community name:

* **署名** — the centre's name on slips, notices and letters (``signatory_centre``;
  empty: the community name + 物业服务中心), and the two other signatories of a
  high-altitude-throwing slip (R14: 居委会/社区工作站, 业委会);
* **地产公司** — the developer's customer-relations centre the 知会函 of a class-2
  complaint is addressed to (R4);
* **投诉受理渠道** — the published complaint channels (handbook: "及时公布受理顾客投诉的
  渠道，包括……电话、传真、电子邮箱地址，邮件投递地址和联系人，网上投诉论坛地址"), which
  the printout 投诉受理渠道公示 lists.

Every value is text; an empty text means "not set" (the printouts use their default).
``check_value`` validates one value (``FieldError`` naming the key); ``save_centre_settings``
saves a screen's group; ``set_setting`` is ``desk-app settings set`` (these keys and the
community name, working hours and intervals). Administrators only, or the system itself
for a command (``context.SYSTEM_JOB``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Setting
from desk_app.models.enums import BusinessLine, StaffRole
from desk_app.services import context
from desk_app.services.errors import ConflictError, FieldError
from desk_app.services.permissions import checked
from desk_app.services.reminder_cases import centre_name
from desk_app.services.settings import (
    CALLBACK_DAYS,
    COMMUNITY_NAME,
    DISPATCH_DUE_HOURS,
    PROGRESS_UPDATE_DAYS,
    WORKING_HOURS,
    CommunitySettings,
    SettingError,
    load_settings,
    settings_version,
    store_setting,
)
from desk_app.services.signatories import (
    DEFAULT_OWNERS_COMMITTEE,
    DEFAULT_RESIDENTS_COMMITTEE,
    SIGNATORY_CENTRE,
    SIGNATORY_OWNERS_COMMITTEE,
    SIGNATORY_RESIDENTS_COMMITTEE,
)

CENTRE_ROLES = frozenset({StaffRole.ADMINISTRATOR})

#: The developer's customer-relations centre (the 知会函's addressee) and its default.
DEVELOPER_CENTRE = "developer_customer_centre"
DEFAULT_DEVELOPER_CENTRE = "地产公司客户关系中心"

CHANNEL_PHONE = "complaint_phone"
CHANNEL_FAX = "complaint_fax"
CHANNEL_EMAIL = "complaint_email"
CHANNEL_FORUM = "complaint_forum"
CHANNEL_ADDRESS = "complaint_address"
CHANNEL_CONTACT = "complaint_contact"

#: The groups of the settings screen.
GROUP_SIGNATORIES = "signatories"
GROUP_DEVELOPER = "developer"
GROUP_CHANNELS = "channels"
GROUP_REMINDERS = "reminders"

#: Issue 14's reminders and repair times (R20, R23), kept as numbers / a table.
NOTIFY_LEAD_MINUTES = "notify_lead_minutes"
NOTICE_FOLLOW_UP_DAYS = "notice_follow_up_working_days"
MAX_LEAD_MINUTES = 24 * 60
MAX_FOLLOW_UP_DAYS = 60

_PHONE = re.compile(r"^[0-9０-９+＋()（）\-－—\s、,，;；/转]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CentreField:
    key: str
    #: what the field is called (a message: shown in the interface language)
    label: str
    group: str
    #: "name", "phone", "email", "text"
    kind: str
    limit: int
    #: what the printouts use when the field is empty ("" when nothing is printed)
    default: str = ""


CENTRE_FIELDS: tuple[CentreField, ...] = (
    CentreField(SIGNATORY_CENTRE, msg("物业服务中心署名"), GROUP_SIGNATORIES, "name", 128),
    CentreField(
        SIGNATORY_RESIDENTS_COMMITTEE,
        msg("居委会/社区工作站署名"),
        GROUP_SIGNATORIES,
        "name",
        128,
        DEFAULT_RESIDENTS_COMMITTEE,
    ),
    CentreField(
        SIGNATORY_OWNERS_COMMITTEE,
        msg("业委会署名"),
        GROUP_SIGNATORIES,
        "name",
        128,
        DEFAULT_OWNERS_COMMITTEE,
    ),
    CentreField(
        DEVELOPER_CENTRE, msg("地产公司客户关系中心"), GROUP_DEVELOPER, "name", 128, DEFAULT_DEVELOPER_CENTRE
    ),
    CentreField(CHANNEL_PHONE, msg("投诉电话"), GROUP_CHANNELS, "phone", 64),
    CentreField(CHANNEL_FAX, msg("传真"), GROUP_CHANNELS, "phone", 64),
    CentreField(CHANNEL_EMAIL, msg("电子邮箱"), GROUP_CHANNELS, "email", 128),
    CentreField(CHANNEL_FORUM, msg("网上投诉论坛地址"), GROUP_CHANNELS, "text", 255),
    CentreField(CHANNEL_ADDRESS, msg("邮件投递地址"), GROUP_CHANNELS, "text", 255),
    CentreField(CHANNEL_CONTACT, msg("联系人"), GROUP_CHANNELS, "text", 64),
    CentreField(NOTIFY_LEAD_MINUTES, msg("到期前提醒（分钟，R23）"), GROUP_REMINDERS, "minutes", 8, "60"),
    CentreField(NOTICE_FOLLOW_UP_DAYS, msg("上报后跟进间隔（工作日，R23）"), GROUP_REMINDERS, "days", 8, "3"),
    CentreField(
        DISPATCH_DUE_HOURS,
        msg("派工单完成时限（工作小时，按专业，R20）"),
        GROUP_REMINDERS,
        "hours_table",
        255,
        "安全=2，维修/工程=4，清洁=4，停车=4，客服/接待=4，其他=9",
    ),
)
FIELDS_BY_KEY: dict[str, CentreField] = {field.key: field for field in CENTRE_FIELDS}
CHANNEL_KEYS = tuple(field.key for field in CENTRE_FIELDS if field.group == GROUP_CHANNELS)


@dataclass(frozen=True)
class ComplaintChannels:
    phone: str = ""
    fax: str = ""
    email: str = ""
    forum: str = ""
    address: str = ""
    contact: str = ""

    @property
    def published(self) -> bool:
        """At least one way to reach the centre (phone, fax, e-mail or forum) is set."""
        return bool(self.phone or self.fax or self.email or self.forum)


@dataclass(frozen=True)
class CentreSettings:
    #: the stored values by key ("" when not set)
    values: Mapping[str, str]
    #: the centre's name as the printouts sign (the setting, else community + 物业服务中心)
    centre_name: str
    developer_centre: str
    channels: ComplaintChannels

    def value(self, key: str) -> str:
        return self.values.get(key, "")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):  # R20's table, {"maintenance": 4, ...}
        labels = {line.value: line.label for line in BusinessLine}
        return "，".join(f"{labels.get(key, key)}={hours}" for key, hours in value.items())
    return value.strip() if isinstance(value, str) else ""


def _number(key: str, what: str, text: str, most: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise FieldError(key, msg("{what}应为整数，收到“{text}”", what=what, text=text)) from None
    if not 1 <= value <= most:
        raise FieldError(key, msg("{what}应在 1 至 {most} 之间", what=what, most=most))
    return value


#: The Traditional characters of the business lines' names (维修 typed as 維修 on a 繁體
#: screen), read as their Simplified forms.
_TRADITIONAL = str.maketrans("維潔綠車費裝", "维洁绿车费装")


def _hours_table(key: str, what: str, text: str) -> dict[str, int]:
    """``安全=2，维修=4`` (labels or codes; , ， ; ； or spaces between) as {code: hours}."""
    lines = {line.label: line.value for line in BusinessLine}
    lines.update({line.value: line.value for line in BusinessLine})
    lines.update({part: line.value for line in BusinessLine for part in line.label.split("/")})
    table: dict[str, int] = {}
    for item in re.split(r"[,，;；\s]+", text):
        if not item:
            continue
        name, _, hours = item.partition("=")
        code = lines.get(name.strip().translate(_TRADITIONAL)) or lines.get(name.strip().lower())
        if code is None or not hours.strip():
            known = "、".join(line.label for line in BusinessLine)
            raise FieldError(
                key,
                msg(
                    "{what}应写作“维修=4，安全=2”（专业：{known}），收到“{item}”",
                    what=what,
                    known=known,
                    item=item,
                ),
            )
        table[code] = _number(key, what, hours.strip(), 24 * 10)
    return table


def require_editor(session: Session, action: str = msg("修改系统设置")) -> None:
    context.require_role_or_system(session, set(CENTRE_ROLES), action)


def check_value(key: str, value: str | None) -> str:
    """The value to store for ``key`` (trimmed; "" clears it), or ``FieldError`` naming
    ``key``: too long, a phone or fax with letters, an e-mail without ``@``."""
    field = FIELDS_BY_KEY.get(key)
    if field is None:
        raise FieldError(key, msg("没有这个设置项：{key}", key=key))
    text = (value or "").replace("\x00", "").strip()
    if not text:
        return ""
    if len(text) > field.limit:
        raise FieldError(key, msg("{what}过长（最多 {limit} 个字）", what=field.label, limit=field.limit))
    if field.kind == "phone" and (not _PHONE.match(text) or sum(ch.isdigit() for ch in text) < 5):
        raise FieldError(
            key,
            msg(
                "{what}只能填写数字、短横线和括号（如 027-8888 6666），收到“{text}”",
                what=field.label,
                text=text,
            ),
        )
    if field.kind == "email" and not _EMAIL.match(text):
        raise FieldError(
            key, msg("{what}格式不对（应如 kefu@example.com），收到“{text}”", what=field.label, text=text)
        )
    if field.kind in ("name", "text") and "\n" in text:
        raise FieldError(key, msg("{what}只能填写一行", what=field.label))
    if field.kind == "minutes":
        return str(_number(key, field.label, text, MAX_LEAD_MINUTES))
    if field.kind == "days":
        return str(_number(key, field.label, text, MAX_FOLLOW_UP_DAYS))
    if field.kind == "hours_table":
        _hours_table(key, field.label, text)
    return text


def stored_value(key: str, text: str) -> Any:
    """What the ``setting`` table keeps for a checked value: numbers as numbers, R20's
    table as {专业 code: hours}, else the text."""
    field = FIELDS_BY_KEY[key]
    if not text:
        return None if field.kind in ("minutes", "days", "hours_table") else text
    if field.kind in ("minutes", "days"):
        return int(text)
    if field.kind == "hours_table":
        return _hours_table(key, field.label, text)
    return text


def _stored(session: Session) -> dict[str, Any]:
    return {key: value for key, value in session.execute(select(Setting.key, Setting.value)).all()}


def load_centre_settings(session: Session) -> CentreSettings:
    """The centre's settings; a malformed stored value reads as not set."""
    stored = _stored(session)
    values = {field.key: _text(stored.get(field.key)) for field in CENTRE_FIELDS}
    return CentreSettings(
        values=values,
        centre_name=centre_name(session),
        developer_centre=values[DEVELOPER_CENTRE] or DEFAULT_DEVELOPER_CENTRE,
        channels=ComplaintChannels(
            phone=values[CHANNEL_PHONE],
            fax=values[CHANNEL_FAX],
            email=values[CHANNEL_EMAIL],
            forum=values[CHANNEL_FORUM],
            address=values[CHANNEL_ADDRESS],
            contact=values[CHANNEL_CONTACT],
        ),
    )


def developer_centre(session: Session) -> str:
    """The 知会函's addressee: the setting, else 地产公司客户关系中心."""
    row = session.get(Setting, DEVELOPER_CENTRE)
    return _text(row.value if row is not None else None) or DEFAULT_DEVELOPER_CENTRE


def complaint_channels(session: Session) -> ComplaintChannels:
    return load_centre_settings(session).channels


def _check_signatories(session: Session, values: Mapping[str, str]) -> None:
    """R14: the three signatories of a high-altitude-throwing slip must differ."""
    residents = values.get(SIGNATORY_RESIDENTS_COMMITTEE) or DEFAULT_RESIDENTS_COMMITTEE
    owners = values.get(SIGNATORY_OWNERS_COMMITTEE) or DEFAULT_OWNERS_COMMITTEE
    configured_centre = values.get(SIGNATORY_CENTRE)
    centre = configured_centre or centre_name(session)
    if residents == owners:
        raise FieldError(
            SIGNATORY_OWNERS_COMMITTEE,
            msg("业委会署名不能与居委会/社区工作站署名相同（高空抛物温馨提示须三方联合署名）"),
            rule="R14",
        )
    for key, name in ((SIGNATORY_RESIDENTS_COMMITTEE, residents), (SIGNATORY_OWNERS_COMMITTEE, owners)):
        if name == centre:
            raise FieldError(
                key,
                msg("“{name}”与物业服务中心署名相同（高空抛物温馨提示须三方联合署名）", name=name),
                rule="R14",
            )


@checked
def save_centre_settings(
    session: Session, values: Mapping[str, str | None], *, expected_version: int | None = None
) -> dict[str, str]:
    """Save some of the centre's settings (a screen's group), each checked by
    ``check_value``; the stored values. ``expected_version``: the ``settings_version``
    the screen loaded (``ConflictError`` when someone saved since)."""
    require_editor(session)
    if expected_version is not None and settings_version(session) != expected_version:
        raise ConflictError(msg("系统设置在您打开之后已被其他人修改并保存，本次保存未生效"))
    checked = {key: check_value(key, value) for key, value in values.items()}
    if any(FIELDS_BY_KEY[key].group == GROUP_SIGNATORIES for key in checked):
        current = load_centre_settings(session).values
        _check_signatories(session, {**current, **checked})
    for key, value in checked.items():
        stored = stored_value(key, value)
        if stored is None:
            row = session.get(Setting, key)
            if row is not None:
                session.delete(row)  # not set: the rule's default
            continue
        try:
            store_setting(session, key, stored)
        except SettingError as error:
            raise FieldError(key, str(error)) from error
    session.flush()
    return checked


# -- desk-app settings set ------------------------------------------------------------------

#: The keys ``desk-app settings set`` accepts besides the centre's fields.
COMMUNITY_KEYS: dict[str, str] = {
    COMMUNITY_NAME: msg("小区名称"),
    WORKING_HOURS: msg("工作时间（如 09:00-18:00）"),
    PROGRESS_UPDATE_DAYS: msg("投诉进展告知间隔（工作日，R3）"),
    CALLBACK_DAYS: msg("回访期限（工作日，R6）"),
}
MAX_INTERVAL_DAYS = 60


def settable_keys() -> list[str]:
    return [*COMMUNITY_KEYS, *FIELDS_BY_KEY]


def _working_hours(text: str) -> dict[str, str]:
    parts = re.split(r"\s*[-–—~～至到]\s*", text.strip())
    try:
        if len(parts) != 2:
            raise ValueError(text)
        start, end = time.fromisoformat(parts[0]), time.fromisoformat(parts[1])
    except ValueError as exc:
        raise FieldError(WORKING_HOURS, msg("工作时间应写作 09:00-18:00，收到“{text}”", text=text)) from exc
    if start >= end:
        raise FieldError(WORKING_HOURS, msg("下班时间必须晚于上班时间 {start:%H:%M}", start=start))
    return {"start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}


def _interval(key: str, text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError as exc:
        raise FieldError(
            key, msg("{what}应为整数，收到“{text}”", what=COMMUNITY_KEYS[key], text=text)
        ) from exc
    if not 1 <= value <= MAX_INTERVAL_DAYS:
        raise FieldError(
            key,
            msg(
                "{what}应在 1 至 {max_interval_days} 之间",
                what=COMMUNITY_KEYS[key],
                max_interval_days=MAX_INTERVAL_DAYS,
            ),
        )
    return value


@checked
def set_setting(session: Session, key: str, text: str) -> Any:
    """One setting from its text (``desk-app settings set KEY VALUE``): validated like
    the settings screen does; a change of hours or intervals recomputes the due times
    of open complaints. The stored value."""
    from desk_app.services import complaints

    require_editor(session)
    key = key.strip()
    if key in FIELDS_BY_KEY:
        return save_centre_settings(session, {key: text})[key]
    if key not in COMMUNITY_KEYS:
        raise FieldError(
            "key",
            msg("没有这个设置项：{key}。可以设置的有：{known}", key=key, known="、".join(settable_keys())),
        )
    value: Any
    if key == COMMUNITY_NAME:
        value = text.replace("\x00", "").strip()
        if not value:
            raise FieldError(key, msg("请填写小区名称"))
        if len(value) > 128:
            raise FieldError(key, msg("小区名称过长（最多 {limit} 个字）", limit=128))
    elif key == WORKING_HOURS:
        value = _working_hours(text)
    else:
        value = _interval(key, text)
    try:
        store_setting(session, key, value)
    except SettingError as error:
        raise FieldError(key, str(error)) from error
    session.flush()
    session.info.pop("work_calendar", None)
    if key != COMMUNITY_NAME:
        complaints.recompute_open_complaints(session)
    return value


@dataclass(frozen=True)
class SettingLine:
    key: str
    label: str
    #: the stored value as text ("" when not set)
    value: str
    #: what is used when it is not set ("" when nothing)
    default: str


def settings_overview(session: Session) -> list[SettingLine]:
    """Every setting ``desk-app settings`` shows and sets, in order."""
    try:
        community = load_settings(session)
    except SettingError:
        community = CommunitySettings()
    stored = _stored(session)
    defaults = CommunitySettings()
    lines = [
        SettingLine(
            COMMUNITY_NAME,
            COMMUNITY_KEYS[COMMUNITY_NAME],
            _text(stored.get(COMMUNITY_NAME)),
            defaults.community_name,
        ),
        SettingLine(
            WORKING_HOURS,
            COMMUNITY_KEYS[WORKING_HOURS],
            f"{community.work_start:%H:%M}-{community.work_end:%H:%M}" if WORKING_HOURS in stored else "",
            f"{defaults.work_start:%H:%M}-{defaults.work_end:%H:%M}",
        ),
        SettingLine(
            PROGRESS_UPDATE_DAYS,
            COMMUNITY_KEYS[PROGRESS_UPDATE_DAYS],
            str(stored[PROGRESS_UPDATE_DAYS]) if PROGRESS_UPDATE_DAYS in stored else "",
            str(defaults.progress_update_working_days),
        ),
        SettingLine(
            CALLBACK_DAYS,
            COMMUNITY_KEYS[CALLBACK_DAYS],
            str(stored[CALLBACK_DAYS]) if CALLBACK_DAYS in stored else "",
            str(defaults.callback_working_days),
        ),
    ]
    centre = load_centre_settings(session)
    for field in CENTRE_FIELDS:
        default = centre.centre_name if field.key == SIGNATORY_CENTRE else field.default
        lines.append(SettingLine(field.key, field.label, centre.value(field.key), default))
    return lines


__all__ = [
    "CENTRE_FIELDS",
    "CHANNEL_KEYS",
    "DEFAULT_DEVELOPER_CENTRE",
    "DEVELOPER_CENTRE",
    "CentreField",
    "CentreSettings",
    "ComplaintChannels",
    "SettingLine",
    "check_value",
    "complaint_channels",
    "developer_centre",
    "load_centre_settings",
    "save_centre_settings",
    "set_setting",
    "settable_keys",
    "settings_overview",
]
