"""Tests for bcp_analysis.analyses.compare: the change table between two versions of a profile."""

import copy
from pathlib import Path

import pandas as pd
import pytest

from bcp_analysis import load_profile
from bcp_analysis.analyses.compare import (
    CHANGE_COLUMNS,
    added_and_removed_werkprocessen,
    compare_profiles,
    profile_competency_changes,
)
from bcp_analysis.model.profile import TABLES, Profile, make_table
from bcp_analysis.outputs.change_report import change_sheets, summarize_changes
from bcp_analysis.paths import EXAMPLE_PROFILE
from bcp_analysis.readers.yaml_profile import profile_from_dict, profile_to_dict
from bcp_analysis.readers.yaml_write import without_provenance

FIXTURES = Path(__file__).parent / "fixtures" / "compare"


def _table(rows):
    """The expected change table, from rows written out by hand."""
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS).astype("str")


@pytest.fixture(scope="module")
def oud():
    return load_profile(FIXTURES / "oud.yaml")


@pytest.fixture(scope="module")
def nieuw():
    return load_profile(FIXTURES / "nieuw.yaml")


@pytest.fixture(scope="module")
def bundled(bundled_profile):
    return bundled_profile


def _werkproces(data, werkproces_id):
    for kerntaak in data["kerntaken"]:
        for werkproces in kerntaak["werkprocessen"]:
            if werkproces["id"] == werkproces_id:
                return werkproces
    raise KeyError(werkproces_id)


def _small(werkprocessen):
    """A valid one-kerntaak profile with the given werkprocessen (id, titel, kennis)."""
    return profile_from_dict({
        "formaat": 1,
        "meta": {"titel": "Klein"},
        "kerntaken": [{"id": "1", "titel": "Kerntaak", "werkprocessen": [
            {"id": werkproces_id, "titel": titel, "beschrijving": "Tekst.", "competenties": ["Analyseren"],
             "resultaten": ["Resultaat"], "kennis": list(kennis), "vaardigheden": ["Rekenen"]}
            for werkproces_id, titel, kennis in werkprocessen
        ]}],
    })


# --- the fixtures themselves ------------------------------------------------------------


def test_fixtures_are_valid_profiles(oud, nieuw):
    # oud.yaml: kerntaak 1 with 1.1, 1.2; kerntaak 2 with 2.1, 2.2, 2.3 (counted in the file).
    assert oud.werkprocessen["werkproces_id"].tolist() == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert nieuw.werkprocessen["werkproces_id"].tolist() == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert nieuw.werkprocessen["titel"].tolist()[2:] == [
        "Onderhoudt relaties", "Voert de aftersales uit", "Adviseert over digitale kanalen"]


# --- the hand-written change table ------------------------------------------------------


def test_fixture_changes_exactly(oud, nieuw):
    # Every row follows from the change list at the top of tests/fixtures/compare/nieuw.yaml.
    expected = _table([
        # The headline: 2.3 brings three competencies that no werkproces of oud.yaml lists
        # (oud.yaml has Analyseren, Onderzoeken, Formuleren en rapporteren, Presenteren, Plannen
        # en organiseren, Aandacht en begrip tonen, Met druk en tegenslag omgaan, Relaties bouwen
        # en netwerken, Kwaliteit leveren, Instructies en procedures opvolgen), in SBB order
        # 8, 11, 15; removing 2.1 takes the only two werkproces lists with SBB 4 and 22.
        ["profielcompetentie", "", "toegevoegd", "", "Overtuigen en beïnvloeden", "nodig in 2.3"],
        ["profielcompetentie", "", "toegevoegd", "", "Vakdeskundigheid toepassen", "nodig in 2.3"],
        ["profielcompetentie", "", "toegevoegd", "", "Creëren en innoveren", "nodig in 2.3"],
        ["profielcompetentie", "", "verwijderd", "Aandacht en begrip tonen", "", "was nodig in 2.1"],
        ["profielcompetentie", "", "verwijderd", "Met druk en tegenslag omgaan", "", "was nodig in 2.1"],
        # 1. meta.bron changed.
        ["meta", "", "gewijzigd", "bron: Testprofiel, versie 1", "bron: Testprofiel, versie 2", ""],
        # 2. the 2025 vacancies forecast 1200 -> 1100, matched on (indicator, scope, periode).
        ["arbeidsmarkt", "", "gewijzigd", "vacatures, Nederland, 2025: 1.200 aantal (prognose)",
         "vacatures, Nederland, 2025: 1.100 aantal (prognose)", ""],
        # 3. a resultaat removed from 1.1.
        ["resultaat", "1.1", "verwijderd", "Een klantoverzicht", "", ""],
        # 4. Presenteren leaves 1.2 ...
        ["competentie", "1.2", "verwijderd", "Presenteren", "", ""],
        # 5. kennis reworded: "het" -> "een"; fuzz.ratio on 30 + 30 characters with 28 in common
        #    ("onderdelen van " 15, "e" 1, " verkoopplan" 12): 2 * 28 / 60 = 93.3.
        ["kennis", "1.2", "gewijzigd", "Onderdelen van het verkoopplan", "Onderdelen van een verkoopplan",
         "herformuleerd (gelijkenis 93%)"],
        # 6. 2.1 Behandelt klachten removed; oud.yaml lists 2 competenties (named), 1 resultaat,
        #    1 kennis item and 2 vaardigheden for it.
        ["werkproces", "2.1", "verwijderd", "2.1 Behandelt klachten", "",
         "2 competenties: Aandacht en begrip tonen, Met druk en tegenslag omgaan; "
         "1 resultaat, 1 kennisitem, 2 vaardigheden"],
        # 7. Onderhoudt relaties 2.2 -> 2.1, same title: one row, not a removal plus an addition ...
        ["werkproces", "2.1", "gewijzigd", "2.2", "2.1", "hernummerd van 2.2 naar 2.1, gekoppeld op titel"],
        # ... and compared under the match: it gains Presenteren (the other half of the move).
        ["competentie", "2.1", "toegevoegd", "", "Presenteren", ""],
        # 8. Voert aftersales uit 2.3 -> 2.2 with "de" added to its title: 20 and 23 characters,
        #    20 in common: 2 * 20 / 43 = 93.0, above the cutoff 85.
        ["werkproces", "2.2", "gewijzigd", "2.3", "2.2",
         "hernummerd van 2.3 naar 2.2, gekoppeld op gelijkende titel (gelijkenis 93%)"],
        ["titel", "2.2", "gewijzigd", "Voert aftersales uit", "Voert de aftersales uit", ""],
        # 9. the new 2.3 (3 competenties, 2 resultaten, 1 kennis item, 2 vaardigheden in nieuw.yaml);
        #    it is not matched with the old 2.3, whose title it does not share.
        ["werkproces", "2.3", "toegevoegd", "", "2.3 Adviseert over digitale kanalen",
         "3 competenties: Vakdeskundigheid toepassen, Creëren en innoveren, Overtuigen en beïnvloeden; "
         "2 resultaten, 1 kennisitem, 2 vaardigheden"],
    ])
    pd.testing.assert_frame_equal(compare_profiles(oud, nieuw), expected)


