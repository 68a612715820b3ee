"""Tests for bcp_analysis.readers.bcp_text.labour: §1.4's labour-market text handed to the figure reader.

The tests with a fake figure reader check the call (which lines, which year, what becomes of
rows and unplaced numbers); the test on the bundled text runs the real
``bcp_analysis.readers.figures``.
"""

import dataclasses

import pytest

from bcp_analysis.paths import BUNDLED_RAW
from bcp_analysis.readers.bcp_text import extract_file, extract_text, labour

TEXT = "\n".join([
    "Colofon",                                                         # 1
    "Vastgesteld door: Sectorraad Test",                               # 2
    "Op: 1 maart 2012",                                                # 3
    "1 Algemene informatie over het beroep",                           # 4
    "1.4 Trends en innovaties",                                        # 5
    "Arbeidsmarkt",                                                    # 6
    "",                                                                # 7
    "Wat is het arbeidsmarktperspectief voor dit beroep?",             # 8
    "",                                                                # 9
    "In 2011 waren er 1.200 vacatures; dat aantal stijgt",             # 10
    "7",                                                               # 11: a page number
    "naar verwachting met 4,5% per jaar.",                             # 12
    "",                                                                # 13
    "Bron: UWV (2011)",                                                # 14
    "",                                                                # 15
    "Wetgeving",                                                       # 16
    "",                                                                # 17
    "Er zijn 3 wetten.",                                               # 18: another text: not a figure
    "2 Overzicht",                                                     # 19
    "Kerntaak 1 Doet iets",                                            # 20
    "Kerntaak 2 Rondt af",                                             # 21
    "3 Beschrijving",                                                  # 22
    "Kerntaak 1 Doet iets",                                            # 23
    "Beschrijving werkproces: 1.1 Doet het werk",                      # 24
    "Hij doet het werk | Competenties:", "zorgvuldig. - Kwaliteit leveren",
    "Resultaat:", "- Gedaan", "Kennis van:", "- Vak", "Vaardigheden:", "- Werken",
    "BCP Testberoep", "BCP Testberoep",
])


@dataclasses.dataclass(frozen=True)
class _Reading:
    rows: list
    unplaced: list
    bron: str


@pytest.fixture
def calls(monkeypatch):
    """A fake figure reader: records its calls, makes one row of 1.200 and leaves 4,5%."""
    made = []

    def fake(lines, *, profile_year=None, source=None):
        made.append((lines, profile_year, source))
        row = {"indicator": "vacatures", "scope": "", "periode": "2011", "waarde": 1200.0, "eenheid": "aantal",
               "soort": "waargenomen", "bron": "UWV (2011)", "controleren": "scope", "regel": 10, "pagina": None}
        return _Reading(rows=[row], unplaced=[(12, "4,5%", "naar verwachting met 4,5% per jaar.")], bron="UWV (2011)")

    monkeypatch.setattr(labour, "read_figures", fake)
    return made


def test_the_figure_reader_gets_the_section_without_page_noise(calls):
    extract_text(TEXT)
    [(lines, profile_year, source)] = calls
    # paragraphs are separated by a blank line, as the figure reader expects
    assert lines == [(10, "In 2011 waren er 1.200 vacatures; dat aantal stijgt"), (11, ""),
                     (12, "naar verwachting met 4,5% per jaar."), (13, ""), (14, "Bron: UWV (2011)")]
    assert profile_year == 2012 and source is None


def test_rows_and_unplaced_numbers_reach_profile_and_report(calls):
    extraction = extract_text(TEXT)
    [row] = extraction.profile["arbeidsmarkt"]
    assert row["regel"] == 10 and row["waarde"] == 1200.0 and "pagina" not in row
    assert extraction.report.figures_unplaced == [(12, "4,5%", "naar verwachting met 4,5% per jaar.")]
    assert "regel 12: cijfer niet geplaatst: 4,5% in 'naar verwachting met 4,5% per jaar.'" in \
        extraction.report.format()
    # the text is still kept as prose
    assert extraction.profile["trends"]["arbeidsmarkt"].startswith("In 2011 waren er 1.200 vacatures")


def test_a_labour_market_text_under_another_label_is_found_by_its_content(calls):
    # lines 10-12 under "Werkgelegenheid": 1.200 vacatures and 4,5% are figures of the labour market
    extraction = extract_text(TEXT.replace("Arbeidsmarkt\n", "Werkgelegenheid\n"))
    [(lines, _, _)] = calls
    assert lines[0] == (10, "In 2011 waren er 1.200 vacatures; dat aantal stijgt")
    assert extraction.profile["trends"]["werkgelegenheid"].startswith("In 2011 waren er 1.200 vacatures")


def test_without_a_labour_market_text_the_figure_reader_is_not_called(calls):
    # "Wetgeving" (lines 16-18) has one number and no word of the labour market; line 10 without
    # its figures leaves "Werkgelegenheid" without any either
    text = TEXT.replace("Arbeidsmarkt\n", "Werkgelegenheid\n").replace(
        "In 2011 waren er 1.200 vacatures; dat aantal stijgt", "Het aantal vacatures stijgt").replace(
        "naar verwachting met 4,5% per jaar.", "naar verwachting verder.")
    extract_text(text)
    assert calls == []


def test_bundled_figures_every_number_a_row_or_reported():
    extraction = extract_file(BUNDLED_RAW)
    rows = extraction.profile["arbeidsmarkt"]
    # lines 495-530: ten figures (-0,15% -0,3% -0,5% 26,5% 21,5% 19,3% 1.043.000 2% 133.400 193.000) and
    # two rank orders of three ("gevolgd door", lines 510-514)
    values = sorted(row["waarde"] for row in rows if row["eenheid"] != "rang")
    assert values == sorted([-0.15, -0.3, -0.5, 26.5, 21.5, 19.3, 1043000, 2, 133400, 193000])
    assert sorted(row["waarde"] for row in rows if row["eenheid"] == "rang") == [1, 1, 2, 2, 3, 3]
    assert all(495 <= row["regel"] <= 530 for row in rows)
    # every year of the section is a row's periode or reported: 2009-2014 (498), 2009 (508), 2010 (516),
    # 2014 (523), 2008 (526), 2009 (527), 2009 en 2014 (529), 2014 (530)
    periods = {row["periode"] for row in rows}
    reported = " ".join(number for _, number, _ in extraction.report.figures_unplaced)
    for year in ("2008", "2009", "2010", "2014"):
        assert any(year in period for period in periods) or year in reported, year
