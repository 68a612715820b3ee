"""Tests for bcp_analysis.readers.yaml_profile: the bundled profile as tables, validation, round trip.

Expected values are counted by hand from data/raw/junior-accountmanager-2010.txt
(line numbers of that file in the comments). Lines named in error messages are found in the
text the test itself writes.
"""

import copy

import pandas as pd
import pytest
import yaml

from bcp_analysis import ProfileError, load_profile
from bcp_analysis.model.profile import TABLES
from bcp_analysis.paths import BUNDLED_PROFILE
from bcp_analysis.readers.yaml_profile import profile_from_dict, read_profile_file, write_profile
from bcp_analysis.readers.yaml_write import without_provenance

# Competencies per werkproces, as listed under "Competenties:" in chapter 3 of the raw text.
COMPETENTIES = {
    "1.1": ["Samenwerken en overleggen", "Analyseren", "Onderzoeken", "Bedrijfsmatig handelen"],  # 686-693
    "1.2": ["Samenwerken en overleggen", "Formuleren en rapporteren", "Analyseren", "Creëren en innoveren",
            "Plannen en organiseren", "Ondernemend en commercieel handelen"],  # 753-766
    "1.3": ["Samenwerken en overleggen", "Formuleren en rapporteren", "Analyseren", "Creëren en innoveren",
            "Plannen en organiseren", "Op de behoeften en verwachtingen van de klant richten",
            "Ondernemend en commercieel handelen", "Bedrijfsmatig handelen"],  # 797-813
    "1.4": ["Beslissen en activiteiten initiëren", "Samenwerken en overleggen", "Plannen en organiseren"],  # 867-871
    "2.1": ["Beslissen en activiteiten initiëren", "Aandacht en begrip tonen", "Ethisch en integer handelen",
            "Plannen en organiseren"],  # 948-955
    "2.2": ["Beslissen en activiteiten initiëren", "Aandacht en begrip tonen", "Ethisch en integer handelen",
            "Analyseren", "Creëren en innoveren", "Plannen en organiseren",
            "Op de behoeften en verwachtingen van de klant richten"],  # 1001-1016
    "2.3": ["Aandacht en begrip tonen", "Samenwerken en overleggen", "Ethisch en integer handelen", "Analyseren",
            "Op de behoeften en verwachtingen van de klant richten", "Instructies en procedures opvolgen",
            "Met druk en tegenslag omgaan"],  # 1058-1077
    "2.4": ["Beslissen en activiteiten initiëren", "Aandacht en begrip tonen", "Ethisch en integer handelen",
            "Relaties bouwen en netwerken", "Op de behoeften en verwachtingen van de klant richten",
            "Gedrevenheid en ambitie tonen"],  # 1109-1127
    "3.1": ["Beslissen en activiteiten initiëren", "Samenwerken en overleggen", "Analyseren", "Onderzoeken",
            "Plannen en organiseren"],  # 1190-1198
    "3.2": ["Beslissen en activiteiten initiëren", "Ethisch en integer handelen", "Overtuigen en beïnvloeden",
            "Presenteren", "Op de behoeften en verwachtingen van de klant richten", "Met druk en tegenslag omgaan",
            "Ondernemend en commercieel handelen"],  # 1252-1264
    "3.3": ["Begeleiden", "Aandacht en begrip tonen", "Ethisch en integer handelen", "Overtuigen en beïnvloeden",
            "Presenteren", "Vakdeskundigheid toepassen", "Materialen en middelen inzetten",
            "Op de behoeften en verwachtingen van de klant richten", "Gedrevenheid en ambitie tonen",
            "Ondernemend en commercieel handelen"],  # 1335-1357
    "3.4": ["Samenwerken en overleggen", "Ethisch en integer handelen", "Presenteren", "Formuleren en rapporteren",
            "Op de behoeften en verwachtingen van de klant richten", "Instructies en procedures opvolgen",
            "Ondernemend en commercieel handelen", "Bedrijfsmatig handelen"],  # 1399-1409
    "3.5": ["Beslissen en activiteiten initiëren", "Ethisch en integer handelen", "Overtuigen en beïnvloeden",
            "Vakdeskundigheid toepassen", "Analyseren", "Instructies en procedures opvolgen",
            "Met druk en tegenslag omgaan", "Ondernemend en commercieel handelen",
            "Bedrijfsmatig handelen"],  # 1450-1460
    "3.6": ["Beslissen en activiteiten initiëren", "Ethisch en integer handelen", "Formuleren en rapporteren",
            "Met druk en tegenslag omgaan"],  # 1491-1496
    "3.7": ["Begeleiden", "Aandacht en begrip tonen", "Ethisch en integer handelen", "Relaties bouwen en netwerken",
            "Plannen en organiseren", "Op de behoeften en verwachtingen van de klant richten", "Kwaliteit leveren",
            "Instructies en procedures opvolgen", "Ondernemend en commercieel handelen"],  # 1540-1558
}

