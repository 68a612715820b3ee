"""Examenplannen in layouts of schools the reader has not seen, read as a committee reads them.

Each document is written by ``tests/programme_layouts.py`` (its writer named in the test); the
expected values are read by hand from the content written there, not from the reader's output.
Every document is held against the audit too: each code on its pages is placed.
"""

import pytest
from programme_layouts import TITLES, WRITERS, start_web_pdf, word_documents

from bcp_analysis.audit.programme import audit_programme
from bcp_analysis.readers import load_programme


@pytest.fixture(scope="module")
def printing(tmp_path_factory):
    """The documents of other producers, started first so that they are made while reportlab's are written and read:
    Chromium printing the toetsplan's web page ((process, pdf path), or None without Chromium) and LibreOffice
    converting the Word documents in a thread (its future, or None without LibreOffice)."""
    from concurrent.futures import ThreadPoolExecutor

    from documents.word import soffice

    started = start_web_pdf(tmp_path_factory.mktemp("web"))
    with ThreadPoolExecutor(max_workers=1) as pool:
        converting = pool.submit(word_documents, tmp_path_factory.mktemp("word")) if soffice() else None
        yield started, converting
    if started is not None and started[0].poll() is None:
        started[0].kill()
        started[0].wait()


@pytest.fixture(scope="module")
def documents(tmp_path_factory, printing):
    folder = tmp_path_factory.mktemp("layouts")
    paths = {}
    for name, writer in WRITERS.items():
        writer(folder / f"{name}.pdf")
        paths[name] = folder / f"{name}.pdf"
    return paths


@pytest.fixture(scope="module")
def web(printing):
    if printing[0] is None:
        pytest.skip("Chromium is not installed")
    process, path = printing[0]
    assert process.wait(timeout=60) == 0 and path.exists()
    return path


@pytest.fixture(scope="module")
def word(printing):
    if printing[1] is None:
        pytest.skip("LibreOffice is not installed")
    return printing[1].result(timeout=120)


def _read(path):
    programme = load_programme(path)
    report = audit_programme(path, programme)
    assert report.ok, report.lines()
    return programme


def _onderdelen(programme, *columns):
    return [tuple(row) for row in programme.onderdelen[["onderdeel", *columns]].itertuples(index=False)]


def _dekking(programme):
    return sorted((row.onderdeel, row.werkproces_id, row.kerntaak_id, row.niveau)
                  for row in programme.dekking.itertuples(index=False))


def _exam(onderdeel, kerntaak, numbers, niveau="toetsen"):
    return [(onderdeel, f"{kerntaak}-W{number}", kerntaak, niveau) for number in numbers]


def test_a_table_per_kerntaak_with_a_coloured_header_and_rules_only_across(documents):
    # kerntaak_tables: two tables under headings "B1-K1 ..." and "B1-K2 ...", header in white on dark blue
    programme = _read(documents["kerntaak_tables"])
    assert _onderdelen(programme, "soort", "vorm", "kerntaak_id") == [
        ("PvB Commercie", "proeve van bekwaamheid", "Proeve van bekwaamheid in de beroepspraktijk", "B1-K1"),
        ("Kennisexamen Verkoop", "kennisexamen", "Digitale toets", "B1-K1"),
        ("PvB Accountbeheer", "proeve van bekwaamheid", "Proeve van bekwaamheid", "B1-K2"),
    ]
    assert _dekking(programme) == sorted(_exam("PvB Commercie", "B1-K1", [1, 2, 3])
                                         + _exam("Kennisexamen Verkoop", "B1-K1", [4])
                                         + _exam("PvB Accountbeheer", "B1-K2", [1, 2, 3]))
    titles = dict(zip(programme.werkprocessen["werkproces_id"], programme.werkprocessen["titel"]))
    # one title a line in the cell; "Verwerkt gegevens in het" / "klantsysteem" wraps
    assert titles["B1-K1-W1"] == "Verzamelt marktinformatie"
    assert titles["B1-K2-W3"] == "Verwerkt gegevens in het klantsysteem"
    assert programme.kerntaken["titel"].tolist() == ["Voert commerciële activiteiten uit", "Beheert accounts"]
    # neither Beoordelaars nor Cesuur runs into the Examenvorm
    assert programme.kenmerken["crebo"] == "25999" and programme.kenmerken["cohort"] == "2025-2026"


