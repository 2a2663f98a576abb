"""``desk-app structure generate`` and ``desk-app structure list`` (issue 13): a centre
enters its buildings and rooms from a script, as the system (no signed-in person).

Building the parser imports nothing but ``argparse`` and the messages; the database and
the services are imported when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.messages import msg
from desk_app.services.command_support import EXIT_DATABASE, command_database

if TYPE_CHECKING:
    from desk_app.models.database import Database
    from desk_app.services.community import RoomPlan

#: The command line's option for each field a plan's ``FieldError`` names.
_OPTIONS = {
    "buildings": "--buildings",
    "units": "--units",
    "floors": "--floors",
    "per_floor": "--per-floor",
    "skip_floors": "--skip-floors",
    "kind": "--kind",
    "numbering": "--numbering",
    "number": "--floors",
}


def add_structure_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    structure = commands.add_parser("structure", help="小区结构：批量生成楼栋和房间，列出楼栋")
    database_option(structure)
    actions = structure.add_subparsers(dest="structure_command", metavar="ACTION")

    generate = actions.add_parser(
        "generate",
        help="按计划批量生成房间（已有的房间不变）",
        description="例：desk-app structure generate --buildings 1-20 --units 1-3 --floors 2-33 "
        "--per-floor 4 --skip-floors 4,13,14",
    )
    database_option(generate)
    generate.add_argument("--buildings", required=True, help="楼栋，如 1-20、1,3,5-7 或 A,B")
    generate.add_argument("--units", default="", help="单元，如 1-3（不填：没有单元，房号如 S1-101）")
    generate.add_argument("--floors", required=True, help="楼层，如 2-33")
    generate.add_argument("--per-floor", default="4", help="每层户数（默认 4）")
    generate.add_argument("--skip-floors", default="", help="跳过的楼层，如 4,13,14")
    generate.add_argument(
        "--kind", default="residence", help="类型：residence 住宅、shop 商铺、clubhouse 会所、other 其他"
    )
    generate.add_argument(
        "--numbering", default="floor2", help="房号：floor2 楼层+两位（1201，默认）或 floor1 楼层+一位（121）"
    )
    generate.add_argument("--dry-run", action="store_true", help="只预览，不写入数据库")
    generate.add_argument("--json", action="store_true", help="JSON 输出")

    listing = actions.add_parser("list", help="列出楼栋及其房间数")
    database_option(listing)
    listing.add_argument("--json", action="store_true", help="JSON 输出")


def _fail(text: str) -> int:
    print(text, file=sys.stderr)
    return 1


def _plan(args: argparse.Namespace) -> RoomPlan:
    """The plan typed on the command line; ``FieldError`` naming the plan's field."""
    from desk_app.models.enums import RoomKind
    from desk_app.services.community import Numbering, RoomPlan
    from desk_app.services.errors import FieldError

    per_floor = str(args.per_floor).strip()
    if not per_floor.isdigit():
        raise FieldError("per_floor", msg("每层户数应是正整数（收到 {value}）", value=args.per_floor))
    try:
        kind = RoomKind(str(args.kind).strip().lower())
    except ValueError:
        kinds = "、".join(f"{member.value} {member.label}" for member in RoomKind)
        raise FieldError(
            "kind", msg("类型应是 {kinds} 之一（收到 {value}）", kinds=kinds, value=args.kind)
        ) from None
    try:
        numbering = Numbering(str(args.numbering).strip().lower())
    except ValueError:
        raise FieldError(
            "numbering", msg("房号规则应是 floor2 或 floor1（收到 {value}）", value=args.numbering)
        ) from None
    return RoomPlan(
        buildings=args.buildings,
        units=args.units,
        floors=args.floors,
        per_floor=int(per_floor),
        skip_floors=args.skip_floors,
        kind=kind,
        numbering=numbering,
    )


