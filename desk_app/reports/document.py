"""A report as plain data: title, sections of paragraphs, tables and bar charts. The
data module builds one per report; ``pdf`` and ``xlsx`` render any of them, so the two
formats always hold the same figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: Relative column widths for the PDF (None: equal).
    widths: tuple[float, ...] | None = None


@dataclass(frozen=True)
class BarChart:
    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[BarChart, ...] = ()


@dataclass(frozen=True)
class ReportDocument:
    title: str
    #: Community name and period, under the title.
    subtitle: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    #: Signature line at the end (制表 / 审核 …); empty for the owners' notice.
    signatures: tuple[str, ...] = ()
    #: Who seals the document (``{seal}（盖章）`` at its foot, above a date line to fill
    #: in); None: no seal position.
    seal: str | None = None

    def all_text(self) -> list[str]:
        """Every string the document shows (tests check what an owner could read)."""
        texts = [self.title, self.subtitle, *self.signatures, *([self.seal] if self.seal else [])]
        for section in self.sections:
            texts.append(section.heading)
            texts.extend(section.paragraphs)
            for table in section.tables:
                texts.extend([table.title, *table.header])
                texts.extend(str(cell) for row in table.rows for cell in row if cell is not None)
            for chart in section.charts:
                texts.extend([chart.title, *chart.labels])
        return texts


def table(
    title: str, header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float] | None = None
) -> Table:
    return Table(title, tuple(header), tuple(tuple(row) for row in rows), tuple(widths) if widths else None)
