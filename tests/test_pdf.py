"""Tests for bcp_analysis.readers.pdf: a profile read from a PDF made in the test, by the position of its text.

The PDFs are drawn with reportlab (tests/pdf_documents.py) in the layout of a BCP: per
werkproces the description in the left column, title and Competenties in the right, and
Resultaat, Kennis van and Vaardigheden full width below, with a running footer and page
numbers. The expected tables are the curated profile's, from which the PDF was drawn.
"""

import copy
import re

import pytest
import yaml
from pdf_documents import Columns, Gap, Layout, Text, bcp_blocks, render

from bcp_analysis import load_profile
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.profile import SOURCE_COLUMNS
from bcp_analysis.paths import BUNDLED_PROFILE
from bcp_analysis.readers.pdf import READER, extract_pdf, pdf_text

_COMPARED = ("kerntaken", "werkprocessen", "competenties", "resultaten", "kennis", "vaardigheden")


@pytest.fixture(scope="module")
def curated():
    return yaml.safe_load(BUNDLED_PROFILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bundled_pdf(tmp_path_factory, curated):
    path = tmp_path_factory.mktemp("pdf") / "junior-accountmanager.pdf"
    render(path, bcp_blocks(curated))
    return path


def _without_provenance(table):
    return table.drop(columns=[column for column in SOURCE_COLUMNS if column in table]).reset_index(drop=True)


def _assert_same_tables(profile, expected):
    for name in _COMPARED:
        assert _without_provenance(getattr(profile, name)).equals(_without_provenance(getattr(expected, name))), name


def test_bundled_profile_drawn_as_pdf_gives_the_curated_tables(bundled_pdf, bundled_profile):
    _assert_same_tables(READER.read(bundled_pdf), bundled_profile)


def test_every_line_of_the_pdf_is_placed_or_noise(bundled_pdf):
    report = extract_pdf(bundled_pdf).report
    assert report.unplaced == []
    counts = report.counts()
    # 17 pages, each with a running footer and a page number.
    assert pdf_text(bundled_pdf).pages == 17
    assert counts["ruis"] >= 2 * 17


def test_rows_carry_page_and_line_of_the_pdf(bundled_pdf):
    document = pdf_text(bundled_pdf)
    profile = READER.read(bundled_pdf)
    lines = {place: text for place, text in zip(document.places, document.text.splitlines()) if text}
    competenties = profile.competenties
    assert competenties["pagina"].notna().all() and competenties["regel"].notna().all()
    for row in competenties.itertuples():
        assert row.competentie.split()[0] in lines[(row.pagina, row.regel)], row
    first = profile.werkprocessen.iloc[0]
    first_line = lines[(first.pagina, first.regel)]
    assert "1.1" in first_line or "Beschrijving werkproces" in first_line


@pytest.mark.parametrize("layout", [
    Layout(left_width=220.0), Layout(left_width=330.0, column_gap=20.0), Layout(font_size=9.0, leading=11.5),
    Layout(font_size=11.0, leading=14.5, left_width=260.0),
])
def test_other_column_widths_and_font_sizes_give_the_same_profile(tmp_path, curated, layout, bundled_profile):
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(curated), layout)
    _assert_same_tables(READER.read(path), bundled_profile)


def _small_profile(kennis):
    return {
        "formaat": 1,
        "meta": {"titel": "Medewerker evenementen"},
        "kerntaken": [{"id": "1", "titel": "Bereidt evenementen voor", "werkprocessen": [{
            "id": "1.1", "titel": "Stelt een draaiboek op",
            "beschrijving": "De medewerker werkt de wensen van de klant uit in een draaiboek en plant de opbouw "
                            "van het evenement met de leveranciers en de locatie.",
            "competenties": ["Plannen en organiseren", "Samenwerken en overleggen"],
            "resultaten": ["Een draaiboek dat de klant heeft goedgekeurd"],
            "kennis": kennis,
            "vaardigheden": ["Plannen", "Onderhandelen"],
        }]}],
    }


