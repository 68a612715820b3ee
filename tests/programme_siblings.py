"""Lookalikes of the four shared programme documents: each school's template, with other content.

The shared documents (``shared/programmes``) are one document of each of four schools; a
school uses the same template for its other qualifications, cohorts and years. Each
function here draws a PDF in one school's template (page size and orientation, the table's
columns and their widths, rules, fonts and sizes, running headers and footers, where the
kenmerken stand), with content given to it: other crebo and profile names, more or fewer
kerntaken, titles that wrap, exams whose rows break over a page, ranges and lists, a
proeve per kerntaak, two profielen.

- :func:`utrecht`: MBO Utrecht's "Examenplan en diploma-eisen" (a web page printed by Chrome:
  A4 portrait, a table "Eigenschap | Waarde", per kerntaak its werkprocessen as one wrapped
  paragraph and a table of exams with a blue header row of seven columns).
- :func:`aeres`: Aeres MBO's examenplan (Word, A4 landscape, Verdana: labels "Opleiding:",
  "Crebo:", a yellow table "Opbouw van de opleiding", a green table "Beroepsgerichte
  examenonderdelen" of eight columns, the footer "Pagina n/m"). Drawn with reportlab in Word's
  layout, so that the tests need no LibreOffice.
- :func:`talland`: Talland College's OER (iText, A4 portrait, Helvetica: the first line
  "crebo name ... C2025-2026", the KD's overview as lines of text, a proeve per kerntaak in a
  ruled table of ten narrow columns whose words break anywhere, the footer "n van m").
- :func:`curio`: Curio's OER (DevExpress, A4 portrait, Arial: a table "Cohort | Crebo" on page
  1, Bijlage 1 with the KD's profiel row and its kerntaken and werkprocessen in ruled tables
  with a purple header, the running footer "n Curio Onderwijs- en Examenregeling cohort ...").

The content of every lookalike is in :data:`DOCUMENTS` (``tests/programme_sibling_documents.py``);
its expected reading is written out by hand in ``tests/test_programme_siblings.py``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from programme_sibling_documents import DOCUMENTS
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

__all__ = ["DOCUMENTS", "WORD", "render", "word_pdfs", "utrecht", "aeres", "aeres_docx", "talland", "curio"]


def _style(size, font="Helvetica", wrap=None, colour=colors.black, leading=None):
    style = ParagraphStyle(f"s{size}{font}{wrap}", fontName=font, fontSize=size, leading=leading or size * 1.25,
                           textColor=colour)
    if wrap:
        style.wordWrap = wrap
    return style


def _p(text, style):
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _logo(canvas, x, y, width, height, colour):
    """A school's logo: a picture in the shared documents, here a shape without text."""
    canvas.setFillColor(colour)
    canvas.roundRect(x, y, width, height, 4, stroke=0, fill=1)


def _build(path, story, pagesize, on_page, margins=(48, 40, 48, 40)):
    left, top, right, bottom = margins
    document = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                                 bottomMargin=bottom, invariant=1, title="", author="", creator="", producer="")
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --- MBO Utrecht --------------------------------------------------------------------------------

_BLUE, _CELL = colors.HexColor("#1fa8e8"), colors.HexColor("#dde3ee")


