"""§1.3 Loopbaanperspectief of a BCP text: the career columns (loopbaan) and the comparison table (vergelijking).

Expected values are counted by hand: from data/raw/junior-accountmanager-2010.txt (line numbers as in
``cat -n``) and from the texts written here (line numbers in the comments).
"""

import pytest

from bcp_analysis.paths import BUNDLED_PROFILE, BUNDLED_RAW
from bcp_analysis.readers import load_profile
from bcp_analysis.readers.bcp_text import extract_file, extract_text
from bcp_analysis.readers.yaml_profile import profile_from_dict


@pytest.fixture(scope="module")
def bundled():
    return extract_file(BUNDLED_RAW)


def _rows(loopbaan):
    return [(column["kolom"], position, entry["functie"], entry["niveau"], entry["regel"])
            for column in loopbaan for position, entry in enumerate(column["functies"], start=1)]


def test_bundled_career_columns(bundled):
    # Raw lines 406-435: "Accountmanagement" (406) with 4 positions between the arrows "1" (410, 414, 418);
    # "Salesmanagement werk- en / denkniveau c.q. / opleidingsniveau" (422-424: the column's name and the
    # level column's heading) with 4 positions; the levels stick to the Salesmanagement lines
    # (426 wo, 428 hbo/wo, 430 hbo, 431 ") mbo (niveau 4)" beside an arrow, 432 mbo (niveau 3)).
    assert _rows(bundled.profile["loopbaan"]) == [
        ("Accountmanagement", 1, "Account director", "wo", 408),
        ("Accountmanagement", 2, "Key accountmanager", "hbo/wo", 412),
        ("Accountmanagement", 3, "Accountmanager", "hbo", 416),
        ("Accountmanagement", 4, "Junior accountmanager", "mbo (niveau 4)", 419),        # 419-420
        ("Salesmanagement", 1, "Sales director", "wo", 426),
        ("Salesmanagement", 2, "Sales manager", "hbo/wo", 428),
        ("Salesmanagement", 3, "Verkoopleider", "hbo", 430),
        ("Salesmanagement", 4, "Vertegenwoordiger/Commercieel medewerker buitendienst", "mbo (niveau 3)", 432),
    ]


def test_bundled_against_curated_profile(bundled):
    extracted = profile_from_dict(bundled.profile, "tekst")
    curated = load_profile(BUNDLED_PROFILE)
    columns = ["kolom", "positie", "functie", "niveau"]
    # loopbaan: all 8 rows, value by value, equal to the curated ones.
    assert extracted.loopbaan[columns].equals(curated.loopbaan[columns])
    # vergelijking: the one difference. The curated file has 9 aspects x 2 occupations = 18 rows; the text
    # reader reads none: in raw lines 441-477 the two kenmerk columns stand on the same lines with single
    # spaces ("alleen business-to-business zowel business-to-business", 447), so where a cell ends cannot
    # be read from the text. The 24 lines are reported (test_bcp_text.py) and a warning says so.
    assert len(curated.vergelijking) == 18
    assert len(extracted.vergelijking) == 0
    assert "vergelijking" not in bundled.profile
    assert any(warning.startswith("vergelijking (regel 441-477)") and "met de hand" in warning
               for warning in bundled.report.warnings)


def test_bundled_levels_taken_from_the_level_column_are_to_check(bundled):
    warnings = [warning for warning in bundled.report.warnings if "niveaukolom" in warning]
    # the four Accountmanagement positions have no level on their own lines (408, 412, 416, 419)
    assert [next(number for number in (408, 412, 416, 419) if f"regel {number}" in warning)
            for warning in warnings] == [408, 412, 416, 419]
    assert "'mbo (niveau 4)' is genomen uit rij 4 van de niveaukolom" in warnings[3]