def _page_texts(path):
    """The plain text of every page, as the PDF library gives it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [document[index].get_textpage().get_text_range() for index in range(len(document))]
    finally:
        document.close()


def test_an_item_split_over_a_page_break_is_read_whole(tmp_path):
    long_item = ("Veiligheidsvoorschriften voor evenementen in de openbare ruimte, de vergunningen die de gemeente "
                 "daarvoor vraagt en de afspraken met brandweer, politie en de geneeskundige hulpverlening")
    kennis = ["Locaties in de regio", long_item, "Budgetteren"]
    split_seen = 0
    for gap in range(30, 52):
        path = tmp_path / f"profiel-{gap}.pdf"
        blocks = bcp_blocks(_small_profile(kennis))
        position = next(index for index, block in enumerate(blocks)
                        if isinstance(block, Columns))
        blocks.insert(position, Gap(gap))
        render(path, blocks, Layout(footer="BCP Medewerker evenementen"))
        pages = {number for number, text in enumerate(_page_texts(path))
                 if any(word in text for word in ("Veiligheidsvoorschriften", "daarvoor", "hulpverlening"))}
        split_seen += len(pages) > 1
        assert READER.read(path).kennis["item"].tolist() == kennis, gap
    assert split_seen, "no layout put the item across a page break"


def test_running_header_footer_and_page_numbers_are_noise(tmp_path, curated, bundled_profile):
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(curated), Layout(header="BCP Junior accountmanager", first_page_number=3))
    document = pdf_text(path)
    assert set(document.noise.values()) == {"kopregel", "voettekst", "paginanummer"}
    # every page has a header, a footer and a number
    assert len(document.noise) == 3 * document.pages
    lines = document.text.splitlines()
    assert {lines[number - 1] for number, kind in document.noise.items() if kind == "kopregel"} == {
        "BCP Junior accountmanager"}
    extraction = extract_pdf(path)
    assert extraction.report.unplaced == []
    _assert_same_tables(READER.read(path), bundled_profile)


def test_a_werkproces_added_is_read_with_its_competencies(tmp_path, curated):
    changed = copy.deepcopy(curated)
    changed["kerntaken"][2]["werkprocessen"].append({
        "id": "3.8", "titel": "Evalueert de verkoopresultaten",
        "beschrijving": "De junior accountmanager evalueert zijn verkoopresultaten met zijn leidinggevende.",
        "competenties": ["Leren", "Omgaan met verandering en aanpassen", "Analyseren"],
        "resultaten": ["Een evaluatie van de verkoopresultaten"],
        "kennis": ["Evaluatiemethoden"],
        "vaardigheden": ["Reflecteren"],
    })
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(changed))
    profile = READER.read(path)
    assert profile.werkprocessen["werkproces_id"].tolist()[-1] == "3.8"
    added = profile.competenties[profile.competenties["werkproces_id"] == "3.8"]["competentie"].tolist()
    assert added == ["Leren", "Omgaan met verandering en aanpassen", "Analyseren"]
    assert len(profile.werkprocessen) == 16 and len(profile.competenties) == 97 + 3


def test_a_table_keeps_its_rows(tmp_path):
    path = tmp_path / "tabel.pdf"
    blocks = [Text("Vacatures per richting")]
    blocks += [Columns([Text(label)], [Text(value)]) for label, value in
               (("Commercieel", "4.200"), ("Administratief", "3.100"), ("Secretarieel", "1.900"))]
    render(path, blocks, Layout(left_width=200.0))
    lines = [line for line in pdf_text(path).text.splitlines() if line]
    assert lines[1:4] == ["Commercieel 4.200", "Administratief 3.100", "Secretarieel 1.900"]


def _message(path):
    with pytest.raises(ProfileError) as caught:
        READER.read(path)
    return str(caught.value)


def test_scanned_pdf_without_text_names_ocr(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.rect(100, 100, 300, 300, fill=1)
    drawing.showPage()
    drawing.save()
    message = _message(path)
    assert "deze pdf bevat geen tekst" in message and "OCR" in message


def test_encrypted_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "beveiligd.pdf"
    drawing = canvas.Canvas(str(path), encrypt="geheim")
    drawing.drawString(100, 700, "Kerntaak 1 Bereidt evenementen voor")
    drawing.showPage()
    drawing.save()
    assert "versleuteld" in _message(path)


def test_damaged_pdf(tmp_path, bundled_pdf):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(bundled_pdf.read_bytes()[:3000])
    assert "beschadigd" in _message(path)


def test_file_named_pdf_that_is_something_else(tmp_path):
    path = tmp_path / "profiel.pdf"
    path.write_text("Kerntaak 1 Bereidt evenementen voor\n", encoding="utf-8")
    assert "geen pdf" in _message(path)


def test_pdf_that_is_not_a_competency_profile(tmp_path):
    path = tmp_path / "brief.pdf"
    render(path, [Text("Geachte heer, mevrouw,"), Gap(), Text("Hierbij ontvangt u de notulen van de vergadering.")])
    assert "geen kerntaak gevonden" in _message(path)


def test_load_profile_reads_a_pdf(bundled_pdf):
    assert len(load_profile(bundled_pdf).werkprocessen) == 15


def _labour_market_paragraphs():
    """The labour-market text of the bundled profile's §1.4 as printed: raw lines 495-534, corrected."""
    from bcp_analysis.paths import BUNDLED_RAW
    from bcp_analysis.readers.textfix import fix_text

    raw = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()[494:534]
    paragraphs, current = [], []
    for line in raw + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            # a word split at a line end ("ECABO-" / "domein") is one word
            paragraphs.append(fix_text(re.sub(r"-\n(?=[a-z])", "-", "\n".join(current)).replace("\n", " ")))
            current = []
    return paragraphs