def test_reverse_comparison_mirrors_the_changes(oud, nieuw):
    forward, backward = compare_profiles(oud, nieuw), compare_profiles(nieuw, oud)
    assert len(forward) == len(backward) == 16

    def count(table, kind):
        return int((table["wijziging"] == kind).sum())

    # added: 3 profile competencies, 1 competentie, 1 werkproces; removed: 2 profile
    # competencies, 1 resultaat, 1 competentie, 1 werkproces.
    assert count(forward, "toegevoegd") == count(backward, "verwijderd") == 5
    assert count(forward, "verwijderd") == count(backward, "toegevoegd") == 5
    assert backward.loc[backward["onderdeel"] == "profielcompetentie", "nieuw"].tolist() == [
        "Aandacht en begrip tonen", "Met druk en tegenslag omgaan", "", "", ""]
    renumbered = backward[(backward["onderdeel"] == "werkproces") & (backward["wijziging"] == "gewijzigd")]
    assert renumbered[["werkproces_id", "oud", "nieuw"]].values.tolist() == [
        ["2.2", "2.1", "2.2"], ["2.3", "2.2", "2.3"]]


@pytest.mark.parametrize("name", ["oud.yaml", "nieuw.yaml"])
def test_identity_is_empty_with_the_columns(name):
    profile = load_profile(FIXTURES / name)
    changes = compare_profiles(profile, profile)
    assert changes.empty
    assert list(changes.columns) == CHANGE_COLUMNS


def test_bundled_profile_with_itself_is_empty(bundled):
    changes = compare_profiles(bundled, load_profile())
    assert changes.empty and list(changes.columns) == CHANGE_COLUMNS


def test_inputs_are_not_mutated(oud, nieuw):
    before = oud.werkprocessen.copy(), nieuw.kennis.copy()
    compare_profiles(oud, nieuw)
    pd.testing.assert_frame_equal(oud.werkprocessen, before[0])
    pd.testing.assert_frame_equal(nieuw.kennis, before[1])


# --- the 2026 example version ----------------------------------------------------------


