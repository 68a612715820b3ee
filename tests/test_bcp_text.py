"""Tests for bcp_analysis.readers.bcp_text (the package as a whole): a profile read from its PDF text, each line placed.

Expected values come from reading the texts by hand: the bundled raw text
(data/raw/junior-accountmanager-2010.txt, line numbers as in ``cat -n``) and the fixtures
under tests/fixtures/extract/, which were written for these tests in the same layout.
"""

from pathlib import Path

import pytest

from bcp_analysis import load_profile
from bcp_analysis.app.cli import main
from bcp_analysis.errors import ProfileError
from bcp_analysis.paths import BUNDLED_RAW
from bcp_analysis.readers.bcp_text import Extraction, extract_file, extract_text, labour
from bcp_analysis.readers.bcp_text.report import ExtractionReport
from bcp_analysis.readers.yaml_profile import profile_from_dict
from bcp_analysis.readers.yaml_write import without_provenance

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
EVENEMENTEN = FIXTURES / "medewerker-evenementen.txt"
VARIANT = FIXTURES / "medewerker-evenementen-variant.txt"


@pytest.fixture(scope="module")
def bundled():
    return extract_file(BUNDLED_RAW)


@pytest.fixture(scope="module")
def curated(bundled_profile):
    return bundled_profile


def _werkprocessen(profile_dict):
    """The werkprocessen by id, their items as plain texts (provenance is tested in test_bcp_text_provenance)."""
    plain = without_provenance(profile_dict)
    return {wp["id"]: wp for kerntaak in plain["kerntaken"] for wp in kerntaak["werkprocessen"]}


def _validated(profile_dict):
    """The Profile of an extracted mapping, as ``read`` validates it."""
    return profile_from_dict(profile_dict)


def _raw_lines():
    return BUNDLED_RAW.read_text(encoding="utf-8").splitlines()


# --- the bundled text ------------------------------------------------------------------

def test_result_types(bundled):
    assert isinstance(bundled, Extraction) and isinstance(bundled.report, ExtractionReport)
    with pytest.raises(AttributeError):
        bundled.profile = {}  # frozen


def test_bundled_profile_validates(bundled):
    profile = _validated(bundled.profile)
    # 3 kerntaken (raw lines 628, 639, 650) with 4 + 4 + 7 = 15 werkprocessen (lines 631-665)
    assert profile.kerntaken["kerntaak_id"].tolist() == ["1", "2", "3"]
    assert len(profile.werkprocessen) == 15
    assert profile.titel == "Junior accountmanager"  # running footer "BCP Junior accountmanager"


def test_load_profile_reads_raw_text():
    profile = load_profile(BUNDLED_RAW)
    assert len(profile.werkprocessen) == 15
    assert profile.werkprocessen["werkproces_id"].iloc[-1] == "3.7"


# Competencies per werkproces, counted by hand in the raw text.
COMPETENCY_COUNTS = {
    "1.1": 4,   # lines 688-693, beside the description
    "1.2": 6,   # lines 755-766, "Ondernemend en commercieel" / "handelen"
    "1.3": 8,   # lines 799-813, beside the description, two names split over lines
    "1.4": 3,   # lines 869-871
    "2.1": 4,   # lines 950-955
    "2.2": 7,   # lines 1003-1016
    "2.3": 7,   # lines 1060-1062 beside the description, 1072-1077 after it
    "2.4": 6,   # lines 1111-1113 beside the description, 1122-1127 after it
    "3.1": 5,   # lines 1192-1198, no bullets
    "3.2": 7,   # lines 1254-1264, no bullets, "ven de klant richten"
    "3.3": 10,  # lines 1337-1357
    "3.4": 8,   # lines 1400-1409
    "3.5": 9,   # lines 1451-1460
    "3.6": 4,   # lines 1493-1496
    "3.7": 9,   # lines 1541-1558
}


def test_competency_counts_by_hand(bundled):
    found = {wp_id: len(wp["competenties"]) for wp_id, wp in _werkprocessen(bundled.profile).items()}
    assert found == COMPETENCY_COUNTS
    assert sum(COMPETENCY_COUNTS.values()) == 97


