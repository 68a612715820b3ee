"""Tests for bcp_analysis.readers.bcp_text.overview on a text written here: a werkproces added and one removed."""

from bcp_analysis.readers.bcp_text import extract_text

_WERKPROCES = ["Hij doet het werk | Competenties:", "zorgvuldig. - Kwaliteit leveren",
               "Resultaat:", "- Het werk is gedaan", "Kennis van:", "- Het vak", "Vaardigheden:", "- Werken"]

TEXT = "\n".join([
    "2 Overzicht van kerntaken en werkprocessen",      # 1
    "Kerntaak 1 Doet iets",                            # 2
    "1.1 Doet het werk",                               # 3
    "1.2 Ruimt op",                                    # 4: listed, but its description was removed
    "Kerntaak 2 Sluit af",                             # 5
    "2.1 Rekent af",                                   # 6
    "3 Beschrijving van de kerntaken",                 # 7
    "Kerntaak 1 Doet iets",                            # 8
    "Beschrijving werkproces: 1.1 Doet het werk",      # 9
    *_WERKPROCES,                                      # 10-17
    "Beschrijving werkproces: 1.3 Controleert",        # 18: added, not in the overview
    *_WERKPROCES,                                      # 19-26
    "Kerntaak 2 Sluit af",                             # 27
    "Beschrijving werkproces: 2.1 Rekent af",          # 28
    *_WERKPROCES,                                      # 29-36
    "BCP Testberoep", "BCP Testberoep",
])


def test_a_werkproces_added_and_one_removed():
    extraction = extract_text(TEXT)
    werkprocessen = [werkproces for kerntaak in extraction.profile["kerntaken"]
                     for werkproces in kerntaak["werkprocessen"]]
    assert [(werkproces["id"], werkproces["regel"]) for werkproces in werkprocessen] == [
        ("1.1", 9), ("1.3", 18), ("2.1", 28)]
    warnings = extraction.report.warnings
    assert len(warnings) == 2
    assert "1.2 'Ruimt op' staat in het overzicht maar heeft geen beschrijving" in warnings[0]
    assert "1.3 'Controleert' is beschreven maar staat niet in het overzicht" in warnings[1]
    assert extraction.report.unplaced == []
