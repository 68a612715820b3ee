"""Tests for bcp_analysis.analyses.curriculum: a programme held against a profile, its pairing and its gaps."""

import dataclasses

import pandas as pd
import pytest
from matplotlib.figure import Figure

from bcp_analysis import load_profile
from bcp_analysis.analyses.curriculum import (
    NIVEAUS,
    coverage_counts,
    crebo_mismatch,
    curriculum_matrix,
    curriculum_report,
    doubly_examined_werkprocessen,
    kerntaken_without_exam,
    load_curriculum,
    taught_not_assessed,
    uncovered_competencies,
    uncovered_werkprocessen,
    unexamined_competencies,
    unexamined_werkprocessen,
)
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.programme import KENMERKEN, Programme, make_programme_table
from bcp_analysis.outputs import programme_charts
from bcp_analysis.paths import BUNDLED_KD, EXAMPLE_CURRICULUM
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
    # voorbeeld.csv: 26 rows under the header, 9 modules, every row paired by its code (the file gives no titles).
    pairs = voorbeeld.koppelingen
    assert len(pairs) == 26
    assert pairs["onderdeel"].nunique() == 9 and len(voorbeeld.onderdelen) == 9
    assert set(pairs["niveau"]) == set(NIVEAUS)
    assert pairs.iloc[-1][["onderdeel", "werkproces_id", "niveau"]].tolist() == ["Beroepspraktijkvorming", "3.6",
                                                                               "toetsen"]
    assert set(pairs["koppeling"]) == {"code"} and voorbeeld.gemeld.empty
    assert voorbeeld.modules_only


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
    assert list(counts.columns) == ["werkproces_id", "titel", "aantal_onderdelen", "aantal_getoetst", "getoetst"]
    assert counts["werkproces_id"].tolist() == ALL_IDS
    # Modules per werkproces, counted in voorbeeld.csv; 3.3 is the one with 4 modules.
    assert counts["aantal_onderdelen"].tolist() == [2, 3, 2, 2, 2, 2, 2, 0, 1, 2, 4, 1, 2, 1, 0]
    # "toetsen" rows per werkproces (voorbeeld.csv rows 6, 10, 11, 12, 15-17, 20, 23, 25-27): one each, none twice
    assert counts["aantal_getoetst"].tolist() == [1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0]
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
    figure = programme_charts.plot_curriculum_matrix(curriculum_matrix(voorbeeld, profile), profile.bronvermelding,
                                                     modules=True)
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
    assert curriculum.koppelingen["niveau"].tolist() == ["introductie", "toetsen", "oefenen", "", "oefenen"]
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
    assert curriculum.koppelingen[["onderdeel", "werkproces_id", "niveau"]].values.tolist() == [["A", "3.7", ""]]
    assert coverage_counts(curriculum, profile)["aantal_onderdelen"].sum() == 1


def test_semicolon_excel_export_with_bom(tmp_path, profile):
    # What Dutch Excel writes for "CSV UTF-8": BOM, ";" separators, CRLF, trailing empty cells.
    content = "\ufeffmodule;werkproces_id;niveau;\r\nOriëntatie, deel 1;1.1;toetsen;\r\n;;;\r\nB;3.3;oefenen;\r\n"
    curriculum = load_curriculum(_write(tmp_path, content.encode("utf-8")), profile)
    assert curriculum.koppelingen[["onderdeel", "werkproces_id", "niveau"]].values.tolist() == [
        ["Oriëntatie, deel 1", "1.1", "toetsen"], ["B", "3.3", "oefenen"]]