def test_an_oer_table_of_periods_with_shaded_rows_and_generic_parts(documents):
    # oer_periods: Leerjaar | Periode | Onderdeel | Type | Werkprocessen, landscape, no rules
    programme = _read(documents["oer_periods"])
    assert _onderdelen(programme, "soort", "periode") == [
        ("Marktonderzoek", "module", "Leerjaar 1, Periode 1"),
        ("Accountbeheer", "module", "Leerjaar 1, Periode 2"),
        ("Offertes maken", "praktijkexamen", "Leerjaar 2, Periode 2"),
        ("Leidinggeven", "module", "Leerjaar 2, Periode 3"),
    ]
    # a module's niveau is what the document says (nothing here); Nederlands, the keuzedeel K0123 and
    # loopbaan en burgerschap name no werkproces: no onderdeel of this programme, no code
    assert _dekking(programme) == sorted(_exam("Marktonderzoek", "B1-K1", [1, 2, 3], "")
                                         + _exam("Accountbeheer", "B1-K2", [1, 2, 3], "")
                                         + _exam("Offertes maken", "B1-K1", [4])
                                         + _exam("Leidinggeven", "P1-K1", [1, 2], ""))
    assert programme.werkprocessen["werkproces_id"].tolist() == [
        "B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K1-W4", "B1-K2-W1", "B1-K2-W2", "B1-K2-W3", "P1-K1-W1", "P1-K1-W2"]
    assert programme.kenmerken["profiel"] == "Verkoopadviseur"


def test_exams_as_blocks_of_label_lines(documents):
    # label_blocks: "Examen: ...", "Werkprocessen: ...", "Examenvorm: ...", "Duur: ...", "Plaats: ...", "Weging: ..."
    programme = _read(documents["label_blocks"])
    assert _onderdelen(programme, "soort", "vorm", "duur", "plaats", "weging", "kerntaak_id") == [
        ("PvB 1 Verkoop", "proeve van bekwaamheid", "Proeve van bekwaamheid", "4 uur", "", "50%", "B1-K1"),
        ("PvB 2 Accountbeheer", "proeve van bekwaamheid", "Praktijkopdracht", "", "Beroepspraktijk", "50%", "B1-K2"),
        ("Kennisexamen Offertes", "kennisexamen", "Digitale toets", "90 minuten", "", "", "B1-K1"),
    ]
    assert _dekking(programme) == sorted(_exam("PvB 1 Verkoop", "B1-K1", [1, 2, 3])
                                         + _exam("PvB 2 Accountbeheer", "B1-K2", [1, 2, 3])
                                         + _exam("Kennisexamen Offertes", "B1-K1", [4]))
    titles = dict(zip(programme.werkprocessen["werkproces_id"], programme.werkprocessen["titel"]))
    assert titles["B1-K2-W2"] == "Behandelt klachten van klanten"   # the overview above the blocks
    assert programme.kerntaken["titel"].tolist() == ["Beheert accounts"]   # "Kerntaak: B1-K2 Beheert accounts"
    assert not [note for note in programme.notes if note.kind == "tabel"]   # no matrix taken for the labels


def test_blocks_of_label_lines_in_a_text(tmp_path):
    path = tmp_path / "examenplan.txt"
    path.write_text("Examenplan\n\nExamen: PvB Verkoop\nWerkprocessen:\nB1-K1-W1\nB1-K1-W2 en W3\nDuur: 2 dagen\n\n"
                    "Examen: Nederlands 3F\nExamenvorm: Centraal examen\n", encoding="utf-8")
    programme = _read(path)
    assert _onderdelen(programme, "duur") == [("PvB Verkoop", "2 dagen")]   # Nederlands names no werkproces
    assert _dekking(programme) == _exam("PvB Verkoop", "B1-K1", [1, 2, 3])


def test_a_header_in_other_words(documents):
    # other_words: Toetsonderdeel | Kerntaak/werkproces | Beoordelingsvorm | Afnamemoment | Gewicht | Examinator
    programme = _read(documents["other_words"])
    assert _onderdelen(programme, "vorm", "periode", "weging") == [
        ("Praktijkexamen verkoopgesprek", "Observatie in de praktijk", "Periode 4", "40%"),
        ("Criteriumgericht interview", "Mondeling", "Periode 5", "20%"),
        ("Portfolio accountbeheer", "Portfolio en gesprek", "Periode 6", "40%"),
    ]
    assert _dekking(programme) == sorted(_exam("Praktijkexamen verkoopgesprek", "B1-K1", [2, 3])
                                         + _exam("Criteriumgericht interview", "B1-K1", [1])
                                         + _exam("Portfolio accountbeheer", "B1-K2", [1, 2, 3]))