def test_labour_market_figures_of_the_pdf_are_rows_with_their_page(tmp_path, curated, bundled_profile):
    paragraphs = _labour_market_paragraphs()
    assert paragraphs[-1].startswith("Bron: CBS") and len(paragraphs) == 4  # three paragraphs and the Bron line
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(curated, paragraphs))
    extraction = extract_pdf(path)
    figures = READER.read(path).arbeidsmarkt
    expected = bundled_profile.arbeidsmarkt
    # The 16 figures of the curated profile (10 figures, 6 rank positions), in order; the
    # vervangingsvraag and the economische groei get no scope: the text does not say it is
    # Nederland (a judgement of the curated file), and the row says to check it.
    assert len(figures) == len(expected) == 16
    compared = ["indicator", "periode", "waarde", "eenheid", "soort", "bron"]
    assert figures[compared].equals(expected[compared])
    unscoped = figures[figures["scope"] != expected["scope"]]
    assert unscoped["indicator"].tolist() == ["vervangingsvraag", "economische groei"]
    assert (unscoped["controleren"] != "").all()
    assert figures["pagina"].eq(2).all() and figures["regel"].notna().all()
    # The numbers that are no figure of their own are reported with their page.
    assert len(extraction.report.figures_unplaced) == 3
    assert "pagina 2, regel" in extraction.report.format()


def test_command_line_extracts_and_validates_a_pdf(tmp_path, bundled_pdf, capsys, bundled_profile):
    from bcp_analysis.app.cli import main

    output = tmp_path / "profiel.yaml"
    assert main(["extract", str(bundled_pdf), "-o", str(output)]) == 0
    printed = capsys.readouterr().out
    assert "Elke regel met tekst is geplaatst of als ruis herkend." in printed
    written = load_profile(output)
    _assert_same_tables(written, bundled_profile)
    # the provenance of the PDF is kept in the YAML: page and line of every competency
    assert written.competenties["pagina"].notna().all()
    assert main(["validate", str(bundled_pdf)]) == 0


def test_command_line_gives_one_message_for_a_bad_pdf(tmp_path, capsys):
    from bcp_analysis.app.cli import main

    path = tmp_path / "profiel.pdf"
    path.write_text("geen pdf", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert "geen pdf" in captured.err and "Traceback" not in captured.err + captured.out


def test_another_layout_title_above_the_columns_and_other_running_lines(tmp_path, curated, bundled_profile):
    # Each werkproces's "N.M Titel" full width above its columns, a running header that names the
    # occupation, and a footer that does not ("ECABO 2010").
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(curated, title_above=True),
           Layout(header="Beroepscompetentieprofiel Junior accountmanager", footer="ECABO 2010", left_width=300.0))
    extraction = extract_pdf(path)
    assert extraction.report.unplaced == [] and extraction.report.warnings == []
    profile = READER.read(path)
    _assert_same_tables(profile, bundled_profile)
    assert profile.titel == "Junior accountmanager"


