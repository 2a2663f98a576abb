"""Keep the Qt Linguist files in ``resources/translations/`` in step with the code.

    .venv/bin/python scripts/translations.py update   # extract, merge into every .ts
    .venv/bin/python scripts/translations.py fill-zh-tw   # convert new zh_TW entries with OpenCC
    .venv/bin/python scripts/translations.py compile  # .ts -> .qm with pyside6-lrelease
    .venv/bin/python scripts/translations.py check    # exit 1 on missing or unfinished text

Why not ``pyside6-lupdate`` alone: it only understands ``QT_TRANSLATE_NOOP`` with a
literal context, and several screens name theirs once (``C = "ComplaintPage"``;
``QT_TRANSLATE_NOOP(C, "…")``). This extractor reads the code with ``ast`` and resolves a
context given as a module-level string constant, so nothing is silently left out.

Simplified Chinese is the source language: the text in the code *is* the zh_CN text, so
there is no zh_CN file. ``update`` keeps every translation already made, adds new source
text as ``type="unfinished"`` (empty), and marks text no longer in the code
``type="vanished"`` (kept so that a reworded entry can reuse it; ignored by lrelease and
the tests). ``fill-zh-tw`` needs ``opencc-python-reimplemented`` (a developer tool, not a
run-time dependency).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desk_app"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "zh_CN"
#: Language code -> .ts file; the program's languages besides the zh_CN source.
LANGUAGES = ("en", "zh_TW")
MARKER = "QT_TRANSLATE_NOOP"
#: ``desk_app.messages.msg(template, **values)``: the messages of the services, printing,
#: reports and command line, in one context (``desk_app.messages.MESSAGE_CONTEXT``).
MESSAGE_MARKER = "msg"
MESSAGE_CONTEXT = "Services"
PRODUCT_NAME = "前台 Desk"
ENUM_TABLE = "_LABELS"
ENUM_CONTEXT = "Enums"  # desk_app.ui.texts.ENUM_CONTEXT
PRODUCT_NAME_TW = "前臺 Desk"

Key = tuple[str, str]  # (context, source text)


class ExtractionError(ValueError):
    """A QT_TRANSLATE_NOOP call whose context or text is not a constant string."""


@dataclass
class Entry:
    context: str
    source: str
    translation: str = ""
    status: str = "unfinished"  # "" (finished), "unfinished" or "vanished"
    locations: list[str] = field(default_factory=list)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"desk_app_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"desk_app_{language}.qm"


# -- extraction -----------------------------------------------------------------------------


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            if isinstance(node.value.value, str):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        constants[target.id] = node.value.value
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            constants[node.target.id] = node.value.value
    return constants


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _message_template(path: Path, call: ast.Call, constants: dict[str, str]) -> str:
    """The template of a ``msg(template, **values)`` call: a literal string or a
    module-level string constant."""
    template = call.args[0] if call.args else None
    if isinstance(template, ast.Constant) and isinstance(template.value, str):
        return template.value
    if isinstance(template, ast.Name) and template.id in constants:
        return constants[template.id]
    raise ExtractionError(
        f"{path}:{call.lineno}: the template of {MESSAGE_MARKER}() must be a literal string or a "
        "module-level string constant"
    )


def extract_file(path: Path) -> list[tuple[Key, int]]:
    """Every ``QT_TRANSLATE_NOOP(context, text)`` of one file, with its line, in order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    constants = _module_constants(tree)
    found: list[tuple[Key, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node) == MESSAGE_MARKER:
            found.append(((MESSAGE_CONTEXT, _message_template(path, node, constants)), node.lineno))
            continue
        if not (isinstance(node, ast.Call) and _called_name(node) == MARKER):
            continue
        if len(node.args) < 2:
            raise ExtractionError(f"{path}:{node.lineno}: {MARKER} needs (context, text)")
        context_node, text_node = node.args[0], node.args[1]
        if isinstance(context_node, ast.Constant) and isinstance(context_node.value, str):
            context = context_node.value
        elif isinstance(context_node, ast.Name) and context_node.id in constants:
            context = constants[context_node.id]
        else:
            raise ExtractionError(
                f"{path}:{node.lineno}: the context of {MARKER} must be a literal string or a "
                "module-level string constant"
            )
        if not (isinstance(text_node, ast.Constant) and isinstance(text_node.value, str)):
            raise ExtractionError(f"{path}:{node.lineno}: the text of {MARKER} must be a literal string")
        found.append(((context, text_node.value), node.lineno))
    found.sort(key=lambda item: item[1])
    return found


def extract_enum_labels(path: Path) -> list[tuple[Key, int]]:
    """The enum labels of ``desk_app/models/enums.py`` (the ``_LABELS`` table: enum name
    -> code -> Chinese label), shown on screen through ``texts.enum_label`` in the
    ``Enums`` context. The models do not import Qt, hence no QT_TRANSLATE_NOOP there."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[Key, int]] = []
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        if not (
            isinstance(target, ast.Name) and target.id == ENUM_TABLE and isinstance(node.value, ast.Dict)
        ):
            continue
        for table in node.value.values:
            if not isinstance(table, ast.Dict):
                raise ExtractionError(f"{path}:{node.lineno}: {ENUM_TABLE} must be a dict of dicts")
            for label in table.values:
                if not (isinstance(label, ast.Constant) and isinstance(label.value, str)):
                    raise ExtractionError(f"{path}:{node.lineno}: enum labels must be literal strings")
                found.append(((ENUM_CONTEXT, label.value), label.lineno))
    return found


def extract(package: Path = PACKAGE) -> dict[Key, list[str]]:
    """Every translatable text of the program -> the files it appears in (POSIX paths
    relative to the repository root), in a stable order."""
    texts: dict[Key, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        relative = path.relative_to(ROOT).as_posix()
        found = extract_file(path)
        if path == package / "models" / "enums.py":
            found += extract_enum_labels(path)
        for key, _line in found:
            files = texts.setdefault(key, [])
            if relative not in files:
                files.append(relative)
    return texts


# -- .ts files ---------------------------------------------------------------------------


def read_ts(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context_element in root.iter("context"):
        context = context_element.findtext("name") or ""
        for message in context_element.iter("message"):
            source = message.findtext("source") or ""
            translation_element = message.find("translation")
            translation = ""
            status = "unfinished"
            if translation_element is not None:
                translation = translation_element.text or ""
                status = translation_element.get("type", "")
            locations = [
                location.get("filename", "").removeprefix("../../") for location in message.iter("location")
            ]
            entries[(context, source)] = Entry(context, source, translation, status, locations)
    return entries


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    for context in sorted(by_context):
        context_element = ET.SubElement(root, "context")
        ET.SubElement(context_element, "name").text = context
        for entry in by_context[context]:
            message = ET.SubElement(context_element, "message")
            for filename in entry.locations:
                ET.SubElement(message, "location", filename=f"../../{filename}")
            ET.SubElement(message, "source").text = entry.source
            translation = ET.SubElement(message, "translation")
            if entry.status:
                translation.set("type", entry.status)
            translation.text = entry.translation
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def merge(texts: dict[Key, list[str]], existing: dict[Key, Entry]) -> list[Entry]:
    """The code's text with the translations already made; the rest unfinished; text gone
    from the code kept as vanished."""
    merged: list[Entry] = []
    for key, files in texts.items():
        old = existing.get(key)
        if old is not None and old.translation and old.status in ("", "vanished"):
            merged.append(Entry(key[0], key[1], old.translation, "", files))
        else:
            merged.append(Entry(key[0], key[1], old.translation if old else "", "unfinished", files))
    for key, old in existing.items():
        if key not in texts and old.translation:
            merged.append(Entry(key[0], key[1], old.translation, "vanished", []))
    return merged


def problems(language: str, texts: dict[Key, list[str]] | None = None) -> list[str]:
    """What keeps ``language`` from being complete: missing or unfinished entries."""
    texts = extract() if texts is None else texts
    entries = read_ts(ts_path(language))
    found: list[str] = []
    for key in texts:
        entry = entries.get(key)
        if entry is None:
            found.append(f"{language}: missing {key[0]}: {key[1]!r}")
        elif entry.status == "unfinished" or not entry.translation.strip():
            found.append(f"{language}: unfinished {key[0]}: {key[1]!r}")
        elif entry.status == "vanished":
            found.append(f"{language}: marked vanished but used {key[0]}: {key[1]!r}")
    return found


# -- commands -------------------------------------------------------------------------------


def update() -> None:
    texts = extract()
    for language in LANGUAGES:
        path = ts_path(language)
        entries = merge(texts, read_ts(path))
        write_ts(path, language, entries)
        unfinished = sum(1 for entry in entries if entry.status == "unfinished")
        print(f"{path.relative_to(ROOT)}: {len(texts)} texts, {unfinished} unfinished")


def fill_zh_tw() -> None:
    import opencc  # type: ignore[import-not-found]  # developer tool, see the docstring

    converter = opencc.OpenCC("s2twp")
    path = ts_path("zh_TW")
    entries = list(read_ts(path).values())
    for entry in entries:
        if entry.status == "unfinished":
            # The product's name stays as it is written (OpenCC would make it 前臺).
            entry.translation = converter.convert(entry.source).replace(PRODUCT_NAME_TW, PRODUCT_NAME)
            entry.status = ""
    write_ts(path, "zh_TW", entries)


def lrelease_program() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    return found


def compile_all() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [lrelease_program(), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
            check=True,
        )
        print(f"{qm_path(language).relative_to(ROOT)} written")


def check() -> int:
    texts = extract()
    found = [problem for language in LANGUAGES for problem in problems(language, texts)]
    for problem in found:
        print(problem)
    return 1 if found else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "fill-zh-tw":
        fill_zh_tw()
    elif command == "compile":
        compile_all()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