def test_competencies_beside_the_description(bundled):
    werkprocessen = _werkprocessen(bundled.profile)
    # 1.1: "- Samenwerken en overleggen" etc. at the ends of lines 688, 689, 691 ("| - Onderzoeken"), 693
    assert werkprocessen["1.1"]["competenties"] == [
        "Samenwerken en overleggen", "Analyseren", "Onderzoeken", "Bedrijfsmatig handelen"]
    # 1.3: names split over lines that both carry description text (807/808, 810/811)
    assert werkprocessen["1.3"]["competenties"] == [
        "Samenwerken en overleggen", "Formuleren en rapporteren", "Analyseren", "Creëren en innoveren",
        "Plannen en organiseren", "Op de behoeften en verwachtingen van de klant richten",
        "Ondernemend en commercieel handelen", "Bedrijfsmatig handelen"]
    # 2.4: "| . Ethisch en integer handelen" (line 1113) and the rest after the description
    assert werkprocessen["2.4"]["competenties"] == [
        "Beslissen en activiteiten initiëren", "Aandacht en begrip tonen", "Ethisch en integer handelen",
        "Relaties bouwen en netwerken", "Op de behoeften en verwachtingen van de klant richten",
        "Gedrevenheid en ambitie tonen"]
    # 3.2: "Op de behoeften en verwachtingen" / "ven de klant richten" (lines 1259-1260)
    assert "Op de behoeften en verwachtingen van de klant richten" in werkprocessen["3.2"]["competenties"]
    # 3.5: "| - Overtuigen en beinvioeden" (line 1453)
    assert "Overtuigen en beïnvloeden" in werkprocessen["3.5"]["competenties"]


def test_descriptions_put_back_together(bundled):
    werkprocessen = _werkprocessen(bundled.profile)
    # line 688: "en brancheontwikkelingen. Hij volgt, signaleert, initieert en - Samenwerken en overleggen"
    assert ("product- en brancheontwikkelingen. Hij volgt, signaleert, initieert en analyseert deze "
            "ontwikkelingen" in werkprocessen["1.1"]["beschrijving"])
    # line 1058: "... een klacht van Competenties:" and line 1060 "een account. ..."
    assert "via de telefoon een klacht van een account. Hij neemt" in werkprocessen["2.3"]["beschrijving"]
    # 1.2 ends after the page break: "zijn individueel" (748) + "verkoopplan uit. |" (769)
    assert werkprocessen["1.2"]["beschrijving"].endswith("Hij werkt in opdracht zijn individueel verkoopplan uit.")
    # 3.6: the cut title's rest "ordertraject in gang" is taken off line 1488
    assert werkprocessen["3.6"]["beschrijving"].startswith(
        "De junior accountmanager zorgt ervoor dat, na de onderhandeling en instemming")
    for werkproces in werkprocessen.values():
        assert "Competenties" not in werkproces["beschrijving"]
        assert "|" not in werkproces["beschrijving"]
        assert not any(name in werkproces["beschrijving"] for name in
                       ("Samenwerken en overleggen", "Plannen en organiseren", "Ethisch en integer"))


def test_cut_titles_completed_from_the_overview(bundled):
    werkprocessen = _werkprocessen(bundled.profile)
    # "1.2 Stelt een individueel verkoopplan" / "op" (lines 750-751)
    assert werkprocessen["1.2"]["titel"] == "Stelt een individueel verkoopplan op"
    # "1.4 Bewaakt de voortgang van" (863), rest at the end of line 865
    assert werkprocessen["1.4"]["titel"] == "Bewaakt de voortgang van verkoop- en accountplannen"
    # "3.6 Sluit de verkoop af en zet het" (1487), rest at the end of line 1488
    assert werkprocessen["3.6"]["titel"] == "Sluit de verkoop af en zet het ordertraject in gang"


