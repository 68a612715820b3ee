"""The programme PDF reader (and the text reader) on small documents written here, one hard case each.

Every PDF is drawn with reportlab's canvas: the text and the rules of its tables stand where the
test puts them, so each expected value is what the test drew.
"""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from bcp_analysis.errors import ProfileError
from bcp_analysis.readers import load_programme

LEADING = 11


def _table(page, x, top, widths, rows, bold_first=True, rule_top=True):
    """Draw a ruled table; ``rows`` are lists of cell texts ("\\n" breaks a line). Return the y below it."""
    y = top
    right = x + sum(widths)
    for number, row in enumerate(rows):
        height = max(len(cell.split("\n")) for cell in row) * LEADING + 6
        if number or rule_top:
            page.line(x, y, right, y)
        page.line(x, y - height, right, y - height)
        edge = x
        for width in widths + [0]:
            page.line(edge, y, edge, y - height)
            edge += width
        page.setFont("Helvetica-Bold" if bold_first and number == 0 else "Helvetica", 9)
        edge = x
        for width, cell in zip(widths, row):
            for index, line in enumerate(cell.split("\n")):
                page.drawString(edge + 3, y - 3 - (index + 1) * LEADING + 2, line)
            edge += width
        y -= height
    return y


def _lines(page, x, top, lines, size=10):
    page.setFont("Helvetica", size)
    for index, line in enumerate(lines):
        page.drawString(x, top - index * 14, line)
    return top - len(lines) * 14


HEADER = ["Naam", "Examenvorm", "Kerntaak", "Werkprocessen", "Duur", "Plaats", "Weging"]
WIDTHS = [100, 90, 55, 120, 60, 60, 45]          # 530 points: from x=40 inside an A4 page


def _pdf(tmp_path, name, draw, size=A4):
    path = tmp_path / name
    page = canvas.Canvas(str(path), pagesize=size)
    draw(page)
    page.save()
    return path


# --- a landscape examenplan with ranges, lists and a code broken over two lines -----------------------

def _landscape(page):
    y = _lines(page, 40, 560, ["Examenplan cohort 2025-2026", "School: ROC Proef", "Opleiding: Medewerker testen",
                               "Crebo: 25123", "Niveau: 3", "Vastgesteld op: 01-02-2025",
                               "B1-K1 Voert tests uit", "B1-K1-W1 Plant de test", "B1-K1-W2 Voert de test uit",
                               "B1-K1-W3 Rapporteert de uitkomst", "B1-K2 Werkt samen", "B1-K2-W1 Overlegt",
                               "B1-K2-W2 Evalueert het werk"])
    _table(page, 40, y - 10, WIDTHS, [
        HEADER,
        ["Proeve 1", "Proeve van\nbekwaamheid", "B1-K1", "B1-K1-W1 t/m 3", "4 uur", "BPV", "1"],
        ["Kennistoets", "Kennisexamen", "B1-K2", "W1 & W2", "60 minuten", "School", "1"],
        ["Portfolio", "Criteriumgericht\ninterview", "", "B1-\nK2-W1", "30 minuten", "School", "2"],
    ])


