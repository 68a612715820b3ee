"""A toetsplan drawn as a matrix (readers/programme_matrix.py): either orientation, in a PDF and in markdown.

Every PDF is made here with reportlab in ``tmp_path``; the expected values are written out from the
rows each test puts in (the page and line where a row lands are worked out in the comments).
"""

import pandas as pd
import pytest
from documents.word import convert, soffice
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from bcp_analysis.app.cli import main
from bcp_analysis.audit.programme import audit_programme
from bcp_analysis.readers import load_programme

GRID = ("GRID", (0, 0), (-1, -1), 0.5, "black")


def _table_pdf(path, rows, pagesize=A4, style=(), before=(), **options):
    table = Table(rows, **options)
    table.setStyle(TableStyle([GRID, *style]))
    SimpleDocTemplate(str(path), pagesize=pagesize, invariant=1, leftMargin=20, rightMargin=20, topMargin=20,
                      bottomMargin=20).build([*before, table])
    return path


def _dekking(programme):
    """The dekking as tuples, an empty page (a text's) as None."""
    columns = ["onderdeel", "werkproces_id", "kerntaak_id", "niveau", "pagina", "regel"]
    return [tuple(None if value is pd.NA else value for value in row)
            for row in programme.dekking[columns].astype(object).itertuples(index=False)]


def _notes(programme):
    return [(note.kind, note.text, note.pagina, note.regel) for note in programme.notes]


# --- codes head the columns, a Vorm and a Weging column beside them, a page break with the header repeated ----

MATRIX = [["Examen", "Vorm", "Weging", "B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K2-W1"],
          ["PvB 1", "praktijk", "40%", "x", "x", "", ""],
          ["PvB 2", "praktijk", "40%", "", "", "x", "x"],
          ["Kennistoets", "schriftelijk", "20%", "X", "", "", ""],
          ["Project", "praktijk", "", "", "ja", "", ""],
          ["Stage", "praktijk", "", "20%", "", "", ""],
          ["Portfolio", "", "", "", "", "", "x"],
          ["Presentatie", "mondeling", "", "x", "x", "x", ""],
          ["Eindgesprek", "mondeling", "", "", "", "", "zie bijlage"]]


def test_a_matrix_over_a_page_break_is_read_with_its_vorm_and_weging(tmp_path):
    # A5 landscape, 20 pt margins: a frame of 420 - 40 - 12 (its padding) = 368 pt. A spacer of 250 pt leaves 118 pt:
    # the header and four rows of 20 pt (100 pt) on page 1, the header again and the other four rows on page 2.
    path = _table_pdf(tmp_path / "toetsplan.pdf", MATRIX, landscape(A5), before=[Spacer(1, 250)], repeatRows=1,
                      rowHeights=20)
    programme = load_programme(path)
    assert programme.werkprocessen[["werkproces_id", "kerntaak_id", "pagina", "regel"]].values.tolist() == [
        ["B1-K1-W1", "B1-K1", 1, 1], ["B1-K1-W2", "B1-K1", 1, 1], ["B1-K1-W3", "B1-K1", 1, 1],
        ["B1-K2-W1", "B1-K2", 1, 1]]
    onderdelen = programme.onderdelen[["onderdeel", "soort", "vorm", "weging", "kerntaak_id", "pagina", "regel"]]
    assert onderdelen.values.tolist() == [
        ["PvB 1", "proeve van bekwaamheid", "praktijk", "40%", "B1-K1", 1, 2],
        ["PvB 2", "proeve van bekwaamheid", "praktijk", "40%", "", 1, 3],
        ["Kennistoets", "kennisexamen", "schriftelijk", "20%", "B1-K1", 1, 4],
        ["Project", "examen", "praktijk", "", "B1-K1", 1, 5],
        ["Stage", "examen", "praktijk", "", "B1-K1", 2, 2],      # page 2: its line 1 is the header repeated
        ["Portfolio", "examen", "", "", "B1-K2", 2, 3],
        ["Presentatie", "examen", "mondeling", "", "B1-K1", 2, 4]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 2), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 2),
        ("PvB 2", "B1-K1-W3", "B1-K1", "toetsen", 1, 3), ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", 1, 3),
        ("Kennistoets", "B1-K1-W1", "B1-K1", "toetsen", 1, 4),
        ("Project", "B1-K1-W2", "B1-K1", "toetsen", 1, 5),
        ("Stage", "B1-K1-W1", "B1-K1", "toetsen", 2, 2),             # "20%" is a mark
        ("Portfolio", "B1-K2-W1", "B1-K2", "toetsen", 2, 3),
        ("Presentatie", "B1-K1-W1", "B1-K1", "toetsen", 2, 4), ("Presentatie", "B1-K1-W2", "B1-K1", "toetsen", 2, 4),
        ("Presentatie", "B1-K1-W3", "B1-K1", "toetsen", 2, 4)]
    # "zie bijlage" under B1-K2-W1 is no mark: said, not read (Eindgesprek examines nothing else)
    assert [(kind, text, pagina, regel) for kind, text, pagina, regel in _notes(programme)] == [
        ("markering", "zie bijlage", 2, 5)]
    assert [finding.text for finding in audit_programme(path, programme).findings] == ["zie bijlage"]


# --- a row of kerntaken above short codes, on a landscape page ------------------------------------------------