def test_ids_stay_text(tmp_path):
    # A profile with werkprocessen 1.1 ... 1.10: "1.10" must not be read as the number 1.1.
    werkprocessen = [{"id": f"1.{number}", "titel": f"Werkproces {number}", "beschrijving": "Tekst.",
                      "competenties": ["Analyseren"], "resultaten": ["R"], "kennis": ["K"], "vaardigheden": ["V"]}
                     for number in range(1, 11)]
    ten = profile_from_dict({"formaat": 1, "meta": {"titel": "Tien"},
                             "kerntaken": [{"id": "1", "titel": "Kerntaak", "werkprocessen": werkprocessen}]})
    curriculum = load_curriculum(_write(tmp_path, "module,werkproces_id\nA,1.10\nB,1.1\n"), ten)
    assert curriculum.koppelingen["werkproces_id"].tolist() == ["1.10", "1.1"]
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
    assert curriculum.koppelingen["werkproces_id"].tolist() == ["1.1", "1.3", "1.2"]
    assert curriculum.koppelingen["koppeling"].tolist() == ["code en titel", "code en titel", "code"]


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
    assert len(load_curriculum(path, profile).koppelingen) == 2


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


# --- a school's examenplan against another edition of its dossier: the Utrecht case ----------------
#
# /work/shared/programmes/utrecht-25697-examenplan.pdf (MBO Utrecht, "Examenplan en diploma-eisen"),
# typed over by hand from `pdftotext -layout`: page 1 lines 4-10 (the kenmerken), page 1 lines 22-25,
# page 2 line 35, page 3 lines 1-4 and 55 (the werkprocessen with their titles), and one exam per
# werkproces: page 1 (B1-K1-W1..W3), page 2 (B1-K1-W4..W7, B1-K2-W1), page 3 (P2-K1-W1..W7),
# page 4 (P2-K2-W1..W3). 18 exams, each a proeve or a criteriumgericht interview of one werkproces.

UTRECHT_WERKPROCESSEN = [  # (code, title as printed, page)
    ("B1-K1-W1", "Zorgt voor een veilig pedagogisch klimaat", 1),
    ("B1-K1-W2", "Inventariseert behoeften en wensen van het kind", 1),
    ("B1-K1-W3", "Bereidt de uitvoering van activiteiten voor", 1),
    ("B1-K1-W4", "Creëert een verantwoorde en stimulerende speel-/leeromgeving", 1),
    ("B1-K1-W5", "Werkt samen met andere betrokkenen in de omgeving van het kind", 1),
    ("B1-K1-W6", "Volgt en stimuleert de ontwikkeling en leren van het kind", 1),
    ("B1-K1-W7", "Evalueert haar eigen werkzaamheden", 1),
    ("B1-K2-W1", "Werkt aan de eigen professionele ontwikkeling", 2),
    ("P2-K1-W1", "Communiceert met de ouders/vervangende opvoeders en deelt haar kennis en inzichten", 3),
    ("P2-K1-W2", "Stelt een (gespecialiseerd) activiteitenprogramma op", 3),
    ("P2-K1-W3", "Maakt een ontwikkelplan", 3),
    ("P2-K1-W4", "Voert het ontwikkelplan uit", 3),
    ("P2-K1-W5", "Biedt persoonlijke verzorging bij specifieke zorgbehoeftes", 3),
    ("P2-K1-W6", "Schept voorwaarden voor een hygiënische en gezonde omgeving", 3),
    ("P2-K1-W7", "Biedt (specifieke) ontwikkelingsgerichte activiteiten aan", 3),
    ("P2-K2-W1", "Voert coördinerende taken uit", 3),
    ("P2-K2-W2", "Voert beleidsondersteunende taken uit", 3),
    ("P2-K2-W3", "Voert beheertaken uit", 3),
]
UTRECHT_EXAM_PAGES = {"B1-K1-W1": 1, "B1-K1-W2": 1, "B1-K1-W3": 1, "B1-K1-W4": 2, "B1-K1-W5": 2, "B1-K1-W6": 2,
                      "B1-K1-W7": 2, "B1-K2-W1": 2, "P2-K2-W1": 4, "P2-K2-W2": 4, "P2-K2-W3": 4}


