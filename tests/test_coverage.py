"""Tests for bcp_analysis.analyses.coverage: the proces-competentie-matrix and what recurs.

Expected values are counted by hand from the "Competenties:", "Kennis van:" and
"Vaardigheden:" lists of data/raw/junior-accountmanager-2010.txt (lines 680-1593; line
numbers in the comments). Competencies per werkproces, by SBB number:

    1.1 (686-693)   5 13 14 25                  4
    1.2 (753-766)   5 10 13 15 17 24            6
    1.3 (797-813)   5 10 13 15 17 18 24 25      8
    1.4 (867-871)   1 5 17                      3
    2.1 (948-955)   1 4 6 17                    4
    2.2 (1001-1016) 1 4 6 13 15 17 18           7
    2.3 (1058-1077) 4 5 6 13 18 20 22           7
    2.4 (1109-1127) 1 4 6 7 18 23               6
    3.1 (1190-1198) 1 5 13 14 17                5
    3.2 (1252-1264) 1 6 8 9 18 22 24            7
    3.3 (1335-1357) 3 4 6 8 9 11 12 18 23 24    10
    3.4 (1399-1409) 5 6 9 10 18 20 24 25        8
    3.5 (1450-1460) 1 6 8 11 13 20 22 24 25     9
    3.6 (1491-1496) 1 6 10 22                   4
    3.7 (1540-1558) 3 4 6 7 17 18 19 20 24      9
                                         total 97
"""

import pytest

from bcp_analysis import competentiemodel, load_profile
from bcp_analysis.analyses.coverage import (
    competency_frequency,
    coverage_by_cluster,
    coverage_by_kerntaak,
    coverage_matrix,
    item_recurrence,
    unused_competencies,
)
from bcp_analysis.model.competencies import competency_names

# Number of werkprocessen per competency (SBB nr), tallied from the table in the module docstring.
FREQUENCY = {1: 8, 2: 0, 3: 2, 4: 6, 5: 7, 6: 10, 7: 2, 8: 3, 9: 3, 10: 4, 11: 2, 12: 1, 13: 7,
             14: 2, 15: 3, 16: 0, 17: 7, 18: 8, 19: 1, 20: 4, 21: 0, 22: 4, 23: 2, 24: 7, 25: 4}


@pytest.fixture(scope="module")
def profile(bundled_profile):
    return bundled_profile


def test_matrix_shape_order_and_values(profile):
    matrix = coverage_matrix(profile)
    assert matrix.index.name == "werkproces_id"
    assert matrix.index.tolist() == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
                                     "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]
    assert matrix.columns.tolist() == competency_names()
    assert {str(dtype) for dtype in matrix.dtypes} == {"int64"}
    assert set(matrix.to_numpy().ravel()) == {0, 1}
    # total number of links: 97 (module docstring)
    assert int(matrix.to_numpy().sum()) == 97
    # 1.4 needs exactly 1, 5 and 17 (raw 869-871)
    row = matrix.loc["1.4"]
    assert row[row == 1].index.tolist() == [
        "Beslissen en activiteiten initiëren", "Samenwerken en overleggen", "Plannen en organiseren"]
    # 3.3 needs 10 competencies (raw 1337-1357), the most of any werkproces
    assert matrix.sum(axis=1).idxmax() == "3.3"
    assert int(matrix.loc["3.3"].sum()) == 10


def test_frequency_per_competency(profile):
    frequency = competency_frequency(profile)
    assert frequency.columns.tolist() == ["nr", "competentie", "cluster", "aantal_werkprocessen", "aandeel"]
    assert frequency["nr"].tolist() == list(range(1, 26))
    assert dict(zip(frequency["nr"], frequency["aantal_werkprocessen"])) == FREQUENCY
    # most needed: Ethisch en integer handelen, in 10 of the 15 werkprocessen
    # (2.1, 2.2, 2.3, 2.4, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7)
    top = frequency.loc[frequency["aantal_werkprocessen"].idxmax()]
    assert top["competentie"] == "Ethisch en integer handelen"
    assert top["aantal_werkprocessen"] == 10
    assert top["aandeel"] == pytest.approx(10 / 15)
    assert str(frequency["aantal_werkprocessen"].dtype) == "int64"
    assert str(frequency["aandeel"].dtype) == "float64"


def test_unused_competencies(profile):
    # 2, 16 and 21 appear in none of the 15 lists (module docstring)
    assert unused_competencies(profile) == ["Aansturen", "Leren", "Omgaan met verandering en aanpassen"]