def test_a_header_at_the_foot_of_a_page_and_its_rows_on_the_next(documents):
    # header_at_foot: Examenproduct | Te examineren werkprocessen | Afnamecondities | Examenmoment | Omschrijving
    programme = _read(documents["header_at_foot"])
    assert _onderdelen(programme, "periode", "pagina") == [
        ("Verkoopplan", "Leerjaar 2", 2), ("Klantdossier", "Leerjaar 2", 2), ("Teamoverleg", "Leerjaar 3", 2)]
    assert _dekking(programme) == sorted(_exam("Verkoopplan", "B1-K1", [1, 2]) + _exam("Klantdossier", "B1-K2", [1, 2])
                                         + _exam("Teamoverleg", "P1-K1", [1, 2]))


def test_a_kerntaak_cell_spanning_two_rows(documents):
    # spanned_kerntaak: "B1-K1 Voert commerciële activiteiten uit" spans the rows of Praktijkexamen 1 and 2
    programme = _read(documents["spanned_kerntaak"])
    assert _onderdelen(programme, "vorm", "duur") == [
        ("Praktijkexamen 1", "Praktijkopdracht", "3 uur"), ("Praktijkexamen 2", "Rollenspel", "1 uur"),
        ("PvB Accounts", "Proeve van bekwaamheid", "2 weken")]
    # the kerntaak of the spanned cell adds no row of its own beside its werkprocessen
    assert _dekking(programme) == sorted(_exam("Praktijkexamen 1", "B1-K1", [1, 2])
                                         + _exam("Praktijkexamen 2", "B1-K1", [3, 4])
                                         + _exam("PvB Accounts", "B1-K2", [1, 2, 3]))
    # the spanned cell's text stands over the rule between its rows, which stops at the cell's right edge: the title
    # is read whole ("B1-K1 Voert commerciële" above the rule, "activiteiten uit" below it)
    assert programme.kerntaken[["kerntaak_id", "titel"]].values.tolist() == [
        ["B1-K1", "Voert commerciële activiteiten uit"], ["B1-K2", "Beheert accounts"]]


def test_codes_with_typographic_dashes_spaces_brackets_and_slashes(documents):
    # dashed_codes: B1‑K1‑W1 (U+2011), B1–K1–W2 (en dash), "B1 - K1 - W3", B1K1W4, (B1-K2-W1), B1-K2-W2/W3,
    # "P1-K1-W1 / P1-K1-W2"
    programme = _read(documents["dashed_codes"])
    assert _onderdelen(programme, "weging") == [("Verkoopgesprek", "1"), ("Offerte", "1"),
                                                ("Klachtafhandeling", "2"), ("Teamleiding", "2")]
    assert _dekking(programme) == sorted(_exam("Verkoopgesprek", "B1-K1", [1, 2]) + _exam("Offerte", "B1-K1", [3, 4])
                                         + _exam("Klachtafhandeling", "B1-K2", [1, 2, 3])
                                         + _exam("Teamleiding", "P1-K1", [1, 2]))


def test_keuzedelen_and_generic_parts_make_no_codes(documents):
    # generic_parts: Nederlands, rekenen, loopbaan en burgerschap, K0123 and K1024 beside two proeven; prose names
    # K0123 and K0080
    programme = _read(documents["generic_parts"])
    assert _onderdelen(programme, "soort", "periode") == [
        ("PvB Verkoop", "proeve van bekwaamheid", "Leerjaar 3"),
        ("PvB Accounts", "proeve van bekwaamheid", "Leerjaar 3")]
    assert _dekking(programme) == sorted(_exam("PvB Verkoop", "B1-K1", [1, 2, 3, 4])
                                         + [("PvB Accounts", "", "B1-K2", "toetsen")])   # the kerntaak alone
    assert programme.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K1-W4"]
    assert programme.kerntaken["kerntaak_id"].tolist() == ["B1-K2"]


def test_a_word_table_with_a_shaded_header(word):
    # word_table: Examenonderdeel | Kerntaak/werkproces | Beoordelingsvorm | Examenmoment | Weging, white on green
    programme = _read(word["word_table"])
    assert _onderdelen(programme, "vorm", "periode", "weging") == [
        ("Examen marktonderzoek", "Verslag", "Leerjaar 1", "25%"),
        ("Examen verkoopgesprek", "Rollenspel", "Leerjaar 2", "25%"),
        ("PvB Accountbeheer", "Proeve in de beroepspraktijk", "Leerjaar 3", "50%")]
    assert _dekking(programme) == sorted(_exam("Examen marktonderzoek", "B1-K1", [1, 2])
                                         + _exam("Examen verkoopgesprek", "B1-K1", [3, 4])
                                         + _exam("PvB Accountbeheer", "B1-K2", [1, 2, 3]))