def test_bundled_against_2026_example_gives_the_documented_changes(bundled):
    # The change list is the comment block at the top of junior-accountmanager-2026-voorbeeld.yaml.
    example = load_profile(EXAMPLE_PROFILE)
    perspective = bundled.trends.set_index("onderdeel").loc["arbeidsmarktperspectief", "tekst"]
    assert perspective.endswith("blijven stijgen naar 193.000 in 2014.")  # raw lines 529-530
    expected = _table([
        # 2. bron changed (meta keys are compared in the order of the old meta, additions after).
        ["meta", "", "gewijzigd", "bron: BCP Junior accountmanager, ECABO 2010",
         "bron: Fictief voorbeeld op basis van BCP Junior accountmanager, ECABO 2010", ""],
        # 1. status added.
        ["meta", "", "toegevoegd", "",
         "status: Fictief voorbeeld, geen echt BCP: een verzonnen '2026-versie' "
         "om het vergelijken van versies te tonen",
         ""],
        # 3. vacatures ECABO-domein mbo-niveau 2014 (raw line 530 with 193.000): 193000 -> 181000, in the
        #    text of trends.arbeidsmarktperspectief as in its row.
        ["trends", "", "gewijzigd", f"arbeidsmarktperspectief: {perspective}",
         "arbeidsmarktperspectief: " + perspective.replace("naar 193.000 in 2014", "naar 181.000 in 2014"), ""],
        ["arbeidsmarkt", "", "gewijzigd", "vacatures, ECABO-domein, mbo-niveau, 2014: 193.000 aantal (prognose)",
         "vacatures, ECABO-domein, mbo-niveau, 2014: 181.000 aantal (prognose)", ""],
        # 8. "Onderdelen van het accountplan" (30 characters) is a subsequence of "Onderdelen en
        #    opbouw van het accountplan" (40): 2 * 30 / 70 = 85.7.
        ["kennis", "1.3", "gewijzigd", "Onderdelen van het accountplan", "Onderdelen en opbouw van het accountplan",
         "herformuleerd (gelijkenis 86%)"],
        # 4. 2.3 Behandelt klachten: raw lines 1056-1103 list 7 competencies, 1 resultaat,
        #    5 kennis items and 4 vaardigheden.
        ["werkproces", "2.3", "verwijderd", "2.3 Behandelt klachten", "",
         "7 competenties: Aandacht en begrip tonen, Samenwerken en overleggen, Ethisch en integer handelen, "
         "Analyseren, Op de behoeften en verwachtingen van de klant richten, Instructies en procedures opvolgen, "
         "Met druk en tegenslag omgaan; 1 resultaat, 5 kennisitems, 4 vaardigheden"],
        # 5. 2.4 Werkt aan een diepterelatie renumbered to 2.3, matched on its unchanged title.
        ["werkproces", "2.3", "gewijzigd", "2.4", "2.3", "hernummerd van 2.4 naar 2.3, gekoppeld op titel"],
        # 7. Presenteren moved from 3.3 to 3.1.
        ["competentie", "3.1", "toegevoegd", "", "Presenteren", ""],
        ["competentie", "3.3", "verwijderd", "Presenteren", "", ""],
        # 6. the new 3.8: 5 competenties, 1 resultaat, 2 kennis items, 2 vaardigheden as written.
        ["werkproces", "3.8", "toegevoegd", "", "3.8 Zet digitale verkoopkanalen in",
         "5 competenties: Samenwerken en overleggen, Relaties bouwen en netwerken, Materialen en middelen "
         "inzetten, Creëren en innoveren, Ondernemend en commercieel handelen; "
         "1 resultaat, 2 kennisitems, 2 vaardigheden"],
    ])
    pd.testing.assert_frame_equal(compare_profiles(bundled, example), expected)


def test_2026_example_is_labelled_fictitious():
    example = load_profile(EXAMPLE_PROFILE)
    assert "Fictief voorbeeld" in example.meta["status"]
    assert "Fictief voorbeeld" in example.bronvermelding
    assert EXAMPLE_PROFILE.read_text(encoding="utf-8").startswith("# FICTIEF VOORBEELD")


# --- matching rules --------------------------------------------------------------------


def test_exact_title_wins_over_a_similar_one():
    old = _small([("1.1", "Onderhoudt relaties", ["A"])])
    # new 1.1 has a similar title ("de" added), new 1.2 the exact one: the exact one is the match.
    new = _small([("1.1", "Onderhoudt de relaties", ["A"]), ("1.2", "Onderhoudt relaties", ["A"])])
    expected = _table([
        ["werkproces", "1.1", "toegevoegd", "", "1.1 Onderhoudt de relaties",
         "1 competentie: Analyseren; 1 resultaat, 1 kennisitem, 1 vaardigheid"],
        ["werkproces", "1.2", "gewijzigd", "1.1", "1.2", "hernummerd van 1.1 naar 1.2, gekoppeld op titel"],
    ])
    pd.testing.assert_frame_equal(compare_profiles(old, new), expected)


def test_same_id_new_title_same_content_is_a_title_change():
    old = _small([("1.1", "Verzamelt informatie", ["A", "B", "C"])])
    new = _small([("1.1", "Doet marktonderzoek", ["A", "B", "C"])])
    changes = compare_profiles(old, new)
    # Titles too unlike to match (well under 85), but all 6 items are shared: 100%.
    assert changes[["onderdeel", "werkproces_id", "wijziging", "oud", "nieuw"]].values.tolist() == [
        ["titel", "1.1", "gewijzigd", "Verzamelt informatie", "Doet marktonderzoek"]]
    assert changes.loc[0, "toelichting"].endswith("gekoppeld op nummer en inhoud (100% gedeeld)")


def test_same_id_new_title_content_share_boundary():
    new = _small([("1.1", "Doet marktonderzoek", ["X", "Y", "Z"])])
    # Each side has 6 items (Analyseren, Resultaat, Rekenen and 3 kennis items); 3 shared = 50%,
    # which is the cutoff: still one werkproces, with a new title and other kennis.
    old = _small([("1.1", "Verzamelt informatie", ["A", "B", "C"])])
    changes = compare_profiles(old, new)
    assert changes[["onderdeel", "wijziging", "oud", "nieuw"]].values.tolist() == [
        ["titel", "gewijzigd", "Verzamelt informatie", "Doet marktonderzoek"],
        ["kennis", "verwijderd", "A", ""], ["kennis", "verwijderd", "B", ""], ["kennis", "verwijderd", "C", ""],
        ["kennis", "toegevoegd", "", "X"], ["kennis", "toegevoegd", "", "Y"], ["kennis", "toegevoegd", "", "Z"],
    ]
    assert changes.loc[0, "toelichting"].endswith("gekoppeld op nummer en inhoud (50% gedeeld)")
    # With a fourth old kennis item 3 of 7 are shared (43%): two different werkprocessen
    # (rows of one id and onderdeel are sorted by their text: "1.1 D..." before "1.1 V...").
    old = _small([("1.1", "Verzamelt informatie", ["A", "B", "C", "D"])])
    changes = compare_profiles(old, new)
    assert changes[["onderdeel", "wijziging", "oud", "nieuw"]].values.tolist() == [
        ["werkproces", "toegevoegd", "", "1.1 Doet marktonderzoek"],
        ["werkproces", "verwijderd", "1.1 Verzamelt informatie", ""],
    ]


