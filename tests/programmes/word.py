"""A generated examenplan as a word processor's document (.docx by python-docx), exported to PDF by LibreOffice.

Tables in Word's "Table Grid" style; the header row marked as a repeating heading row
(``w:tblHeader``) or not; a header row alone at the foot of a page is a table of one row, a
page break and the rows in a second table; landscape pages are a section of their own. The
conversion is ``documents.word.convert`` (many documents in one LibreOffice call).
"""

from documents.word import _page_number, convert, soffice
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from programme_documents import parts

from programmes.reportlab_pdf import WEIGHTS

__all__ = ["to_docx", "convert", "soffice"]


def _landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    if section.page_width < section.page_height:
        section.page_width, section.page_height = section.page_height, section.page_width


def _text_width(section):
    return section.page_width - section.left_margin - section.right_margin


def _fill(cell, text, bold=False, size=7, font="DejaVu Sans Condensed"):
    """A cell's text in a narrow font, as schools set wide tables (words then rarely break inside)."""
    paragraph = cell.paragraphs[0]
    for number, line in enumerate(str(text).split("\n")):
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = font
        if number < len(str(text).split("\n")) - 1:
            run.add_break()


def _repeat_header(row):
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _table(document, columns, rows, width, repeat=True, weights=None):
    table = document.add_table(rows=len(rows) + 1, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    weights = weights or [WEIGHTS.get(column, 1.0) for column in columns]
    widths = [int(width * weight / sum(weights)) for weight in weights]
    for index, column in enumerate(columns):
        _fill(table.cell(0, index), column, bold=True)
    if repeat:
        _repeat_header(table.rows[0])
    for number, row in enumerate(rows, start=1):
        for index, value in enumerate(row):
            _fill(table.cell(number, index), value)
    for column, column_width in zip(table.columns, widths):  # LibreOffice reads the grid's widths
        column.width = column_width
    for row in table.rows:
        for cell, cell_width in zip(row.cells, widths):
            cell.width = cell_width
    return table


def to_docx(generated, path):
    """Write a generated examenplan as a .docx at ``path``."""
    style = generated.style
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Serif" if style.serif else "DejaVu Sans"
    normal.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.name = normal.font.name
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.5)
    if style.orientation == "liggend":
        _landscape(section)
    footer = section.footer.paragraphs[0]
    footer.text = "Examenplan\t\t"
    _page_number(footer)
    for kind, content in parts(generated):
        width = _text_width(document.sections[-1])
        if kind == "title":
            document.add_heading(content, level=1)
        elif kind == "kenmerken":
            if style.kenmerken_table:
                _table(document, ["Eigenschap", "Waarde"], content, width, weights=[2, 3])
                document.add_paragraph()
            else:
                for label, value in content:
                    document.add_paragraph(f"{label}: {value}")
        elif kind == "heading":
            document.add_heading(content, level=2)
        elif kind == "subheading":
            document.add_heading(content, level=3)
        elif kind == "text":
            document.add_paragraph(content)
        elif kind == "landscape":
            new = document.add_section(WD_SECTION.NEW_PAGE)
            _landscape(new)
            new.left_margin = new.right_margin = Cm(1.5)
        elif kind == "overview":
            rows = [(kerntaak, "\n".join(lines)) for kerntaak, lines in content]
            _table(document, ["Kerntaak", "Werkprocessen"], rows, width, weights=[2, 3])
            document.add_paragraph()
        elif kind == "table":
            weights = [WEIGHTS[kind] for kind in content["kinds"]]
            if content["orphan_header"]:
                _table(document, content["columns"], [], width, repeat=False, weights=weights)
                document.add_page_break()
                table = _table(document, content["columns"], content["rows"], width, repeat=False, weights=weights)
                table._tbl.remove(table.rows[0]._tr)  # the rows without a header
            else:
                _table(document, content["columns"], content["rows"], width, repeat=style.repeat_header,
                       weights=weights)
            document.add_paragraph()
    document.save(str(path))