def test_a_landscape_examenplan(tmp_path):
    programme = load_programme(_pdf(tmp_path, "examenplan.pdf", _landscape, landscape(A4)))
    assert programme.kenmerken == {"school": "ROC Proef", "kwalificatiedossier": None,
                                   "crebo_kwalificatiedossier": None, "profiel": "Medewerker testen",
                                   "crebo": "25123", "niveau": "3", "cohort": "2025-2026",
                                   "vastgesteld_op": "01-02-2025"}
    assert programme.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "B1-K2"]
    assert programme.werkprocessen.set_index("werkproces_id")["titel"].to_dict() == {
        "B1-K1-W1": "Plant de test", "B1-K1-W2": "Voert de test uit", "B1-K1-W3": "Rapporteert de uitkomst",
        "B1-K2-W1": "Overlegt", "B1-K2-W2": "Evalueert het werk"}
    onderdelen = programme.onderdelen.set_index("onderdeel")
    assert onderdelen.index.tolist() == ["Proeve 1", "Kennistoets", "Portfolio"]
    assert onderdelen["soort"].tolist() == ["proeve van bekwaamheid", "kennisexamen", "examen"]
    assert onderdelen.loc["Proeve 1", "vorm"] == "Proeve van bekwaamheid"
    assert onderdelen["duur"].tolist() == ["4 uur", "60 minuten", "30 minuten"]
    assert onderdelen["weging"].tolist() == ["1", "1", "2"]
    covered = programme.dekking.groupby("onderdeel", sort=False)["werkproces_id"].apply(list).to_dict()
    assert covered == {"Proeve 1": ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"],   # "t/m 3"
                       "Kennistoets": ["B1-K2-W1", "B1-K2-W2"],             # bare W1 & W2 of kerntaak B1-K2
                       "Portfolio": ["B1-K2-W1"]}                           # "B1-" / "K2-W1"
    assert programme.dekking["niveau"].eq("toetsen").all()
    assert programme.dekking["pagina"].eq(1).all()
    assert programme.notes == ()


def _turned(page):
    """The landscape examenplan stored as a portrait page that is shown turned a quarter (/Rotate 90)."""
    page.setPageRotation(90)
    page.translate(A4[0], 0)
    page.rotate(90)
    _landscape(page)


def test_a_landscape_page_stored_turned_reads_as_the_landscape_page(tmp_path):
    plain = load_programme(_pdf(tmp_path, "examenplan.pdf", _landscape, landscape(A4)))
    turned = load_programme(_pdf(tmp_path, "gedraaid.pdf", _turned, A4))
    for name, table in plain.tables().items():
        assert turned.tables()[name].equals(table), name
    assert turned.kenmerken == plain.kenmerken


def _without_rules(page):
    """The examenplan's table set without a single rule: its rows apart by a wider gap than a cell's lines."""
    y = _lines(page, 40, 800, ["Examenplan", "Crebo: 25123"])
    page.setLineWidth(0)
    page.setStrokeColorRGB(1, 1, 1)
    page.line = lambda *args: None                  # draw the table's text only
    _table(page, 40, y - 10, WIDTHS, [
        HEADER,
        ["Proeve 1", "Proeve van\nbekwaamheid", "B1-K1", "B1-K1-W1 t/m 3", "4 uur", "BPV", "1"],
        ["Portfolio", "", "", "B1-K2-W1\nB1-K2-W2", "", "", ""],
        ["Kennistoets", "Kennisexamen", "B1-K2", "W1 & W2", "60 minuten", "School", "1"],
    ])


def test_a_table_without_rules(tmp_path):
    programme = load_programme(_pdf(tmp_path, "zonder.pdf", _without_rules))
    covered = programme.dekking.groupby("onderdeel", sort=False)["werkproces_id"].apply(list).to_dict()
    assert covered == {"Proeve 1": ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"], "Portfolio": ["B1-K2-W1", "B1-K2-W2"],
                       "Kennistoets": ["B1-K2-W1", "B1-K2-W2"]}
    assert programme.onderdelen.set_index("onderdeel").loc["Proeve 1", "vorm"] == "Proeve van bekwaamheid"


# --- a header on one page, its rows on the next, a row that runs over the next break ----------------

def _broken(page):
    _lines(page, 40, 800, ["Examenplan", "Crebo: 25123", "B1-K1 Voert tests uit"])
    _table(page, 40, 70, WIDTHS, [HEADER])                           # the header at the foot of page 1
    page.showPage()
    _table(page, 40, 800, WIDTHS, [
        ["Proeve A", "PvB", "B1-K1", "B1-K1-W1", "4 uur", "BPV", "1"],
        ["Proeve B", "PvB", "B1-K1", "B1-K1-W2", "2 uur", "BPV", "1"],
    ], bold_first=False)
    page.showPage()
    # the rest of Proeve B's row: no rule above it, it runs on from page 2
    _table(page, 40, 800, WIDTHS, [["", "", "", "B1-K1-W3", "", "", ""]], bold_first=False, rule_top=False)
    _lines(page, 40, 700, ["Toelichting: de proeven worden in leerjaar 2 afgenomen."])