def test_short_codes_under_a_row_of_kerntaken(tmp_path, capsys):
    rows = [["Toets", "B1-K1", "", "", "B1-K2", ""],
            ["", "W1", "W2", "W3", "W1", "W2"],
            ["PvB 1", "x", "x", "x", "", ""],
            ["PvB 2", "", "", "", "x", "x"],
            ["Kennisexamen", "x", "", "", "", "x"]]
    style = [("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("ALIGN", (0, 0), (-1, -1), "CENTER")]
    path = _table_pdf(tmp_path / "kerntaken.pdf", rows, landscape(A4), style, colWidths=[90] + [40] * 5)
    programme = load_programme(path)
    assert programme.kerntaken[["kerntaak_id", "pagina", "regel"]].values.tolist() == [["B1-K1", 1, 1],
                                                                                       ["B1-K2", 1, 1]]
    assert programme.werkprocessen[["werkproces_id", "pagina", "regel"]].values.tolist() == [
        ["B1-K1-W1", 1, 2], ["B1-K1-W2", 1, 2], ["B1-K1-W3", 1, 2], ["B1-K2-W1", 1, 2], ["B1-K2-W2", 1, 2]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 3), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 3),
        ("PvB 1", "B1-K1-W3", "B1-K1", "toetsen", 1, 3),
        ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", 1, 4), ("PvB 2", "B1-K2-W2", "B1-K2", "toetsen", 1, 4),
        ("Kennisexamen", "B1-K1-W1", "B1-K1", "toetsen", 1, 5), ("Kennisexamen", "B1-K2-W2", "B1-K2", "toetsen", 1, 5)]
    assert programme.onderdelen["soort"].tolist() == ["proeve van bekwaamheid", "proeve van bekwaamheid",
                                                      "kennisexamen"]
    assert programme.notes == ()
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  PvB 2 (proeve van bekwaamheid, pagina 1, regel 4): B1-K2-W1, B1-K2-W2" in out
    assert out.rstrip().endswith("in orde.")


# --- no rules, the header at the foot of page 1, the rows on page 2, a mark between two columns ---------------

def _without_rules(page):
    page.setFont("Helvetica", 10)
    page.drawString(40, 800, "Toetsplan Medewerker testen")
    page.drawString(40, 120, "Onderdeel")
    for x, code in ((200, "B1-K1-W1"), (300, "B1-K1-W2"), (400, "B1-K1-W3")):   # each about 46 pt wide
        page.drawString(x, 120, code)
    page.showPage()
    page.setFont("Helvetica", 10)
    for y, name, marks in ((780, "PvB 1", (215, 315)), (760, "Kennistoets", (415,)),
                           (740, "Project", (265, 415))):                   # 265: between B1-K1-W1 and B1-K1-W2
        page.drawString(40, y, name)
        for x in marks:
            page.drawString(x, y, "x")
    page.drawString(40, 700, "Toelichting: een x betekent dat het onderdeel het werkproces examineert.")
    page.showPage()


def test_a_matrix_without_rules_over_a_page_break_and_a_stray_mark(tmp_path, capsys):
    path = tmp_path / "zonder.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _without_rules(page)
    page.save()
    programme = load_programme(path)
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 2, 1), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 2, 1),
        ("Kennistoets", "B1-K1-W3", "B1-K1", "toetsen", 2, 2),
        ("Project", "B1-K1-W3", "B1-K1", "toetsen", 2, 3)]
    assert programme.onderdelen[["onderdeel", "pagina", "regel"]].values.tolist() == [
        ["PvB 1", 2, 1], ["Kennistoets", 2, 2], ["Project", 2, 3]]
    assert _notes(programme) == [("markering", "x", 2, 3)]
    assert "tussen twee kolommen" in programme.notes[0].explanation
    assert main(["validate", str(path)]) == 0   # every code placed; the stray mark is for a reviewer
    out = capsys.readouterr().out
    assert "in orde" not in out and "te controleren: 1 melding" in out


# --- transposed: a row per werkproces, a column per onderdeel -------------------------------------------------

def test_a_transposed_matrix_with_a_titel_column(tmp_path, capsys):
    rows = [["Werkproces", "Titel", "PvB 1", "PvB 2", "Kennisexamen"],
            ["B1-K1", "Voert tests uit", "", "", ""],
            ["B1-K1-W1", "Plant de test", "x", "", "x"],
            ["B1-K1-W2", "Voert de test uit", "x", "", ""],
            ["B1-K2", "Werkt samen", "", "", ""],
            ["B1-K2-W1", "Overlegt", "", "x", "x"],
            ["B1-K2-W2", "Evalueert het werk", "", "x", ""]]
    path = _table_pdf(tmp_path / "gedraaid.pdf", rows, landscape(A4))
    programme = load_programme(path)
    assert programme.kerntaken[["kerntaak_id", "titel", "regel"]].values.tolist() == [
        ["B1-K1", "Voert tests uit", 2], ["B1-K2", "Werkt samen", 5]]
    assert programme.werkprocessen[["werkproces_id", "titel", "pagina", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Plant de test", 1, 3], ["B1-K1-W2", "Voert de test uit", 1, 4],
        ["B1-K2-W1", "Overlegt", 1, 6], ["B1-K2-W2", "Evalueert het werk", 1, 7]]
    assert programme.onderdelen[["onderdeel", "soort", "kerntaak_id", "pagina", "regel"]].values.tolist() == [
        ["PvB 1", "proeve van bekwaamheid", "B1-K1", 1, 1], ["PvB 2", "proeve van bekwaamheid", "B1-K2", 1, 1],
        ["Kennisexamen", "kennisexamen", "", 1, 1]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 3), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 4),
        ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", 1, 6), ("PvB 2", "B1-K2-W2", "B1-K2", "toetsen", 1, 7),
        ("Kennisexamen", "B1-K1-W1", "B1-K1", "toetsen", 1, 3), ("Kennisexamen", "B1-K2-W1", "B1-K2", "toetsen", 1, 6)]
    assert programme.notes == ()
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("in orde.")


# --- markdown text ------------------------------------------------------------------------------------------