def utrecht_programme():
    """The Utrecht examenplan as a Programme built by hand (see above)."""
    kerntaak = {code: code.rsplit("-W", 1)[0] for code, _, _ in UTRECHT_WERKPROCESSEN}
    exams = [(f"Consortium, serie 2023 {code} {titel}", code, UTRECHT_EXAM_PAGES.get(code, 3))
             for code, titel, _ in UTRECHT_WERKPROCESSEN]
    kenmerken = dict.fromkeys(KENMERKEN) | {
        "school": "MBO Utrecht", "kwalificatiedossier": "Pedagogisch Werk", "crebo_kwalificatiedossier": "23285",
        "profiel": "Gespecialiseerd pedagogisch medewerker", "crebo": "25697", "niveau": "4",
        "vastgesteld_op": "12-11-2025"}
    return Programme(
        kenmerken=kenmerken,
        kerntaken=make_programme_table("kerntaken", [
            {"kerntaak_id": "B1-K1", "titel": "Begeleiden van kinderen bij hun ontwikkeling", "pagina": 1},
            {"kerntaak_id": "B1-K2", "titel": "Werken aan kwaliteit en deskundigheid", "pagina": 2},
            {"kerntaak_id": "P2-K1", "titel": "Opvoeden en ontwikkelen van kinderen/jongeren", "pagina": 2},
            {"kerntaak_id": "P2-K2", "titel": "Organiseren van de werkzaamheden", "pagina": 3}]),
        werkprocessen=make_programme_table("werkprocessen", [
            {"werkproces_id": code, "kerntaak_id": kerntaak[code], "titel": titel, "pagina": page}
            for code, titel, page in UTRECHT_WERKPROCESSEN]),
        onderdelen=make_programme_table("onderdelen", [
            {"onderdeel": name, "soort": "examen", "vorm": "Proeve van Bekwaamheid", "plaats": "Beroepspraktijk 1",
             "kerntaak_id": kerntaak[code], "pagina": page} for name, code, page in exams]),
        dekking=make_programme_table("dekking", [
            {"onderdeel": name, "werkproces_id": code, "kerntaak_id": kerntaak[code], "niveau": "toetsen",
             "pagina": page} for name, code, page in exams]),
        source="utrecht-25697-examenplan.pdf")


@pytest.fixture(scope="module")
def pedagogisch():
    # data/kd/pedagogisch-werk-23183.xml, profiel 25484: 21 werkprocessen in B1-K1 (W1-W8), B1-K2 (W1-W2),
    # P2-K1 (W1-W7), P2-K2 (W1-W4)
    return load_profile(BUNDLED_KD, profiel="25484")


@pytest.fixture(scope="module")
def utrecht(pedagogisch):
    return load_curriculum(utrecht_programme(), pedagogisch)


def test_utrecht_names_both_crebos_first(utrecht, pedagogisch):
    report = curriculum_report(utrecht, pedagogisch)
    assert report.splitlines()[0] == "Let op: dit examenplan is voor crebo 25697; het profiel is crebo 25484."
    assert report.splitlines()[1].startswith("Curriculum tegen het profiel Gespecialiseerd pedagogisch medewerker: "
                                             "18 onderdelen")


def test_utrecht_pairs_by_title_not_by_code(utrecht):
    pairs = utrecht.koppelingen.set_index("code")
    # the examenplan's B1-K1-W1 is the bundled edition's B1-K1-W7 (the same title, KD element of 25484)
    assert pairs.loc["B1-K1-W1", "werkproces_id"] == "B1-K1-W7"
    assert pairs.loc["B1-K1-W1", "koppeling"] == "titel" and pairs.loc["B1-K1-W1", "titel_gelijkenis"] == 100
    # titles equal in both editions, under another code: W2 -> W1, W3 -> W2; P2-K2-W2 -> W3, W3 -> W4
    by_title = {"B1-K1-W1": "B1-K1-W7", "B1-K1-W2": "B1-K1-W1", "B1-K1-W3": "B1-K1-W2",
                "P2-K2-W2": "P2-K2-W3", "P2-K2-W3": "P2-K2-W4"}
    by_code = {"P2-K1-W2": "P2-K1-W2", "P2-K1-W7": "P2-K1-W7", "P2-K2-W1": "P2-K2-W1"}
    assert dict(zip(pairs.index, pairs["werkproces_id"])) == by_title | by_code
    assert set(pairs.loc[list(by_code), "koppeling"]) == {"code en titel"}