def test_bundled_section_lines_placed(bundled):
    per_line = bundled.report.per_line().set_index("regel")
    assert per_line.loc[400, "plaats"] == "leidende vraag" and per_line.loc[402, "plaats"] == "leidende vraag"
    # the sentences before the columns and between the columns and the comparison: the part loopbaanperspectief
    assert (per_line.loc[404, "soort"], per_line.loc[404, "plaats"]) == ("profiel", "beschrijving.loopbaanperspectief")
    assert [per_line.loc[number, "plaats"] for number in (406, 422, 423, 424)] == ["loopbaan.kolom"] * 4
    assert per_line.loc[431, "plaats"] == "loopbaan.niveaukolom"
    assert all(per_line.loc[number, "plaats"] == "loopbaan" for number in (408, 419, 420, 432, 433, 434, 435))
    assert [per_line.loc[number, "plaats"] for number in (437, 438, 439)] == ["beschrijving.loopbaanperspectief"] * 3


def test_bundled_sentences_of_the_section_are_a_part_of_the_description(bundled):
    # raw line 404, and raw lines 437-439 as the second paragraph ("commerciéle" as the reader corrects it)
    assert bundled.profile["beschrijving"]["loopbaanperspectief"] == (
        "De beroepskolom binnen de sales- en accountmanagement ziet er als volgt uit:\n\n"
        "De commerciële beroepen junior accountmanager en vertegenwoordiger worden ‘in de volksmond’ nogal eens "
        "door elkaar gebruikt, terwijl het twee verschillende beroepen betreft. In onderstaand schema worden "
        "daarom de verschillen aangegeven.")


# A §1.3 worded and arranged differently: other column names, a column of 4 and one of 2 positions,
# arrows "↑" and "|", a level column heading "Opleidingsniveau", a comparison with three aspects in
# one cell per line.
OTHER = [
    "1 Beroepsbeschrijving",                                            # 1
    "",                                                                 # 2
    "1.3 Loopbaanperspectief",                                          # 3
    "",                                                                 # 4
    "Welke loopbaanmogelijkheden heeft de beroepsbeoefenaar?",          # 5
    "",                                                                 # 6
    "Een medewerker kan in twee richtingen doorgroeien, zoals hieronder:",  # 7
    "",                                                                 # 8
    "Binnendienst Opleidingsniveau",                                    # 9
    "",                                                                 # 10
    "Hoofd binnendienst hbo",                                           # 11
    "↑",                                                                # 12
    "Commercieel medewerker mbo (niveau 4)",                            # 13
    "binnendienst",                                                     # 14
    "↑",                                                                # 15
    "Telefonisch verkoper mbo (niveau 3)",                              # 16
    "↑",                                                                # 17
    "Assistent verkoop mbo (niveau 2)",                                 # 18
    "",                                                                 # 19
    "Webwinkel",                                                        # 20
    "",                                                                 # 21
    "Manager e-commerce",                                               # 22
    "|",                                                                # 23
    "Webshopmedewerker",                                                # 24
    "",                                                                 # 25
    "Het beroep wordt vaak verward met dat van de callcenteragent.",    # 26
    "",                                                                 # 27
    "Medewerker verkoop binnendienst",                                  # 28
    "Callcenteragent",                                                  # 29
    "",                                                                 # 30
    "klantcontact",                                                     # 31
    "vaste klanten",                                                    # 32
    "wisselende bellers",                                               # 33
    "",                                                                 # 34
    "doel van het gesprek",                                             # 35
    "verkoop en advies",                                                # 36
    "informatie geven",                                                 # 37
    "",                                                                 # 38
    "werktijden",                                                       # 39
    "kantooruren",                                                      # 40
    "ook avonden en weekenden",                                         # 41
    "",                                                                 # 42
    "BCP Medewerker verkoop binnendienst",                              # 43
    "3 Beschrijving van de kerntaken",                                  # 44
    "",                                                                 # 45
    "Kerntaak 1 Verkoopt aan de telefoon",                              # 46
    "",                                                                 # 47
    "Beschrijving werkproces: 1.1 Voert verkoopgesprekken",             # 48
    "Hij belt klanten en verkoopt.",                                    # 49
    "Competenties:",                                                    # 50
    "- Overtuigen en beïnvloeden",                                      # 51
    "Resultaat:",                                                       # 52
    "- Verkochte producten",                                            # 53
    "Kennis van:",                                                      # 54
    "- Producten",                                                      # 55
    "Vaardigheden:",                                                    # 56
    "- Gesprekstechnieken",                                             # 57
    "",                                                                 # 58
    "BCP Medewerker verkoop binnendienst",                              # 59
]


