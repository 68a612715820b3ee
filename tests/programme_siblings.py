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

The content of every lookalike is in :data:`DOCUMENTS`; its expected reading is written out by
hand in ``tests/test_programme_siblings.py``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

__all__ = ["DOCUMENTS", "render", "utrecht", "aeres", "talland", "curio"]


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
    table = Table([[_p(a, head if i == 0 else cell), _p(b, head if i == 0 else small)] for i, (a, b) in enumerate(rows)],
                  colWidths=[254, 250])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _BLUE), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
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
                  _p(", ".join(f"{code} - {name}" for code, name in werkprocessen), body), Spacer(1, 4),
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
    story += [Spacer(1, 8), _p("1.3 Keuzedelen", _style(12, colour=_BLUE)),
              _p(f"De keuzedelen hebben een eigen examenplan. De keuzedelen die voor dit crebo bij {doc['school']} "
                 "beschikbaar zijn, vind je in de Onderwijs- en examenregeling (OER).", body)]
    story += [_p(text, body) for text in doc.get("tail", ())]

    def page(canvas, _):
        canvas.saveState()
        _logo(canvas, 48, A4[1] - 44, 50, 22, _BLUE)
        canvas.restoreState()

    _build(path, story, A4, page)


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
              _p("De kerntaken en werkprocessen die jij moet kunnen uitvoeren voor jouw diploma staan hieronder.", body),
              Spacer(1, doc.get("gap", 12))]
    data = [[_p("Kerntaken", bold), _p("Werkprocessen", bold)], [_p("Code    Naam", bold), _p("Code    Naam", bold)]]
    for kerntaak, titel, werkprocessen in doc["opbouw"]:
        data.append([_p(f"{kerntaak}:  {titel}", body),
                     [_p(f"{code}:  {name}", body) for code, name in werkprocessen]])
    table = Table(data, colWidths=[300, 390], repeatRows=2)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), _YELLOW), ("BACKGROUND", (0, 0), (-1, 0),
                                                                           colors.HexColor("#f5b800")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 2), (-1, -1), 10)]))
    story += [table, PageBreak(), _p("Beroepsgerichte examenonderdelen", _style(16)), Spacer(1, 12)]
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


# --- Talland College ----------------------------------------------------------------------------

_TEAL = colors.HexColor("#cfe8f0")


def talland(path, doc):
    """Talland College's OER: a first line naming crebo and cohort, the KD's overview as lines, a proeve per kerntaak."""
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
                     [_p(t, small) for t in (doc["profielrij"][0], doc["profielrij"][1], "Nee", "middenkaderopleiding")]],
                    colWidths=[130, 90, 80, 200])
    profiel.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _PURPLE), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
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
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _PURPLE), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
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


def render(name, folder):
    """Write the lookalike ``name`` of :data:`DOCUMENTS` into ``folder``; return its path."""
    doc = DOCUMENTS[name]
    path = folder / f"{name}.pdf"
    _MAKERS[doc["template"]](path, doc)
    return path


# --- the content ------------------------------------------------------------------------------------

def _u_exam(serie, code, titel, vorm="Proeve van Bekwaamheid", duur="4 uur", plaats="Beroepspraktijk", weging="1"):
    return (f"Consortium, serie {serie} {code} {titel}", vorm, f"{code} - {titel}", duur, plaats, weging)


_CGI = "Criterium gericht interview op basis van portfolio"

