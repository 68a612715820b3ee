"""Examenplannen in layouts that schools use and that the shared documents and the generator do not: each a writer.

Every writer draws one small document of a made-up kwalificatiedossier "Verkoop en advies"
(crebo 25999) at ``path``; ``tests/test_programme_layouts.py`` states what a committee reads
in each, counted from the content written here. The kerntaken and werkprocessen:

- B1-K1 Voert commerciële activiteiten uit: W1 Verzamelt marktinformatie, W2 Stelt een
  verkoopplan op, W3 Voert het verkoopgesprek, W4 Brengt een offerte uit;
- B1-K2 Beheert accounts: W1 Onderhoudt relaties met klanten, W2 Behandelt klachten van
  klanten, W3 Verwerkt gegevens in het klantsysteem;
- P1-K1 Geeft leiding aan een verkoopteam: W1 Plant de werkzaamheden, W2 Begeleidt medewerkers.

Producers: reportlab's platypus (tables with a coloured header, shading without rules, a
spanned cell, a header row alone at a page's foot) and python-docx exported by LibreOffice
(``word_documents``: every .docx in one call).
"""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

__all__ = ["TITLES", "WRITERS", "word_documents", "start_web_pdf"]

TITLES = {
    "B1-K1-W1": "Verzamelt marktinformatie", "B1-K1-W2": "Stelt een verkoopplan op",
    "B1-K1-W3": "Voert het verkoopgesprek", "B1-K1-W4": "Brengt een offerte uit",
    "B1-K2-W1": "Onderhoudt relaties met klanten", "B1-K2-W2": "Behandelt klachten van klanten",
    "B1-K2-W3": "Verwerkt gegevens in het klantsysteem",
    "P1-K1-W1": "Plant de werkzaamheden", "P1-K1-W2": "Begeleidt medewerkers",
}
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _fonts():
    if "LayoutSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LayoutSans", _FONT))
        pdfmetrics.registerFont(TTFont("LayoutSans-Bold", _BOLD))


def _styles():
    _fonts()
    return {"body": ParagraphStyle("body", fontName="LayoutSans", fontSize=10, leading=13, spaceAfter=4),
            "cell": ParagraphStyle("cell", fontName="LayoutSans", fontSize=8, leading=10),
            "head": ParagraphStyle("head", fontName="LayoutSans-Bold", fontSize=8, leading=10,
                                   textColor=colors.white),
            "blackhead": ParagraphStyle("blackhead", fontName="LayoutSans-Bold", fontSize=8, leading=10),
            "title": ParagraphStyle("title", fontName="LayoutSans-Bold", fontSize=16, leading=20, spaceAfter=10),
            "heading": ParagraphStyle("heading", fontName="LayoutSans-Bold", fontSize=12, leading=15,
                                      spaceBefore=10, spaceAfter=6)}


def _p(text, style):
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _build(path, story, size=A4):
    document = SimpleDocTemplate(str(path), pagesize=size, leftMargin=50, rightMargin=50, topMargin=50,
                                 bottomMargin=50, invariant=1, title="Examenplan", author="", creator="",
                                 producer="tests")
    document.build(story)


def _rows(header, rows, styles, head="head"):
    return [[_p(text, styles[head]) for text in header]] + [[_p(text, styles["cell"]) for text in row]
                                                           for row in rows]


def _kenmerken(styles, *lines):
    return [_p("Examenplan Verkoopadviseur", styles["title"])] + [_p(line, styles["body"]) for line in lines]


# --- 1: a table per kerntaak, coloured header, rules only under rows, titles one per line -----------------

def kerntaak_tables(path):
    """One table per kerntaak under its heading; header "Examenonderdeel | Werkprocessen | Examenvorm |
    Beoordelaars | Cesuur" in bold white on dark blue; a line under each row, no vertical rules."""
    styles = _styles()
    look = TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    header = ["Examenonderdeel", "Werkprocessen", "Examenvorm", "Beoordelaars", "Cesuur"]
    widths = [90, 160, 100, 70, 75]
    story = _kenmerken(styles, "Crebo: 25999", "Niveau: 4", "Cohort: 2025-2026")
    story.append(_p("B1-K1 Voert commerciële activiteiten uit", styles["heading"]))
    story.append(Table(_rows(header, [
        ["PvB Commercie", "B1-K1-W1 Verzamelt marktinformatie\nB1-K1-W2 Stelt een verkoopplan op\n"
         "B1-K1-W3 Voert het verkoopgesprek", "Proeve van bekwaamheid in de beroepspraktijk", "2 examinatoren",
         "Alle werkprocessen voldoende"],
        ["Kennisexamen Verkoop", "B1-K1-W4 Brengt een offerte uit", "Digitale toets", "1 examinator", "55% goed"],
    ], styles), colWidths=widths, style=look))
    story.append(_p("B1-K2 Beheert accounts", styles["heading"]))
    story.append(Table(_rows(header, [
        ["PvB Accountbeheer", "B1-K2-W1 Onderhoudt relaties met klanten\nB1-K2-W2 Behandelt klachten van klanten\n"
         "B1-K2-W3 Verwerkt gegevens in het klantsysteem", "Proeve van bekwaamheid", "2 examinatoren",
         "Alle werkprocessen voldoende"],
    ], styles), colWidths=widths, style=look))
    _build(path, story)