# Where the curated YAML knowingly differs from what the text says, field by field:
# (table, werkproces, index of the item). The curated profile's comments explain each.
KNOWN_DIFFERENCES = {
    # Raw lines 959-961: the end of the first result stands before its bulleted start; the
    # extractor moves it behind the first item, the curator also added "heeft".
    ("resultaten", "2.1", 0),
}


def test_bundled_matches_curated_profile(bundled, curated):
    extracted = _validated(bundled.profile)
    assert extracted.werkprocessen[["werkproces_id", "kerntaak_id", "titel"]].equals(
        curated.werkprocessen[["werkproces_id", "kerntaak_id", "titel"]])
    differences = set()
    for table in ("competenties", "resultaten", "kennis", "vaardigheden"):
        column = "competentie" if table == "competenties" else "item"
        mine, theirs = getattr(extracted, table), getattr(curated, table)
        for werkproces_id in curated.werkprocessen["werkproces_id"]:
            got = mine.loc[mine["werkproces_id"] == werkproces_id, column].tolist()
            want = theirs.loc[theirs["werkproces_id"] == werkproces_id, column].tolist()
            assert len(got) == len(want), (table, werkproces_id)
            differences |= {(table, werkproces_id, index) for index, (a, b) in enumerate(zip(got, want)) if a != b}
    assert differences == KNOWN_DIFFERENCES
    got = extracted.resultaten.loc[extracted.resultaten["werkproces_id"] == "2.1", "item"].iloc[0]
    assert got == ("De junior accountmanager binnen de mogelijkheden en richtlijnen van de organisatie de "
                   "account op correcte wijze geïnformeerd en/of geadviseerd.")


def test_bundled_texts_match_curated_profile(bundled, curated):
    extracted = _validated(bundled.profile)

    def words(text):
        return " ".join(text.split())

    # Descriptions word for word; paragraphs may differ (the curator split 3.5 at a line
    # without a blank line before it, raw line 1456).
    for mine, theirs in zip(extracted.werkprocessen.itertuples(), curated.werkprocessen.itertuples()):
        assert words(mine.beschrijving) == words(theirs.beschrijving), mine.werkproces_id
    assert extracted.kerntaken[["kerntaak_id", "titel", "toelichting"]].equals(
        curated.kerntaken[["kerntaak_id", "titel", "toelichting"]])
    assert extracted.functiebenamingen.equals(curated.functiebenamingen)   # raw lines 245-246
    assert extracted.beroepshouding.equals(curated.beroepshouding)         # raw lines 266-288, 11 bullets
    for key in ("titel", "ontwikkeld_door", "in_opdracht_van", "geaccordeerd_door", "geaccordeerd_op",
                "vastgesteld_door", "vastgesteld_op", "plaats"):
        assert extracted.meta[key] == curated.meta[key], key


def test_every_bundled_line_accounted_for(bundled):
    raw = _raw_lines()
    per_line = bundled.report.per_line()
    assert set(per_line["regel"]) == {number for number, line in enumerate(raw, start=1) if line.strip()}
    # Not placed: exactly the lines of §1.3's comparison table (raw lines 441-477, every non-blank line),
    # whose two kenmerk columns run through each other on the same lines; the career columns above it
    # (406-435) are read (tests/test_bcp_text_career.py).
    expected = [441, 442, 443, 445, 447, 448, 450, 451, 453, 455, 456, 458, 460, 461, 462, 464, 465, 466,
                468, 470, 472, 473, 475, 477]
    assert [number for number, _ in bundled.report.unplaced] == expected
    assert bundled.report.unplaced[0] == (441, raw[440].strip())
    counts = bundled.report.counts()
    assert counts["niet geplaatst"] == len(expected)
    assert sum(counts[kind] for kind in ("profiel", "ruis", "overgeslagen", "niet geplaatst")) == counts["totaal"]


