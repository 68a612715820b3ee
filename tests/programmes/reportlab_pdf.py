"""A generated examenplan drawn with reportlab's platypus: ruled tables that break across pages.

Tables are platypus ``Table`` objects with a grid, their header row repeated on every page
(``repeatRows=1``) or only on the first; a header row alone at the foot of a page is a table
of one row followed by a page break. Portrait, landscape or a landscape exam section (two
page templates). ``render_pdf`` returns the page of every onderdeel's row.
"""

from xml.sax.saxutils import escape

from programme_documents import parts
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

__all__ = ["render_pdf", "WEIGHTS"]

MARGIN = 50.0
# a column's share of the table's width
WEIGHTS = {"Code": 0.8, "Onderdeel": 2.0, "Soort": 1.4, "Vorm": 1.6, "Werkprocessen": 1.5, "Duur": 0.9,
           "Plaats": 1.6, "Weging": 1.0, "Periode": 1.0, "Module": 2.0, "Niveau": 1.1}


class _PagedTable(Table):
    """A Table that records the page on which each of its marked cells is drawn."""

    marks: dict = {}
    pages: dict = {}

    def draw(self):
        page = self.canv.getPageNumber()
        for row in self._cellvalues:
            for cell in row:  # a cell of flowables is a tuple of them
                for item in cell if isinstance(cell, (list, tuple)) else (cell,):
                    key = self.marks.get(id(item))
                    if key is not None:
                        self.pages.setdefault(key, page)
        super().draw()


def _styles(serif):
    font, bold = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    return {"body": ParagraphStyle("body", fontName=font, fontSize=10, leading=13, spaceAfter=6),
            "cell": ParagraphStyle("cell", fontName=font, fontSize=8, leading=10),
            "head": ParagraphStyle("head", fontName=bold, fontSize=8, leading=10),
            "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=12),
            "heading": ParagraphStyle("heading", fontName=bold, fontSize=12, leading=15, spaceBefore=10,
                                      spaceAfter=6),
            "subheading": ParagraphStyle("subheading", fontName=bold, fontSize=10, leading=13, spaceBefore=8,
                                         spaceAfter=4)}


def _para(text, style):
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


PADDING = 4.0
_GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING)])


def _widths(headers, columns, rows, styles, width):
    """Column widths: each at least its longest word (no word breaks inside), the rest shared by ``WEIGHTS``."""
    least = []
    for index, header in enumerate(headers):
        words = [(word, styles["head"]) for word in header.split()]
        words += [(word, styles["cell"]) for row in rows for word in str(row[index]).split()]
        least.append(max(stringWidth(word, style.fontName, style.fontSize) for word, style in words) + 2 * PADDING + 1)
    spare = width - sum(least)
    total = sum(WEIGHTS[column] for column in columns)
    if spare < 0:  # too many columns for the page: share by weight, and let long words break
        return [width * WEIGHTS[column] / total for column in columns]
    return [minimum + spare * WEIGHTS[column] / total for minimum, column in zip(least, columns)]


def _table(content, styles, width, marks):
    headers, rows = content["columns"], content["rows"]
    widths = _widths(headers, content["kinds"], rows, styles, width)
    header = [_para(text, styles["head"]) for text in headers]
    body = []
    for row, key in zip(rows, content["keys"]):
        cells = [_para(value, styles["cell"]) for value in row]
        marks[id(cells[0])] = key
        body.append(cells)
    if content["orphan_header"]:
        return [Spacer(1, 1), _PagedTable([header], colWidths=widths, style=_GRID), PageBreak(),
                _PagedTable(body, colWidths=widths, style=_GRID)]
    return [_PagedTable([header] + body, colWidths=widths, style=_GRID,
                        repeatRows=1 if content["repeat"] else 0)]


def _story(generated, styles, widths, marks):
    story = []
    width = widths[generated.style.orientation == "liggend"]
    for kind, content in parts(generated):
        if kind == "title":
            story.append(_para(content, styles["title"]))
        elif kind == "kenmerken":
            if generated.style.kenmerken_table:
                rows = [[_para("Eigenschap", styles["head"]), _para("Waarde", styles["head"])]]
                rows += [[_para(label, styles["cell"]), _para(value, styles["cell"])] for label, value in content]
                story.append(Table(rows, colWidths=[width * 0.4, width * 0.6], style=_GRID))
            else:
                story += [_para(f"{label}: {value}", styles["body"]) for label, value in content]
        elif kind in ("heading", "subheading", "text"):
            story.append(_para(content, styles["body" if kind == "text" else kind]))
        elif kind == "landscape":
            story += [NextPageTemplate("liggend"), PageBreak()]
            width = widths[1]
        elif kind == "overview":
            rows = [[_para("Kerntaak", styles["head"]), _para("Werkprocessen", styles["head"])]]
            rows += [[_para(kerntaak, styles["cell"]), _para("\n".join(lines), styles["cell"])]
                     for kerntaak, lines in content]
            story.append(Table(rows, colWidths=[width * 0.4, width * 0.6], style=_GRID, repeatRows=1))
        elif kind == "table":
            story += _table({**content, "repeat": generated.style.repeat_header}, styles, width, marks)
            story.append(Spacer(1, 8))
    return story


def _footer(canvas, document):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    width, _ = canvas._pagesize
    canvas.drawString(MARGIN, 25, "Examenplan")
    canvas.drawRightString(width - MARGIN, 25, f"Pagina {canvas.getPageNumber()}")
    canvas.restoreState()


def render_pdf(generated, path):
    """Draw a generated examenplan to a PDF at ``path``; return {onderdeel name: page of its row}."""
    portrait, wide = A4, landscape(A4)
    templates = [PageTemplate(id=name, pagesize=size, onPage=_footer,
                              frames=[Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id=name)])
                 for name, size in (("staand", portrait), ("liggend", wide))]
    if generated.style.orientation == "liggend":
        templates.reverse()
    document = BaseDocTemplate(str(path), pagesize=templates[0].pagesize, pageTemplates=templates, invariant=1,
                               title="Examenplan", author="", creator="", producer="tests")
    marks, pages = {}, {}
    _PagedTable.marks, _PagedTable.pages = marks, pages
    widths = (portrait[0] - 2 * MARGIN, wide[0] - 2 * MARGIN)
    document.build(_story(generated, _styles(generated.style.serif), widths, marks))
    return dict(pages)