def test_coverage_by_kerntaak(profile):
    table = coverage_by_kerntaak(profile)
    assert table.index.name == "kerntaak_id"
    assert table.index.tolist() == ["1", "2", "3"]
    assert table.columns.tolist() == competency_names()
    # Samenwerken en overleggen in all of 1.1-1.4
    assert table.loc["1", "Samenwerken en overleggen"] == 4
    # Ethisch en integer handelen in 3.2-3.7 but not 3.1 (raw 1192-1198)
    assert table.loc["3", "Ethisch en integer handelen"] == 6
    # Aandacht en begrip tonen in all of 2.1-2.4
    assert table.loc["2", "Aandacht en begrip tonen"] == 4
    # Ondernemend en commercieel handelen: 3.2, 3.3, 3.4, 3.5, 3.7
    assert table.loc["3", "Ondernemend en commercieel handelen"] == 5
    # Ethisch en integer handelen: none of 1.1-1.4
    assert table.loc["1", "Ethisch en integer handelen"] == 0
    # each kerntaak row sums to its links: 4+6+8+3, 4+7+7+6, 5+7+10+8+9+4+9
    assert table.sum(axis=1).tolist() == [21, 24, 52]


def test_coverage_by_cluster(profile):
    table = coverage_by_cluster(profile)
    assert table.columns.tolist() == [
        "cluster", "competenties_in_cluster", "gebruikte_competenties", "koppelingen", "aandeel_gebruikt"]
    assert table["cluster"].tolist() == list(dict.fromkeys(competentiemodel()["cluster"]))
    rows = table.set_index("cluster")
    # Leiden en beslissen = 1, 2, 3: 8 + 0 + 2 links, Aansturen unused
    assert rows.loc["Leiden en beslissen", ["competenties_in_cluster", "gebruikte_competenties", "koppelingen"]
                    ].tolist() == [3, 2, 10]
    assert rows.loc["Leiden en beslissen", "aandeel_gebruikt"] == pytest.approx(2 / 3)
    # Ondersteunen en samenwerken = 4, 5, 6: 6 + 7 + 10
    assert rows.loc["Ondersteunen en samenwerken", "koppelingen"] == 23
    # Aanpassen en omgaan met druk = 21, 22: only 22 used, 4 links
    assert rows.loc["Aanpassen en omgaan met druk", ["gebruikte_competenties", "koppelingen"]].tolist() == [1, 4]
    assert int(table["koppelingen"].sum()) == 97


def test_kennis_recurrence(profile):
    table = item_recurrence(profile, on="kennis")
    assert table.columns.tolist() == ["item", "varianten", "aantal_werkprocessen", "werkprocessen", "soort"]
    rows = table.set_index("item")
    # CRM: 2.1 (970), 2.2 (1046), 2.3 (1091), 2.4 (1143), 3.7 (1570)
    crm = rows.loc["Customer relationship management (CRM)"]
    assert crm["aantal_werkprocessen"] == 5
    assert crm["werkprocessen"] == "2.1, 2.2, 2.3, 2.4, 3.7"
    assert crm["soort"] == "generiek"
    # the most recurring kennis item is CRM
    assert table.iloc[0]["item"] == "Customer relationship management (CRM)"
    # Producten en diensten van de organisatie: 3.1 (1213), 3.2 (1290), 3.3 (1384), 3.4 (1432)
    assert rows.loc["Producten en diensten van de organisatie", "aantal_werkprocessen"] == 4
    # Verkoopmodellen en -theorieën: 1.2 (787), 1.3 (854) -> gedeeld
    assert rows.loc["Verkoopmodellen en -theorieën", "soort"] == "gedeeld"
    # Gesprekstechnieken en -structuren (2.3, 1089) groups with Gespreksstructuren en -technieken (3.2, 1289)
    gesprek = rows.loc["Gesprekstechnieken en -structuren"]
    assert (gesprek["varianten"], gesprek["werkprocessen"]) == (2, "2.3, 3.2")
    # Escalatiemanagement only in 2.3 (1087)
    assert rows.loc["Escalatiemanagement", "soort"] == "specifiek"
    # sorted by count descending, then item
    assert table["aantal_werkprocessen"].is_monotonic_decreasing
    for _, block in table.groupby("aantal_werkprocessen"):
        assert block["item"].tolist() == sorted(block["item"])


