"""Tests for bcp_analysis.analyses.curriculum: reading a curriculum file and finding its gaps."""

import pandas as pd
import pytest
from matplotlib.figure import Figure

from bcp_analysis.analyses.curriculum import (
    NIVEAUS,
    coverage_counts,
    curriculum_matrix,
    curriculum_report,
    load_curriculum,
    taught_not_assessed,
    uncovered_competencies,
    uncovered_werkprocessen,
)
from bcp_analysis.errors import ProfileError
from bcp_analysis.outputs import charts
from bcp_analysis.paths import EXAMPLE_CURRICULUM
from bcp_analysis.readers.yaml_profile import profile_from_dict

ALL_IDS = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
           "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]  # the overview, raw lines 631-665


@pytest.fixture(scope="module")
def profile(bundled_profile):
    return bundled_profile


@pytest.fixture(scope="module")
def voorbeeld(profile):
    return load_curriculum(EXAMPLE_CURRICULUM, profile)


def _write(tmp_path, content, name="curriculum.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _error(path, profile):
    with pytest.raises(ProfileError) as info:
        load_curriculum(path, profile)
    return info.value


# --- the example and its documented gaps (data/curriculum/README.md) ------------------


def test_voorbeeld_reads_every_row(voorbeeld):
    # voorbeeld.csv: 26 rows under the header, 9 modules.
    assert list(voorbeeld.columns) == ["module", "werkproces_id", "niveau"]
    assert len(voorbeeld) == 26
    assert voorbeeld["module"].nunique() == 9
    assert set(voorbeeld["niveau"]) == set(NIVEAUS)
    assert voorbeeld.iloc[-1].tolist() == ["Beroepspraktijkvorming", "3.6", "toetsen"]


def test_voorbeeld_uncovered_werkprocessen(voorbeeld, profile):
    # README: 2.4 and 3.7 are covered by no module.
    assert uncovered_werkprocessen(voorbeeld, profile) == ["2.4", "3.7"]


def test_voorbeeld_taught_not_assessed(voorbeeld, profile):
    # README: 1.3 has introductie and oefenen rows, no toetsen.
    assert taught_not_assessed(voorbeeld, profile) == ["1.3"]


def test_voorbeeld_uncovered_competencies(voorbeeld, profile):
    # Of the competencies of 2.4 (raw lines 1111-1127) and 3.7 (raw lines 1541-1557), only
    # "Relaties bouwen en netwerken" (lines 1122, 1546) and "Kwaliteit leveren" (line 1553)
    # occur in no other werkproces; SBB order 7, then 19.
    assert uncovered_competencies(voorbeeld, profile) == ["Relaties bouwen en netwerken", "Kwaliteit leveren"]


def test_voorbeeld_coverage_counts(voorbeeld, profile):
    counts = coverage_counts(voorbeeld, profile)
    assert list(counts.columns) == ["werkproces_id", "titel", "aantal_modules", "getoetst"]
    assert counts["werkproces_id"].tolist() == ALL_IDS
    # Modules per werkproces, counted in voorbeeld.csv; 3.3 is the one with 4 modules.
    assert counts["aantal_modules"].tolist() == [2, 3, 2, 2, 2, 2, 2, 0, 1, 2, 4, 1, 2, 1, 0]
    assert counts.loc[counts["getoetst"] == False, "werkproces_id"].tolist() == ["1.3", "2.4", "3.7"]  # noqa: E712
    assert counts["getoetst"].dtype == bool
    assert counts.loc[10, "titel"] == "Voert het verkoopgesprek"


def test_voorbeeld_matrix(voorbeeld, profile):
    matrix = curriculum_matrix(voorbeeld, profile)
    assert matrix.index.tolist()[:3] == [
        "Oriëntatie op accountmanagement", "Marktinformatie en accountanalyse", "Verkoopplan en voortgangsbewaking"]
    assert matrix.columns.tolist() == ALL_IDS
    assert matrix.loc["Oriëntatie op accountmanagement"].tolist() == [
        "introductie", "introductie", "introductie", "", "introductie"] + [""] * 10
    assert matrix["3.3"].tolist() == ["", "", "", "", "", "introductie", "oefenen", "oefenen", "toetsen"]
    assert (matrix["2.4"] == "").all() and (matrix["3.7"] == "").all()
    assert int((matrix != "").to_numpy().sum()) == 26  # no module lists a werkproces twice


def test_voorbeeld_report(voorbeeld, profile):
    report = curriculum_report(voorbeeld, profile)
    assert "13 van de 15 werkprocessen worden gedekt." in report
    assert "Niet gedekt door een module (2):\n  2.4  Werkt aan een diepterelatie\n  3.7  Voert aftersales uit" in report
    assert "Wel onderwezen, nergens getoetst (1):\n  1.3  Stelt een accountplan op" in report
    assert "  Relaties bouwen en netwerken\n  Kwaliteit leveren" in report
    assert "  3.3   4 * Voert het verkoopgesprek" in report


def test_voorbeeld_chart(voorbeeld, profile):
    figure = charts.plot_curriculum_matrix(curriculum_matrix(voorbeeld, profile), profile.bronvermelding)
    assert isinstance(figure, Figure)
    cells = [patch for patch in figure.axes[0].patches if patch.get_gid() == "cel"]
    assert len(cells) == 26
    title = figure.texts[0].get_text().replace("\n", " ")
    assert title.startswith("2 van de 15 werkprocessen zitten in geen enkele module (2.4, 3.7)")
    assert "nergens getoetst (1.3)" in title
    assert figure.texts[-1].get_text() == "Bron: BCP Junior accountmanager, ECABO 2010"


# --- niveaus, matrix values ------------------------------------------------------------


def test_english_niveaus_case_and_empty(tmp_path, profile):
    path = _write(tmp_path, "Module,Werkproces_ID,Niveau\nA,1.1,Introduced\nA,1.1,ASSESSED\nB,1.2,practised\n"
                            "B,1.3,\nC,1.4,oefenen\n")
    curriculum = load_curriculum(path, profile)
    assert curriculum["niveau"].tolist() == ["introductie", "toetsen", "oefenen", "", "oefenen"]
    matrix = curriculum_matrix(curriculum, profile)
    # A gives 1.1 both introductie and toetsen: the highest shows; B covers 1.3 without niveau: "x".
    assert matrix.loc["A", "1.1"] == "toetsen"
    assert matrix.loc["B", ["1.2", "1.3"]].tolist() == ["oefenen", "x"]
    # 1.2 and 1.4 are practised only; 1.3's depth is unknown, so it is not listed.
    assert taught_not_assessed(curriculum, profile) == ["1.2", "1.4"]
    assert "Gedekt, maar zonder niveau (toetsing onbekend) (1):\n  1.3" in curriculum_report(curriculum, profile)


def test_niveau_column_may_be_left_out(tmp_path, profile):
    path = _write(tmp_path, "module,werkproces_id\nA,3.7\n")
    curriculum = load_curriculum(path, profile)
    assert curriculum.values.tolist() == [["A", "3.7", ""]]
    assert coverage_counts(curriculum, profile)["aantal_modules"].sum() == 1


def test_semicolon_excel_export_with_bom(tmp_path, profile):
    # What Dutch Excel writes for "CSV UTF-8": BOM, ";" separators, CRLF, trailing empty cells.
    content = "\ufeffmodule;werkproces_id;niveau;\r\nOriëntatie, deel 1;1.1;toetsen;\r\n;;;\r\nB;3.3;oefenen;\r\n"
    curriculum = load_curriculum(_write(tmp_path, content.encode("utf-8")), profile)
    assert curriculum.values.tolist() == [["Oriëntatie, deel 1", "1.1", "toetsen"], ["B", "3.3", "oefenen"]]


def test_ids_stay_text(tmp_path):
    # A profile with werkprocessen 1.1 ... 1.10: "1.10" must not be read as the number 1.1.
    werkprocessen = [{"id": f"1.{number}", "titel": f"Werkproces {number}", "beschrijving": "Tekst.",
                      "competenties": ["Analyseren"], "resultaten": ["R"], "kennis": ["K"], "vaardigheden": ["V"]}
                     for number in range(1, 11)]
    ten = profile_from_dict({"formaat": 1, "meta": {"titel": "Tien"},
                             "kerntaken": [{"id": "1", "titel": "Kerntaak", "werkprocessen": werkprocessen}]})
    curriculum = load_curriculum(_write(tmp_path, "module,werkproces_id\nA,1.10\nB,1.1\n"), ten)
    assert curriculum["werkproces_id"].tolist() == ["1.10", "1.1"]
    assert uncovered_werkprocessen(curriculum, ten) == [f"1.{number}" for number in range(2, 10)]


# --- errors name the row ---------------------------------------------------------------


def test_unknown_werkproces_id(tmp_path, profile):
    error = _error(_write(tmp_path, "module,werkproces_id,niveau\nA,1.1,toetsen\nA,2.5,oefenen\n"), profile)
    assert error.place == "rij 3"
    assert "'2.5'" in error.problem
    assert "bedoelt u 2." in error.fix


def test_id_with_decimal_comma_suggests_the_point(tmp_path, profile):
    error = _error(_write(tmp_path, 'module;werkproces_id\nA;1,3\n'), profile)
    assert error.place == "rij 2"
    assert error.fix.startswith("bedoelt u 1.3 (Stelt een accountplan op)?")


@pytest.mark.parametrize("value", ["1-jan", "3-jul-2026", "1/3"])
def test_id_turned_into_a_date_by_excel(tmp_path, profile, value):
    error = _error(_write(tmp_path, f"module,werkproces_id\nA,1.1\nB,{value}\n"), profile)
    assert error.place == "rij 3"
    assert "datum" in error.fix and "'Tekst'" in error.fix


def test_title_instead_of_id_suggests_the_id(tmp_path, profile):
    error = _error(_write(tmp_path, "module,werkproces_id\nA,Behandelt klachten\n"), profile)
    assert error.place == "rij 2"
    assert error.fix.startswith("bedoelt u 2.3 (Behandelt klachten)?")


def test_unknown_column(tmp_path, profile):
    error = _error(_write(tmp_path, "moduul,werkproces_id,niveau\nA,1.1,toetsen\n"), profile)
    assert error.place == "rij 1"
    assert "'moduul'" in error.problem
    assert "bedoelt u 'module'?" in error.fix
    assert "module, werkproces_id, werkproces_titel, niveau" in error.fix


def test_missing_required_column(tmp_path, profile):
    error = _error(_write(tmp_path, "module,niveau\nA,toetsen\n"), profile)
    assert error.place == "rij 1"
    assert "werkproces_id" in error.problem


@pytest.mark.parametrize("content, place", [(b"", "rij 1"), (b"\xef\xbb\xbf\r\n", "rij 1"),
                                             (b"module,werkproces_id,niveau\n", "rij 2")])
def test_empty_file(tmp_path, profile, content, place):
    error = _error(_write(tmp_path, content), profile)
    assert error.place == place
    assert "leeg" in error.problem or "geen modules" in error.problem


def test_empty_module_name(tmp_path, profile):
    error = _error(_write(tmp_path, "module,werkproces_id\nA,1.1\n\n  ,1.2\n"), profile)
    assert error.place == "rij 4"  # header 1, A 2, the empty row 3 (skipped, but counted like Excel)
    assert "modulenaam is leeg" in error.problem


def test_bad_niveau(tmp_path, profile):
    error = _error(_write(tmp_path, "module,werkproces_id,niveau\nA,1.1,toetsen\nB,1.2,beheersen\n"), profile)
    assert error.place == "rij 3"
    assert "'beheersen'" in error.problem
    assert "introductie, oefenen, toetsen" in error.fix


def test_not_utf8(tmp_path, profile):
    error = _error(_write(tmp_path, "module,werkproces_id\nOriëntatie,1.1\n".encode("cp1252")), profile)
    assert error.place == "rij 2"
    assert "UTF-8" in error.problem


def test_more_cells_than_columns(tmp_path, profile):
    error = _error(_write(tmp_path, "module,werkproces_id,niveau\nVerkoop, inkoop,1.1,toetsen\n"), profile)
    assert error.place == "rij 2"
    assert "aanhalingstekens" in error.fix


def test_loader_does_not_change_the_profile(tmp_path, profile):
    before = profile.werkprocessen.copy()
    load_curriculum(EXAMPLE_CURRICULUM, profile)
    pd.testing.assert_frame_equal(profile.werkprocessen, before)


# --- nothing silently wrong: titles, repeated rows, module spellings (issue 13) -------

def test_template_carries_werkproces_titles():
    from bcp_analysis.paths import CURRICULUM_DIR

    header = (CURRICULUM_DIR / "template.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == ["module", "werkproces_id", "werkproces_titel", "niveau"]


def test_matching_titles_are_accepted_despite_case_and_accents(tmp_path, profile):
    # the titles of 1.1 and 1.3 as in the overview (raw lines 632, 634), written carelessly
    path = _write(tmp_path, "module,werkproces_id,werkproces_titel,niveau\n"
                            "A,1.1,verzamelt  (markt)informatie,toetsen\n"
                            "A,1.3,Stelt een accountplan op.,oefenen\n"
                            "B,1.2,,toetsen\n")
    curriculum = load_curriculum(path, profile)
    assert list(curriculum.columns) == ["module", "werkproces_id", "niveau"]
    assert curriculum["werkproces_id"].tolist() == ["1.1", "1.3", "1.2"]


def test_title_of_another_werkproces_is_reported_with_the_id_it_has(tmp_path, profile):
    # a curriculum made for a profile in which 1.3 was "Stelt een individueel verkoopplan op";
    # here that title belongs to 1.2 (raw line 633)
    path = _write(tmp_path, "module,werkproces_id,werkproces_titel,niveau\n"
                            "A,1.1,Verzamelt (markt)informatie,toetsen\n"
                            "A,1.3,Stelt een individueel verkoopplan op,toetsen\n")
    error = _error(path, profile)
    assert error.place == "rij 3"
    assert "1.3 'Stelt een individueel verkoopplan op'" in error.problem
    assert "'Stelt een accountplan op'" in error.problem and "die titel heeft hier 1.2" in error.problem
    assert "hernummerd" in error.fix


def test_repeated_row_is_reported(tmp_path, profile):
    path = _write(tmp_path, "module,werkproces_id,niveau\nA,1.1,toetsen\nB,1.2,oefenen\nA,1.1,toetsen\n")
    error = _error(path, profile)
    assert error.place == "rij 4" and "rij 4 herhaalt rij 2" in error.problem


def test_same_werkproces_at_two_niveaus_is_not_a_repeat(tmp_path, profile):
    path = _write(tmp_path, "module,werkproces_id,niveau\nA,1.1,introductie\nA,1.1,toetsen\n")
    assert len(load_curriculum(path, profile)) == 2


def test_module_names_differing_in_case_or_spaces_are_reported(tmp_path, profile):
    path = _write(tmp_path, "module,werkproces_id,niveau\nRelatiebeheer,2.1,toetsen\nrelatiebeheer ,2.2,oefenen\n"
                            "Gesprek stechniek,3.2,toetsen\nGesprekstechniek,3.3,oefenen\n")
    error = _error(path, profile)
    assert error.place == "rij 3"
    assert "'Relatiebeheer' (rij 2) en 'relatiebeheer' (rij 3)" in error.problem
    assert "'Gesprek stechniek' (rij 4) en 'Gesprekstechniek' (rij 5)" in error.problem
    assert "'Relatiebeheer'" in error.fix


def test_report_counts_in_dutch_singular(tmp_path, profile):
    path = _write(tmp_path, "module,werkproces_id,niveau\nEnige module,1.1,toetsen\n")
    report = curriculum_report(load_curriculum(path, profile), profile)
    assert report.splitlines()[0] == "Curriculum tegen het profiel Junior accountmanager: 1 module, 1 koppeling."
    assert report.splitlines()[1] == "1 van de 15 werkprocessen wordt gedekt."
