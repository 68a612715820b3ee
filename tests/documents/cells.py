"""A generated profile drawn by a PDF library cell by cell (reportlab's platypus ``Table``): a table per kerntaak.

Each kerntaak is one bordered table whose header row "Werkproces | Competenties" repeats on
every page or stands on the first only; a werkproces is a row: its id and title, description, Resultaat, Kennis and
Vaardigheden in the left cell, its competencies one per line in the right cell, vertically
centred, with no marker, with or without a "Competenties:" label. The overview is a bordered table whose kerntaak cell
spans the rows of its werkprocessen. The colofon is a table of label and value.
"""

from documents.layout import MONTHS, chapters

__all__ = ["render_pdf"]


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11.5)
    return {"body": body, "bold": ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold"),
            "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19,
                                 spaceAfter=8),
            "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15,
                                 spaceBefore=8, spaceAfter=6),
            "item": ParagraphStyle("item", parent=body, leftIndent=10, bulletIndent=0)}


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _grid():
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])


def _colofon(meta, styles):
    from reportlab.platypus import Paragraph, Table

    year, month, day = (int(part) for part in str(meta["vastgesteld_op"]).split("-"))
    rows = [[Paragraph("Vastgesteld door", styles["bold"]), Paragraph(_escape(meta["vastgesteld_door"]),
                                                                      styles["body"])],
            [Paragraph("Op", styles["bold"]), Paragraph(f"{day} {MONTHS[month - 1]} {year}", styles["body"])]]
    table = Table(rows, colWidths=[130, 330], hAlign="LEFT")
    table.setStyle(_grid())
    return table


def _overview(content, styles):
    """The overview: the kerntaak cell spans the rows of its werkprocessen."""
    from reportlab.platypus import Paragraph, Table

    rows, spans = [[Paragraph("Kerntaak", styles["bold"]), Paragraph("Werkproces", styles["bold"])]], []
    for kerntaak_id, titel, werkprocessen in content:
        first = len(rows)
        for number, (werkproces_id, werkproces_titel) in enumerate(werkprocessen):
            left = Paragraph(f"Kerntaak {kerntaak_id}<br/>{_escape(titel)}", styles["body"]) if not number else ""
            rows.append([left, Paragraph(f"{werkproces_id} {_escape(werkproces_titel)}", styles["body"])])
        spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
    table = Table(rows, colWidths=[200, 270], hAlign="LEFT", repeatRows=1)
    style = _grid()
    for span in spans:
        style.add(*span)
    table.setStyle(style)
    return table


def _left_cell(werkproces, styles):
    from reportlab.platypus import Paragraph, Spacer

    cell = [Paragraph(f"{werkproces['id']} {_escape(werkproces['titel'])}", styles["bold"]), Spacer(1, 4)]
    cell += [Paragraph(_escape(part), styles["body"]) for part in werkproces["beschrijving"].split("\n\n")]
    for label, name in (("Resultaat:", "resultaten"), ("Kennis van:", "kennis"), ("Vaardigheden:", "vaardigheden")):
        cell += [Spacer(1, 4), Paragraph(label, styles["bold"])]
        cell += [Paragraph(_escape(item), styles["item"], bulletText="-") for item in werkproces[name]]
    return cell


def _kerntaak_table(werkprocessen, styles, style):
    """A kerntaak's table; with ``style.bordered_columns`` each right cell opens with "Competenties:", with
    ``style.headings_by_style`` the header row repeats on every page (else it stands on the first only)."""
    from reportlab.platypus import Paragraph, Table

    rows = [[Paragraph("Werkproces", styles["bold"]), Paragraph("Competenties", styles["bold"])]]
    for werkproces in werkprocessen:
        label = [Paragraph("Competenties:", styles["bold"])] if style.bordered_columns else []
        rows.append([_left_cell(werkproces, styles),
                     label + [Paragraph(_escape(name), styles["body"]) for name in werkproces["competenties"]]])
    table = Table(rows, colWidths=[330, 150], hAlign="LEFT", repeatRows=1 if style.headings_by_style else 0,
                  splitByRow=1)
    style = _grid()
    style.add("VALIGN", (1, 1), (1, -1), "MIDDLE")
    table.setStyle(style)
    return table


def _story(generated, styles):
    from reportlab.platypus import PageBreak, Paragraph

    meta = generated.profile["meta"]
    story = [Paragraph("Beroepscompetentieprofiel", styles["h1"]), Paragraph(_escape(meta["titel"]), styles["h1"]),
             _colofon(meta, styles)]
    werkprocessen = []
    for kind, content in chapters(generated):
        if kind != "werkproces" and werkprocessen:
            story.append(_kerntaak_table(werkprocessen, styles, generated.style))
            werkprocessen = []
        if kind == "chapter":
            story += [PageBreak(), Paragraph(_escape(content), styles["h1"])]
        elif kind == "heading":
            story.append(Paragraph(_escape(content), styles["h2"]))
        elif kind == "text":
            story.append(Paragraph(_escape(content), styles["body"]))
        elif kind == "bullets":
            story += [Paragraph(_escape(item), styles["item"], bulletText="-") for item in content]
        elif kind == "overview":
            story.append(_overview(content, styles))
        elif kind == "werkproces":
            werkprocessen.append(content)
    if werkprocessen:
        story.append(_kerntaak_table(werkprocessen, styles, generated.style))
    return story


def render_pdf(generated, path):
    """Draw a generated document to a PDF at ``path``: tables drawn cell by cell."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def footer(canvas, document):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 30, generated.style.footer or "")
        canvas.drawRightString(A4[0] - 56, 30, str(document.page))

    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=56,
                                 bottomMargin=56, invariant=1)
    document.build(_story(generated, _styles()), onFirstPage=footer, onLaterPages=footer)