# --- 2: an OER's table of the programme per period, shaded rows without rules, landscape ------------------

def oer_periods(path):
    """An OER's table "Leerjaar | Periode | Onderdeel | Type | Werkprocessen" on a landscape page, rows in
    alternating shades and no rules; codes "B1-K1-W1, W2, W3" and "B1-K2-W1 t/m W3"; generic parts and a
    keuzedeel (K0123) beside them."""
    styles = _styles()
    look = TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C00000")),
                       ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#E8E8E8")]),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows = [
        ["1", "1", "Marktonderzoek", "Module", "B1-K1-W1, W2, W3"],
        ["1", "2", "Accountbeheer", "Module", "B1-K2-W1 t/m W3"],
        ["1", "3", "Nederlands lezen en luisteren", "Generiek", ""],
        ["2", "1", "Keuzedeel K0123 Ondernemerschap", "Keuzedeel", ""],
        ["2", "2", "Offertes maken", "Praktijkexamen", "B1-K1-W4"],
        ["2", "3", "Leidinggeven", "Module", "P1-K1-W1 en W2"],
        ["3", "1", "Loopbaan en burgerschap", "Generiek", ""],
    ]
    story = _kenmerken(styles, "Opleiding: Verkoopadviseur", "Crebo: 25999")
    story.append(_p("Programma van de opleiding", styles["heading"]))
    story.append(Table(_rows(["Leerjaar", "Periode", "Onderdeel", "Type", "Werkprocessen"], rows, styles),
                       colWidths=[60, 60, 220, 110, 200], style=look))
    _build(path, story, landscape(A4))


# --- 3: exams as blocks of label lines ---------------------------------------------------------------------

def label_blocks(path):
    """No table of exams: each exam a block of lines "Label: waarde" (Examen, Kerntaak, Werkprocessen,
    Examenvorm, Duur, Plaats, Weging), after an overview of the werkprocessen with their titles."""
    styles = _styles()
    story = _kenmerken(styles, "Crebo: 25999", "Niveau: 4")
    story.append(_p("Kerntaken en werkprocessen", styles["heading"]))
    story += [_p(f"{code} {title}", styles["body"]) for code, title in TITLES.items() if code.startswith("B1")]
    story.append(_p("Examens", styles["heading"]))
    blocks = [
        ["Examen: PvB 1 Verkoop", "Werkprocessen: B1-K1-W1 t/m W3", "Examenvorm: Proeve van bekwaamheid",
         "Duur: 4 uur", "Weging: 50%"],
        ["Examen: PvB 2 Accountbeheer", "Kerntaak: B1-K2 Beheert accounts", "Werkprocessen: B1-K2-W1, W2 en W3",
         "Examenvorm: Praktijkopdracht", "Plaats: Beroepspraktijk", "Weging: 50%"],
        ["Examen: Kennisexamen Offertes", "Werkprocessen: B1-K1-W4", "Examenvorm: Digitale toets",
         "Duur: 90 minuten"],
    ]
    for block in blocks:
        story += [_p(line, styles["body"]) for line in block] + [Spacer(1, 10)]
    _build(path, story)


# --- 4: a header in other words, a grid -----------------------------------------------------------------