def test_a_table_over_page_breaks(tmp_path):
    programme = load_programme(_pdf(tmp_path, "gebroken.pdf", _broken))
    assert programme.onderdelen["onderdeel"].tolist() == ["Proeve A", "Proeve B"]
    assert programme.onderdelen["pagina"].tolist() == [2, 2]
    rows = list(zip(programme.dekking["onderdeel"], programme.dekking["werkproces_id"], programme.dekking["pagina"]))
    assert rows == [("Proeve A", "B1-K1-W1", 2), ("Proeve B", "B1-K1-W2", 2), ("Proeve B", "B1-K1-W3", 3)]


def _repeated_header(page):
    _lines(page, 40, 800, ["Examenplan", "Crebo: 25123"])
    _table(page, 40, 760, WIDTHS, [HEADER, ["Proeve A", "PvB", "B1-K1", "B1-K1-W1", "4 uur", "BPV", "1"]])
    page.showPage()
    _table(page, 40, 800, WIDTHS, [HEADER, ["Proeve B", "PvB", "B1-K1", "B1-K1-W2", "4 uur", "BPV", "1"]])


def test_a_header_repeated_on_the_next_page_is_no_row(tmp_path):
    programme = load_programme(_pdf(tmp_path, "herhaald.pdf", _repeated_header))
    assert programme.onderdelen["onderdeel"].tolist() == ["Proeve A", "Proeve B"]
    assert programme.dekking["werkproces_id"].tolist() == ["B1-K1-W1", "B1-K1-W2"]


# --- the same exam name under two kerntaken ------------------------------------------------------------

def _same_names(page):
    y = _lines(page, 40, 800, ["Examenplan", "Crebo: 25123", "B1-K1 Voert tests uit"])
    y = _table(page, 40, y - 10, WIDTHS, [HEADER, ["Praktijkexamen", "PvB", "", "B1-K1-W1", "4 uur", "BPV", "1"]])
    y = _lines(page, 40, y - 20, ["B1-K2 Werkt samen"])
    _table(page, 40, y - 10, WIDTHS, [HEADER, ["Praktijkexamen", "PvB", "", "B1-K2-W1", "2 uur", "BPV", "1"]])


def test_the_same_exam_name_under_two_kerntaken_is_made_unique(tmp_path):
    programme = load_programme(_pdf(tmp_path, "namen.pdf", _same_names))
    assert programme.onderdelen["onderdeel"].tolist() == ["Praktijkexamen (B1-K1)", "Praktijkexamen (B1-K2)"]
    assert programme.dekking["onderdeel"].tolist() == ["Praktijkexamen (B1-K1)", "Praktijkexamen (B1-K2)"]


# --- a kerntaak named without its werkprocessen -------------------------------------------------------

def _kerntaak_only(page):
    y = _lines(page, 40, 800, ["Examenplan", "Crebo: 25123"])
    _table(page, 40, y - 10, WIDTHS, [HEADER, ["Proeve 1", "PvB", "B1-K1", "", "4 uur", "BPV", "1"],
                                      ["Proeve 2", "PvB", "B1-K2", "B1-K2-W1", "2 uur", "BPV", "1"]])


def test_an_exam_of_a_kerntaak_without_werkprocessen(tmp_path):
    programme = load_programme(_pdf(tmp_path, "kerntaak.pdf", _kerntaak_only))
    dekking = programme.dekking
    rows = list(zip(dekking["onderdeel"], dekking["werkproces_id"], dekking["kerntaak_id"]))
    assert rows == [("Proeve 1", "", "B1-K1"), ("Proeve 2", "B1-K2-W1", "B1-K2")]
    assert programme.onderdelen["kerntaak_id"].tolist() == ["B1-K1", "B1-K2"]


# --- characters that extract as "?" -----------------------------------------------------------------

def _question_marks(page):
    y = _lines(page, 40, 800, ["Examenplan", "Crebo: 25123"])
    _table(page, 40, y - 10, WIDTHS, [HEADER, ["Proeve 1", "PvB", "", "B1?K1?W2\n?1-K1-W3", "4 uur", "BPV", "1"]])


