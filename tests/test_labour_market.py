"""Tests for bcp_analysis.analyses.labour_market, against §1.4 of the raw text (lines 491-546)."""

import copy

import pytest

from bcp_analysis import ProfileError, load_profile
from bcp_analysis.analyses.labour_market import labour_market_table, vacancy_change, vacancy_share_outside
from bcp_analysis.readers.yaml_profile import profile_from_dict, profile_to_dict


@pytest.fixture(scope="module")
def profile(bundled_profile):
    return bundled_profile


def _with_arbeidsmarkt(profile, records):
    data = copy.deepcopy(profile_to_dict(profile))
    if records:
        data["arbeidsmarkt"] = records
    else:
        data.pop("arbeidsmarkt", None)
    return profile_from_dict(data)


def test_table_columns_and_order(profile):
    table = labour_market_table(profile)
    assert list(table.columns) == [
        "indicator", "scope", "periode", "waarde", "eenheid", "soort", "bron", "label", "status",
    ]
    # Source order: the first figure of §1.4 is the ECABO-domein's -0,15 % (raw line 500),
    # the last the 193.000 vacancies in 2014 (raw lines 535-536).
    assert table.loc[0, "waarde"] == pytest.approx(-0.15)
    assert table.iloc[-1]["waarde"] == 193000
    assert (table["status"] == table["soort"]).all()
    assert set(table["status"]) == {"waargenomen", "prognose"}
    assert table["label"].is_unique


def test_table_labels_are_short_and_readable(profile):
    table = labour_market_table(profile).set_index(["indicator", "periode", "scope"])
    # "In 2009 waren er in het ECABO-domein op mbo-niveau 133.400 vacatures" (raw lines 533-534).
    assert table.loc[("vacatures", "2009", "ECABO-domein, mbo-niveau"), "label"] == "Vacatures mbo-niveau 2009"
    # "de richting Commercieel (26,5%) in 2009" (raw lines 511-512).
    assert table.loc[("aandeel vacatures", "2009", "ECABO-domein, richting Commercieel"), "label"] == (
        "Aandeel vacatures Commercieel 2009"
    )


def test_table_does_not_mutate_profile(profile):
    before = profile.arbeidsmarkt.copy()
    labour_market_table(profile)
    assert profile.arbeidsmarkt.equals(before)


def test_vacancy_change_hand_worked(profile):
    change = vacancy_change(profile)
    assert len(change) == 1
    row = change.iloc[0]
    # Raw lines 533-536: 133.400 vacancies in 2009, 193.000 expected in 2014.
    assert (row["van_jaar"], row["tot_jaar"]) == (2009, 2014)
    assert (row["van"], row["tot"]) == (133400, 193000)
    # 193000 - 133400 = 59600 (by hand).
    assert row["verschil"] == 59600
    # 59600 / 5 years = 11920 per year.
    assert row["verschil_per_jaar"] == pytest.approx(11920)
    # 59600 / 133400 = 0.446777... -> 44.68 %.
    assert row["groei_procent"] == pytest.approx(44.68, abs=0.005)
    # (193000/133400)^(1/5): 1.446777^(0.2); ln 1.446777 = 0.36933, /5 = 0.073866,
    # e^0.073866 = 1.07666 -> 7.67 % (calculator: 7.666 %, the brief's "about 7.66").
    assert row["groei_per_jaar_procent"] == pytest.approx(7.67, abs=0.01)
    # The 2014 figure is a forecast ("Naar verwachting", raw line 534).
    assert row["soort"] == "prognose"
    assert row["bron"].startswith("CBS, CPB, Jobfeed")


def test_without_figures_the_tables_are_empty(profile):
    # A profile without vacancy counts or shares (an extracted one) has nothing to derive.
    records = [r for r in profile_to_dict(profile)["arbeidsmarkt"]
               if r["indicator"] not in ("vacatures", "aandeel vacatures")]
    stripped = _with_arbeidsmarkt(profile, records)
    change = vacancy_change(stripped)
    assert change.empty and "groei_procent" in change.columns
    shares = vacancy_share_outside(stripped)
    assert shares.empty and "aandeel_procent" in shares.columns


def test_vacancy_change_one_year_raises(profile):
    # One year only is not a change either.
    one_year = [r for r in profile_to_dict(profile)["arbeidsmarkt"]
                if not (r["indicator"] == "vacatures" and str(r["periode"]) == "2014")]
    with pytest.raises(ValueError, match="twee verschillende jaren"):
        vacancy_change(_with_arbeidsmarkt(profile, one_year))


def test_vacancy_share_outside_hand_worked(profile):
    shares = vacancy_share_outside(profile)
    # Raw lines 511-513: Commercieel 26,5 %, Financiële beroepen 21,5 %, ICT 19,3 % (2009).
    assert shares["richting"].tolist() == ["Commercieel", "Financiële beroepen", "ICT", "Overige richtingen"]
    assert shares["aandeel_procent"].iloc[:3].tolist() == [26.5, 21.5, 19.3]
    # 100 - 26.5 - 21.5 - 19.3 = 100 - 67.3 = 32.7 (by hand).
    assert shares["aandeel_procent"].iloc[3] == pytest.approx(32.7)
    assert shares["berekend"].tolist() == [False, False, False, True]
    assert set(shares["periode"]) == {"2009"}
    assert shares["bron"].str.contains("ECABO arbeidsmarktonderzoek").all()


def test_vacancy_share_outside_refuses_over_100(profile):
    records = copy.deepcopy(profile_to_dict(profile)["arbeidsmarkt"])
    for record in records:
        if record["indicator"] == "aandeel vacatures":
            record["waarde"] = 40
    with pytest.raises(ProfileError, match="meer dan 100"):
        vacancy_share_outside(_with_arbeidsmarkt(profile, records))