def other_words(path):
    """Header "Toetsonderdeel | Kerntaak/werkproces | Beoordelingsvorm | Afnamemoment | Gewicht | Examinator",
    ruled as a grid."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))])
    rows = [
        ["Praktijkexamen verkoopgesprek", "B1-K1-W2\nB1-K1-W3", "Observatie in de praktijk", "Periode 4", "40%",
         "Praktijkopleider"],
        ["Criteriumgericht interview", "B1-K1-W1", "Mondeling", "Periode 5", "20%", "Docent"],
        ["Portfolio accountbeheer", "B1-K2-W1 t/m B1-K2-W3", "Portfolio en gesprek", "Periode 6", "40%",
         "Twee docenten"],
    ]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(Table(_rows(["Toetsonderdeel", "Kerntaak/werkproces", "Beoordelingsvorm", "Afnamemoment",
                              "Gewicht", "Examinator"], rows, styles, "blackhead"),
                       colWidths=[100, 95, 90, 70, 50, 90], style=look))
    _build(path, story)


# --- 5: other words again, the header row alone at the foot of a page --------------------------------------

def header_at_foot(path):
    """Header "Examenproduct | Te examineren werkprocessen | Afnamecondities | Examenmoment | Omschrijving" at
    the foot of page 1, its rows on page 2 (one table, its header not repeated)."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows = [
        ["Verkoopplan", "B1-K1-W1 en B1-K1-W2", "Individueel, thuis", "Leerjaar 2", "Een verkoopplan voor een "
         "bestaand bedrijf"],
        ["Klantdossier", "B1-K2-W1 & W2", "In de beroepspraktijk", "Leerjaar 2", "Een dossier van drie klanten"],
        ["Teamoverleg", "P1-K1-W1 t/m 2", "Op school", "Leerjaar 3", "Het leiden van een overleg"],
    ]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(Spacer(1, 605))   # the header row is the last that fits on page 1
    story.append(_p("Examenproducten", styles["heading"]))
    story.append(Table(_rows(["Examenproduct", "Te examineren werkprocessen", "Afnamecondities", "Examenmoment",
                              "Omschrijving"], rows, styles, "blackhead"),
                       colWidths=[80, 110, 90, 70, 145], style=look, repeatRows=0))
    _build(path, story)


# --- 6: a kerntaak cell spanning two rows -------------------------------------------------------------------

def spanned_kerntaak(path):
    """A grid "Kerntaak | Examenonderdeel | Werkprocessen | Vorm | Duur" whose kerntaak cell spans the two rows of
    its exams, its text set in the middle."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("SPAN", (0, 1), (0, 2))])
    rows = [
        ["B1-K1 Voert commerciële activiteiten uit", "Praktijkexamen 1", "B1-K1-W1\nB1-K1-W2", "Praktijkopdracht",
         "3 uur"],
        ["", "Praktijkexamen 2", "B1-K1-W3 & W4", "Rollenspel", "1 uur"],
        ["B1-K2 Beheert accounts", "PvB Accounts", "B1-K2-W1 t/m B1-K2-W3", "Proeve van bekwaamheid", "2 weken"],
    ]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(Table(_rows(["Kerntaak", "Examenonderdeel", "Werkprocessen", "Vorm", "Duur"], rows, styles,
                             "blackhead"), colWidths=[120, 100, 110, 100, 60], style=look))
    _build(path, story)


def spanned_vorm(path):
    """A grid "Examenonderdeel | Werkprocessen | Vorm | Duur" whose Vorm cell, three lines set in the middle, spans
    the rows of the first two exams (the rule between them stops at the cell's left edge)."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("SPAN", (2, 1), (2, 2))])
    rows = [["Praktijkexamen 1", "B1-K1-W1 en B1-K1-W2", "Praktijkopdracht\nin de\nberoepspraktijk", "3 uur"],
            ["Praktijkexamen 2", "B1-K1-W3", "", "1 uur"],
            ["PvB Accounts", "B1-K2-W1 t/m B1-K2-W3", "Proeve van bekwaamheid", "2 weken"]]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(Table(_rows(["Examenonderdeel", "Werkprocessen", "Vorm", "Duur"], rows, styles, "blackhead"),
                       colWidths=[110, 140, 90, 60], style=look))
    _build(path, story)


# --- 7: codes as typographic dashes, spaces, brackets and slashes print them --------------------------------

DASHED = {   # onderdeel -> its cell of werkprocessen
    "Verkoopgesprek": "B1\u2011K1\u2011W1 (non-breaking) en B1\u2013K1\u2013W2",
    "Offerte": "B1 - K1 - W3 en B1K1W4",
    "Klachtafhandeling": "(B1-K2-W1)\nB1-K2-W2/W3",
    "Teamleiding": "P1-K1-W1 / P1-K1-W2",
}


def dashed_codes(path):
    """A grid "Onderdeel | Werkprocessen | Vorm | Weging" whose codes are printed with a non-breaking hyphen
    (U+2011), an en dash, spaces around the dashes, no dashes, brackets and slashes."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows = [[name, cell, vorm, weging] for (name, cell), vorm, weging in zip(
        DASHED.items(), ("Rollenspel", "Schriftelijke opdracht", "Praktijkopdracht", "Observatie"),
        ("1", "1", "2", "2"))]
    rows[0][1] = rows[0][1].replace(" (non-breaking)", "")
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(Table(_rows(["Onderdeel", "Werkprocessen", "Vorm", "Weging"], rows, styles, "blackhead"),
                       colWidths=[110, 190, 120, 60], style=look))
    _build(path, story)


# --- 8: keuzedelen and generic parts beside the beroepsgerichte exams ---------------------------------------

def generic_parts(path):
    """A grid "Examen | Soort | Werkprocessen | Periode" that lists Nederlands, rekenen, loopbaan en burgerschap
    and keuzedelen (K0123, K1024) beside two exams with werkprocessen; prose names a keuzedeel too."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows = [
        ["Nederlands 3F lezen", "Centraal examen", "", "Leerjaar 2"],
        ["Rekenen 3F", "Instellingsexamen", "", "Leerjaar 2"],
        ["Loopbaan en burgerschap", "Inspanningsverplichting", "", "Leerjaar 1 t/m 3"],
        ["K0123 Ondernemerschap mbo", "Keuzedeel", "", "Leerjaar 3"],
        ["K1024 Verdieping sales", "Keuzedeel", "", "Leerjaar 3"],
        ["PvB Verkoop", "Proeve van bekwaamheid", "B1-K1-W1 t/m W4", "Leerjaar 3"],
        ["PvB Accounts", "Proeve van bekwaamheid", "B1-K2", "Leerjaar 3"],
    ]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(_p("De student kiest keuzedelen, zoals K0123 Ondernemerschap mbo of K0080 Engels B1.",
                    styles["body"]))
    story.append(Table(_rows(["Examen", "Soort", "Werkprocessen", "Periode"], rows, styles, "blackhead"),
                       colWidths=[140, 130, 120, 90], style=look))
    _build(path, story)