# Bullets under "Kennis van" per werkproces, items cut over lines counted once.
KENNIS = {"1.1": 7, "1.2": 4, "1.3": 11, "1.4": 3, "2.1": 2, "2.2": 3, "2.3": 5, "2.4": 3,
          "3.1": 5, "3.2": 4, "3.3": 9, "3.4": 9, "3.5": 2, "3.6": 4, "3.7": 3}
# Bullets under "Vaardigheden:" per werkproces.
VAARDIGHEDEN = {"1.1": 5, "1.2": 3, "1.3": 3, "1.4": 4, "2.1": 5, "2.2": 5, "2.3": 4, "2.4": 5,
                "3.1": 5, "3.2": 5, "3.3": 4, "3.4": 4, "3.5": 4, "3.6": 6, "3.7": 3}
# Bullets under "Resultaat:" per werkproces.
RESULTATEN = {"1.1": 1, "1.2": 2, "1.3": 2, "1.4": 2, "2.1": 3, "2.2": 3, "2.3": 1, "2.4": 2,
              "3.1": 3, "3.2": 4, "3.3": 2, "3.4": 1, "3.5": 2, "3.6": 3, "3.7": 2}


@pytest.fixture(scope="module")
def profile(bundled_profile):
    return bundled_profile


@pytest.fixture()
def bundled_data():
    return copy.deepcopy(read_profile_file(BUNDLED_PROFILE))


def test_kerntaken_and_werkprocessen(profile):
    # Chapter 2 overview, lines 628-665: three kerntaken, 4 + 4 + 7 werkprocessen.
    assert profile.kerntaken["kerntaak_id"].tolist() == ["1", "2", "3"]
    assert profile.kerntaken["titel"].tolist() == [
        "Stelt verkoop- en accountplannen op en bewaakt de voortgang ervan",
        "Beheert accounts",
        "Voert het verkoopproces uit",
    ]
    assert profile.werkprocessen["werkproces_id"].tolist() == list(COMPETENTIES)
    assert profile.werkprocessen.groupby("kerntaak_id").size().to_dict() == {"1": 4, "2": 4, "3": 7}
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    assert titles["1.2"] == "Stelt een individueel verkoopplan op"  # split over lines 750-751
    assert titles["3.6"] == "Sluit de verkoop af en zet het ordertraject in gang"  # split over 1487-1488


def test_ids_are_strings(profile):
    for table in (profile.werkprocessen, profile.competenties, profile.kennis):
        assert all(isinstance(value, str) for value in table["werkproces_id"])


def test_competencies_per_werkproces(profile):
    found = profile.competenties.groupby("werkproces_id", sort=False)["competentie"].agg(list).to_dict()
    assert found == COMPETENTIES
    assert len(profile.competenties) == 97  # 21 + 24 + 52 links


@pytest.mark.parametrize(("table", "expected"), [
    ("kennis", KENNIS), ("vaardigheden", VAARDIGHEDEN), ("resultaten", RESULTATEN)])
def test_items_per_werkproces(profile, table, expected):
    counts = getattr(profile, table).groupby("werkproces_id", sort=False).size().to_dict()
    assert counts == expected


def test_items_are_whole_and_corrected(profile):
    kennis = profile.kennis["item"].tolist()
    # line 845 and 892: corrected misreads, items cut over lines joined (1093-1094).
    assert "Kengetallen liquiditeit, solvabiliteit, rentabiliteit en toegevoegde waarde" in kennis
    assert "Aspecten van leidinggeven zonder hiërarchische verantwoordelijkheid" in kennis
    assert "Aspecten van voortgangsbewaking" in kennis  # "voortgangshewaking", line 895
    assert "Bedrijfseconomische begrippen" in kennis  # "Bedrijffseconomische", line 841
    assert ("Wet- en regelgeving en organisatiespecifieke afspraken en protocollen ten aanzien van "
            "klachtafhandeling") in kennis
    resultaten = profile.resultaten["item"].tolist()
    assert "Er is vertrouwen tussen de account en de junior accountmanager" in resultaten  # "Eris", line 964
    everything = " ".join(pd.concat([profile.kennis["item"], profile.vaardigheden["item"],
                                     profile.resultaten["item"], profile.werkprocessen["beschrijving"]]))
    for noise in ("BCP Junior accountmanager", "initiéren", "iéle", "Eris ", "•", "«", "»"):
        assert noise not in everything


def test_other_sections(profile):
    assert profile.functiebenamingen["functiebenaming"].tolist() == ["Sales representative", "Relatiebeheerder"]
    assert len(profile.beroepshouding) == 11  # bullets at lines 266-288
    assert "potentiële klanten enthousiast kunnen maken voor een product en/of dienst" in \
        profile.beroepshouding["item"].tolist()
    assert profile.meta["vastgesteld_op"] == "2010-09-30"
    assert profile.meta["geaccordeerd_op"] == "2010-09-27"
    assert set(profile.loopbaan["kolom"]) == {"Accountmanagement", "Salesmanagement"}
    assert len(profile.loopbaan) == 8  # four positions per column, lines 404-435
    assert profile.vergelijking["aspect"].nunique() == 9  # aspects at lines 445-477
    assert profile.vergelijking["beroep"].nunique() == 2