def test_list_markers_standing_apart_are_joined_to_their_item(tmp_path):
    from reportlab.pdfgen import canvas

    # each marker drawn on its own, 20 pt left of its item (a tab); the "•" smaller and lower
    path = tmp_path / "lijst.pdf"
    drawing = canvas.Canvas(str(path), invariant=1)
    items = [("1.", "Eerste punt"), ("2)", "Tweede punt"), ("a.", "Derde punt"), ("–", "Vierde punt"),
             ("*", "Vijfde punt"), ("•", "Zesde punt")]
    for row, (marker, item) in enumerate(items):
        y = 700 - 16 * row
        if marker == "•":
            drawing.setFont("Helvetica", 7)
            drawing.drawString(60, y - 1.5, marker)
        else:
            drawing.setFont("Helvetica", 10)
            drawing.drawString(60, y, marker)
        drawing.setFont("Helvetica", 10)
        drawing.drawString(80, y, item)
    drawing.showPage()
    drawing.save()
    lines = [line for line in pdf_text(path).text.splitlines() if line]
    # numbers and letters of a numbered list become "-"; other markers stay
    assert lines == ["- Eerste punt", "- Tweede punt", "- Derde punt", "– Vierde punt", "* Vijfde punt",
                     "• Zesde punt"]


def test_a_bold_title_wrapped_over_three_lines_beside_a_description_is_one_line(tmp_path):
    path = tmp_path / "titel.pdf"
    title = "1.5 Werkt samen met de binnendienst aan offertes voor grote accounts en bewaakt de levertijden"
    description = ("Hij stemt offertes af met de binnendienst. Hij bewaakt de levertijden en meldt afwijkingen tijdig "
                   "aan de account, en hij houdt het klantsysteem bij.")
    render(path, [Columns([Text(description)], [Text(title, bold=True)])], Layout(left_width=300.0))
    lines = [line for line in pdf_text(path).text.splitlines() if line]
    assert title in lines
    # the right column is 153 pt wide: the title takes three lines of the page
    assert len([line for line in _page_texts(path)[0].splitlines() if "Werkt" in line or "levertijden" in line]) >= 2


def test_the_audit_lines_of_a_pdf_part_columns_but_not_the_wide_gaps_of_justified_text():
    from bcp_analysis.readers.pdf_words import _word_lines

    def words(y, *placed):   # (x0, x1, text) at a line whose bottom is y, 10 pt high
        return [(x0, x1, y - 10, y, text) for x0, x1, text in placed]

    page = (words(100, (90, 200, "Beschrijving"), (385, 420, "Competenties:"))
            # a justified line of the left column: every gap 25 pt wide, none of them at a column's edge
            + words(114, (90, 150, "(zoals"), (175, 240, "vastgelegd"), (265, 275, "in"), (300, 345, "verkoop-"),
                    (370, 374, "en"))
            + words(128, (90, 150, "accountplannen)."), (385, 420, "-"))
            + words(142, (385, 440, "Onderzoeken")))
    lines = _word_lines(page)
    assert [text for text, _ in lines] == [
        "Beschrijving | Competenties:", "(zoals vastgelegd in verkoop- en", "accountplannen). | -", "Onderzoeken"]
    # each part's left and right: a word broken at a line end goes on in the part that starts within it
    assert lines[0][1] == ((90, 200), (385, 420))


def test_a_lines_size_for_its_column_edges_is_that_of_most_of_its_words():
    from bcp_analysis.readers.pdf_words import _word_lines

    # a line whose first word is set larger (a heading's number, 20 pt high) than the rest (10 pt): the gap of
    # 25 pt before "Presenteren" is wider than two sizes of its words, and the widest of the line by far
    line = [(90, 110, 80, 100, "3.2"), (115, 200, 90, 100, "Benadert"), (205, 240, 90, 100, "account"),
            (265, 330, 90, 100, "Presenteren")]
    [(text, spans)] = _word_lines(line)
    assert text == "3.2 Benadert account | Presenteren"
    assert spans == ((90, 240), (265, 330))


# --- a werkproces's title cut by a page break in a narrow right column (a word processor's export) -----------

def _segment(x0, x1, top, text, bold=False):
    from bcp_analysis.readers.pdf_page import Segment

    return Segment(x0, x1, top, top + 10.0, text, 10.0, bold)


