"""Tests for bcp_analysis.analyses.summaries: counts per werkproces, the one-screen summary and herkomst."""

import dataclasses

import pytest

from bcp_analysis import load_profile
from bcp_analysis.analyses.summaries import herkomst, summary, werkproces_overview
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.profile import make_table
from bcp_analysis.paths import BUNDLED_RAW


def _with_lines(profile, source):
    """The profile with the provenance of 1.1 set as counted by hand in the bundled raw text."""
    werkprocessen = [dict(row, regel=681 if row["werkproces_id"] == "1.1" else None)
                     for row in profile.werkprocessen.drop(columns=["regel", "pagina"]).to_dict("records")]
    lines = {"Samenwerken en overleggen": 688, "Analyseren": 689, "Onderzoeken": 691, "Bedrijfsmatig handelen": 693}
    competenties = [dict(row, regel=lines[row["competentie"]] if row["werkproces_id"] == "1.1" else None)
                    for row in profile.competenties.drop(columns=["regel", "pagina"]).to_dict("records")]
    return dataclasses.replace(profile, werkprocessen=make_table("werkprocessen", werkprocessen),
                               competenties=make_table("competenties", competenties), source=str(source))


def test_werkproces_overview_counts(bundled_profile):
    overview = werkproces_overview(bundled_profile)
    # 3.3 in the curated profile: 10 competencies, 9 kennis items (counted in the YAML by hand)
    row = overview[overview["werkproces_id"] == "3.3"].iloc[0]
    assert (row["competenties"], row["kennis"]) == (10, 9)


def test_summary_names_the_profile(bundled_profile):
    assert summary(bundled_profile).splitlines()[0] == "Profiel: Junior accountmanager"


def test_herkomst_of_one_cross_quotes_the_source_line(bundled_profile):
    profile = _with_lines(bundled_profile, BUNDLED_RAW)
    rows = herkomst(profile, "1.1", "Analyseren")
    assert rows["onderdeel"].tolist() == ["werkproces", "competentie"]
    assert rows["regel"].tolist() == [681, 689]
    assert rows["brontekst"].tolist() == [
        "Beschrijving werkproces:", "analyseert deze ontwikkelingen en legt ze in het systeem - Analyseren"]


def test_herkomst_of_all_crosses_of_a_werkproces(bundled_profile):
    rows = herkomst(_with_lines(bundled_profile, BUNDLED_RAW), "1.1")
    assert rows["inhoud"].tolist()[1:] == [
        "Samenwerken en overleggen", "Analyseren", "Onderzoeken", "Bedrijfsmatig handelen"]
    assert rows["regel"].tolist()[1:] == [688, 689, 691, 693]


def test_herkomst_accepts_a_spelling_variant(bundled_profile):
    rows = herkomst(_with_lines(bundled_profile, BUNDLED_RAW), "1.1", "analyseren")
    assert rows["inhoud"].tolist() == ["Verzamelt (markt)informatie", "Analyseren"]


def test_herkomst_of_the_curated_profile_gives_lines_without_text(bundled_profile):
    # The curated YAML carries the raw text's lines (681 "Beschrijving werkproces:", 689 "- Analyseren"),
    # but it is no text to quote from.
    rows = herkomst(bundled_profile, "1.1", "Analyseren")
    assert rows["regel"].tolist() == [681, 689] and rows["brontekst"].tolist() == ["", ""]


def test_herkomst_without_provenance_has_empty_places(bundled_profile):
    profile = bundled_profile
    tables = {name: make_table(name, getattr(profile, name).drop(columns=["regel", "pagina"]).to_dict("records"))
              for name in ("werkprocessen", "competenties")}
    rows = herkomst(dataclasses.replace(profile, **tables), "1.1", "Analyseren")
    assert rows["regel"].isna().all() and rows["brontekst"].tolist() == ["", ""]


def test_herkomst_refuses_what_is_not_there(bundled_profile):
    with pytest.raises(ProfileError, match="9.9"):
        herkomst(bundled_profile, "9.9")
    with pytest.raises(ProfileError, match="Presenteren"):
        herkomst(bundled_profile, "1.1", "Presenteren")   # one of the 25, but no cross of 1.1


