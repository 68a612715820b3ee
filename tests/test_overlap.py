"""Tests for bcp_analysis.analyses.overlap: similarity of werkprocessen, graphs and communities.

Expected values are worked out on paper from the lists in
data/raw/junior-accountmanager-2010.txt (line numbers in the comments). Competencies per
werkproces by SBB number (see tests/test_coverage.py for the full table):

    1.1 {5 13 14 25}   1.2 {5 10 13 15 17 24}   1.3 {5 10 13 15 17 18 24 25}   1.4 {1 5 17}
    2.1 {1 4 6 17}     2.2 {1 4 6 13 15 17 18}  3.1 {1 5 13 14 17}
    3.3 {3 4 6 8 9 11 12 18 23 24}
"""

import os
import subprocess
import sys

import networkx as nx
import pandas as pd
import pytest

from bcp_analysis.analyses.overlap import (
    bipartite_graph,
    centrality,
    communities,
    competency_graph,
    most_similar_pairs,
    shared_items,
    similarity,
)

IDS = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]


@pytest.fixture(scope="module")
def profile(bundled_profile):
    return bundled_profile


def test_similarity_is_square_symmetric_with_unit_diagonal(profile):
    for on in ("competenties", "kennis", "vaardigheden", "alles"):
        for method in ("jaccard", "overlap"):
            table = similarity(profile, on=on, method=method)
            assert table.index.tolist() == IDS and table.columns.tolist() == IDS
            assert str(table.to_numpy().dtype) == "float64"
            assert (table.to_numpy() == table.to_numpy().T).all()
            assert all(table.loc[werkproces_id, werkproces_id] == 1.0 for werkproces_id in IDS)
            assert ((table >= 0) & (table <= 1)).all().all()


@pytest.mark.parametrize(("first", "second", "jaccard", "overlap"), [
    # 1.2's 6 all recur in 1.3's 8 (raw 753-766, 797-813): 6/8 and 6/6
    ("1.2", "1.3", 6 / 8, 1.0),
    # 1.1 ∩ 3.1 = {5 13 14}, union {1 5 13 14 17 25}: 3/6; smaller set has 4: 3/4
    ("1.1", "3.1", 3 / 6, 3 / 4),
    # 2.1 {1 4 6 17} inside 2.2's 7 (raw 948-955, 1001-1016)
    ("2.1", "2.2", 4 / 7, 1.0),
    # 1.4 {1 5 17} inside 3.1's 5
    ("1.4", "3.1", 3 / 5, 1.0),
    # 1.4 and 3.3 share nothing
    ("1.4", "3.3", 0.0, 0.0),
])
def test_competency_similarity_by_hand(profile, first, second, jaccard, overlap):
    assert similarity(profile).loc[first, second] == pytest.approx(jaccard)
    assert similarity(profile, method="overlap").loc[first, second] == pytest.approx(overlap)


def test_kennis_similarity_by_hand(profile):
    table = similarity(profile, on="kennis")
    # 2.2 (1043-1046) and 2.4 (1140-1143) list the same three kennis items
    assert table.loc["2.2", "2.4"] == 1.0
    # 2.3 has 5 items (1087-1094), 3.2 has 4 (1289-1293); only the Gesprekstechnieken/-structuren
    # pair is shared once wordings are grouped: 1 / (5 + 4 - 1)
    assert table.loc["2.3", "3.2"] == pytest.approx(1 / 8)


def test_vaardigheden_similarity_by_hand(profile):
    jaccard = similarity(profile, on="vaardigheden")
    overlap = similarity(profile, on="vaardigheden", method="overlap")
    # 2.1 (973-979) and 2.2 (1049-1054): the same 5 skills once the English wordings group
    assert jaccard.loc["2.1", "2.2"] == 1.0
    # 1.1 (721-728) and 3.2 (1296-1302) have 5 each, sharing Nederlands, Engels and Luisteren: 3/7, 3/5
    assert jaccard.loc["1.1", "3.2"] == pytest.approx(3 / 7)
    assert overlap.loc["1.1", "3.2"] == pytest.approx(3 / 5)


def test_alles_similarity_by_hand(profile):
    # 2.1: 4 competencies + 2 kennis + 5 vaardigheden = 11, all found in 2.2: 7 + 3 + 5 = 15
    assert similarity(profile, on="alles").loc["2.1", "2.2"] == pytest.approx(11 / 15)
    assert similarity(profile, on="alles", method="overlap").loc["2.1", "2.2"] == 1.0


def test_shared_items(profile):
    assert shared_items(profile, "1.2", "1.3") == [
        "Samenwerken en overleggen", "Formuleren en rapporteren", "Analyseren", "Creëren en innoveren",
        "Plannen en organiseren", "Ondernemend en commercieel handelen"]  # SBB order
    # only CRM is in both 2.1 (969-970) and 2.3 (1087-1094)
    assert shared_items(profile, "2.1", "2.3", on="kennis") == ["Customer relationship management (CRM)"]
    # group names, alphabetical; 1.1 reads English (723), 3.2 listens and speaks it (1298)
    assert shared_items(profile, "1.1", "3.2", on="vaardigheden") == [
        "Luisteren, samenvatten en doorvragen",
        "Mondelinge en schriftelijke taalbeheersing Nederlands",
        "Vaardigheid Engels en tweede moderne vreemde taal"]