# --- 9: lists and ranges in forms beyond "t/m" and "&" ---------------------------------------------------------

def list_forms(path):
    """A grid "Naam | Werkprocessen | Duur" with "B1-K1-W1,2,3", "B1-K2-W1 - W3", "P1-K1 W1, W2" and "B1-K1-WP4";
    a line of prose with "B1-K1-W4, 2,5 uur" (one code, then a duration)."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows = [["Examen marktanalyse", "B1-K1-W1,2,3", "3 uur"], ["Examen klantcontact", "B1-K2-W1 - W3", "2 uur"],
            ["Examen teamleiding", "P1-K1 W1, W2", "1 uur"], ["Examen offerte", "B1-K1-WP4", "1 uur"]]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(_p("Het examen van B1-K1-W4, 2,5 uur, wordt op school afgenomen.", styles["body"]))
    story.append(Table(_rows(["Naam", "Werkprocessen", "Duur"], rows, styles, "blackhead"), colWidths=[160, 160, 80],
                       style=look))
    _build(path, story)


# --- 10: werkprocessen without their kerntaak in the cells, the kerntaak in a heading with its word ------------

def kerntaak_headings(path):
    """Headings "Kerntaak B1-K1: Voert ..." and "Kerntaak 2 (B1-K2) Beheert accounts", each over a grid "Examen |
    Werkprocessen | Examenvorm" whose cells name the werkprocessen alone ("W1, W2 en W3", "W1 t/m W3")."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = _kenmerken(styles, "Crebo: 25999")
    for heading, rows in (("Kerntaak B1-K1: Voert commerciële activiteiten uit",
                           [["Praktijkexamen 1", "W1, W2 en W3", "Opdracht"], ["Kennistoets", "W4", "Digitaal"]]),
                          ("Kerntaak 2 (B1-K2) Beheert accounts", [["PvB accounts", "W1 t/m W3", "Proeve"]])):
        story.append(_p(heading, styles["heading"]))
        story.append(Table(_rows(["Examen", "Werkprocessen", "Examenvorm"], rows, styles, "blackhead"),
                           colWidths=[150, 150, 150], style=look))
    _build(path, story)


# --- 11: the exam's name merged down over a row per werkproces ------------------------------------------------