def run_structure_command(url: str | None, args: argparse.Namespace, out: TextIO | None = None) -> int:
    stream = out if out is not None else sys.stdout
    if args.structure_command == "generate":
        return _run_generate(url, args, stream)
    if args.structure_command == "list":
        return _run_list(url, args, stream)
    return _fail(msg("请指定操作：desk-app structure generate 或 desk-app structure list"))


def _run_generate(url: str | None, args: argparse.Namespace, stream: TextIO) -> int:
    from desk_app.services import community
    from desk_app.services.errors import FieldError

    try:
        plan = _plan(args)
        planned = community.preview(plan)
    except FieldError as error:
        return _fail(msg("{option}：{error}", option=_OPTIONS.get(error.field or "", ""), error=error))
    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        return _generate_in(db, plan, planned, args, stream)


def _generate_in(db: Database, plan: RoomPlan, planned: Any, args: argparse.Namespace, stream: TextIO) -> int:
    from desk_app.services import community
    from desk_app.services.errors import DomainError, FieldError

    with db.session() as session:
        try:
            result = community.generate(session, plan)
        except FieldError as error:
            session.rollback()
            return _fail(msg("{option}：{error}", option=_OPTIONS.get(error.field or "", ""), error=error))
        except DomainError as error:
            session.rollback()
            return _fail(str(error))
        if args.dry_run:
            session.rollback()  # a preview: nothing stays
        else:
            session.commit()
    if args.json:
        payload: dict[str, Any] = {
            "rooms_created": result.created,
            "rooms_existing": result.existing,
            "rooms_planned": planned.count,
            "dry_run": bool(args.dry_run),
            "codes_preview": list(result.codes),
        }
        print(json.dumps(payload, ensure_ascii=False), file=stream)
        return 0
    codes = planned.codes
    values = {
        "count": planned.count,
        "created": result.created,
        "existing": result.existing,
        "first": codes[0],
        "last": codes[-1],
    }
    if args.dry_run:
        text = msg(
            "预览（未写入）：将新建 {created} 间，已存在 {existing} 间，共 {count} 间；{first} … {last}",
            **values,
        )
    else:
        text = msg(
            "已生成：新建 {created} 间，已存在 {existing} 间，共 {count} 间；{first} … {last}",
            **values,
        )
    print(text, file=stream)
    return 0


def _run_list(url: str | None, args: argparse.Namespace, stream: TextIO) -> int:
    from desk_app.services import community

    with command_database(url) as db:
        if db is None:
            return EXIT_DATABASE
        with db.read() as session:
            tree = community.structure_tree(session)
    rows = [(area, building) for area in tree for building in area.buildings]
    rows.sort(key=lambda pair: community.natural_key(pair[1].code))
    if args.json:
        payload = [
            {
                "code": building.code,
                "name": building.name,
                "area": area.name if area.id is not None else None,
                "rooms": building.rooms - building.voided_rooms,
                "voided_rooms": building.voided_rooms,
                "voided": building.voided,
            }
            for area, building in rows
        ]
        print(json.dumps(payload, ensure_ascii=False), file=stream)
        return 0
    if not rows:
        print(msg("还没有楼栋。可用 desk-app structure generate 批量生成。"), file=stream)
        return 0
    for area, building in rows:
        print(
            msg(
                "{code}\t{name}\t{area}\t{rooms} 间{voided_rooms}{voided}",
                code=building.code,
                name=building.name,
                area=area.name,
                rooms=building.rooms - building.voided_rooms,
                voided_rooms=msg("（另有 {count} 间已作废）", count=building.voided_rooms)
                if building.voided_rooms
                else "",
                voided=msg("（楼栋已作废）") if building.voided else "",
            ),
            file=stream,
        )
    total = sum(building.rooms - building.voided_rooms for _, building in rows)
    print(msg("共 {buildings} 栋，{rooms} 间在用", buildings=len(rows), rooms=total), file=stream)
    return 0
