"""The text reader on tables of onderdelen set in columns with spaces: read where clear, reported where not.

Each table is typed here; its columns are where its header cells start (counted in the strings
below), and every expected row is read by hand from the text.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from reportlab.lib.pagesizes import A4, landscape
from test_programme_pdf import _landscape, _pdf

from bcp_analysis.app.cli import main
from bcp_analysis.audit.programme import audit_programme
from bcp_analysis.readers import load_programme


def _read(tmp_path, text, name="examenplan.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_programme(path)


def _dekking(programme):
    return list(zip(programme.dekking["onderdeel"], programme.dekking["werkproces_id"], programme.dekking["regel"]))


# columns: Naam at 0, Examenvorm at 18, Werkprocessen at 33, Duur at 50
TYPED = """Examenplan Medewerker testen, crebo 25123

Naam              Examenvorm     Werkprocessen    Duur
Proeve 1          Proeve van     B1-K1-W1         4 uur
                  bekwaamheid    B1-K1-W2
Kennistoets       Kennisexamen   B1-K2-W1         60 minuten
testen            digitaal
Portfolio         Interview      B1-K2-W2         30 minuten
"""


def test_a_typed_table_is_read_row_by_row(tmp_path):
    programme = _read(tmp_path, TYPED)
    # line 5: no name, so it goes on in Proeve 1; line 7: "testen" in lower case goes on in Kennistoets
    assert programme.onderdelen[["onderdeel", "vorm", "duur", "regel"]].values.tolist() == [
        ["Proeve 1", "Proeve van bekwaamheid", "4 uur", 4],
        ["Kennistoets testen", "Kennisexamen digitaal", "60 minuten", 6],
        ["Portfolio", "Interview", "30 minuten", 8]]
    assert _dekking(programme) == [("Proeve 1", "B1-K1-W1", 4), ("Proeve 1", "B1-K1-W2", 5),
                                   ("Kennistoets testen", "B1-K2-W1", 6), ("Portfolio", "B1-K2-W2", 8)]
    assert programme.dekking["pagina"].isna().all()
    assert programme.notes == ()
    assert (programme.kenmerken["profiel"], programme.crebo) == ("Medewerker testen", "25123")   # line 1


def test_a_read_table_passes_the_audit_and_validate(tmp_path, capsys):
    path = tmp_path / "examenplan.txt"
    path.write_text(TYPED, encoding="utf-8")
    assert audit_programme(path, load_programme(path)).ok
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Proeve 1 (proeve van bekwaamheid, regel 4): B1-K1-W1, B1-K1-W2" in out and "in orde" in out


def test_the_code_column_starts_a_row(tmp_path):
    # columns: Code at 0, Naam at 9, Examenvorm at 27, Werkprocessen at 40; line 4 has no code: the name goes on
    programme = _read(tmp_path, "Code     Naam              Examenvorm   Werkprocessen\n"
                                "PE-1     Praktijkexamen    PvB          B1-K1-W1\n"
                                "         Verkopen                       B1-K1-W2\n"
                                "KE-1     Kennistoets       Digitaal     B1-K1-W3\n")
    assert programme.onderdelen[["onderdeel", "code", "vorm"]].values.tolist() == [
        ["Praktijkexamen Verkopen", "PE-1", "PvB"], ["Kennistoets", "KE-1", "Digitaal"]]
    assert _dekking(programme) == [("Praktijkexamen Verkopen", "B1-K1-W1", 2),
                                   ("Praktijkexamen Verkopen", "B1-K1-W2", 3), ("Kennistoets", "B1-K1-W3", 4)]


def test_a_header_wrapped_in_its_columns(tmp_path):
    # "Duur" / "examen" and "Plaats" / "afname": line 2 stands under the header's cells (at 43 and 53)
    programme = _read(tmp_path, "Naam          Examenvorm   Werkprocessen   Duur      Plaats\n"
                                "                                           examen    afname\n"
                                "Proeve 1      PvB          B1-K1-W1        4 uur     BPV\n")
    assert programme.onderdelen[["onderdeel", "vorm", "duur", "plaats", "regel"]].values.tolist() == [
        ["Proeve 1", "PvB", "4 uur", "BPV", 3]]
    assert _dekking(programme) == [("Proeve 1", "B1-K1-W1", 3)]


def test_a_blank_line_and_a_sentence_end_the_table(tmp_path):
    programme = _read(tmp_path, "Naam          Examenvorm   Werkprocessen   Duur\n"
                                "Proeve 1      PvB          B1-K1-W1        4 uur\n"
                                "\n"
                                "Zie ook B1-K1-W2 in de bijlage\n")
    assert _dekking(programme) == [("Proeve 1", "B1-K1-W1", 2)]
    # line 4 is no row: its code is listed, in no onderdeel
    assert programme.werkprocessen[["werkproces_id", "regel"]].values.tolist() == [["B1-K1-W1", 2], ["B1-K1-W2", 4]]
    assert programme.notes == ()


HEADER = "Naam          Examenvorm   Werkprocessen   Duur\n"   # Naam 0, Examenvorm 14, Werkprocessen 27, Duur 43


@pytest.mark.parametrize("rows", [
    "Proeve van bekwaamheid 1   PvB   B1-K1-W1   4 uur\n",          # the name runs over Examenvorm's start (14)
    "Proeve 1 PvB B1-K1-W1 4 uur\n",                                # single spaces: the columns are lost
    "Proeve 1      PvB          B1-K1-W1        4 uur\n"
    "              PvB          B1-K1-W2        2 uur\n",           # a row without name (its name lower?)
    "              PvB          B1-K1-W1        4 uur\n",           # a line before the first name
])
def test_a_table_whose_lines_do_not_fit_its_columns_stays_reported(tmp_path, rows):
    programme = _read(tmp_path, HEADER + rows)
    assert programme.onderdelen.empty and programme.dekking.empty          # never a guessed row
    [note] = programme.notes
    assert (note.kind, note.regel) == ("tabel", 1)
    # its lines as the text has them (stripped; the empty line after the last one too), then its codes
    assert note.text.split("\n")[:-1] == [line.strip() for line in (HEADER + rows).split("\n")]
    assert not programme.werkprocessen.empty                                      # the codes listed


def test_two_pieces_in_one_column_leave_the_table_reported(tmp_path):
    # Werkprocessen from 27 to Duur at 50: two codes apart by two spaces stand both in it
    programme = _read(tmp_path, "Naam          Examenvorm   Werkprocessen          Duur\n"
                                "Proeve 1      PvB          B1-K1-W1  B1-K1-W2     4 uur\n")
    assert programme.dekking.empty and [note.kind for note in programme.notes] == ["tabel"]


def test_a_line_that_may_start_a_row_or_go_on_in_one_leaves_the_table_reported(tmp_path):
    # six columns: a row fills three at least; line 3 names "Proeve 2" beside one code only
    programme = _read(tmp_path, "Naam        Examenvorm   Werkprocessen   Duur     Plaats   Weging\n"
                                "Proeve 1    PvB          B1-K1-W1        4 uur    BPV      1\n"
                                "Proeve 2                 B1-K1-W2\n")
    assert programme.dekking.empty and [note.kind for note in programme.notes] == ["tabel"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_layout_text_of_a_pdf_reads_as_the_pdf(tmp_path):
    """``pdftotext -layout`` of the landscape examenplan of test_programme_pdf: its table as the PDF's."""
    pdf = _pdf(tmp_path, "examenplan.pdf", _landscape, landscape(A4))
    text = tmp_path / "examenplan.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(text)], check=True)
    programme = load_programme(text)
    # drawn: Proeve 1 (Proeve van / bekwaamheid, B1-K1-W1 t/m 3), Kennistoets (B1-K2, W1 & W2),
    # Portfolio (Criteriumgericht / interview, B1- / K2-W1)
    assert programme.onderdelen[["onderdeel", "vorm", "duur", "plaats", "weging"]].values.tolist() == [
        ["Proeve 1", "Proeve van bekwaamheid", "4 uur", "BPV", "1"],
        ["Kennistoets", "Kennisexamen", "60 minuten", "School", "1"],
        ["Portfolio", "Criteriumgericht interview", "30 minuten", "School", "2"]]
    pairs = list(zip(programme.dekking["onderdeel"], programme.dekking["werkproces_id"]))
    assert pairs == [("Proeve 1", "B1-K1-W1"), ("Proeve 1", "B1-K1-W2"), ("Proeve 1", "B1-K1-W3"),
                     ("Kennistoets", "B1-K2-W1"), ("Kennistoets", "B1-K2-W2"), ("Portfolio", "B1-K2-W1")]
    from_pdf = load_programme(pdf)
    assert pairs == list(zip(from_pdf.dekking["onderdeel"], from_pdf.dekking["werkproces_id"]))
    assert programme.notes == ()