def test_bundled_noise(bundled):
    per_line = bundled.report.per_line().set_index("regel")
    # page numbers 604 ("12"), 667 ("13"), 1439 ("23") and the chart's arrows read as "1"
    # (410, 414, 418, 427, 429); running footers "BCP Junior accountmanager" (479, 548, 602, 768, 1440)
    for number in (604, 667, 1439, 410, 414, 418, 427, 429):
        assert per_line.loc[number, "plaats"] == "paginanummer"
    for number in (479, 548, 602, 768, 1440):
        assert per_line.loc[number, "plaats"] == "voettekst"
    for number in (681, 701, 703, 719, 753, 906):  # Beschrijving werkproces, Vakkennis, Kennis van, ...
        assert (per_line.loc[number, "soort"], per_line.loc[number, "plaats"]) == ("ruis", "kop")
    assert per_line.loc[1253 + 1, "soort"] == "profiel"  # "Beslissen en activiteiten initiéren" (3.2)
    text = bundled.report.format()
    assert "herkend als ruis" in text and "paginanummer 8" in text and "voettekst 5" in text


def test_bundled_found_table(bundled):
    found = bundled.report.found
    assert list(found.columns) == ["werkproces_id", "onderdeel", "aantal"]
    rows = found[found["werkproces_id"] == "1.1"].set_index("onderdeel")["aantal"].to_dict()
    # 1.1: 4 competencies, 1 result (697-699), 7 kennis (705-717), 5 vaardigheden (721-728)
    assert {key: rows[key] for key in ("competenties", "resultaten", "kennis", "vaardigheden")} == {
        "competenties": 4, "resultaten": 1, "kennis": 7, "vaardigheden": 5}
    overall = found[found["werkproces_id"] == ""].set_index("onderdeel")["aantal"]
    assert overall["kerntaken"] == 3 and overall["werkprocessen"] == 15
    assert overall["functiebenamingen"] == 2 and overall["beroepshouding"] == 11


def test_bundled_warnings(bundled):
    warnings = bundled.report.warnings
    # the overview says "3.4 Breng de offerte uit" (line 659), the heading "Brengt" (line 1397)
    assert any("3.4" in warning and "Breng de offerte uit" in warning for warning in warnings)
    # the result of 2.1 that starts before its bullet (line 959)
    assert any("2.1" in warning and "959" in warning for warning in warnings)
    # §1.3: the comparison table (441-477) is not read; the levels of the 4 Accountmanagement positions
    # (408, 412, 416, 419) come from the level column beside the Salesmanagement column
    assert any("vergelijking (regel 441-477)" in warning for warning in warnings)
    assert sum("niveaukolom" in warning for warning in warnings) == 4
    # until the figure reader is merged, the reader says it could not read §1.4's figures
    assert len(warnings) == (7 if labour.read_figures is not None else 8)


def test_extraction_is_deterministic(bundled):
    again = extract_file(BUNDLED_RAW)
    assert again.profile == bundled.profile
    assert again.report.unplaced == bundled.report.unplaced
    assert again.report.format() == bundled.report.format()


def test_format_is_dutch_and_names_unplaced_lines(bundled):
    text = bundled.report.format()
    assert text.startswith(f"Extractie van {BUNDLED_RAW}")
    assert "Niet geplaatst (24)" in text
    assert "regel 442: Junior accountmanager Commercieel medewerker" in text
    assert f"Waarschuwingen ({len(bundled.report.warnings)})" in text


# --- a profile of another occupation, written for these tests ---------------------------

# tests/fixtures/extract/medewerker-evenementen.txt: 2 kerntaken, 5 werkprocessen.
EVENEMENTEN_COMPETENCIES = {
    # beside the description, with "|", "-" and "•" as separators; one name split over two lines
    "1.1": ["Aandacht en begrip tonen", "Op de behoeften en verwachtingen van de klant richten",
            "Formuleren en rapporteren", "Analyseren"],
    # without bullets, "Materialen en middelen" / "inzetten", a page footer inside the list
    "1.2": ["Plannen en organiseren", "Materialen en middelen inzetten", "Kwaliteit leveren",
            "Instructies en procedures opvolgen"],
    # "beinvioeden"; "Ondernemend en commercieel" / "... projectleider. handelen"
    "1.3": ["Relaties bouwen en netwerken", "Overtuigen en beïnvloeden", "Bedrijfsmatig handelen",
            "Ondernemend en commercieel handelen", "Samenwerken en overleggen"],
    "2.1": ["Aansturen", "Met druk en tegenslag omgaan", "Materialen en middelen inzetten",
            "Samenwerken en overleggen"],
    # "«" and "»" as separators; "Leren" beside prose that itself says "leren" and "presenteren"
    "2.2": ["Onderzoeken", "Leren", "Presenteren", "Creëren en innoveren"],
}


