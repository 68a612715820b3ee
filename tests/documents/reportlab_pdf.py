"""A generated profile drawn with reportlab (tests/pdf_documents.py): the layout of the tests' own PDFs.

The overview is a table with or without rules (a kerntaak cell beside its werkprocessen);
headings are bold, and larger when the style sets headings by style; Helvetica or Times;
the style's list marker; running header and footer with page numbers.
"""

from pdf_documents import Bullets, Columns, Gap, Layout, PageBreak, Table, Text, render

from documents.layout import MONTHS, chapters

__all__ = ["blocks", "render_pdf"]


def blocks(generated):
    """The blocks of pdf_documents for a generated document."""
    meta = generated.profile["meta"]
    year, month, day = (int(part) for part in str(meta["vastgesteld_op"]).split("-"))
    found = [Text("Beroepscompetentieprofiel", bold=True), Text(meta["titel"], bold=True), Gap(2),
             Text(f"Vastgesteld door: {meta['vastgesteld_door']}"), Text(f"Op: {day} {MONTHS[month - 1]} {year}")]
    for kind, content in chapters(generated):
        if kind == "chapter":
            found += [PageBreak(), Text(content, bold=True), Gap()]
        elif kind == "heading":
            found += [Gap(), Text(content, bold=True)]
        elif kind == "text":
            found += [Text(content), Gap()]
        elif kind == "bullets":
            found.append(Bullets(content))
        elif kind == "overview":
            rows = [[["Kerntaak"], ["Werkproces"]]]
            rows += [[[f"Kerntaak {kerntaak_id}", titel], [f"{wid} {wtitel}" for wid, wtitel in werkprocessen]]
                     for kerntaak_id, titel, werkprocessen in content]
            found += [Table(rows, bordered=generated.style.bordered_overview), Gap()]
        elif kind == "werkproces":
            werkproces = content
            left = [Text("Beschrijving werkproces:", bold=True)]
            for paragraph in werkproces["beschrijving"].split("\n\n"):
                left += [Text(paragraph), Gap()]
            left.pop()
            right = [Text(f"{werkproces['id']} {werkproces['titel']}", bold=True), Gap(),
                     Text("Competenties:", bold=True), Bullets(werkproces["competenties"])]
            found += [Gap(), Columns(left, right), Gap(),
                      Text("Resultaat:", bold=True), Bullets(werkproces["resultaten"]), Gap(),
                      Text("Vakkennis en vakvaardigheden", bold=True),
                      Text("Kennis van:", bold=True), Bullets(werkproces["kennis"]),
                      Text("Vaardigheden:", bold=True), Bullets(werkproces["vaardigheden"])]
    return found


def render_pdf(generated, path):
    """Draw a generated document to a PDF at ``path``."""
    style = generated.style
    layout = Layout(header=style.header, footer=style.footer, marker=style.marker,
                    font="Times-Roman" if style.serif else "Helvetica",
                    heading_size=12.0 if style.headings_by_style else None)
    render(path, blocks(generated), layout)
