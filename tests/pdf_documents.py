"""PDFs made in the tests: a small flow layout with reportlab, and a profile in the layout of a BCP.

A document is a list of blocks, laid out top to bottom on A4 pages:

- ``Text(text)``: a full-width paragraph, wrapped;
- ``Bullets(items)``: full-width items with a dash, wrapped with a hanging indent;
- ``Gap()``: an empty line;
- ``Columns(left, right)``: two columns side by side (each a list of the blocks above), as a
  BCP prints a werkproces: its description left, its title and competencies right;
- ``PageBreak()``;
- ``Table(rows, bordered)``: a table of two columns, each cell a list of paragraphs, drawn with
  rules around every cell when ``bordered``.

Running headers, footers and page numbers are drawn on every page. The column widths, the
font size and the footer are parameters, so tests can vary the layout.
"""

import dataclasses

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

__all__ = ["Text", "Bullets", "Gap", "Columns", "PageBreak", "Table", "Layout", "render", "bcp_blocks"]


@dataclasses.dataclass
class Text:
    text: str
    bold: bool = False


@dataclasses.dataclass
class Bullets:
    items: list


@dataclasses.dataclass
class Gap:
    lines: float = 1.0


@dataclasses.dataclass
class Columns:
    left: list
    right: list


@dataclasses.dataclass
class PageBreak:
    pass


@dataclasses.dataclass
class Table:
    rows: list
    bordered: bool = True


@dataclasses.dataclass
class Layout:
    """Page geometry in points (A4 is 595 × 842)."""

    margin: float = 56.0
    font_size: float = 10.0
    leading: float = 13.0
    left_width: float = 290.0      # width of the left column of a Columns block
    column_gap: float = 30.0
    header: str | None = None      # running header at the top of every page
    footer: str | None = "BCP Junior accountmanager"
    page_numbers: bool = True
    first_page_number: int = 1
    marker: str = "-"
    font: str = "Helvetica"        # or "Times-Roman"
    heading_size: float | None = None  # a bold Text is set this large (None: the body size)

    @property
    def bold_font(self):
        return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[self.font]


def _wrap(text, width, font, size):
    lines = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if line and stringWidth(candidate, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _block_lines(block, width, layout):
    """The lines of one block as (indent, text, font)."""
    if isinstance(block, Gap):
        return [(0.0, "", "Helvetica")] * int(round(block.lines))
    if isinstance(block, Text):
        font = layout.bold_font if block.bold else layout.font
        return [(0.0, line, font) for line in _wrap(block.text, width, font, layout.font_size)]
    if isinstance(block, Bullets):
        lines = []
        marker = layout.marker if layout.marker != "\uf0b7" else "•"
        indent = max(stringWidth(f"{marker} ", layout.font, layout.font_size), 12.0)
        for item in block.items:
            wrapped = _wrap(item, width - indent, layout.font, layout.font_size)
            lines.append((0.0, f"{marker} " + wrapped[0], layout.font))
            lines.extend((indent, line, layout.font) for line in wrapped[1:])
        return lines
    raise TypeError(block)


class _Writer:
    def __init__(self, path, layout):
        self.layout = layout
        self.canvas = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.canvas.setTitle("profiel")
        self.page = 0
        self.width, self.height = A4
        self._new_page(first=True)

    @property
    def text_width(self):
        return self.width - 2 * self.layout.margin

    def _new_page(self, first=False):
        if not first:
            self._decorate()
            self.canvas.showPage()
        self.page += 1
        self.y = self.height - self.layout.margin - (2 * self.layout.leading if self.layout.header else 0)

    def _decorate(self):
        layout = self.layout
        self.canvas.setFont("Helvetica", 8)
        if layout.header:
            self.canvas.drawString(layout.margin, self.height - layout.margin + 10, layout.header)
        if layout.footer:
            self.canvas.drawString(layout.margin, 30, layout.footer)
        if layout.page_numbers:
            self.canvas.drawRightString(self.width - layout.margin, 30, str(self.page + layout.first_page_number - 1))

    def _room(self):
        return self.y - self.layout.margin

    def line(self, x, text, font):
        if self._room() < self.layout.leading:
            self._new_page()
        if text:
            size = self.layout.font_size
            if font == self.layout.bold_font and self.layout.heading_size:
                size = self.layout.heading_size
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, self.y, text)
        self.y -= self.layout.leading

    def block(self, block):
        layout = self.layout
        if isinstance(block, PageBreak):
            self._new_page()
            return
        if isinstance(block, Table):
            self._table(block)
            return
        if isinstance(block, Columns):
            right_width = self.text_width - layout.left_width - layout.column_gap
            left = [line for part in block.left for line in _block_lines(part, layout.left_width, layout)]
            right = [line for part in block.right for line in _block_lines(part, right_width, layout)]
            rows = max(len(left), len(right))
            if rows * layout.leading > self._room():
                self._new_page()
            top = self.y
            for column, x in ((left, layout.margin), (right, layout.margin + layout.left_width + layout.column_gap)):
                self.y = top
                for indent, text, font in column:
                    self.line(x + indent, text, font)
            self.y = top - rows * layout.leading
            return
        for indent, text, font in _block_lines(block, self.text_width, layout):
            self.line(layout.margin + indent, text, font)

    def _table(self, table):
        layout = self.layout
        widths = (0.4 * self.text_width, 0.6 * self.text_width)
        padding = 4.0
        for row in table.rows:
            cells = [[line for paragraph in cell for line in _block_lines(
                paragraph if not isinstance(paragraph, str) else Text(paragraph), width - 2 * padding, layout)]
                for cell, width in zip(row, widths)]
            height = max(len(lines) for lines in cells) * layout.leading + 2 * padding
            if height > self._room():
                self._new_page()
            top = self.y + layout.leading - 2.0
            x = layout.margin
            for lines, width in zip(cells, widths):
                self.y = top - padding - layout.leading + 2.0
                for indent, text, font in lines:
                    self.line(x + padding + indent, text, font)
                if table.bordered:
                    self.canvas.setLineWidth(0.5)
                    self.canvas.rect(x, top - height, width, height, stroke=1, fill=0)
                x += width
            self.y = top - height - layout.leading + 2.0

    def close(self):
        self._decorate()
        self.canvas.showPage()
        self.canvas.save()