@pytest.fixture(scope="module")
def evenementen():
    return extract_file(EVENEMENTEN)


def test_other_occupation_structure(evenementen):
    profile = _validated(evenementen.profile)
    assert profile.titel == "Medewerker evenementen"
    assert profile.kerntaken["titel"].tolist() == ["Bereidt evenementen voor", "Voert evenementen uit en evalueert ze"]
    assert profile.werkprocessen["werkproces_id"].tolist() == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    # the title "1.1 Inventariseert de wensen van de" is cut; its rest ends the next line
    assert profile.werkprocessen["titel"].iloc[0] == "Inventariseert de wensen van de opdrachtgever"


def test_other_occupation_competencies(evenementen):
    found = {wp_id: wp["competenties"] for wp_id, wp in _werkprocessen(evenementen.profile).items()}
    assert found == EVENEMENTEN_COMPETENCIES


def test_other_occupation_descriptions(evenementen):
    werkprocessen = _werkprocessen(evenementen.profile)
    assert werkprocessen["1.1"]["beschrijving"] == (
        "De medewerker evenementen voert een intakegesprek met de opdrachtgever en legt vast wat het doel, de "
        "doelgroep en het budget van het evenement zijn. Hij vraagt door waar de wensen onduidelijk zijn. Hij wil "
        "leren van eerdere evenementen en analyseert de wensen samen met de opdrachtgever. Hij legt de afspraken "
        "vast in een verslag.")
    assert werkprocessen["1.2"]["beschrijving"].endswith(
        "Het presenteren van het draaiboek aan de opdrachtgever doet hij samen met de projectleider.")
    assert werkprocessen["2.2"]["beschrijving"] == (
        "De medewerker evenementen evalueert het evenement met de opdrachtgever. Hij analyseert de reacties van "
        "bezoekers en wil zelf leren van wat beter kan. Ook het presenteren van de uitkomsten aan het team hoort "
        "bij zijn werk.")


def test_other_occupation_lists(evenementen):
    werkprocessen = _werkprocessen(evenementen.profile)
    # "o", "➢", "—", "*", "+" and "e" as bullets; items cut over lines and over a page break
    assert werkprocessen["1.1"]["resultaten"] == [
        "Een verslag van het intakegesprek met doel, doelgroep en budget van het evenement"]
    assert werkprocessen["1.2"]["kennis"] == ["Opbouw van een draaiboek", "Veiligheidsvoorschriften voor evenementen"]
    assert werkprocessen["1.3"]["resultaten"] == ["Leveranciers en locatie zijn vastgelegd in getekende contracten."]
    assert werkprocessen["2.1"]["kennis"] == [
        "Opbouwtechniek", "Veiligheidsvoorschriften voor evenementen", "Materiaalbeheer"]
    assert werkprocessen["2.1"]["resultaten"] == [
        "De locatie is op tijd opgebouwd en na afloop opgeleverd zoals afgesproken.",
        "Er zijn geen ongelukken gebeurd."]
    assert werkprocessen["2.2"]["vaardigheden"] == ["Rapporteren"]