def merged_names(path):
    """A grid "Examen | Werkproces | Omschrijving | Examenvorm", one row per werkproces, the exam's name cell spanning
    the rows of its werkprocessen (its text in the middle), a vorm per row."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("SPAN", (0, 1), (0, 3)), ("SPAN", (0, 4), (0, 5))])
    rows = [["PvB 1 Verkoop", "B1-K1-W1", "Verzamelt marktinformatie", "Observatie"],
            ["", "B1-K1-W2", "Stelt een verkoopplan op", "Verslag"],
            ["", "B1-K1-W3", "Voert het verkoopgesprek", "Observatie"],
            ["PvB 2 Accounts", "B1-K2-W1", "Onderhoudt relaties met klanten", "Gesprek"],
            ["", "B1-K2-W2", "Behandelt klachten van klanten", "Gesprek"]]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(Table(_rows(["Examen", "Werkproces", "Omschrijving", "Examenvorm"], rows, styles, "blackhead"),
                       colWidths=[110, 70, 170, 120], style=look))
    _build(path, story)


# --- 12: a toetsplan of a row per werkproces, its title in the column beside its code ------------------------------

def title_column(path):
    """A grid "Code | Werkproces | Examen | Examenvorm | Periode": a row per werkproces, its code alone in the first
    column and its title in the second, the exam's name printed again on each of its rows."""
    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    rows = [["B1-K1-W1", TITLES["B1-K1-W1"], "PvB Verkoop", "Observatie", "Periode 5"],
            ["B1-K1-W2", TITLES["B1-K1-W2"], "PvB Verkoop", "Verslag", "Periode 5"],
            ["B1-K1-W3", TITLES["B1-K1-W3"], "PvB Verkoop", "Observatie", "Periode 5"],
            ["B1-K1-W4", TITLES["B1-K1-W4"], "Kennisexamen offerte", "Digitale toets", "Periode 3"],
            ["B1-K2-W1", TITLES["B1-K2-W1"], "PvB Accounts", "Gesprek", "Periode 6"],
            ["B1-K2-W3", TITLES["B1-K2-W3"], "PvB Accounts", "Gesprek", "Periode 6"]]
    story = _kenmerken(styles, "Crebo: 25999")
    story.append(_p("Toetsplan", styles["heading"]))
    story.append(Table(_rows(["Code", "Werkproces", "Examen", "Examenvorm", "Periode"], rows, styles, "blackhead"),
                       colWidths=[60, 150, 110, 90, 60], style=look))
    _build(path, story)




# --- Word, exported by LibreOffice ---------------------------------------------------------------------------

def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _fill(cell, text, bold=False, white=False):
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0]
    for number, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if number < len(text.split("\n")) - 1:
            run.add_break()


def word_table(path):
    """A Word table "Examenonderdeel | Kerntaak/werkproces | Beoordelingsvorm | Examenmoment | Weging", its header
    in bold white on a green fill, the kerntaak of two exams in one merged cell above them."""
    from docx import Document

    document = Document()
    document.add_heading("Examenplan Verkoopadviseur", level=1)
    document.add_paragraph("Crebo: 25999")
    document.add_paragraph("Niveau: 4")
    header = ["Examenonderdeel", "Kerntaak/werkproces", "Beoordelingsvorm", "Examenmoment", "Weging"]
    rows = [
        ["Examen marktonderzoek", "B1-K1-W1\nB1-K1-W2", "Verslag", "Leerjaar 1", "25%"],
        ["Examen verkoopgesprek", "B1-K1-W3 t/m W4", "Rollenspel", "Leerjaar 2", "25%"],
        ["PvB Accountbeheer", "B1-K2-W1, B1-K2-W2, B1-K2-W3", "Proeve in de beroepspraktijk", "Leerjaar 3", "50%"],
    ]
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for index, text in enumerate(header):
        _fill(table.cell(0, index), text, bold=True, white=True)
        _shade(table.cell(0, index), "00704A")
    for number, row in enumerate(rows, start=1):
        for index, text in enumerate(row):
            _fill(table.cell(number, index), text)
    document.save(str(path))


def word_blocks(path):
    """Per exam a small Word table of two columns, label and value ("Naam examen | PvB Verkoop", "Werkprocessen |
    B1-K1-W1 t/m W4", "Examenvorm", "Duur", "Weging"), one under the other."""
    from docx import Document

    document = Document()
    document.add_heading("Examenplan Verkoopadviseur", level=1)
    document.add_paragraph("Crebo: 25999")
    exams = [
        [("Naam examen", "PvB Verkoop"), ("Werkprocessen", "B1-K1-W1 t/m W4"),
         ("Examenvorm", "Proeve van bekwaamheid"), ("Duur", "2 dagen"), ("Weging", "60%")],
        [("Naam examen", "PvB Leidinggeven"), ("Werkprocessen", "P1-K1-W1\nP1-K1-W2"),
         ("Examenvorm", "Proeve van bekwaamheid"), ("Duur", "1 dag"), ("Weging", "40%")],
    ]
    for exam in exams:
        table = document.add_table(rows=len(exam), cols=2)
        table.style = "Table Grid"
        for number, (label, value) in enumerate(exam):
            _fill(table.cell(number, 0), label, bold=True)
            _fill(table.cell(number, 1), value)
        document.add_paragraph("")
    document.save(str(path))