DOCUMENTS = {
    # Utrecht 1: another crebo of the same dossier, B1-K1 with four werkprocessen, B1-K2 with one, P1-K1 with three;
    # one exam per werkproces, the B1-K1 table breaking over pages 1-2 (header repeated)
    "utrecht-pmk": {
        "template": "utrecht", "school": "MBO Utrecht",
        "kenmerken": [("Naam kwalificatiedossier", "Pedagogisch Werk"), ("Crebonr kwalificatiedossier", "23285"),
                      ("Kwalificatie (profiel)", "Pedagogisch medewerker kinderopvang"),
                      ("Crebonr. kwalificatie (profiel)", "25698"), ("Examenleverancier", "Consortium"),
                      ("Niveau", "3"), ("Vastgesteld op", "03-02-2026")],
        "parts": [
            "1.1. Basisdeel",
            ("B1-K1", "Begeleiden van kinderen bij hun ontwikkeling",
             [("B1-K1-W1", "Zorgt voor een veilig pedagogisch klimaat"),
              ("B1-K1-W2", "Inventariseert behoeften en wensen van het kind"),
              ("B1-K1-W3", "Bereidt de uitvoering van activiteiten voor"),
              ("B1-K1-W4", "Evalueert haar eigen werkzaamheden")],
             [_u_exam(2024, "B1-K1-W1", "Zorgt voor een veilig pedagogisch klimaat"),
              _u_exam(2024, "B1-K1-W2", "Inventariseert behoeften en wensen van het kind", duur="4 we(e)k(en)",
                      plaats="Beroepspraktijk en/ of school"),
              "<page>",
              _u_exam(2024, "B1-K1-W3", "Bereidt de uitvoering van activiteiten voor", vorm=_CGI, duur="30 minuten"),
              _u_exam(2024, "B1-K1-W4", "Evalueert haar eigen werkzaamheden", duur="1 uur", weging="2")]),
            ("B1-K2", "Werken aan kwaliteit en deskundigheid",
             [("B1-K2-W1", "Werkt aan de eigen professionele ontwikkeling")],
             [_u_exam(2024, "B1-K2-W1", "Werkt aan de eigen professionele ontwikkeling", duur="1 uur")]),
            "1.2 Profieldeel",
            ("P1-K1", "Verzorgen van kinderen in de kinderopvang",
             [("P1-K1-W1", "Voert verzorgende taken uit bij baby's en dreumesen"),
              ("P1-K1-W2", "Stemt af met ouders over de dagelijkse verzorging"),
              ("P1-K1-W3", "Signaleert afwijkingen in de ontwikkeling")],
             [_u_exam(2024, "P1-K1-W1", "Voert verzorgende taken uit bij baby's en dreumesen", duur="2 we(e)k(en)"),
              _u_exam(2024, "P1-K1-W2", "Stemt af met ouders over de dagelijkse verzorging", vorm=_CGI,
                      duur="30 minuten"),
              _u_exam(2024, "P1-K1-W3", "Signaleert afwijkingen in de ontwikkeling", duur="1 uur")]),
        ],
    },
    # Utrecht 2: exams that cover several werkprocessen: a range "t/m" and a list "&"; a long kerntaak title that wraps;
    # the row of "Proeve 2" cut at the foot of page 1, its rest on page 2
    "utrecht-sport": {
        "template": "utrecht", "school": "MBO Utrecht",
        "kenmerken": [("Naam kwalificatiedossier", "Sport en bewegen"), ("Crebonr kwalificatiedossier", "23296"),
                      ("Kwalificatie (profiel)", "Sport- en bewegingscoördinator"),
                      ("Crebonr. kwalificatie (profiel)", "25732"), ("Examenleverancier", "Consortium"),
                      ("Niveau", "4"), ("Vastgesteld op", "15-01-2026")],
        "parts": [
            "1.1. Basisdeel",
            ("B1-K1", "Organiseren en uitvoeren van sport- en bewegingsactiviteiten voor verschillende doelgroepen "
                      "in de sportsector en daarbuiten",
             [("B1-K1-W1", "Stelt een sport- en bewegingsplan op"), ("B1-K1-W2", "Bereidt activiteiten voor"),
              ("B1-K1-W3", "Voert activiteiten uit"), ("B1-K1-W4", "Evalueert de activiteiten"),
              ("B1-K1-W5", "Werkt samen met collega's en externen")],
             [("Proeve 1 Sportactiviteiten", "Proeve van Bekwaamheid", "B1-K1-W1 t/m W3", "3 we(e)k(en)",
               "Beroepspraktijk", "2"),
              ("Interview evaluatie en samenwerking", _CGI, "B1-K1-W4 & W5", "45 minuten", "School", "1")]),
            "1.2 Profieldeel",
            ("P3-K1", "Coördineert sport- en bewegingsprojecten",
             [("P3-K1-W1", "Ontwikkelt een project"), ("P3-K1-W2", "Stuurt vrijwilligers aan"),
              ("P3-K1-W3", "Bewaakt het budget van het project")],
             [("Proeve 2", "Proeve van", "P3-K1-W1,", "cijfer", "6 we(e)k(en)", "Beroepspraktijk", "2"), "<page>",
              ("Projectcoördinatie", "Bekwaamheid", "P3-K1-W2, P3-K1-W3", "", "", "en/ of school", "")]),
        ],
    },
    # Utrecht 3: two profiel kerntaken, the header row of the P2-K2 table alone at the foot of page 1 (a spacer pushes
    # it there), a code broken over two lines in the narrow Inhoud cell
    "utrecht-foot": {
        "template": "utrecht", "school": "MBO Utrecht",
        "kenmerken": [("Naam kwalificatiedossier", "Onderwijsassistent"), ("Crebonr kwalificatiedossier", "23195"),
                      ("Kwalificatie (profiel)", "Onderwijsassistent"), ("Crebonr. kwalificatie (profiel)", "25698"),
                      ("Examenleverancier", "Consortium"), ("Niveau", "4"), ("Vastgesteld op", "20-06-2025")],
        "parts": [
            "1.2 Profieldeel",
            ("P2-K1", "Ondersteunen bij onderwijsactiviteiten",
             [("P2-K1-W1", "Bereidt lessen en activiteiten voor"), ("P2-K1-W2", "Voert lessen en activiteiten uit")],
             [_u_exam(2025, "P2-K1-W1", "Bereidt lessen en activiteiten voor"),
              _u_exam(2025, "P2-K1-W2", "Voert lessen en activiteiten uit", duur="1 uur")]),
            ("P2-K2", "Organiseren van de werkzaamheden",
             [("P2-K2-W1", "Voert coördinerende taken uit"), ("P2-K2-W2", "Voert beheertaken uit")],
             ["<page>", _u_exam(2025, "P2-K2-W1", "Voert coördinerende taken uit", duur="1 dagdeel"),
              _u_exam(2025, "P2-K2-W2", "Voert beheertaken uit", duur="1 uur")]),
        ],
    },
}

