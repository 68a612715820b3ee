"""Tests for bcp_analysis.analyses.findings: the sentences agree with hand counts of the source."""

import copy

from bcp_analysis.analyses.findings import coverage_findings, labour_market_findings, overlap_findings
from bcp_analysis.readers.yaml_profile import profile_from_dict, profile_to_dict


def test_coverage_findings_bundled(bundled_profile):
    sentences = coverage_findings(bundled_profile)
    # 97 links; 1.4 needs 3 competencies (raw 869-871), 3.3 needs 10 (raw 1337-1357)
    assert "97 keer" in sentences[0] and "3 tot 10" in sentences[0]
    # Ethisch en integer handelen: 2.1-2.4 and 3.2-3.7 = 10 werkprocessen
    assert sentences[1] == "Het vaakst nodig: Ethisch en integer handelen (in 10 van de 15 werkprocessen)."
    assert "Aansturen, Leren en Omgaan met verandering en aanpassen" in sentences[2]


def test_overlap_findings_nested_pairs(bundled_profile):
    sentences = overlap_findings(bundled_profile)
    # 1.2's 6 competencies recur in 1.3 (8); 1.4's 3 in 3.1 (5); 2.1's 4 in 2.2 (7)
    assert sentences[1].endswith("1.2 in 1.3, 1.4 in 3.1 en 2.1 in 2.2.")


def test_findings_for_a_profile_without_figures_and_unused(bundled_profile):
    data = copy.deepcopy(profile_to_dict(bundled_profile))
    del data["arbeidsmarkt"]
    assert labour_market_findings(profile_from_dict(data)) == ["Dit profiel bevat geen arbeidsmarktcijfers."]
    data["kerntaken"][0]["werkprocessen"][0]["competenties"] += [
        "Aansturen", "Leren", "Omgaan met verandering en aanpassen"]
    assert coverage_findings(profile_from_dict(data))[2] == \
        "Elk van de 25 competenties is in minstens één werkproces nodig."


def test_overlap_findings_on_everything_reads_as_dutch(bundled_profile):
    sentences = overlap_findings(bundled_profile, on="alles")
    # 2.1 and 2.2 share 4 competencies (raw 950-955 / 1003-1016), 2 kennis (969-970 / 1043-1046)
    # and 5 vaardigheden (973-979 / 1049-1054, the English skill grouped): 11 items
    assert sentences[0].startswith("Het meest lijken 2.1 en 2.2 op elkaar: zij delen 11 items")
    assert sentences[1].startswith("Bij 1 paar zitten")


def _profile_with(werkprocessen, bundled_profile):
    """A profile of hand-made werkprocessen: (id, kerntaak, competencies)."""
    import dataclasses

    from bcp_analysis.model.profile import make_table

    return dataclasses.replace(
        bundled_profile,
        werkprocessen=make_table("werkprocessen", [{"werkproces_id": code, "kerntaak_id": kerntaak, "titel": code}
                                                   for code, kerntaak, _ in werkprocessen]),
        competenties=make_table("competenties", [{"werkproces_id": code, "competentie": name}
                                                 for code, _, names in werkprocessen for name in names]),
        kennis=make_table("kennis"), vaardigheden=make_table("vaardigheden"))


def test_overlap_findings_claim_no_most_alike_when_nothing_is_shared(bundled_profile):
    profile = _profile_with([("B1-K1-W1", "B1-K1", ["Analyseren"]), ("B1-K1-W2", "B1-K1", ["Presenteren"])],
                            bundled_profile)
    sentences = overlap_findings(profile)
    assert sentences[0] == "Geen twee werkprocessen delen competenties."
    assert sentences[-1] == ("Op gedeelde competenties vormen de werkprocessen geen groepen: geen twee delen "
                             "genoeg competenties om samen te vallen.")


def test_overlap_findings_name_tied_pairs(bundled_profile):
    # W1 = W2 and W3 = W4: two pairs at 1,00
    profile = _profile_with([("B1-K1-W1", "B1-K1", ["Analyseren"]), ("B1-K1-W2", "B1-K1", ["Analyseren"]),
                             ("B1-K1-W3", "B1-K1", ["Presenteren"]), ("B1-K1-W4", "B1-K1", ["Presenteren"])],
                            bundled_profile)
    assert overlap_findings(profile)[0] == ("Het meest lijken 2 paren op elkaar, elk met gelijkenis 1,00: "
                                            "B1-K1-W1 en B1-K1-W2; B1-K1-W3 en B1-K1-W4.")


def test_overlap_findings_groups_as_far_as_runs_agree(bundled_profile):
    # 162 of 200 Louvain runs put 3.4 with 2.1-2.4 and 3.2-3.7 (tests/test_overlap.py)
    assert overlap_findings(bundled_profile)[-1] == (
        "Op gedeelde competenties vallen de werkprocessen in 2 groepen; 3.4 hoort in 81% van "
        "de berekeningen bij groep 2, de andere werkprocessen in elke berekening bij hun groep.")