def test_labour_market_figures(profile):
    figures = profile.arbeidsmarkt
    assert figures["soort"].isin(["waargenomen", "prognose"]).all()

    def value(indicator, scope, periode):
        rows = figures[(figures["indicator"] == indicator) & (figures["scope"] == scope)
                       & (figures["periode"] == periode)]
        assert len(rows) == 1, (indicator, scope, periode)
        return rows.iloc[0]

    # lines 498-503: employment 2009-2014, forecasts
    assert value("werkgelegenheidsontwikkeling", "Nederland", "2009-2014")["waarde"] == -0.3
    assert value("werkgelegenheidsontwikkeling", "ECABO-domein, richting Commercieel", "2009-2014")["waarde"] == -0.5
    assert value("werkgelegenheidsontwikkeling", "ECABO-domein", "2009-2014")["waarde"] == -0.15
    assert value("werkgelegenheidsontwikkeling", "ECABO-domein", "2009-2014")["soort"] == "prognose"
    # lines 507-509: shares of vacancies 2009, observed
    assert value("aandeel vacatures", "ECABO-domein, richting Commercieel", "2009")["waarde"] == 26.5
    assert value("aandeel vacatures", "ECABO-domein, richting ICT", "2009")["waarde"] == 19.3
    # lines 527-530: mbo vacancies 133.400 in 2009 (observed), 193.000 in 2014 (forecast)
    observed = value("vacatures", "ECABO-domein, mbo-niveau", "2009")
    assert (observed["waarde"], observed["soort"]) == (133400.0, "waargenomen")
    forecast = value("vacatures", "ECABO-domein, mbo-niveau", "2014")
    assert (forecast["waarde"], forecast["soort"]) == (193000.0, "prognose")
    assert value("vervangingsvraag", "Nederland", "2014")["waarde"] == 1043000.0  # line 523
    # lines 507-514: the rank orders on hbo and mbo level
    assert value("rangorde vacatures", "ECABO-domein, mbo-niveau, richting Secretarieel", "2009")["waarde"] == 1
    # 3 employment + 3 shares + 6 ranks + replacement demand + growth + 2 vacancy counts
    assert len(figures) == 16
    assert all(bron.startswith("CBS, CPB, Jobfeed, UWV WERKbedrijf") for bron in figures["bron"])  # 532-534


def test_round_trip_loses_nothing(profile, tmp_path):
    path = write_profile(profile, tmp_path / "terug.yaml")
    again = load_profile(path)
    assert again.meta == profile.meta
    for name, table in profile.tables().items():
        pd.testing.assert_frame_equal(getattr(again, name), table, obj=name)
    text = path.read_text(encoding="utf-8")
    assert "Overtuigen en beïnvloeden" in text and "Creëren en innoveren" in text
    assert '"1.1"' in text or "'1.1'" in text


def test_write_profile_is_deterministic(profile, tmp_path):
    first = write_profile(profile, tmp_path / "a.yaml").read_bytes()
    second = write_profile(profile, tmp_path / "b.yaml").read_bytes()
    assert first == second


def test_competency_variants_map_to_canonical(bundled_data):
    werkproces = bundled_data["kerntaken"][0]["werkprocessen"][1]
    werkproces["competenties"] = ["Creéren en innoveren", "beslissen en activiteiten initieren"]
    profile = profile_from_dict(bundled_data)
    assert profile.competenties.query("werkproces_id == '1.2'")["competentie"].tolist() == [
        "Creëren en innoveren", "Beslissen en activiteiten initiëren"]


# --- bad input: one clear message naming file, place, problem and fix -----------------------

def _write(tmp_path, data):
    path = tmp_path / "profiel.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _line_of(path, needle, occurrence=1):
    """The 1-based line of the ``occurrence``-th line of ``path`` that contains ``needle``."""
    lines = [number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if needle in line]
    return lines[occurrence - 1]


def _error(path):
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    return caught.value


def test_yaml_syntax_error_names_line(tmp_path):
    path = tmp_path / "profiel.yaml"
    path.write_text("formaat: 1\nmeta:\n  titel: Test\nkerntaken:\n  - id: \"1\"\n   titel: [niet dicht\n",
                    encoding="utf-8")
    error = _error(path)
    assert str(path) in str(error)
    assert "regel 6" in error.place
    assert "YAML" in error.problem and error.fix


def test_missing_section(tmp_path, bundled_data):
    del bundled_data["kerntaken"]
    error = _error(_write(tmp_path, bundled_data))
    assert "kerntaken" in error.problem and error.fix