def test_other_career_columns():
    extraction = extract_text("\n".join(OTHER))
    assert _rows(extraction.profile["loopbaan"]) == [
        ("Binnendienst", 1, "Hoofd binnendienst", "hbo", 11),
        ("Binnendienst", 2, "Commercieel medewerker binnendienst", "mbo (niveau 4)", 13),
        ("Binnendienst", 3, "Telefonisch verkoper", "mbo (niveau 3)", 16),
        ("Binnendienst", 4, "Assistent verkoop", "mbo (niveau 2)", 18),
        # no level on lines 22 and 24: rows 1 and 2 of the level column (11 hbo, 13 mbo (niveau 4)), to check
        ("Webwinkel", 1, "Manager e-commerce", "hbo", 22),
        ("Webwinkel", 2, "Webshopmedewerker", "mbo (niveau 4)", 24),
    ]
    warnings = extraction.report.warnings
    assert sum("niveaukolom" in warning for warning in warnings) == 2
    assert any("'Webshopmedewerker' (regel 24)" in warning for warning in warnings)


def test_other_comparison_three_aspects():
    extraction = extract_text("\n".join(OTHER))
    assert extraction.profile["vergelijking"] == {
        "beroepen": ["Medewerker verkoop binnendienst", "Callcenteragent"],          # 28-29
        "aspecten": [
            {"aspect": "klantcontact", "kenmerken": ["vaste klanten", "wisselende bellers"], "regel": 31},
            {"aspect": "doel van het gesprek", "kenmerken": ["verkoop en advies", "informatie geven"],
             "regel": 35},
            {"aspect": "werktijden", "kenmerken": ["kantooruren", "ook avonden en weekenden"], "regel": 39},
        ],
    }
    # every line of §1.3 placed: question (5) as noise, intro (7) and prose (26) as the part loopbaanperspectief
    assert extraction.profile["beschrijving"] == {"loopbaanperspectief": (
        "Een medewerker kan in twee richtingen doorgroeien, zoals hieronder:\n\n"
        "Het beroep wordt vaak verward met dat van de callcenteragent.")}
    assert extraction.report.unplaced == []
    profile = profile_from_dict(extraction.profile, "tekst")
    assert len(profile.vergelijking) == 6 and len(profile.loopbaan) == 6
    assert profile.vergelijking["regel"].tolist() == [31, 31, 35, 35, 39, 39]


def test_comparison_cells_separated_by_spaces():
    # The same table with its cells on one line, separated by two spaces or a tab (lines 28-31).
    table = ["Medewerker verkoop binnendienst  Callcenteragent",               # 28
             "klantcontact  vaste klanten  wisselende bellers",                  # 29
             "doel van het gesprek\tverkoop en advies\tinformatie geven",        # 30
             "werktijden  kantooruren  ook avonden en weekenden"]                # 31
    text = OTHER[:27] + table + OTHER[41:]
    extraction = extract_text("\n".join(text))
    vergelijking = extraction.profile["vergelijking"]
    assert vergelijking["beroepen"] == ["Medewerker verkoop binnendienst", "Callcenteragent"]
    assert [(aspect["aspect"], aspect["kenmerken"][1], aspect["regel"]) for aspect in vergelijking["aspecten"]] == [
        ("klantcontact", "wisselende bellers", 29), ("doel van het gesprek", "informatie geven", 30),
        ("werktijden", "ook avonden en weekenden", 31)]


def test_comparison_not_read_is_reported_line_by_line():
    # One row with a cell missing (line 33 left out): the layout no longer says where cells end;
    # every line of the table (28-41 without 33) is reported, and nothing of it enters the profile.
    text = OTHER[:32] + OTHER[33:]
    extraction = extract_text("\n".join(text))
    assert "vergelijking" not in extraction.profile
    assert [number for number, _ in extraction.report.unplaced] == [28, 29, 31, 32, 34, 35, 36, 38, 39, 40]
    assert any(warning.startswith("vergelijking (regel 28-40)") for warning in extraction.report.warnings)