def word_split_row(path):
    """A Word table "Examen | Soort | Werkprocessen | Duur" low on the page, so that a row of several lines splits
    over the page break (Word lets a row break across pages): its name, soort and duur go on at the top of the next
    page in lower case ("Proeve van" / "bekwaamheid"), the table's header not repeated."""
    from docx import Document

    document = Document()
    document.add_heading("Examenplan Verkoopadviseur", level=1)
    document.add_paragraph("Crebo: 25999")
    for _ in range(SPLIT_SPACER):
        document.add_paragraph("")
    header = ["Examen", "Soort", "Werkprocessen", "Duur"]
    rows = [["Praktijkexamen verkoop", "Praktijkexamen", "B1-K1-W1\nB1-K1-W2", "2 uur"],
            ["Proeve van bekwaamheid\nleidinggeven aan\nhet verkoopteam", "Proeve\nvan\nbekwaamheid",
             "P1-K1-W1\nP1-K1-W2", "drie\nvolle\nweken"],
            ["Kennisexamen offertes", "Kennisexamen", "B1-K1-W4", "1 uur"]]
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for index, text in enumerate(header):
        _fill(table.cell(0, index), text, bold=True)
    for number, row in enumerate(rows, start=1):
        for index, text in enumerate(row):
            _fill(table.cell(number, index), text)
    document.save(str(path))


SPLIT_SPACER = 21


def word_documents(folder):
    """Write the Word documents and convert them with one LibreOffice call: {name: pdf path}."""
    from documents.word import convert

    writers = {"word_table": word_table, "word_blocks": word_blocks, "word_merged": word_merged,
               "word_split_row": word_split_row}
    sources = []
    for name, writer in writers.items():
        source = folder / f"{name}.docx"
        writer(source)
        sources.append(source)
    return dict(zip(writers, convert(sources, folder)))


def word_merged(path):
    """A Word table "Kerntaak | Examenonderdeel | Te examineren werkprocessen | Examenvorm | Cesuur" whose kerntaak
    cell is merged down over the rows of its two exams; codes typed with Word's non-breaking hyphen (U+2011)."""
    from docx import Document

    document = Document()
    document.add_heading("Toetsplan Verkoopadviseur", level=1)
    document.add_paragraph("Crebo: 25999")
    header = ["Kerntaak", "Examenonderdeel", "Te examineren werkprocessen", "Examenvorm", "Cesuur"]
    rows = [
        ["B1\u2011K1 Voert commerciële activiteiten uit", "Praktijkexamen A", "B1\u2011K1\u2011W1\nB1\u2011K1\u2011W2",
         "Opdracht", "55%"],
        ["", "Praktijkexamen B", "B1\u2011K1\u2011W3 t/m W4", "Rollenspel", "55%"],
        ["B1\u2011K2 Beheert accounts", "Praktijkexamen C", "B1\u2011K2\u2011W1 t/m B1\u2011K2\u2011W3", "Portfolio",
         "Alle onderdelen voldoende"],
    ]
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for index, text in enumerate(header):
        _fill(table.cell(0, index), text, bold=True)
    for number, row in enumerate(rows, start=1):
        for index, text in enumerate(row):
            if text:
                _fill(table.cell(number, index), text)
    table.cell(1, 0).merge(table.cell(2, 0))
    document.save(str(path))


# --- 13: an OER with a chapter per leerjaar, the table's header only on the chapter's first page ------------------

OER_YEARS = {   # leerjaar -> rows of "Onderdeel | Werkprocessen | Vorm | Weging"
    1: [["Oriëntatie op de branche", "B1-K1-W1", "Presentatie", "10%"],
        ["Marktonderzoek in de praktijk", "B1-K1-W1 en B1-K1-W2", "Verslag", "15%"],
        ["Het verkoopplan", "B1-K1-W2", "Schriftelijke opdracht", "15%"],
        ["Klantgesprekken 1", "B1-K1-W3", "Rollenspel", "20%"],
        ["Klachten behandelen", "B1-K2-W2", "Casus", "20%"],
        ["Het klantsysteem", "B1-K2-W3", "Praktijkopdracht", "20%"]],
    2: [["Offertes en prijzen", "B1-K1-W4", "Schriftelijke opdracht", "25%"],
        ["Accountplan", "B1-K2-W1", "Portfolio", "25%"],
        ["Leidinggeven in de winkel", "P1-K1-W1 t/m W2", "Observatie", "50%"]],
}


def _running(canvas, document):
    canvas.saveState()
    canvas.setFont("LayoutSans", 8)
    canvas.drawString(50, A4[1] - 30, "Onderwijs- en examenregeling Verkoopadviseur 2025-2026")
    canvas.drawRightString(A4[0] - 50, 30, f"Pagina {document.page}")
    canvas.restoreState()


