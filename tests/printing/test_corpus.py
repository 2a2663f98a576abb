"""Issue 16: the review corpus — every kind of the printing registry from a small demo
community and from edge records (10 000-character fields, 王䶮 and 𠮷, 500 progress
lines, 300 dispute steps). Every PDF: fonts embedded (TrueType subsets), no character
left without a glyph, the rare names and the whole long text printed. ``make printouts``
stores the same corpus as page images."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pypdf
import pytest

from desk_app.clock import FixedClock
from desk_app.demo.generator import generate_demo
from desk_app.demo.printouts import RARE_NAMES, Printout, long_text, render_corpus
from desk_app.models.database import Database
from desk_app.printing import registry
from tests.pdf_checks import fonts_of

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture
def corpus(db: Database) -> list[Printout]:
    db.clock = FixedClock(NOW)
    generate_demo(db, clients=30, months=3, seed=3, now=NOW)
    return list(render_corpus(db))


def test_every_kind_renders_from_the_demo_and_from_edge_records(corpus: list[Printout]) -> None:
    plain = {item.job.kind for item in corpus if not item.job.edge}
    edged = {item.job.kind for item in corpus if item.job.edge}
    assert plain == set(registry.KINDS), set(registry.KINDS) - plain
    # every kind that prints a record's own text has its edge version
    assert edged == set(registry.KINDS) - {"tally", "channels"}
    tail = re.sub(r"\s", "", long_text()[-30:])
    for item in corpus:
        name = item.job.name
        assert item.pdf.startswith(b"%PDF"), name
        fonts = fonts_of(item.pdf)
        assert fonts and all(embedded for _font, embedded in fonts), (name, fonts)
        assert item.missing == (), (name, item.missing)
        if not item.job.edge:
            continue
        text = pdf_text(item.pdf)
        assert "【第1段】" in text, name
        if item.job.kind not in {"receipt"}:
            assert tail in text, name
        if item.job.kind not in {"slip", "interview"}:
            assert any(rare in text for rare in RARE_NAMES), name
        # the fallback fonts for CJK Extension A/B are embedded where a rare name is
        if any(rare in text for rare in RARE_NAMES):
            assert any("HanaMin" in font for font, _embedded in fonts_of(item.pdf)), name


def test_edge_logs_print_every_line(corpus: list[Printout]) -> None:
    by_name = {item.job.name: item for item in corpus}
    assert "第500次跟进" in pdf_text(by_name["complaint-edge"].pdf)
    dispute = pdf_text(by_name["dispute-edge"].pdf)
    assert "第300次协调" in dispute and dispute.count("参与单位") > 3