def test_word_tables_of_label_and_value_per_exam(word):
    # word_blocks: a table of two columns per exam, "Naam examen | PvB Verkoop", "Werkprocessen | B1-K1-W1 t/m W4"
    programme = _read(word["word_blocks"])
    assert _onderdelen(programme, "soort", "duur", "weging") == [
        ("PvB Verkoop", "proeve van bekwaamheid", "2 dagen", "60%"),
        ("PvB Leidinggeven", "proeve van bekwaamheid", "1 dag", "40%")]
    assert _dekking(programme) == sorted(_exam("PvB Verkoop", "B1-K1", [1, 2, 3, 4])
                                         + _exam("PvB Leidinggeven", "P1-K1", [1, 2]))


def test_a_word_kerntaak_cell_merged_down_and_codes_with_non_breaking_hyphens(word):
    # word_merged: "B1‑K1 Voert ..." merged over Praktijkexamen A and B; codes typed with U+2011
    programme = _read(word["word_merged"])
    assert _onderdelen(programme, "vorm", "kerntaak_id") == [
        ("Praktijkexamen A", "Opdracht", "B1-K1"), ("Praktijkexamen B", "Rollenspel", "B1-K1"),
        ("Praktijkexamen C", "Portfolio", "B1-K2")]
    assert _dekking(programme) == sorted(_exam("Praktijkexamen A", "B1-K1", [1, 2])
                                         + _exam("Praktijkexamen B", "B1-K1", [3, 4])
                                         + _exam("Praktijkexamen C", "B1-K2", [1, 2, 3]))
    # the merged cell's title runs below the rule between its rows, which stops at the merged cell's right edge: the
    # whole title, from both rows ("B1-K1 Voert" / "commerciële" above the rule, "activiteiten uit" below it)
    assert programme.kerntaken["titel"].tolist() == ["Voert commerciële activiteiten uit", "Beheert accounts"]


def test_lists_and_ranges_in_other_forms(documents):
    # list_forms: "B1-K1-W1,2,3", "B1-K2-W1 - W3" (a dash between two werkprocessen: a range), "P1-K1 W1, W2",
    # "B1-K1-WP4"; the prose "B1-K1-W4, 2,5 uur" names one werkproces
    programme = _read(documents["list_forms"])
    assert _onderdelen(programme, "duur") == [("Examen marktanalyse", "3 uur"), ("Examen klantcontact", "2 uur"),
                                              ("Examen teamleiding", "1 uur"), ("Examen offerte", "1 uur")]
    assert _dekking(programme) == sorted(_exam("Examen marktanalyse", "B1-K1", [1, 2, 3])
                                         + _exam("Examen klantcontact", "B1-K2", [1, 2, 3])
                                         + _exam("Examen teamleiding", "P1-K1", [1, 2])
                                         + _exam("Examen offerte", "B1-K1", [4]))
    assert len(programme.werkprocessen) == 9
    # "Het examen van B1-K1-W4, 2,5 uur, wordt op school afgenomen.": the rest of a sentence is no title
    assert programme.werkprocessen.set_index("werkproces_id").loc["B1-K1-W4", "titel"] == ""


def test_werkprocessen_alone_under_a_heading_that_names_its_kerntaak_after_the_word(documents):
    # kerntaak_headings: "Kerntaak B1-K1: ..." over "W1, W2 en W3" and "W4"; "Kerntaak 2 (B1-K2) ..." over "W1 t/m W3"
    programme = _read(documents["kerntaak_headings"])
    assert _onderdelen(programme, "vorm", "kerntaak_id") == [
        ("Praktijkexamen 1", "Opdracht", "B1-K1"), ("Kennistoets", "Digitaal", "B1-K1"),
        ("PvB accounts", "Proeve", "B1-K2")]
    assert _dekking(programme) == sorted(_exam("Praktijkexamen 1", "B1-K1", [1, 2, 3])
                                         + _exam("Kennistoets", "B1-K1", [4])
                                         + _exam("PvB accounts", "B1-K2", [1, 2, 3]))
    # "Kerntaak 2" is the word before the code, no kerntaak of its own
    assert programme.kerntaken[["kerntaak_id", "titel"]].values.tolist() == [
        ["B1-K1", "Voert commerciële activiteiten uit"], ["B1-K2", "Beheert accounts"]]