def _narrow_title_pages():
    """Two pages as LibreOffice sets werkproces 1.4 of the bundled profile (raw lines 863-871) in a table with a
    narrow right column: the title wraps in its column and the page break cuts it before "accountplannen", while
    the description beside it goes on below it (no column block on the first page); its competencies follow on
    the next page."""
    footer = [_segment(90, 220, 800, "BCP Junior accountmanager"), _segment(550, 556, 800, "6")]
    first = [_segment(90, 220, 100, "Beschrijving werkproces:", True),
             _segment(306, 440, 100, "1.4 Bewaakt de voortgang van", True),
             _segment(90, 290, 113, "De junior accountmanager bewaakt de uit te voeren"),
             _segment(306, 360, 113, "verkoop- en", True),
             _segment(90, 290, 126, "werkzaamheden in een verkooptraject voortvloeiende"), *footer]
    second = [_segment(90, 290, 60, "uit de verkoop- en accountplannen. Hij bewaakt en"),
              _segment(306, 385, 60, "accountplannen", True),
              _segment(90, 290, 73, "controleert de voortgang in zijn eigen werk (en dat van"),
              _segment(90, 290, 86, "anderen) met de beschikbare tijd en middelen."),
              _segment(306, 370, 86, "Competenties:", True),
              _segment(90, 290, 99, "Hij herkent mogelijke knelpunten en onderneemt"),
              _segment(306, 312, 99, "-"), _segment(318, 380, 99, "Beslissen en"),
              _segment(90, 290, 112, "direct actie."), _segment(318, 400, 112, "activiteiten initiëren"),
              _segment(306, 312, 125, "-"), _segment(318, 400, 125, "Plannen en organiseren"),
              *[_segment(segment.x0, segment.x1, segment.top, "7" if segment.text == "6" else segment.text)
                for segment in footer]]
    return [(first, [], 842.0), (second, [], 842.0)]


def test_a_title_cut_by_a_page_break_in_its_column_goes_on_beside_the_description(monkeypatch, tmp_path):
    import bcp_analysis.readers.pdf as pdf

    monkeypatch.setattr(pdf, "read_pages", lambda path: _narrow_title_pages())
    lines = pdf_text(tmp_path / "profiel.pdf").text.splitlines()
    # the title of raw line 863/865 whole, on the first page; its last word no line of the description
    assert "Beschrijving werkproces: 1.4 Bewaakt de voortgang van verkoop- en accountplannen" in lines, lines
    assert "accountplannen" not in lines, lines
    assert "uit de verkoop- en accountplannen. Hij bewaakt en" in lines, lines


def test_a_justified_heading_whose_words_stand_apart_is_read_whole(monkeypatch, tmp_path):
    # werkproces 2.5 of the generated corpus (tests/documents/model.py) in a CSS grid's right column, justified:
    # its first line's words are segments of their own, its rest wraps over three lines in the same bold font
    import bcp_analysis.readers.pdf as pdf

    words = [(347, 360, "2.5"), (380, 415, "Werkt"), (428, 465, "samen"), (480, 505, "met"), (516, 530, "de")]
    segments = [_segment(x0, x1, 245, text, True) for x0, x1, text in words]
    segments += [_segment(347, 520, 258, "binnendienst aan offertes voor", True),
                 _segment(347, 515, 271, "grote accounts en bewaakt de", True),
                 _segment(347, 410, 284, "levertijden", True), _segment(347, 420, 305, "Competenties:", True),
                 _segment(350, 440, 321, "– Onderzoeken")]
    segments += [_segment(65, 318, top, text) for top, text in (
        (245, "Hij stemt offertes af met de binnendienst. Hij"), (258, "bewaakt de levertijden en meldt afwijkingen"),
        (271, "tijdig aan de account."))]
    monkeypatch.setattr(pdf, "read_pages", lambda path: [(segments, [], 842.0)])
    lines = pdf_text(tmp_path / "profiel.pdf").text.splitlines()
    title = "2.5 Werkt samen met de binnendienst aan offertes voor grote accounts en bewaakt de levertijden"
    assert title in lines, lines