def test_panels_keep_shares_and_growth_apart(bundled_profile):
    from bcp_analysis.analyses.labour_market import labour_market_panels

    panels = labour_market_panels(labour_market_table(bundled_profile))
    # raw 533-536: vacancies 2009 and 2014; 511-513: three shares; 500-505 and 530: three
    # employment changes and the economic growth; ranks (516-527) and the replacement demand
    # (529) are not drawn
    assert list(panels) == ["vacatures", "aandelen", "groei"]
    assert panels["vacatures"]["waarde"].tolist() == [133400.0, 193000.0]
    assert panels["aandelen"]["waarde"].tolist() == [26.5, 21.5, 19.3]
    assert panels["groei"]["waarde"].tolist() == [-0.15, -0.3, -0.5, 2.0]


def test_scope_with_domain():
    from bcp_analysis.analyses.labour_market import scope_with_domain

    assert scope_with_domain("ECABO-domein, mbo-niveau") == "ECABO-domein, mbo-niveau"
    assert scope_with_domain("ECABO-domein, hbo-niveau, richting ICT") == "ECABO-domein, hbo-niveau ICT"


def test_bundled_labels_stay_short(bundled_profile):
    # The 16 figures of §1.4 (raw lines 500-536): every short label is already unique, so none
    # names its domain or its line.
    table = labour_market_table(bundled_profile)
    assert table["label"].tolist() == [
        "Werkgelegenheidsontwikkeling ECABO-domein 2009-2014",
        "Werkgelegenheidsontwikkeling Nederland 2009-2014",
        "Werkgelegenheidsontwikkeling Commercieel 2009-2014",
        "Aandeel vacatures Commercieel 2009",
        "Aandeel vacatures Financiële beroepen 2009",
        "Aandeel vacatures ICT 2009",
        "Rangorde vacatures hbo-niveau Commercieel 2009",
        "Rangorde vacatures hbo-niveau ICT 2009",
        "Rangorde vacatures hbo-niveau Financiële beroepen 2009",
        "Rangorde vacatures mbo-niveau Secretarieel 2009",
        "Rangorde vacatures mbo-niveau Commercieel 2009",
        "Rangorde vacatures mbo-niveau Financiële beroepen 2009",
        "Vervangingsvraag Nederland 2014",
        "Economische groei Nederland 2014",
        "Vacatures mbo-niveau 2009",
        "Vacatures mbo-niveau 2014",
    ]


def test_kd_labels_tell_the_werkzaam_rows_apart():
    from bcp_analysis import paths

    profile = load_profile(paths.BUNDLED_KD, profiel="Onderwijsassistent")
    table = labour_market_table(profile)
    assert table["label"].is_unique
    labels = dict(zip(zip(table["scope"], table["waarde"]), table["label"]))
    # XML line 1281: "65% gaat direct werken: daarvan werkt 80% in de kinderopvang" (Pedagogisch
    # Medewerker Kinderopvang); line 1305: "daarvan werkt 33% in de kinderopvang; 25% in het
    # onderwijs en 21% buiten de zorg, welzijn, sport of onderwijs" (Onderwijsassistent).
    # Both 80 % and 33 % are "in de kinderopvang": they name their profiel.
    assert labels[("Pedagogisch Medewerker Kinderopvang, in de kinderopvang", 80.0)] == (
        "Werkzaam Pedagogisch Medewerker Kinderopvang, in de kinderopvang 2013-2014")
    assert labels[("Onderwijsassistent, in de kinderopvang", 33.0)] == (
        "Werkzaam Onderwijsassistent, in de kinderopvang 2013-2014")
    # The 25 % and 21 % are the only ones of their kind: short, with the commas of the text.
    assert labels[("Onderwijsassistent, in het onderwijs", 25.0)] == "Werkzaam in het onderwijs 2013-2014"
    assert labels[("Onderwijsassistent, buiten de zorg, welzijn, sport of onderwijs", 21.0)] == (
        "Werkzaam buiten de zorg, welzijn, sport of onderwijs 2013-2014")


def test_labels_that_still_agree_name_their_line_or_row(bundled_profile):
    import dataclasses

    from bcp_analysis.model.profile import make_table

    def row(indicator, scope, waarde, regel):
        return {"indicator": indicator, "scope": scope, "periode": "2014", "waarde": waarde, "eenheid": "%",
                "soort": "waargenomen", "bron": "test", "controleren": "", "regel": regel, "pagina": None}

    rows = [
        row("werkzaam", "Kok, in de horeca", 50.0, 3),
        row("werkzaam", "Bakker, in de horeca", 20.0, 5),
        row("werkzaam", "Bakker, buiten de horeca, zorg of onderwijs", 10.0, 5),
        row("afname", "Bakker", 4.0, 7),
        row("afname", "Bakker", 2.0, 8),
        row("groei", "Bakker", 1.0, None),
        row("groei", "Bakker", 3.0, None),
    ]
    profile = dataclasses.replace(bundled_profile, arbeidsmarkt=make_table("arbeidsmarkt", rows))
    assert labour_market_table(profile)["label"].tolist() == [
        "Werkzaam Kok, in de horeca 2014",
        "Werkzaam Bakker, in de horeca 2014",
        "Werkzaam buiten de horeca, zorg of onderwijs 2014",
        "Afname Bakker 2014 (regel 7)",
        "Afname Bakker 2014 (regel 8)",
        "Groei Bakker 2014 (rij 6)",
        "Groei Bakker 2014 (rij 7)",
    ]