def utrecht(path, doc):
    """MBO Utrecht's examenplan: kenmerken table, per kerntaak its werkprocessen and a table of exams."""
    body, small, head = _style(9), _style(8), _style(8, "Helvetica-Bold", colour=colors.white)
    cell = _style(8, "Helvetica-Bold")
    story = [_p("Examenplan en diploma-eisen", _style(18, colour=_BLUE)), Spacer(1, 10)]
    rows = [("Eigenschap", "Waarde")] + list(doc["kenmerken"])
    table = Table([[_p(a, head if i == 0 else cell), _p(b, head if i == 0 else small)]
                   for i, (a, b) in enumerate(rows)], colWidths=[254, 250])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _BLUE),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [table, Spacer(1, 8), _p(doc.get("intro", "Dit examenplan bevat de examen- en diploma-eisen."), body),
              Spacer(1, 8), _p("1. Examinering beroepsspecifieke examenonderdelen", _style(13, colour=_BLUE))]
    for item in doc["parts"]:
        if isinstance(item, str):           # a heading ("1.1. Basisdeel") or a spacer ("<spacer N>")
            if item.startswith("<spacer"):
                story.append(Spacer(1, int(item.split()[1][:-1])))
            else:
                story += [Spacer(1, 6), _p(item, _style(12, colour=_BLUE))]
            continue
        kerntaak, titel, werkprocessen, exams = item
        story += [_p(f"{kerntaak} - {titel}", _style(10, colour=_BLUE)), _p("Kennis en vaardigheden", body),
                  _p(_listed(werkprocessen, doc.get("break_in")), body), Spacer(1, 4),
                  _p("Examens", body)]
        header = ["Naam beroepsgerichte examen", "Examenvorm", "Inhoud examen", "Resultaat", "Duur examen",
                  "Plaats afname", "Weging examens"]
        # "<page>" among the exams: the table goes on on the next page, its header not repeated (as Chrome prints
        # the shared document's P2-K2 table, pages 3-4); first in the list, the header stands alone at the page's foot
        chunks = [[]]
        for exam in exams:
            chunks.append([]) if exam == "<page>" else chunks[-1].append(exam)
        for number, chunk in enumerate(chunks):
            data = [[_p(text, head) for text in header]] if number == 0 else []
            # an exam of seven cells is a row as printed: the part of a row that Chrome cuts at a page's foot, or the
            # rest of it on the next page (empty where a cell's text ended on the page before)
            data += [[_p(text, cell) for text in (exam if len(exam) == 7 else exam[:3] + ("cijfer",) + exam[3:])]
                     for exam in chunk]
            table = Table(data, colWidths=[91, 74, 85, 60, 61, 76, 52])
            # Chrome paints each cell: a blue header, grey-blue cells, white lines between them
            table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), _CELL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("GRID", (0, 0), (-1, -1), 1, colors.white)]
                                      + ([("BACKGROUND", (0, 0), (-1, 0), _BLUE)] if number == 0 else [])))
            story += ([PageBreak()] if number else []) + [table]
        story += [Spacer(1, 6), _p("Cesuur OVG/cijfers", body),
                  _p("Een examen is behaald als er minimaal een voldoende is gehaald voor een examenopdracht.", body),
                  _p("Beslisregels", body), _p("Het examen moet met minimaal een 5,5 beoordeeld zijn.", body)]
    if doc.get("nederlands"):
        header = ["Naam beroepsgerichte examen", "Examenvorm", "Inhoud examen", "Resultaat", "Duur examen",
                  "Plaats afname", "Weging examens"]
        rows = [(f"Nederlands 3F - {part}", "Vaardigheidsexamen", "", "cijfer", duur, "School", "1")
                for part, duur in (("Luisteren", "1 uur"), ("Spreken", "12 minuten"))]
        table = Table([[_p(text, head) for text in header]] + [[_p(text, cell) for text in row] for row in rows],
                      colWidths=[91, 74, 85, 60, 61, 76, 52])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), _CELL), ("BACKGROUND", (0, 0), (-1, 0), _BLUE),
                                   ("GRID", (0, 0), (-1, -1), 1, colors.white)]))
        story += [_p("Beroepsvereisten", _style(10, colour=_BLUE)), _p("Kennis en vaardigheden", body),
                  _p("Examens", body), table]
    story += [Spacer(1, 8), _p("1.3 Keuzedelen", _style(12, colour=_BLUE)),
              _p(f"De keuzedelen hebben een eigen examenplan. De keuzedelen die voor dit crebo bij {doc['school']} "
                 "beschikbaar zijn, vind je in de Onderwijs- en examenregeling (OER).", body)]
    story += [_p(text, body) for text in doc.get("tail", ())]

    def page(canvas, _):
        canvas.saveState()
        _logo(canvas, 48, A4[1] - 44, 50, 22, _BLUE)
        canvas.restoreState()

    _build(path, story, A4, page)