def test_the_gutter_runs_left_of_a_list_items_indented_lines(monkeypatch, tmp_path):
    # a word processor's page (LibreOffice, narrow right column): the description's lines reach x 373, nearer
    # the right column than those beside the list's markers; the item "Omgaan met verandering en aanpassen"
    # (a competency, raw line 1488) wraps onto lines indented under its marker, level with the description
    import bcp_analysis.readers.pdf as pdf

    left = [(123.8, 345.9, "uit de verkoop- en accountplannen. Hij bewaakt en"),
            (137.1, 366.9, "controleert de voortgang in zijn eigen werk (en dat van"),
            (150.5, 355.1, "anderen) met de beschikbare tijd en middelen (zoals"),
            (163.8, 373.4, "vastgelegd in verkoop- en accountplannen). Hij monitort"),
            (177.2, 327.9, "de voortgang van een verkooptraject, bevraagt"),
            (190.5, 334.2, "collega’s in het accountteam naar de voortgang,"),
            (203.9, 314.7, "evalueert de tussentijdse voortgang van een")]
    segments = [_segment(90.1, x1, top, text) for top, x1, text in left]
    segments += [_segment(385.3, 467.4, 123.8, "Competenties:", True), _segment(385.3, 468.8, 147.3, "• Omgaan met"),
                 _segment(403.3, 479.6, 160.5, "verandering en"), _segment(403.3, 457.2, 174.1, "aanpassen"),
                 _segment(385.3, 469.9, 201.0, "• Onderzoeken")]
    # below, a full-width item set justified: its wide gaps, one of them just right of the gutter, are no column
    segments += [_segment(90.1, 381.0, 215.0, "- De junior accountmanager heeft een bevestiging")]
    segments += [_segment(x0, x0 + 12.0, 215.0, word) for x0, word in
                 ((391.0, "van"), (418.0, "de"), (439.0, "account"), (488.0, "op"), (509.0, "de"))]
    segments += [_segment(90.1, 521.0, 228.0, "(veronderstelde) probleemstelling, heeft de account overtuigd")]
    monkeypatch.setattr(pdf, "read_pages", lambda path: [(segments, [], 842.0)])
    lines = pdf_text(tmp_path / "profiel.pdf").text.splitlines()
    assert "vastgelegd in verkoop- en accountplannen). Hij monitort" in lines, lines
    assert "• Omgaan met verandering en aanpassen" in lines, lines
    assert "- De junior accountmanager heeft een bevestiging van de account op de" in lines, lines


def test_the_columns_go_on_at_the_top_of_the_next_page(monkeypatch, tmp_path):
    # werkproces 1.3 (raw lines 783-797) as a word processor breaks its table: the competency "Vakdeskundigheid
    # toepassen" wraps over the page break, and its rest stands beside the description's next line
    import bcp_analysis.readers.pdf as pdf

    footer = [_segment(90.1, 229.6, 746.1, "BCP Junior accountmanager"), _segment(551.8, 558.2, 746.4, "4")]
    first = [_segment(90.1, 232.1, 637.7, "Beschrijving werkproces:", True),
             _segment(385.3, 471.7, 637.7, "1.3 Stelt een accountplan op", True),
             _segment(90.1, 373.9, 661.0, "De junior accountmanager doet bij een (kwalitatieve)"),
             _segment(90.1, 374.0, 674.4, "account allereerst onderzoek naar het bedrijf. Hij"),
             _segment(385.3, 467.4, 674.4, "Competenties:", True),
             _segment(90.1, 374.0, 687.7, "verzamelt en zoekt naar (ontbrekende) informatie over"),
             _segment(385.3, 495.3, 697.7, "• Vakdeskundigheid"),
             _segment(90.1, 374.1, 701.1, "de account en maakt daarbij gebruik van zoveel"), *footer]
    second = [_segment(90.1, 374.1, 73.7, "mogelijk informatiebronnen (traditionele en digitale"),
              _segment(403.3, 454.8, 74.0, "toepassen"),
              _segment(90.1, 373.9, 87.1, "media): hij analyseert wat bijvoorbeeld de visie en"),
              _segment(90.1, 374.1, 100.4, "strategie (wat de account wil bereiken en hoe) van deze"),
              _segment(90.1, 148.1, 124.0, "Resultaat:", True),
              _segment(90.1, 300.0, 147.3, "• Een representatieve accountanalyse"),
              *[_segment(segment.x0, segment.x1, segment.top, "5" if segment.text == "4" else segment.text)
                for segment in footer]]
    # a page of US Letter (python-docx's default): the footer stands in its bottom margin
    monkeypatch.setattr(pdf, "read_pages", lambda path: [(first, [], 792.0), (second, [], 792.0)])
    lines = pdf_text(tmp_path / "profiel.pdf").text.splitlines()
    assert "• Vakdeskundigheid toepassen" in lines, lines
    assert "mogelijk informatiebronnen (traditionele en digitale" in lines, lines