def test_alles_keeps_kinds_apart(profile):
    # 3.1 lists "Voor de uitoefening ... marketingbegrippen" and "Wet- en regelgeving ..." as
    # vaardigheden (1225-1227), 3.2 as kennis (1292-1293): not shared across kinds
    assert shared_items(profile, "3.1", "3.2", on="alles") == [
        "competentie: Beslissen en activiteiten initiëren",
        "kennis: Producten en diensten van de organisatie",
        "vaardigheid: Gebruik van relatiebeheersystemen (CRM-tools)",
        "vaardigheid: Mondelinge en schriftelijke taalbeheersing Nederlands"]


def test_most_similar_pairs(profile):
    pairs = most_similar_pairs(profile, top=6)
    assert pairs.columns.tolist() == ["werkproces_a", "werkproces_b", "gelijkenis", "gedeeld", "gedeelde_items"]
    # worked out on paper: 6/8, 3/5, 4/7, 3/6, then two pairs at 5/11 ordered by id:
    # 1.3-3.4 share {5 10 18 24 25} of 11, 3.2-3.5 share {1 6 8 22 24} of 11
    assert pairs[["werkproces_a", "werkproces_b"]].values.tolist() == [
        ["1.2", "1.3"], ["1.4", "3.1"], ["2.1", "2.2"], ["1.1", "3.1"], ["1.3", "3.4"], ["3.2", "3.5"]]
    assert pairs["gelijkenis"].tolist() == pytest.approx([6 / 8, 3 / 5, 4 / 7, 3 / 6, 5 / 11, 5 / 11])
    assert pairs["gedeeld"].tolist() == [6, 3, 4, 3, 5, 5]
    assert pairs.loc[3, "gedeelde_items"] == "Samenwerken en overleggen; Analyseren; Onderzoeken"
    # all 15 * 14 / 2 pairs without a limit
    assert len(most_similar_pairs(profile, top=None)) == 105


def test_competency_graph_edges_at_threshold(profile):
    graph = competency_graph(profile, threshold=0.5)
    assert list(graph.nodes) == IDS
    assert graph.nodes["2.3"] == {"kerntaak_id": "2", "titel": "Behandelt klachten"}  # raw 1056
    # the only pairs with Jaccard >= 0.5 (see test_most_similar_pairs)
    assert {tuple(sorted(edge)) for edge in graph.edges} == {("1.2", "1.3"), ("1.4", "3.1"), ("2.1", "2.2"),
                                                             ("1.1", "3.1")}
    assert graph.edges["1.2", "1.3"] == {"weight": 0.75, "gedeeld": 6}
    assert list(competency_graph(profile, threshold=0.7).edges) == [("1.2", "1.3")]


def test_bipartite_graph(profile):
    graph = bipartite_graph(profile)
    # 15 werkprocessen + all 25 competencies, one edge per link (97, see tests/test_coverage.py)
    assert graph.number_of_nodes() == 40
    assert graph.number_of_edges() == 97
    assert graph.nodes["1.1"]["soort"] == "werkproces"
    assert graph.nodes["Leren"]["soort"] == "competentie"
    assert graph.degree("Ethisch en integer handelen") == 10
    assert graph.degree("Leren") == 0
    assert nx.is_bipartite(graph)
    assert bipartite_graph(profile, include_unused=False).number_of_nodes() == 37  # 3 unused dropped


def test_centrality(profile):
    table = centrality(profile)
    assert table.columns.tolist() == ["knoop", "soort", "graad", "centraliteit"]
    assert len(table) == 40
    assert table["soort"].tolist() == ["competentie"] * 25 + ["werkproces"] * 15
    # most transversal competency: Ethisch en integer handelen, 10 of 15 werkprocessen
    assert table.iloc[0].tolist() == ["Ethisch en integer handelen", "competentie", 10, pytest.approx(10 / 15)]
    # then the two at 8: Beslissen (1) and Op de behoeften (18), alphabetical
    assert table["knoop"].tolist()[1:3] == [
        "Beslissen en activiteiten initiëren", "Op de behoeften en verwachtingen van de klant richten"]
    # most transversal werkproces: 3.3 with 10 of the 25 competencies
    werkproces = table[table["soort"] == "werkproces"].iloc[0]
    assert (werkproces["knoop"], werkproces["graad"]) == ("3.3", 10)
    assert werkproces["centraliteit"] == pytest.approx(10 / 25)
    # the unused three close the competency block
    assert table["knoop"].tolist()[22:25] == ["Aansturen", "Leren", "Omgaan met verandering en aanpassen"]


def test_communities_are_deterministic(profile):
    first = communities(profile)
    second = communities(profile)
    assert first.equals(second)
    assert first.columns.tolist() == ["werkproces_id", "groep", "zekerheid", "groepsgrootte", "titel"]
    assert first["werkproces_id"].tolist() == IDS
    # numbered from 1 in the order their first werkproces appears
    seen = list(dict.fromkeys(first["groep"]))
    assert seen == list(range(1, len(seen) + 1))