def test_reworded_items_below_the_cutoff_are_removal_and_addition():
    # "Statistiek" (10) against "Statistiek en data-analyse" (26): 2 * 10 / 36 = 56 < 80.
    old = _small([("1.1", "Werkproces", ["Statistiek"])])
    new = _small([("1.1", "Werkproces", ["Statistiek en data-analyse"])])
    assert compare_profiles(old, new)[["onderdeel", "wijziging", "oud", "nieuw"]].values.tolist() == [
        ["kennis", "verwijderd", "Statistiek", ""],
        ["kennis", "toegevoegd", "", "Statistiek en data-analyse"],
    ]


def test_ids_sort_numerically():
    old = _small([("1.2", "Tweede", ["A"]), ("1.9", "Negende", ["A"])])
    new = _small([("1.2", "Tweede", ["B"]), ("1.9", "Negende", ["A"]), ("1.10", "Tiende", ["A"])])
    # "1.10" sorts after "1.2" (as a string it would come first).
    assert compare_profiles(old, new)["werkproces_id"].tolist() == ["1.2", "1.2", "1.10"]


def test_profile_wide_sections(oud):
    data = copy.deepcopy(profile_to_dict(oud))
    data["kerntaken"][0]["titel"] = "Maakt en bewaakt plannen"
    data["functiebenamingen"].append("Tweede functie")
    data["beroepshouding"] = ["goed kunnen luisteren"]
    data["trends"] = {"markt": "De markt groeit."}
    data["arbeidsmarkt"][0]["bron"] = "Andere bron"
    del data["arbeidsmarkt"][1]
    changes = compare_profiles(oud, profile_from_dict(data))
    expected = _table([
        ["functiebenaming", "", "toegevoegd", "", "Tweede functie", ""],
        ["beroepshouding", "", "toegevoegd", "", "goed kunnen luisteren", ""],
        ["trends", "", "toegevoegd", "", "markt: De markt groeit.", ""],
        ["arbeidsmarkt", "", "gewijzigd", "vacatures, Nederland, 2020: 1.000 aantal (waargenomen); bron: Testbron",
         "vacatures, Nederland, 2020: 1.000 aantal (waargenomen); bron: Andere bron", ""],
        ["arbeidsmarkt", "", "verwijderd", "vacatures, Nederland, 2025: 1.200 aantal (prognose)", "", ""],
        ["kerntaak", "", "gewijzigd", "1 Maakt plannen", "1 Maakt en bewaakt plannen", ""],
    ])
    pd.testing.assert_frame_equal(changes, expected)


# --- summary ----------------------------------------------------------------------------


def test_summary_of_no_changes():
    assert summarize_changes(_table([])) == "Geen verschillen."


def test_summary_counts_and_groups(oud, nieuw):
    text = summarize_changes(compare_profiles(oud, nieuw))
    lines = text.splitlines()
    # First what enters and leaves (see test_fixture_changes_exactly), then the counts.
    assert lines[:8] == [
        "Competenties die het profiel nu nodig heeft en eerst niet: 3",
        "  + Overtuigen en beïnvloeden (nodig in 2.3)",
        "  + Vakdeskundigheid toepassen (nodig in 2.3)",
        "  + Creëren en innoveren (nodig in 2.3)",
        "Competenties die het profiel niet meer nodig heeft: 2",
        "  - Aandacht en begrip tonen (was nodig in 2.1)",
        "  - Met druk en tegenslag omgaan (was nodig in 2.1)",
        "",
    ]
    assert lines[8] == "16 wijzigingen"
    # Counts per onderdeel from the hand-written table: profielcompetentie 3 and 2; werkproces
    # 1 added, 1 removed, 2 renumbered; competentie 1 and 1; the rest one each.
    assert lines[10].split() == ["onderdeel", "toegevoegd", "verwijderd", "gewijzigd"]
    counts = [line.split() for line in lines[11:19]]
    assert counts == [
        ["profielcompetentie", "3", "2", "0"], ["meta", "0", "0", "1"], ["arbeidsmarkt", "0", "0", "1"],
        ["werkproces", "1", "1", "2"], ["titel", "0", "0", "1"], ["competentie", "1", "1", "0"],
        ["resultaat", "0", "1", "0"], ["kennis", "0", "0", "1"],
    ]
    assert lines[19] == ""
    headings = [line for line in lines[19:] if line and not line.startswith(" ")]
    assert headings == ["Profiel algemeen", "Werkproces 1.1", "Werkproces 1.2", "Werkproces 2.1",
                        "Werkproces 2.2", "Werkproces 2.3"]
    assert "  - werkproces gewijzigd: 2.2 → 2.1 [hernummerd van 2.2 naar 2.1, gekoppeld op titel]" in lines
    # The headline is not repeated under "Profiel algemeen": meta and arbeidsmarkt only.
    general = lines[lines.index("Profiel algemeen") + 1: lines.index("Werkproces 1.1") - 1]
    assert [line.split(":")[0] for line in general] == ["  - meta gewijzigd", "  - arbeidsmarkt gewijzigd"]