def test_question_marks_read_where_they_can_and_are_reported_where_not(tmp_path):
    programme = load_programme(_pdf(tmp_path, "tekens.pdf", _question_marks))
    assert programme.dekking["werkproces_id"].tolist() == ["B1-K1-W2"]
    notes = [(note.kind, note.text) for note in programme.notes]
    assert ("teken", "?1-K1-W3") in notes           # B or P unknown: not placed
    assert ("teken", "B1?K1?W2") in notes           # read, and said how
    assert "?1-K1-W3" not in programme.werkprocessen["werkproces_id"].tolist()


# --- a printed web page: a table cut off at the page's edge -----------------------------------------

CUT = "1 en verder B1-K1-W2"


def _cut_off(page):
    y = _lines(page, 40, 800, ["Examenplan", "Crebo: 25123"])
    widths = [100, 90, 55, 120, 60, 80, 90]        # the last column starts at x=545 and runs off the page (595)
    _table(page, 40, y - 10, widths, [HEADER, ["Proeve 1", "PvB", "B1-K1", "B1-K1-W1", "4 uur", "BPV", CUT]])


def test_a_cell_cut_off_at_the_edge_is_noted_not_completed(tmp_path):
    programme = load_programme(_pdf(tmp_path, "afgekapt.pdf", _cut_off))
    assert programme.dekking["werkproces_id"].tolist() == ["B1-K1-W1"]       # W2 stands beyond the edge
    # the cut cell, and the row it cuts through (its cells may hold less than printed)
    note, row = [note for note in programme.notes if note.kind == "afgekapt"]
    assert row.text.startswith("Proeve 1 | PvB") and "1 en verder" in row.text
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert 548 + stringWidth("1 en verder", "Helvetica", 9) < 595 < 548 + stringWidth(CUT, "Helvetica", 9)
    assert note.text == CUT and note.pagina == 1
    assert "B1-K1-W2" not in programme.werkprocessen["werkproces_id"].tolist()


# --- a part for another crebo ------------------------------------------------------------------------

def _two_crebos(page):
    y = _lines(page, 40, 800, ["Examenplan", "Crebo: 25123", "Opleiding: Medewerker testen"])
    _table(page, 40, y - 10, WIDTHS, [HEADER, ["Proeve 1", "PvB", "", "B1-K1-W1", "4 uur", "BPV", "1"]])
    page.showPage()
    y = _lines(page, 40, 800, ["Examenplan", "Crebo: 25124", "Opleiding: Coördinator testen"])
    _table(page, 40, y - 10, WIDTHS, [HEADER, ["Proeve 2", "PvB", "", "P1-K1-W1", "4 uur", "BPV", "1"]])


def test_a_part_for_another_crebo_is_kept_apart(tmp_path):
    programme = load_programme(_pdf(tmp_path, "twee.pdf", _two_crebos))
    assert programme.crebo == "25123"
    assert programme.onderdelen["onderdeel"].tolist() == ["Proeve 1"]
    assert programme.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W1"]
    [other] = programme.other_parts
    assert (other.crebo, other.kenmerken["profiel"]) == ("25124", "Coördinator testen")
    assert other.dekking["werkproces_id"].tolist() == ["P1-K1-W1"]
    assert [(note.kind, note.pagina) for note in programme.notes] == [("andere_kwalificatie", 2)]


# --- a mapping only in a picture, a scan, a profile -----------------------------------------------------

def _picture(page, with_text=True):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("RGB", (400, 300), "white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    if with_text:
        _lines(page, 40, 800, ["Examenplan", "Crebo: 25123", "Het examenplan staat in de afbeelding hieronder."])
    page.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 40, 300, width=500, height=400)


def test_a_mapping_only_in_a_picture_says_so(tmp_path):
    programme = load_programme(_pdf(tmp_path, "plaatje.pdf", _picture))
    assert programme.onderdelen.empty and programme.dekking.empty
    assert [(note.kind, note.pagina) for note in programme.notes] == [("geen_examens", None), ("afbeelding", 1)]


