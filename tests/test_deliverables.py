"""Tests for bcp_analysis.outputs.deliverables: what a committee gets, for a BCP and for a KD-like profile."""

import dataclasses

import pytest

from bcp_analysis import load_profile
from bcp_analysis.model.profile import make_table
from bcp_analysis.outputs.deliverables import committee_tables, draw_chart, draw_charts

CHARTS = ["proces_competentie_matrix", "competentie_frequentie", "dekking_per_cluster", "gelijkenis_werkprocessen",
          "netwerk_werkprocessen", "terugkerende_kennis", "terugkerende_vaardigheden", "arbeidsmarkt"]


def _title(fig):
    return fig._suptitle.get_text().replace("\n", " ")


def _kd_profile(bundled_profile):
    """A profile shaped like a kwalificatiedossier: KD codes, gedrag and vakkennis, but no kennis or
    vaardigheden per werkproces and no labour-market figures; built by hand here."""
    werkprocessen = [("B1-K1-W1", "B1-K1", ["Analyseren", "Plannen en organiseren"]),
                     ("B1-K1-W2", "B1-K1", ["Analyseren", "Plannen en organiseren", "Presenteren"]),
                     ("B1-K2-W1", "B1-K2", ["Samenwerken en overleggen"]),
                     ("P1-K1-W1", "P1-K1", [])]
    return dataclasses.replace(
        bundled_profile,
        kerntaken=make_table("kerntaken", [{"kerntaak_id": code, "titel": f"Kerntaak {code}"}
                                           for code in ("B1-K1", "B1-K2", "P1-K1")]),
        werkprocessen=make_table("werkprocessen", [{"werkproces_id": code, "kerntaak_id": kerntaak, "titel": code}
                                                   for code, kerntaak, _ in werkprocessen]),
        competenties=make_table("competenties", [{"werkproces_id": code, "competentie": name}
                                                 for code, _, names in werkprocessen for name in names]),
        resultaten=make_table("resultaten"),
        kennis=make_table("kennis"),
        vaardigheden=make_table("vaardigheden"),
        gedrag=make_table("gedrag", [{"werkproces_id": "B1-K1-W1", "item": "Werkt nauwkeurig"}]),
        vakkennis=make_table("vakkennis", [{"kerntaak_id": "B1-K1", "item": "Kennis van marketing"}]),
        arbeidsmarkt=make_table("arbeidsmarkt"),
    )


def test_draw_charts_gives_every_chart_in_order(bundled_charts):
    # bundled_charts: draw_charts(load_profile(), EXAMPLE_CURRICULUM) (conftest.py); the bundled BCP names no gedrag
    assert list(bundled_charts) == [*CHARTS, "curriculum_dekking"]


def test_draw_charts_without_curriculum_or_gedrag_leaves_their_charts_out(bundled_profile):
    assert draw_chart("curriculum_dekking", bundled_profile) is None
    assert draw_chart("terugkerend_gedrag", bundled_profile) is None
    with pytest.raises(ValueError, match="proces_competentie_matrix"):
        draw_chart("taartdiagram", bundled_profile)


@pytest.fixture(scope="module")
def kd_figures(bundled_profile):
    return draw_charts(_kd_profile(bundled_profile))


def test_kd_like_profile_draws_every_chart_with_something_to_show(kd_figures):
    # no kennis or vaardigheden per werkproces, one gedrag item: nothing recurs, so no recurrence chart
    assert list(kd_figures) == [*CHARTS[:5], "arbeidsmarkt"]
    for name, fig in kd_figures.items():
        assert _title(fig), name


def test_kd_like_charts_with_nothing_to_show_are_a_sentence(kd_figures, bundled_profile):
    from bcp_analysis.analyses.coverage import item_recurrence
    from bcp_analysis.analyses.findings import recurrence_title

    profile = _kd_profile(bundled_profile)
    for on, onderdeel in (("kennis", "kennisitems"), ("vaardigheden", "vaardigheden")):
        # no chart; the notebook prints the sentence instead, with what the KD names: the one gedrag item
        # of B1-K1-W1, the one vakkennis item of B1-K1
        assert f"terugkerende_{on}" not in kd_figures
        assert recurrence_title(item_recurrence(profile, on=on), on, profile=profile) == (
            f"Het profiel noemt geen {onderdeel} per werkproces: er is niets te tellen; "
            "het noemt wel gedrag per werkproces (1 item in 1 werkproces) en vakkennis en "
            "vaardigheden per kerntaak (1 item in 1 kerntaak)")
    assert _title(kd_figures["arbeidsmarkt"]) == "Geen arbeidsmarktcijfers in het profiel"
    # one gedrag item in one werkproces: nothing recurs, no chart
    assert "terugkerend_gedrag" not in kd_figures and draw_chart("terugkerend_gedrag", profile) is None