def test_summary_headline_says_geen_for_the_2026_example(bundled):
    # No competency enters or leaves: the five of 3.8 are all in 2010 lists (Samenwerken en
    # overleggen at 1.1, Relaties bouwen en netwerken at 2.4, Materialen en middelen inzetten
    # at 3.3, Creëren en innoveren at 1.2, Ondernemend en commercieel handelen at 1.2), and
    # each of the seven of the removed 2.3 is also in 2.4 or 3.4 of 2010 (Samenwerken,
    # Analyseren, Instructies and Met druk at 3.4 or 3.5; Aandacht, Ethisch, klant at 2.4).
    lines = summarize_changes(compare_profiles(bundled, load_profile(EXAMPLE_PROFILE))).splitlines()
    assert lines[:4] == ["Competenties die het profiel nu nodig heeft en eerst niet: geen",
                         "Competenties die het profiel niet meer nodig heeft: geen", "", "10 wijzigingen"]


def test_competency_frequency_change_example(bundled_profile):
    from bcp_analysis.analyses.compare import competency_frequency_change

    change = competency_frequency_change(bundled_profile, load_profile(EXAMPLE_PROFILE))
    changed = change.loc[change["verschil"] != 0]
    moved = dict(zip(changed["competentie"], changed["verschil"]))
    # Removing 2.3 (raw lines 1058-1077) loses one of each of its competencies; the new 3.8 (the
    # example's header) adds five; Samenwerken is in both and Presenteren only moves, so both stay.
    assert moved == {
        "Aandacht en begrip tonen": -1, "Ethisch en integer handelen": -1, "Analyseren": -1,
        "Op de behoeften en verwachtingen van de klant richten": -1, "Instructies en procedures opvolgen": -1,
        "Met druk en tegenslag omgaan": -1, "Relaties bouwen en netwerken": 1, "Materialen en middelen inzetten": 1,
        "Creëren en innoveren": 1, "Ondernemend en commercieel handelen": 1,
    }


# --- the headline: competencies that enter and leave the profile ----------------------------

# Five competencies for a new werkproces 3.8. Leren (SBB 16) and Omgaan met verandering en
# aanpassen (SBB 21) are in no Competenties list of data/profiles/junior-accountmanager-2010.yaml
# (its lists hold 22 of the 25 names; Aansturen is the third one missing); the other three are.
NEW_38 = ["Samenwerken en overleggen", "Leren", "Analyseren", "Omgaan met verandering en aanpassen",
          "Plannen en organiseren"]


@pytest.fixture(scope="module")
def with_38(bundled):
    """The 2010 profile with a new 3.8 and without Materialen en middelen inzetten anywhere."""
    data = without_provenance(copy.deepcopy(profile_to_dict(bundled)))
    removed_from = []
    for kerntaak in data["kerntaken"]:
        for werkproces in kerntaak["werkprocessen"]:
            if "Materialen en middelen inzetten" in werkproces["competenties"]:
                werkproces["competenties"].remove("Materialen en middelen inzetten")
                removed_from.append(werkproces["id"])
    # Counted by hand in the 2010 file: only 3.3 lists Materialen en middelen inzetten.
    assert removed_from == ["3.3"]
    data["kerntaken"][2]["werkprocessen"].append({
        "id": "3.8", "titel": "Werkt met digitale verkoopkanalen", "beschrijving": "Hij leert nieuwe kanalen.",
        "competenties": list(NEW_38), "resultaten": ["Accounts zijn digitaal benaderd"],
        "kennis": ["Digitale kanalen", "Privacywetgeving"], "vaardigheden": ["Schrijven voor online kanalen"],
    })
    return profile_from_dict(data)


def test_summary_leads_with_the_competencies_that_enter_and_leave(bundled, with_38):
    lines = summarize_changes(compare_profiles(bundled, with_38)).splitlines()
    assert lines[:6] == [
        "Competenties die het profiel nu nodig heeft en eerst niet: 2",
        "  + Leren (nodig in 3.8)",
        "  + Omgaan met verandering en aanpassen (nodig in 3.8)",
        "Competenties die het profiel niet meer nodig heeft: 1",
        "  - Materialen en middelen inzetten (was nodig in 3.3)",
        "",
    ]
    # Rows: 2 + 1 profile competencies, the new werkproces, Materialen en middelen at 3.3.
    assert lines[6] == "5 wijzigingen"
    assert ("  - werkproces toegevoegd: 3.8 Werkt met digitale verkoopkanalen [5 competenties: "
            "Samenwerken en overleggen, Leren, Analyseren, Omgaan met verandering en aanpassen, "
            "Plannen en organiseren; 1 resultaat, 2 kennisitems, 1 vaardigheid]") in lines


