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


def _titled(overview_kerntaak, heading_kerntaak, overview_werkproces, heading_werkproces):
    return "\n".join([
        "2 Overzicht van kerntaken en werkprocessen",                # 1
        "Kerntaak 1",                                                # 2
        overview_kerntaak,                                           # 3
        f"1.1 {overview_werkproces}",                                # 4
        "1.2 Ruimt op",                                              # 5
        "3 Beschrijving van de kerntaken",                           # 6
        f"Kerntaak 1 {heading_kerntaak}",                            # 7
        f"Beschrijving werkproces: 1.1 {heading_werkproces}",        # 8
        *_WERKPROCES,
        "Beschrijving werkproces: 1.2 Ruimt op",
        *_WERKPROCES,
        "BCP Testberoep", "BCP Testberoep",
    ])


def test_a_kerntaak_title_that_names_a_werkproces_gives_way_to_the_heading():
    # a bordered overview table read row by row: the kerntaak cell beside its werkprocessen
    # the overview reader takes "1.1 Doet het werk" off the title line (line 3): the title is whole, no warning
    extraction = extract_text(_titled("Doet iets 1.1 Doet het werk", "Doet iets", "Doet het werk", "Doet het werk"))
    assert extraction.profile["kerntaken"][0]["titel"] == "Doet iets"
    assert not [warning for warning in extraction.report.warnings if "kerntaak 1: titel" in warning]
    # an id of no kerntaak of the overview stays in the title: the heading's title is kept, with a warning
    extraction = extract_text(_titled("Doet iets 7.1 Doet het werk", "Doet iets", "Doet het werk", "Doet het werk"))
    assert extraction.profile["kerntaken"][0]["titel"] == "Doet iets"
    assert ("kerntaak 1: titel in het overzicht ('Doet iets 7.1 Doet het werk') noemt een werkproces en wijkt af "
            "van de kop ('Doet iets'); die van de kop is overgenomen") in extraction.report.warnings


def test_a_kerntaak_title_that_differs_otherwise_is_the_overviews_with_a_warning():
    extraction = extract_text(_titled("Doet iets", "Doet iets anders", "Doet het werk", "Doet het werk"))
    assert extraction.profile["kerntaken"][0]["titel"] == "Doet iets"
    assert any("die uit het overzicht is overgenomen" in warning and "'Doet iets anders'" in warning
               for warning in extraction.report.warnings)


def test_a_werkproces_heading_that_names_another_werkproces_gives_way_to_the_overview():
    extraction = extract_text(_titled("Doet iets", "Doet iets", "Doet het werk", "Doet het werk 1.2 Ruimt op"))
    assert extraction.profile["kerntaken"][0]["werkprocessen"][0]["titel"] == "Doet het werk"
    assert ("werkproces 1.1: de kop ('Doet het werk 1.2 Ruimt op') noemt een ander werkproces en wijkt af van de "
            "titel in het overzicht ('Doet het werk'); die uit het overzicht is overgenomen"
            ) in extraction.report.warnings


def test_an_overview_read_row_by_row_keeps_the_kerntaak_title_whole():
    # a table without rules read row by row: the title's lines (3, 4) beside the werkprocessen (2, 3);
    # line 4, in lower case after the werkprocessen began, is the rest of the kerntaak's title
    text = "\n".join([
        "2 Overzicht van kerntaken en werkprocessen",                                      # 1
        "Kerntaak 2 2.1 Onderhoudt accountrelaties",                                       # 2
        "Stelt verkoop- en accountplannen op en bewaakt de 2.2 Bouwt accountrelaties op",  # 3
        "voortgang ervan",                                                                  # 4
        "3 Beschrijving van de kerntaken",
        "Kerntaak 2 Stelt verkoop- en accountplannen op en bewaakt de voortgang ervan",
        "Beschrijving werkproces: 2.1 Onderhoudt accountrelaties", *_WERKPROCES,
        "Beschrijving werkproces: 2.2 Bouwt accountrelaties op", *_WERKPROCES,
        "BCP Testberoep", "BCP Testberoep",
    ])
    extraction = extract_text(text)
    assert extraction.profile["kerntaken"][0]["titel"] == ("Stelt verkoop- en accountplannen op en bewaakt de "
                                                          "voortgang ervan")
    assert [werkproces["titel"] for werkproces in extraction.profile["kerntaken"][0]["werkprocessen"]] == [
        "Onderhoudt accountrelaties", "Bouwt accountrelaties op"]
    assert extraction.report.warnings == [] and extraction.report.unplaced == []


def test_a_kerntaak_title_below_its_only_werkproces_is_read_whole():
    # the kerntaak's cell has three lines (2-4), its werkproces cell one (line 2): line 4 in lower case is the
    # rest of the title, not of the werkproces's
    text = "\n".join([
        "2 Overzicht van kerntaken en werkprocessen",                  # 1
        "Kerntaak 1 1.3 Stelt een accountplan op",                     # 2
        "Stelt verkoop- en accountplannen op en",                      # 3
        "bewaakt de voortgang ervan",                                  # 4
        "3 Beschrijving van de kerntaken",
        "Kerntaak 1 Stelt verkoop- en accountplannen op en bewaakt de voortgang ervan",
        "Beschrijving werkproces: 1.3 Stelt een accountplan op", *_WERKPROCES,
        "BCP Testberoep", "BCP Testberoep",
    ])
    extraction = extract_text(text)
    assert extraction.profile["kerntaken"][0]["titel"] == ("Stelt verkoop- en accountplannen op en bewaakt de "
                                                          "voortgang ervan")
    assert extraction.profile["kerntaken"][0]["werkprocessen"][0]["titel"] == "Stelt een accountplan op"
    assert extraction.report.warnings == [] and extraction.report.unplaced == []
