"""Tests for bcp_analysis.analyses.programme_compare: the onderdelen a profile's update touches, two programmes."""

import pytest
from openpyxl import load_workbook

from bcp_analysis import load_profile
from bcp_analysis.analyses.compare import compare_profiles
from bcp_analysis.analyses.curriculum import load_curriculum
from bcp_analysis.analyses.programme_compare import compare_programmes, revisions, revisions_per_onderdeel
from bcp_analysis.app.cli import main
from bcp_analysis.model.programme import KENMERKEN, Programme, make_programme_table
from bcp_analysis.outputs.change_report import change_sheets, summarize_revisions
from bcp_analysis.paths import BUNDLED_PROFILE, EXAMPLE_CURRICULUM, EXAMPLE_PROFILE
from bcp_analysis.readers import load_programme


@pytest.fixture(scope="module")
def old(bundled_profile):
    return bundled_profile


@pytest.fixture(scope="module")
def new():
    return load_profile(EXAMPLE_PROFILE)


@pytest.fixture(scope="module")
def table(old, new):
    return revisions(compare_profiles(old, new), load_curriculum(EXAMPLE_CURRICULUM, old))


def test_each_change_names_the_onderdelen_it_touches(table):
    # The 2026 example (data/profiles/junior-accountmanager-2026-voorbeeld.yaml) removes 2.3, renumbers 2.4 to
    # 2.3, moves Presenteren from 3.3 to 3.1 and adds 3.8. In voorbeeld.csv old 2.3 is in Relatiebeheer (row 14,
    # oefenen) and Klachtbehandeling en klantcontact (row 16, toetsen); old 2.4 in no module; 3.1 in
    # Verkoopvoorbereiding en acquisitie (row 17); 3.3 in four modules (rows 19, 21, 22, 25).
    assert table[["werkproces_id", "oud_werkproces_id", "wijziging", "aantal_onderdelen"]].values.tolist() == [
        ["2.3", "2.3", "werkproces verwijderd", 2],
        ["2.3", "2.4", "werkproces hernummerd", 0],
        ["3.1", "3.1", "competentie erbij", 1],
        ["3.3", "3.3", "competentie eraf", 4],
        ["3.8", "", "werkproces toegevoegd", 0],
    ]
    assert table.loc[3, "onderdelen"] == ("Verkoopvoorbereiding en acquisitie (introductie); Gesprekstechniek "
                                          "(oefenen); Offertes en onderhandelen (oefenen); Beroepspraktijkvorming "
                                          "(toetsen)")
    assert table.loc[2, "inhoud"] == "Presenteren" and table.loc[1, "inhoud"] == "2.4 → 2.3"


def test_per_onderdeel_which_exams_to_revise(table):
    per = revisions_per_onderdeel(table)
    assert per[["onderdeel", "aantal_wijzigingen"]].values.tolist() == [
        ["Relatiebeheer", 1], ["Klachtbehandeling en klantcontact", 1], ["Verkoopvoorbereiding en acquisitie", 2],
        ["Gesprekstechniek", 1], ["Offertes en onderhandelen", 1], ["Beroepspraktijkvorming", 1]]
    assert per.loc[2, "wijzigingen"] == "3.1: competentie erbij (Presenteren); 3.3: competentie eraf (Presenteren)"


def test_renamed_werkproces_follows_the_renumbering(old):
    # a title change at a werkproces that was also renumbered is looked up under its old id
    import pandas as pd

    changes = pd.DataFrame([
        {"onderdeel": "werkproces", "werkproces_id": "2.3", "wijziging": "gewijzigd", "oud": "2.4", "nieuw": "2.3",
         "toelichting": ""},
        {"onderdeel": "titel", "werkproces_id": "2.3", "wijziging": "gewijzigd", "oud": "Werkt aan een diepterelatie",
         "nieuw": "Bouwt een diepterelatie op", "toelichting": ""}])
    programme = Programme(kenmerken=dict.fromkeys(KENMERKEN), kerntaken=make_programme_table("kerntaken"),
                          werkprocessen=make_programme_table("werkprocessen"),
                          onderdelen=make_programme_table("onderdelen", [{"onderdeel": "PvB relaties",
                                                                          "soort": "examen"}]),
                          dekking=make_programme_table("dekking", [{"onderdeel": "PvB relaties", "werkproces_id": "2.4",
                                                                    "kerntaak_id": "2", "niveau": "toetsen"}]))
    result = revisions(changes, load_curriculum(programme, old))
    assert result[["wijziging", "oud_werkproces_id", "onderdelen"]].values.tolist() == [
        ["werkproces hernummerd", "2.4", "PvB relaties (toetsen)"],
        ["titel gewijzigd", "2.4", "PvB relaties (toetsen)"]]