def test_chart_titles_from_hand_made_tables():
    import pandas as pd

    from bcp_analysis.analyses.findings import curriculum_columns, curriculum_title, recurrence_title, similarity_title

    ids = ["1.1", "1.2", "1.3"]
    nothing = pd.DataFrame([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], index=ids, columns=ids)
    assert similarity_title(nothing, "kennis") == "Geen twee werkprocessen delen kennis: alle gelijkenissen zijn 0"
    # modules x werkprocessen: 1.1 assessed, 1.2 only practised, 1.3 in no module
    matrix = pd.DataFrame([["toetsen", "oefenen", ""], ["x", "", ""]], index=["A", "B"], columns=ids)
    columns = curriculum_columns(matrix)
    assert columns["aantal_modules"].tolist() == [2, 1, 0]
    assert columns["getoetst"].tolist() == ["ja", "nee", "nee"]
    assert curriculum_title(matrix) == ("1 van de 3 werkprocessen zit in geen enkele module (1.3); "
                                        "1 wordt wel onderwezen maar nergens getoetst (1.2)")
    recurrence = pd.DataFrame({"item": ["a", "b", "c"], "varianten": [1, 1, 1], "aantal_werkprocessen": [1, 1, 1],
                               "werkprocessen": ["1.1", "1.2", "1.3"], "soort": ["specifiek"] * 3})
    assert recurrence_title(recurrence, "kennis") == "Geen van de 3 kennisitems komt in meer dan één werkproces terug"
    gedrag = recurrence.assign(aantal_werkprocessen=[2, 2, 1], werkprocessen=["1.1, 1.2", "1.1, 1.3", "1.3"],
                               soort=["gedeeld", "gedeeld", "specifiek"])
    assert recurrence_title(gedrag, "gedrag") == (
        "2 van de 3 gedragingen komen in meer dan één werkproces terug; 2 het vaakst (elk in 2 werkprocessen)")


def test_recurrence_title_of_a_single_item_says_so(bundled_profile):
    from bcp_analysis.analyses.coverage import item_recurrence
    from bcp_analysis.analyses.findings import recurrence_title

    recurrence = item_recurrence(bundled_profile, "kennis")
    single = recurrence[recurrence["aantal_werkprocessen"] == 1].tail(1)
    assert len(single) == 1
    assert recurrence_title(single, "kennis") == \
        "Het profiel noemt één item onder kennisitems; het staat bij één werkproces"


def test_titles_of_the_dossier_and_register_charts_say_it_in_words():
    import pandas as pd

    from bcp_analysis.analyses.findings import domein_title, profile_similarity_title

    names = ["Kinderopvang", "Gespecialiseerd", "Onderwijsassistent"]
    table = pd.DataFrame([[1.0, 0.81, 0.89], [0.81, 1.0, 0.74], [0.89, 0.74, 1.0]], index=names, columns=names)
    assert profile_similarity_title(table) == (
        "Kinderopvang en Onderwijsassistent lijken het meest op elkaar (gelijkenis 0,89 op gedeelde competenties); "
        "Gespecialiseerd en Onderwijsassistent het minst (0,74)")
    assert "cosinus" not in profile_similarity_title(table, "cosinus")
    # two domeinen: A needed by every profiel of both, B by some, C by none
    shares = pd.DataFrame({"A": [1.0, 1.0], "B": [0.5, 0.0], "C": [0.0, 0.0]}, index=["Zorg (2)", "Techniek (4)"])
    assert domein_title(shares) == (
        "Alle profielen, in alle 2 domeinen, vragen 1 van de 3 competenties (A); geen enkel profiel vraagt C")


def test_sentences_of_a_kerntaak_say_so(bundled_profile):
    from bcp_analysis.analyses.coverage import competency_werkprocessen, coverage_matrix
    from bcp_analysis.analyses.findings import competency_finding, matrix_title

    profile = bundled_profile
    # Presenteren: raw lines 1257 (3.2), 1345 (3.3) and 1402 (3.4); kerntaak 2 is 2.1-2.4
    needing = competency_werkprocessen(profile, "Presenteren")
    sentence = competency_finding("Presenteren", "Interacteren en presenteren", needing.iloc[0:0], 4,
                                  scope="kerntaak 2", elsewhere=needing["werkproces_id"].tolist())
    assert sentence == ("Presenteren (cluster Interacteren en presenteren) is in geen werkproces van kerntaak 2 nodig; "
                        "wel in 3.2, 3.3 en 3.4")
    title = matrix_title(coverage_matrix(profile).loc[["2.1", "2.2", "2.3", "2.4"]], scope="kerntaak 2")
    assert title.startswith("Elk werkproces van kerntaak 2 vraagt ") and title.endswith(
        "competenties worden in kerntaak 2 nergens gevraagd")