def test_a_wrapped_name_that_starts_with_a_capital_leaves_the_table_reported(tmp_path):
    # eight columns: line 3 has "B1-K1" under the name and fills four (half): the rest of "Proeve van
    # bekwaamheid", or a row of its own? (as pdftotext -layout gives a Word table)
    programme = _read(tmp_path,
                      "Naam examen    Soort examen   Vorm           Inhoud examen   Duur      Plaats   Weging   "
                      "Periode\n"
                      "Proeve van     Proeve van     Praktijk-      B1-K1-W1 t/m    90        School   2        P2\n"
                      "B1-K1          bekwaamheid    opdracht       B1-K1-W5\n")
    assert programme.dekking.empty and [note.kind for note in programme.notes] == ["tabel"]


# a kerntaak's heading, a page's foot and blank lines, then a table whose codes are bare werkprocessen
UNDER_HEADING = """B1-K2 - Beheert accounts





Examenplan                                   Pagina 1
\fNaam             Examenvorm     Werkprocessen   Duur
Praktijkexamen   Presentatie    W1 & W3         30 minuten
"""


def test_bare_werkprocessen_take_the_kerntaak_of_the_heading_above_the_table(tmp_path):
    programme = _read(tmp_path, UNDER_HEADING)
    # page 2, line 2: W1 & W3 under the heading of B1-K2 (page 1, line 1; eight lines before the header)
    assert list(zip(programme.dekking["werkproces_id"], programme.dekking["pagina"], programme.dekking["regel"])) \
        == [("B1-K2-W1", 2, 2), ("B1-K2-W3", 2, 2)]