def oer_chapters(path):
    """An OER with a chapter per leerjaar ("Hoofdstuk 3 Leerjaar 1"), each a grid "Onderdeel | Werkprocessen | Vorm |
    Weging" whose rows run over a page break with the header only on the chapter's first page; a running header and
    a page number on every page; the chapter of leerjaar 2 on a page of its own."""
    from reportlab.platypus import PageBreak

    styles = _styles()
    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))])
    story = _kenmerken(styles, "Opleiding: Verkoopadviseur", "Crebo: 25999", "Cohort: 2025-2026")
    for year, rows in OER_YEARS.items():
        story.append(_p(f"Hoofdstuk {year + 2} Leerjaar {year}", styles["heading"]))
        story.append(_p("De onderdelen van dit leerjaar staan in de tabel. Elk onderdeel wordt afgesloten met een "
                        "beoordeling; de weging telt mee voor het eindcijfer van het leerjaar.", styles["body"]))
        if year == 1:
            story.append(Spacer(1, 520))   # three rows fit on the chapter's first page, the rest go on the next
        tall = [[name, codes, f"{vorm}\n(zie de handleiding)", weging] for name, codes, vorm, weging in rows]
        story.append(Table(_rows(["Onderdeel", "Werkprocessen", "Vorm", "Weging"], tall, styles, "blackhead"),
                           colWidths=[150, 130, 150, 60], style=look, repeatRows=0))
        story.append(PageBreak())
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50,
                                 bottomMargin=50, invariant=1, title="OER", author="", creator="", producer="tests")
    document.build(story, onFirstPage=_running, onLaterPages=_running)


# --- 14: each exam a bordered box, a title bar over a body of labels and values -------------------------------------

BOXES = [   # (title bar, [(label, value)])
    ("Proeve van bekwaamheid 1 \u2014 B1-K1", [
        ("Werkprocessen", "B1-K1-W1 Verzamelt marktinformatie\nB1-K1-W2 Stelt een verkoopplan op\n"
                          "B1-K1-W3 Voert het verkoopgesprek"),
        ("Examenvorm", "Proeve van bekwaamheid in de beroepspraktijk, beoordeeld door de praktijkopleider en een "
                       "examinator van school"),
        ("Duur", "3 weken"), ("Plaats", "Leerbedrijf"), ("Weging", "60%")]),
    ("Kennisexamen offertes \u2014 B1-K1", [
        ("Werkprocessen", "B1-K1-W4 Brengt een offerte uit"), ("Examenvorm", "Digitale toets"),
        ("Duur", "90 minuten"), ("Plaats", "School"), ("Weging", "10%")]),
    ("Proeve van bekwaamheid 2 \u2014 B1-K2", [
        ("Werkprocessen", "B1-K2-W1 t/m B1-K2-W3"), ("Examenvorm", "Portfolio en criteriumgericht interview"),
        ("Duur", "2 uur"), ("Plaats", "School"), ("Weging", "30%")]),
]


def exam_boxes(path):
    """Per exam a bordered box: a title bar in white on dark green over the box's width ("Proeve van bekwaamheid 1 —
    B1-K1"), then a body of two columns, label and value, without rules inside it."""
    styles = _styles()
    story = _kenmerken(styles, "Crebo: 25999", "Niveau: 4")
    story.append(_p("Examens", styles["heading"]))
    for title, body in BOXES:
        rows = [[_p(title, styles["head"]), ""]] + [[_p(label, styles["blackhead"]), _p(value, styles["cell"])]
                                                    for label, value in body]
        look = TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#1E5631")),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1E5631")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")])
        story += [Table(rows, colWidths=[110, 360], style=look), Spacer(1, 14)]
    _build(path, story)


# --- 15: a toetsplan printed from a web page by Chromium --------------------------------------------------------------

WEB_ROWS = [   # Onderdeel | Werkprocessen | Toetsvorm | Periode | Weging
    ["Marktverkenning", "B1.K1.W1", "Verslag", "1.1", "10%"],
    ["Verkoopplan", "B1.K1.W2", "Schriftelijke opdracht", "1.2", "10%"],
    ["Nederlands 2F", "", "Centraal examen", "1.3", "-"],
    ["Verkoopgesprekken", "B1-K1-W3", "Rollenspel", "1.4", "15%"],
    ["Offertes", "B1-K1-W4", "Digitale toets", "2.1", "10%"],
    ["Relatiebeheer", "B1-K2-W1 &amp; W2", "Portfolio", "2.2", "15%"],
    ["Keuzedeel K0123 Ondernemerschap", "", "Keuzedeel-examen", "2.3", "-"],
    ["Klantsysteem", "B1-K2-W3", "Praktijkopdracht", "2.4", "10%"],
    ["Teamleiding", "P1-K1-W1 t/m W2", "Proeve van bekwaamheid", "3.1", "30%"],
]