_AERES_LABELS = (("Leerweg:", "BOL/BBL"), ("Duur van de opleiding:", "3 jaar"), ("Versie van het KD:", "2024"))

DOCUMENTS.update({
    # Aeres 1: another crebo, three kerntaken, two beroepsproeven and a BPV row without codes
    "aeres-hovenier": {
        "template": "aeres", "cohort": "2027-2028", "profiel": "Vakbekwaam hovenier", "pages": 3,
        "labels": (("Opleiding:", "Vakbekwaam hovenier"),) + _AERES_LABELS[:1] + (
            ("Crebo:", "25436"), ("Niveau:", "3"), ("Startcohort:", "2027-2028")) + _AERES_LABELS[1:] + (
            ("Vaststellingsdatum:", "02-04-2027"),),
        "opbouw": [
            ("B1-K1", "Onderhouden van groene ruimte",
             [("B1-K1-W1", "Voert onderhoud uit aan beplanting"), ("B1-K1-W2", "Voert onderhoud uit aan verharding"),
              ("B1-K1-W3", "Onderhoudt machines en gereedschappen")]),
            ("P2-K1", "Aanleggen van groene ruimte",
             [("P2-K1-W1", "Zet de werkzaamheden uit"), ("P2-K1-W2", "Legt beplanting aan")]),
            ("P2-K2", "Coördineren van werkzaamheden",
             [("P2-K2-W1", "Plant de werkzaamheden"), ("P2-K2-W2", "Begeleidt medewerkers")]),
        ],
        "examens": [
            ("25436.BPV", "Beroepspraktijkvorming (BPV)", "", "", "", "Leerbedrijf (LB)", "", "Onvoldoende/ voldoende"),
            ("25436.P1", "Beroepsproeve 1 (BP1)", "B1-K1: Onderhouden van groene ruimte",
             "B1-K1-W1\nB1-K1-W2\nB1-K1-W3", "Min. 3 dagen+30 min.", "Examenlocatie", "1",
             "Onvoldoende/ voldoende/goed"),
            ("25436.P2", "Beroepsproeve 2 (BP2)",
             "P2-K1: Aanleggen van groene ruimte\nP2-K2: Coördineren van werkzaamheden",
             "P2-K1-W1\nP2-K1-W2\nP2-K2-W1\nP2-K2-W2", "Min. 5 dagen", "Leerbedrijf (LB)", "2",
             "Onvoldoende/ voldoende/goed"),
        ],
    },
    # Aeres 2: a proeve per kerntaak, five kerntaken (the opbouw runs onto a second page), ranges "t/m" and lists
    "aeres-dier": {
        "template": "aeres", "cohort": "2026-2027", "profiel": "Dierverzorger recreatiedieren", "pages": 4, "gap": 200,
        "labels": (("Opleiding:", "Dierverzorger recreatiedieren"), ("Crebo:", "25423"), ("Niveau:", "3"),
                   ("Startcohort:", "2026-2027")) + _AERES_LABELS + (("Vaststellingsdatum:", "15-02-2026"),),
        "opbouw": [
            ("B1-K1", "Verzorgen van dieren en hun omgeving",
             [("B1-K1-W1", "Voert dagelijkse verzorging van dieren uit"), ("B1-K1-W2", "Houdt de huisvesting schoon"),
              ("B1-K1-W3", "Signaleert afwijkingen in gedrag en gezondheid"), ("B1-K1-W4", "Voert administratie uit")]),
            ("B1-K2", "Voorlichten en adviseren van klanten",
             [("B1-K2-W1", "Geeft voorlichting over dieren"), ("B1-K2-W2", "Verkoopt producten en diensten")]),
            ("P1-K1", "Verzorgen van recreatiedieren in een dierenpark, kinderboerderij of pension met een "
                      "afwijkende openstelling",
             [("P1-K1-W1", "Traint dieren voor presentaties"), ("P1-K1-W2", "Begeleidt bezoekers")]),
            ("P1-K2", "Begeleiden van vrijwilligers en stagiairs",
             [("P1-K2-W1", "Werkt vrijwilligers in"), ("P1-K2-W2", "Plant de werkzaamheden van vrijwilligers")]),
            ("P1-K3", "Fokken van dieren",
             [("P1-K3-W1", "Stelt een fokplan op"), ("P1-K3-W2", "Begeleidt de geboorte")]),
        ],
        "examens": [
            ("25423.P1", "Beroepsproeve 1 (BP1)", "B1-K1: Verzorgen van dieren en hun omgeving",
             "B1-K1-W1 t/m W4", "2 dagen", "Leerbedrijf (LB)", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P2", "Beroepsproeve 2 (BP2)", "B1-K2: Voorlichten en adviseren van klanten",
             "B1-K2-W1 & W2", "1 dag", "Examenlocatie", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P3", "Beroepsproeve 3 (BP3)", "P1-K1: Verzorgen van recreatiedieren",
             "P1-K1-W1\nP1-K1-W2", "3 dagen", "Leerbedrijf (LB)", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P4", "Beroepsproeve 4 (BP4)", "P1-K2: Begeleiden van vrijwilligers en stagiairs",
             "P1-K2-W1\nP1-K2-W2", "1 dag", "Leerbedrijf (LB)", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P5", "Beroepsproeve 5 (BP5)", "P1-K3: Fokken van dieren", "P1-K3-W1\nP1-K3-W2",
             "Geen tijdsduur+ 30 minuten", "Examenlocatie", "1", "Onvoldoende/ voldoende/goed"),
        ],
    },
    # Aeres 3: one proeve for the whole profiel, the werkprocessen column naming a kerntaak alone (P3-K2, no
    # werkprocessen of it), a code with a space ("B1-K1- W2")
    "aeres-paard": {
        "template": "aeres", "cohort": "2025-2026", "profiel": "Manager paardensport", "pages": 3,
        "labels": (("Opleiding:", "Manager paardensport"), ("Crebo:", "25422"), ("Niveau:", "4"),
                   ("Startcohort:", "2025-2026")) + _AERES_LABELS + (("Vaststellingsdatum:", "30-09-2025"),),
        "opbouw": [
            ("B1-K1", "Verzorgen van paarden",
             [("B1-K1-W1", "Verzorgt paarden"), ("B1-K1-W2", "Bereidt paarden voor op gebruik")]),
            ("P3-K1", "Managen van een paardenbedrijf",
             [("P3-K1-W1", "Stelt een ondernemingsplan op"), ("P3-K1-W2", "Voert het personeelsbeleid uit")]),
            ("P3-K2", "Trainen van paarden en ruiters",
             [("P3-K2-W1", "Traint paarden"), ("P3-K2-W2", "Geeft les aan ruiters")]),
        ],
        "examens": [
            ("25422.P1", "Beroepsproeve 1 (BP1)", "B1-K1: Verzorgen van paarden\nP3-K1: Managen van een paardenbedrijf",
             "B1-K1-W1\nB1-K1- W2\nP3-K1-W1\nP3-K1-W2", "Min. 5 dagen+30 min.", "Leerbedrijf (LB)", "1",
             "Onvoldoende/ voldoende/goed"),
            ("25422.P2", "Beroepsproeve 2 (BP2)", "P3-K2: Trainen van paarden en ruiters", "P3-K2",
             "1 dag", "Examenlocatie", "1", "Onvoldoende/ voldoende/goed"),
        ],
    },
})