def _read_text(tmp_path, text, name="toetsplan.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, load_programme(path)


def test_a_markdown_matrix_of_modules_keeps_their_levels(tmp_path):
    # short codes under the kerntaak of the heading just before the table; a number is the module's level
    path, programme = _read_text(tmp_path, "## B1-K1 Voert tests uit\n"
                                           "| Module | W1 | W2 | W3 |\n"
                                           "|---|---|---|---|\n"
                                           "| Module Testen 1 | 1 | 2 | |\n"
                                           "| Module Testen 2 | | ✓ | 3 |\n"
                                           "| Keuzeblok | | | |\n")
    assert programme.onderdelen[["onderdeel", "soort", "kerntaak_id", "regel"]].values.tolist() == [
        ["Module Testen 1", "module", "B1-K1", 4], ["Module Testen 2", "module", "B1-K1", 5]]
    assert _dekking(programme) == [
        ("Module Testen 1", "B1-K1-W1", "B1-K1", "1", None, 4), ("Module Testen 1", "B1-K1-W2", "B1-K1", "2", None, 4),
        ("Module Testen 2", "B1-K1-W2", "B1-K1", "", None, 5), ("Module Testen 2", "B1-K1-W3", "B1-K1", "3", None, 5)]
    assert programme.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"]
    assert programme.kerntaken[["kerntaak_id", "titel", "regel"]].values.tolist() == [["B1-K1", "Voert tests uit", 1]]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


def test_a_markdown_matrix_with_fields_marks_and_a_cell_outside_the_columns(tmp_path):
    # its header alone would make a table of onderdelen (five of its eight cells are a header's words): the codes
    # beside them make it a matrix
    path, programme = _read_text(tmp_path, "| Onderdeel | Vorm | Duur | Weging | Periode | B1-K1-W1 | B1-K1-W2 "
                                           "| P2-K1-W1 |\n"
                                           "|---|---|---|---|---|---|---|---|\n"
                                           "| PvB 1 | praktijk | 4 uur | 50% | 2 | ✔ | • | |\n"
                                           "| Kennistoets | digitaal | 90 min | 50% | 1 | * | v | ja |\n"
                                           "| Project | | | | | | | | x |\n")
    assert programme.onderdelen[["onderdeel", "vorm", "duur", "weging", "periode", "regel"]].values.tolist() == [
        ["PvB 1", "praktijk", "4 uur", "50%", "2", 3], ["Kennistoets", "digitaal", "90 min", "50%", "1", 4]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", None, 3), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", None, 3),
        ("Kennistoets", "B1-K1-W1", "B1-K1", "toetsen", None, 4),
        ("Kennistoets", "B1-K1-W2", "B1-K1", "toetsen", None, 4),
        ("Kennistoets", "P2-K1-W1", "P2-K1", "toetsen", None, 4)]
    assert _notes(programme) == [("markering", "x", None, 5)]   # Project's x stands in a ninth column
    assert "buiten de kolommen" in programme.notes[0].explanation
    assert not audit_programme(path, programme).lost


def test_a_transposed_markdown_matrix_of_modules(tmp_path):
    # "Werkproces | Module 1 | Module 2" is also a header of a table of onderdelen (werkprocessen, module, module)
    _, programme = _read_text(tmp_path, "| Werkproces | Module 1 | Module 2 |\n|---|---|---|\n"
                                        "| B1-K1-W1 Plant de test | 2 | x |\n| B1-K1-W2 Voert de test uit | | 3 |\n")
    assert programme.onderdelen[["onderdeel", "soort", "regel"]].values.tolist() == [["Module 1", "module", 1],
                                                                                     ["Module 2", "module", 1]]
    assert _dekking(programme) == [("Module 1", "B1-K1-W1", "B1-K1", "2", None, 3),
                                   ("Module 2", "B1-K1-W1", "B1-K1", "", None, 3),
                                   ("Module 2", "B1-K1-W2", "B1-K1", "3", None, 4)]