def render(path, blocks, layout=None):
    """Render blocks to a PDF at ``path``; return the number of pages.

    Parameters
    ----------
    path : pathlib.Path
    blocks : list
    layout : Layout, optional

    Returns
    -------
    int
    """
    writer = _Writer(path, layout or Layout())
    for block in blocks:
        writer.block(block)
    pages = writer.page
    writer.close()
    return pages


_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def _text(item):
    return item["tekst"] if isinstance(item, dict) else item


def bcp_blocks(profile, arbeidsmarkt_lines=(), title_above=False):
    """The blocks of a BCP laid out from a profile mapping (the YAML format of data/README.md).

    Front matter (title, colofon), chapter 1 with the functiebenamingen and, when given, the
    labour-market section's lines as prose, chapter 2's overview of kerntaken and
    werkprocessen, and chapter 3 with every werkproces: description left; title and
    Competenties right; Resultaat, Kennis van and Vaardigheden full width below.

    Parameters
    ----------
    profile : dict
    arbeidsmarkt_lines : list of str, optional
        The paragraphs of the labour-market text of §1.4 ("Arbeidsmarkt"), one string each,
        its "Bron:" line last.
    title_above : bool, optional
        Print each werkproces's "N.M Titel" full width above its two columns (another layout
        some profiles use) instead of at the top of the right column.

    Returns
    -------
    list
    """
    meta = profile["meta"]
    blocks = [
        Text("Beroepscompetentieprofiel", bold=True), Text(meta["titel"], bold=True), Gap(2),
    ]
    if "vastgesteld_door" in meta:
        blocks.append(Text(f"Vastgesteld door: {meta['vastgesteld_door']}"))
    if "vastgesteld_op" in meta:
        year, month, day = (int(part) for part in str(meta["vastgesteld_op"]).split("-"))
        blocks.append(Text(f"Op: {day} {_MONTHS[month - 1]} {year}"))
    blocks += [PageBreak(), Text("1 Beroepsbeschrijving", bold=True), Gap()]
    if profile.get("functiebenamingen"):
        blocks += [Text("1.1 Mogelijke functiebenamingen", bold=True), Bullets(profile["functiebenamingen"]), Gap()]
    if arbeidsmarkt_lines:
        blocks += [Text("1.4 Trends en innovaties", bold=True), Gap(), Text("Arbeidsmarkt", bold=True), Gap(),
                   Text("Wat is het arbeidsmarktperspectief voor dit beroep?"), Gap()]
        for paragraph in arbeidsmarkt_lines:
            blocks += [Text(paragraph), Gap()]
    blocks += [PageBreak(), Text("2 Overzicht van kerntaken en werkprocessen in het beroep", bold=True), Gap(),
               Text("Kerntaak Werkproces"), Gap()]
    for kerntaak in profile["kerntaken"]:
        blocks += [Text(f"Kerntaak {kerntaak['id']}"), Text(kerntaak["titel"]), Gap()]
        for werkproces in kerntaak["werkprocessen"]:
            blocks += [Text(f"{werkproces['id']} {werkproces['titel']}"), Gap()]
    blocks += [PageBreak(), Text("3 Beschrijving van de kerntaken", bold=True), Gap()]
    for kerntaak in profile["kerntaken"]:
        blocks += [PageBreak(), Text(f"Kerntaak {kerntaak['id']} {kerntaak['titel']}", bold=True), Gap()]
        for werkproces in kerntaak["werkprocessen"]:
            left = [Text("Beschrijving werkproces:", bold=True)]
            for paragraph in werkproces["beschrijving"].split("\n\n"):
                left += [Text(paragraph), Gap()]
            left.pop()
            title = Text(f"{werkproces['id']} {werkproces['titel']}", bold=True)
            right = [Text("Competenties:", bold=True), Bullets([_text(name) for name in werkproces["competenties"]])]
            if title_above:
                blocks += [title, Gap()]
            else:
                right = [title, Gap()] + right
            blocks += [Columns(left, right), Gap(),
                       Text("Resultaat:", bold=True), Bullets([_text(item) for item in werkproces["resultaten"]]),
                       Gap(), Text("Vakkennis en vakvaardigheden", bold=True),
                       Text("Kennis van:", bold=True), Bullets([_text(item) for item in werkproces["kennis"]]),
                       Text("Vaardigheden:", bold=True),
                       Bullets([_text(item) for item in werkproces["vaardigheden"]]), Gap(2)]
        if kerntaak.get("toelichting"):
            blocks += [Text("Toelichting:", bold=True), Gap()]
            for paragraph in kerntaak["toelichting"].split("\n\n"):
                blocks += [Text(paragraph), Gap()]
    return blocks