def web_html(path):
    """The web page of a toetsplan: a table "Onderdeel | Werkprocessen | Toetsvorm | Periode | Weging" with borders
    and a coloured header after a long introduction, so that it runs over a page break (Chromium repeats the header);
    codes with dots (B1.K1.W1) beside codes with dashes; periods as "1.1"."""
    intro = "".join(f"<p>Paragraaf {number}. De toetsen van deze opleiding worden afgenomen volgens het "
                    "examenreglement. De student ontvangt voor elke toets een beoordelingsformulier en kan binnen "
                    "tien werkdagen bezwaar maken bij de examencommissie.</p>" for number in range(1, 18))
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in WEB_ROWS)
    path.write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Toetsplan Verkoopadviseur</title>'
        "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:12px} table{border-collapse:collapse;width:100%}"
        "th,td{border:1px solid #888;padding:6px;vertical-align:top} th{background:#004b87;color:#fff;"
        "text-align:left} tr{break-inside:avoid}</style></head><body><h1>Toetsplan Verkoopadviseur</h1>"
        f"<p>Crebo: 25999</p>{intro}<table><thead><tr><th>Onderdeel</th><th>Werkprocessen</th><th>Toetsvorm</th>"
        f"<th>Periode</th><th>Weging</th></tr></thead><tbody>{rows}</tbody></table></body></html>",
        encoding="utf-8")


def start_web_pdf(folder):
    """Start Chromium printing the toetsplan's web page to ``folder/web_toetsplan.pdf`` (with the browser's header
    and footer: date, title, file URL, page x/y): (process, pdf path), or None without Chromium."""
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return None
    source, target = folder / "toetsplan.html", folder / "web_toetsplan.pdf"
    web_html(source)
    process = subprocess.Popen([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={target}",
                                str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, target


# --- 16: a page set in two columns, codes in running text -------------------------------------------------------------

def two_columns(path):
    """An OER's pages set in two columns of running text: the kerntaken and werkprocessen, each a paragraph that opens
    with its code and title, and prose that names codes in its sentences; no exam is tied to them."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    styles = _styles()
    story = [_p("Onderwijs- en examenregeling Verkoopadviseur", styles["title"]), _p("Crebo: 25999", styles["body"])]
    story.append(_p("Opbouw van de opleiding", styles["heading"]))
    story.append(_p("De opleiding bestaat uit een basisdeel en een profieldeel. In het basisdeel staan twee "
                    "kerntaken centraal, die de student in de beroepspraktijk leert uitvoeren.", styles["body"]))
    for kerntaak, title in (("B1-K1", "Voert commerciële activiteiten uit"), ("B1-K2", "Beheert accounts"),
                            ("P1-K1", "Geeft leiding aan een verkoopteam")):
        story.append(_p(f"{kerntaak} {title}", styles["heading"]))
        for code, werkproces in TITLES.items():
            if code.startswith(kerntaak):
                story.append(_p(f"{code} {werkproces}. De student laat zien dat hij dit zelfstandig doet, ook "
                                "wanneer de situatie onverwacht verandert.", styles["body"]))
    story.append(_p("In het eerste leerjaar oefent de student vooral B1-K1-W1 en B1-K1-W2, in het tweede "
                    "leerjaar komen B1-K2-W1 t/m W3 aan bod. Wie na de opleiding doorstroomt naar de "
                    "opleiding Manager verkoop, oefent in het derde en laatste schooljaar P2 - K1 - W1 in een "
                    "keuzedeel.", styles["body"]))
    width, height = A4
    frames = [Frame(50, 50, (width - 120) / 2, height - 100, id="links"),
              Frame(70 + (width - 120) / 2, 50, (width - 120) / 2, height - 100, id="rechts")]
    document = BaseDocTemplate(str(path), pagesize=A4, invariant=1, title="OER", author="", creator="",
                               producer="tests", pageTemplates=[PageTemplate(id="twee", frames=frames)])
    document.build(story)


WRITERS = {"kerntaak_tables": kerntaak_tables, "oer_periods": oer_periods, "label_blocks": label_blocks,
           "other_words": other_words, "header_at_foot": header_at_foot, "spanned_kerntaak": spanned_kerntaak,
           "dashed_codes": dashed_codes, "generic_parts": generic_parts, "list_forms": list_forms,
           "kerntaak_headings": kerntaak_headings, "merged_names": merged_names,
           "title_column": title_column, "oer_chapters": oer_chapters, "exam_boxes": exam_boxes,
           "two_columns": two_columns, "spanned_vorm": spanned_vorm}