def test_a_scan_asks_for_ocr(tmp_path):
    path = _pdf(tmp_path, "scan.pdf", lambda page: _picture(page, with_text=False))
    with pytest.raises(ProfileError, match="OCR"):
        load_programme(path)


def test_a_profile_pdf_says_it_is_a_profile(bundled_pdf):
    with pytest.raises(ProfileError, match="pdf van een profiel") as caught:
        load_programme(bundled_pdf)
    assert "als het profiel" in str(caught.value)


def test_not_a_pdf(tmp_path):
    path = tmp_path / "examenplan.pdf"
    path.write_text("geen pdf")
    with pytest.raises(ProfileError, match="geen pdf"):
        load_programme(path)


# --- the text reader: markdown and code lines ------------------------------------------------------------

MARKDOWN = """# Examenplan Medewerker testen

Crebo: 25123
Niveau: 3

## B1-K1 Voert tests uit
- B1-K1-W1 Plant de test
- B1-K1-W2 Voert de test uit

| Naam | Examenvorm | Werkprocessen | Duur | Weging |
|------|------------|---------------|------|--------|
| Proeve 1 | Proeve van bekwaamheid | B1-K1-W1 & W2 | 4 uur | 1 |
| Toets 1 | Kennisexamen | B1-K1-W2 | 1 uur | 1 |
"""


def test_a_markdown_examenplan(tmp_path):
    path = tmp_path / "examenplan.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    programme = load_programme(path)
    assert (programme.crebo, programme.kenmerken["niveau"]) == ("25123", "3")
    assert programme.kerntaken.set_index("kerntaak_id")["titel"].to_dict() == {"B1-K1": "Voert tests uit"}
    assert programme.werkprocessen.set_index("werkproces_id")["titel"].to_dict() == {
        "B1-K1-W1": "Plant de test", "B1-K1-W2": "Voert de test uit"}
    assert programme.onderdelen["onderdeel"].tolist() == ["Proeve 1", "Toets 1"]
    assert programme.onderdelen["soort"].tolist() == ["proeve van bekwaamheid", "kennisexamen"]
    assert list(zip(programme.dekking["onderdeel"], programme.dekking["werkproces_id"], programme.dekking["regel"])) \
        == [("Proeve 1", "B1-K1-W1", 12), ("Proeve 1", "B1-K1-W2", 12), ("Toets 1", "B1-K1-W2", 13)]
    assert programme.dekking["pagina"].isna().all()


def test_a_text_with_pages_and_a_table_set_in_columns(tmp_path):
    path = tmp_path / "oer.txt"
    path.write_text("OER\nCrebo 25123\nB1-K1-W1 Plant de test\n\f"
                    "Naam       Examenvorm   Werkprocessen   Duur\n"
                    "Proeve 1   PvB          B1-K1-W1        4 uur\n", encoding="utf-8")
    programme = load_programme(path)
    assert programme.werkprocessen[["werkproces_id", "pagina", "regel"]].values.tolist() == [["B1-K1-W1", 1, 3]]
    # its cells each under their header cell: read (tests/test_programme_text.py), on page 2, line 2
    assert programme.onderdelen[["onderdeel", "vorm", "duur", "pagina", "regel"]].values.tolist() == [
        ["Proeve 1", "PvB", "4 uur", 2, 2]]
    assert programme.dekking[["werkproces_id", "pagina", "regel"]].values.tolist() == [["B1-K1-W1", 2, 2]]
    assert programme.notes == ()