def test_other_occupation_front_sections(evenementen):
    profile = evenementen.profile
    assert profile["functiebenamingen"] == ["Evenementenassistent", "Medewerker eventbureau"]
    assert profile["beroepshouding"] == [
        "stressbestendig zijn", "gastvrij zijn en zich kunnen inleven in bezoekers", "nauwkeurig werken"]
    assert profile["beschrijving"] == {
        "werkomgeving": "De medewerker evenementen werkt bij een eventbureau of bij een evenementenlocatie."}
    assert profile["meta"] == {
        "titel": "Medewerker evenementen",
        "ontwikkeld_door": "Kenniscentrum Evenementen, afdeling Beroepsprofielen",
        "vastgesteld_door": "Sectorraad Vrije tijd",
        "vastgesteld_op": "2012-03-14",
        "plaats": "Utrecht",
    }
    assert profile["kerntaken"][0]["toelichting"] == (
        "De medewerker evenementen werkt onder verantwoordelijkheid van een projectleider.")


def test_other_occupation_unplaced_are_the_planted_junk(evenementen):
    assert evenementen.report.unplaced == [
        (66, "zzz losse kladregel in het overzicht"),     # in the overview, under the werkprocessen
        (130, "KLADBLOK 42 ## niet plaatsen"),            # between "Vakkennis ..." and "Kennis van:"
        (177, "Dit is een losse notitie zonder plaats"),  # between "Werkprocessen bij kerntaak 2" and 2.1
    ]
    assert evenementen.report.warnings == []


def test_other_occupation_every_line_accounted_for(evenementen):
    lines = EVENEMENTEN.read_text(encoding="utf-8").splitlines()
    per_line = evenementen.report.per_line().set_index("regel")
    assert set(per_line.index) == {number for number, line in enumerate(lines, start=1) if line.strip()}
    # "BCP Medewerker evenementen" three times, page numbers 7, 8, 9, 10
    assert (per_line["plaats"] == "voettekst").sum() == 3
    assert (per_line["plaats"] == "paginanummer").sum() == 4
    # Voorwoord (lines 1-2) and the "Colofon" heading (3) are front matter, not profile text
    assert per_line.loc[[1, 2, 3], "plaats"].tolist() == ["voorwerk"] * 3


def test_load_profile_reads_other_occupation():
    profile = load_profile(EVENEMENTEN)
    assert len(profile.competenties) == 21  # 4 + 4 + 5 + 4 + 4


# --- a variant: a werkproces removed, one added, and things that look wrong ----------------

@pytest.fixture(scope="module")
def variant():
    return extract_file(VARIANT)


def test_variant_werkprocessen(variant):
    werkprocessen = _werkprocessen(variant.profile)
    # 1.3 is in the overview but its description was removed; 2.3 was added without overview entry
    assert list(werkprocessen) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert "competenties" not in werkprocessen["2.3"]
    assert werkprocessen["2.3"]["kennis"] == ["Administratieve procedures"]   # "◦" bullets
    # "Beslissen en activiteiten" / "initiéren" split over two lines beside the description
    assert werkprocessen["2.2"]["competenties"] == [
        "Beslissen en activiteiten initiëren", "Onderzoeken", "Leren", "Presenteren", "Creëren en innoveren"]
    assert "bespreekt hij eerst intern, en daarna met de opdrachtgever" in werkprocessen["2.2"]["beschrijving"]
    # "- Klantgericht werken" is none of the 25; the prose beside it still is description
    assert werkprocessen["2.1"]["competenties"] == [
        "Aansturen", "Met druk en tegenslag omgaan", "Materialen en middelen inzetten", "Samenwerken en overleggen"]
    assert werkprocessen["2.1"]["beschrijving"].endswith("Hij let op de veiligheid van de ploeg.")
    assert werkprocessen["2.1"]["vaardigheden"] == ["Leidinggeven aan een ploeg"]


def test_variant_warnings(variant):
    warnings = variant.report.warnings
    expected = [
        ("2.1", "onbekend kopje 'Houding:'"),
        ("1.3", "staat in het overzicht maar heeft geen beschrijving"),
        ("2.3", "staat niet in het overzicht"),
        ("2.3", "heeft geen competenties"),
    ]
    assert len(warnings) == len(expected)
    for parts in expected:
        assert any(all(part in warning for part in parts) for warning in warnings), parts