def test_an_exam_name_merged_down_over_a_row_per_werkproces(documents):
    # merged_names: "PvB 1 Verkoop" spans the rows of B1-K1-W1..W3, "PvB 2 Accounts" those of B1-K2-W1..W2
    programme = _read(documents["merged_names"])
    # one onderdeel per exam, never one per row; its rows' distinct vormen in order: Observatie, Verslag, Observatie
    # for PvB 1, Gesprek twice for PvB 2
    assert _onderdelen(programme, "vorm") == [("PvB 1 Verkoop", "Observatie, Verslag"), ("PvB 2 Accounts", "Gesprek")]
    assert _dekking(programme) == sorted(_exam("PvB 1 Verkoop", "B1-K1", [1, 2, 3])
                                         + _exam("PvB 2 Accounts", "B1-K2", [1, 2]))
    # the column Omschrijving beside the column of codes alone holds each werkproces's title
    assert programme.werkprocessen[["werkproces_id", "titel"]].values.tolist() == [
        ["B1-K1-W1", "Verzamelt marktinformatie"], ["B1-K1-W2", "Stelt een verkoopplan op"],
        ["B1-K1-W3", "Voert het verkoopgesprek"], ["B1-K2-W1", "Onderhoudt relaties met klanten"],
        ["B1-K2-W2", "Behandelt klachten van klanten"]]


def test_a_row_per_werkproces_with_its_title_in_the_column_beside_the_code(documents):
    # title_column: Code | Werkproces | Examen | Examenvorm | Periode; PvB Verkoop printed on three rows, PvB Accounts
    # on two
    programme = _read(documents["title_column"])
    assert _onderdelen(programme, "code", "vorm", "periode") == [
        ("PvB Verkoop", "", "Observatie, Verslag", "Periode 5"),   # the column Code holds the werkprocessen's codes
        ("Kennisexamen offerte", "", "Digitale toets", "Periode 3"),
        ("PvB Accounts", "", "Gesprek", "Periode 6")]
    assert _dekking(programme) == sorted(_exam("PvB Verkoop", "B1-K1", [1, 2, 3])
                                         + _exam("Kennisexamen offerte", "B1-K1", [4])
                                         + _exam("PvB Accounts", "B1-K2", [1, 3]))
    assert programme.werkprocessen[["werkproces_id", "titel"]].values.tolist() == [
        ["B1-K1-W1", "Verzamelt marktinformatie"], ["B1-K1-W2", "Stelt een verkoopplan op"],
        ["B1-K1-W3", "Voert het verkoopgesprek"], ["B1-K1-W4", "Brengt een offerte uit"],
        ["B1-K2-W1", "Onderhoudt relaties met klanten"], ["B1-K2-W3", "Verwerkt gegevens in het klantsysteem"]]


def test_titles_are_names_after_a_code_not_the_rest_of_a_sentence(tmp_path):
    path = tmp_path / "oer.txt"
    path.write_text("Examenplan\n"
                    "B1-K1-W1 - Verzamelt marktinformatie\n"          # a dash, then the name
                    "B1-K1-W2: Stelt een verkoopplan op\n"           # a colon
                    "B1-K1-W3 Voert het verkoopgesprek\n"            # a space, a capitalised verb phrase
                    "Het examen van B1-K1-W4, 2,5 uur, wordt op school afgenomen.\n"
                    "In B1-K2-W1 wordt de student beoordeeld.\n"     # lower case: the sentence goes on
                    "De student toont B1-K2-W2.\nDaarna volgt een gesprek.\n"   # a full stop ends the sentence
                    "De beoordeling van\nB1-K2-W3\nVolgt in periode 4\n"   # alone on its line, a capital below it
                    # a code at a line's end in a list, its title on the next line after a dash
                    "Werkprocessen: P1-K1-W1 - Plant de werkzaamheden, P1-K1-W2\n- Begeleidt medewerkers\n",
                    encoding="utf-8")
    programme = load_programme(path)
    assert programme.werkprocessen[["werkproces_id", "titel"]].values.tolist() == [
        ["B1-K1-W1", "Verzamelt marktinformatie"], ["B1-K1-W2", "Stelt een verkoopplan op"],
        ["B1-K1-W3", "Voert het verkoopgesprek"], ["B1-K1-W4", ""], ["B1-K2-W1", ""], ["B1-K2-W2", ""],
        ["B1-K2-W3", "Volgt in periode 4"], ["P1-K1-W1", "Plant de werkzaamheden"],
        ["P1-K1-W2", "Begeleidt medewerkers"]]