def test_change_table_leads_with_the_competencies(bundled, with_38):
    changes = compare_profiles(bundled, with_38)
    expected = _table([
        ["profielcompetentie", "", "toegevoegd", "", "Leren", "nodig in 3.8"],
        ["profielcompetentie", "", "toegevoegd", "", "Omgaan met verandering en aanpassen", "nodig in 3.8"],
        ["profielcompetentie", "", "verwijderd", "Materialen en middelen inzetten", "", "was nodig in 3.3"],
        ["competentie", "3.3", "verwijderd", "Materialen en middelen inzetten", "", ""],
        ["werkproces", "3.8", "toegevoegd", "", "3.8 Werkt met digitale verkoopkanalen",
         "5 competenties: " + ", ".join(NEW_38) + "; 1 resultaat, 2 kennisitems, 1 vaardigheid"],
    ])
    pd.testing.assert_frame_equal(changes, expected)


def test_profile_competency_changes_table(bundled, with_38):
    table = profile_competency_changes(bundled, with_38)
    assert table.values.tolist() == [
        [16, "Leren", "toegevoegd", "3.8"],
        [21, "Omgaan met verandering en aanpassen", "toegevoegd", "3.8"],
        [12, "Materialen en middelen inzetten", "verwijderd", "3.3"],
    ]
    # A competency needed in more werkprocessen lists them all, in id order.
    mirrored = profile_competency_changes(with_38, bundled)
    assert mirrored.values.tolist() == [
        [12, "Materialen en middelen inzetten", "toegevoegd", "3.3"],
        [16, "Leren", "verwijderd", "3.8"],
        [21, "Omgaan met verandering en aanpassen", "verwijderd", "3.8"],
    ]


def test_sheets_answer_which_competencies_come_with_38(bundled, with_38, tmp_path):
    sheets = change_sheets(bundled, with_38)
    assert list(sheets) == ["Competenties erbij en eraf", "Werkprocessen erbij en eraf", "Wijzigingen",
                            "Competenties per versie"]
    werkprocessen = sheets["Werkprocessen erbij en eraf"]
    assert werkprocessen.to_dict("records") == [{
        "wijziging": "toegevoegd", "werkproces_id": "3.8", "titel": "Werkt met digitale verkoopkanalen",
        "competenties": ", ".join(NEW_38), "aantal_competenties": 5, "aantal_resultaten": 1,
        "aantal_kennisitems": 2, "aantal_vaardigheden": 1, "aantal_gedragsitems": 0,
    }]
    assert sheets["Competenties erbij en eraf"]["competentie"].tolist() == [
        "Leren", "Omgaan met verandering en aanpassen", "Materialen en middelen inzetten"]
    assert len(sheets["Wijzigingen"]) == 5
    frequency = sheets["Competenties per versie"].set_index("competentie")
    assert frequency.loc["Leren", ["oud", "nieuw"]].tolist() == [0, 1]
    assert frequency.loc["Materialen en middelen inzetten", ["oud", "nieuw"]].tolist() == [1, 0]

    from openpyxl import load_workbook

    from bcp_analysis.outputs.workbook import write_workbook

    path = write_workbook(sheets, tmp_path / "wijzigingen.xlsx")
    assert load_workbook(path).sheetnames == list(sheets)


def test_added_and_removed_werkprocessen_of_the_fixtures(oud, nieuw):
    table = added_and_removed_werkprocessen(oud, nieuw)
    # The renumbered 2.2 -> 2.1 and 2.3 -> 2.2 are neither; the new 2.3 and the old 2.1 are.
    assert table[["wijziging", "werkproces_id", "titel", "competenties"]].values.tolist() == [
        ["toegevoegd", "2.3", "Adviseert over digitale kanalen",
         "Vakdeskundigheid toepassen, Creëren en innoveren, Overtuigen en beïnvloeden"],
        ["verwijderd", "2.1", "Behandelt klachten", "Aandacht en begrip tonen, Met druk en tegenslag omgaan"],
    ]
    assert table["aantal_vaardigheden"].tolist() == [2, 2]


# --- on screen: the words that differ -------------------------------------------------------

LONG = ("De junior accountmanager bezoekt de account en brengt in een gesprek het assortiment en de "
        "organisatie onder de aandacht van de klant.")  # 22 words: 113 letters + 21 spaces = 134 > 100


def _beschrijving_changed(old_text, new_text):
    return summarize_changes(compare_profiles(_small_with_text(old_text), _small_with_text(new_text))).splitlines()


def _small_with_text(text):
    return profile_from_dict({
        "formaat": 1, "meta": {"titel": "Klein"},
        "kerntaken": [{"id": "1", "titel": "Kerntaak", "werkprocessen": [
            {"id": "1.1", "titel": "Werkproces", "beschrijving": text, "competenties": ["Analyseren"],
             "resultaten": ["Resultaat"], "kennis": ["Kennis"], "vaardigheden": ["Rekenen"]}]}],
    })


def test_changed_ending_shows_the_words_that_differ():
    assert len(LONG) == 134
    lines = _beschrijving_changed(LONG, LONG.replace("van de klant.", "van de account."))
    # Both sides cut at 100 characters would be the same line; the diff shows the last word
    # changed, with the four words before it as context.
    assert "  - beschrijving gewijzigd: … onder de aandacht van [-de klant.-] {+de account.+}" not in lines
    assert "  - beschrijving gewijzigd: … de aandacht van de [-klant.-] {+account.+}" in lines


def test_word_diff_marks_removed_and_added_words_with_context():
    new = LONG.replace("in een gesprek", "in een persoonlijk gesprek").replace(" en de organisatie", "")
    lines = _beschrijving_changed(LONG, new)
    # Insertion after "in een" (context: 4 words before), removal of "en de organisatie";
    # the 4 words on each side of each change are kept, longer stretches cut with "…".
    assert ("  - beschrijving gewijzigd: … en brengt in een {+persoonlijk+} gesprek het assortiment "
            "[-en de organisatie-] onder de aandacht van …") in lines