def test_summary_and_sheets(old, new, table):
    summary = summarize_revisions(table, "Let op: dit examenplan is voor crebo 1; het profiel is crebo 2.")
    lines = summary.splitlines()
    assert lines[0].startswith("Let op: dit examenplan is voor crebo 1")
    assert lines[1] == "Te herzien: 6 onderdelen, geraakt door 3 van de 5 wijzigingen."
    assert "  Verkoopvoorbereiding en acquisitie\n    - 3.1: competentie erbij (Presenteren)\n" in summary
    assert "  - 3.8: werkproces toegevoegd (3.8 Zet digitale verkoopkanalen in) (nog in geen onderdeel" in summary
    sheets = change_sheets(old, new, revisions=table)
    assert list(sheets)[:2] == ["Te herzien per onderdeel", "Te herzien per wijziging"]
    assert "Te herzien per onderdeel" not in change_sheets(old, new)


def test_cli_diff_with_curriculum(tmp_path, capsys):
    excel = tmp_path / "wijzigingen.xlsx"
    assert main(["diff", str(BUNDLED_PROFILE), str(EXAMPLE_PROFILE), "--curriculum", str(EXAMPLE_CURRICULUM),
                 "--excel", str(excel)]) == 0
    out = capsys.readouterr().out
    assert "Te herzien: 6 onderdelen, geraakt door 3 van de 5 wijzigingen." in out
    assert "  Relatiebeheer\n    - 2.3: werkproces verwijderd (2.3 Behandelt klachten)" in out
    sheet = load_workbook(excel)["Te herzien per onderdeel"]
    assert [cell.value for cell in sheet["A"]][1:3] == ["Relatiebeheer", "Klachtbehandeling en klantcontact"]


def test_cli_diff_with_a_bad_curriculum_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "opleiding.csv"
    bad.write_text("module,werkproces_id\nA,9.9\n", encoding="utf-8")
    excel = tmp_path / "wijzigingen.xlsx"
    assert main(["diff", str(BUNDLED_PROFILE), str(EXAMPLE_PROFILE), "--curriculum", str(bad),
                 "--excel", str(excel)]) == 1
    captured = capsys.readouterr()
    assert "rij 2" in captured.err and "'9.9'" in captured.err and "Traceback" not in captured.err
    assert captured.out == "" and not excel.exists()


# --- two programmes side by side ----------------------------------------------------------------


def _programme(rows):
    names = list(dict.fromkeys(name for name, _ in rows))
    return Programme(kenmerken=dict.fromkeys(KENMERKEN), kerntaken=make_programme_table("kerntaken"),
                     werkprocessen=make_programme_table("werkprocessen"),
                     onderdelen=make_programme_table("onderdelen", [{"onderdeel": name, "soort": "examen"}
                                                                    for name in names]),
                     dekking=make_programme_table("dekking", [
                         {"onderdeel": name, "werkproces_id": code if "-W" in code else "",
                          "kerntaak_id": code.rsplit("-W", 1)[0], "niveau": "toetsen"} for name, code in rows]))


def test_compare_programmes():
    last_year = _programme([("PvB 1", "B1-K1-W1"), ("PvB 1", "B1-K1-W2"), ("PvB 2", "B1-K1-W3"),
                            ("Portfolio", "B1-K2")])
    this_year = _programme([("PvB 1", "B1-K1-W1"), ("PvB 2", "B1-K1-W3"), ("PvB 2", "B1-K1-W2"),
                            ("CGI", "B1-K1-W4")])
    changes = compare_programmes(last_year, this_year)
    assert changes.values.tolist() == [
        ["onderdeel", "Portfolio", "verwijderd", "B1-K2", ""],
        ["onderdeel", "CGI", "toegevoegd", "", "B1-K1-W4"],
        ["werkproces", "B1-K1-W2", "verplaatst", "PvB 1", "PvB 2"],
        ["werkproces", "B1-K2", "verwijderd", "Portfolio", ""],
        ["werkproces", "B1-K1-W4", "toegevoegd", "", "CGI"],
    ]


def test_a_programme_with_itself_is_empty():
    programme = load_programme(EXAMPLE_CURRICULUM)
    changes = compare_programmes(programme, programme)
    assert changes.empty and changes.columns.tolist() == ["soort", "naam", "wijziging", "oud", "nieuw"]


def test_verkenner_shows_the_onderdelen_a_selection_touches():
    from bcp_analysis.app.verkenner import open_document, views

    document = open_document(EXAMPLE_PROFILE, previous=BUNDLED_PROFILE, curriculum=EXAMPLE_CURRICULUM)
    # 3.1 gains Presenteren in the 2026 example; in voorbeeld.csv old 3.1 is Verkoopvoorbereiding en acquisitie
    sentence, table = views(document, "3.1", "Presenteren")["herzien"]
    assert table["onderdelen"].tolist()[0] == "Verkoopvoorbereiding en acquisitie (toetsen)"
    assert sentence.startswith("Te herzien: ") and "Verkoopvoorbereiding en acquisitie" in sentence