@pytest.mark.parametrize(("text", "codes", "audited"), [
    ("Examen: B1.K1.W1 en B1.K1.W2", ["B1-K1-W1", "B1-K1-W2"], ["B1-K1-W1", "B1-K1-W2"]),
    # the audit reads a kerntaak before its werkprocessen as the kerntaak (its werkprocessen come with it)
    ("B1.K2: W1 t/m W3", ["B1-K2-W1", "B1-K2-W2", "B1-K2-W3"], ["B1-K2"]),
    ("P1.K1.W1 t/m 2; kerntaak B1.K2", ["P1-K1-W1", "P1-K1-W2", "B1-K2"], ["P1-K1-W1", "B1-K2"]),
    ("KT1, KT 2 en Kerntaak 3", ["1", "2", "3"], ["1", "2", "3"]),          # a BCP's kerntaken
    ("KT2 (B1-K2) Beheert accounts", ["B1-K2"], ["B1-K2"]),   # the word before a code names no kerntaak of its own
    # no code: a version, a section, a date, a time, a paragraph of a law, a code with a fourth number, KT and 3 digits
    ("versie 1.1.2, hoofdstuk 2.1, 12.03.2025 om 13.30, art. 7.4.8, B1.K1.W1.2, B1-K1-W1.2, KT123", [], []),
])
def test_codes_with_dots_and_bcp_kerntaken_in_the_grammar_and_the_audit(text, codes, audited):
    from bcp_analysis.audit.programme import _codes
    from bcp_analysis.readers.audit_source import SourceLine
    from bcp_analysis.readers.programme_codes import find_codes

    assert [hit.werkproces_id or hit.kerntaak_id for hit in find_codes(text)] == codes
    assert [werkproces or kerntaak for _, _, werkproces, kerntaak in _codes([SourceLine(1, text, 1)])] == audited


def test_a_label_block_keeps_the_wrapped_rest_of_its_values(tmp_path):
    path = tmp_path / "examenplan.txt"
    path.write_text("Examenplan\n\nExamens\n"
                    "Examen: PvB 1 Verkoop\n"
                    "Werkprocessen: B1-K1-W1,\n"
                    "B1-K1-W2 en B1-K1-W3\n"                                # codes go on
                    "Examenvorm: Proeve van bekwaamheid in de\n"
                    "Beroepspraktijk bij het leerbedrijf\n"                 # a value wrapped after "de"
                    "Plaats:       Leerbedrijf of\n"
                    "              Simulatie op school\n"                   # indented under its value
                    "Beoordeling:  Twee examinatoren\n"
                    "              Praktijkopleider en docent\n"            # indented, a capital, no code
                    "Kennisexamens\n"                                       # at the margin: a heading, not a value
                    "Examen: Kennisexamen Offertes\n"
                    "Werkprocessen: B1-K1-W4\n"
                    "Duur: 90 minuten\n", encoding="utf-8")
    programme = _read(path)
    assert _onderdelen(programme, "vorm", "plaats", "duur") == [
        ("PvB 1 Verkoop", "Proeve van bekwaamheid in de Beroepspraktijk bij het leerbedrijf",
         "Leerbedrijf of Simulatie op school", ""),
        ("Kennisexamen Offertes", "", "", "90 minuten")]
    assert _dekking(programme) == sorted(_exam("PvB 1 Verkoop", "B1-K1", [1, 2, 3])
                                         + _exam("Kennisexamen Offertes", "B1-K1", [4]))


def test_an_oer_in_chapters_whose_tables_run_over_a_page_without_their_header(documents):
    # oer_chapters: "Hoofdstuk 3 Leerjaar 1" (six rows: two on page 1 under the header, four on page 2 without it),
    # "Hoofdstuk 4 Leerjaar 2" on page 3 (three rows); a running header and "Pagina n" on every page
    programme = _read(documents["oer_chapters"])
    assert _onderdelen(programme, "vorm", "weging", "pagina") == [
        ("Oriëntatie op de branche", "Presentatie (zie de handleiding)", "10%", 1),
        ("Marktonderzoek in de praktijk", "Verslag (zie de handleiding)", "15%", 1),
        ("Het verkoopplan", "Schriftelijke opdracht (zie de handleiding)", "15%", 2),
        ("Klantgesprekken 1", "Rollenspel (zie de handleiding)", "20%", 2),
        ("Klachten behandelen", "Casus (zie de handleiding)", "20%", 2),
        ("Het klantsysteem", "Praktijkopdracht (zie de handleiding)", "20%", 2),
        ("Offertes en prijzen", "Schriftelijke opdracht (zie de handleiding)", "25%", 3),
        ("Accountplan", "Portfolio (zie de handleiding)", "25%", 3),
        ("Leidinggeven in de winkel", "Observatie (zie de handleiding)", "50%", 3)]
    assert _dekking(programme) == sorted(
        _exam("Oriëntatie op de branche", "B1-K1", [1]) + _exam("Marktonderzoek in de praktijk", "B1-K1", [1, 2])
        + _exam("Het verkoopplan", "B1-K1", [2]) + _exam("Klantgesprekken 1", "B1-K1", [3])
        + _exam("Klachten behandelen", "B1-K2", [2]) + _exam("Het klantsysteem", "B1-K2", [3])
        + _exam("Offertes en prijzen", "B1-K1", [4]) + _exam("Accountplan", "B1-K2", [1])
        + _exam("Leidinggeven in de winkel", "P1-K1", [1, 2]))
    assert programme.kenmerken["cohort"] == "2025-2026" and programme.kenmerken["profiel"] == "Verkoopadviseur"