def test_bare_werkprocessen_without_a_heading_leave_the_table_reported(tmp_path):
    # no kerntaak above: "W1 & W3" names no code that can be read, so the row would be lost
    programme = _read(tmp_path, UNDER_HEADING.replace("B1-K2 - Beheert accounts", "Examens"))
    assert programme.onderdelen.empty and [note.kind for note in programme.notes] == ["tabel"]


def test_a_title_in_a_column_of_a_text(tmp_path):
    # an overview set in two columns (pdftotext -layout): the werkproces's title is its column's whole text
    programme = _read(tmp_path, "Kerntaak                                    Werkprocessen\n"
                                "B1-K1: Geeft leiding aan een verkoopteam    B1-K1-W1: Zet het ordertraject in gang\n"
                                "                                            B1-K1-W2: Stelt een verkoopplan op\n")
    assert programme.werkprocessen.set_index("werkproces_id")["titel"].to_dict() == {
        "B1-K1-W1": "Zet het ordertraject in gang", "B1-K1-W2": "Stelt een verkoopplan op"}


def test_header_cells_run_together_leave_the_table_reported(tmp_path):
    # "Code Naam examen": two header cells one space apart, so where the name's column starts is not known
    programme = _read(tmp_path, "Code Naam examen    Examenvorm   Werkprocessen   Duur\n"
                                "EX1  Proeve 1       PvB          B1-K1-W1        4 uur\n")
    assert programme.dekking.empty and [note.kind for note in programme.notes] == ["tabel"]