def _listed(werkprocessen, break_in=None):
    """The werkprocessen as one paragraph; Chrome breaks a line after a code's hyphen where it must: ``break_in``
    (a code) is broken so ("B1-K1-" / "W4")."""
    text = ", ".join(f"{code} - {name}" for code, name in werkprocessen)
    return text.replace(break_in, f"{break_in[:6]}\n{break_in[6:]}") if break_in else text


# --- Aeres MBO ----------------------------------------------------------------------------------

_GREEN, _LIGHT, _YELLOW = colors.HexColor("#12b76a"), colors.HexColor("#b8f5d3"), colors.HexColor("#fff6c2")


def aeres(path, doc):
    """Aeres MBO's examenplan: landscape, labels on page 1, "Opbouw van de opleiding", examenonderdelen."""
    body, bold, small, small_bold = _style(9), _style(9, "Helvetica-Bold"), _style(6), _style(6, "Helvetica-Bold")
    story = [Spacer(1, 30), _p(f"Examenplan cohort {doc['cohort']}", _style(20)), _p(doc["profiel"], _style(20)),
             Spacer(1, 20)]
    labels = Table([[_p(label, body), _p(value, body)] for label, value in doc["labels"]], colWidths=[130, 400],
                   hAlign="LEFT")
    story += [labels, PageBreak(), _p("Opbouw van de opleiding", _style(16)), Spacer(1, 6),
              _p("Elke opleiding bestaat uit een aantal kerntaken, passend bij het beroep.", body),
              _p("De kerntaken en werkprocessen die jij moet kunnen uitvoeren voor jouw diploma staan hieronder.",
                 body),
              Spacer(1, doc.get("gap", 12))]
    data = [[_p("Kerntaken", bold), _p("Werkprocessen", bold)], [_p("Code    Naam", bold), _p("Code    Naam", bold)]]
    for kerntaak, titel, werkprocessen in doc["opbouw"]:
        data.append([_p(f"{kerntaak}:  {titel}", body),
                     [_p(f"{code}:  {name}", body) for code, name in werkprocessen]])
    table = Table(data, colWidths=[300, 390], repeatRows=2)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), _YELLOW), ("BACKGROUND", (0, 0), (-1, 0),
                                                                           colors.HexColor("#f5b800")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 2), (-1, -1), 10)]))
    story += [table, PageBreak(), _p("Beroepsgerichte examenonderdelen", _style(16)),
              Spacer(1, doc.get("exam_gap", 12))]
    header = ["Examen-code", "Examenvorm", "Kerntaken", "Werkprocessen", "Duur examen", "Plaats afname", "Weging",
              "Schaal"]
    data = [[_p(text, small_bold) for text in header]]
    for code, vorm, kerntaken, werkprocessen, duur, plaats, weging, schaal in doc["examens"]:
        data.append([_p(code, small_bold), _p(vorm, small_bold), _p(kerntaken, small), _p(werkprocessen, small),
                     _p(duur, small), _p(plaats, small), _p(weging, small_bold), _p(schaal, small_bold)])
    table = Table(data, colWidths=[70, 113, 146, 112, 62, 62, 52, 88], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _GREEN), ("BACKGROUND", (0, 1), (-1, -1), _LIGHT),
                               ("BACKGROUND", (0, 1), (0, -1), _GREEN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("GRID", (0, 0), (-1, -1), 2, colors.white)]))
    story += [table, Spacer(1, 14), _p("Examenonderdelen generieke eisen voor taal en rekenen", _style(16))]
    taal = Table([[_p(t, small_bold) for t in ("Examen-onderdeel", "Leverancier", "Examenvorm", "Niveau",
                                                "Duur examen", "Plaats afname", "Weging", "Schaal")]]
                 + [[_p(t, small) for t in row] for row in (
                     ("Lezen, luisteren", "CvTE", "Centraal examen (CE)", "3F", "120 minuten", "school", "50%",
                      "Cijfer 1 t/m 10"),
                     ("Rekenen", "Coöperatie Examens MBO", "Instellingsexamen (IE)", "Niveau 4", "150 minuten",
                      "school", "1", "Cijfer 1 t/m 10"))], colWidths=[90, 80, 110, 60, 80, 70, 60, 100], hAlign="LEFT")
    taal.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _GREEN)]))
    story.append(taal)
    total = doc["pages"]

    def page(canvas, document):
        canvas.saveState()
        _logo(canvas, 70, landscape(A4)[1] - 60, 70, 26, colors.HexColor("#1f5c3a"))
        canvas.setFont("Helvetica", 7.6)
        canvas.setFillColor(colors.black)
        canvas.drawString(70, 28, f"Pagina {document.page}/{total}")
        canvas.restoreState()

    _build(path, story, landscape(A4), page, margins=(76, 70, 60, 50))