def test_missing_field(tmp_path, bundled_data):
    del bundled_data["kerntaken"][1]["werkprocessen"][2]["titel"]
    path = _write(tmp_path, bundled_data)
    error = _error(path)
    line = _line_of(path, "- id: '2.3'")
    assert error.place == f"werkproces 2.3 (regel {line})"
    assert "titel" in error.problem


def test_duplicate_werkproces_id(tmp_path, bundled_data):
    bundled_data["kerntaken"][0]["werkprocessen"][3]["id"] = "1.2"
    path = _write(tmp_path, bundled_data)
    error = _error(path)
    assert "1.2" in error.problem and "twee keer" in error.problem
    line = _line_of(path, "- id: '1.2'", occurrence=2)
    # the second "1.2" is the fourth werkproces of kerntaak 1; its id is the mistake, so it is named by position
    assert error.place == f"het 4e werkproces van kerntaak 1, veld 'id' (regel {line})"


def test_werkproces_of_missing_kerntaak(tmp_path, bundled_data):
    bundled_data["kerntaken"][2]["werkprocessen"][0]["id"] = "4.1"
    error = _error(_write(tmp_path, bundled_data))
    assert "kerntaak 4" in error.problem and "niet bestaat" in error.problem
    assert "3.x" in error.fix


def test_unknown_competency_suggests_closest(tmp_path, bundled_data):
    bundled_data["kerntaken"][0]["werkprocessen"][0]["competenties"][1] = "Analiseren van gegevens"
    path = _write(tmp_path, bundled_data)
    error = _error(path)
    line = _line_of(path, "Analiseren van gegevens")
    assert error.place == f"werkproces 1.1, 2e item van 'competenties' (regel {line})"
    assert "Analiseren van gegevens" in error.problem and "25" in error.problem
    assert "'Analyseren'" in error.fix


def test_empty_list(tmp_path, bundled_data):
    bundled_data["kerntaken"][2]["werkprocessen"][4]["kennis"] = []
    path = _write(tmp_path, bundled_data)
    error = _error(path)
    assert error.place == f"werkproces 3.5, veld 'kennis' (regel {_line_of(path, 'kennis: []')})"
    assert "leeg" in error.problem


def test_wrong_type_number_as_id(tmp_path):
    path = tmp_path / "profiel.yaml"
    text = BUNDLED_PROFILE.read_text(encoding="utf-8").replace('id: "1.1"', "id: 1.1", 1)
    assert "id: 1.1\n" in text
    path.write_text(text, encoding="utf-8")
    error = _error(path)
    assert "verwacht tekst" in error.problem
    assert '"1.1"' in error.fix


def test_wrong_type_list_as_text(tmp_path, bundled_data):
    bundled_data["kerntaken"][0]["werkprocessen"][0]["vaardigheden"] = "Rekenvaardigheid"
    error = _error(_write(tmp_path, bundled_data))
    assert "verwacht lijst" in error.problem


def test_not_utf8(tmp_path):
    path = tmp_path / "profiel.yaml"
    path.write_bytes("formaat: 1\nmeta:\n  titel: Crèche\n".encode("latin-1"))
    error = _error(path)
    assert error.place == "regel 3"
    assert "UTF-8" in error.problem and "UTF-8" in error.fix