def test_word_diff_shows_three_changes_and_counts_the_rest():
    words = LONG.split()
    changed = list(words)
    for position in (0, 5, 10, 15, 19):  # five words far enough apart to be five changes
        changed[position] = changed[position].upper() + "X"
    line = next(line for line in _beschrijving_changed(LONG, " ".join(changed)) if "beschrijving gewijzigd:" in line)
    assert line.count("[-") == 3 and line.count("{+") == 3
    assert line.endswith("(en nog 2 verschillen)")


def test_short_texts_are_shown_whole():
    lines = _beschrijving_changed("Hij belt de klant.", "Hij belt de account.")
    assert "  - beschrijving gewijzigd: Hij belt de klant. → Hij belt de account." in lines


def test_whitespace_only_change_is_named():
    lines = _beschrijving_changed("Hij belt de klant.", "Hij belt  de\nklant.")
    assert "  - beschrijving gewijzigd: Hij belt de klant. (alleen witruimte of regelindeling gewijzigd)" in lines


# --- kwalificatiedossier profielen: codes as keys, gedrag and vakkennis ------------------------


def _kd(werkprocessen, vakkennis=(), kerntaken=(("B1-K1", "Voert klantgesprekken"), ("P1-K1", "Adviseert"))):
    """A KD-like profiel: werkprocessen as (code, titel, competenties, gedrag), vakkennis per kerntaak.

    Built with make_table and Profile as a KD reader does: kennis and vaardigheden empty.
    """
    tables = {name: make_table(name) for name in TABLES}
    tables["kerntaken"] = make_table("kerntaken", [
        {"kerntaak_id": code, "titel": titel, "toelichting": ""} for code, titel in kerntaken])
    tables["werkprocessen"] = make_table("werkprocessen", [
        {"werkproces_id": code, "kerntaak_id": code.rsplit("-", 1)[0], "titel": titel, "beschrijving": ""}
        for code, titel, _, _ in werkprocessen])
    tables["competenties"] = make_table("competenties", [
        {"werkproces_id": code, "competentie": name} for code, _, names, _ in werkprocessen for name in names])
    tables["resultaten"] = make_table("resultaten", [
        {"werkproces_id": code, "item": "De klant is geholpen"} for code, _, _, _ in werkprocessen])
    tables["gedrag"] = make_table("gedrag", [
        {"werkproces_id": code, "item": item} for code, _, _, gedrag in werkprocessen for item in gedrag])
    tables["vakkennis"] = make_table("vakkennis", [
        {"kerntaak_id": code, "item": item} for code, item in vakkennis])
    return Profile(meta={"titel": "Profiel"}, **tables)


KD_OLD = [
    ("B1-K1-W1", "Bereidt het gesprek voor", ["Analyseren"], ["Werkt nauwkeurig"]),
    ("B1-K1-W2", "Voert het gesprek", ["Presenteren", "Aandacht en begrip tonen"],
     ["Stelt open vragen", "Luistert actief naar de klant"]),
    ("P1-K1-W1", "Geeft advies", ["Formuleren en rapporteren"], ["Formuleert helder"]),
    ("P1-K1-W2", "Handelt klachten af", ["Met druk en tegenslag omgaan"], ["Blijft rustig"]),
]


def test_kd_with_itself_is_empty_despite_empty_kennis_and_vaardigheden():
    profile = _kd(KD_OLD, vakkennis=[("B1-K1", "Gesprekstechnieken")])
    assert profile.kennis.empty and profile.vaardigheden.empty
    changes = compare_profiles(profile, profile)
    assert changes.empty and list(changes.columns) == CHANGE_COLUMNS
    assert summarize_changes(changes) == "Geen verschillen."