def test_a_transposed_markdown_matrix(tmp_path):
    path, programme = _read_text(tmp_path, "| Werkproces | Proeve 1 | Kennistoets |\n"
                                           "|---|---|---|\n"
                                           "| B1-K1-W1 Plant de test | x | x |\n"
                                           "| B1-K1-W2 Voert de test uit | x | |\n"
                                           "| B1-K2-W1 Overlegt | | ja |\n"
                                           "| B1-K2-W2 Evalueert het werk | | |\n"
                                           "\nDe proeve wordt afgenomen in de praktijk.\n")
    assert programme.werkprocessen[["werkproces_id", "titel", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Plant de test", 3], ["B1-K1-W2", "Voert de test uit", 4], ["B1-K2-W1", "Overlegt", 5],
        ["B1-K2-W2", "Evalueert het werk", 6]]
    assert _dekking(programme) == [
        ("Proeve 1", "B1-K1-W1", "B1-K1", "toetsen", None, 3), ("Proeve 1", "B1-K1-W2", "B1-K1", "toetsen", None, 4),
        ("Kennistoets", "B1-K1-W1", "B1-K1", "toetsen", None, 3),
        ("Kennistoets", "B1-K2-W1", "B1-K2", "toetsen", None, 5)]
    assert programme.onderdelen["soort"].tolist() == ["proeve van bekwaamheid", "kennisexamen"]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


@pytest.mark.parametrize("text, why", [
    # short codes and no kerntaak anywhere: which werkprocessen they are is not said
    ("| Onderdeel | W1 | W2 |\n|---|---|---|\n| PvB | x | x |\n", "niet hun kerntaak"),
    # codes as a header, but no row below with a mark
    ("| Onderdeel | B1-K1-W1 | B1-K1-W2 |\n|---|---|---|\n| PvB | | |\n", "geen rij met markeringen"),
])
def test_a_header_of_codes_that_is_no_readable_matrix_is_a_table_note(tmp_path, text, why):
    _, programme = _read_text(tmp_path, text)
    assert programme.onderdelen.empty and programme.dekking.empty
    [note] = programme.notes
    assert (note.kind, note.regel) == ("tabel", 1) and why in note.explanation


def test_a_matrix_whose_header_also_heads_a_table_of_onderdelen_over_a_page_break(tmp_path):
    # four of the six header cells are a header's words (a table of onderdelen to the layout): read as a matrix.
    # A5 landscape as above, a spacer of 270 pt: 98 pt left, the header and three rows of 20 pt on page 1.
    rows = [["Examen", "Vorm", "Duur", "Weging", "B1-K1-W1", "B1-K1-W2"],
            ["PvB 1", "praktijk", "4 uur", "50%", "x", "x"],
            ["PvB 2", "praktijk", "4 uur", "50%", "", "x"],
            ["Toets 1", "digitaal", "1 uur", "", "x", ""],
            ["Toets 2", "digitaal", "1 uur", "", "", "x"],
            ["Toets 3", "digitaal", "1 uur", "", "x", "x"]]
    path = _table_pdf(tmp_path / "tabel.pdf", rows, landscape(A5), before=[Spacer(1, 270)], repeatRows=1,
                      rowHeights=20)
    programme = load_programme(path)
    assert programme.onderdelen[["onderdeel", "vorm", "duur", "weging", "pagina", "regel"]].values.tolist() == [
        ["PvB 1", "praktijk", "4 uur", "50%", 1, 2], ["PvB 2", "praktijk", "4 uur", "50%", 1, 3],
        ["Toets 1", "digitaal", "1 uur", "", 1, 4], ["Toets 2", "digitaal", "1 uur", "", 2, 2],
        ["Toets 3", "digitaal", "1 uur", "", 2, 3]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 2), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 2),
        ("PvB 2", "B1-K1-W2", "B1-K1", "toetsen", 1, 3), ("Toets 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 4),
        ("Toets 2", "B1-K1-W2", "B1-K1", "toetsen", 2, 2), ("Toets 3", "B1-K1-W1", "B1-K1", "toetsen", 2, 3),
        ("Toets 3", "B1-K1-W2", "B1-K1", "toetsen", 2, 3)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


def test_short_codes_under_the_kerntaak_in_the_corner(tmp_path):
    path, programme = _read_text(tmp_path, "| P2-K1 | W1 | W2 |\n|---|---|---|\n| Proeve P2 | x | x |\n"
                                           "| Kennistoets P2 | | X |\n")
    assert _dekking(programme) == [("Proeve P2", "P2-K1-W1", "P2-K1", "toetsen", None, 3),
                                   ("Proeve P2", "P2-K1-W2", "P2-K1", "toetsen", None, 3),
                                   ("Kennistoets P2", "P2-K1-W2", "P2-K1", "toetsen", None, 4)]
    assert programme.kerntaken["kerntaak_id"].tolist() == ["P2-K1"]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


def test_a_matrix_on_a_landscape_page_stored_turned_reads_as_on_the_landscape_page(tmp_path):
    rows = [["Onderdeel", "B1-K1-W1", "B1-K1-W2", "B1-K2-W1"], ["PvB 1", "x", "x", ""], ["Kennistoets", "", "x", "x"]]

    def draw(path, turned):
        page = canvas.Canvas(str(path), pagesize=A4 if turned else landscape(A4), invariant=1)
        if turned:   # a portrait page shown turned a quarter (/Rotate 90), the matrix drawn across it
            page.setPageRotation(90)
            page.translate(A4[0], 0)
            page.rotate(90)
        table = Table(rows)
        table.setStyle(TableStyle([GRID]))
        table.wrapOn(page, 700, 400)
        table.drawOn(page, 60, 400)
        page.save()
        return load_programme(path)

    plain, turned = draw(tmp_path / "liggend.pdf", False), draw(tmp_path / "gedraaid.pdf", True)
    assert _dekking(plain) == [("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 2),
                               ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 2),
                               ("Kennistoets", "B1-K1-W2", "B1-K1", "toetsen", 1, 3),
                               ("Kennistoets", "B1-K2-W1", "B1-K2", "toetsen", 1, 3)]
    for name, table in plain.tables().items():
        assert turned.tables()[name].equals(table), name


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_names_over_lines_of_their_cell(tmp_path, valign):
    # a name's next line with a capital ("Praktijk") is still the same row: its lines stand close together
    rows = [["Onderdeel", "B1-K1-W1", "B1-K1-W2"], ["PvB 1\nPraktijk", "x", ""],
            ["Proeve van\nbekwaamheid\nPraktijk 2", "", "x"], ["Toets", "x", "x"]]
    path = _table_pdf(tmp_path / "namen.pdf", rows, landscape(A4), [("VALIGN", (0, 0), (-1, -1), valign)])
    programme = load_programme(path)
    assert programme.dekking[["onderdeel", "werkproces_id"]].values.tolist() == [
        ["PvB 1 Praktijk", "B1-K1-W1"], ["Proeve van bekwaamheid Praktijk 2", "B1-K1-W2"], ["Toets", "B1-K1-W1"],
        ["Toets", "B1-K1-W2"]]
    # the first line of each row; set in the middle, PvB 1's x stands on a line of its own between its name's lines
    assert programme.onderdelen["regel"].tolist() == ([2, 5, 8] if valign == "MIDDLE" else [2, 4, 7])
    assert programme.notes == ()


def test_a_transposed_matrix_whose_titles_run_over_two_lines(tmp_path):
    rows = [["Werkproces", "PvB 1", "Kennistoets"],
            ["B1-K1-W1 Plant de test\nVoor de hele afdeling", "x", ""],
            ["B1-K1-W2 Voert de test\nuit", "x", "x"]]
    path = _table_pdf(tmp_path / "titels.pdf", rows, landscape(A4), [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    programme = load_programme(path)
    # lines: 1 header, 2 "B1-K1-W1 Plant de test", 3 its x (set in the middle, between the title's lines),
    # 4 "Voor de hele afdeling", 5 "B1-K1-W2 Voert de test", 6 its two x's, 7 "uit"
    assert programme.werkprocessen[["werkproces_id", "titel", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Plant de test Voor de hele afdeling", 2], ["B1-K1-W2", "Voert de test uit", 5]]
    assert [(row[0], row[1], row[5]) for row in _dekking(programme)] == [
        ("PvB 1", "B1-K1-W1", 3), ("PvB 1", "B1-K1-W2", 6), ("Kennistoets", "B1-K1-W2", 6)]
    assert programme.notes == ()


def test_short_codes_under_a_markdown_header_of_kerntaken(tmp_path):
    path, programme = _read_text(tmp_path, "| | B1-K1 | | B1-K2 |\n|---|---|---|---|\n| Onderdeel | W1 | W2 | W1 |\n"
                                           "| PvB 1 | x | x | |\n| PvB 2 | | | x |\n")
    assert _dekking(programme) == [("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", None, 4),
                                   ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", None, 4),
                                   ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", None, 5)]
    assert programme.werkprocessen[["werkproces_id", "regel"]].values.tolist() == [
        ["B1-K1-W1", 3], ["B1-K1-W2", 3], ["B1-K2-W1", 3]]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


def test_a_transposed_matrix_of_short_codes_under_kerntaken_over_a_page_break(tmp_path):
    # A5 landscape, a spacer of 270 pt: 98 pt left, the header and three rows of 20 pt on page 1; on page 2 the
    # header again (line 1) and the other three rows (lines 2 to 4)
    rows = [["Werkproces", "PvB 1", "PvB 2"], ["B1-K1 Voert tests uit", "", ""], ["W1 Plant de test", "x", ""],
            ["W2 Voert de test uit", "x", ""], ["B1-K2 Werkt samen", "", ""], ["W1 Overlegt", "", "x"],
            ["W2 Evalueert", "", "x"]]
    path = _table_pdf(tmp_path / "gedraaid.pdf", rows, landscape(A5), before=[Spacer(1, 270)], repeatRows=1,
                      rowHeights=20)
    programme = load_programme(path)
    assert programme.kerntaken[["kerntaak_id", "titel", "pagina", "regel"]].values.tolist() == [
        ["B1-K1", "Voert tests uit", 1, 2], ["B1-K2", "Werkt samen", 2, 2]]
    assert programme.werkprocessen[["werkproces_id", "titel", "pagina", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Plant de test", 1, 3], ["B1-K1-W2", "Voert de test uit", 1, 4],
        ["B1-K2-W1", "Overlegt", 2, 3], ["B1-K2-W2", "Evalueert", 2, 4]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 3), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 4),
        ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", 2, 3), ("PvB 2", "B1-K2-W2", "B1-K2", "toetsen", 2, 4)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


# --- a ruled table: marks set left and right in their cells under short headers set in the middle -------------

def test_marks_set_anywhere_in_a_ruled_cell_belong_to_its_column_and_short_codes_follow_a_full_one(tmp_path):
    # columns 120 + 4 x 80 pt; the header set in the middle of its cells ("W2" about 13 pt wide, in the middle of an
    # 80 pt cell), the marks of B1-K1-W1 and W2 set at the left of their cells, those of B1-K2-W1 at the right: each
    # stands under no header's text, inside the rules of its column
    rows = [["Examen", "B1-K1-W1", "W2", "B1-K2-W1", "W2"],
            ["PvB 1", "x", "x", "", ""],
            ["PvB 2", "", "", "x", "x"],
            ["Kennistoets", "x", "", "", "x"]]
    style = [("ALIGN", (1, 0), (-1, 0), "CENTER"), ("ALIGN", (1, 1), (2, -1), "LEFT"),
             ("ALIGN", (3, 1), (4, -1), "RIGHT")]
    path = _table_pdf(tmp_path / "regels.pdf", rows, landscape(A4), style, colWidths=[120] + [80] * 4)
    programme = load_programme(path)
    assert programme.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "B1-K2-W2"]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 2), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 2),
        ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", 1, 3), ("PvB 2", "B1-K2-W2", "B1-K2", "toetsen", 1, 3),
        ("Kennistoets", "B1-K1-W1", "B1-K1", "toetsen", 1, 4), ("Kennistoets", "B1-K2-W2", "B1-K2", "toetsen", 1, 4)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


# --- the werkproces's title under its code in the header cell, a code broken over two lines ------------------

def test_titles_under_the_codes_of_the_header_belong_to_the_header(tmp_path):
    # narrow columns of 70 pt, the header in 8 pt: each header cell is its code and its title over two or three
    # lines; B1-K1-W3's code is broken after its kerntaak. Set at the bottom of the row (reportlab's default), the
    # cells of fewer lines start lower: line 1 "B1-K1-W1 B1-K1-W2", 2 "Bereidt de | Voert de | B1-K1-", 3
    # "werkzaamheden | werkzaamheden | W3", 4 "Onderdeel | voor | uit | Evalueert"; the rows are lines 5 to 7.
    rows = [["Onderdeel", "B1-K1-W1\nBereidt de\nwerkzaamheden\nvoor", "B1-K1-W2\nVoert de\nwerkzaamheden\nuit",
             "B1-K1-\nW3\nEvalueert"],
            ["PvB 1", "x", "x", ""],
            ["Kennistoets", "", "x", "x"],
            ["Portfolio", "x", "", "x"]]
    path = _table_pdf(tmp_path / "titels.pdf", rows, landscape(A4), [("FONTSIZE", (0, 0), (-1, 0), 8)],
                      colWidths=[100, 70, 70, 70])
    programme = load_programme(path)
    assert programme.werkprocessen[["werkproces_id", "titel", "pagina", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Bereidt de werkzaamheden voor", 1, 1], ["B1-K1-W2", "Voert de werkzaamheden uit", 1, 1],
        ["B1-K1-W3", "Evalueert", 1, 1]]
    assert programme.onderdelen[["onderdeel", "regel"]].values.tolist() == [["PvB 1", 5], ["Kennistoets", 6],
                                                                           ["Portfolio", 7]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 5), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 5),
        ("Kennistoets", "B1-K1-W2", "B1-K1", "toetsen", 1, 6), ("Kennistoets", "B1-K1-W3", "B1-K1", "toetsen", 1, 6),
        ("Portfolio", "B1-K1-W1", "B1-K1", "toetsen", 1, 7), ("Portfolio", "B1-K1-W3", "B1-K1", "toetsen", 1, 7)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


# --- transposed: a Kerntaak column spanning its werkprocessen, then the Werkproces column -----------------------

def test_a_transposed_matrix_with_a_kerntaak_column_that_spans_its_werkprocessen(tmp_path):
    # rows of 20 pt, every cell set in the middle: a kerntaak's text stands on the rule between its two rows, a line
    # of its own. Lines: 1 header, 2 B1-K1-W1, 3 "B1-K1 Bereidt voor", 4 B1-K1-W2, 5 B1-K2-W1, 6 "B1-K2 Rondt af",
    # 7 W2 (of B1-K2, the code above it)
    rows = [["Kerntaak", "Werkproces", "PvB 1", "PvB 2"],
            ["B1-K1 Bereidt voor", "B1-K1-W1 Plant het werk", "x", ""],
            ["", "B1-K1-W2 Voert het werk uit", "x", "x"],
            ["B1-K2 Rondt af", "B1-K2-W1 Evalueert", "", "x"],
            ["", "W2 Rapporteert", "", "x"]]
    style = [("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (0, 4)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    path = _table_pdf(tmp_path / "kerntaken.pdf", rows, landscape(A4), style, rowHeights=20)
    programme = load_programme(path)
    assert programme.kerntaken[["kerntaak_id", "titel", "regel"]].values.tolist() == [
        ["B1-K1", "Bereidt voor", 3], ["B1-K2", "Rondt af", 6]]
    assert programme.werkprocessen[["werkproces_id", "titel", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Plant het werk", 2], ["B1-K1-W2", "Voert het werk uit", 4], ["B1-K2-W1", "Evalueert", 5],
        ["B1-K2-W2", "Rapporteert", 7]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 2), ("PvB 1", "B1-K1-W2", "B1-K1", "toetsen", 1, 4),
        ("PvB 2", "B1-K1-W2", "B1-K1", "toetsen", 1, 4), ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", 1, 5),
        ("PvB 2", "B1-K2-W2", "B1-K2", "toetsen", 1, 7)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


def test_a_markdown_header_of_full_and_short_codes(tmp_path):
    path, programme = _read_text(tmp_path, "| Onderdeel | B1-K1-W1 | W2 | W3 | B1-K2-W1 | W2 |\n"
                                           "|---|---|---|---|---|---|\n| PvB 1 | x | x | x | | |\n"
                                           "| PvB 2 | | | | x | x |\n")
    assert programme.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K2-W1",
                                                                 "B1-K2-W2"]
    assert [(row[0], row[1], row[5]) for row in _dekking(programme)] == [
        ("PvB 1", "B1-K1-W1", 3), ("PvB 1", "B1-K1-W2", 3), ("PvB 1", "B1-K1-W3", 3), ("PvB 2", "B1-K2-W1", 4),
        ("PvB 2", "B1-K2-W2", 4)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


# --- a word processor's matrix: python-docx, exported by LibreOffice --------------------------------------------

@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_a_word_processors_matrix_with_codes_broken_in_narrow_columns(tmp_path):
    # Word's "Table Grid": code columns of 1.6 cm, 9 pt; each code breaks after its kerntaak ("B1-K1-" / "W1"), its
    # title (a second paragraph) below it, the marks set in the middle of their cells. Lines: 1 "Onderdeel" and the
    # four "B1-K1-", 2 "W1 W2 W3 W1", 3 the titles, 4-6 the rows (the cells have no padding above or below: a row is
    # told by the rule between it and the line above).
    rows = [["Onderdeel", "B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K2-W1"],
            ["", "Plant", "Meet", "Test", "Meldt"],
            ["PvB 1", "x", "x", "x", ""], ["PvB 2", "", "", "", "x"], ["Kennistoets", "x", "", "", "x"]]
    document = Document()
    table = document.add_table(rows=len(rows) - 1, cols=5)
    table.style = "Table Grid"
    table.autofit = False
    widths = [Cm(4)] + [Cm(1.6)] * 4
    for number, row in enumerate([rows[0]] + rows[2:]):
        for index, text in enumerate(row):
            cell = table.cell(number, index)
            cell.width = widths[index]
            texts = [text, rows[1][index]] if number == 0 and index else [text]
            for paragraph, line in zip([cell.paragraphs[0], *[cell.add_paragraph() for _ in texts[1:]]], texts):
                paragraph.add_run(line).font.size = Pt(9)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if index else WD_ALIGN_PARAGRAPH.LEFT
    for column, width in zip(table.columns, widths):
        column.width = width
    document.save(str(tmp_path / "toetsplan.docx"))
    [path] = convert([tmp_path / "toetsplan.docx"], tmp_path)
    programme = load_programme(path)
    assert programme.werkprocessen[["werkproces_id", "titel", "pagina", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Plant", 1, 1], ["B1-K1-W2", "Meet", 1, 1], ["B1-K1-W3", "Test", 1, 1],
        ["B1-K2-W1", "Meldt", 1, 1]]
    assert programme.onderdelen[["onderdeel", "soort", "regel"]].values.tolist() == [
        ["PvB 1", "proeve van bekwaamheid", 4], ["PvB 2", "proeve van bekwaamheid", 5],
        ["Kennistoets", "kennisexamen", 6]]
    assert [(row[0], row[1], row[5]) for row in _dekking(programme)] == [
        ("PvB 1", "B1-K1-W1", 4), ("PvB 1", "B1-K1-W2", 4), ("PvB 1", "B1-K1-W3", 4), ("PvB 2", "B1-K2-W1", 5),
        ("Kennistoets", "B1-K1-W1", 6), ("Kennistoets", "B1-K2-W1", 6)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


# --- transposed: short codes beside a kerntaak cell whose text stands in the middle of its span ------------------

SPANNED = [["Kerntaak", "Werkproces", "PvB 1", "PvB 2"],
           ["B1-K1 Bereidt voor", "W1 Plant het werk", "x", ""],
           ["", "W2 Voert het werk uit", "x", "x"],
           ["", "W3 Controleert", "", "x"],
           ["B1-K2 Rondt af", "W1 Evalueert", "", "x"],
           ["", "W2 Rapporteert", "", "x"],
           ["", "W3 Archiveert", "x", ""]]
SPANNED_STYLE = [("SPAN", (0, 1), (0, 3)), ("SPAN", (0, 4), (0, 6)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]


def test_short_codes_beside_a_ruled_kerntaak_cell_set_in_the_middle(tmp_path):
    # rows of 20 pt, each kerntaak's cell spans three rows and its text stands in the middle, on the line of its W2.
    # Lines: 1 header, 2 W1, 3 "B1-K1 Bereidt voor" with W2, 4 W3, 5 W1, 6 "B1-K2 Rondt af" with W2, 7 W3. The W1
    # of line 2 stands above its kerntaak's text, the W1 of line 5 below B1-K1's: the rules of each cell tell them.
    path = _table_pdf(tmp_path / "midden.pdf", SPANNED, landscape(A4), SPANNED_STYLE, rowHeights=20)
    programme = load_programme(path)
    assert programme.werkprocessen[["werkproces_id", "titel", "regel"]].values.tolist() == [
        ["B1-K1-W1", "Plant het werk", 2], ["B1-K1-W2", "Voert het werk uit", 3], ["B1-K1-W3", "Controleert", 4],
        ["B1-K2-W1", "Evalueert", 5], ["B1-K2-W2", "Rapporteert", 6], ["B1-K2-W3", "Archiveert", 7]]
    assert [(row[0], row[1], row[5]) for row in _dekking(programme)] == [
        ("PvB 1", "B1-K1-W1", 2), ("PvB 1", "B1-K1-W2", 3), ("PvB 1", "B1-K2-W3", 7), ("PvB 2", "B1-K1-W2", 3),
        ("PvB 2", "B1-K1-W3", 4), ("PvB 2", "B1-K2-W1", 5), ("PvB 2", "B1-K2-W2", 6)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


def test_short_codes_beside_an_unruled_kerntaak_cell_set_in_the_middle_are_noted_where_unknown(tmp_path):
    # the same table without any rule: the W1 of line 2 stands above every kerntaak, the W1 of line 5 is numbered
    # anew before B1-K2's text; neither can be told, both rows are noted; the rows from each kerntaak's text down
    # are read (W2, W3 of B1-K1 on lines 3, 4; W2, W3 of B1-K2 on lines 6, 7)
    path = tmp_path / "zonder.pdf"
    table = Table(SPANNED, rowHeights=20)
    table.setStyle(TableStyle(SPANNED_STYLE))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build([table])
    programme = load_programme(path)
    assert programme.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W2", "B1-K1-W3", "B1-K2-W2", "B1-K2-W3"]
    assert [(row[0], row[1], row[5]) for row in _dekking(programme)] == [
        ("PvB 1", "B1-K1-W2", 3), ("PvB 1", "B1-K2-W3", 7), ("PvB 2", "B1-K1-W2", 3), ("PvB 2", "B1-K1-W3", 4),
        ("PvB 2", "B1-K2-W2", 6)]
    assert _notes(programme) == [("tabel", "W1 Plant het werk", 1, 2), ("tabel", "W1 Evalueert", 1, 5)]
    report = audit_programme(path, programme)
    assert [(finding.kind, finding.regel) for finding in report.findings if finding.kind == "regel"] == [
        ("regel", 2), ("regel", 5)]


# --- the audit sees a matrix's codes when its reading fails ------------------------------------------------------

def _unread_matrix(monkeypatch):
    from bcp_analysis.readers import programme_build
    from bcp_analysis.readers.programme_matrix import Matrices

    monkeypatch.setattr(programme_build, "read_matrices", lambda layout: (layout, Matrices()))


def test_validate_finds_the_short_codes_of_a_matrix_not_read(tmp_path, monkeypatch, capsys):
    # the ruled table of short codes above, its reading forced to fail: its W1, W2 and W3 (lines 2 to 7 of page 1)
    # are codes only with their kerntaak; none was read, so each is a code not placed (W1, W2, W3 on each of the six
    # lines: six findings), and the document is still a programme (it names kerntaken), not a profile
    path = _table_pdf(tmp_path / "midden.pdf", SPANNED, landscape(A4), SPANNED_STYLE, rowHeights=20)
    _unread_matrix(monkeypatch)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "niet in orde: 6 codes van de tekst niet geplaatst" in out
    assert out.count("staat in de tekst zonder zijn kerntaak en in geen tabel") == 6


def test_validate_finds_a_header_of_codes_whose_matrix_is_not_read(tmp_path, monkeypatch, capsys):
    # the codes of the header (line 1) are named, so they are placed; no onderdeel is tied to any: one finding there
    rows = [["Onderdeel", "B1-K1-W1", "B1-K1-W2", "B1-K2-W1"], ["PvB 1", "x", "x", ""], ["Project", "", "", "x"]]
    path = _table_pdf(tmp_path / "matrix.pdf", rows, landscape(A4))
    _unread_matrix(monkeypatch)
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "in orde." not in out and "te controleren: 1 melding" in out
    assert "pagina 1, regel 1" in out and "als de kop van een matrix" in out


# --- codes head the columns: a tall row broken over two pages ------------------------------------------------------

def test_a_row_broken_over_two_pages_goes_on_where_its_name_cell_is_empty(tmp_path):
    # A5 landscape, 20 pt margins, a spacer of 290 pt: page 1 holds the header (line 1), PvB 1 (line 2) and the
    # first three lines of PvB 2's tall row (lines 3-5: "observatie" with its first x, "gesprek", "portfolio"); the
    # row breaks (splitInRow) and goes on at the top of page 2 with an empty name cell: "reflectie" (line 1),
    # "verslag" with an x under B1-K1-W1 and one under B1-K2-W1 (line 2); Kennistoets is line 3 of page 2
    rows = [["Onderdeel", "Vorm", "B1-K1-W1", "B1-K1-W2", "B1-K2-W1"],
            ["PvB 1", "praktijk", "x", "", ""],
            ["PvB 2", "observatie\ngesprek\nportfolio\nreflectie\nverslag", "x\n\n\n\nx", "", "\n\n\n\nx"],
            ["Kennistoets", "schriftelijk", "", "x", ""]]
    path = _table_pdf(tmp_path / "gebroken.pdf", rows, landscape(A5), [("VALIGN", (0, 0), (-1, -1), "TOP")],
                      before=[Spacer(1, 290)], splitInRow=1, colWidths=[80, 80, 70, 70, 70])
    programme = load_programme(path)
    assert programme.onderdelen[["onderdeel", "vorm", "pagina", "regel"]].values.tolist() == [
        ["PvB 1", "praktijk", 1, 2], ["PvB 2", "observatie gesprek portfolio reflectie verslag", 1, 3],
        ["Kennistoets", "schriftelijk", 2, 3]]
    assert _dekking(programme) == [
        ("PvB 1", "B1-K1-W1", "B1-K1", "toetsen", 1, 2), ("PvB 2", "B1-K1-W1", "B1-K1", "toetsen", 1, 3),
        ("PvB 2", "B1-K2-W1", "B1-K2", "toetsen", 2, 2), ("Kennistoets", "B1-K1-W2", "B1-K1", "toetsen", 2, 3)]
    assert programme.notes == ()
    assert audit_programme(path, programme).ok


# --- codes written upright in narrow header cells (turned a quarter) --------------------------------------------

TURNED = ["B1-K1-W1", "B1-K1-W2", "B1-K2-W1"]


def _turned_matrix(path, angle, rules=True, form=False):
    """A matrix on a landscape page: a name column of 140 pt at x 60, three code columns of 24 pt, a header 70 pt
    high whose codes are written upright (``angle`` 90: from the bottom up, -90: from the top down), three rows of
    20 pt: PvB 1 under B1-K1-W1 and B1-K1-W2, PvB 2 under B1-K2-W1, Kennistoets under B1-K1-W1 and B1-K2-W1."""
    page = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    page.setFont("Helvetica", 10)
    if rules:
        for y in (500, 430, 410, 390, 370):
            page.line(60, y, 272, y)
        for x in (60, 200, 224, 248, 272):
            page.line(x, 500, x, 370)
    if form:   # the codes drawn in a form (an XObject) the page shows
        page.beginForm("kop")
    for number, code in enumerate(TURNED):
        page.saveState()
        # each code in the middle of its column: turned up, its glyphs stand left of where it starts, turned down
        # right of it (about 7 pt)
        page.translate(200 + 24 * number + (15.5 if angle == 90 else 8.5), 435 if angle == 90 else 495)
        page.rotate(angle)
        page.drawString(0, 0, code)
        page.restoreState()
    if form:
        page.endForm()
        page.doForm("kop")
    page.drawString(64, 436, "Onderdeel")
    for row, (name, marks) in enumerate([("PvB 1", (0, 1)), ("PvB 2", (2,)), ("Kennistoets", (0, 2))]):
        page.drawString(64, 416 - 20 * row, name)
        for number in marks:
            page.drawString(209 + 24 * number, 416 - 20 * row, "x")
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("angle, rules", [(90, True), (-90, False)])
def test_codes_written_upright_in_the_header_head_their_columns(tmp_path, angle, rules):
    # from the bottom up, the codes end at the foot of the header with "Onderdeel": one line (1), the rows 2-4; from
    # the top down they end higher, a line of their own (1) above "Onderdeel" (2), the rows 3-5
    programme = load_programme(_turned_matrix(tmp_path / "gedraaid.pdf", angle, rules))
    first = 2 if angle == 90 else 3
    assert programme.werkprocessen[["werkproces_id", "regel"]].values.tolist() == [
        ["B1-K1-W1", 1], ["B1-K1-W2", 1], ["B1-K2-W1", 1]]
    assert [(row[0], row[1], row[5]) for row in _dekking(programme)] == [
        ("PvB 1", "B1-K1-W1", first), ("PvB 1", "B1-K1-W2", first), ("PvB 2", "B1-K2-W1", first + 1),
        ("Kennistoets", "B1-K1-W1", first + 2), ("Kennistoets", "B1-K2-W1", first + 2)]
    assert programme.notes == ()


def test_codes_written_upright_that_no_matrix_reads_are_noted(tmp_path, capsys):
    # drawn in a form, the turned codes stay in the page: no matrix is read, and the note says why, not that the
    # document maps no exam; validate names the three codes as not placed
    path = _turned_matrix(tmp_path / "vorm.pdf", 90, form=True)
    programme = load_programme(path)
    assert programme.dekking.empty
    assert _notes(programme) == [("tabel", "B1-K1-W1, B1-K1-W2, B1-K2-W1", 1, None)]
    assert programme.notes[0].explanation.startswith("kolomkoppen staan gedraaid: B1-K1-W1, B1-K1-W2, B1-K2-W1;")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "niet in orde: 3 codes van de tekst niet geplaatst" in out and "kolomkoppen staan gedraaid" in out