def test_vaardigheden_recurrence(profile):
    rows = item_recurrence(profile, on="vaardigheden").set_index("item")
    # every werkproces lists "Mondelinge en schriftelijke taalbeheersing Nederlands"
    assert rows.loc["Mondelinge en schriftelijke taalbeheersing Nederlands", "aantal_werkprocessen"] == 15
    # an English skill in every werkproces except 3.1 (1219-1227), in 8 wordings; only 1.1 and
    # 1.2 say "Leesvaardigheid", so the group is named by what all eight share
    assert "Leesvaardigheid Engels en tweede moderne vreemde taal" not in rows.index
    engels = rows.loc["Vaardigheid Engels en tweede moderne vreemde taal"]
    assert engels["aantal_werkprocessen"] == 14
    assert engels["varianten"] == 8
    assert engels["werkprocessen"] == "1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 2.3, 2.4, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7"
    # Omgangsvormen: 2.1 (976), 2.2 (1053), 2.3 (1101), 2.4 (1152), 3.2 (1302), 3.3 (1395), 3.5 (1483), 3.7 (1580)
    assert rows.loc["Omgangsvormen", "aantal_werkprocessen"] == 8
    # Luisteren, samenvatten (en) doorvragen: 1.1 (724), 2.4 (1154), 3.2 (1301), two wordings
    luisteren = rows.loc["Luisteren, samenvatten en doorvragen"]
    assert (luisteren["aantal_werkprocessen"], luisteren["varianten"], luisteren["soort"]) == (3, 2, "generiek")
    # Adviesvaardigheden: 2.1 (977), 2.2 (1054)
    assert rows.loc["Adviesvaardigheden", "soort"] == "gedeeld"
    # Rekenvaardigheid: only 1.3 (861)
    assert rows.loc["Rekenvaardigheid", "soort"] == "specifiek"


def test_item_recurrence_refuses_unknown_kind(profile):
    with pytest.raises(ValueError, match="kies uit .kennis., .vaardigheden."):
        item_recurrence(profile, on="competenties")


def test_inputs_are_not_mutated(profile):
    before = {name: table.copy() for name, table in profile.tables().items()}
    coverage_matrix(profile)
    competency_frequency(profile)
    coverage_by_kerntaak(profile)
    coverage_by_cluster(profile)
    item_recurrence(profile, on="kennis")
    item_recurrence(profile, on="vaardigheden")
    for name, table in profile.tables().items():
        assert table.equals(before[name]), name


def test_gedrag_recurrence_of_a_kd():
    from bcp_analysis.paths import BUNDLED_KD

    rows = item_recurrence(load_profile(BUNDLED_KD, profiel="Gespecialiseerd pedagogisch medewerker"), on="gedrag")
    recurring = rows.loc[rows["aantal_werkprocessen"] > 1].set_index("item")
    # data/kd/pedagogisch-werk-23183.xml: line 386 (B1-K1-W6, "Ondersteunt bij verzorgende taken") and line 901
    # (P2-K1-W5, "Biedt persoonlijke verzorging"); lines 884 (P2-K1-W4) and 937 (P2-K1-W7). Line 1159 ("... van de
    # leerling/student") belongs to the Onderwijsassistent, line 711 to the Pedagogisch medewerker kinderopvang.
    assert recurring["werkprocessen"].to_dict() == {
        "gaat discreet om met lichaamscontact tijdens de persoonlijke verzorging": "B1-K1-W6, P2-K1-W5",
        "past effectieve interventies toe gericht op de ontwikkeling van het kind": "P2-K1-W4, P2-K1-W7",
    }
    assert set(recurring["soort"]) == {"gedeeld"}


def test_gedrag_recurrence_groups_wordings_like_kennis(profile):
    import dataclasses

    from bcp_analysis.model.profile import make_table

    gedrag = make_table("gedrag", [
        {"werkproces_id": "1.1", "item": "Werkt veilig en hygiënisch"},
        {"werkproces_id": "2.1", "item": "werkt veilig en hygienisch"},
        {"werkproces_id": "3.1", "item": "Werkt veilig en hygiënisch"},
        {"werkproces_id": "1.2", "item": "Luistert actief"},
    ])
    rows = item_recurrence(dataclasses.replace(profile, gedrag=gedrag), on="gedrag")
    # case and accent differ only: one item in 3 werkprocessen with 2 wordings; the other in 1
    assert rows[["item", "varianten", "aantal_werkprocessen", "werkprocessen", "soort"]].values.tolist() == [
        ["Werkt veilig en hygiënisch", 2, 3, "1.1, 2.1, 3.1", "generiek"],
        ["Luistert actief", 1, 1, "1.2", "specifiek"],
    ]
    # a BCP names no gedrag: no rows
    assert item_recurrence(profile, on="gedrag").empty