def test_a_piece_that_ends_right_before_the_next_column_leaves_the_table_reported(tmp_path):
    # Werkprocessen at 27, Duur at 43: "B1-K1-W1 t/m 30" ends at 41, one space before Duur; its "30" may be the
    # start of a duur set to the right ("30 minuten" as pdftotext gives a cell set right or centred), or W30
    programme = _read(tmp_path, HEADER + "Proeve 1      PvB          B1-K1-W1 t/m 30\n")
    assert programme.dekking.empty and [note.kind for note in programme.notes] == ["tabel"]


# --- a header word a narrow cell broke over two lines ----------------------------------------

# columns: Examenco / de at 0, Onderdeel at 11, Werkpro- / cessen at 23, Duur at 35
BROKEN_HEADER = """Examenco   Onderdeel   Werkpro-    Duur
de                      cessen
EX1        Proeve 1    B1-K1-W1    4 uur
EX2        Proeve 2    B1-K1-W2    2 uur
"""


def test_a_header_word_broken_in_its_column_is_read_whole(tmp_path):
    programme = _read(tmp_path, BROKEN_HEADER)
    # "Examenco" + "de" is the column Examencode, "Werkpro-" + "cessen" Werkprocessen: lines 3 and 4 are the rows
    assert programme.onderdelen[["onderdeel", "code", "duur", "regel"]].values.tolist() == [
        ["Proeve 1", "EX1", "4 uur", 3], ["Proeve 2", "EX2", "2 uur", 4]]
    assert _dekking(programme) == [("Proeve 1", "B1-K1-W1", 3), ("Proeve 2", "B1-K1-W2", 4)]
    assert programme.notes == ()


# the text PDFium gives of a Word table whose header row a page break splits ("Examenc" / "ode"), its cells one
# space apart, the page's foot "Examenplan 1" between the header's two lines (as a generated examenplan gave it)
BROKEN_OVER_PAGE = """Examenonderdelen
Examenc Onderdeel Vorm Inhoud examen Duur Plaats Weging
Examenplan 1
ode examen
Praktijkexamen 1 Praktijkopdracht B1-K1- W4 1 dag Beroepspraktijk 1
EX48 PvB B1-K2 Criteriumgericht
interview
B1-K2-W3 & W4 4 uur Beroepspraktijk 2
"""


def test_a_header_word_broken_around_a_page_foot_in_single_spaced_text_reports_the_table(tmp_path):
    programme = _read(tmp_path, BROKEN_OVER_PAGE)
    assert programme.onderdelen.empty and programme.dekking.empty    # cells one space apart: no row is guessed
    [note] = programme.notes
    # the table from its header (line 2) to the end: its lines 2-8, and the codes of line 5, line 6 (the kerntaak
    # in the name "PvB B1-K2") and line 8
    assert (note.kind, note.regel) == ("tabel", 2)
    assert note.text.split("\n") == BROKEN_OVER_PAGE.split("\n")[1:-1] + [""] + [
        "codes: B1-K1-W4, B1-K2, B1-K2-W3, B1-K2-W4"]
    assert programme.werkprocessen["werkproces_id"].tolist() == ["B1-K1-W4", "B1-K2-W3", "B1-K2-W4"]