@pytest.mark.parametrize("content", [b"", b"\n  \n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "profiel.yaml"
    path.write_bytes(content)
    assert "leeg" in _error(path).problem


def test_missing_file(tmp_path):
    assert "bestaat niet" in _error(tmp_path / "weg.yaml").problem


def test_werkproces_overview_counts(profile):
    from bcp_analysis.analyses.summaries import werkproces_overview

    overview = werkproces_overview(profile).set_index("werkproces_id")
    assert overview["competenties"].to_dict() == {key: len(names) for key, names in COMPETENTIES.items()}
    assert overview["kennis"].to_dict() == KENNIS
    assert overview["vaardigheden"].to_dict() == VAARDIGHEDEN
    assert overview["resultaten"].to_dict() == RESULTATEN


def test_unknown_file_kind(tmp_path):
    path = tmp_path / "profiel.docx"
    path.write_bytes(b"PK\x03\x04 binary")
    error = _error(path)
    assert "'.docx'" in error.problem
    assert all(suffix in error.fix for suffix in (".yaml", ".txt", ".pdf", ".xml"))


# --- every problem at once, each with its line ------------------------------------------------

MINIMAL = """\
formaat: 1
meta:
  titel: Testberoep
  vastgesteld_op: "2010-09-30"
kerntaken:
  - id: "1"
    titel: Eerste kerntaak
    werkprocessen:
      - id: "1.1"
        titel: Doet iets
        beschrijving: Hij doet iets.
        competenties: [Analyseren]
        resultaten: [Iets is gedaan]
        kennis: [Kennis van iets]
        vaardigheden: [Iets kunnen]
  - id: "3"
    titel: Derde kerntaak
    werkprocessen:
      - id: "3.9"
        titel: Doet nog iets
        beschrijving: Hij doet nog iets.
        competenties: [Presenteren]
        resultaten: [Nog iets is gedaan]
        kennis: [Kennis van nog iets]
        vaardigheden: [Nog iets kunnen]
"""


def _text_file(tmp_path, text, name="profiel.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_profile_loads(tmp_path):
    profile = load_profile(_text_file(tmp_path, MINIMAL))
    assert profile.werkprocessen["werkproces_id"].tolist() == ["1.1", "3.9"]
    assert profile.competenties["competentie"].tolist() == ["Analyseren", "Presenteren"]


def test_three_mistakes_in_one_run(tmp_path):
    text = (MINIMAL.replace('vastgesteld_op: "2010-09-30"', "vastgesteld_op: 30-09-2010")  # line 4
            .replace("        titel: Doet iets\n", "")  # line 10: werkproces 1.1 without titel (mapping at line 9)
            .replace("competenties: [Presenteren]", "competenties: [Presenteeren en zo]"))  # line 22 -> 21
    error = _error(_text_file(tmp_path, text))
    assert [problem.place for problem in error.problems] == [
        "regel 4 (meta.vastgesteld_op)",
        "werkproces 1.1 (regel 9)",
        "werkproces 3.9, 1e item van 'competenties' (regel 21)",
    ]
    assert error.problems[0].fix == "schrijf de datum als 2010-09-30"
    assert "'titel' ontbreekt" in error.problems[1].problem
    assert "Presenteeren en zo" in error.problems[2].problem and "'Presenteren'" in error.problems[2].fix
    message = str(error)
    assert message.startswith(f"{tmp_path / 'profiel.yaml'}: 3 problemen\n")
    assert message.count("Oplossing:") == 3


# Kerntaak 3 with five werkprocessen; the line of every line is written beside it, counted by hand.
_WERKPROCES = "competenties: [Analyseren], resultaten: [R], kennis: [K], vaardigheden: [V]}"
FIVE_WERKPROCESSEN = "\n".join([
    "formaat: 1",                                                        # 1
    "meta:",                                                             # 2
    "  titel: Testberoep",                                               # 3
    "  vastgesteld_op: 30-09-2010",                                      # 4: mistake 1, not ISO
    "kerntaken:",                                                        # 5
    '  - id: "1"',                                                       # 6
    "    titel: Eerste kerntaak",                                        # 7
    "    werkprocessen:",                                                # 8
    '      - {id: "1.1", titel: A, beschrijving: B, competenties: [Analiseren], resultaten: [R], kennis: [K], '
    "vaardigheden: [V]}",                                                # 9: mistake 2, no competency
    '  - id: "3"',                                                       # 10
    "    titel: Derde kerntaak",                                         # 11
    "    werkprocessen:",                                                # 12
    '      - {id: "3.1", titel: A, beschrijving: B, ' + _WERKPROCES,     # 13
    '      - {id: "3.2", titel: A, beschrijving: B, ' + _WERKPROCES,     # 14
    '      - {id: "3.3", titel: A, beschrijving: B, ' + _WERKPROCES,     # 15
    '      - {id: "3.4", titel: A, beschrijving: B, ' + _WERKPROCES,     # 16
    '      - {id: "3.5", beschrijving: B, ' + _WERKPROCES,               # 17: mistake 3, no titel
    "",
])


def test_three_mistakes_name_the_werkproces_and_its_line(tmp_path):
    error = _error(_text_file(tmp_path, FIVE_WERKPROCESSEN))
    assert [problem.place for problem in error.problems] == [
        "regel 4 (meta.vastgesteld_op)",
        "werkproces 1.1, 1e item van 'competenties' (regel 9)",
        "werkproces 3.5 (regel 17)",
    ]
    assert "\nwerkproces 3.5 (regel 17): verplicht onderdeel 'titel' ontbreekt\n" in str(error)


def test_a_werkproces_whose_id_is_wrong_is_named_by_its_position(tmp_path):
    error = _error(_text_file(tmp_path, FIVE_WERKPROCESSEN.replace('id: "3.5"', 'id: "3.5x"')))
    # the fifth werkproces of kerntaak 3 (line 17): its id and its missing titel
    assert [problem.place for problem in error.problems][2:] == [
        "het 5e werkproces van kerntaak 3, veld 'id' (regel 17)", "het 5e werkproces van kerntaak 3 (regel 17)"]
    assert "'3.5x' heeft niet de vorm kerntaak.nummer" in error.problems[2].problem


def test_a_werkproces_of_a_kerntaak_without_usable_id_names_both_positions(tmp_path):
    error = _error(_text_file(tmp_path, FIVE_WERKPROCESSEN.replace('id: "3"', 'id: "drie"')))
    # kerntaak "drie" is the second kerntaak (line 10); its werkprocessen keep their own ids
    assert [problem.place for problem in error.problems][2:] == [
        "de 2e kerntaak, veld 'id' (regel 10)", "werkproces 3.5 (regel 17)"]
    error = _error(_text_file(tmp_path, FIVE_WERKPROCESSEN.replace('id: "3"', 'id: "drie"')
                              .replace('id: "3.5"', "id: 3.5")))
    assert error.problems[-2].place == "het 5e werkproces van de 2e kerntaak, veld 'id' (regel 17)"


def test_problems_in_independent_werkprocessen_are_all_found(tmp_path):
    text = MINIMAL.replace("kennis: [Kennis van iets]", "kennis: []").replace(
        "vaardigheden: [Nog iets kunnen]", "vaardigheden: Nog iets kunnen")
    error = _error(_text_file(tmp_path, text))
    assert [problem.place for problem in error.problems] == [
        "werkproces 1.1, veld 'kennis' (regel 14)", "werkproces 3.9, veld 'vaardigheden' (regel 25)"]
    assert "leeg" in error.problems[0].problem and "verwacht lijst" in error.problems[1].problem


def test_unquoted_id_is_reported_as_written(tmp_path):
    text = MINIMAL.replace('id: "3.9"', "id: 3.10")  # line 19; YAML reads 3.10 as the number 3.1
    error = _error(_text_file(tmp_path, text))
    assert error.place == "het 1e werkproces van kerntaak 3, veld 'id' (regel 19)"
    assert "3.10" in error.problem and "3.1" in error.problem
    assert error.fix.endswith('"3.10"') and '"3.1"' not in error.fix
    assert len(error.problems) == 1


def test_unknown_top_level_key_is_an_error(tmp_path):
    error = _error(_text_file(tmp_path, MINIMAL + "competenties: [Analyseren]\n"))
    assert error.place == "regel 26 (competenties)"
    assert "onbekend onderdeel 'competenties'" in error.problem
    assert "werkproces" in error.fix


@pytest.mark.parametrize(("addition", "line", "place", "suggestion"), [
    # a werkproces key misspelt: "kenis" is line 15, after "kennis" at 14
    ("        kenis: [x]\n", 15, "werkproces 1.1, veld 'kenis'", "'kennis'"),
])
def test_unknown_werkproces_key(tmp_path, addition, line, place, suggestion):
    text = MINIMAL.replace("        kennis: [Kennis van iets]\n", "        kennis: [Kennis van iets]\n" + addition)
    error = _error(_text_file(tmp_path, text))
    assert error.place == f"{place} (regel {line})"
    assert suggestion in error.fix


SECTIONS = """\
loopbaan:
  - kolom: Verkoop
    functies:
      - {functie: Manager, niveau: hbo, salaris: hoog}
vergelijking:
  beroepen: [A, B]
  aspecten:
    - {aspect: klanten, kenmerken: [x, y], bron: boek}
  toelichting: geen
arbeidsmarkt:
  - indicator: vacatures
    scope: Nederland
    periode: "2009"
    waarde: 10
    eenheid: aantal
    soort: waargenomen
    bron: CBS
    opmerking: let op
"""


def test_unknown_keys_in_every_section(tmp_path):
    error = _error(_text_file(tmp_path, MINIMAL + SECTIONS))  # SECTIONS starts at line 26
    assert [problem.place for problem in error.problems] == [
        "regel 29 (loopbaan[0].functies[0].salaris)",
        "regel 33 (vergelijking.aspecten[0].bron)",
        "regel 34 (vergelijking.toelichting)",
        "regel 43 (arbeidsmarkt[0].opmerking)",
    ]
    assert all("onbekend veld" in problem.problem for problem in error.problems)


@pytest.mark.parametrize(("written", "fix"), [
    ("30-09-2010", "schrijf de datum als 2010-09-30"),
    ('"30/9/2010"', "schrijf de datum als 2010-09-30"),
    ("30 september 2010", "schrijf de datum als 2010-09-30"),
    ('"2010-9-30x"', "jaar-maand-dag"),
    ('"2010-02-30"', "jaar-maand-dag"),  # no 30 February
])
def test_badly_formed_date_is_refused(tmp_path, written, fix):
    text = MINIMAL.replace('vastgesteld_op: "2010-09-30"', f"vastgesteld_op: {written}")
    error = _error(_text_file(tmp_path, text))
    assert error.place == "regel 4 (meta.vastgesteld_op)"
    assert "JJJJ-MM-DD" in error.problem
    assert fix in error.fix


def test_date_as_yaml_date_or_text_is_accepted(tmp_path):
    text = MINIMAL.replace('vastgesteld_op: "2010-09-30"',
                           "vastgesteld_op: 2010-09-30\n  geaccordeerd_op: '2010-09-27'")
    profile = load_profile(_text_file(tmp_path, text))
    assert profile.meta["vastgesteld_op"] == "2010-09-30" and profile.meta["geaccordeerd_op"] == "2010-09-27"


def test_duplicate_key_is_reported(tmp_path):
    text = MINIMAL.replace("        kennis: [Kennis van iets]\n",
                           "        kennis: [Kennis van iets]\n        kennis: [Nog meer]\n")
    error = _error(_text_file(tmp_path, text))
    assert error.place == "werkproces 1.1, veld 'kennis' (regel 15)"
    assert "twee keer" in error.problem and "regel 14" in error.problem


def test_problems_without_a_file_name_their_path_and_source_line():
    data = yaml.safe_load(MINIMAL)
    data["kerntaken"][1]["werkprocessen"][0].update(regel=120, pagina=7)
    data["kerntaken"][1]["werkprocessen"][0]["kennis"] = []
    with pytest.raises(ProfileError) as caught:
        profile_from_dict(data, "bron.txt")
    assert caught.value.place == "werkproces 3.9, veld 'kennis' (pagina 7, regel 120 van de bron)"


# --- provenance and kwalificatiedossier ids ---------------------------------------------------

PROVENANCE = """\
formaat: 1
meta:
  titel: Testberoep
loopbaan:
  - kolom: Verkoop
    functies:
      - {functie: Manager, niveau: hbo, regel: 40, pagina: 3}
      - {functie: Verkoper, niveau: mbo}
vergelijking:
  beroepen: [A, B]
  aspecten:
    - {aspect: klanten, kenmerken: [x, y], regel: 50}
arbeidsmarkt:
  - {indicator: vacatures, scope: Nederland, periode: "2009", waarde: 10, eenheid: aantal,
     soort: waargenomen, bron: CBS, controleren: het jaartal, regel: 60, pagina: 4}
kerntaken:
  - id: "1"
    regel: 100
    titel: Eerste kerntaak
    werkprocessen:
      - id: "1.1"
        regel: 101
        pagina: 9
        titel: Doet iets
        beschrijving: Hij doet iets.
        competenties: [{tekst: Analyseren, regel: 102}]
        resultaten: [Iets is gedaan]
        kennis: [{tekst: Kennis van iets, regel: 103, pagina: 9}, Kennis zonder regel]
        vaardigheden: [Iets kunnen]
"""


def test_provenance_is_read(tmp_path):
    profile = load_profile(_text_file(tmp_path, PROVENANCE))
    assert profile.kerntaken[["regel", "pagina"]].astype(object).values.tolist() == [[100, pd.NA]]
    assert profile.werkprocessen[["regel", "pagina"]].values.tolist() == [[101, 9]]
    assert profile.competenties["regel"].tolist() == [102]
    assert profile.kennis["item"].tolist() == ["Kennis van iets", "Kennis zonder regel"]
    assert profile.kennis["regel"].astype(object).tolist() == [103, pd.NA]
    assert profile.loopbaan["regel"].astype(object).tolist() == [40, pd.NA]
    assert profile.vergelijking["regel"].tolist() == [50, 50]  # one aspect, two beroepen
    assert profile.arbeidsmarkt[["regel", "pagina"]].values.tolist() == [[60, 4]]
    assert profile.arbeidsmarkt["controleren"].tolist() == ["het jaartal"]


def _assert_same_tables(first, second):
    assert first.meta == second.meta
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name), obj=name)


def test_round_trip_with_provenance(tmp_path):
    profile = load_profile(_text_file(tmp_path, PROVENANCE))
    written = write_profile(profile, tmp_path / "terug.yaml")
    _assert_same_tables(profile, load_profile(written))
    text = written.read_text(encoding="utf-8")
    assert "tekst: Kennis van iets" in text and "- Kennis zonder regel" in text


def test_round_trip_without_provenance_writes_none(bundled_data, tmp_path):
    # The curated file carries the text reader's lines (regel); the same profile without them:
    profile = profile_from_dict(without_provenance(bundled_data), BUNDLED_PROFILE)
    written = write_profile(profile, tmp_path / "terug.yaml")
    text = written.read_text(encoding="utf-8")
    assert "regel:" not in text and "pagina:" not in text and "tekst:" not in text
    assert "gedrag:" not in text and "vakkennis:" not in text


@pytest.mark.parametrize(("value", "shown"), [("0", "0"), ('"12"', "'12'"), ("yes", "True")])
def test_bad_provenance_is_refused(tmp_path, value, shown):
    text = PROVENANCE.replace("regel: 100", f"regel: {value}")
    error = _error(_text_file(tmp_path, text))
    assert error.place == "kerntaak 1, veld 'regel' (regel 18)"
    assert "heel getal" in error.problem and shown in error.problem


def test_item_mapping_with_unknown_key(tmp_path):
    text = PROVENANCE.replace("{tekst: Analyseren, regel: 102}", "{tekst: Analyseren, regl: 102}")
    error = _error(_text_file(tmp_path, text))
    assert error.place == "werkproces 1.1, 1e item van 'competenties', veld 'regl' (regel 26)"
    assert "'regel'" in error.fix


KD = """\
formaat: 1
meta:
  titel: Accountmanager
  geldig_vanaf: 2016-08-01
kerntaken:
  - id: B1-K1
    titel: Verkoopt
    vakkennis: [Kennis van de markt, {tekst: Kan rekenen, regel: 12}]
    werkprocessen:
      - id: B1-K1-W1
        titel: Bereidt voor
        beschrijving: Hij bereidt voor.
        competenties: [Analyseren]
        resultaten: [Voorbereid]
        gedrag: [Werkt nauwkeurig, Vraagt door]
      - id: B1-K1-W2
        titel: Voert uit
        beschrijving: Hij voert uit.
        competenties: [Presenteren]
        kennis: []
  - id: P1-K1
    titel: Beheert
    werkprocessen:
      - id: P1-K1-W1
        titel: Beheert accounts
        beschrijving: Hij beheert.
        competenties: [Begeleiden]
"""


def test_kd_profile_loads_without_kennis(tmp_path):
    profile = load_profile(_text_file(tmp_path, KD))
    assert profile.kerntaken["kerntaak_id"].tolist() == ["B1-K1", "P1-K1"]
    assert profile.werkprocessen["kerntaak_id"].tolist() == ["B1-K1", "B1-K1", "P1-K1"]
    assert profile.gedrag["item"].tolist() == ["Werkt nauwkeurig", "Vraagt door"]
    assert profile.gedrag["werkproces_id"].tolist() == ["B1-K1-W1", "B1-K1-W1"]
    assert profile.vakkennis[["kerntaak_id", "item"]].values.tolist() == [
        ["B1-K1", "Kennis van de markt"], ["B1-K1", "Kan rekenen"]]
    assert len(profile.kennis) == 0 and len(profile.vaardigheden) == 0 and len(profile.resultaten) == 1
    assert profile.meta["geldig_vanaf"] == "2016-08-01"
    assert "gedrag" in profile.tables() and "vakkennis" in profile.tables()


def test_kd_round_trip(tmp_path):
    profile = load_profile(_text_file(tmp_path, KD))
    written = write_profile(profile, tmp_path / "terug.yaml")
    _assert_same_tables(profile, load_profile(written))
    assert "kennis" not in written.read_text(encoding="utf-8").replace("vakkennis", "")


def test_kd_werkproces_under_the_wrong_kerntaak(tmp_path):
    error = _error(_text_file(tmp_path, KD.replace("id: P1-K1-W1", "id: B1-K1-W3")))
    assert error.place == "het 1e werkproces van kerntaak P1-K1, veld 'id' (regel 24)"
    assert "staat onder kerntaak P1-K1" in error.problem
    assert "P1-K1-Wx" in error.fix


def test_kd_and_bcp_ids_do_not_mix(tmp_path):
    error = _error(_text_file(tmp_path, KD.replace("id: P1-K1\n", 'id: "2"\n')))
    assert error.place == "de 2e kerntaak, veld 'id' (regel 21)"
    assert "BCP-nummer" in error.problem and "KD-code" in error.problem


def test_bcp_still_needs_kennis(tmp_path):
    error = _error(_text_file(tmp_path, MINIMAL.replace("        kennis: [Kennis van iets]\n", "")))
    assert error.place == "werkproces 1.1 (regel 9)"
    assert "'kennis' ontbreekt" in error.problem


def test_reader_error_names_line(tmp_path):
    path = tmp_path / "profiel.yaml"
    path.write_bytes(MINIMAL.replace("Doet iets", "Doet \x07iets").encode("utf-8"))
    error = _error(path)
    assert error.place == "regel 10"


def test_duplicate_werkproces_names_the_first_line(tmp_path):
    error = _error(_text_file(tmp_path, MINIMAL.replace('id: "3"', 'id: "1"').replace('id: "3.9"', 'id: "1.1"')))
    assert [problem.place for problem in error.problems] == [
        "de 2e kerntaak, veld 'id' (regel 16)", "het 1e werkproces van de 2e kerntaak, veld 'id' (regel 19)"]
    assert "kerntaak 1 komt twee keer voor" in error.problems[0].problem
    assert "werkproces 1.1 komt twee keer voor (ook in regel 9)" in error.problems[1].problem


def test_empty_value_is_named(tmp_path):
    error = _error(_text_file(tmp_path, MINIMAL.replace('vastgesteld_op: "2010-09-30"', "vastgesteld_op:")))
    assert error.place == "regel 4 (meta.vastgesteld_op)"
    assert "leeg" in error.problem and error.fix


def test_merge_key_override_is_not_a_duplicate(tmp_path):
    text = MINIMAL.replace("  - id: \"3\"\n    titel: Derde kerntaak\n",
                           "  - <<: {id: \"2\", titel: Andere titel}\n    id: \"3\"\n    titel: Derde kerntaak\n")
    profile = load_profile(_text_file(tmp_path, text))
    assert profile.kerntaken["titel"].tolist() == ["Eerste kerntaak", "Derde kerntaak"]