_T_OVERVIEW_P1 = ["Naam profiel Mbo-niveau", "(EQF-niveau)", "Beroepsvereisten Typering van de kwalificatie"]

DOCUMENTS.update({
    # Talland 1: its own profiel is P2 (the proeven examine P2), the dossier's P1 stands in the overview too and is
    # kept apart; two kerntaken of P2, a proeve per kerntaak of basisdeel and profiel
    "talland-gww": {
        "template": "talland", "pages": 6,
        "first": "25872 Middenkaderfunctionaris grond-, weg- en waterbouw 48 maanden BOL HHW_ZND_ C2026-2027",
        "overview": _T_OVERVIEW_P1 + [
            "P2 Middenkaderfunctionaris grond-, weg- en waterbouw 4 Nee middenkaderopleiding",
            "B1-K1 Verzamelt, verwerkt en integreert", "projectinformatie",
            "B1-K1-W1 Verzamelt, registreert en beheert projectinformatie", "B1-K1-W2 Integreert projectinformatie",
            "Profieldeel",
            "De profielen in dit kwalificatiedossier hebben de volgende (specifieke) kerntaken en werkprocessen:",
            "P1 Middenkaderfunctionaris bouw",
            "P1-K1 Werkt B&U-ontwerpen uit P1-K1-W1 Werkt ontwerp uit",
            "P1-K1-W2 Maakt ontwerp gereed voor aanvraag", "omgevingsvergunning en contractvorming",
            "P2 Middenkaderfunctionaris grond-, weg- en waterbouw",
            "P2-K1 Bereidt infrawerk voor P2-K1-W1 Werkt ontwerp uit",
            "P2-K1-W2 Maakt (deel)begroting", "P2-K1-W3 Voert werkvoorbereiding uit",
            "P2-K2 Begeleidt uitvoering van infrawerk P2-K2-W1 Begeleidt infrawerkzaamheden",
            "P2-K2-W2 Bewaakt tijd en kosten van de infrawerkzaamheden"],
        "proeven": [
            "Examinering basisdeel beroepsspecifiek",
            ("Deel A. Examinering Basisdeel Beroepsspecifiek", "Verzamelt, verwerkt en integreert projectinformatie",
             "25872", "B1-K1", "Verzamelt, verwerkt en integreert projectinformatie",
             ["B1-K1-W1 Verzamelt, registreert en beheert projectinformatie", "B1-K1-W2 Integreert projectinformatie"],
             "5 & 6", "school/ BPV"),
            "Examinering profieldeel beroepsspecifiek",
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Bereidt infrawerk voor", "25872", "P2-K1",
             "Bereidt infrawerk voor",
             ["P2-K1-W1: Werkt ontwerp uit", "<page>", "P2-K1-W2: Maakt (deel)begroting",
              "P2-K1-W3: Voert werkvoorbereiding uit"],
             "7 en 8", "BPV"),
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Begeleidt uitvoering van infrawerk", "25872", "P2-K2",
             "Begeleidt uitvoering van infrawerk",
             ["P2-K2-W1: Begeleidt infrawerkzaamheden", "P2-K2-W2: Bewaakt tijd en kosten van de infrawerkzaamheden"],
             "8", "BPV"),
        ],
    },
    # Talland 2: one profiel only, the inhoud of a proeve as a range ("B1-K1-W1 t/m W3"), a proeve that the page break
    # cuts (its rows on the next page, the header repeated)
    "talland-ict": {
        "template": "talland", "pages": 4,
        "first": "25604 Software developer 36 maanden BOL HHW_ C2025-2026",
        "overview": _T_OVERVIEW_P1 + [
            "P1 Software developer 4 Nee middenkaderopleiding",
            "B1-K1 Realiseert software", "B1-K1-W1 Plant werkzaamheden en bewaakt de voortgang",
            "B1-K1-W2 Ontwerpt software", "B1-K1-W3 Realiseert (onderdelen van) software",
            "B1-K2 Werkt in een ontwikkelteam", "B1-K2-W1 Voert overleg", "B1-K2-W2 Presenteert het opgeleverde werk"],
        "proeven": [
            "Examinering basisdeel beroepsspecifiek",
            ("Deel A. Examinering Basisdeel Beroepsspecifiek", "Realiseert software", "25604", "B1-K1",
             "Realiseert software", ["B1-K1-W1 t/m W3"], "9 & 10", "school/ BPV"),
            ("Deel A. Examinering Basisdeel Beroepsspecifiek", "Werkt in een ontwikkelteam", "25604", "B1-K2",
             "Werkt in een ontwikkelteam", ["<page>", "B1-K2-W1: Voert overleg", "B1-K2-W2: Presenteert het opgeleverde werk"],
             "11", "BPV"),
        ],
    },
    # Talland 3: three kerntaken in the profiel, one of them (P1-K3) without a proeve in this OER
    "talland-bouw": {
        "template": "talland", "pages": 4,
        "first": "25870 Middenkaderfunctionaris bouw 48 maanden BBL HRN_ C2026-2027",
        "overview": _T_OVERVIEW_P1 + [
            "P1 Middenkaderfunctionaris bouw 4 Nee middenkaderopleiding",
            "B1-K1 Verzamelt, verwerkt en integreert", "projectinformatie",
            "B1-K1-W1 Verzamelt, registreert en beheert projectinformatie", "B1-K1-W2 Integreert projectinformatie",
            "Profieldeel", "P1 Middenkaderfunctionaris bouw",
            "P1-K1 Werkt B&U-ontwerpen uit P1-K1-W1 Werkt ontwerp uit",
            "P1-K1-W2 Maakt ontwerp gereed voor aanvraag", "omgevingsvergunning en contractvorming",
            "P1-K2 Voert werkvoorbereiding voor de B&U", "uit",
            "P1-K2-W1 Maakt (deel) begroting en afspraken met leveranciers", "P1-K2-W2 Maakt uitvoeringsplan",
            "P1-K3 Begeleidt nieuwbouw en", "onderhoudswerk", "P1-K3-W1 Begeleidt bouwwerkzaamheden",
            "P1-K3-W2 Controleert de maatvoering"],
        "proeven": [
            "Examinering profieldeel beroepsspecifiek",
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Werkt B&U-ontwerpen uit", "25870", "P1-K1",
             "Werkt B&U-ontwerpen uit", ["P1-K1-W1 & W2"], "14, 15 en 16", "School/ BPV"),
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Voert werkvoorbereiding voor de B&U uit", "25870",
             "P1-K2", "Voert werkvoorbereiding voor de B&U uit",
             ["P1-K2-W1: Maakt (deel) begroting en afspraken met leveranciers", "P1-K2-W2: Maakt uitvoeringsplan"],
             "14, 15 en 16", "School/ BPV"),
        ],
    },
})

