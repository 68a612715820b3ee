"""The BCP text reader on texts as the PDF reader makes them: columns one after the other, in reading order.

The texts are written here; line numbers in the comments are 1-based lines of the joined text.
"""

import pytest

from bcp_analysis.readers.bcp_text import extract_text

# One kerntaak: the overview's heading "Kerntaak 1" and the descriptions' heading "Kerntaak 1" have the
# same number, and no other kerntaak heading stands between them.
ONE_KERNTAAK = [
    "2 Overzicht van kerntaken en werkprocessen",       # 1
    "",                                                 # 2
    "Kerntaak 1",                                       # 3  overview heading
    "Verzorgt de balie",                                # 4
    "",                                                 # 5
    "1.1 Ontvangt bezoekers",                           # 6
    "1.2 Beantwoordt vragen",                           # 7
    "",                                                 # 8
    "3 Beschrijving van de kerntaken",                  # 9
    "",                                                 # 10
    "Kerntaak 1 Verzorgt de balie",                     # 11 detail heading: the descriptions start here
    "",                                                 # 12
    "Beschrijving werkproces:",                         # 13
    "Hij ontvangt bezoekers en meldt ze aan.",          # 14
    "1.1 Ontvangt bezoekers",                           # 15
    "",                                                 # 16
    "Competenties:",                                    # 17
    "- Samenwerken en overleggen",                      # 18
    "Resultaat:",                                       # 19
    "- Aangemelde bezoekers",                           # 20
    "Kennis van:",                                      # 21
    "- Huisregels",                                     # 22
    "Vaardigheden:",                                    # 23
    "- Gastvrij ontvangen",                             # 24
    "",                                                 # 25
    "Beschrijving werkproces:",                         # 26
    "Hij beantwoordt vragen van bezoekers.",            # 27
    "1.2 Beantwoordt vragen",                           # 28
    "",                                                 # 29
    "Competenties:",                                    # 30
    "- Instructies en procedures opvolgen",             # 31
    "Resultaat:",                                       # 32
    "- Beantwoorde vragen",                             # 33
    "Kennis van:",                                      # 34
    "- Organisatie",                                    # 35
    "Vaardigheden:",                                    # 36
    "- Uitleggen",                                      # 37
]


def _ids(extraction):
    return [(werkproces["id"], werkproces["regel"]) for kerntaak in extraction.profile["kerntaken"]
            for werkproces in kerntaak["werkprocessen"]]


def test_one_kerntaak_each_werkproces_once():
    extraction = extract_text("\n".join(ONE_KERNTAAK))
    kerntaken = extraction.profile["kerntaken"]
    assert [(kerntaak["id"], kerntaak["regel"]) for kerntaak in kerntaken] == [("1", 11)]
    assert _ids(extraction) == [("1.1", 13), ("1.2", 26)]
    # The overview was read as the overview: its two werkprocessen are described, no warning about them.
    assert not [warning for warning in extraction.report.warnings if "overzicht" in warning]
    assert extraction.report.unplaced == []


def test_one_kerntaak_without_chapter_heading():
    # Without the chapter heading (lines 9-10), the overview's werkproces-id lines (6, 7) still separate
    # the overview's heading from the descriptions' heading.
    text = ONE_KERNTAAK[:8] + ONE_KERNTAAK[10:]
    extraction = extract_text("\n".join(text))
    assert [kerntaak["regel"] for kerntaak in extraction.profile["kerntaken"]] == [9]
    assert _ids(extraction) == [("1.1", 11), ("1.2", 24)]


def test_werkprocessen_listed_under_their_kerntaak_are_no_overview():
    # "Werkprocessen bij kerntaak 1" with its ids between the heading and the first description: still the
    # descriptions' heading (line 1), and there is no overview.
    text = ["Kerntaak 1 Verzorgt de balie", "Werkprocessen bij kerntaak 1:", "1.1 Ontvangt bezoekers",
            "1.2 Beantwoordt vragen", ""] + ONE_KERNTAAK[12:]
    extraction = extract_text("\n".join(text))
    assert [kerntaak["regel"] for kerntaak in extraction.profile["kerntaken"]] == [1]
    assert ("1.1", 6) in _ids(extraction)


def test_report_formats_a_werkproces_described_twice():
    # A faulty text describing 1.1 twice (lines 13 and 26, the second with the title of 1.1):
    # the report shows both, never a traceback.
    text = list(ONE_KERNTAAK)
    text[27] = "1.1 Ontvangt bezoekers"
    extraction = extract_text("\n".join(text))
    assert _ids(extraction) == [("1.1", 13), ("1.1", 26)]
    formatted = extraction.report.format()
    rows = [line for line in formatted.splitlines() if line.startswith("1.1 ")]
    #            comp res kennis vaardig beschr.
    assert [line.split()[1:] for line in rows] == [["1", "1", "1", "1", "1"], ["1", "1", "1", "1", "1"]]


# A werkproces title wrapping over three lines in the right column (lines 16-18), as the PDF reader
# gives it after the left column's description.
WRAPPED = [
    "Kerntaak 1",                                       # 1
    "Stelt plannen op",                                 # 2
    "",                                                 # 3
    "1.4 Bewaakt de voortgang van verkoop- en accountplannen",   # 4
    "",                                                 # 5
    "3 Beschrijving van de kerntaken",                  # 6
    "",                                                 # 7
    "Kerntaak 1 Stelt plannen op",                      # 8
    "",                                                 # 9
    "Beschrijving werkproces:",                         # 10
    "De junior accountmanager bewaakt de uit te",       # 11
    "voeren plannen en",                                # 12
    "rapporteert de voortgang.",                        # 13
    "",                                                 # 14
    "",                                                 # 15
    "1.4 Bewaakt de voortgang",                         # 16
    "van verkoop- en",                                  # 17
    "accountplannen",                                   # 18
    "",                                                 # 19
    "Competenties:",                                    # 20
    "- Plannen en organiseren",                         # 21
    "Resultaat:",                                       # 22
    "- Bewaakte plannen",                               # 23
    "Kennis van:",                                      # 24
    "- Planningsmethoden",                              # 25
    "Vaardigheden:",                                    # 26
    "- Rapporteren",                                    # 27
]


@pytest.mark.parametrize("with_overview", [True, False])
def test_wrapped_title_read_whole(with_overview):
    text = WRAPPED if with_overview else WRAPPED[5:]
    extraction = extract_text("\n".join(text))
    werkproces = extraction.profile["kerntaken"][0]["werkprocessen"][0]
    assert werkproces["titel"] == "Bewaakt de voortgang van verkoop- en accountplannen"
    # Lines 11-13 only: the title's lines 17-18 are not in the description.
    assert werkproces["beschrijving"] == ("De junior accountmanager bewaakt de uit te voeren plannen en "
                                          "rapporteert de voortgang.")
    assert not [warning for warning in extraction.report.warnings if "wijkt af" in warning]
    assert extraction.report.unplaced == []


def test_wrapped_title_stops_where_the_overview_does():
    # The overview's title is shorter: "van verkoop- en" (line 17) does not continue it, so it stays prose
    # of the description, and the title is the overview's.
    text = list(WRAPPED)
    text[3] = "1.4 Bewaakt de voortgang"
    extraction = extract_text("\n".join(text))
    werkproces = extraction.profile["kerntaken"][0]["werkprocessen"][0]
    assert werkproces["titel"] == "Bewaakt de voortgang"
    assert werkproces["beschrijving"].endswith("rapporteert de voortgang. van verkoop- en accountplannen")
