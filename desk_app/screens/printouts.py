"""What the printouts print besides a record's sheet, read here so that they read
nothing themselves (issue 17): the letterhead every printout is headed with (the
centre's name, the community's zone and today) and the settings the 投诉受理渠道公示
prints. Each is a frozen value read in the caller's unit of work:

    heading = workspace.read(letterhead)          # Letterhead(centre, zone, today)
    notice = workspace.read(channels_notice)      # ChannelsNotice
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, tzinfo

from sqlalchemy.orm import Session

from desk_app.services import context
from desk_app.services.centre import ComplaintChannels, load_centre_settings
from desk_app.services.rectification_notices import community_today
from desk_app.services.reminder_cases import centre_name
from desk_app.services.settings import CommunitySettings, SettingError, load_settings

__all__ = ["ChannelsNotice", "Letterhead", "channels_notice", "letterhead"]


@dataclass(frozen=True)
class Letterhead:
    #: the centre's name as it heads and signs every printout (设置：小区名称 + 物业服务中心)
    centre: str
    #: the community's time zone (the times a printout shows are in it)
    zone: tzinfo
    #: the community's calendar date now (the date a printout is signed on)
    today: date


def letterhead(session: Session) -> Letterhead:
    return Letterhead(centre_name(session), context.zone(session), community_today(session))


@dataclass(frozen=True)
class ChannelsNotice:
    """The 投诉受理渠道公示's data: the channels set in 系统设置 → 投诉受理渠道, the
    working hours, who signs it and when."""

    channels: ComplaintChannels
    work_start: time
    work_end: time
    centre: str
    today: date


def channels_notice(session: Session) -> ChannelsNotice:
    centre_settings = load_centre_settings(session)
    try:
        community = load_settings(session)
    except SettingError:
        community = CommunitySettings()
    return ChannelsNotice(
        channels=centre_settings.channels,
        work_start=community.work_start,
        work_end=community.work_end,
        centre=centre_settings.centre_name,
        today=community_today(session),
    )