def test_a_justified_line_in_the_middle_of_a_heading_is_read_whole(monkeypatch, tmp_path):
    # the typesetting producer (WeasyPrint, hyphens: auto, justified): werkproces 1.5's title hyphenated after
    # "bin-", its second line justified ("nendienst" "aan" "offertes" "voor" apart), its rest ragged
    import bcp_analysis.readers.pdf as pdf

    segments = [_segment(65.4, 207.6, 229.8, "Beschrijving werkproces:", True),
                _segment(347.4, 529.8, 229.8, "1.5 Werkt samen met de bin\u2010", True)]
    segments += [_segment(x0, x1, 242.8, text, True) for x0, x1, text in (
        (347.4, 403.6, "nendienst"), (415.7, 436.3, "aan"), (448.4, 492.6, "offertes"), (504.6, 529.8, "voor"))]
    segments += [_segment(347.4, 529.8, 255.8, "grote accounts en bewaakt de", True),
                 _segment(347.4, 408.5, 268.8, "levertijden", True),
                 _segment(347.4, 429.6, 289.8, "Competenties:", True), _segment(351.4, 417.1, 305.8, "- Analyseren")]
    segments += [_segment(65.4, 318.4, top, text) for top, text in (
        (245.8, "Hij stemt offertes af met de binnendienst. Hij be\u2010"),
        (258.8, "waakt de levertijden en meldt afwijkingen tijdig"), (271.8, "aan de account."))]
    monkeypatch.setattr(pdf, "read_pages", lambda path: [(segments, [], 842.0)])
    lines = pdf_text(tmp_path / "profiel.pdf").text.splitlines()
    title = "1.5 Werkt samen met de binnendienst aan offertes voor grote accounts en bewaakt de levertijden"
    assert title in lines, lines


def test_a_short_column_beside_the_description_has_its_edge_at_its_markers(monkeypatch, tmp_path):
    # HTML/CSS (WeasyPrint), werkproces 2.3 (raw lines 1076-1090) at a page's end: the right column holds its
    # title, the label and one competency wrapped under its marker; no x starts three of its lines
    import bcp_analysis.readers.pdf as pdf

    segments = [_segment(65, 206, 563, "Beschrijving werkproces:", True),
                _segment(347, 477, 563, "2.3 Behandelt klachten", True),
                _segment(65, 315, 579, "De junior accountmanager signaleert of ontvangt"),
                _segment(347, 428, 579, "Competenties:", True),
                _segment(65, 304, 600, "telefoon een klacht van een account. Hij neemt"),
                _segment(351, 460, 600, "- Op de behoeften en"),
                _segment(65, 298, 613, "de klacht in behandeling door de achtergrond"),
                _segment(361, 502, 613, "verwachtingen van de klant"),
                _segment(65, 248, 626, "van de klacht te onderzoeken."), _segment(361, 397, 626, "richten")]
    monkeypatch.setattr(pdf, "read_pages", lambda path: [(segments, [], 842.0)])
    lines = pdf_text(tmp_path / "profiel.pdf").text.splitlines()
    assert "- Op de behoeften en verwachtingen van de klant richten" in lines, lines
    assert "van de klacht te onderzoeken." in lines, lines