def test_variant_unplaced_are_the_planted_junk(variant):
    assert variant.report.unplaced == [
        (66, "zzz losse kladregel in het overzicht"),
        (130, "KLADBLOK 42 ## niet plaatsen"),
        (153, "Dit is een losse notitie zonder plaats"),
        (161, "Klantgericht werken"),            # only the fragment; the prose of that line is placed
        (188, "Houding:"),                       # unknown heading and the item under it
        (190, "■ Rustig blijven onder druk"),
    ]
    assert variant.report.per_line().set_index("regel").loc[161, "soort"] == "niet geplaatst"


def test_variant_unknown_competency_is_an_error_with_its_line(variant):
    # line 161: "... | - Klantgericht werken" beside the description of 2.1: none of the 25
    assert variant.report.unknown_competencies == [(161, "2.1", "Klantgericht werken")]
    [(place, problem, fix)] = variant.report.problems()
    assert place == "werkproces 2.1 (regel 161)"
    assert "'Klantgericht werken'" in problem and "competentiemodel.yaml" in fix
    # inside werkprocessen: the junk between "Vakkennis ..." and "Kennis van:" of 1.2, the unknown name and
    # the unknown heading "Houding:" with its item in 2.1; outside: the overview's junk and the note under
    # "Werkprocessen bij kerntaak 2"
    assert variant.report.unplaced_in_werkprocessen() == [
        (130, "1.2", "KLADBLOK 42 ## niet plaatsen"), (161, "2.1", "Klantgericht werken"), (188, "2.1", "Houding:"),
        (190, "2.1", "■ Rustig blijven onder druk")]
    assert [number for number, _ in variant.report.unplaced_elsewhere()] == [66, 153]
    with pytest.raises(ProfileError) as error:
        load_profile(VARIANT)
    assert "regel 161" in str(error.value) and "Klantgericht werken" in str(error.value)


def test_variant_without_competencies_does_not_load():
    with pytest.raises(ProfileError) as error:
        load_profile(VARIANT)
    assert "competenties" in str(error.value) and str(VARIANT) in str(error.value)


# --- small texts: the rules one at a time ----------------------------------------------

def _one_werkproces(description_lines, footer=True):
    lines = ["Kerntaak 1 Doet iets", "Beschrijving werkproces: 1.1 Doet het werk", *description_lines,
             "Resultaat:", "- Het werk is gedaan", "Kennis van:", "- Het vak", "Vaardigheden:", "- Werken"]
    if footer:
        lines += ["BCP Testberoep", "4", "BCP Testberoep"]
    return extract_text("\n".join(lines), source="test.txt")


def test_prose_words_are_not_competencies():
    extraction = _one_werkproces([
        "Hij wil leren van zijn fouten. | Competenties:",
        "Hij analyseert de cijfers en - Analyseren",
        "moet kunnen presenteren",
        "Leren",
    ])
    werkproces = without_provenance(extraction.profile)["kerntaken"][0]["werkprocessen"][0]
    # "leren", "analyseert", "presenteren" in prose stay prose; "Leren" alone on its line is the competency
    assert werkproces["competenties"] == ["Analyseren", "Leren"]
    assert werkproces["beschrijving"] == (
        "Hij wil leren van zijn fouten. Hij analyseert de cijfers en moet kunnen presenteren")


def test_first_part_without_its_rest_is_completed_with_a_warning():
    extraction = _one_werkproces([
        "Competenties:",
        "- Ondernemend en commercieel",
        "- Bedrijfsmatig handelen",       # ends like a name's rest, but is a name of its own
    ])
    werkproces = without_provenance(extraction.profile)["kerntaken"][0]["werkprocessen"][0]
    assert werkproces["competenties"] == ["Ondernemend en commercieel handelen", "Bedrijfsmatig handelen"]
    assert any("onvolledig" in warning for warning in extraction.report.warnings)