def test_a_pdfs_table_as_plain_text_is_one_note_that_holds_its_lines(tmp_path):
    """A PDF's text (cells run together by single spaces, a header wrapped over lines) under a kerntaak's
    heading: the table is found by its header, not read, and reported whole; its codes are listed."""
    path = tmp_path / "examenplan.txt"
    path.write_text("Examenplan\nSchool ROC Voorbeeld\nCrebo 25123\n"
                    "B1-K1 - Voert tests uit\n"
                    "Naam examen Soort\nexamen\nVorm Inhoud examen Duur\n"
                    "Praktijkexamen Examen Presentatie W1 t/m W3 4 uur\n"
                    "Kennistoets Kennisexamen Digitale\ntoets B1-K1-W2 90 minuten\n"
                    "B1-K2 - Beheert testen\n"
                    "Het examen wordt afgenomen in de beroepspraktijk.\n", encoding="utf-8")
    programme = load_programme(path)
    assert programme.kenmerken["school"] == "ROC Voorbeeld" and programme.crebo == "25123"
    assert programme.dekking.empty                                     # never a guessed row
    # W1 t/m W3 under the heading of B1-K1 (lines 8), B1-K1-W2 (line 10): listed, without a title
    assert programme.werkprocessen[["werkproces_id", "titel"]].values.tolist() == [
        ["B1-K1-W1", ""], ["B1-K1-W2", ""], ["B1-K1-W3", ""]]
    [note] = [note for note in programme.notes if note.kind == "tabel"]
    assert (note.pagina, note.regel) == (None, 5)                      # the header's first line
    # the heading it stands under, then lines 5-10: the kerntaak's heading after it ends the table
    assert note.text.split("\n") == ["B1-K1 - Voert tests uit", "Naam examen Soort", "examen",
                                      "Vorm Inhoud examen Duur", "Praktijkexamen Examen Presentatie W1 t/m W3 4 uur",
                                      "Kennistoets Kennisexamen Digitale", "toets B1-K1-W2 90 minuten",
                                      "codes: B1-K1-W1, B1-K1-W2, B1-K1-W3"]   # the codes it names, ranges read
    assert "geen_examens" not in [note.kind for note in programme.notes]


def test_a_text_that_is_not_utf8(tmp_path):
    path = tmp_path / "oer.txt"
    path.write_bytes("Examen B1-K1-W1 Zorgt voor één".encode("cp1252"))
    with pytest.raises(ProfileError, match="UTF-8"):
        load_programme(path)


TOETSPLAN = """Toetsplan Medewerker testen, crebo 25123

| Module | Werkprocessen | Niveau | Periode |
|---|---|---|---|
| Testen 1 | B1-K1-W1 t/m 3 | oefenen | 1 |
| Testen 2 | B1-K1-W1, W2 en W4 | toetsen | 2 |
| Samenwerken | B1-K2 | aanbieden | 3 |
"""


def test_a_toetsplan_of_modules(tmp_path):
    path = tmp_path / "toetsplan.md"
    path.write_text(TOETSPLAN, encoding="utf-8")
    programme = load_programme(path)
    assert programme.onderdelen["onderdeel"].tolist() == ["Testen 1", "Testen 2", "Samenwerken"]
    assert programme.onderdelen["soort"].eq("module").all()
    assert programme.onderdelen["periode"].tolist() == ["1", "2", "3"]
    rows = list(zip(programme.dekking["onderdeel"], programme.dekking["werkproces_id"],
                    programme.dekking["kerntaak_id"], programme.dekking["niveau"]))
    assert rows == [("Testen 1", "B1-K1-W1", "B1-K1", "oefenen"), ("Testen 1", "B1-K1-W2", "B1-K1", "oefenen"),
                    ("Testen 1", "B1-K1-W3", "B1-K1", "oefenen"),
                    ("Testen 2", "B1-K1-W1", "B1-K1", "toetsen"), ("Testen 2", "B1-K1-W2", "B1-K1", "toetsen"),
                    ("Testen 2", "B1-K1-W4", "B1-K1", "toetsen"),
                    ("Samenwerken", "", "B1-K2", "aanbieden")]                 # only the kerntaak named


# --- property test: drawn examenplannen read back exactly ----------------------------------------------

NAMES = ["Proeve", "Praktijkexamen", "Kennistoets", "Portfolio", "Assessment", "Vakexamen"]