def test_communities_do_not_depend_on_hash_seed():
    # string hashing changes between Python processes; the groups must not
    script = ("from bcp_analysis import load_profile; from bcp_analysis.analyses.overlap import communities; "
              "print(communities(load_profile(), on='alles')['groep'].tolist())")
    outputs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_communities_at_threshold_follow_components(profile):
    # at 0.5 the graph has edges 1.1-3.1-1.4, 1.2-1.3, 2.1-2.2 and 8 isolated werkprocessen;
    # Louvain keeps each small component together
    groups = communities(profile, threshold=0.5)
    assert groups["groep"].tolist() == [1, 2, 2, 1, 3, 3, 4, 5, 1, 6, 7, 8, 9, 10, 11]


def test_communities_report_only_what_most_runs_agree_on(profile):
    # Louvain over seeds 0-199 on the competency graph: 162 runs put 3.4 with 2.1-2.4 and
    # 3.2-3.7, 38 with 1.1-1.4 and 3.1 (the two partitions counted in the runs themselves:
    # the pair shares below are 200/200 or 162/200)
    groups = communities(profile).set_index("werkproces_id")
    first = ["1.1", "1.2", "1.3", "1.4", "3.1"]
    second = ["2.1", "2.2", "2.3", "2.4", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]
    assert groups.loc[first, "groep"].tolist() == [1] * 5
    assert groups.loc[second, "groep"].tolist() == [2] * 10
    assert groups.loc["3.4", "zekerheid"] == pytest.approx(162 / 200)
    assert (groups.drop(index="3.4")["zekerheid"] == 1.0).all()
    assert groups.loc["1.1", "groepsgrootte"] == 5


def test_communities_leave_out_what_runs_disagree_on(bundled_profile):
    # a triangle of equal weights and one more werkproces tied to two corners: no run can
    # keep one answer, so a werkproces the runs split on gets no group
    rows = {"werkprocessen": [{"werkproces_id": f"1.{n}", "kerntaak_id": "1", "titel": f"W{n}"} for n in range(1, 5)],
            "competenties": [{"werkproces_id": werkproces_id, "competentie": name}
                             for werkproces_id, names in (("1.1", ["Analyseren"]), ("1.2", ["Analyseren", "Leren"]),
                                                          ("1.3", ["Leren"]), ("1.4", ["Presenteren"]))
                             for name in names]}
    profile = _small_profile(rows, bundled_profile)
    groups = communities(profile).set_index("werkproces_id")
    # 1.4 shares nothing: alone in every run, its own group of one
    assert groups.loc["1.4", "groepsgrootte"] == 1
    assert groups.loc["1.4", "zekerheid"] == 1.0
    # every werkproces with a group has more than half of the runs behind it
    placed = groups.loc[groups["groep"].notna()]
    assert (placed["zekerheid"] > 0.5).all()
    assert (groups.loc[groups["groep"].isna(), "zekerheid"] <= 0.5).all()


def _small_profile(rows, bundled_profile):
    import dataclasses

    from bcp_analysis.model.profile import make_table
    base = bundled_profile
    tables = {name: make_table(name, rows.get(name, [])) for name in
              ("kerntaken", "werkprocessen", "competenties", "resultaten", "kennis", "vaardigheden")}
    tables["kerntaken"] = make_table("kerntaken", [{"kerntaak_id": "1", "titel": "K"}])
    return dataclasses.replace(base, **tables)


@pytest.mark.parametrize("call", [
    lambda profile: similarity(profile, on="resultaten"),
    lambda profile: similarity(profile, method="cosine"),
    lambda profile: most_similar_pairs(profile, method="dice"),
    lambda profile: shared_items(profile, "1.1", "9.9"),
    lambda profile: competency_graph(profile, on="beroepshouding"),
])
def test_unknown_choices_raise(profile, call):
    with pytest.raises(ValueError, match="kies uit|niet in het profiel"):
        call(profile)


def test_inputs_are_not_mutated(profile):
    before = {name: table.copy() for name, table in profile.tables().items()}
    similarity(profile, on="alles")
    most_similar_pairs(profile, on="kennis")
    centrality(profile)
    communities(profile)
    for name, table in profile.tables().items():
        assert table.equals(before[name]), name


def test_best_pairs_ties_and_nothing_shared():
    from bcp_analysis.analyses.overlap import best_pairs

    ids = ["a", "b", "c", "d"]
    tied = pd.DataFrame([[1, .5, 0, 0], [.5, 1, 0, 0], [0, 0, 1, .5], [0, 0, .5, 1]], index=ids, columns=ids)
    assert best_pairs(tied) == (0.5, [("a", "b"), ("c", "d")])
    nothing = pd.DataFrame([[1.0, 0.0], [0.0, 1.0]], index=ids[:2], columns=ids[:2])
    assert best_pairs(nothing) == (0.0, [])