def test_exams_in_boxes_with_a_title_bar_over_labels_and_values(documents):
    # exam_boxes: three boxes, the title bar ("Proeve van bekwaamheid 1 — B1-K1") names the exam; a value wraps
    # ("... beoordeeld door de praktijkopleider" / "en een examinator van school")
    programme = _read(documents["exam_boxes"])
    assert _onderdelen(programme, "soort", "vorm", "duur", "plaats", "weging") == [
        ("Proeve van bekwaamheid 1 \u2014 B1-K1", "proeve van bekwaamheid",
         "Proeve van bekwaamheid in de beroepspraktijk, beoordeeld door de praktijkopleider en een examinator van "
         "school", "3 weken", "Leerbedrijf", "60%"),
        ("Kennisexamen offertes \u2014 B1-K1", "kennisexamen", "Digitale toets", "90 minuten", "School", "10%"),
        ("Proeve van bekwaamheid 2 \u2014 B1-K2", "proeve van bekwaamheid", "Portfolio en criteriumgericht interview",
         "2 uur", "School", "30%")]
    assert _dekking(programme) == sorted(_exam("Proeve van bekwaamheid 1 \u2014 B1-K1", "B1-K1", [1, 2, 3])
                                         + _exam("Kennisexamen offertes \u2014 B1-K1", "B1-K1", [4])
                                         + _exam("Proeve van bekwaamheid 2 \u2014 B1-K2", "B1-K2", [1, 2, 3]))
    titles = dict(zip(programme.werkprocessen["werkproces_id"], programme.werkprocessen["titel"]))
    assert [titles[code] for code in ("B1-K1-W1", "B1-K1-W4", "B1-K2-W1")] == [
        "Verzamelt marktinformatie", "Brengt een offerte uit", ""]   # a range names no title
    assert not [note for note in programme.notes if note.kind == "tabel"]   # no matrix taken for the boxes


def test_two_columns_of_running_text_with_codes_in_it(documents):
    # two_columns: each werkproces a paragraph "B1-K1-W1 Verzamelt marktinformatie. De student ..."; prose names
    # B1-K1-W1, W2, B1-K2-W1 t/m W3 and "P2 - K1 -" / "W1 in een keuzedeel." broken at the right column's line end,
    # the left column's line between them
    programme = _read(documents["two_columns"])
    assert programme.werkprocessen[["werkproces_id", "titel"]].values.tolist() == [
        [code, title] for code, title in TITLES.items()] + [["P2-K1-W1", ""]]   # a title ends with its sentence
    assert programme.kerntaken[["kerntaak_id", "titel"]].values.tolist() == [
        ["B1-K1", "Voert commerciële activiteiten uit"], ["B1-K2", "Beheert accounts"],
        ["P1-K1", "Geeft leiding aan een verkoopteam"]]   # P2-K1 is the kerntaak of P2-K1-W1, not one named alone
    assert programme.onderdelen.empty and [note.kind for note in programme.notes] == ["geen_examens"]