def test_a_header_in_columns_broken_over_a_page_break_reports_the_table(tmp_path):
    # pdftotext -layout of the same: the header's first line on page 1, its foot, then "ode" / "examen" on page 2
    text = ("Examenc   Onderdeel          Vorm               Werkprocessen   Duur\n\n\n"
            "Examenplan                                                   1\n\f"
            "ode                                                             examen\n"
            "EX1       Praktijkexamen 1   Praktijkopdracht   B1-K1-W4        1 dag\n")
    programme = _read(tmp_path, text)
    assert programme.dekking.empty
    [note] = programme.notes
    assert (note.kind, note.pagina, note.regel) == ("tabel", 1, 1)
    assert note.text.endswith("codes: B1-K1-W4")


# PDFium's text of a Word table over a page break: the header repeated on page 2, and the row the break split
# ("Proeve van bekwaamheid B1-" / "K1", "Proeve in de" / "beroepspraktijk") in two parts
SPLIT_ROW = """B1-K1 - Voert commerciële activiteiten uit
Examenonderdeel Vorm Werkprocessen Duur
Proeve van bekwaamheid B1- Proeve in de W4 & W5 30 minuten
Examenplan 1
Examenonderdeel Vorm Werkprocessen Duur
K1 beroepspraktijk
Praktijkexamen 1 Presentatie B1-K1-W4 1 dag
"""


def test_a_table_not_read_whose_header_repeats_after_a_page_break_is_one_note(tmp_path):
    programme = _read(tmp_path, SPLIT_ROW)
    assert programme.dekking.empty
    [note] = programme.notes    # not two: the row's start and its rest ("K1") stand in one note
    # the heading (line 1), lines 2-7, and the codes: W4 & W5 under B1-K1 (line 3), B1-K1-W4 (line 7)
    assert (note.kind, note.regel) == ("tabel", 2)
    assert note.text.split("\n") == SPLIT_ROW.split("\n")[:-1] + ["", "codes: B1-K1-W4, B1-K1-W5"]


def test_a_line_whose_cells_go_on_in_lower_case_is_the_rest_of_the_row(tmp_path):
    # pdftotext -layout of a Word table (eight columns: Onderdeel 0, Soort 34, Examenvorm 50, Werkprocessen 73,
    # Duur 94, Locatie 106, Weging 124, Planning 137); line 3 fills five columns, three of them in lower case
    # ("bekwaamheid", "interview", "minuten"): the rest of the row of line 2, not a row named "B1-K1"
    text = ("Onderdeel                         Soort           Examenvorm             Werkprocessen        Duur        "
            "Locatie           Weging       Planning\n"
            "Proeve van bekwaamheid            Proeve van      Criteriumgericht       B1-K1- W1, B1-K1-    90          "
            "Examenlocatie     2            P2\n"
            "B1-K1                             bekwaamheid     interview              W2                   minuten\n"
            "Praktijkexamen 1                  Examen          Digitale toets         B1-K1-W3             4 uur       "
            "School            1            P4\n")
    programme = _read(tmp_path, text)
    assert programme.onderdelen[["onderdeel", "soort", "vorm", "duur", "regel"]].values.tolist() == [
        ["Proeve van bekwaamheid B1-K1", "proeve van bekwaamheid", "Criteriumgericht interview", "90 minuten", 2],
        ["Praktijkexamen 1", "examen", "Digitale toets", "4 uur", 4]]
    assert _dekking(programme) == [("Proeve van bekwaamheid B1-K1", "B1-K1-W1", 2),
                                   ("Proeve van bekwaamheid B1-K1", "B1-K1-W2", 2), ("Praktijkexamen 1", "B1-K1-W3", 4)]
    assert programme.notes == ()


# a range whose "t/m" a narrow column broke over a line end, the lines holding other cells too: columns Naam 0,
# Examenvorm 14, Werkprocessen 27, Duur 43
BROKEN_RANGES = ("Proeve 1      PvB          B1-K1: W1 t/    4 uur\n"
                 "                           m W6\n"
                 "Proeve 2      PvB          B1-K2-W1 t/m    2 uur\n"
                 "                           5\n"
                 "Proeve 3      PvB          B1-K2-W1 t/m    1 uur\n"
                 "              digitaal     B1-K2-W3\n")


