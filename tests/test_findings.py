"""Tests for bcp_analysis.findings: the sentences agree with hand counts of the source."""

import copy

from bcp_analysis import load_profile
from bcp_analysis.findings import coverage_findings, labour_market_findings, overlap_findings
from bcp_analysis.readers.yaml_profile import profile_from_dict, profile_to_dict


def test_coverage_findings_bundled():
    sentences = coverage_findings(load_profile())
    # 97 links; 1.4 needs 3 competencies (raw 869-871), 3.3 needs 10 (raw 1337-1357)
    assert "97 keer" in sentences[0] and "3 tot 10" in sentences[0]
    # Ethisch en integer handelen: 2.1-2.4 and 3.2-3.7 = 10 werkprocessen
    assert sentences[1] == "Het vaakst nodig: Ethisch en integer handelen (in 10 van de 15 werkprocessen)."
    assert "Aansturen, Leren en Omgaan met verandering en aanpassen" in sentences[2]


def test_overlap_findings_nested_pairs():
    sentences = overlap_findings(load_profile())
    # 1.2's 6 competencies recur in 1.3 (8); 1.4's 3 in 3.1 (5); 2.1's 4 in 2.2 (7)
    assert sentences[1].endswith("1.2 in 1.3, 1.4 in 3.1 en 2.1 in 2.2.")


def test_findings_for_a_profile_without_figures_and_unused():
    data = copy.deepcopy(profile_to_dict(load_profile()))
    del data["arbeidsmarkt"]
    assert labour_market_findings(profile_from_dict(data)) == ["Dit profiel bevat geen arbeidsmarktcijfers."]
    data["kerntaken"][0]["werkprocessen"][0]["competenties"] += [
        "Aansturen", "Leren", "Omgaan met verandering en aanpassen"]
    assert coverage_findings(profile_from_dict(data))[2] == \
        "Elk van de 25 competenties is in minstens één werkproces nodig."


def test_overlap_findings_on_everything_reads_as_dutch():
    sentences = overlap_findings(load_profile(), on="alles")
    # 2.1 and 2.2 share 4 competencies (raw 950-955 / 1003-1016), 2 kennis (969-970 / 1043-1046)
    # and 5 vaardigheden (973-979 / 1049-1054, the English skill grouped): 11 items
    assert sentences[0].startswith("Het meest lijken 2.1 en 2.2 op elkaar: zij delen 11 items")
    assert sentences[1].startswith("Bij 1 paar zitten")
