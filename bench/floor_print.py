"""The floor of ``desk-app print notice N`` (issue 18): a bare Python script that imports
ReportLab, registers the same CJK font as the program and draws one A4 page of Chinese
text to a PDF file.

    python bench/floor_print.py OUT.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"


def main(out: str) -> int:
    pdfmetrics.registerFont(TTFont("WQYMicroHei", str(FONT), subfontIndex=0))
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("WQYMicroHei", 16)
    page.drawCentredString(A4[0] / 2, A4[1] - 80, "整改通知书")
    page.setFont("WQYMicroHei", 11)
    for line in range(30):
        page.drawString(
            60, A4[1] - 130 - line * 20, f"第 {line + 1} 行：楼上住户夜间装修噪音，请于三日内整改。"
        )
    page.showPage()
    page.save()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