def test_a_range_broken_over_a_line_end_in_a_column_is_read_whole(tmp_path):
    programme = _read(tmp_path, HEADER + BROKEN_RANGES)
    # line 2/3: B1-K1-W1 t/m W6; line 4/5: B1-K2-W1 t/m 5; line 6/7: B1-K2-W1 t/m B1-K2-W3 (each on its first line)
    assert _dekking(programme) == [("Proeve 1", f"B1-K1-W{number}", 2) for number in range(1, 7)] \
        + [("Proeve 2", f"B1-K2-W{number}", 4) for number in range(1, 6)] \
        + [("Proeve 3", f"B1-K2-W{number}", 6) for number in range(1, 4)]
    assert programme.onderdelen["vorm"].tolist() == ["PvB", "PvB", "PvB digitaal"]


def test_a_range_broken_over_a_line_end_in_a_table_not_read_is_listed_whole(tmp_path):
    # the header's cells one space apart: the table is not read; its code list joins the ranges' parts across
    # the other cells of their lines. "60 minuten" (line 9) is no cell "60" that ends a range: B1-K3-W1 alone;
    # line 10/11: B1-K4-W2 t/m B1-K4-W4, the kerntaak of the name's rest (B1-K4) no end of it; line 12/13: two
    # numbers alone in line 13, "2" (the name's rest) and "5": which ends the range is not guessed, B1-K5-W1 alone
    text = ("Naam Examenvorm Werkprocessen Duur\n" + BROKEN_RANGES
            + "Proeve 4      PvB          B1-K3-W1 t/m    4 uur\n"
              "                                           60 minuten\n"
              "Proeve van    PvB          B1-K4-W2 t/m    2 uur\n"
              "bekwaamheid B1-K4          B1-K4-W4\n"
              "Proeve        PvB          B1-K5-W1 t/m    1 uur\n"
              "2                          5\n")
    programme = _read(tmp_path, text)
    assert programme.dekking.empty
    [note] = programme.notes
    wanted = ([f"B1-K1-W{number}" for number in range(1, 7)] + [f"B1-K2-W{number}" for number in range(1, 6)]
              + ["B1-K3-W1", "B1-K4-W2", "B1-K4-W3", "B1-K4-W4", "B1-K4", "B1-K5-W1"])
    assert (note.kind, note.text.split("\n")[-1]) == ("tabel", "codes: " + ", ".join(wanted))
    assert programme.werkprocessen["werkproces_id"].tolist() == [code for code in wanted if code != "B1-K4"]


def test_a_bcp_range_broken_over_a_line_end_in_a_table_not_read_is_listed_whole(tmp_path):
    # "WP 1.1 t/m WP" / "1.4" (lines 2/3) and "WP 2.1 t/" / "m 2.3" (lines 4/5), other cells between
    text = ("Naam Examenvorm Werkprocessen Duur\n"
            "Proeve 1      PvB          WP 1.1 t/m WP   4 uur\n"
            "                           1.4             school\n"
            "Proeve 2      PvB          WP 2.1 t/       2 uur\n"
            "2                          m 2.3\n")
    [note] = _read(tmp_path, text).notes
    assert note.text.split("\n")[-1] == "codes: 1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 2.3"