def test_utrecht_codes_with_other_titles_are_reported_never_attributed(utrecht):
    # the other ten codes carry a title that no werkproces of profiel 25484 has
    reported = utrecht.gemeld.set_index("code")
    assert reported.index.tolist() == ["B1-K1-W4", "B1-K1-W5", "B1-K1-W6", "B1-K1-W7", "B1-K2-W1", "P2-K1-W1",
                                       "P2-K1-W3", "P2-K1-W4", "P2-K1-W5", "P2-K1-W6"]
    assert not set(reported.index) & set(utrecht.koppelingen["code"])
    # "Evalueert haar eigen werkzaamheden": in 25484 B1-K1-W7 is the klimaat, the closest title is B1-K1-W8's
    row = reported.loc["B1-K1-W7"]
    assert "in het profiel heet B1-K1-W7 'Zorgt voor een veilig pedagogisch klimaat'" in row["reden"]
    assert row["lijkt_op"] == "B1-K1-W8 Evalueert de werkzaamheden" and 50 < row["titel_gelijkenis"] < 90
    assert row["onderdelen"] == "Consortium, serie 2023 B1-K1-W7 Evalueert haar eigen werkzaamheden"


def test_utrecht_coverage(utrecht, pedagogisch):
    # 8 exams pair (above), each with one werkproces of its own: 13 of the 21 are examined by none
    assert unexamined_werkprocessen(utrecht, pedagogisch) == [
        "B1-K1-W3", "B1-K1-W4", "B1-K1-W5", "B1-K1-W6", "B1-K1-W8", "B1-K2-W1", "B1-K2-W2",
        "P2-K1-W1", "P2-K1-W3", "P2-K1-W4", "P2-K1-W5", "P2-K1-W6", "P2-K2-W2"]
    assert doubly_examined_werkprocessen(utrecht, pedagogisch) == []
    # B1-K2's only exam (B1-K2-W1, "Werkt aan de eigen professionele ontwikkeling") pairs with nothing
    assert kerntaken_without_exam(utrecht, pedagogisch) == ["B1-K2"]
    report = curriculum_report(utrecht, pedagogisch)
    assert "  B1-K1-W1 'Zorgt voor een veilig pedagogisch klimaat' → B1-K1-W7 (gelijkenis 100%)" in report
    assert "Codes die aan geen werkproces zijn toegekend (10):" in report
    assert "Kerntaken zonder examen of proeve (1):\n  B1-K2Werken aan kwaliteit en deskundigheid" not in report
    assert "Kerntaken zonder examen of proeve (1):\n  B1-K2 Werken aan kwaliteit en deskundigheid" in report


def test_code_the_profile_does_not_have_is_reported(pedagogisch):
    programme = utrecht_programme()
    extra = make_programme_table("dekking", [{"onderdeel": "Keuzedeel", "werkproces_id": "B1-K3-W1",
                                              "kerntaak_id": "B1-K3", "niveau": "toetsen", "pagina": 5}])
    changed = dataclasses.replace(programme, dekking=pd.concat([programme.dekking, extra], ignore_index=True))
    reported = load_curriculum(changed, pedagogisch).gemeld.set_index("code")
    assert reported.loc["B1-K3-W1", "reden"].startswith("de code staat niet in het profiel")
    assert reported.loc["B1-K3-W1", "onderdelen"] == "Keuzedeel"


def test_same_crebo_says_nothing_of_crebos(pedagogisch):
    programme = utrecht_programme()
    same = dataclasses.replace(programme, kenmerken=programme.kenmerken | {"crebo": "25484"})
    assert crebo_mismatch(load_curriculum(same, pedagogisch)) is None


# --- coverage of exams: doubles, kerntaken, competencies (a programme built by hand) ---------------