def test_a_toetsplan_printed_from_a_web_page(web):
    # web_toetsplan: Chromium's print of an HTML table over two pages (its header repeated), the browser's date and
    # title above and the file's URL and "1/2" below each page; codes with dots; Nederlands 2F and a keuzedeel name
    # no werkproces
    programme = _read(web)
    assert _onderdelen(programme, "vorm", "periode", "weging") == [
        ("Marktverkenning", "Verslag", "1.1", "10%"), ("Verkoopplan", "Schriftelijke opdracht", "1.2", "10%"),
        ("Verkoopgesprekken", "Rollenspel", "1.4", "15%"), ("Offertes", "Digitale toets", "2.1", "10%"),
        ("Relatiebeheer", "Portfolio", "2.2", "15%"), ("Klantsysteem", "Praktijkopdracht", "2.4", "10%"),
        ("Teamleiding", "Proeve van bekwaamheid", "3.1", "30%")]
    assert _dekking(programme) == sorted(
        _exam("Marktverkenning", "B1-K1", [1]) + _exam("Verkoopplan", "B1-K1", [2])
        + _exam("Verkoopgesprekken", "B1-K1", [3]) + _exam("Offertes", "B1-K1", [4])
        + _exam("Relatiebeheer", "B1-K2", [1, 2]) + _exam("Klantsysteem", "B1-K2", [3])
        + _exam("Teamleiding", "P1-K1", [1, 2]))
    assert programme.kenmerken["crebo"] == "25999" and not programme.notes


def test_a_vorm_cell_spanning_two_rows_is_each_rows(documents):
    # spanned_vorm: "Praktijkopdracht / in de / beroepspraktijk" spans the rows of Praktijkexamen 1 and 2; the rule
    # between them is drawn in two pieces, left and right of that cell
    programme = _read(documents["spanned_vorm"])
    assert _onderdelen(programme, "vorm", "duur") == [
        ("Praktijkexamen 1", "Praktijkopdracht in de beroepspraktijk", "3 uur"),
        ("Praktijkexamen 2", "Praktijkopdracht in de beroepspraktijk", "1 uur"),
        ("PvB Accounts", "Proeve van bekwaamheid", "2 weken")]
    assert _dekking(programme) == sorted(_exam("Praktijkexamen 1", "B1-K1", [1, 2])
                                         + _exam("Praktijkexamen 2", "B1-K1", [3])
                                         + _exam("PvB Accounts", "B1-K2", [1, 2, 3]))


def test_a_word_row_split_over_a_page_break_stays_one_row(word):
    # word_split_row: the row of the proeve breaks after two lines; "leidinggeven aan" / "het verkoopteam",
    # "bekwaamheid" and "weken" go on at the top of page 2, the header not repeated
    programme = _read(word["word_split_row"])
    assert _onderdelen(programme, "soort", "duur", "pagina") == [
        ("Praktijkexamen verkoop", "praktijkexamen", "2 uur", 1),
        ("Proeve van bekwaamheid leidinggeven aan het verkoopteam", "proeve van bekwaamheid", "drie volle weken", 1),
        ("Kennisexamen offertes", "kennisexamen", "1 uur", 2)]
    assert _dekking(programme) == sorted(
        _exam("Praktijkexamen verkoop", "B1-K1", [1, 2])
        + _exam("Proeve van bekwaamheid leidinggeven aan het verkoopteam", "P1-K1", [1, 2])
        + _exam("Kennisexamen offertes", "B1-K1", [4]))


def test_a_header_cell_of_two_lines_set_in_the_middle_beside_one_line_cells(tmp_path):
    # the header's cells centred top to bottom, as a browser or word processor sets them: "Getoetste" stands above
    # the line of the other terms and "werkprocessen" below it; every row's cells centred too
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "toetsplan.pdf"
    rows = [["Toetsonderdeel", "Getoetste\nwerkprocessen", "Toetsvorm", "Gewicht"],
            ["Ontvangst\ngoederen", "B1-K1-W1 Ontvangt\ngoederen\nB1-K1-W2 Slaat\ngoederen op", "Praktijkexamen",
             "40%"],
            ["Orderpicking", "B1-K2-W1 t/m W3", "Proeve van\nbekwaamheid", "60%"]]
    table = Table(rows, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([table])
    programme = load_programme(path)
    assert programme.onderdelen[["onderdeel", "vorm", "weging"]].values.tolist() == [
        ["Ontvangst goederen", "Praktijkexamen", "40%"], ["Orderpicking", "Proeve van bekwaamheid", "60%"]]
    assert programme.dekking[["onderdeel", "werkproces_id"]].values.tolist() == [
        ["Ontvangst goederen", "B1-K1-W1"], ["Ontvangst goederen", "B1-K1-W2"], ["Orderpicking", "B1-K2-W1"],
        ["Orderpicking", "B1-K2-W2"], ["Orderpicking", "B1-K2-W3"]]
    assert dict(zip(programme.werkprocessen["werkproces_id"], programme.werkprocessen["titel"]))["B1-K1-W2"] == \
        "Slaat goederen op"
