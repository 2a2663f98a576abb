"""What every PDF the program writes must satisfy, for the printing and report tests."""

from __future__ import annotations

import io

import pypdf


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font, embedded as TrueType) for every font on every page."""
    found: list[tuple[str, bool]] = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object() if fonts else {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.append((str(font.get("/BaseFont")), embedded))
    return found