def _exams(rows):
    """A programme of exams; rows (onderdeel, werkproces_id or "", kerntaak_id)."""
    names = list(dict.fromkeys(name for name, _, _ in rows))
    return Programme(
        kenmerken=dict.fromkeys(KENMERKEN), kerntaken=make_programme_table("kerntaken"),
        werkprocessen=make_programme_table("werkprocessen", [
            {"werkproces_id": code, "kerntaak_id": kerntaak} for _, code, kerntaak in rows if code]),
        onderdelen=make_programme_table("onderdelen", [{"onderdeel": name, "soort": "proeve van bekwaamheid"}
                                                       for name in names]),
        dekking=make_programme_table("dekking", [
            {"onderdeel": name, "werkproces_id": code, "kerntaak_id": kerntaak, "niveau": "toetsen"}
            for name, code, kerntaak in rows]))


def test_werkproces_examined_twice_and_a_kerntaak_named_alone(profile):
    curriculum = load_curriculum(_exams([("PvB 1", "1.1", "1"), ("PvB 1", "1.2", "1"), ("PvB 2", "1.2", "1"),
                                         ("PvB 3", "", "2")]), profile)
    assert doubly_examined_werkprocessen(curriculum, profile) == ["1.2"]
    # kerntaak 2 is examined as a whole (PvB 3), kerntaak 3 by nothing
    assert kerntaken_without_exam(curriculum, profile) == ["3"]
    matrix = curriculum_matrix(curriculum, profile)
    assert matrix.index.tolist() == ["PvB 1", "PvB 2", "PvB 3"] and (matrix.loc["PvB 3"] == "").all()
    report = curriculum_report(curriculum, profile)
    assert "Door meer dan één onderdeel getoetst (1):\n  1.2  Stelt een individueel verkoopplan op: PvB 1; PvB 2" in \
        report
    # only 1.1 and 1.2 examined: every competency of the other 13 werkprocessen that these two lack is left out
    assert "Kwaliteit leveren" in unexamined_competencies(curriculum, profile)


def test_committee_chart_marks_gaps_and_doubles(profile):
    curriculum = load_curriculum(_exams([("PvB 1", "1.1", "1"), ("PvB 1", "1.2", "1"), ("PvB 2", "1.2", "1")]),
                                 profile)
    matrix = curriculum_matrix(curriculum, profile)
    figure = programme_charts.plot_curriculum_matrix(matrix, profile.bronvermelding)
    axes = figure.axes[0]
    assert len([patch for patch in axes.patches if patch.get_gid() == "cel"]) == 3
    # 13 werkprocessen in no onderdeel are shaded, 1.2 hatched: examined twice
    assert len([patch for patch in axes.patches if patch.get_gid() == "gat"]) == 13
    assert len([patch for patch in axes.patches if patch.get_gid() == "dubbel"]) == 1
    examined = [text.get_text() for text in axes.texts if text.get_gid() == "getoetst"]
    assert examined[:3] == ["ja", "2×", "nee"]
    title = figure.texts[0].get_text().replace("\n", " ")
    assert title.startswith("13 van de 15 werkprocessen zitten in geen enkel onderdeel (1.3, 1.4, 2.1")
    assert title.endswith("1 wordt door meer dan één onderdeel getoetst (1.2)")


def test_a_document_that_maps_no_exam_says_so(profile):
    from bcp_analysis.model.programme import ProgrammeNote

    note = ProgrammeNote("geen_examens", "", None, None, "het document koppelt geen examen aan een werkproces")
    other = dataclasses.replace(_exams([("PvB 9", "1.1", "1")]), kenmerken=dict.fromkeys(KENMERKEN) | {"crebo": "99"})
    empty = dataclasses.replace(_exams([]), notes=(note,), other_parts=(other,))
    curriculum = load_curriculum(empty, profile)
    assert curriculum.koppelingen.empty and curriculum_matrix(curriculum, profile).shape == (0, 15)
    lines = curriculum_report(curriculum, profile).splitlines()
    assert lines[0].startswith("Let op: het document koppelt geen enkel onderdeel aan een werkproces")
    assert lines[1] == "Let op (het hele document): het document koppelt geen examen aan een werkproces"
    assert lines[2] == "Het document bevat ook een deel voor crebo 99 (1 onderdeel); dat is apart gehouden."
    assert "15 werkprocessen" not in lines[3] and lines[4] == "0 van de 15 werkprocessen worden gedekt."
    figure = programme_charts.plot_curriculum_matrix(curriculum_matrix(curriculum, profile), profile.bronvermelding)
    assert figure.texts[0].get_text().replace("\n", " ").startswith("15 van de 15 werkprocessen zitten in geen enkel")