def _justified_item_pages():
    """Two pages as LibreOffice sets werkproces 3.6 of a generated profile (tests/documents, word-014 of a large
    run): page 1 has the werkproces table (description left, Competenties right, the gutter at 386 pt) and ends
    with a resultaat; page 2 opens with the next resultaat, a justified line whose wide gaps are segments of
    their own, one of them (373.5-387.7 pt) across the gutter's x."""
    footer = [_segment(90, 220, 800, "BCP Junior accountmanager"), _segment(550, 556, 800, "9")]
    first = [_segment(90, 220, 100, "Beschrijving werkproces:", True),
             _segment(386, 500, 100, "3.6 Sluit de verkoop af", True),
             _segment(90, 374, 113, "De junior accountmanager zorgt ervoor dat, na de"),
             _segment(386, 466, 113, "Competenties:", True),
             _segment(90, 374, 126, "onderhandeling en instemming van de account over de"),
             _segment(386, 388, 126, "-"), _segment(404, 494, 126, "Vakdeskundigheid"),
             _segment(90, 374, 139, "offerte, een verkoopcontract opgesteld wordt."),
             _segment(386, 388, 139, "-"), _segment(404, 470, 139, "Onderzoeken"),
             _segment(90, 150, 160, "Resultaat:", True),
             _segment(90, 92, 173, "-"),
             _segment(108, 520, 173, "De onderhandelingen zijn met instemming van de account over de offerte"),
             _segment(108, 160, 186, "afgerond."), *footer]
    words = [(90.5, 91.8, "-"), (108.7, 123.0, "Het"), (135.1, 214.5, "verkoopcontract"), (227.0, 230.4, "is"),
             (243.7, 276.2, "correct"), (288.8, 373.5, "opgesteld en de"), (387.7, 431.4, "gemaakte"),
             (445.6, 489.4, "afspraken"), (504.2, 521.5, "zijn")]
    second = [*[_segment(x0, x1, 60, text) for x0, x1, text in words],
              _segment(108, 308, 73, "verwerkt in het verkoop-/ordersysteem."),
              _segment(90, 264, 94, "Vakkennis en vakvaardigheden", True),
              _segment(90, 155, 107, "Kennis van:"),
              _segment(90, 92, 120, "-"), _segment(108, 234, 120, "Offerte(beheer)systemen"),
              *[_segment(segment.x0, segment.x1, segment.top, "10" if segment.text == "9" else segment.text)
                for segment in footer]]
    return [(first, [], 842.0), (second, [], 842.0)]


def test_a_justified_line_that_opens_a_page_after_columns_is_one_line(monkeypatch, tmp_path):
    # the gutter of the page before goes on at the top of a page that goes on with a list; a line whose gaps are
    # all alike wide is no row of two columns, though one of its gaps spans the gutter's x
    import bcp_analysis.readers.pdf as pdf

    monkeypatch.setattr(pdf, "read_pages", lambda path: _justified_item_pages())
    lines = [line for line in pdf_text(tmp_path / "profiel.pdf").text.splitlines() if line]
    item = ("- Het verkoopcontract is correct opgesteld en de gemaakte afspraken zijn verwerkt in het "
            "verkoop-/ordersysteem.")
    assert item in lines, lines
    assert "gemaakte afspraken zijn" not in lines, lines


def test_the_audit_lines_part_a_cells_justified_line_that_ends_close_to_the_next_column():
    # the overview of html-009 of a large run: the kerntaak cell's justified line ends 9.5 pt before the
    # werkproces column (its edge at 342 pt on three lines), less than a font size, its other gaps 5.2 pt
    from bcp_analysis.readers.pdf_words import _word_lines

    def words(y, *placed):   # (x0, x1, text) at a line whose bottom is y, 9.8 pt high
        return [(x0, x1, y - 9.8, y, text) for x0, x1, text in placed]

    page = (words(100, (67.7, 119.8, "Kerntaak 1"), (342.7, 527.6, "1.2 Stelt een individueel verkoopplan"))
            + words(114, (67.7, 93.6, "Bouwt"), (98.8, 176.8, "accountrelaties"), (181.9, 192.3, "op"),
                    (197.5, 207.9, "en"), (213.1, 265.1, "onderhoudt"), (270.2, 285.8, "ze,"), (291.0, 301.4, "en"),
                    (306.6, 332.6, "zorgt"), (342.1, 353.5, "op"))
            + words(128, (67.0, 264.8, "voor de uitbreiding en verdieping ervan"), (342.7, 485.3, "1.3 Stelt een"))
            + words(142, (342.3, 499.9, "1.4 Bewaakt de voortgang van")))
    lines = [text for text, _ in _word_lines(page)]
    assert lines[1] == "Bouwt accountrelaties op en onderhoudt ze, en zorgt | op"
    # the same line without the column's edge beside it stays one part
    assert [text for text, _ in _word_lines(page[:11])][1] == "Bouwt accountrelaties op en onderhoudt ze, en zorgt op"