def test_a_list_or_range_that_goes_on_in_the_next_lines_cell_is_listed_whole(tmp_path):
    # a table not read (header one space apart): "B1-K1-W3 &" / "W4" (lines 2/3, the name's rest "bekwaamheid"
    # between), "B1-K2-W1" / "t/m 5" (lines 4/5), "WP 3.1 &" / "3.4" (lines 6/7), "B1-K3-W1 t/m B1-" / "K3-W3"
    # (lines 8/9), "B1-K4-W2 t/m B1-K4-" / "W4" (lines 10/11)
    text = ("Naam Examenvorm Werkprocessen Duur\n"
            "Proeve van    PvB          B1-K1-W3 &      4 uur\n"
            "bekwaamheid                W4              en/of school\n"
            "Proeve 2      PvB          B1-K2-W1        90\n"
            "                           t/m 5           minuten\n"
            "Proeve 3      PvB          WP 3.1 &        2 uur\n"
            "                           3.4\n"
            "Proeve 4      PvB          B1-K3-W1 t/m B1-   1 uur\n"
            "                           K3-W3\n"
            "Proeve 5      PvB          B1-K4-W2 t/m B1-K4-   1 uur\n"
            "                           W4\n")
    [note] = _read(tmp_path, text).notes
    assert note.text.split("\n")[-1] == "codes: B1-K1-W3, B1-K1-W4, B1-K2-W1, B1-K2-W2, B1-K2-W3, B1-K2-W4, " \
                                         "B1-K2-W5, 3.1, 3.4, B1-K3-W1, B1-K3-W2, B1-K3-W3, B1-K4-W2, B1-K4-W3, " \
                                         "B1-K4-W4"


def test_a_name_that_recurs_in_a_table_not_read_gets_its_kerntaak(tmp_path):
    # table 1 (lines 1-4) is read; table 2 (lines 6-9, its header one space apart) is not, and names
    # "Criteriumgericht interview" too (line 7, under Naam), and "Praktijkexamen Verkoop" wrapped in its cell
    # (lines 8/9): the ones read are named with their kerntaak. "Presentatie" stands in table 2 as a vorm (line 8),
    # not as a name: it stays as printed.
    text = ("Naam                         Examenvorm     Werkprocessen    Duur\n"
            "Criteriumgericht interview   Interview      B1-K1-W1         30 minuten\n"
            "Presentatie                  Presentatie    B1-K1-W2         1 dag\n"
            "Praktijkexamen Verkoop       Praktijk       B1-K1-W3         2 uur\n"
            "\n"
            "Naam Examenvorm Werkprocessen Duur\n"
            "Criteriumgericht interview   Interview      B1-K2-W1         30 minuten\n"
            "Praktijkexamen               Presentatie    B1-K2-W2         1 dag\n"
            "Verkoop                      Praktijk\n")
    programme = _read(tmp_path, text)
    assert programme.onderdelen["onderdeel"].tolist() == ["Criteriumgericht interview (B1-K1)", "Presentatie",
                                                          "Praktijkexamen Verkoop (B1-K1)"]
    assert _dekking(programme) == [("Criteriumgericht interview (B1-K1)", "B1-K1-W1", 2),
                                   ("Presentatie", "B1-K1-W2", 3), ("Praktijkexamen Verkoop (B1-K1)", "B1-K1-W3", 4)]
    assert [(note.kind, note.regel) for note in programme.notes] == [("tabel", 6)]


def test_rows_past_a_page_break_in_other_columns_leave_the_table_reported(tmp_path):
    # columns Module 0, Periode 28, Werkprocessen 43 (page 1, line 1); the page's foot (line 3) fits them, but the
    # rows on page 2 stand in other columns ("leerjaar 3" at 23, in Module's): not the text after the table
    text = ("Module                      Periode        Werkprocessen\n"
            "\n"
            "Examenplan                                  Pagina 1\n"
            "\fModule Relatiebeheer   leerjaar 3   B1-K1-W2\n"
            "Module Klantsystemen   leerjaar 1   B1-K1-W1\n")
    programme = _read(tmp_path, text)
    assert programme.onderdelen.empty and programme.dekking.empty
    [note] = programme.notes
    assert (note.kind, note.pagina, note.regel) == ("tabel", 1, 1)
    assert "Module Relatiebeheer   leerjaar 3   B1-K1-W2" in note.text.split("\n")
    assert note.text.split("\n")[-1] == "codes: B1-K1-W2, B1-K1-W1"