def test_kd_like_charts_read_kd_codes(kd_figures):
    # W1 and W2 of B1-K1 share Analyseren and Plannen en organiseren of three: 2/3
    assert _title(kd_figures["gelijkenis_werkprocessen"]) == (
        "Op competenties lijken B1-K1-W1 en B1-K1-W2 het meest op elkaar (gelijkenis 0,67)")
    # kerntaak boundaries between B1-K1 and B1-K2 (after 2 werkprocessen) and before P1-K1 (after 3)
    ax = kd_figures["gelijkenis_werkprocessen"].axes[0]
    assert sorted({line.get_xdata()[0] for line in ax.lines if line.get_xdata()[0] == line.get_xdata()[1]}) == [
        1.5, 2.5]
    # the matrix: one header per kerntaak, P1-K1-W1 needs nothing (0 to 3 per werkproces)
    labels = [tick.get_text() for tick in kd_figures["proces_competentie_matrix"].axes[0].get_yticklabels()]
    assert [label for label in labels if label.startswith("Kerntaak")] == [
        "Kerntaak B1-K1", "Kerntaak B1-K2", "Kerntaak P1-K1"]
    assert _title(kd_figures["proces_competentie_matrix"]).startswith(
        "Een werkproces vraagt 0 tot 3 competenties (1 werkproces vraagt er geen)")
    # only B1-K1-W1 and B1-K1-W2 share anything: one group of two, the other two alone
    assert _title(kd_figures["netwerk_werkprocessen"]) == (
        "Op gedeelde competenties vallen de werkprocessen in 1 groep; elke berekening geeft deze "
        "indeling; 2 werkprocessen staan alleen")


def test_committee_tables_for_a_kd_like_profile(bundled_profile):
    tables = committee_tables(_kd_profile(bundled_profile))
    assert tables["Proces-competentie-matrix"].index.tolist() == ["B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "P1-K1-W1"]
    assert tables["Kennis terugkerend"].empty and tables["Vaardigheden terugkerend"].empty
    assert "Vacatureontwikkeling" not in tables



def test_kd_gedrag_chart_draws_the_recurring_gedrag():
    from bcp_analysis.paths import BUNDLED_KD

    fig = draw_chart("terugkerend_gedrag", load_profile(BUNDLED_KD, profiel="Gespecialiseerd pedagogisch medewerker"))
    ax = fig.axes[0]
    # data/kd/pedagogisch-werk-23183.xml: "gaat discreet om met lichaamscontact tijdens de persoonlijke verzorging"
    # in "Ondersteunt bij verzorgende taken" (B1-K1-W6, line 386) and "Biedt persoonlijke verzorging" (P2-K1-W5,
    # line 901); "past effectieve interventies toe gericht op de ontwikkeling van het kind" in "Biedt
    # (gespecialiseerde) opvang" (P2-K1-W4, line 884) and "Biedt (specifieke) ontwikkelingsgerichte activiteiten
    # aan" (P2-K1-W7, line 937)
    assert [patch.get_width() for patch in ax.patches] == [2, 2]
    assert [text.get_text() for text in ax.texts] == ["2  (B1-K1-W6, P2-K1-W5)", "2  (P2-K1-W4, P2-K1-W7)"]
    assert ax.get_xlabel() == "Aantal werkprocessen waarin de gedraging voorkomt"
    assert _title(fig).startswith("2 van de ") and "gedragingen komen in meer dan één werkproces terug" in _title(fig)
    assert "profiel Gespecialiseerd pedagogisch medewerker (crebo 25484)" in fig.texts[-1].get_text()
