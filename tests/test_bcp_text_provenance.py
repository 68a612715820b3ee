"""Tests for the provenance of bcp_analysis.readers.bcp_text: every row names the line of the text where it starts.

Expected line numbers are read off data/raw/junior-accountmanager-2010.txt by hand (``grep -n``)
and off the small texts written here.
"""

import pytest

from bcp_analysis.paths import BUNDLED_RAW
from bcp_analysis.readers.bcp_text import extract_file, extract_text
from bcp_analysis.readers.yaml_write import without_provenance


@pytest.fixture(scope="module")
def bundled():
    return extract_file(BUNDLED_RAW).profile


def _werkproces(profile, werkproces_id):
    return next(werkproces for kerntaak in profile["kerntaken"] for werkproces in kerntaak["werkprocessen"]
                if werkproces["id"] == werkproces_id)


def test_kerntaken_start_at_their_heading_in_the_descriptions(bundled):
    # 674 "3.1 Kerntaak 1 Stelt ...", 920 "3.2 Kerntaak 2 Beheert accounts", 1168 "3.3 Kerntaak 3 ..."
    assert [kerntaak["regel"] for kerntaak in bundled["kerntaken"]] == [674, 920, 1168]


def test_werkproces_starts_at_its_description_heading(bundled):
    # 681 "Beschrijving werkproces:" (1.1), 795 "... 1.3 Stelt een accountplan op", 1536 "... 3.7"
    assert [_werkproces(bundled, wp)["regel"] for wp in ("1.1", "1.3", "3.7")] == [681, 795, 1536]


def test_competencies_carry_the_line_of_their_name(bundled):
    # lines 688, 689, 691, 693: the competency column beside the description of 1.1
    assert _werkproces(bundled, "1.1")["competenties"] == [
        {"tekst": "Samenwerken en overleggen", "regel": 688},
        {"tekst": "Analyseren", "regel": 689},
        {"tekst": "Onderzoeken", "regel": 691},
        {"tekst": "Bedrijfsmatig handelen", "regel": 693},
    ]


def test_list_items_carry_the_line_where_they_start(bundled):
    werkproces = _werkproces(bundled, "1.1")
    assert [item["regel"] for item in werkproces["resultaten"]] == [697]   # the item runs on to 699
    assert [item["regel"] for item in werkproces["kennis"]] == [705, 707, 709, 711, 713, 715, 717]
    assert [item["regel"] for item in werkproces["vaardigheden"]] == [721, 723, 724, 726, 728]


def test_every_item_has_a_line():
    text = "\n".join([
        "Kerntaak 1 Doet iets",                                  # 1
        "Beschrijving werkproces: 1.1 Doet het werk",            # 2
        "Hij doet het werk | Competenties:",                     # 3
        "zorgvuldig. - Kwaliteit leveren",                       # 4
        "Resultaat:",                                            # 5
        "doorlopende tekst zonder opsommingsteken",              # 6: an orphan: starts the only item
        "Kennis van:", "- Het vak", "", "- Gereedschap",         # 7-10
        "Vaardigheden:", "- Werken", "  met de handen",          # 11-13
    ])
    werkproces = extract_text(text).profile["kerntaken"][0]["werkprocessen"][0]
    assert werkproces["regel"] == 2
    assert werkproces["competenties"] == [{"tekst": "Kwaliteit leveren", "regel": 4}]
    assert werkproces["resultaten"] == [{"tekst": "doorlopende tekst zonder opsommingsteken", "regel": 6}]
    assert [item["regel"] for item in werkproces["kennis"]] == [8, 10]
    assert werkproces["vaardigheden"] == [{"tekst": "Werken met de handen", "regel": 12}]


def test_without_provenance_gives_the_plain_format(bundled):
    plain = without_provenance(bundled)
    werkproces = _werkproces(plain, "1.1")
    assert "regel" not in werkproces and "regel" not in plain["kerntaken"][0]
    assert werkproces["competenties"][1] == "Analyseren"


def test_curated_profile_carries_the_text_readers_lines(bundled_profile):
    # data/profiles/junior-accountmanager-2010.yaml got `regel` where the text reader's row is the same
    # item (hand-checked in the raw text): 1.1's "Beschrijving werkproces:" 681, "- Analyseren" 689,
    # "Sector en branche" 705; kerntaak 3's heading 1168; "Account director" 408; §1.4's -0,15% 499.
    profile = bundled_profile
    werkprocessen = profile.werkprocessen.set_index("werkproces_id")
    assert werkprocessen.loc["1.1", "regel"] == 681
    assert profile.kerntaken.set_index("kerntaak_id").loc["3", "regel"] == 1168
    competenties = profile.competenties
    assert competenties[(competenties["werkproces_id"] == "1.1")
                        & (competenties["competentie"] == "Analyseren")]["regel"].tolist() == [689]
    assert profile.kennis[profile.kennis["item"] == "Sector en branche"]["regel"].tolist()[0] == 705
    assert profile.loopbaan.set_index("functie").loc["Account director", "regel"] == 408
    assert profile.arbeidsmarkt[profile.arbeidsmarkt["waarde"] == -0.15]["regel"].tolist() == [499]
    # Left without: the first result of 2.1, which the text reader puts together in another order
    # (its text starts before its bullet, raw line 959), and the comparison table, which it does not read.
    without = profile.resultaten[profile.resultaten["regel"].isna()]
    assert without["werkproces_id"].tolist() == ["2.1"]
    assert profile.vergelijking["regel"].isna().all()
    # Every other row of the tables read from the text has its line.
    for name in ("kerntaken", "werkprocessen", "competenties", "kennis", "vaardigheden", "loopbaan", "arbeidsmarkt"):
        assert getattr(profile, name)["regel"].notna().all(), name
