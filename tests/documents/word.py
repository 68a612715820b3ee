"""A generated profile as a word processor's document (.docx by python-docx), exported to PDF by LibreOffice.

Real Word headings (or bold body text), bulleted lists from Word's own list style (its
bullet is the Symbol font's private-use glyph), Word's automatic list with a "-" bullet
(numbering.xml) or typed markers with a tab, a bordered or borderless overview table, a
two-column table per werkproces (its right column narrow, so names wrap), justified or ragged text,
a running header and a footer with the page number. Many documents go through one
LibreOffice call: starting it costs seconds.
"""

import dataclasses
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from documents.layout import MONTHS, chapters
from documents.model import PRIVATE_BULLET

__all__ = ["to_docx", "convert", "soffice"]


def soffice():
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _heading(document, text, level, style):
    if style.headings_by_style:
        document.add_heading(text, level=level)
    else:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(13 if level == 1 else 11)


def _label(container, text):
    paragraph = container.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def _body(container, text, style):
    for part in text.split("\n\n"):
        paragraph = container.add_paragraph(part)
        if style.justified:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _dash_numbering(document):
    """The numId of a list whose bullet is "-", made in the document's numbering.xml (Word's automatic list)."""
    numbering = document.part.numbering_part.element
    abstract_id = str(90 + len(numbering.findall(qn("w:abstractNum"))))
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", "-"), ("w:lvlJc", "left")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        level.append(element)
    paragraph = OxmlElement("w:pPr")
    indent = OxmlElement("w:ind")
    indent.set(qn("w:left"), "360")
    indent.set(qn("w:hanging"), "360")
    paragraph.append(indent)
    level.append(paragraph)
    abstract.append(level)
    numbering.insert(0, abstract)   # abstractNum elements come before num elements
    number = OxmlElement("w:num")
    num_id = str(90 + len(numbering.findall(qn("w:num"))))
    number.set(qn("w:numId"), num_id)
    reference = OxmlElement("w:abstractNumId")
    reference.set(qn("w:val"), abstract_id)
    number.append(reference)
    numbering.append(number)
    return num_id


def _numbered(paragraph, num_id):
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", num_id)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        numbering.append(element)
    properties.append(numbering)


def _bullets(container, items, style):
    for item in items:
        if style.word_numbering:
            paragraph = container.add_paragraph(item)
            _numbered(paragraph, style.word_numbering)
            if style.justified:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif style.marker == PRIVATE_BULLET:
            container.add_paragraph(item, style="List Bullet")
        else:
            paragraph = container.add_paragraph(f"{style.marker}\t{item}")
            paragraph.paragraph_format.left_indent = Pt(18)
            paragraph.paragraph_format.first_line_indent = Pt(-18)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(18))


def _page_number(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)


def _table(document, rows, columns, bordered):
    table = document.add_table(rows=rows, cols=columns)
    if bordered:
        table.style = "Table Grid"
    return table


def _first(cell):
    """A cell's first (empty) paragraph removed, so its content starts with what is added."""
    paragraph = cell.paragraphs[0]
    paragraph._element.getparent().remove(paragraph._element)
    return cell


def _werkproces(document, werkproces, style):
    """A werkproces: a two-column table (description left, title and competencies right), then its lists."""
    table = _table(document, 1, 2, style.bordered_columns)
    if style.narrow_right:   # a narrow right column: competency names wrap
        table.autofit = False
        for column, width in zip(table.columns, (4.1, 1.9)):
            column.width = Inches(width)   # the table's grid, which LibreOffice lays out by
            column.cells[0].width = Inches(width)
    left, right = _first(table.cell(0, 0)), _first(table.cell(0, 1))
    _label(left, "Beschrijving werkproces:")
    _body(left, werkproces["beschrijving"], style)
    _label(right, f"{werkproces['id']} {werkproces['titel']}")
    _label(right, "Competenties:")
    _bullets(right, werkproces["competenties"], style)
    for label, name in (("Resultaat:", "resultaten"), ("Vakkennis en vakvaardigheden", None),
                        ("Kennis van:", "kennis"), ("Vaardigheden:", "vaardigheden")):
        _label(document, label)
        if name:
            _bullets(document, werkproces[name], style)
    document.add_paragraph()


def to_docx(generated, path):
    """Write a generated document as a .docx at ``path``."""
    style, profile = generated.style, generated.profile
    document = Document()
    if style.word_numbering:
        style = dataclasses.replace(style, word_numbering=_dash_numbering(document))
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Serif" if style.serif else "DejaVu Sans"
    normal.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Heading 3", "List Bullet"):
        document.styles[name].font.name = normal.font.name
    section = document.sections[0]
    if style.header:
        section.header.paragraphs[0].text = style.header
    footer = section.footer.paragraphs[0]
    if style.footer:
        footer.text = f"{style.footer}\t\t"
    _page_number(footer)
    meta = profile["meta"]
    year, month, day = (int(part) for part in str(meta["vastgesteld_op"]).split("-"))
    _heading(document, "Beroepscompetentieprofiel", 1, style)
    _heading(document, meta["titel"], 1, style)
    document.add_paragraph(f"Vastgesteld door: {meta['vastgesteld_door']}")
    document.add_paragraph(f"Op: {day} {MONTHS[month - 1]} {year}")
    for kind, content in chapters(generated):
        if kind == "chapter":
            document.add_page_break()
            _heading(document, content, 1, style)
        elif kind == "heading":
            _heading(document, content, 2, style)
        elif kind == "text":
            _body(document, content, style)
        elif kind == "bullets":
            _bullets(document, content, style)
        elif kind == "overview":
            table = _table(document, len(content) + 1, 2, style.bordered_overview)
            table.cell(0, 0).text, table.cell(0, 1).text = "Kerntaak", "Werkproces"
            for row, (kerntaak_id, titel, werkprocessen) in enumerate(content, start=1):
                left = _first(table.cell(row, 0))
                left.add_paragraph(f"Kerntaak {kerntaak_id}")
                left.add_paragraph(titel)
                right = _first(table.cell(row, 1))
                for werkproces_id, werkproces_titel in werkprocessen:
                    right.add_paragraph(f"{werkproces_id} {werkproces_titel}")
            document.add_paragraph()
        elif kind == "werkproces":
            _werkproces(document, content, style)
    document.save(str(path))


def convert(paths, folder):
    """Convert .docx files to PDF in ``folder`` with one LibreOffice call; return the PDF paths."""
    folder = Path(folder)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(folder), *map(str, paths)],
                       check=True, capture_output=True, timeout=1800)
    return [folder / (Path(path).stem + ".pdf") for path in paths]