def aeres_docx(path, doc):
    """Aeres MBO's examenplan as Word makes it (python-docx; :func:`word_pdfs` exports it with LibreOffice): a
    landscape section, the labels and a tab, the table of the opbouw and the green table of examenonderdelen with
    its header row repeated on every page, the footer "Pagina n/m" of Word's fields."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)   # A4 landscape
    section.left_margin = section.right_margin = Mm(25)
    style = document.styles["Normal"]
    style.font.name, style.font.size = "DejaVu Sans", Pt(9)
    for text in (f"Examenplan cohort {doc['cohort']}", doc["profiel"]):
        document.add_paragraph().add_run(text).font.size = Pt(20)
    for label, value in doc["labels"]:
        document.add_paragraph(f"{label}\t{value}")
    document.add_page_break()
    document.add_paragraph().add_run("Opbouw van de opleiding").font.size = Pt(16)
    document.add_paragraph("De kerntaken en werkprocessen die jij moet kunnen uitvoeren voor jouw diploma staan "
                           "hieronder.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Kerntaken", "Werkprocessen"
    for kerntaak, titel, werkprocessen in doc["opbouw"]:
        cells = table.add_row().cells
        cells[0].text = f"{kerntaak}:  {titel}"
        cells[1].text = "\n".join(f"{code}:  {name}" for code, name in werkprocessen)
    document.add_page_break()
    document.add_paragraph().add_run("Beroepsgerichte examenonderdelen").font.size = Pt(16)
    header = ["Examen-code", "Examenvorm", "Kerntaken", "Werkprocessen", "Duur examen", "Plaats afname", "Weging",
              "Schaal"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    _word_header(table.rows[0])
    for cell, text in zip(table.rows[0].cells, header):
        _word_cell(cell, text, bold=True, fill="12B76A")
    for row in doc["examens"]:
        for cell, text in zip(table.add_row().cells, row):
            _word_cell(cell, text, fill="B8F5D3")
    footer = section.footer.paragraphs[0]
    footer.add_run("Pagina ")
    _word_field(footer, "PAGE")
    footer.add_run("/")
    _word_field(footer, "NUMPAGES")
    document.save(str(path))


def _word_cell(cell, text, bold=False, fill=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    lines = text.split("\n")
    paragraph = cell.paragraphs[0]
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold, run.font.size = bold, Pt(7)
        if number < len(lines) - 1:
            run.add_break()
    if fill:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shading)


def _word_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _word_field(paragraph, name):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, name), ("end", None)):
        element = OxmlElement("w:fldChar" if kind else "w:instrText")
        if kind:
            element.set(qn("w:fldCharType"), kind)
        else:
            element.text = text
        run._r.append(element)


def word_pdfs(names, folder):
    """The Word lookalikes ``names`` written as .docx and exported to PDF by one LibreOffice call: {name: path}."""
    import shutil
    import subprocess
    import tempfile

    paths = []
    for name in names:
        paths.append(folder / f"{name}.docx")
        aeres_docx(paths[-1], DOCUMENTS[name])
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", str(folder), *map(str, paths)],
                       check=True, capture_output=True, timeout=300)
    return {name: folder / f"{name}.pdf" for name in names}


# --- Talland College ----------------------------------------------------------------------------

_TEAL = colors.HexColor("#cfe8f0")


def talland(path, doc):
    """Talland College's OER: a first line naming crebo and cohort, the KD's overview as lines, a proeve per
    kerntaak."""
    body, heading = _style(12, leading=18), _style(15, "Helvetica-Bold", leading=20)
    narrow, banner = _style(10.8, wrap="CJK", leading=15), _style(10.8, "Helvetica-Bold", leading=15)
    story = [_p(doc["first"], body), PageBreak(), _p("beroepsgerichte onderdelen", heading), Spacer(1, 8),
             _p("De kerntaken van het basis- en profieldeel zijn de belangrijkste onderdelen van het beroep.", body),
             _p("Overzicht van het kwalificatiedossier", body)]
    story += [_p(line, body) for line in doc["overview"]]
    story.append(PageBreak())
    for item in doc["proeven"]:
        if isinstance(item, str):
            story.append(Spacer(1, int(item.split()[1][:-1])) if item.startswith("<spacer") else _p(item, heading))
            continue
        deel, naam, crebo, kerntaak, kerntaak_titel, inhoud, periode, plaats = item
        header = ["exameneenheid", "", "inhoud", "examenvorm", "Voorwaarden voor deelname", "periode",
                  "Plaats afname", "Resultaat schaal", "weging", "eindresultaat"]
        # "<page>" in the inhoud: iText goes on on the next page there; first in the list, the table's header rows stand
        # at the foot of the page and its row on the next (the shared OER's pages 33-34); later, the row is cut there
        # and its inhoud goes on in a row of otherwise empty cells (pages 32-33)
        cut = inhoud.index("<page>") if "<page>" in inhoud else None
        first, rest = (inhoud, []) if cut is None else (inhoud[:cut], inhoud[cut + 1:])
        row = [_p("1.", narrow), _p(f"{crebo} {kerntaak}\n{kerntaak_titel}", narrow),
               [_p(text, narrow) for text in (first if cut != 0 else rest)], _p("PvB", narrow),
               _p("Theoretische deel van de opleiding afgerond, Plan van Aanpak geaccordeerd.", narrow),
               _p(periode, narrow), _p(plaats, narrow), _p("O/V/G", narrow), _p("100%", narrow),
               _p("Afgerond heel cijfer", narrow)]
        data = [[_p(deel, banner)] + [""] * 9, [_p(f"Examenonderdeel  {naam}", narrow)] + [""] * 9,
                [_p(text, narrow) for text in header]] + ([row] if cut != 0 else [])
        grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        table = Table(data, colWidths=[51.1] * 10)
        table.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 2), (1, 2)),
                                   ("BACKGROUND", (0, 0), (-1, 0), _TEAL), ("BACKGROUND", (0, 1), (-1, 1), _TEAL)]
                                  + grid))
        if cut is not None:
            rest_row = row if cut == 0 else ["", "", [_p(text, narrow) for text in rest]] + [""] * 7
            story += [table, PageBreak()]
            table = Table([rest_row], colWidths=[51.1] * 10)
            table.setStyle(TableStyle(grid))
        story += [table, Spacer(1, 8), _p("Toelichting", body),
                  _p(f"Om voor kerntaak {kerntaak} te slagen, moet je voor elk werkproces minimaal een beoordeling V "
                     "(voldoende) hebben behaald.", body),
                  _p("De berekening van het resultaat gaat volgens de richtlijnen die zijn vastgesteld in het geldende "
                     "Examenreglement mbo van het Talland College.", body), Spacer(1, 10)]

    def page(canvas, document):
        canvas.saveState()
        _logo(canvas, A4[0] / 2 - 35, A4[1] - 40, 70, 20, colors.HexColor("#1b5faa"))
        canvas.setStrokeColor(colors.orange)
        canvas.line(40, A4[1] - 56, 555, A4[1] - 56)
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(555, 20, f"{document.page} van {doc['pages']}")
        canvas.restoreState()

    _build(path, story, A4, page, margins=(42, 70, 40, 40))


# --- Curio --------------------------------------------------------------------------------------

_PURPLE = colors.HexColor("#6f2c91")


def curio(path, doc):
    """Curio's OER: Cohort and Crebo on page 1, Bijlage 1 with the KD's kerntaken and werkprocessen; an optional
    examenplan table."""
    body, small, head = _style(9.96, "Helvetica"), _style(9), _style(9, "Helvetica-Bold", colour=colors.white)
    story = [Spacer(1, 80), _p("OER", _style(28, "Helvetica-Bold")), _p("Onderwijs- en Examenregeling", _style(20)),
             Spacer(1, 20)]
    first = Table([[_p(a, body), _p(b, body)] for a, b in (("Cohort", doc["cohort"]), ("Crebo", doc["crebo"]),
                                                            ("Versie OER", "1"))], colWidths=[150, 150])
    story += [first, PageBreak(), _p("1. Algemeen", _style(15.96, "Helvetica-Bold")),
              _p("In deze OER staat hoe je opleiding is ingericht en hoe je wordt geëxamineerd.", body)]
    story += [PageBreak(), _p("Bijlage 1. Beroepsspecifieke onderdelen", _style(15.96, "Helvetica-Bold")),
              Spacer(1, 8)]
    profiel = Table([[_p(t, head) for t in ("Naam profiel", "Mbo-niveau (EQF-niveau)", "Beroepsvereisten",
                                             "Typering van de kwalificatie")],
                     [_p(t, small) for t in (*doc["profielrij"], "Nee", "middenkaderopleiding")]],
                    colWidths=[130, 90, 80, 200])
    profiel.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _PURPLE),
                                 ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [profiel, Spacer(1, 10)] + ([Spacer(1, 420)] if doc.get("gap") else [])
    for item in doc["bijlage"]:
        if isinstance(item, str):
            story += [Spacer(1, 8), _p(item, _style(9, "Helvetica-Bold"))]
            continue
        heading, kerntaken = item
        data, spans = [], []
        if heading:
            data.append([_p(heading[0], head), _p(heading[1], head), "", ""])
            spans.append(("SPAN", (1, 0), (-1, 0)))
        for kerntaak, titel, werkprocessen in kerntaken:
            start = len(data)
            for number, (code, name) in enumerate(werkprocessen):
                data.append([_p(kerntaak, small) if number == 0 else "", _p(titel, small) if number == 0 else "",
                             _p(code, small), _p(name, small)])
            spans += [("SPAN", (0, start), (0, len(data) - 1)), ("SPAN", (1, start), (1, len(data) - 1))]
        table = Table(data, colWidths=[44, 122, 70, 190])
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")] + spans
        if heading:
            style.append(("BACKGROUND", (0, 0), (-1, 0), _PURPLE))
        table.setStyle(TableStyle(style))
        story.append(table)
    if doc.get("examenplan"):
        story += [CondPageBreak(200), Spacer(1, 12), _p("Bijlage 2. Examenplan", _style(15.96, "Helvetica-Bold")),
                  Spacer(1, 6)]
        header = ["Examenonderdeel", "Examenvorm", "Werkprocessen", "Duur", "Plaats afname", "Weging"]
        data = [[_p(t, head) for t in header]] + [[_p(t, small) for t in row] for row in doc["examenplan"]]
        table = Table(data, colWidths=[110, 80, 110, 55, 80, 45], repeatRows=1)
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _PURPLE),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    story += [Spacer(1, 10), _p("Bijlage 3. Praktische informatie over de sector", _style(15.96, "Helvetica-Bold")),
              _p(f"Naam sector: {doc['sector']}", body)]

    def page(canvas, document):
        canvas.saveState()
        _logo(canvas, 480, A4[1] - 50, 60, 24, colors.HexColor("#f5b800"))
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica", 7.92)
        canvas.drawString(30, 40, str(document.page))
        canvas.drawString(71, 40, "Curio")
        canvas.drawString(212, 40, f"Onderwijs- en Examenregeling cohort {doc['cohort']}")
        canvas.restoreState()

    _build(path, story, A4, page, margins=(66, 70, 60, 70))


_MAKERS = {"utrecht": utrecht, "aeres": aeres, "talland": talland, "curio": curio}


WORD = [name for name, doc in DOCUMENTS.items() if doc["template"] == "aeres-word"]
"""The lookalikes made as Word documents (exported by LibreOffice); :func:`render` draws the others."""


def render(name, folder):
    """Write the lookalike ``name`` of :data:`DOCUMENTS` into ``folder``; return its path."""
    doc = DOCUMENTS[name]
    path = folder / f"{name}.pdf"
    _MAKERS[doc["template"]](path, doc)
    return path