def test_report_of_a_reported_code_gives_reason_closest_and_onderdeel(utrecht, pedagogisch):
    report = curriculum_report(utrecht, pedagogisch)
    # page 2 of the examenplan: B1-K1-W7 "Evalueert haar eigen werkzaamheden"
    assert ("  B1-K1-W7 'Evalueert haar eigen werkzaamheden' (pagina 2)\n"
            "      in het profiel heet B1-K1-W7 'Zorgt voor een veilig pedagogisch klimaat' (gelijkenis ") in report
    assert "      lijkt het meest op B1-K1-W8 Evalueert de werkzaamheden (" in report
    assert "      genoemd in: Consortium, serie 2023 B1-K1-W7 Evalueert haar eigen werkzaamheden" in report


def test_utrecht_chart_names_the_gaps_and_the_exams_that_cover_nothing(utrecht, pedagogisch):
    matrix = curriculum_matrix(utrecht, pedagogisch)
    figure = programme_charts.plot_curriculum_matrix(matrix, pedagogisch.bronvermelding,
                                                     werkprocessen=pedagogisch.werkprocessen)
    title = figure.texts[0].get_text().replace("\n", " ")
    # 13 werkprocessen examined by none (test_utrecht_coverage); the 10 exams whose codes were reported are empty rows
    assert title.startswith("13 van de 21 werkprocessen zitten in geen enkel onderdeel (B1-K1-W3, ")
    assert title.endswith("; 10 onderdelen dekken geen werkproces van dit profiel")
    grey = [label.get_text().replace("\n", " ") for label in figure.axes[0].get_yticklabels()
            if label.get_fontstyle() == "italic"]
    assert len(grey) == 10 and grey[0].startswith("Consortium, serie 2023 B1-K1-W4")


def test_cli_document_first_then_the_profile(tmp_path, capsys):
    from bcp_analysis.app.cli import main

    # B1-K1-W7 with its title in profiel 25484 of the bundled dossier (its werkproces element)
    path = _write(tmp_path, "module,werkproces_id,werkproces_titel,niveau\n"
                            "PvB klimaat,B1-K1-W7,Zorgt voor een veilig pedagogisch klimaat,toetsen\n")
    assert main(["curriculum", str(path), str(BUNDLED_KD), "--profiel", "25484"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Curriculum tegen het profiel Gespecialiseerd pedagogisch medewerker: 1 module, "
                          "1 koppeling.\n1 van de 21 werkprocessen wordt gedekt.")
    assert main(["curriculum", str(tmp_path), str(BUNDLED_KD), "--profiel", "25484"]) == 1
    assert "dit is een map, geen bestand" in capsys.readouterr().err


def test_kerntaken_without_a_proeve_van_bekwaamheid():
    from bcp_analysis.analyses.curriculum import kerntaken_without_proeve
    from bcp_analysis.paths import EXAMPLE_EXAMENPLAN

    profile = load_profile()
    # data/curriculum/voorbeeld-examenplan.yaml: proeven for WP 1.1 t/m 1.4 and WP 3.1 t/m 3.6; kerntaak 2 has
    # a praktijkexamen only
    curriculum = load_curriculum(EXAMPLE_EXAMENPLAN, profile)
    assert kerntaken_without_proeve(curriculum, profile) == ["2"]
    report = curriculum_report(curriculum, profile)
    assert ("Kerntaken zonder examen of proeve: geen.\n"
            "Kerntaken zonder proeve van bekwaamheid (1):\n  2    Beheert accounts\n") in report