def test_a_row_set_in_cells_is_no_sentence_that_ends_the_table(tmp_path):
    # a table not read (header one space apart); line 3 has twelve words, four of them "van"/"de", and no whole
    # code ("B1-" / "K2-W1" is broken over lines 3/4): its cells, apart by two spaces or more, make it a row, not a
    # sentence after the table, so lines 3 and 4 stand in the table's note
    text = ("Naam Examenvorm Werkprocessen Duur\n"
            "Proeve 1      PvB                 B1-K1-W1        4 uur\n"
            "Proeve van    Proeve in de        B1-             30 minuten   School van de regio\n"
            "bekwaamheid   beroepspraktijk     K2-W1\n")
    programme = _read(tmp_path, text)
    [note] = [note for note in programme.notes if note.kind == "tabel"]
    assert note.text.split("\n")[:5] == text.split("\n")[:4] + [""]


def test_a_row_after_a_blank_line_whose_cells_run_over_the_columns_leaves_the_table_reported(tmp_path):
    # columns Naam 0, Examenvorm 16, Werkprocessen 31, Duur 48, Plaats 59; line 4 has four cells (a row fills three),
    # "90 minuten Examenlocatie" runs from 48 over Plaats's start: a row that fits no column, not the text after
    # the table
    text = ("Naam            Examenvorm     Werkprocessen    Duur       Plaats\n"
            "Proeve 1        PvB            B1-K1-W1         4 uur      School\n"
            "\n"
            "Kennisexamen    Digitaal       B1-K1-W2         90 minuten Examenlocatie\n")
    programme = _read(tmp_path, text)
    assert programme.onderdelen.empty
    [note] = programme.notes
    assert (note.kind, note.regel, note.text.split("\n")[-1]) == ("tabel", 1, "codes: B1-K1-W1, B1-K1-W2")


def test_a_codeless_line_right_under_a_row_with_part_of_its_cells_leaves_the_table_reported(tmp_path):
    # columns Module 0, Periode 23, Werkprocessen 36; line 3 "Retailmanagement" / "3" fills two of three columns
    # (more than half) right under line 2, without a code: the rest of "Module" / "leerjaar", or a row?
    text = ("Module                 Periode      Werkprocessen\n"
            "Module                 leerjaar     B1-K1-W4, P1-K1-W1 t/m 3\n"
            "Retailmanagement       3\n"
            "Module Klantsystemen   P4           B1-K1: W1 t/m W4\n")
    programme = _read(tmp_path, text)
    assert programme.onderdelen.empty
    [note] = programme.notes
    assert (note.kind, note.regel, note.text.split("\n")[-1]) == (
        "tabel", 1, "codes: B1-K1-W4, P1-K1-W1, P1-K1-W2, P1-K1-W3, B1-K1-W1, B1-K1-W2, B1-K1-W3")


def test_a_cell_that_ends_in_the_middle_of_a_code_leaves_the_table_reported(tmp_path):
    # columns Module 0, Periode 23, Werkprocessen 36; line 4 ends the row's cell in "B1-", its rest "K2-W5" stands
    # past the page's foot (line 6, taken for a row) on page 2: the row's codes cannot all be read
    text = ("Module                 Periode      Werkprocessen\n"
            "Module Relatiebeheer   P2           B1-K1-W1\n"
            "Module Klantsystemen   leerjaar 1   B1-K2-W1\n"
            "                                    B1-\n"
            "\n"
            "Examenplan             2\n"
            "\f                 K2-W5\n")
    programme = _read(tmp_path, text)
    assert programme.onderdelen.empty
    [note] = programme.notes
    assert (note.kind, note.pagina, note.regel) == ("tabel", 1, 1)
    assert note.text.split("\n")[3:8] == ["B1-", "", "Examenplan             2", "", "K2-W5"]   # page 1 ends in ""