def test_herkomst_on_the_raw_text_read_by_load_profile():
    rows = herkomst(load_profile(BUNDLED_RAW), "1.1", "Onderzoeken")
    assert rows["regel"].tolist() == [681, 691]
    assert rows["brontekst"].iloc[1] == "vast. Met als doel bruikbare managementinformatie voor het | - Onderzoeken"


def test_summary_of_the_text_names_what_it_could_not_read(bundled_profile):
    # The bundled text: §1.3's career columns are read (8 positions, raw lines 406-435), its comparison
    # table (441-477) is not: the summary says so instead of a bare 0. The curated YAML has 18 rows.
    text_summary = summary(load_profile(BUNDLED_RAW)).splitlines()[-1]
    assert "loopbaan: 8," in text_summary
    assert "vergelijking: 0 (niet uit de tekst gelezen: zie het extractieverslag)" in text_summary
    assert "vergelijking: 18," in summary(bundled_profile).splitlines()[-1]


def test_werkproces_overview_counts_gedrag(bundled_profile):
    from bcp_analysis.paths import BUNDLED_KD

    overview = werkproces_overview(load_profile(BUNDLED_KD, profiel="Onderwijsassistent")).set_index("werkproces_id")
    # data/kd/pedagogisch-werk-23183.xml: "Evalueert de werkzaamheden" (B1-K1-W8) has 7 gedrag bullets for
    # every profiel (lines 432-438) and 3 more for profiel 966094, Onderwijsassistent (lines 441-443);
    # "Voert voorwaardelijke werkzaamheden uit ten behoeve van het lesprogramma" (P3-K2-W1) has 3 (lines 1198-1200).
    assert overview.loc["B1-K1-W8", "gedrag"] == 10
    assert overview.loc["P3-K2-W1", "gedrag"] == 3
    # a BCP has no gedrag: the column is there and 0 for each of its 15 werkprocessen
    bcp = werkproces_overview(bundled_profile)
    assert bcp["gedrag"].tolist() == [0] * 15


def test_summary_shows_gedrag_only_for_a_profile_with_gedrag(bundled_profile):
    from bcp_analysis.paths import BUNDLED_KD

    lines = summary(load_profile(BUNDLED_KD, profiel="Onderwijsassistent")).splitlines()
    assert lines[4] == "werkproces  comp  res kennis vaardig gedrag  titel"
    # B1-K1-W8: 5 competencies (tests/test_kd.py), 2 resultaten (the common one and the aanvullend one of
    # 966094), no kennis or vaardigheden, 10 gedrag (counted above)
    row = next(line for line in lines if line.startswith("B1-K1-W8"))
    assert row.split()[:6] == ["B1-K1-W8", "5", "2", "0", "0", "10"]
    bcp = summary(bundled_profile).splitlines()
    assert bcp[4] == "werkproces  comp  res kennis vaardig  titel"
    assert not any("gedrag" in line for line in bcp)


def test_kerntaak_overview_counts_vakkennis_per_kerntaak():
    from bcp_analysis.analyses.summaries import kerntaak_overview
    from bcp_analysis.model.profile import TABLES, Profile, make_table

    # a KD-like profile written here: B1-K1 with two werkprocessen and three vakkennis items, P1-K1 with one and none
    tables = {name: make_table(name) for name in TABLES}
    tables["kerntaken"] = make_table("kerntaken", [{"kerntaak_id": "B1-K1", "titel": "Basis", "toelichting": ""},
                                                   {"kerntaak_id": "P1-K1", "titel": "Profiel", "toelichting": ""}])
    tables["werkprocessen"] = make_table("werkprocessen", [
        {"werkproces_id": f"{kerntaak}-W{number}", "kerntaak_id": kerntaak, "titel": "x", "beschrijving": "x"}
        for kerntaak, number in (("B1-K1", 1), ("B1-K1", 2), ("P1-K1", 1))])
    tables["vakkennis"] = make_table("vakkennis", [{"kerntaak_id": "B1-K1", "item": item} for item in "abc"])
    overview = kerntaak_overview(Profile(meta={"titel": "KD"}, **tables))
    assert overview[["kerntaak_id", "werkprocessen", "vakkennis"]].values.tolist() == [["B1-K1", 2, 3], ["P1-K1", 1, 0]]
