"""Small real files for the attachment tests: a photo (JPEG, optionally with a camera
orientation tag), a PNG, a one-page PDF, and a program renamed to .jpg."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas


def jpeg(
    width: int = 640, height: int = 480, colour: str = "#3a7bd5", orientation: int | None = None
) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 8, height // 8, width // 2, height // 2), fill="#f2c14e")
    draw.line((0, 0, width, height), fill="#222222", width=max(2, width // 100))
    buffer = io.BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(buffer, format="JPEG", quality=85, exif=exif.tobytes())
    return buffer.getvalue()


def png(width: int = 300, height: int = 200) -> bytes:
    image = Image.new("RGBA", (width, height), (200, 40, 40, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def pdf(pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for page in range(pages):
        canvas.drawString(72, 720, f"scan page {page + 1}")
        canvas.rect(72, 400, 300, 200)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


#: The start of a Windows program (MZ header, DOS stub) — what a renamed .exe holds.
EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"This program cannot be run in DOS mode." * 50
)