def test_misread_names_are_recognised():
    extraction = _one_werkproces([
        "Competenties:",
        "- Beslissen en activiteiten initiéren",
        "* Op de behoeften en verwachtingen",
        "ven de klant richten",
        "» Overtuigen en beinvioeden",
    ])
    assert without_provenance(extraction.profile)["kerntaken"][0]["werkprocessen"][0]["competenties"] == [
        "Beslissen en activiteiten initiëren", "Op de behoeften en verwachtingen van de klant richten",
        "Overtuigen en beïnvloeden"]


def test_werkproces_without_competencies_warns():
    extraction = _one_werkproces(["Hij doet het werk."])
    assert "competenties" not in without_provenance(extraction.profile)["kerntaken"][0]["werkprocessen"][0]
    assert extraction.report.warnings == ["werkproces 1.1 heeft geen competenties"]


def test_title_from_file_name_without_footer():
    extraction = _one_werkproces(["Competenties:", "- Leren"], footer=False)
    assert extraction.profile["meta"]["titel"] == "test"
    assert any("voettekst" in warning for warning in extraction.report.warnings)


def test_text_without_profile_is_refused():
    with pytest.raises(ProfileError) as error:
        extract_text("Boodschappen\n\n- brood\n- kaas\n", source="lijst.txt")
    message = str(error.value)
    assert message.startswith("lijst.txt: ") and "Kerntaak" in message and "Oplossing" in message


def test_kerntaak_without_werkproces_descriptions_is_refused():
    with pytest.raises(ProfileError, match="Beschrijving werkproces"):
        extract_text("Kerntaak 1\nDoet iets\n\n1.1 Doet het werk\n", source="overzicht.txt")


@pytest.mark.parametrize(("content", "problem"), [
    (None, "bestaat niet"),
    (b"  \n\n", "leeg"),
    (b"Kerntaak 1 caf\xe9\n", "UTF-8"),
])
def test_extract_file_unreadable(tmp_path, content, problem):
    path = tmp_path / "profiel.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ProfileError, match=problem) as error:
        extract_file(path)
    assert str(path) in str(error.value)


# --- the command line --------------------------------------------------------------------

def test_cli_extract_writes_profile(tmp_path, capsys):
    out = tmp_path / "profiel.yaml"
    assert main(["extract", str(EVENEMENTEN), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Extractie van" in printed and "regel 66: zzz losse kladregel in het overzicht" in printed
    assert f"geschreven: {out}" in printed
    profile = load_profile(out)
    assert profile.werkprocessen["werkproces_id"].tolist() == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert len(profile.competenties) == 21


def test_cli_extract_refuses_text_without_profile(tmp_path, capsys):
    raw = tmp_path / "lijst.txt"
    raw.write_text("Boodschappen\n- brood\n", encoding="utf-8")
    out = tmp_path / "profiel.yaml"
    assert main(["extract", str(raw), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("Fout: ") and str(raw) in captured.err and "Kerntaak" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [raw]   # no half-written or temporary file either


def _small_profile(*head):
    return "\n".join([*head, "", "Kerntaak 1 Bereidt evenementen voor",
                      "Beschrijving werkproces: 1.1 Stelt een draaiboek op",
                      "Hij werkt de wensen uit in een draai-", "boek en plant de opbouw. | Competenties:",
                      "- Plannen en organiseren", "Resultaat:", "- Een draaiboek", "Kennis van:",
                      "- Veiligheidsvoorschriften", "Vaardigheden:", "- Plannen"])


def test_the_title_page_names_the_occupation_when_no_footer_does():
    extraction = extract_text(_small_profile("Beroepscompetentieprofiel", "Medewerker evenementen"))
    assert extraction.profile["meta"]["titel"] == "Medewerker evenementen"
    assert not [warning for warning in extraction.report.warnings if "voettekst" in warning]


def test_a_word_broken_by_hand_is_joined_as_the_document_writes_it():
    # "draai-" / "boek": the document writes "draaiboek" in the Resultaat ("- Een draaiboek")
    werkproces = extract_text(_small_profile()).profile["kerntaken"][0]["werkprocessen"][0]
    assert werkproces["beschrijving"] == "Hij werkt de wensen uit in een draaiboek en plant de opbouw."
