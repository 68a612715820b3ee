"""A generated profile as a word processor's document (.docx by python-docx), exported to PDF by LibreOffice.

Real Word headings (or bold body text), bulleted lists from Word's own list style (its
bullet is the Symbol font's private-use glyph) or typed markers with a tab, a bordered or
borderless overview table, a two-column table per werkproces, justified or ragged text,
a running header and a footer with the page number. Many documents go through one
LibreOffice call: starting it costs seconds.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

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


def _bullets(container, items, style):
    for item in items:
        if style.marker == PRIVATE_BULLET:
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


def to_docx(generated, path):
    """Write a generated document as a .docx at ``path``."""
    style, profile = generated.style, generated.profile
    document = Document()
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
            werkproces = content
            table = _table(document, 1, 2, style.bordered_columns)
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
    document.save(str(path))


def convert(paths, folder):
    """Convert .docx files to PDF in ``folder`` with one LibreOffice call; return the PDF paths."""
    folder = Path(folder)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(folder), *map(str, paths)],
                       check=True, capture_output=True, timeout=1800)
    return [folder / (Path(path).stem + ".pdf") for path in paths]