def test_kd_codes_moved_and_gedrag_and_vakkennis_compared():
    old = _kd(KD_OLD, vakkennis=[("B1-K1", "Gesprekstechnieken"), ("P1-K1", "Klachtenprocedure van de organisatie")])
    new = _kd([
        KD_OLD[0],
        # W2: one gedrag item reworded ("naar de klant" -> "naar de account"), one added.
        ("B1-K1-W2", "Voert het gesprek", ["Presenteren", "Aandacht en begrip tonen"],
         ["Stelt open vragen", "Luistert actief naar de account", "Vat samen"]),
        # Geeft advies moves from the profieldeel to the basisdeel: a new code, the same title.
        ("B1-K1-W3", "Geeft advies", ["Formuleren en rapporteren"], ["Formuleert helder"]),
        # Handelt klachten af: renumbered P1-K1-W2 -> P1-K1-W1, title nearly the same.
        ("P1-K1-W1", "Handelt de klachten af", ["Met druk en tegenslag omgaan"], ["Blijft rustig"]),
    ], vakkennis=[("B1-K1", "Gesprekstechnieken"), ("B1-K1", "Digitale kanalen"),
                  ("P1-K1", "Klachtenprocedure van een organisatie")])
    expected = _table([
        # vakkennis rows are profile-wide, written "kerntaak: item", sorted by that text.
        ["vakkennis", "", "toegevoegd", "", "B1-K1: Digitale kanalen", ""],
        # vakkennis of P1-K1 reworded: "de" -> "een": 36 and 37 characters, 35 in common:
        # 2 * 35 / 73 = 95.9.
        ["vakkennis", "", "gewijzigd", "P1-K1: Klachtenprocedure van de organisatie",
         "P1-K1: Klachtenprocedure van een organisatie", "herformuleerd (gelijkenis 96%)"],
        # "Luistert actief naar de klant" (29) / "... de account" (31): 27 in common
        # ("luistert actief naar de " 24, then "a", "n", "t"): 2 * 27 / 60 = 90.
        ["gedrag", "B1-K1-W2", "gewijzigd", "Luistert actief naar de klant", "Luistert actief naar de account",
         "herformuleerd (gelijkenis 90%)"],
        ["gedrag", "B1-K1-W2", "toegevoegd", "", "Vat samen", ""],
        ["werkproces", "B1-K1-W3", "gewijzigd", "P1-K1-W1", "B1-K1-W3",
         "hernummerd van P1-K1-W1 naar B1-K1-W3 (van kerntaak P1-K1 naar kerntaak B1-K1), gekoppeld op titel"],
        # "handelt klachten af" (19) / "handelt de klachten af" (22), 19 in common: 2 * 19 / 41 = 92.7.
        ["werkproces", "P1-K1-W1", "gewijzigd", "P1-K1-W2", "P1-K1-W1",
         "hernummerd van P1-K1-W2 naar P1-K1-W1, gekoppeld op gelijkende titel (gelijkenis 93%)"],
        ["titel", "P1-K1-W1", "gewijzigd", "Handelt klachten af", "Handelt de klachten af", ""],
    ])
    pd.testing.assert_frame_equal(compare_profiles(old, new), expected)


def test_kd_added_werkproces_lists_competencies_and_gedrag():
    old = _kd(KD_OLD[:1])
    new = _kd(KD_OLD[:2])
    changes = compare_profiles(old, new)
    assert changes[["onderdeel", "werkproces_id", "wijziging", "nieuw", "toelichting"]].values.tolist() == [
        ["profielcompetentie", "", "toegevoegd", "Aandacht en begrip tonen", "nodig in B1-K1-W2"],
        ["profielcompetentie", "", "toegevoegd", "Presenteren", "nodig in B1-K1-W2"],
        # no kennis or vaardigheden in a KD: only what the werkproces has is counted
        ["werkproces", "B1-K1-W2", "toegevoegd", "B1-K1-W2 Voert het gesprek",
         "2 competenties: Presenteren, Aandacht en begrip tonen; 1 resultaat, 2 gedragsitems"],
    ]


def test_kd_kerntaak_renumbered_keeps_its_werkprocessen_in_place():
    kerntaken = (("B1-K1", "Voert klantgesprekken"), ("P1-K2", "Adviseert"))
    new = _kd([KD_OLD[0], KD_OLD[1], ("P1-K2-W1",) + KD_OLD[2][1:], ("P1-K2-W2",) + KD_OLD[3][1:]],
              kerntaken=kerntaken)
    changes = compare_profiles(_kd(KD_OLD), new)
    assert changes[["onderdeel", "werkproces_id", "oud", "nieuw", "toelichting"]].values.tolist() == [
        ["kerntaak", "", "P1-K1 Adviseert", "P1-K2 Adviseert", "hernummerd van P1-K1 naar P1-K2, gekoppeld op titel"],
        ["werkproces", "P1-K2-W1", "P1-K1-W1", "P1-K2-W1", "hernummerd van P1-K1-W1 naar P1-K2-W1, gekoppeld op titel"],
        ["werkproces", "P1-K2-W2", "P1-K1-W2", "P1-K2-W2", "hernummerd van P1-K1-W2 naar P1-K2-W2, gekoppeld op titel"],
    ]


def test_kd_codes_sort_by_number():
    old = _kd([("B1-K1-W2", "Twee", ["Analyseren"], []), ("B1-K1-W9", "Negen", ["Analyseren"], [])])
    new = _kd([("B1-K1-W2", "Twee", ["Leren"], []), ("B1-K1-W9", "Negen", ["Analyseren"], []),
               ("B1-K1-W10", "Tien", ["Analyseren"], [])])
    changes = compare_profiles(old, new)
    assert changes["werkproces_id"].tolist() == ["", "B1-K1-W2", "B1-K1-W2", "B1-K1-W10"]


def test_sheets_with_a_programme_lead_with_what_to_revise(bundled):
    from bcp_analysis.analyses.curriculum import load_curriculum
    from bcp_analysis.analyses.programme_compare import revisions
    from bcp_analysis.paths import EXAMPLE_CURRICULUM

    new = load_profile(EXAMPLE_PROFILE)
    changes = compare_profiles(bundled, new)
    table = revisions(changes, load_curriculum(EXAMPLE_CURRICULUM, bundled))
    sheets = change_sheets(bundled, new, changes, table)
    # the two sheets of the programme first, then the four of the comparison as without one
    assert list(sheets) == ["Te herzien per onderdeel", "Te herzien per wijziging", *change_sheets(bundled, new)]
    # voorbeeld.csv: 2.3 (removed) is in Relatiebeheer and Klachtbehandeling en klantcontact, rows 14 and 16
    assert sheets["Te herzien per onderdeel"]["onderdeel"].tolist()[:2] == ["Relatiebeheer",
                                                                           "Klachtbehandeling en klantcontact"]