DOCUMENTS.update({
    # Curio 1: another crebo and profiel, B1-K1 and B1-K2 in the basisdeel, one profiel kerntaak; no exam mapped
    "curio-monteur": {
        "template": "curio", "cohort": "2025-2026", "crebo": "25897", "sector": "techniek en technologie",
        "profielrij": ("P1 Eerste monteur mechatronica", "3"),
        "bijlage": [
            (None, [("B1-K1", "Voert montagewerkzaamheden uit",
                     [("B1-K1-W1", "Bereidt de montage voor"), ("B1-K1-W2", "Monteert onderdelen"),
                      ("B1-K1-W3", "Test het systeem")]),
                    ("B1-K2", "Onderhoudt systemen",
                     [("B1-K2-W1", "Voert preventief onderhoud uit"), ("B1-K2-W2", "Lost storingen op")])]),
            "Profieldeel",
            (("P1", "Eerste monteur mechatronica"),
             [("P1-K1", "Coördineert montagewerkzaamheden",
               [("P1-K1-W1", "Verdeelt de werkzaamheden"), ("P1-K1-W2", "Instrueert collega's")])]),
        ],
    },
    # Curio 2: long titles that wrap over three lines, a kerntaak with a gap in its werkprocessen (no W2), two
    # profiel kerntaken; the table runs on over a page break; no exam mapped
    "curio-logistiek": {
        "template": "curio", "cohort": "2026-2027", "crebo": "25890", "sector": "handel en logistiek",
        "profielrij": ("P2 Logistiek supervisor", "4"),
        "bijlage": [
            (None, [("B1-K1", "Organiseert en bewaakt de logistieke processen in een magazijn of distributiecentrum",
                     [("B1-K1-W1", "Plant de ontvangst, opslag en verzending van goederen en stemt af met "
                                   "vervoerders en klanten"),
                      ("B1-K1-W3", "Bewaakt de voorraad en signaleert afwijkingen")])]),
            "Profieldeel",
            (("P2", "Logistiek supervisor"),
             [("P2-K1", "Geeft leiding aan een team van logistieke medewerkers in de dagelijkse uitvoering",
               [("P2-K1-W1", "Stelt de bezetting vast"), ("P2-K1-W2", "Voert werkoverleg"),
                ("P2-K1-W3", "Begeleidt en beoordeelt medewerkers en voert voortgangsgesprekken met hen"),
                ("P2-K1-W4", "Handelt incidenten af")]),
              ("P2-K2", "Verbetert logistieke processen",
               [("P2-K2-W1", "Analyseert logistieke prestaties"), ("P2-K2-W2", "Doet verbetervoorstellen en "
                                                                              "verzorgt de implementatie"),
                ("P2-K2-W3", "Rapporteert aan het management"), ("P2-K2-W4", "Evalueert de verbeteringen"),
                ("P2-K2-W5", "Borgt de werkwijze"), ("P2-K2-W6", "Deelt kennis met collega's")])]),
        ],
        "gap": True,
    },
    # Curio 3: Curio's template with an examenplan appendix that does map exams to werkprocessen
    "curio-examenplan": {
        "template": "curio", "cohort": "2025-2026", "crebo": "25896", "sector": "techniek en technologie",
        "profielrij": ("P3 Productietechnicus", "4"),
        "bijlage": [
            (None, [("B1-K1", "Vervaardigt producten en/of onderdelen",
                     [("B1-K1-W1", "Bereidt de werkzaamheden voor"), ("B1-K1-W2", "Vervaardigt en/of bewerkt het product")])]),
            "Profieldeel",
            (("P3", "Productietechnicus"),
             [("P3-K1", "Analyseert de maakbaarheid van het product en geeft advies",
               [("P3-K1-W1", "Overlegt over de maakbaarheid van het product en geeft advies"),
                ("P3-K1-W2", "Stelt een productieplan op voor de order")])]),
        ],
        "examenplan": [
            ("Proeve B1-K1 Vervaardigen", "Proeve van bekwaamheid", "B1-K1-W1, B1-K1-W2", "4 dagen", "Beroepspraktijk",
             "1"),
            ("Proeve P3-K1 Maakbaarheid", "Criteriumgericht interview", "P3-K1-W1 en P3-K1-W2", "45 minuten", "School",
             "1"),
        ],
    },
})
