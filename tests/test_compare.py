"""Tests for bcp_analysis.compare: the change table between two versions of a profile."""

import copy
from pathlib import Path

import pandas as pd
import pytest

from bcp_analysis.compare import CHANGE_COLUMNS, compare_profiles, summarize_changes
from bcp_analysis.paths import EXAMPLE_PROFILE
from bcp_analysis import load_profile
from bcp_analysis.readers.yaml_profile import profile_from_dict, profile_to_dict

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
def bundled():
    return load_profile()


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
        ["arbeidsmarkt", "", "gewijzigd", "vacatures, Nederland, 2025: 1200 aantal (prognose)",
         "vacatures, Nederland, 2025: 1100 aantal (prognose)", ""],
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
    assert renumbered[["werkproces_id", "oud", "nieuw"]].values.tolist() == [["2.2", "2.1", "2.2"], ["2.3", "2.2", "2.3"]]


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
    expected = _table([
        # 2. bron changed (meta keys are compared in the order of the old meta, additions after).
        ["meta", "", "gewijzigd", "bron: BCP Junior accountmanager, ECABO 2010",
         "bron: Fictief voorbeeld op basis van BCP Junior accountmanager, ECABO 2010", ""],
        # 1. status added.
        ["meta", "", "toegevoegd", "",
         "status: Fictief voorbeeld, geen echt BCP: een verzonnen '2026-versie' om het vergelijken van versies te tonen",
         ""],
        # 3. vacatures ECABO-domein mbo-niveau 2014 (raw line with 193.000): 193000 -> 181000.
        ["arbeidsmarkt", "", "gewijzigd", "vacatures, ECABO-domein, mbo-niveau, 2014: 193000 aantal (prognose)",
         "vacatures, ECABO-domein, mbo-niveau, 2014: 181000 aantal (prognose)", ""],
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
        ["arbeidsmarkt", "", "gewijzigd", "vacatures, Nederland, 2020: 1000 aantal (waargenomen); bron: Testbron",
         "vacatures, Nederland, 2020: 1000 aantal (waargenomen); bron: Andere bron", ""],
        ["arbeidsmarkt", "", "verwijderd", "vacatures, Nederland, 2025: 1200 aantal (prognose)", "", ""],
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
                         "Competenties die het profiel niet meer nodig heeft: geen", "", "9 wijzigingen"]


def test_competency_frequency_change_example():
    from bcp_analysis.compare import competency_frequency_change

    change = competency_frequency_change(load_profile(), load_profile(EXAMPLE_PROFILE))
    moved = dict(zip(change.loc[change["verschil"] != 0, "competentie"], change.loc[change["verschil"] != 0, "verschil"]))
    # Removing 2.3 (raw lines 1058-1077) loses one of each of its competencies; the new 3.8 (the
    # example's header) adds five; Samenwerken is in both and Presenteren only moves, so both stay.
    assert moved == {
        "Aandacht en begrip tonen": -1, "Ethisch en integer handelen": -1, "Analyseren": -1,
        "Op de behoeften en verwachtingen van de klant richten": -1, "Instructies en procedures opvolgen": -1,
        "Met druk en tegenslag omgaan": -1, "Relaties bouwen en netwerken": 1, "Materialen en middelen inzetten": 1,
        "Creëren en innoveren": 1, "Ondernemend en commercieel handelen": 1,
    }