@st.composite
def exams(draw):
    """[(name, kerntaak, werkproces numbers, printed cell)] of 1 to 6 exams."""
    count = draw(st.integers(1, 6))
    result = []
    for index in range(count):
        kerntaak = f"{draw(st.sampled_from('BP'))}{draw(st.integers(1, 3))}-K{draw(st.integers(1, 4))}"
        numbers = sorted(draw(st.sets(st.integers(1, 9), min_size=1, max_size=4)))
        style = draw(st.sampled_from(["full", "range", "list", "split"]))
        if style == "range" and numbers == list(range(numbers[0], numbers[-1] + 1)) and len(numbers) > 1:
            printed = f"{kerntaak}-W{numbers[0]} t/m {numbers[-1]}"
        elif style == "list":
            printed = f"{kerntaak}-W{numbers[0]}" + "".join(f" & W{number}" for number in numbers[1:])
        elif style == "split":                       # each code broken after its first dash
            deel, rest = kerntaak.split("-")
            printed = "\n".join(f"{deel}-\n{rest}-W{number}" for number in numbers)
        else:
            printed = "\n".join(f"{kerntaak}-W{number}" for number in numbers)
        result.append((f"{draw(st.sampled_from(NAMES))} {index + 1}", kerntaak, numbers, printed))
    return result


def _examenplan(page, rows, header_top):
    _lines(page, 40, 800, ["Examenplan", "Crebo: 25123"])
    y = _table(page, 40, header_top, WIDTHS, [HEADER])
    for name, _, _, printed in rows:
        height = len(printed.split("\n")) * LEADING + 6
        if y - height < 40:                          # no room: the table goes on on the next page
            page.showPage()
            y = 800
        y = _table(page, 40, y, WIDTHS, [[name, "PvB", "", printed, "4 uur", "BPV", "1"]], bold_first=False)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(exams(), st.sampled_from([760, 300, 90]))
def test_drawn_examenplannen_read_back_exactly(tmp_path, rows, header_top):
    path = _pdf(tmp_path, "gegenereerd.pdf", lambda page: _examenplan(page, rows, header_top))
    programme = load_programme(path)
    assert programme.onderdelen["onderdeel"].tolist() == [name for name, _, _, _ in rows]
    expected = [(name, f"{kerntaak}-W{number}") for name, kerntaak, numbers, _ in rows for number in numbers]
    assert list(zip(programme.dekking["onderdeel"], programme.dekking["werkproces_id"])) == expected
    assert programme.notes == ()


# --- another producer: LibreOffice prints an examenplan written as HTML ------------------------------------

LIBREOFFICE_HTML = """<html><body>
<p>Examenplan Medewerker testen</p><p>Crebo: 25123</p><p>Niveau: 3</p>
<p>B1-K1 Voert tests uit</p><p>B1-K1-W1 Plant de test</p><p>B1-K1-W2 Voert de test uit</p><p>B1-K1-W3 Rapporteert</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th>Naam</th><th>Examenvorm</th><th>Werkprocessen</th><th>Duur</th><th>Plaats</th><th>Weging</th></tr>
<tr><td>Proeve 1</td><td>Proeve van bekwaamheid, in de beroepspraktijk</td><td>B1-K1-W1 t/m 3</td><td>4 uur</td>
<td>BPV</td><td>1</td></tr>
<tr><td>Toets</td><td>Kennisexamen</td><td>B1-K1-W2 &amp; W3</td><td>60 minuten</td><td>School</td><td>1</td></tr>
</table></body></html>
"""


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_an_examenplan_printed_by_libreoffice(tmp_path):
    """Centred headers, cells set in the middle of their row, rules of its own: LibreOffice's table."""
    import subprocess

    source = tmp_path / "examenplan.html"
    source.write_text(LIBREOFFICE_HTML, encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profiel'}", "--headless",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    programme = load_programme(tmp_path / "examenplan.pdf")
    assert programme.crebo == "25123"
    assert programme.onderdelen[["onderdeel", "vorm", "duur", "plaats", "weging"]].values.tolist() == [
        ["Proeve 1", "Proeve van bekwaamheid, in de beroepspraktijk", "4 uur", "BPV", "1"],
        ["Toets", "Kennisexamen", "60 minuten", "School", "1"]]
    assert list(zip(programme.dekking["onderdeel"], programme.dekking["werkproces_id"])) == [
        ("Proeve 1", "B1-K1-W1"), ("Proeve 1", "B1-K1-W2"), ("Proeve 1", "B1-K1-W3"),
        ("Toets", "B1-K1-W2"), ("Toets", "B1-K1-W3")]
